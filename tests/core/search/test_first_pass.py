"""Issue 15 (first-pass margin): a query's first run verifies matches with ``find``, bounds
match counts from the postings and counts exactly only what ranking needs; postings of a
phrase's further terms are decoded only when worth it. None of it may change an answer."""
import heapq
import random

import pytest

from reader.core.search import arrays
from reader.core.search.index import SearchIndex
from reader.core.search.ranking import bm25_columns, top_by_bounds
from tests.core.search.test_index_paths import QUERIES, corpus
from tests.core.search.test_search_memory import ASTRAL, ASTRAL_QUERIES, build

MORE_QUERIES = ["阿里巴巴集团", "巴巴", "的商家", "电子商务", "2020", "201", "际站的",
                "多的淘宝", "“", "。 ", "tienda online", "阿里巴巴 -的商家",
                "淘宝 OR 的商家 平台"]


def answers(index: SearchIndex, query: str, limit: int | None):
    result = index.search(query, limit=limit)
    return result.total, [(h.id, h.score, h.matches) for h in result.hits]


@pytest.fixture(scope="module")
def texts():
    return {**corpus(), **ASTRAL}


@pytest.mark.parametrize("trial", range(40))
def test_ranking_from_bounds_equals_ranking_every_exact_count(trial):
    rng = random.Random(trial)
    size = rng.randint(1, 300)
    groups = rng.randint(1, 3)
    docnums = rng.sample(range(5000), size)
    lengths = {d: rng.randint(10, 20000) for d in docnums}
    exact = {d: [rng.randint(1, 6) for _ in range(groups)] for d in docnums}
    # Bounds as loose or tight as postings give them; ties on purpose (equal counts).
    bounds = [[exact[d][g] + rng.choice([0, 0, 1, 5, 40]) for d in docnums]
              for g in range(groups)]
    counted = []

    def exact_counts(chosen):
        counted.extend(chosen)
        return [[exact[d][g] for d in chosen] for g in range(groups)]

    for limit in (1, 3, 20, 500):
        expected = heapq.nlargest(limit, bm25_columns(
            docnums, [[exact[d][g] for d in docnums] for g in range(groups)],
            [lengths[d] for d in docnums], [size] * groups, 10_000))
        got = top_by_bounds(docnums, bounds, [lengths[d] for d in docnums], 10_000, limit,
                            exact_counts, lengths.__getitem__)
        assert got == expected
    assert top_by_bounds(docnums, bounds, [lengths[d] for d in docnums], 10_000, 0,
                         exact_counts, lengths.__getitem__) == []


def test_limited_searches_rank_as_unlimited_ones_and_count_every_match(tmp_path, texts,
                                                                       monkeypatch):
    index = build(tmp_path / "ix", texts, monkeypatch, segment=17)
    for query in QUERIES + ASTRAL_QUERIES + MORE_QUERIES:
        total, everything = answers(index, query, None)
        for limit in (1, 4, 30):
            assert answers(index, query, limit) == (total, everything[:limit]), (query, limit)
    index.close()


def test_decoding_fewer_terms_changes_no_answer(tmp_path, texts, monkeypatch):
    build(tmp_path / "ix", texts, monkeypatch, segment=17).close()
    found = {}
    for posting_cost in (0, 10**9):  # every term decoded / only the rarest of each phrase
        monkeypatch.setattr(arrays, "_POSTING_COST", posting_cost)
        index = SearchIndex(tmp_path / "ix")
        found[posting_cost] = {q: answers(index, q, limit)
                               for q in QUERIES + ASTRAL_QUERIES + MORE_QUERIES
                               for limit in (3, None)}
        assert index.accelerated
        index.close()
    assert found[0] == found[10**9]


def test_further_terms_are_decoded_only_when_they_remove_enough(tmp_path, texts, monkeypatch):
    index = build(tmp_path / "ix", texts, monkeypatch, segment=17)
    index.search("阿里巴巴", limit=5)
    snapshot = index._snapshot
    assert isinstance(snapshot, arrays.ArraySnapshot)
    decoded = {t for t in ("阿里", "里巴", "巴巴") if t in snapshot._postings}
    # Their bigrams occur together: the rarest is decoded, not all three.
    assert decoded and len(decoded) < 3
    monkeypatch.setattr(arrays, "_POSTING_COST", 0)  # decoding free: every term is
    index.close()
    index = SearchIndex(tmp_path / "ix")
    index.search("阿里巴巴", limit=5)
    assert {"阿里", "里巴", "巴巴"} <= index._snapshot._postings.keys()
    index.close()
