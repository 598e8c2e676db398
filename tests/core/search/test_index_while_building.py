"""What the window does at start: the index is built on one worker while the search panel
queries it from another, on the same SearchIndex object. A query that lands before the first
commit finds nothing (and says nothing failed); the same object then sees the build."""
import threading

import pytest

import reader.core.search.index as search_module
from reader.core.search.index import IndexSource, SearchIndex
from tests.core.search.test_index_paths import corpus

QUERIES = ["tienda OR tiendas", "tiendas", "淘宝 OR 拼多多", "阿里巴巴 微信", "阿里 -微信"]


@pytest.mark.parametrize("bulk", [False, True])
@pytest.mark.parametrize("accelerated", [True, False])
def test_queries_during_and_after_a_build_on_another_thread(tmp_path, monkeypatch, bulk,
                                                            accelerated):
    monkeypatch.setattr(search_module, "BULK_MIN_DOCUMENTS", 10 if bulk else 10**9)
    monkeypatch.setattr(search_module, "BULK_SEGMENT_DOCUMENTS", 20)
    monkeypatch.setattr(search_module, "_BATCH", 20)
    texts = corpus()
    sources = [IndexSource(k, k + ".txt", k, "h") for k in texts]
    index = SearchIndex(tmp_path / "ix", accelerated=accelerated)
    truth = {q: None for q in QUERIES}
    # A first query opens (creates) the empty index and caches what it saw.
    for query in QUERIES:
        result = index.search(query)
        assert (result.total, result.error) == (0, None)

    building, searched = threading.Event(), threading.Event()
    during: dict[str, tuple[int, str | None]] = {}

    def progress(done, total, _path):
        if done == 30 and not building.is_set():  # mid-build: let the query lane run
            building.set()
            assert searched.wait(60)

    def build():
        index.update(sources, texts.__getitem__, progress=progress)

    worker = threading.Thread(target=build)
    worker.start()
    assert building.wait(60)
    for query in QUERIES:
        result = index.search(query, limit=None)
        during[query] = (result.total, result.error)
    searched.set()
    worker.join(60)
    assert not worker.is_alive()
    assert all(error is None for _total, error in during.values())

    reference = SearchIndex(tmp_path / "ix", accelerated=False)  # a fresh reader
    for query in QUERIES:
        truth[query] = sorted(hit.id for hit in reference.search(query, limit=None).hits)
        after = index.search(query, limit=None)
        assert after.error is None
        assert sorted(hit.id for hit in after.hits) == truth[query], query
        assert during[query][0] <= len(truth[query])  # partial, never more
    assert truth["tienda OR tiendas"] and truth["淘宝 OR 拼多多"]
    reference.close()
    index.close()
