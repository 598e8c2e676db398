"""Entities across scripts and languages, on the seeds and on a hand-checked list of pairs
from other texts (tests/data/entities/)."""
import json
from pathlib import Path

import pytest

from reader.core.entities.linker import build_entities
from reader.core.entities.table import EntityTable
from reader.core.library.facade import Library

DATA = Path(__file__).resolve().parents[2] / "data" / "entities"


@pytest.fixture(scope="module")
def seeds_library(tmp_path_factory):
    from tests.conftest import SEEDS

    library = Library(SEEDS, tmp_path_factory.mktemp("data"))
    library.load()
    yield library
    library.close()


@pytest.mark.parametrize("names", [("Taobao", "淘宝", "淘寶"), ("WeChat", "微信"),
                                   ("Taoxiaopu", "淘小鋪"), ("Pinduoduo", "拼多多"),
                                   ("Alibaba", "阿里巴巴"), ("Tencent", "腾讯", "騰訊"),
                                   ("Tmall", "天猫")])
def test_seed_names_are_one_entity(seeds_library, names):
    table = seeds_library.entities.table()
    found = [table.entity_of(name) for name in names]
    assert None not in found, names
    assert len({entity.id for entity in found}) == 1, names


def test_no_two_companies_share_an_entity(seeds_library):
    table = seeds_library.entities.table()
    companies = ["Taobao", "WeChat", "Taoxiaopu", "Pinduoduo", "Alibaba", "Tencent", "Tmall"]
    ids = [table.entity_of(name).id for name in companies]
    assert len(set(ids)) == len(ids)
    for entity in table.entities:  # every Chinese name of an entity is one name in two scripts
        chinese = {n for n in entity.names if not n.isascii()}
        from reader.core.text.folding import fold
        assert len({fold(n) for n in chinese}) <= 1, entity.names


def test_every_link_records_its_evidence(seeds_library):
    taoxiaopu = seeds_library.entities.table().entity_of("Taoxiaopu")
    kinds = {e.kind for e in taoxiaopu.evidence}
    assert "pinyin" in kinds
    assert any("táo xiǎo pù" in e.detail for e in taoxiaopu.evidence)
    wechat = seeds_library.entities.table().entity_of("WeChat")
    assert any(e.kind == "dictionary" and "CC-CEDICT" in e.detail for e in wechat.evidence)


def test_mentions_are_reading_offsets(seeds_library):
    entity = seeds_library.entities.table().entity_of("淘小鋪")
    for mention in entity.mentions:
        text = seeds_library.articles.document(mention.article).text
        assert text[mention.start:mention.end] == mention.name


def test_hand_checked_pairs_from_other_texts_meet_the_targets():
    texts = {p.stem: p.read_text("utf-8") for p in sorted((DATA / "corpus").glob("*.txt"))}
    table = EntityTable(build_entities(texts))
    pairs = json.loads((DATA / "name_pairs.json").read_text("utf-8"))["pairs"]
    assert len(pairs) >= 50
    true_positive = false_positive = positives = 0
    for pair in pairs:
        first, second = table.entity_of(pair["latin"]), table.entity_of(pair["chinese"])
        linked = first is not None and first is second
        positives += pair["same"]
        true_positive += pair["same"] and linked
        false_positive += (not pair["same"]) and linked
    precision = true_positive / max(1, true_positive + false_positive)
    recall = true_positive / positives
    assert precision >= 0.95 and recall >= 0.85, (precision, recall)


def test_grammar_and_cut_words_are_not_read_as_names():
    texts = {"zh": "到了那一年，他们立马调整，获取微信用户。", "es": "Lena, Lima y Qu Wei."}
    table = EntityTable(build_entities(texts))
    for name in ("Lena", "Lima", "Qu Wei"):
        entity = table.entity_of(name)
        assert entity is None or all(n.isascii() for n in entity.names), entity


def test_a_gloss_in_the_text_links_a_name_no_dictionary_knows():
    texts = {"zh": "公司推出了名为“好物铺”(Haowupu)的小程序,另有盒马(Freshippo)。",
             "es": "Haowupu y Freshippo crecen."}
    table = EntityTable(build_entities(texts))
    assert table.entity_of("Freshippo") is table.entity_of("盒马")
    assert any(e.kind == "gloss" for e in table.entity_of("Freshippo").evidence)


def test_merge_and_split_are_the_readers_and_persist(seeds_library):
    entities = seeds_library.entities
    assert entities.table().entity_of("Ali") is not entities.table().entity_of("Alibaba")
    entities.merge("Ali", "Alibaba")
    reopened = Library(seeds_library.root, seeds_library.data_dir)
    reopened.load()
    table = reopened.entities.table()
    assert table.entity_of("Ali") is table.entity_of("Alibaba")
    assert any(e.kind == "user" for e in table.entity_of("Ali").evidence)
    reopened.entities.split("Ali")
    table = reopened.entities.table()
    assert table.entity_of("Ali") is not table.entity_of("Alibaba")
    assert table.entity_of("阿里巴巴") is table.entity_of("Alibaba")  # the rest holds
    reopened.close()
