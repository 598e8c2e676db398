"""BM25 over phrase counts, shared by the plain and the accelerated query paths."""
from __future__ import annotations

import math

K1, B = 1.2, 0.75


def bm25(matched: list[tuple[int, list[int], int]], group_df: list[int],
         doc_count: int) -> list[tuple[float, int]]:
    """BM25 with each query group's phrase count as its term frequency (document length
    in bytes of folded text, averaged over the matching documents)."""
    avg_length = sum(length for _, _, length in matched) / len(matched)
    idf = [math.log(1 + (doc_count - df + 0.5) / (df + 0.5)) for df in group_df]
    k1_plus_1, k1_b, k1_1_b = K1 + 1, K1 * B / avg_length, K1 * (1 - B)
    if len(idf) == 1:
        weight = idf[0] * k1_plus_1
        return [(weight * counts[0] / (counts[0] + k1_1_b + k1_b * length), docnum)
                for docnum, counts, length in matched]
    scored = []
    for docnum, counts, length in matched:
        norm = k1_1_b + k1_b * length
        scored.append((sum(w * c * k1_plus_1 / (c + norm) for w, c in zip(idf, counts)),
                       docnum))
    return scored
