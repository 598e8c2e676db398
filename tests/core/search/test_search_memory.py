"""Issue 15 (memory): the accelerated path reads Whoosh's files itself (``whoosh_files``,
``os.pread``), without importing Whoosh or numpy, and answers exactly as plain Whoosh does."""
import json
import logging
import pickle
import subprocess
import sys
import zlib

import pytest

import reader.core.search.index as search_module
from reader.core.search import bulk, whoosh_files
from reader.core.search.arrays import ArraySnapshot
from reader.core.search.index import IndexSource, SearchIndex
from reader.core.search.query import parse_query
from reader.core.text.folding import fold
from tests.core.search.test_index_paths import QUERIES, corpus, ids_and_scores

# Characters outside the BMP (4 UTF-8 bytes, 2 UTF-16 units) around and inside matches.
ASTRAL = {
    "x1": "𠮷野家的牛丼\n𠮷野家在台湾开了新店，𝒜𝒷𝒸 tienda 𠮷野",
    "x2": "😀 表情 😀😀 tiendas y 𠮷 野家",
    "x3": "没有那个字的文章：吉野家",
}
ASTRAL_QUERIES = ["𠮷野家", "𠮷", "𠮷野", "😀", "😀😀", "𝒜𝒷𝒸", "野家 -𠮷", "吉野家 OR 𠮷野",
                  "tienda", "表情 😀"]


def build(folder, texts, monkeypatch, segment=25) -> SearchIndex:
    monkeypatch.setattr(search_module, "BULK_MIN_DOCUMENTS", 10)
    monkeypatch.setattr(bulk, "BULK_MIN_DOCUMENTS", 10)  # bulk segments are never merged
    monkeypatch.setattr(search_module, "BULK_SEGMENT_DOCUMENTS", segment)
    index = SearchIndex(folder)
    report = index.update([IndexSource(k, k + ".txt", "t" + k, "h") for k in texts],
                          texts.__getitem__)
    assert report.added == len(texts)
    return index


@pytest.fixture(scope="module")
def texts():
    return {**corpus(), **ASTRAL}


def test_fast_path_equals_plain_whoosh_and_brute_force_with_astral_text(tmp_path, texts,
                                                                         monkeypatch):
    index = build(tmp_path / "ix", texts, monkeypatch)
    plain = SearchIndex(tmp_path / "ix", accelerated=False)
    folded = {k: fold(t) for k, t in texts.items()}
    for query in QUERIES + ASTRAL_QUERIES:
        fast, slow = index.search(query, limit=None), plain.search(query, limit=None)
        truth = {k for k, t in folded.items() if parse_query(query).match(t)}
        assert {h.id for h in fast.hits} == truth == {h.id for h in slow.hits}, query
        shown = [{h.id: (h.matches, h.snippet, h.title, h.path) for h in r.hits}
                 for r in (fast, slow)]
        assert shown[0] == shown[1], query
        parsed = parse_query(query)
        if parsed.groups == ((parsed.groups[0][0],),) and not parsed.excluded:
            # One phrase, the same counts and scores (others: see test_index_paths).
            assert [(h.id, h.score) for h in fast.hits] == \
                [(h.id, h.score) for h in slow.hits], query
    hit = index.search("𠮷野家").hits[0]
    text = texts[hit.id]
    # Code point offsets in the reading text, whatever the UTF-8 or UTF-16 widths.
    assert [text[m.start:m.end] for m in hit.matches] == [m.text for m in hit.matches]
    assert all(m.text == "𠮷野家" for m in hit.matches) and hit.id == "x1"
    assert index.accelerated
    index.close(), plain.close()


def test_whoosh_files_read_what_whoosh_reads_after_deletions(tmp_path, texts, monkeypatch):
    index = build(tmp_path / "ix", texts, monkeypatch, segment=20)
    keys = sorted(texts)
    index.update([IndexSource(k, k + ".txt", "t" + k, "h") for k in keys[4:]],
                 texts.__getitem__)  # four deletions recorded in the TOC
    reader = index.ix.reader()
    snapshot = ArraySnapshot(index.folder)
    assert snapshot.doc_count == reader.doc_count() == len(keys) - 4 and snapshot.deleted
    assert snapshot.deleted == set(range(reader.doc_count_all())) - set(reader.all_doc_ids())
    for field, term in reader.all_terms():
        if field != "terms":
            continue
        expected = dict(reader.postings(field, term).items_as("frequency"))
        ids, freqs = snapshot.postings(term.decode("utf-8"))
        assert dict(zip(ids, freqs)) == expected and list(ids) == sorted(expected), term
    folded_column = reader.column_reader("folded")
    for docnum in reader.all_doc_ids():
        assert snapshot.stored_fields(docnum) == reader.stored_fields(docnum)
        assert snapshot.folded(docnum) == folded_column[docnum]
        assert zlib.decompress(snapshot.reading(docnum)) == \
            texts[reader.stored_fields(docnum)["id"]].encode("utf-8")
    assert [len(a) for a in snapshot.postings("𠀀𠀀")] == [0, 0]
    snapshot.close(), reader.close(), index.close()


SEARCH_ONLY = """
import json, sys
from pathlib import Path
from reader.core.search.index import SearchIndex
index = SearchIndex(Path(sys.argv[1]))
result = index.search(sys.argv[2], limit=None)
print(json.dumps({"ids": sorted(h.id for h in result.hits), "accelerated": index.accelerated,
                  "modules": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def test_a_process_that_only_searches_imports_neither_whoosh_nor_numpy(tmp_path, texts,
                                                                      monkeypatch):
    index = build(tmp_path / "ix", texts, monkeypatch)
    expected = sorted(h.id for h in index.search("𠮷野家 OR 阿里巴巴", limit=None).hits)
    index.close()
    proc = subprocess.run([sys.executable, "-c", SEARCH_ONLY, str(tmp_path / "ix"),
                           "𠮷野家 OR 阿里巴巴"], capture_output=True, text=True, check=True,
                          encoding="utf-8")
    answer = json.loads(proc.stdout)
    assert answer["ids"] == expected and answer["accelerated"]
    assert "whoosh" not in answer["modules"] and "numpy" not in answer["modules"]


def test_unreadable_format_falls_back_to_whoosh_and_keeps_the_index(tmp_path, texts,
                                                                    monkeypatch, caplog):
    index = build(tmp_path / "ix", texts, monkeypatch)
    expected = ids_and_scores(index.search("阿里巴巴 微信", limit=None))
    index.close()
    files = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "ix").iterdir()}

    def unknown(*_args):
        raise whoosh_files.FormatError("table of contents version -112")

    monkeypatch.setattr(whoosh_files, "read_toc", unknown)
    again = SearchIndex(tmp_path / "ix")
    with caplog.at_level(logging.WARNING):
        result = again.search("阿里巴巴 微信", limit=None)
    assert ids_and_scores(result) == expected and result.error is None
    assert not again.accelerated and "accelerated search failed" in caplog.text
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "ix").iterdir()} == files
    again.close()


def test_pickles_in_index_files_may_name_no_other_code():
    class Shell:
        def __reduce__(self):
            return (print, ("never run",))

    with pytest.raises(whoosh_files.FormatError, match="print"):
        whoosh_files._loads(pickle.dumps(Shell(), 2))
    assert whoosh_files._loads(pickle.dumps({"id": "𠮷", "n": {1, 2}}, 2)) == \
        {"id": "𠮷", "n": {1, 2}}


def test_without_pread_the_same_answers_come_from_seek_and_read(tmp_path, texts, monkeypatch):
    index = build(tmp_path / "ix", texts, monkeypatch)
    expected = {q: ids_and_scores(index.search(q, limit=None)) for q in ASTRAL_QUERIES}
    index.close()
    monkeypatch.setattr(whoosh_files, "_PREAD", None)  # as on Windows
    again = SearchIndex(tmp_path / "ix")
    assert {q: ids_and_scores(again.search(q, limit=None)) for q in ASTRAL_QUERIES} == expected
    assert again.accelerated
    again.close()
