import json
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from reader.core.events.dates import find_dates, parse_cn_number, resolve
from reader.core.events.extract import ActorLexicon, extract_events, sentence_spans
from reader.core.library.facade import Library

GOLD = json.loads((Path(__file__).parents[2] / "data" / "events_gold.json")
                  .read_text("utf-8"))["events"]


def _values(text, publication_year=None):
    return [(d.value, d.qualifier, d.inferred)
            for d in resolve(find_dates(text), publication_year)]


@pytest.fixture(scope="module")
def seed_events(tmp_path_factory):
    from tests.conftest import SEEDS
    library = Library(SEEDS, tmp_path_factory.mktemp("data"))
    library.load()
    events = library.events.list()
    library.close()
    return events


def _matches(gold, event):
    return (event.path.startswith(gold["article"]) and event.date.value == gold["date"]
            and event.date.qualifier == gold["qualifier"] and gold["snippet"] in event.sentence)


def test_gold_recall_and_precision_on_the_seeds(seed_events):
    found = [g for g in GOLD if any(_matches(g, e) for e in seed_events)]
    correct = [e for e in seed_events if any(_matches(g, e) for g in GOLD)]
    recall, precision = len(found) / len(GOLD), len(correct) / len(seed_events)
    assert recall >= 0.95, [g for g in GOLD if g not in found]
    assert precision >= 0.90, [e.sentence for e in seed_events if e not in correct]


def test_same_happening_twice_is_one_event_with_two_mentions(seed_events):
    (event,) = [e for e in seed_events if e.date.value == "2021-09-12"]
    assert len(event.mentions) == 2 and not event.date.inferred
    assert "淘小鋪" in event.actors


def test_events_are_sorted_with_partial_dates_placed_sensibly(seed_events):
    keys = [e.date.sort_key()[:3] for e in seed_events]
    assert keys == sorted(keys)
    order = [(e.date.value, e.date.qualifier) for e in seed_events]
    assert order.index(("2013", "H2")) > order.index(("2013", None))
    assert order.index(("2019", "Q4")) > order.index(("2019-05-22", None))


@pytest.mark.parametrize("text, expected", [
    ("2020年8月26日,阿里巴巴入局。", [("2020-08-26", None, False)]),
    ("2020年3月,淘宝特价版上线,一年后更名。", [("2020-03", None, False), ("2021-03", None, True)]),
    ("早在2019年,国际站发布公告。", [("2019", None, False)]),
    ("二〇一九年十月,公司成立。", [("2019-10", None, False)]),
    ("二〇二〇年十二月二十六日發布。", [("2020-12-26", None, False)]),
    ("2019年底上线,2020年上半年扩张,第一季度增长。",
     [("2019", "end", False), ("2020", "H1", False), ("2020", "Q1", True)]),
    ("时间:2023-03-16 16:22:02\n2020-03-16 正式发布。", [("2020-03-16", None, False)]),
    ("2021年10月1日开始。12月份又调整。17日起执行。",
     [("2021-10-01", None, False), ("2021-12", None, True), ("2021-12-17", None, True)]),
    ("El 22 de mayo de 2019 se lanzó. A finales de 2017 prohibió.",
     [("2019-05-22", None, False), ("2017", "end", False)]),
    ("En 2018 creció. El año pasado, la tienda cerró.", [("2018", None, False),
                                                          ("2017", None, True)]),
    ("A principios de marzo de 2020 abrió; a mediados de 2021 cerró.",
     [("2020-03", "start", False), ("2021", "mid", False)]),
    ("En el primer trimestre de 2019 subió.", [("2019", "Q1", False)]),
])
def test_date_rules_on_sentences_outside_the_seeds(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize("text", [
    "全文一共6031字,预计阅读时间15分鐘。", "4P理論很重要。", "進入Top 50。", "花了5000美金。",
    "el 44,2% de los usuarios", "用户达到480万。", "20年前,外贸B2B网站刚兴起。",
    "每年的9月和3月是大促月。", "Tiene 12 meses de garantía.",
])
def test_counts_and_measures_are_not_dates(text):
    assert _values(text, 2021) == []


def test_missing_year_uses_publication_date_then_latest_year():
    assert _values("9月9日,工信部召开会议。", 2021) == [("2021-09-09", None, True)]
    assert _values("9月9日开会。后来在2021年10月11日停止。2019年上线。") [0] == \
        ("2021-09-09", None, True)
    assert _values("9月9日开会。") == []  # no anchor at all: left out


def test_chinese_numbers():
    assert [parse_cn_number(t) for t in ("十", "十二", "二十六", "三十一", "二〇一九", "7")] == \
        [10, 12, 26, 31, 2019, 7]


def test_actors_come_from_quotes_latin_names_and_recurring_strings():
    texts = ["阿里巴巴推出“来往”。WeChat封禁了链接。阿里巴巴回应。", "阿里巴巴和腾讯竞争,阿里巴巴领先。",
             "阿里巴巴的淘宝。", "阿里巴巴又来了。"]
    lexicon = ActorLexicon.from_texts(texts)
    found = lexicon.find("2013年阿里巴巴推出“来往”,WeChat回应。")
    assert {"阿里巴巴", "来往", "WeChat"} <= set(found)
    assert lexicon.find("阿里巴巴") == ["阿里巴巴"]


def test_sentence_spans_cover_chinese_and_spanish():
    text = "第一句。第二句!\nPrimera frase. Segunda, con 44,2% y JD.COM dentro. Tercera"
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans == ["第一句。", "第二句!", "Primera frase.",
                     "Segunda, con 44,2% y JD.COM dentro.", "Tercera"]


@given(st.text(alphabet=st.sampled_from("0123456789年月日号〇一二十季度初底上下半 ,。de mayo"
                                         "enrofinalesprincipiostrimestreelañopasado\n"),
               max_size=80))
def test_extraction_never_crashes_and_offsets_stay_inside(text):
    for event in extract_events("a", "a.txt", text, None, ActorLexicon()):
        assert 0 <= event.date.start < event.date.end <= len(text)
        assert 0 <= event.sentence_start <= event.date.start
        assert event.date.end <= event.sentence_end <= len(text)
        assert event.sentence == text[event.sentence_start:event.sentence_end]
        assert event.date.value[:4].isdigit()
