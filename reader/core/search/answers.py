"""From one snapshot's matches to a ``SearchResult``: BM25, the best ``limit``, the hits.

Both query paths end here, so that they rank identically: the accelerated one
(``arrays.ArraySnapshot``) and the plain Whoosh one (``plain.PlainSnapshot``).
"""
from __future__ import annotations

import heapq
import zlib
from functools import partial
from typing import Iterable

from reader.core.search.query import Query
from reader.core.search.ranking import bm25, bm25_columns, top_by_bounds
from reader.core.search.results import SearchHit, SearchResult, make_hit


def from_arrays(snapshot, query: Query, query_text: str, limit: int | None) -> SearchResult:
    """The answer of an ``ArraySnapshot`` (or None: nothing indexed)."""
    if snapshot is None:
        return SearchResult(query_text, 0, [])
    docnums, counts, lengths, exact = snapshot.matches(query)
    if not docnums:
        return SearchResult(query_text, 0, [])
    if exact or limit is None:
        if not exact:
            counts = snapshot.query_counts(query, docnums)
        scored = bm25_columns(docnums, counts, lengths, [len(docnums)] * len(counts),
                              snapshot.doc_count)
        return ranked(snapshot, query, query_text, limit, scored, len(docnums))
    # Counts are upper bounds: only the documents that may rank are counted.
    best = top_by_bounds(docnums, counts, lengths, snapshot.doc_count, limit,
                         partial(snapshot.query_counts, query), snapshot.lengths.__getitem__)
    return SearchResult(query_text, len(docnums), hits(snapshot, query, best))


def from_plain(snapshot, query: Query, query_text: str, limit: int | None) -> SearchResult:
    """The answer of a ``PlainSnapshot`` (or None: nothing indexed)."""
    from reader.core.search.plain import single_index_term

    if snapshot is None:
        return SearchResult(query_text, 0, [])
    single_term = single_index_term(query)
    if single_term is not None:
        matched = snapshot.term_matches(single_term)
        group_df = [len(matched)]
    else:
        matched, group_df = snapshot.verified_matches(query)
    if not matched:
        return SearchResult(query_text, 0, [])
    return ranked(snapshot, query, query_text, limit,
                  bm25(matched, group_df, snapshot.doc_count), len(matched))


def ranked(snapshot, query: Query, query_text: str, limit: int | None,
           scored: Iterable[tuple[float, int]], total: int) -> SearchResult:
    """The best ``limit`` of the scored matches made into hits (ties: higher docnum first)."""
    best = sorted(scored, reverse=True) if limit is None else heapq.nlargest(limit, scored)
    return SearchResult(query_text, total, hits(snapshot, query, best))


def hits(snapshot, query: Query, best: list[tuple[float, int]]) -> list[SearchHit]:
    """Only the hits shown get their reading text unpacked for offsets and snippets."""
    result = []
    for score, docnum in best:
        spans = query.match(snapshot.folded(docnum).decode("utf-8")) or []
        fields = snapshot.stored_fields(docnum)
        reading = zlib.decompress(snapshot.reading(docnum)).decode("utf-8")
        result.append(make_hit(fields, reading, score, spans))
    return result
