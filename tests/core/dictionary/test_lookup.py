"""CC-CEDICT lookups, pinyin with tone marks, longest-match segmentation, the cache."""
import re
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.dictionary.cedict import numbered_to_marks, parse_line, text_source
from reader.core.dictionary.define import define
from reader.core.dictionary.lookup import Dictionary

SMALL = "\n".join([
    "# a CEDICT-format sample",
    "中國 中国 [Zhong1 guo2] /China/",
    "中國人 中国人 [Zhong1 guo2 ren2] /Chinese person/",
    "人民 人民 [ren2 min2] /the people/",
    "銀行 银行 [yin2 hang2] /bank/CL:家[jia1]/",
    "中國人民銀行 中国人民银行 [Zhong1 guo2 Ren2 min2 Yin2 hang2] /People's Bank of China/",
    "行 行 [xing2] /to walk/to go/",
    "行 行 [hang2] /row/line/",
    "行長 行长 [hang2 zhang3] /bank president/",
    "很 很 [hen3] /very/",
    "𠀀 𠀀 [he1] /(a character outside the BMP)/",
    "this line is malformed",
])


@pytest.fixture
def small(tmp_path):
    return Dictionary(tmp_path / "small.sqlite", text_source(SMALL))


@pytest.fixture(scope="module")
def shipped(tmp_path_factory, cedict_cache):
    return Dictionary(cedict_cache)


def test_parse_line_keeps_each_sense_and_skips_comments():
    entry = parse_line("銀行 银行 [yin2 hang2] /bank/CL:家[jia1],個|个[ge4]/")
    assert (entry.traditional, entry.simplified, entry.pinyin) == ("銀行", "银行", "yín háng")
    assert entry.definitions == ("bank", "CL:家[jia1],個|个[ge4]")
    assert parse_line("# comment") is None and parse_line("garbage") is None


@pytest.mark.parametrize("numbered, marked", [
    ("yin2 hang2", "yín háng"), ("lu:4", "lǜ"), ("nu:e4", "nüè"), ("Wei1 xin4", "Wēi xìn"),
    ("ma5", "ma"), ("gou3", "gǒu"), ("xiu1", "xiū"), ("hui4", "huì"), ("r5", "r"),
    ("m2", "ḿ"), ("ng3", "ňg"), ("A A zhi4", "A A zhì"), ("er4 ling2", "èr líng"),
])
def test_numbered_pinyin_gets_tone_marks(numbered, marked):
    assert numbered_to_marks(numbered) == marked


def test_tone_marks_agree_with_pypinyin_on_every_syllable_of_cedict(shipped):
    from pypinyin.contrib.tone_convert import to_tone

    syllables = set()
    for (pinyin,) in shipped._db.execute("SELECT pinyin FROM entries"):
        syllables.update(re.findall(r"[A-Za-zü:]+[1-5]", pinyin))
    assert len(syllables) > 1500
    wrong = [s for s in syllables
             if numbered_to_marks(s).lower() != to_tone(s.lower().replace("u:", "v"))]
    assert wrong == []


def test_done_when_wechat_and_bank(shipped):
    wechat = define(shipped, "微信").to_json()
    assert any("WeChat" in d for e in wechat["entries"] for d in e["definitions"])
    bank = define(shipped, "銀行").to_json()
    assert bank["entries"][0]["pinyin"] == "yín háng"
    assert bank["entries"][0]["simplified"] == "银行"


def test_lookup_by_either_script_gives_the_same_entries(shipped):
    assert shipped.lookup("銀行") == shipped.lookup("银行") != []
    readings = {e.pinyin for e in shipped.lookup("行")}
    assert {"xíng", "háng"} <= readings  # every reading of a polyphonic headword


def test_longest_match_segmentation_uses_the_dictionary_not_a_width(small):
    assert [s.text for s in small.segment("中国人民银行")] == ["中国人民银行"]
    assert [s.text for s in small.segment("中國人很行")] == ["中國人", "很", "行"]
    segments = small.segment("中国人民，很")
    assert [(s.text, s.is_word) for s in segments] == [("中国人", True), ("民", False),
                                                       ("，", False), ("很", True)]


def test_word_at_the_caret_is_the_longest_word_covering_it(small):
    text = "很中国人民银行很"
    for position in range(1, 7):
        assert small.word_at(text, position) == (1, 7)
    assert small.word_at(text, 0) == (0, 1)
    assert small.word_at("中国人，很", 3) is None  # punctuation
    assert small.word_at("x𠀀y", 1) == (1, 2)     # code points, outside the BMP too


def test_explain_a_phrase_gives_its_words(small):
    explained = small.explain("银行行长")
    assert [(w.text, [e.pinyin for e in w.entries]) for w in explained] == [
        ("银行", ["yín háng"]), ("行长", ["háng zhǎng"])]
    assert [w.text for w in small.explain(" 银行 ")] == ["银行"]


han = st.sampled_from(list("中国人民银行很行長長𠀀，a "))


@given(st.text(han, max_size=30))
def test_segments_tile_the_text_and_word_at_covers_the_position(text):
    dictionary = _hypothesis_dictionary()
    segments = dictionary.segment(text)
    assert "".join(s.text for s in segments) == text
    assert all(a.end == b.start for a, b in zip(segments, segments[1:]))
    for position in range(len(text)):
        span = dictionary.word_at(text, position)
        if span is not None:
            assert span[0] <= position < span[1]


_CACHED = {}


def _hypothesis_dictionary():
    if "d" not in _CACHED:
        _CACHED["d"] = Dictionary(None, text_source(SMALL))  # in memory
    return _CACHED["d"]


def test_cache_is_reused_rebuilt_when_damaged_or_from_other_data(tmp_path):
    path = tmp_path / "d" / "cedict.sqlite"
    Dictionary(path, text_source(SMALL)).close()
    calls = []
    source = text_source(SMALL)
    counting = type(source)(source.identity, lambda: calls.append(1) or SMALL)
    assert Dictionary(path, counting).lookup("很")
    assert calls == []  # opened from the cache, not parsed
    path.write_bytes(b"not a database at all" * 100)
    assert Dictionary(path, counting).lookup("很") and calls == [1]
    other = text_source(SMALL + "\n好 好 [hao3] /good/")
    assert Dictionary(path, other).lookup("好")
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT value FROM meta WHERE key='source'").fetchone()[0] \
            == other.identity


def test_unwritable_cache_folder_falls_back_to_memory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dictionary = Dictionary(blocker / "sub" / "cedict.sqlite", text_source(SMALL))
    assert dictionary.lookup("银行")[0].definitions == ("bank", "CL:家[jia1]")
