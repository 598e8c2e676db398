"""Partial transliterations (Tmall = 天猫): a sound-alike links only with a second,
independent piece of evidence — both names in parallel lists with one linked entity."""
import pytest

from reader.core.entities.coordination import han_coordinations, latin_coordinations
from reader.core.entities.linker import build_entities
from reader.core.entities.table import EntityTable
from reader.core.entities.transliteration import sounds_like


@pytest.mark.parametrize("latin, han", [("Tmall", "天猫"), ("Xpeng", "小鹏"), ("Yonyou", "用友"),
                                        ("Qunar", "去哪儿"), ("BYD", "比亚迪"), ("Sohu", "搜狐")])
def test_partial_transliterations_sound_alike(latin, han):
    assert sounds_like(latin, han)


@pytest.mark.parametrize("latin, han", [("Tmall", "天美"), ("Dmall", "多点"), ("JD", "京东"),
                                        ("Tmall Mobile", "天猫"), ("Mobile", "天猫"),
                                        ("Qunar", "去年"), ("Byd", "比亚迪")])
def test_other_names_do_not(latin, han):
    assert sounds_like(latin, han) is None


def test_the_evidence_says_how_each_piece_is_spelled():
    assert sounds_like("Tmall", "天猫") == "T·mall ~ tiān māo"


def test_lists_in_both_languages():
    latin = {(c.partner, c.name) for c in latin_coordinations("es", "Taobao, Tmall y JD.")}
    assert {("Taobao", "Tmall"), ("Tmall", "JD"), ("JD", "Tmall")} <= latin
    assert ("Taobao", "JD") not in latin  # only neighbours in the list
    text = "淘宝客户端,天猫客户端;京东和淘宝。"
    names = {c.name for c in han_coordinations("zh", text, "淘宝")}
    assert {"天猫", "京东"} <= names


TEXTS = {"es": "Taobao y Tmall crecen. Meituan y Dmall abren tiendas. Xiaomi y Xpeng venden.",
         "zh": "淘宝和天猫都在增长。美团和大马商家合作。天马影业与小蓬科技合作。"}


def test_a_sound_alike_in_a_parallel_list_links_with_both_pieces_of_evidence():
    table = EntityTable(build_entities(TEXTS))
    tmall = table.entity_of("Tmall")
    assert tmall is table.entity_of("天猫")
    kinds = {e.kind: e.detail for e in tmall.evidence}
    assert kinds["sound"] == "T·mall ~ tiān māo"
    assert "Taobao y Tmall" in kinds["coordination"] and "淘宝和天猫" in kinds["coordination"]


def test_a_sound_alike_without_a_shared_list_or_named_otherwise_is_not_linked():
    table = EntityTable(build_entities(TEXTS))
    dmall = table.entity_of("Dmall")  # 大马 is Malaysia to the dictionary
    assert dmall is None or all(n.isascii() for n in dmall.names)
    xpeng = table.entity_of("Xpeng")  # 小蓬 sounds alike but is listed with no partner
    assert xpeng is None or all(n.isascii() for n in xpeng.names)


def test_two_candidates_in_the_list_link_none():
    texts = {"es": "Taobao y Tmall crecen.", "zh": "淘宝、天猫都在增长,淘宝与田玛合作。"}
    table = EntityTable(build_entities(texts))
    tmall = table.entity_of("Tmall")
    assert tmall is None or all(n.isascii() for n in tmall.names)


def test_a_split_keeps_the_names_apart():
    from reader.core.entities.linker import Overrides

    table = EntityTable(build_entities(TEXTS, overrides=Overrides(splits=("天猫",))))
    tmall = table.entity_of("Tmall")
    assert tmall is None or all(n.isascii() for n in tmall.names)


def test_lists_in_text_the_cleaner_removed_count_as_evidence_but_not_as_mentions():
    texts = {"es": "Taobao y Tmall crecen.", "zh": "淘宝推出的天猫在增长。"}
    table = EntityTable(build_entities(texts, removed_texts={"zh": "淘宝客户端,天猫客户端"}))
    tmall = table.entity_of("Tmall")
    assert tmall is table.entity_of("天猫")
    assert "zh, removed text" in next(e.detail for e in tmall.evidence if e.kind == "coordination")
    assert all(m.end <= len(texts[m.article]) for m in tmall.mentions)


# Two articles telling the same story, with no list naming the brand: the passage between
# the same anchors (Suning/苏宁 … 200 … Hangzhou/杭州) is the second piece of evidence.
STORY_ES = ("Alibaba compró parte de Suning en 2019. Después, Tmall abrió 200 tiendas en "
            "Hangzhou. Alibaba dijo que los usuarios de Taobao aumentaron un 35 %.")
STORY_ZH = "阿里巴巴在2019年入股苏宁。随后,天猫开设了200家门店,都在杭州。阿里巴巴表示,淘宝的用户增加了35%。"


def test_a_sound_alike_between_the_same_anchors_of_two_articles_links():
    table = EntityTable(build_entities({"es": STORY_ES, "zh": STORY_ZH}))
    tmall = table.entity_of("Tmall")
    assert tmall is table.entity_of("天猫")
    aligned = next(e.detail for e in tmall.evidence if e.kind == "aligned")
    assert "Tmall" in aligned and "天猫" in aligned and "(es)" in aligned
    assert any(e.kind == "sound" for e in tmall.evidence)


def test_articles_that_share_too_little_or_a_passage_with_two_sound_alikes_link_none():
    short = {"es": "Después, Tmall abrió tiendas en Hangzhou.", "zh": "随后,天猫在杭州开店。"}
    tmall = EntityTable(build_entities(short)).entity_of("Tmall")
    assert tmall is None or all(n.isascii() for n in tmall.names)
    two = {"es": STORY_ES, "zh": STORY_ZH.replace("随后,天猫", "随后,田玛和天猫")}
    tmall = EntityTable(build_entities(two)).entity_of("Tmall")
    assert tmall is None or all(n.isascii() for n in tmall.names)
