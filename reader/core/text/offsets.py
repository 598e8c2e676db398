"""Offset maps between two versions of a text, and UTF-16 conversion for Qt.

Every stored position in Reader refers to an article's reading text, in code points.
Other texts (the raw file text, a converted script view) relate to it through an
``OffsetMap``: a list of contiguous segments, each either *equal* (same length on both
sides, positions correspond one to one) or *replaced* (any lengths; positions inside snap
to the segment's edges, so a range never ends up covering half of a rewritten phrase).
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Edit:
    """Replace ``source[start:end]`` by ``replacement``."""

    start: int
    end: int
    replacement: str = ""


class OffsetMap:
    """A monotone map between a *source* text and a *target* text, usable both ways."""

    __slots__ = ("_src_starts", "_dst_starts", "_src_lens", "_dst_lens", "_equal",
                 "source_length", "target_length")

    def __init__(self) -> None:
        # Machine-integer arrays, not lists of ints: a book's phrase view has ~10^5
        # segments, 8 bytes each here against ~36 in a list (issue 14).
        self._src_starts = array("q")
        self._dst_starts = array("q")
        self._src_lens = array("q")
        self._dst_lens = array("q")
        self._equal = bytearray()
        self.source_length = 0
        self.target_length = 0

    # -- building ---------------------------------------------------------------------
    def add_equal(self, length: int) -> None:
        if length <= 0:
            return
        if self._equal and self._equal[-1]:
            self._src_lens[-1] += length
            self._dst_lens[-1] += length
        else:
            self._append(length, length, True)
        self.source_length += length
        self.target_length += length

    def add_replaced(self, source_len: int, target_len: int) -> None:
        if source_len == 0 and target_len == 0:
            return
        if self._equal and not self._equal[-1]:
            # Adjacent replacements merge: the edge between them has no meaning.
            self._src_lens[-1] += source_len
            self._dst_lens[-1] += target_len
        else:
            self._append(source_len, target_len, False)
        self.source_length += source_len
        self.target_length += target_len

    def _append(self, source_len: int, target_len: int, equal: bool) -> None:
        self._src_starts.append(self.source_length)
        self._dst_starts.append(self.target_length)
        self._src_lens.append(source_len)
        self._dst_lens.append(target_len)
        self._equal.append(equal)

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        result = cls()
        result.add_equal(length)
        return result

    @property
    def is_identity(self) -> bool:
        return all(self._equal)

    def segments(self) -> list[tuple[int, int, int, int, bool]]:
        """(source_start, source_len, target_start, target_len, equal) for each segment."""
        return [(a, b, c, d, bool(e)) for a, b, c, d, e in
                zip(self._src_starts, self._src_lens, self._dst_starts, self._dst_lens,
                    self._equal)]

    def inverse(self) -> "OffsetMap":
        result = OffsetMap()
        result._src_starts, result._dst_starts = array("q", self._dst_starts), \
            array("q", self._src_starts)
        result._src_lens, result._dst_lens = array("q", self._dst_lens), \
            array("q", self._src_lens)
        result._equal = bytearray(self._equal)
        result.source_length, result.target_length = self.target_length, self.source_length
        return result

    # -- mapping ----------------------------------------------------------------------
    def to_target(self, pos: int) -> int:
        """Map a boundary position (e.g. a range start or a cursor) source → target."""
        return _map_start(pos, self._src_starts, self._src_lens, self._dst_starts,
                          self._dst_lens, self._equal, self.source_length, self.target_length)

    def to_source(self, pos: int) -> int:
        return _map_start(pos, self._dst_starts, self._dst_lens, self._src_starts,
                          self._src_lens, self._equal, self.target_length, self.source_length)

    def range_to_target(self, start: int, end: int) -> tuple[int, int]:
        """Smallest target range covering the source range (snaps to replaced segments)."""
        new_start = self.to_target(start)
        if end <= start:
            return new_start, new_start
        new_end = _map_end(end, self._src_starts, self._src_lens, self._dst_starts,
                           self._dst_lens, self._equal)
        return new_start, max(new_start, new_end)

    def range_to_source(self, start: int, end: int) -> tuple[int, int]:
        new_start = self.to_source(start)
        if end <= start:
            return new_start, new_start
        new_end = _map_end(end, self._dst_starts, self._dst_lens, self._src_starts,
                           self._src_lens, self._equal)
        return new_start, max(new_start, new_end)


def _clamp(pos: int, length: int) -> int:
    return 0 if pos < 0 else length if pos > length else pos


def _map_start(pos, starts, lens, other_starts, other_lens, equal, length, other_length) -> int:
    pos = _clamp(pos, length)
    if not starts or pos >= length:
        return other_length
    # The last segment starting at or before pos; zero-length segments at the same start
    # sort before the one that actually contains pos, so bisect_right skips them.
    i = bisect_right(starts, pos) - 1
    offset = pos - starts[i]
    if equal[i]:
        return other_starts[i] + offset
    return other_starts[i]


def _map_end(end, starts, lens, other_starts, other_lens, equal) -> int:
    # Find the segment holding the last included character (end - 1).
    last = end - 1
    if not starts:
        return 0
    i = bisect_right(starts, last) - 1
    if i < 0:
        return 0
    if equal[i]:
        return other_starts[i] + min(end - starts[i], lens[i])
    return other_starts[i] + other_lens[i]


class MapChain:
    """Several maps applied in sequence (text A → B → C)."""

    def __init__(self, maps: Sequence[OffsetMap]):
        self.maps = list(maps)

    def to_target(self, pos: int) -> int:
        for m in self.maps:
            pos = m.to_target(pos)
        return pos

    def to_source(self, pos: int) -> int:
        for m in reversed(self.maps):
            pos = m.to_source(pos)
        return pos

    def range_to_target(self, start: int, end: int) -> tuple[int, int]:
        for m in self.maps:
            start, end = m.range_to_target(start, end)
        return start, end

    def range_to_source(self, start: int, end: int) -> tuple[int, int]:
        for m in reversed(self.maps):
            start, end = m.range_to_source(start, end)
        return start, end


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits; returns the new text and the map text → new text.

    Overlapping edits are a programming error upstream; the later one is dropped rather
    than corrupting the map.
    """
    pieces: list[str] = []
    mapping = OffsetMap()
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor or edit.end < edit.start or edit.end > len(text):
            continue
        if edit.start == edit.end and not edit.replacement:
            continue
        if text[edit.start:edit.end] == edit.replacement:
            continue
        pieces.append(text[cursor:edit.start])
        mapping.add_equal(edit.start - cursor)
        pieces.append(edit.replacement)
        mapping.add_replaced(edit.end - edit.start, len(edit.replacement))
        cursor = edit.end
    pieces.append(text[cursor:])
    mapping.add_equal(len(text) - cursor)
    return "".join(pieces), mapping


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Index:
    """Code point ↔ UTF-16 code unit positions for one text (Qt counts UTF-16 units)."""

    __slots__ = ("_astral_cp", "_astral_u16", "cp_length", "utf16_length")

    def __init__(self, text: str):
        if len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
            # No character outside the BMP (most texts): skip the scan (~50 ns a character).
            self._astral_cp = self._astral_u16 = array("q")
            self.cp_length = self.utf16_length = len(text)
            return
        self._astral_cp = array("q", (m.start() for m in _ASTRAL.finditer(text)))
        self._astral_u16 = array("q", (pos + k for k, pos in enumerate(self._astral_cp)))
        self.cp_length = len(text)
        self.utf16_length = len(text) + len(self._astral_cp)

    def to_utf16(self, cp: int) -> int:
        cp = _clamp(cp, self.cp_length)
        return cp + bisect_left(self._astral_cp, cp)

    def to_cp(self, unit: int) -> int:
        """A unit inside a surrogate pair snaps to the start of its character."""
        unit = _clamp(unit, self.utf16_length)
        return unit - bisect_left(self._astral_u16, unit)
