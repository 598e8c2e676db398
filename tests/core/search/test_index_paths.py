"""The bulk writer and the array query path against plain Whoosh on the same data."""
import logging

import pytest

import reader.core.search.index as search_module
from reader.core.search.arrays import ArraySnapshot
from reader.core.search.bulk import BulkSegmentWriter
from reader.core.search.index import IndexSource, SearchIndex
from reader.core.search.query import parse_query
from reader.core.text.cleaning import clean
from reader.core.text.folding import fold
from tests.conftest import SEEDS

QUERIES = [
    "阿里巴巴", "国际站", "國際站", "淘小铺", "微信", "社交电商", "流量", "外贸", "店", "平台",
    "拼多多", "tienda", "tiendas", "electronico", "comercio electrónico", "Taobao", "WeChat",
    "阿里巴巴 微信", "淘宝 OR 拼多多", "阿里 -微信", '"de mayo"', "2020年", "13年", "APP",
    "的", "电商 -淘宝 -微信", "mercado OR tienda", "中国 电商 平台", "。", "不存在的词语",
]


def corpus() -> dict[str, str]:
    """Seed paragraphs recombined into 60 articles of mixed scripts and languages."""
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs.extend(p for p in clean(path.read_text("utf-8")).text.split("\n")
                          if len(p) > 8)
    return {f"a{i:03d}": "\n".join(paragraphs[(i * 7 + k * 13) % len(paragraphs)]
                                   for k in range(1 + i % 9)) for i in range(60)}


@pytest.fixture(scope="module")
def texts():
    return corpus()


def build(folder, texts, bulk: bool, monkeypatch) -> SearchIndex:
    monkeypatch.setattr(search_module, "BULK_MIN_DOCUMENTS", 10 if bulk else 10**9)
    monkeypatch.setattr(search_module, "BULK_SEGMENT_DOCUMENTS", 25)
    monkeypatch.setattr(search_module, "_BATCH", 25)
    index = SearchIndex(folder)
    report = index.update([IndexSource(k, k + ".txt", k, "h") for k in texts],
                          texts.__getitem__)
    assert report.added == len(texts)
    return index


def ids_and_scores(result):
    return sorted((hit.id, round(hit.score, 6)) for hit in result.hits)


def test_bulk_index_reads_back_identically_through_plain_whoosh(tmp_path, texts, monkeypatch):
    bulk = build(tmp_path / "bulk", texts, True, monkeypatch)
    plain = build(tmp_path / "plain", texts, False, monkeypatch)
    bulk.accelerated = plain.accelerated = False  # Whoosh's own reader API on both
    rb, rp = bulk.ix.reader(), plain.ix.reader()
    assert list(rb.all_terms()) == list(rp.all_terms())
    ids_b = {f["id"]: n for n, f in rb.iter_docs()}
    ids_p = {f["id"]: n for n, f in rp.iter_docs()}
    for field, term in rb.all_terms():
        by_id_b = {rb.stored_fields(n)["id"]: f for n, f in
                   rb.postings(field, term).items_as("weight")}
        by_id_p = {rp.stored_fields(n)["id"]: f for n, f in
                   rp.postings(field, term).items_as("weight")}
        assert by_id_b == by_id_p, term
    assert {k: rb.stored_fields(n) for k, n in ids_b.items()} == \
        {k: rp.stored_fields(n) for k, n in ids_p.items()}
    for query in QUERIES:
        assert ids_and_scores(bulk.search(query, limit=None)) == \
            ids_and_scores(plain.search(query, limit=None)), query
    rb.close(), rp.close(), bulk.close(), plain.close()


def test_array_path_equals_plain_path_and_brute_force(tmp_path, texts, monkeypatch):
    index = build(tmp_path / "ix", texts, True, monkeypatch)
    plain = SearchIndex(tmp_path / "ix", accelerated=False)
    folded = {k: fold(t) for k, t in texts.items()}
    for query in QUERIES:
        fast, slow = index.search(query, limit=None), plain.search(query, limit=None)
        truth = {k for k, t in folded.items() if parse_query(query).match(t)}
        assert {h.id for h in fast.hits} == truth == {h.id for h in slow.hits}, query
        assert fast.total == slow.total == len(truth)
        assert [h.id for h in index.search(query, limit=5).hits] == \
            [h.id for h in fast.hits[:5]]
        parsed = parse_query(query)
        if len(parsed.groups) == 1 and len(parsed.groups[0]) == 1 and not parsed.excluded:
            # One phrase: the same counts, so the same scores. (Multi-group queries take a
            # one-term phrase's count from its postings, so scores may differ slightly.)
            assert ids_and_scores(fast) == ids_and_scores(slow), query
        assert {h.id: h.matches for h in fast.hits} == {h.id: h.matches for h in slow.hits}
    assert index.accelerated  # no query fell back
    index.close(), plain.close()


def test_array_path_sees_updates_and_deletions(tmp_path, texts, monkeypatch):
    index = build(tmp_path / "ix", texts, True, monkeypatch)
    keys = sorted(texts)
    assert index.search("阿里巴巴").total > 0
    changed = dict(texts, **{keys[0]: "全新的内容，独一无二"})
    sources = [IndexSource(k, k, k, "h2" if k == keys[0] else "h") for k in keys[1:]] + \
        [IndexSource(keys[0], keys[0], keys[0], "h2")]
    report = index.update(sources[5:], changed.__getitem__)  # drops five, changes one
    assert (report.removed, report.updated) == (5, 1)
    assert [h.id for h in index.search("独一无二").hits] == [keys[0]]
    gone = set(keys[1:6])
    assert not gone & {h.id for h in index.search("的", limit=None).hits}
    fast = index.indexed()
    index.accelerated = False
    assert fast == index.indexed() and len(fast) == len(keys) - 5 and fast[keys[0]] == "h2"
    index.close()


def test_failing_accelerator_falls_back_and_never_touches_the_index(tmp_path, texts,
                                                                     monkeypatch, caplog):
    index = build(tmp_path / "ix", texts, True, monkeypatch)
    expected = ids_and_scores(index.search("阿里巴巴 微信", limit=None))
    files = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "ix").iterdir()}

    def broken(self, query):
        raise RuntimeError("accelerator bug")

    monkeypatch.setattr(ArraySnapshot, "matches", broken)
    index.close()
    again = SearchIndex(tmp_path / "ix")
    with caplog.at_level(logging.WARNING):
        result = again.search("阿里巴巴 微信", limit=None)
    assert ids_and_scores(result) == expected and result.error is None
    assert not again.accelerated and "accelerated search failed" in caplog.text
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "ix").iterdir()} == files
    again.close()


def test_failing_bulk_writer_falls_back_to_whoosh_writer(tmp_path, texts, monkeypatch,
                                                         caplog):
    def broken(self):
        raise RuntimeError("bulk bug")

    monkeypatch.setattr(BulkSegmentWriter, "commit", broken)
    with caplog.at_level(logging.WARNING):
        index = build(tmp_path / "ix", texts, True, monkeypatch)
    assert "bulk index writer failed" in caplog.text
    ids = [f["id"] for f in index.ix.searcher().all_stored_fields()]
    assert sorted(ids) == sorted(texts)  # each once
    index.close()


def test_compound_segments_are_read_from_the_map_without_copies(tmp_path, texts, monkeypatch):
    from reader.core.search.mapped import MappedBufferFile

    index = build(tmp_path / "ix", texts, True, monkeypatch)
    reader = index.ix.reader()
    for segreader, _ in reader.leaf_readers():
        postings = segreader._terms._postfile
        assert isinstance(postings, MappedBufferFile)
        assert not isinstance(postings.file, __import__("io").BytesIO)
    reader.close()
    assert index.search("阿里巴巴").total > 0
    index.close()
