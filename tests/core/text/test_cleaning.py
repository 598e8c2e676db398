import re

from hypothesis import given, strategies as st

from reader.core.text.cleaning import clean
from tests.conftest import seed_text

PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")


def test_seed_003_loses_every_pinyin_insertion():
    raw = seed_text("003")
    result = clean(raw)
    assert len(PINYIN.findall(raw)) >= 869
    assert PINYIN.findall(result.text) == []
    assert result.report.pinyin_removed >= 869
    assert "阿里巴巴國際站流量運營" in result.text
    assert "Youtube" in result.text  # Y(jié)outube: inserted inside a word


def test_real_parentheses_stay():
    for seed, kept in (("000", ["(70%)", "(长尾效应)", "(中国)"]),
                       ("004", ["(AAC)", "(花名)"])):
        text = clean(seed_text(seed)).text
        for fragment in kept:
            assert fragment in text, fragment


def test_glosses_and_spanish_parentheses_are_not_pinyin_noise():
    text = "北京(Běijīng)很大。Dijo que sí (sí) y (año). 會(huì)議"
    assert clean(text).text == "北京(Běijīng)很大。Dijo que sí (sí) y (año). 會議"


def test_repeated_lines_are_dropped_ignoring_spacing_and_punctuation():
    raw = ("标题\n时间:2023-03-16 16:22:02 | 来源:电子商务\n"
           "时间:2023-03-16 16:22:02 来源:电子商务\n正文。\n")
    result = clean(raw)
    assert result.text == "标题\n时间:2023-03-16 16:22:02 | 来源:电子商务\n正文。"
    assert result.report.duplicate_lines == [3]


def test_seed_003_title_appears_once_and_seed_000_metadata_once():
    assert clean(seed_text("003")).text.count("一文讀懂阿里巴巴國際站流量運營(認知篇)") == 1
    assert clean(seed_text("000")).text.count("时间:2023-03-16") == 1


def test_whitespace_is_normalised():
    raw = "\r\n\r\n  第一段  有  空格\t\r\n\r\n\r\n\u3000\u3000第二段\u200b。  \r\n\r\n"
    assert clean(raw).text == "第一段 有 空格\n\n第二段。"


def test_out_of_step_gbk_is_repaired_and_reported():
    result = clean(seed_text("003"))
    assert "有很多大客戶，我要all in" in result.text
    assert "阿里有很多的流量也是通過" in result.text
    assert "橛泻芏啻罂蛻簦" not in result.text
    befores = [r.before for r in result.report.repairs]
    assert any(b.startswith("橛泻芏啻罂") for b in befores)


def test_offset_map_relates_raw_and_reading_text_both_ways():
    raw = seed_text("003")
    result = clean(raw)
    mapping = result.raw_to_reading
    target = "流量運營"
    pos = result.text.index(target)
    raw_start, raw_end = mapping.range_to_source(pos, pos + len(target))
    assert PINYIN.sub("", raw[raw_start:raw_end]) == target
    assert mapping.range_to_target(raw_start, raw_end) == (pos, pos + len(target))


LINE = st.text(alphabet=st.sampled_from("ab國際 \t\u3000(guó)：,。"), max_size=12)


@given(st.lists(LINE, max_size=8), st.sampled_from(["\n", "\r\n", "\r"]))
def test_cleaning_is_idempotent_and_its_map_is_exact_on_kept_text(lines, newline):
    raw = newline.join(lines)
    result = clean(raw)
    assert clean(result.text).text == result.text
    assert not result.text.startswith(("\n", " ")) and not result.text.endswith(("\n", " "))
    assert "\n\n\n" not in result.text
    for src, src_len, dst, dst_len, equal in result.raw_to_reading.segments():
        if equal:
            assert raw[src:src + src_len] == result.text[dst:dst + dst_len]
