import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from reader.core.text import opencc_bridge
from reader.core.text.cleaning import clean
from reader.core.text.script import Script, make_view
from tests.conftest import seed_text

CASES = json.loads((Path(__file__).parents[2] / "data" / "opencc" / "testcases.json")
                   .read_text("utf-8"))["cases"]


def test_the_official_opencc_binding_is_installed():
    assert opencc_bridge.distribution_check() is None


@pytest.mark.parametrize("config", opencc_bridge.CONFIGS)
def test_opencc_upstream_suite_passes_for_every_offered_conversion(config):
    cases = [c for c in CASES if config in c["expected"]]
    assert cases, f"upstream suite has no case for {config}"
    failures = [(c["id"], opencc_bridge.convert(c["input"], config), c["expected"][config])
                for c in cases
                if opencc_bridge.convert(c["input"], config) != c["expected"][config]]
    assert failures == []


def test_upstream_suite_size():
    per_config = Counter(cfg for c in CASES for cfg in c["expected"])
    assert sum(per_config[c] for c in opencc_bridge.CONFIGS) == 105 + 55 + 65 + 85 + 32 + 54


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
@pytest.mark.parametrize("script", [Script.SIMPLIFIED, Script.TRADITIONAL])
def test_character_views_keep_length_and_use_identity_maps(prefix, script):
    reading = clean(seed_text(prefix)).text
    view = make_view(reading, script)
    assert len(view.text) == len(reading)
    assert view.from_reading.is_identity


def test_views_convert_between_scripts():
    assert make_view("阿里巴巴国际站", Script.TRADITIONAL).text == "阿里巴巴國際站"
    assert make_view("淘小鋪發布公告", Script.SIMPLIFIED).text == "淘小铺发布公告"
    assert make_view("淘小鋪", Script.ORIGINAL).text == "淘小鋪"


def test_phrase_view_maps_changed_words_as_segments():
    reading = clean(seed_text("000")).text
    view = make_view(reading, Script.TAIWAN)
    assert len(view.text) > len(reading)  # 用户→使用者, 互联网→網際網路 ...
    pos = reading.index("用户")
    start, end = view.from_reading.range_to_target(pos, pos + 2)
    assert view.text[start:end] == "使用者"
    # Unchanged text maps character for character.
    pos = reading.index("阿里巴巴国际站")
    start, end = view.from_reading.range_to_target(pos, pos + 7)
    assert view.text[start:end] == "阿里巴巴國際站"
    # Whole-text conversion equals the clause-by-clause one the map is built from.
    assert view.text == opencc_bridge.convert(reading, "s2twp")


def test_mainland_phrase_view_of_a_taiwan_text():
    view = make_view("使用者在網際網路上", Script.MAINLAND)
    assert view.text == "用户在互联网上"
    start, end = view.from_reading.range_to_target(4, 8)  # 網際網路
    assert view.text[start:end] == "互联网"


def test_astral_characters_keep_code_point_offsets_and_move_utf16_ones():
    view = make_view("二噁英污染", Script.SIMPLIFIED)
    assert view.text == "二𫫇英污染"
    assert view.from_reading.is_identity
    index = view.utf16()
    assert index.to_utf16(2) == 3  # after the astral 𫫇
    assert index.to_cp(index.to_utf16(4)) == 4


@given(st.text(alphabet=st.sampled_from("用户互联网软件信息打印机使用者網際網路，。 a\n"),
               max_size=40), st.sampled_from([Script.TAIWAN, Script.MAINLAND]))
def test_phrase_view_maps_are_consistent(reading, script):
    view = make_view(reading, script)
    mapping = view.from_reading
    assert mapping.source_length == len(reading) and mapping.target_length == len(view.text)
    config = "s2twp" if script is Script.TAIWAN else "tw2sp"
    for src, src_len, dst, dst_len, _equal in mapping.segments():
        # Every segment converts on its own to exactly its part of the view.
        assert opencc_bridge.convert(reading[src:src + src_len], config) == \
            view.text[dst:dst + dst_len]
