"""The document model: an article's reading text is a sequence of blocks.

The reading text is the title block, then every body block in order, joined by one newline
("\n"). A ``Block`` records its kind and its span in reading-text code points, so search,
highlights, events and script views keep working on the one flat string while the pane and
the outline see structure. Format readers (plain text, Markdown, HTML, EPUB) produce
``SourceBlock`` values; ``assemble`` turns them into the reading text and its block spans.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Iterable


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
