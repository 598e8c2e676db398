"""A small sketch of an article's text that survives edits, to recognise a file that was
moved or renamed (and perhaps edited) as the article it was.

Bottom-k MinHash (Broder 1997; Cohen & Kaplan 2007): the ``SKETCH`` smallest CRC-32 hashes of
the text's 5-character shingles, white space removed (so re-wrapping changes nothing).
Comparing two sketches estimates the Jaccard similarity of their shingle sets."""
from __future__ import annotations

import zlib

SKETCH = 64
SHINGLE = 5
#: Characters sampled: the start of a long book identifies it as well as all of it.
SAMPLE = 200_000


def fingerprint(text: str) -> tuple[int, ...]:
    compact = "".join(text[:SAMPLE].split())
    if not compact:
        return ()
    hashes = {zlib.crc32(compact[i:i + SHINGLE].encode("utf-8", "surrogatepass"))
              for i in range(max(1, len(compact) - SHINGLE + 1))}
    return tuple(sorted(hashes)[:SKETCH])


def similarity(a: tuple[int, ...] | list[int], b: tuple[int, ...] | list[int]) -> float:
    """Estimated Jaccard similarity of the two texts' shingles (0.0 … 1.0)."""
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    union_bottom = sorted(set_a | set_b)[:SKETCH]
    both = set_a & set_b
    return sum(1 for h in union_bottom if h in both) / len(union_bottom)
