"""Where extracted blocks sit in the HTML source (the map itself is built by
``library.webpage.web_layout``).

Main-content extraction returns text, not positions. To keep ``Document.raw`` the file as
it is (so ``reader show --raw`` and removed blocks point into it) while every reading
position still maps to the source, each block's text is looked up in the page's visible
text (tags dropped, entities decoded, white space collapsed) to find its source span;
inside it, characters found in order map one to one and the markup between them is a
replaced segment; a block that cannot be found has no source counterpart.
"""
from __future__ import annotations

import html
import re
from array import array

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

    def locate(self, text: str, cursor: int, limit: int | None = None
               ) -> tuple[int, int, int] | None:
        """(source_start, source_end, next visible cursor) of ``text`` at or after ``cursor``
        (and, with ``limit``, starting within that many characters of it: a bounded search
        keeps a page of many unmatched blocks linear)."""
        needle = _SPACE.sub(" ", text).strip()
        if not needle:
            return None
        bound = len(self.text) if limit is None else min(len(self.text),
                                                         cursor + limit + len(needle))
        found = self.text.find(needle, cursor, bound)
        if found >= 0:
            end = found + len(needle)
            return self.positions[found], self.positions[end - 1] + 1, end
        head, tail = needle[:_PROBE], needle[-_PROBE:]
        start = self.text.find(head, cursor, bound)
        if start < 0:
            return None
        end = self.text.find(tail, start + len(head), start + 2 * len(needle) + 200)
        if end < 0:
            return self.positions[start], self.positions[start + len(head) - 1] + 1, \
                start + len(head)
        end += len(tail)
        return self.positions[start], self.positions[end - 1] + 1, end


def locate_text(visible: VisibleText, text: str, cursor: int = 0,
                limit: int | None = None) -> tuple[int, int, int]:
    """Approximate source span of a text and the next visible cursor (an empty span at
    ``0``, the cursor unchanged, when it cannot be found)."""
    located = visible.locate(text, cursor, limit)
    if located is None:
        return 0, 0, cursor
    return located
