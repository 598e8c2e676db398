"""The vocabulary store and its exports."""
import sqlite3

import pytest

from reader.core.dictionary.export import CSV_COLUMNS, csv_export, markdown_export, parse_csv
from reader.core.dictionary.vocabulary import (SCHEMA_VERSION, VocabularyError,
                                               VocabularyStore, sentence_around)


@pytest.fixture
def store(tmp_path):
    return VocabularyStore(tmp_path / "vocabulary.sqlite")


def test_add_keeps_everything_and_survives_reopening(tmp_path, store):
    item, added = store.add("銀行", "zh", "yín háng", "bank", "他去銀行。", "a1", "x.txt",
                            "Title", 2, 4)
    assert added
    again, added_again = store.add("銀行", "zh", "other", "", "", "a2", "", "", 0, 1)
    assert not added_again and again == item
    store.close()
    reopened = VocabularyStore(tmp_path / "vocabulary.sqlite")
    assert reopened.list() == [item]
    assert reopened.get(item.uid).sentence == "他去銀行。"
    with sqlite3.connect(tmp_path / "vocabulary.sqlite") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_bad_input_is_refused_with_a_message(store):
    with pytest.raises(VocabularyError, match="select a word"):
        store.add("  ", "zh")
    with pytest.raises(VocabularyError):
        store.add("x", "es", start=5, end=2)
    assert store.list() == []


def test_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "v.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(VocabularyError, match="newer Reader"):
        VocabularyStore(path)


def test_delete_and_put_back(store):
    item, _ = store.add("tienda", "es", "tienda")
    store.delete(item.uid)
    assert store.list() == []
    store.put(item)
    assert store.list() == [item]


def test_sentence_around_a_word():
    text = "第一句。他在𠀀銀行工作！最後一句"
    start = text.index("銀行")
    assert sentence_around(text, start, start + 2) == "他在𠀀銀行工作！"
    spanish = "Hola. Las tiendas abrieron ayer. Fin"
    start = spanish.index("tiendas")
    assert sentence_around(spanish, start, start + 7) == "Las tiendas abrieron ayer."


def test_csv_for_anki_parses_back(store):
    store.add("銀行", "zh", "yín háng", "bank; CL:家[jia1]", 'He said "hi", then 他去銀行。\n',
              "a1", "x.txt", "A title, with comma", 2, 4)
    store.add("tiendas", "es", "tienda", "", "Las tiendas abrieron.", "a2", "y.txt", "", 4, 11)
    text = csv_export(store.list())
    assert text.splitlines()[:3] == ["#separator:comma", "#html:false",
                                     "#columns:" + ",".join(CSV_COLUMNS)]
    rows = parse_csv(text)
    assert rows == [
        {"front": "銀行", "back": "yín háng — bank; CL:家[jia1]",
         "sentence": 'He said "hi", then 他去銀行。 ', "source": "A title, with comma [x.txt:2-4]"},
        {"front": "tiendas", "back": "lemma: tienda", "sentence": "Las tiendas abrieron.",
         "source": "y.txt:4-11"},
    ]


def test_markdown_export_lists_words_with_their_sentence(store):
    store.add("銀行", "zh", "yín háng", "bank; CL:家[jia1]", "他去銀行。", "a1", "x.txt", "T", 2, 4)
    text = markdown_export(store.list())
    assert "## 銀行 (yín háng)" in text and "- bank" in text and "> 他去銀行。" in text
    assert "Source: T [x.txt:2-4]" in text
