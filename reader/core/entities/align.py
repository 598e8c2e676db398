"""Parallel reading: the anchors two articles share, in order on both sides.

Each side is a list of ``Landmark`` (a span of its reading text with a comparable key: an
entity id, a date value, a number value). Alignment is patience matching, as in patience
diff: keys that occur exactly once on both sides pair first (where none does, the first
mention of each shared key); the longest run of those pairs
that increases on both sides is kept; the gaps between kept pairs are aligned the same way
with the keys unique *within* the gap. What comes out is monotonic by construction, and a
key repeated everywhere (the main company, named in every paragraph) only anchors where its
place is unambiguous.

``AnchorMap`` turns anchors into a scroll mapping: piecewise linear between anchors, from
the start of both texts to their ends.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class Landmark:
    start: int
    end: int
    key: str
    kind: str   # entity | date | number
    text: str


@dataclass(frozen=True)
class Anchor:
    left: Landmark
    right: Landmark

    def to_json(self) -> dict:
        return {"left_start": self.left.start, "left_end": self.left.end,
                "right_start": self.right.start, "right_end": self.right.end,
                "kind": self.left.kind, "text_left": self.left.text,
                "text_right": self.right.text}


def align(left: Sequence[Landmark], right: Sequence[Landmark]) -> list[Anchor]:
    left = sorted(left, key=lambda m: (m.start, m.end))
    right = sorted(right, key=lambda m: (m.start, m.end))
    pairs: list[tuple[int, int]] = []
    stack = [(0, len(left), 0, len(right))]
    while stack:
        l0, l1, r0, r1 = stack.pop()
        chosen = _unique_pairs(left, right, l0, l1, r0, r1)
        if not chosen:
            continue
        pairs.extend(chosen)
        bounds = [(l0 - 1, r0 - 1)] + chosen + [(l1, r1)]
        for (la, ra), (lb, rb) in zip(bounds, bounds[1:]):
            if lb - la > 1 and rb - ra > 1:
                stack.append((la + 1, lb, ra + 1, rb))
    pairs.sort()
    return [Anchor(left[i], right[j]) for i, j in pairs]


def _unique_pairs(left, right, l0, l1, r0, r1) -> list[tuple[int, int]]:
    left_counts = Counter(m.key for m in left[l0:l1])
    right_counts = Counter(m.key for m in right[r0:r1])
    unique = {k for k, n in left_counts.items() if n == 1 and right_counts.get(k) == 1}
    if not unique:
        # Nothing is unique here (the article's subject is named in every paragraph): the
        # first mention on each side pairs, and the rest aligns in the gaps that leaves.
        unique = left_counts.keys() & right_counts.keys()
        if not unique:
            return []
    where_right: dict[str, int] = {}
    for j in range(r0, r1):
        if right[j].key in unique:
            where_right.setdefault(right[j].key, j)
    candidates, seen = [], set()
    for i in range(l0, l1):
        key = left[i].key
        if key in unique and key not in seen:
            seen.add(key)
            candidates.append((i, where_right[key]))
    return _longest_increasing(candidates)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence of ``pairs`` (sorted by first) increasing in second."""
    tails: list[int] = []       # smallest last second-value of a run of each length
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(pairs)
    for index, (_i, j) in enumerate(pairs):
        length = bisect_right(tails, j - 0.5)  # strictly increasing
        if length == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[length] = j
            tail_index[length] = index
        previous[index] = tail_index[length - 1] if length else -1
    run: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index != -1:
        run.append(pairs[index])
        index = previous[index]
    return run[::-1]


class AnchorMap:
    """Reading offset on the left → reading offset on the right (and back), interpolated
    linearly between anchors; the starts and ends of both texts are anchors too."""

    def __init__(self, anchors: Sequence[Anchor], left_length: int, right_length: int):
        self.anchors = list(anchors)  # also marked in the panes
        points = [(0, 0)] + [(a.left.start, a.right.start) for a in anchors] + [
            (left_length, right_length)]
        self._left = [p[0] for p in points]
        self._right = [p[1] for p in points]

    @staticmethod
    def _map(xs: list[int], ys: list[int], x: float) -> int:
        index = max(0, min(len(xs) - 2, bisect_right(xs, x) - 1))
        x0, x1, y0, y1 = xs[index], xs[index + 1], ys[index], ys[index + 1]
        if x1 == x0:
            return y1
        fraction = min(1.0, max(0.0, (x - x0) / (x1 - x0)))
        return round(y0 + fraction * (y1 - y0))

    def to_right(self, left_offset: int) -> int:
        return self._map(self._left, self._right, left_offset)

    def to_left(self, right_offset: int) -> int:
        return self._map(self._right, self._left, right_offset)
