"""Where extracted blocks sit in the HTML source: an approximate, always valid offset map.

Main-content extraction returns text, not positions. To keep ``Document.raw`` the file as
it is (so ``reader show --raw`` and removed blocks point into it) while every reading
position still maps to the source, each block's text is looked up in the page's visible
text (tags dropped, entities decoded, white space collapsed). A block found verbatim in the
source maps character by character; any other block maps as one replaced span (positions
inside snap to its edges); a block that cannot be found joins the span before it. The
newline between two blocks maps to the character just before the next block.
"""
from __future__ import annotations

import html
import re
from array import array

from reader.core.text.blocks import SourceBlock
from reader.core.text.offsets import OffsetMap

_TOKEN = re.compile(r"<!--.*?(?:-->|$)|<(script|style|noscript|template)\b.*?(?:</\1\s*>|$)|"
                    r"<[!?/]?[a-zA-Z][^>]*>?|<!\[CDATA\[.*?(?:\]\]>|$)",
                    re.DOTALL | re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_WORD_OR_SPACE = re.compile(r"\s+|\S+")
_PROBE = 24  # characters of a block's start and end looked up when the whole is not found


class VisibleText:
    """The visible characters of an HTML source with the source offset of each one."""

    def __init__(self, source: str):
        chars: list[str] = []
        positions = array("q")
        last_space = True
        cursor = 0
        for match in _TOKEN.finditer(source):
            last_space = self._add_text(source, cursor, match.start(), chars, positions,
                                        last_space)
            cursor = match.end()
        self._add_text(source, cursor, len(source), chars, positions, last_space)
        self.text = "".join(chars)
        self.positions = positions
        self.source_length = len(source)

    @staticmethod
    def _add_text(source, start, end, chars, positions, last_space) -> bool:
        if start >= end:
            return last_space
        run = source[start:end]
        decoded = html.unescape(run) if "&" in run else run
        exact = decoded == run
        if exact:  # the common case, a word or a white-space run at a time
            for match in _WORD_OR_SPACE.finditer(run):
                if match.group()[0].isspace():
                    if not last_space:
                        chars.append(" ")
                        positions.append(start + match.start())
                        last_space = True
                    continue
                chars.append(match.group())
                positions.extend(range(start + match.start(), start + match.end()))
                last_space = False
            return last_space
        for i, ch in enumerate(decoded):
            if ch.isspace():
                if last_space:
                    continue
                ch = " "
                last_space = True
            else:
                last_space = False
            chars.append(ch)
            positions.append(start + (i if exact else min(i, len(run) - 1)))
        return last_space

    def locate(self, text: str, cursor: int) -> tuple[int, int, int] | None:
        """(source_start, source_end, next visible cursor) of ``text`` at or after ``cursor``."""
        needle = _SPACE.sub(" ", text).strip()
        if not needle:
            return None
        found = self.text.find(needle, cursor)
        if found >= 0:
            end = found + len(needle)
            return self.positions[found], self.positions[end - 1] + 1, end
        head, tail = needle[:_PROBE], needle[-_PROBE:]
        start = self.text.find(head, cursor)
        if start < 0:
            return None
        end = self.text.find(tail, start + len(head))
        if end < 0:
            return self.positions[start], self.positions[start + len(head) - 1] + 1, \
                start + len(head)
        end += len(tail)
        return self.positions[start], self.positions[end - 1] + 1, end


def source_map(source: str, blocks: list[SourceBlock]) -> OffsetMap:
    """Map from the HTML ``source`` to ``assemble(blocks)`` text (non-empty blocks)."""
    visible = VisibleText(source)
    mapping = OffsetMap()
    source_done = 0   # source characters already mapped
    cursor = 0        # visible-text search position
    first = True
    for block in blocks:
        if not block.text:
            continue
        located = visible.locate(block.text, cursor)
        if located is not None and located[0] >= source_done + (0 if first else 1):
            start, end, cursor = located
            if not first:
                # Everything up to the block joins the previous span; the character just
                # before the block stands for the newline that separates them.
                mapping.add_replaced(start - 1 - source_done, 0)
                mapping.add_equal(1)
            else:
                mapping.add_replaced(start - source_done, 0)
            if source[start:end] == block.text:
                mapping.add_equal(len(block.text))
            else:
                mapping.add_replaced(end - start, len(block.text))
            source_done = end
        else:
            mapping.add_replaced(0, len(block.text) + (0 if first else 1))
        first = False
    mapping.add_replaced(len(source) - source_done, 0)
    return mapping


def locate_text(visible: VisibleText, text: str, cursor: int = 0) -> tuple[int, int]:
    """Approximate source span of a text (an empty span at ``0`` when it cannot be found)."""
    located = visible.locate(text, cursor)
    if located is None:
        return 0, 0
    return located[0], located[1]
