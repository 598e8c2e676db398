"""The extra selections a reading pane paints: highlights, find marks, the flash, text the
cleaner could not repair, anchors shared with the other pane (issue 14: only those near the
screen, so a book with thousands of marks costs no more than an article)."""
from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.ui.i18n import translate
from reader.ui.reading_document import near

#: Highlight colours, chosen to stay readable with dark text in light and dark themes.
HIGHLIGHT_COLORS = {"yellow": "#ffe680", "green": "#b5ecae", "blue": "#b3d4ff",
                    "pink": "#ffc2dc", "purple": "#dcc8ff"}
MARK = "#fff0a0"
CURRENT_MARK = "#ffb347"
FLASH = "#ffd24d"
EVENT_MARK = "#e0803a"
NOTE_MARK = "#4a7fd0"
SUSPECT = "#d0342c"
ANCHOR_MARK = "#3a8f7a"  # shared anchors of parallel reading (issue 17)
SELECTED_OUTLINE = "#1f3f8f"; _U = QTextCharFormat.UnderlineStyle  # (selected, has a note) → underline
_UNDERLINES = {(True, True): _U.SingleUnderline, (True, False): _U.SingleUnderline, (False, True): _U.DotLine, (False, False): _U.NoUnderline}  # noqa: E501


def _selection(pane, start: int, end: int, background: str) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(pane.document())
    qt_start, qt_end = pane.qt_range(start, end)
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(background))
    fmt.setForeground(QColor("#1a1a1a"))
    selection.format = fmt
    return selection


def extra_selections(pane, lo: int, hi: int) -> list[QTextEdit.ExtraSelection]:
    """The pane's marks overlapping the reading-text range [lo, hi], in painting order."""
    selections = []
    for start, end, tip in near(pane._anchor_marks, lo, hi):
        selection = _selection(pane, start, end, "transparent")
        selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        selection.format.setUnderlineColor(QColor(ANCHOR_MARK))
        selection.format.clearForeground()
        selection.format.setToolTip(tip)
        selections.append(selection)
    for start, end in near(pane._suspects, lo, hi):
        selection = _selection(pane, start, end, "transparent")
        selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        selection.format.setUnderlineColor(QColor(SUSPECT))
        selection.format.clearForeground()
        selection.format.setToolTip(translate("reading_pane", "Garbled in the source file (bytes decoded out of "
                                    "step); Reader could not repair it."))
        selections.append(selection)
    for h in near(pane._highlights, lo, hi):
        selection = _selection(pane, h.start, h.end, HIGHLIGHT_COLORS.get(h.color, MARK))
        selection.format.setUnderlineStyle(
            _UNDERLINES[(h.uid == pane._selected_uid, bool(h.note_html))])
        selection.format.setUnderlineColor(QColor(SELECTED_OUTLINE))
        selections.append(selection)
    if pane._flash:
        selections.append(_selection(pane, *pane._flash, FLASH))
    for i, (start, end) in enumerate(pane._marks):
        if end >= lo and start <= hi:
            selections.append(_selection(pane, start, end,
                                         CURRENT_MARK if i == pane._current_mark else MARK))
    return selections
