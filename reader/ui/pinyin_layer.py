"""Pinyin above the characters of a reading pane, without touching its document.

Qt's rich text has no ruby, and inserting pinyin into the text would move every offset.
Instead the pane's lines get more spacing (Qt adds a proportional line height's extra space
below each line, so every line has a free band above its glyphs; the document margin gives
the first one) and the pinyin is painted into that band after Qt has painted the text: one
syllable centred over each Han character's box, squeezed horizontally when it is wider. The
text, its offsets, highlights, find marks and hit-testing stay exactly as without pinyin.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QTextLine
from PySide6.QtWidgets import QTextEdit

from reader.core.library.facade import pinyin_readings as readings

#: Line height with pinyin on: the usual 150 % plus a band of ~0.8 line for the syllables.
LINE_HEIGHT_PERCENT = 235
PINYIN_SCALE = 0.55    # pinyin point size / reading point size
NARROWEST = 0.55       # never squeeze a syllable below this share of its width
#: Longer paragraphs are read line by line (with context around each line), so a huge
#: paragraph costs no more than its visible lines.
WHOLE_BLOCK = 2000
CONTEXT = 8
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class PinyinLayer:
    """Paints pinyin above a QTextEdit's characters (see the module doc)."""

    line_height_percent = LINE_HEIGHT_PERCENT

    def font_for(self, edit: QTextEdit) -> QFont:
        font = QFont(edit.font())
        font.setPointSizeF(max(5.0, font.pointSizeF() * PINYIN_SCALE))
        font.setFamilies(["DejaVu Sans", "Noto Sans", "Liberation Sans"]
                         + list(edit.font().families()))
        return font

    def syllables(self, edit: QTextEdit) -> list[tuple[str, float, float, float]]:
        """(syllable, left, right, baseline) in viewport coordinates for the visible lines:
        what ``paint`` draws (tests read it too)."""
        metrics = QFontMetricsF(self.font_for(edit))
        dx = -edit.horizontalScrollBar().value()
        dy = -edit.verticalScrollBar().value()
        height = edit.viewport().height()
        document_layout = edit.document().documentLayout()
        block = edit.cursorForPosition(QPoint(0, 0)).block()
        if block.previous().isValid():
            block = block.previous()  # its last line's band may reach into view
        placed = []
        while block.isValid():
            if document_layout.blockBoundingRect(block).top() + dy > height:
                break
            text = block.text()
            layout = block.layout()
            origin = layout.position()
            to_cp = _code_points(text)
            whole = readings(text) if len(text) <= WHOLE_BLOCK else None
            for line_number in range(layout.lineCount()):
                line: QTextLine = layout.lineAt(line_number)
                top = origin.y() + line.y() + dy
                if not -metrics.height() < top < height + metrics.height():
                    continue
                first = to_cp(line.textStart())
                last = to_cp(line.textStart() + line.textLength())
                if whole is not None:
                    line_readings = whole[first:last]
                else:  # a long paragraph: this line with a little context either side
                    begin = max(0, first - CONTEXT)
                    line_readings = readings(text[begin:last + CONTEXT])[first - begin:
                                                                          last - begin]
                unit = line.textStart()
                for offset, syllable in enumerate(line_readings):
                    width = 2 if ord(text[first + offset]) > 0xFFFF else 1
                    if syllable:
                        left = line.cursorToX(unit)[0]
                        right = line.cursorToX(unit + width)[0]
                        placed.append((syllable, origin.x() + min(left, right) + dx,
                                       origin.x() + max(left, right) + dx,
                                       top - metrics.descent() - 1))
                    unit += width
            block = block.next()
        return placed

    def paint(self, edit: QTextEdit) -> None:
        font = self.font_for(edit)
        metrics = QFontMetricsF(font)
        color = QColor(edit.palette().color(QPalette.ColorRole.Text))
        color.setAlpha(185)
        painter = QPainter(edit.viewport())
        painter.setFont(font)
        painter.setPen(color)
        for syllable, left, right, baseline in self.syllables(edit):
            width = metrics.horizontalAdvance(syllable)
            cell = max(1.0, right - left - 2)  # a hair of space between syllables
            squeeze = max(NARROWEST, min(1.0, cell / width)) if width else 1.0
            painter.save()
            painter.translate(QPointF((left + right) / 2, baseline))
            painter.scale(squeeze, 1.0)
            painter.drawText(QPointF(-width / 2, 0), syllable)
            painter.restore()
        painter.end()


def _code_points(text: str):
    """UTF-16 position in ``text`` → code point index (identity without astral characters)."""
    if not _ASTRAL.search(text):
        return lambda unit: unit
    starts, position = [], 0
    for ch in text:
        starts.append(position)
        position += 2 if ord(ch) > 0xFFFF else 1
    starts.append(position)
    return lambda unit: bisect_left(starts, unit)
