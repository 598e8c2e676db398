"""Pinyin of running text and Spanish lemmas."""
from reader.core.dictionary import pinyin, spanish
from reader.core.dictionary.define import define


def test_polyphonic_characters_read_by_their_word_in_both_scripts():
    simplified = pinyin.readings("银行行长走在重庆的路上")
    traditional = pinyin.readings("銀行行長走在重慶的路上")
    assert simplified == traditional
    assert simplified[:4] == ("yín", "háng", "háng", "zhǎng")
    assert simplified[5:8] == ("zài", "chóng", "qìng")


def test_one_reading_per_code_point_and_nothing_for_non_han():
    text = "x𠀀，银行 ok"
    readings = pinyin.readings(text)
    assert len(readings) == len(text)
    assert readings[0] == "" and readings[2] == "" and readings[3:5] == ("yín", "háng")
    assert readings[5:] == ("", "", "")


def test_spanish_lemma_is_a_dictionary_form():
    assert spanish.lemma("tiendas") == "tienda"
    assert spanish.lemma("corrieron") == "correr"
    assert spanish.lemma("dijo") == "decir"
    assert spanish.search_query("tiendas") == "tienda OR tiendas"
    assert spanish.search_query("tienda") == "tienda"


def test_spanish_word_at_the_caret():
    text = "Las tiendas abrieron."
    assert spanish.word_at(text, 6) == (4, 11)
    assert spanish.word_at(text, 11) == (4, 11)  # just after the word
    assert spanish.word_at(text, 20) == (12, 20)


def test_define_spanish_needs_no_dictionary():
    result = define(None, "Compraron")
    assert result.to_json() == {"query": "Compraron", "language": "es", "entries": [],
                                "lemma": "comprar"}
    assert define(None, "123").language == ""
