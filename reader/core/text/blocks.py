"""The document model: an article's reading text is a sequence of blocks.

The reading text is the title block, then every body block in order, joined by one newline
("\n"). A ``Block`` records its kind and its span in reading-text code points, so search,
highlights, events and script views keep working on the one flat string while the pane and
the outline see structure. Format readers (plain text, Markdown, HTML, EPUB) produce
``SourceBlock`` values; ``assemble`` turns them into the reading text and its block spans.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable, Sequence, overload


class BlockKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    CAPTION = "caption"


@dataclass(frozen=True, slots=True)  # slots: a novel has ~27K blocks (~100 bytes each saved)
class Block:
    """One block of the reading text: ``text[start:end]`` (code points, end exclusive)."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0  # heading level (1 = top); list nesting depth for list items

    def to_json(self, text: str) -> dict:
        data = {"kind": str(self.kind), "start": self.start, "end": self.end,
                "text": text[self.start:self.end]}
        if self.kind is BlockKind.HEADING or self.level:
            data["level"] = self.level
        return data


_KINDS = tuple(BlockKind)
_KIND_CODES = {kind: code for code, kind in enumerate(_KINDS)}


class BlockSpans(Sequence[Block]):
    """An article's blocks as parallel machine-integer arrays (kind, start, end, level).

    A novel has ~27K blocks: as ``Block`` objects they and their offsets were ~80K small
    Python objects that outlived the cleaning pass, scattered across the heap's arenas and
    pinning them (issue 14). Here they are four arrays (19 bytes a block); a ``Block`` is
    made only when one is asked for. Blocks are in reading order (``assemble``)."""

    __slots__ = ("_kinds", "_starts", "_ends", "_levels")

    def __init__(self, blocks: Iterable[Block] = ()):
        self._kinds, self._levels = bytearray(), array("h")
        self._starts, self._ends = array("q"), array("q")
        for block in blocks:
            self._kinds.append(_KIND_CODES[block.kind])
            self._starts.append(block.start)
            self._ends.append(block.end)
            self._levels.append(block.level)

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> Block: ...
    @overload
    def __getitem__(self, index: slice) -> "BlockSpans": ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            part = BlockSpans()
            part._kinds, part._levels = self._kinds[index], self._levels[index]
            part._starts, part._ends = self._starts[index], self._ends[index]
            return part
        return Block(_KINDS[self._kinds[index]], self._starts[index], self._ends[index],
                     self._levels[index])

    def __iter__(self):
        for kind, start, end, level in zip(self._kinds, self._starts, self._ends,
                                           self._levels):
            yield Block(_KINDS[kind], start, end, level)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, BlockSpans):
            return (self._kinds, self._starts, self._ends, self._levels) == \
                (other._kinds, other._starts, other._ends, other._levels)
        if isinstance(other, (tuple, list)):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash((bytes(self._kinds), self._starts.tobytes(), self._ends.tobytes(),
                     self._levels.tobytes()))

    def __repr__(self) -> str:
        return f"BlockSpans({list(self)!r})"

    def __getstate__(self):
        return self._kinds, self._starts, self._ends, self._levels

    def __setstate__(self, state) -> None:
        self._kinds, self._starts, self._ends, self._levels = state


def of_kinds(blocks: Sequence[Block], kinds: Iterable[BlockKind]) -> list[Block]:
    """The blocks of these kinds (an outline's title and headings): in a book's
    ``BlockSpans`` found by one scan of its kind codes, without making a ``Block`` for each
    of its ~27K paragraphs (that cost an open ~0.1 s on a loaded machine)."""
    kinds = set(kinds)
    if not isinstance(blocks, BlockSpans):
        return [block for block in blocks if block.kind in kinds]
    if not kinds:
        return []
    codes = re.compile(b"[" + b"".join(re.escape(bytes([_KIND_CODES[k]])) for k in kinds)
                       + b"]")
    return [blocks[match.start()] for match in codes.finditer(blocks._kinds)]


def starting_within(blocks: Sequence[Block], low: int, high: int) -> Sequence[Block]:
    """The blocks that start in [low, high) — found by bisection, so a book's window costs
    a few blocks made, not one per paragraph of the book."""
    first = bisect_left(blocks, low, key=_start)
    return blocks[first:bisect_left(blocks, high, lo=first, key=_start)]


def _start(block: Block) -> int:
    return block.start


@dataclass(frozen=True)
class SourceBlock:
    """A block as a format reader found it, before the reading text exists."""

    kind: BlockKind
    text: str
    level: int = 0


@dataclass(frozen=True)
class RemovedBlock:
    """Text kept out of the body (page chrome, comments, credits): never deleted, reported.
    ``raw_start``/``raw_end`` are code points of the decoded file text (``Document.raw``)."""

    kind: str     # chrome, comment, credit, byline, duplicate, ...
    reason: str
    raw_start: int
    raw_end: int
    text: str

    def to_json(self) -> dict:
        return {"kind": self.kind, "reason": self.reason, "raw_start": self.raw_start,
                "raw_end": self.raw_end, "text": self.text}


def assemble(blocks: Iterable[SourceBlock]) -> tuple[str, list[Block]]:
    """Reading text and block spans from source blocks (empty blocks are skipped)."""
    parts: list[str] = []
    spans: list[Block] = []
    position = 0
    for source in blocks:
        if not source.text:
            continue
        if parts:
            position += 1  # the newline between blocks
        spans.append(Block(source.kind, position, position + len(source.text), source.level))
        parts.append(source.text)
        position += len(source.text)
    return "\n".join(parts), spans
