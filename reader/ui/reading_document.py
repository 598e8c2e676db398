"""Building a reading pane's QTextDocument without laying it out twice (issue 14).

Styling a document a widget already shows makes Qt lay the whole text out again for every
change (a 5 MB novel: seconds). Here the text and its formats go into a fresh document no
layout watches yet; the pane then adopts it, and Qt lays out a newly set document lazily —
the first screen at once, the rest in small steps between events, as for a plain
``setPlainText``. Formats only, never characters: every offset stays exact.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit
from shiboken6 import isValid

from reader.ui.block_format import format_blocks


def paragraph_format(line_height_percent: int, spacing: int, justify: bool) -> QTextBlockFormat:
    """Line height and paragraph spacing for long reading."""
    block_format = QTextBlockFormat()
    block_format.setLineHeight(line_height_percent,
                               QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    block_format.setBottomMargin(spacing)
    block_format.setAlignment(Qt.AlignmentFlag.AlignJustify if justify
                              else Qt.AlignmentFlag.AlignLeft)
    return block_format


def build_document(edit: QTextEdit, text: str, block_format: QTextBlockFormat,
                   blocks: Sequence, to_qt: Callable[[int], int]) -> QTextDocument:
    """A new document holding ``text`` styled like ``edit``'s current one, not yet shown."""
    current = edit.document()
    document = QTextDocument(edit)
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(edit.font())
    document.setDefaultTextOption(current.defaultTextOption())
    document.setDefaultStyleSheet(current.defaultStyleSheet())
    document.setDocumentMargin(current.documentMargin())
    document.setTextWidth(current.textWidth())  # the wrap width the widget set
    document.setPlainText(text)
    # After the text: setPlainText makes a new root frame (typography's side margins).
    document.rootFrame().setFrameFormat(current.rootFrame().frameFormat())
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(block_format)
    format_blocks(document, blocks, to_qt)  # title, headings… (issue 12)
    return document


def adopt(edit: QTextEdit, document: QTextDocument) -> None:
    """Show ``document`` in ``edit``; the document it replaces goes if the edit made it."""
    previous = edit.document()
    wrap = edit.wordWrapMode()
    edit.setExtraSelections([])  # their cursors belong to the old document
    edit.setDocument(document)
    edit.setWordWrapMode(wrap)  # kept by the widget, applied to its document
    # Qt deletes a document its text control made; one made here is ours to drop.
    if previous is not document and isValid(previous) and previous.parent() is edit:
        previous.deleteLater()


#: Extra selections are placed this many characters either side of the top of the pane.
NEAR_SCREEN = 20_000


def near(items, low: int, high: int) -> list:
    """The spans (tuples or objects with start/end) that overlap [low, high]."""
    def span(item):
        return (item.start, item.end) if hasattr(item, "start") else (item[0], item[1])
    return [item for item in items if span(item)[1] >= low and span(item)[0] <= high]


def scroll_to_position(edit: QTextEdit, position: int, pixel_offset: int = 0) -> None:
    """Put the line holding a Qt position at the top of ``edit`` (less ``pixel_offset``).

    Qt lays a newly set document out lazily: the text up to the position is laid out here,
    and the scroll range stretched to it, before the lazy layout has got there."""
    document = edit.document()
    position = max(0, min(position, document.characterCount() - 1))
    document.documentLayout().blockBoundingRect(document.findBlock(position))  # lays out to it
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    bar = edit.verticalScrollBar()
    target = bar.value() + edit.cursorRect(cursor).top() - pixel_offset
    if target > bar.maximum():  # the scroll range catches up as the lazy layout goes on
        bar.setMaximum(target)
    bar.setValue(target)
