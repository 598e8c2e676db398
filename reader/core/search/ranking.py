"""BM25 over phrase counts, shared by the plain and the accelerated query paths."""
from __future__ import annotations

import math
from typing import Iterator, Sequence

K1, B = 1.2, 0.75


def bm25(matched: list[tuple[int, list[int], int]], group_df: list[int],
         doc_count: int) -> Iterator[tuple[float, int]]:
    """BM25 with each query group's phrase count as its term frequency (document length
    in bytes of folded text, averaged over the matching documents)."""
    return bm25_columns([docnum for docnum, _, _ in matched],
                        [[counts[g] for _, counts, _ in matched] for g in range(len(group_df))],
                        [length for _, _, length in matched], group_df, doc_count)


def bm25_columns(docnums: Sequence[int], counts_by_group: list[Sequence[int]],
                 lengths: list[int], group_df: list[int], doc_count: int
                 ) -> Iterator[tuple[float, int]]:
    """``bm25`` over columns: (score, docnum) of each document, one at a time (top-k keeps
    only the best: no list of every match's score)."""
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
