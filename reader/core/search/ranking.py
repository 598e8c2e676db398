"""BM25 over phrase counts, shared by the plain and the accelerated query paths."""
from __future__ import annotations

import heapq
import math
from itertools import compress
from operator import itemgetter
from typing import Callable, Iterator, Sequence

K1, B = 1.2, 0.75


def bm25(matched: list[tuple[int, list[int], int]], group_df: list[int],
         doc_count: int) -> Iterator[tuple[float, int]]:
    """BM25 with each query group's phrase count as its term frequency (document length
    in bytes of folded text, averaged over the matching documents)."""
    return bm25_columns([docnum for docnum, _, _ in matched],
                        [[counts[g] for _, counts, _ in matched] for g in range(len(group_df))],
                        [length for _, _, length in matched], group_df, doc_count)


def bm25_columns(docnums: Sequence[int], counts_by_group: list[Sequence[int]],
                 lengths: Sequence[int], group_df: list[int], doc_count: int,
                 avg_length: float | None = None) -> Iterator[tuple[float, int]]:
    """``bm25`` over columns: (score, docnum) of each document, one at a time (top-k keeps
    only the best: no list of every match's score). ``avg_length``: of all the matching
    documents when these are only some of them."""
    if avg_length is None:
        avg_length = sum(lengths) / len(docnums)
    idf = [math.log(1 + (doc_count - df + 0.5) / (df + 0.5)) for df in group_df]
    k1_plus_1, k1_b, k1_1_b = K1 + 1, K1 * B / avg_length, K1 * (1 - B)
    if len(idf) == 1:
        weight = idf[0] * k1_plus_1
        return ((weight * count / (count + k1_1_b + k1_b * length), docnum)
                for docnum, count, length in zip(docnums, counts_by_group[0], lengths))
    return ((sum(w * counts[i] * k1_plus_1 / (counts[i] + (k1_1_b + k1_b * length))
                 for w, counts in zip(idf, counts_by_group)), docnum)
            for i, (docnum, length) in enumerate(zip(docnums, lengths)))


def top_by_bounds(docnums: Sequence[int], bounds_by_group: list[Sequence[int]],
                  lengths: Sequence[int], doc_count: int, limit: int,
                  exact_counts: Callable[[list[int]], list[list[int]]],
                  length_of: Callable[[int], int]) -> list[tuple[float, int]]:
    """The ``limit`` best (score, docnum) by BM25 over exact counts, when only upper bounds
    of the counts are known for every document: the score is increasing in each count, so
    a document whose bound scores below the ``limit``-th best exact score cannot be among
    the best and is never counted. Same result, same ties, as scoring every exact count."""
    group_df = [len(docnums)] * len(bounds_by_group)
    avg_length = sum(lengths) / len(docnums)

    def exact(chosen: list[int]) -> list[tuple[float, int]]:
        return list(bm25_columns(chosen, exact_counts(chosen), list(map(length_of, chosen)),
                                 group_df, doc_count, avg_length))

    bounded = list(bm25_columns(docnums, bounds_by_group, lengths, group_df, doc_count,
                                avg_length))
    if limit <= 0:
        return []
    first = [docnum for _, docnum in heapq.nlargest(limit, bounded)]
    scored = exact(first)
    if len(scored) < limit:  # every match is scored
        return heapq.nlargest(limit, scored)
    # The rest in decreasing bound, counted in growing batches while a bound can still
    # reach the ``limit``-th best exact score so far (which only rises).
    threshold = min(scored)[0]
    chosen = set(first)
    rest = sorted(compress(bounded, map(threshold.__le__, map(itemgetter(0), bounded))),
                  reverse=True)
    rest = [(bound, docnum) for bound, docnum in rest if docnum not in chosen]
    start, batch = 0, limit
    while start < len(rest) and rest[start][0] >= threshold:
        scored += exact([docnum for _, docnum in rest[start:start + batch]])
        threshold = heapq.nlargest(limit, scored)[-1][0]
        start, batch = start + batch, batch * 2
    return heapq.nlargest(limit, scored)
