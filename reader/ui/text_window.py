"""The slice of a long text a reading pane's document holds (issue 14).

Qt lays a QTextDocument out on the GUI thread and keeps ~60–80 bytes per laid-out character:
a whole 1.3 M-character novel cost ~100 MB and every zoom or script toggle re-laid it all
out (0.2–0.9 s frozen). Above ``WINDOW_THRESHOLD`` characters the pane's document holds only
a window of the view text — whole lines around the reading position — and the pane moves the
window when the reader comes near one of its edges.

The window is explicit in the pane's offset map: ``qt_base`` UTF-16 units of the view text
lie before the document's first character, so every offset the pane reports or takes stays
an exact code point of the whole reading text. Short texts get the whole text as their
window (``whole``) and behave as before.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

#: View texts longer than this (code points) are shown through a window.
WINDOW_THRESHOLD = 200_000
#: The window reaches about this far before and after the position it is made around.
BEFORE = 12_000
AFTER = 32_000
#: The window moves when the top of the pane comes this close to one of its cut edges.
EDGE = 5_000
#: Marks (highlights, find matches…) are placed this far either side of the top.
NEAR_WINDOW = 4_000


@dataclass(frozen=True)
class TextWindow:
    start: int          # view-text code points held by the document: [start, end)
    end: int
    qt_base: int        # UTF-16 units of the view text before ``start``
    qt_length: int      # UTF-16 units of the window
    reading_start: int  # the reading-text range the window shows
    reading_end: int
    first_line: int     # line (paragraph) number of the window's first line in the text
    line_count: int     # lines in the whole text
    text_length: int    # code points of the whole view text

    @property
    def whole(self) -> bool:
        return self.start == 0 and self.end == self.text_length

    def holds(self, reading_offset: int) -> bool:
        """Is the reading offset inside the window and clear of the edges it moves at?"""
        low = self.reading_start + (EDGE if self.start > 0 else 0)
        high = self.reading_end - (EDGE if self.end < self.text_length else 0)
        return low <= reading_offset <= high

    def near_edge(self, view_offset: int) -> bool:
        """Has the top of the pane (a view offset) come close to an edge that can move?"""
        return (self.start > 0 and view_offset - self.start < EDGE) or \
            (self.end < self.text_length and self.end - view_offset < EDGE)


def window_around(view, utf16, reading_offset: int) -> TextWindow:
    """The window of ``view`` (a ScriptView) around a reading offset; the whole text when
    it is short. ``utf16`` is the view text's Utf16Index."""
    text, mapping = view.text, view.from_reading
    length = len(text)
    if length <= WINDOW_THRESHOLD:
        start, end = 0, length
    else:
        center = mapping.to_target(max(0, reading_offset))
        start = _line_start(text, center - BEFORE)
        end = _line_end(text, center + AFTER)
    qt_base = utf16.to_utf16(start)
    line_ends = view.line_ends
    return TextWindow(start, end, qt_base, utf16.to_utf16(end) - qt_base,
                      mapping.to_source(start) if start else 0,
                      mapping.to_source(end) if end < length else mapping.source_length,
                      bisect_left(line_ends, start), len(line_ends) + 1, length)


def _line_start(text: str, position: int) -> int:
    if position <= 0:
        return 0
    start = text.rfind("\n", 0, position) + 1
    return start if position - start <= BEFORE else position  # one huge paragraph: cut it


def _line_end(text: str, position: int) -> int:
    if position >= len(text):
        return len(text)
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    return end if end - position <= AFTER else position
