"""A reading pane: one article in one script view, keeping its place when toggled.

Positions inside the pane are converted at this edge: Qt counts UTF-16 units, the core
counts code points of the reading text (via the view's offset map).
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextOption)
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from reader.core.offsets import Utf16Index
from reader.core.script import Script, ScriptView
from reader.ui.fonts import reading_font

MARK = "#fff0a0"
CURRENT_MARK = "#ffb347"
LINE_HEIGHT_PERCENT = 150
PARAGRAPH_SPACING = 6


class ReadingPane(QTextBrowser):
    """Read-only text view of a ScriptView."""

    positionChanged = Signal(int)  # reading-text offset at the top of the pane

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFont(reading_font())
        self.document().setDocumentMargin(24)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setPlaceholderText("Choose an article from the library.")
        self.article_id: str | None = None
        self._marks: list[tuple[int, int]] = []  # reading-text spans (search matches)
        self._current_mark = -1
        self._view: ScriptView | None = None
        self._utf16: Utf16Index | None = None
        self.verticalScrollBar().valueChanged.connect(self._emit_position)

    # -- content ------------------------------------------------------------------------
    @property
    def view(self) -> ScriptView | None:
        return self._view

    @property
    def script(self) -> Script | None:
        return self._view.script if self._view else None

    def show_view(self, article_id: str, view: ScriptView, reading_offset: int | None = None,
                  keep_position: bool = False) -> None:
        """Show a view; ``keep_position`` keeps the text at the top of the pane in place."""
        top_pixel_offset = 0
        if keep_position and self._view is not None and article_id == self.article_id:
            reading_offset, top_pixel_offset = self._top_anchor()
        if article_id != self.article_id:
            self._marks, self._current_mark = [], -1
        self.article_id = article_id
        self._view = view
        self._utf16 = Utf16Index(view.text)
        self.setPlainText(view.text)
        self._apply_paragraph_format()
        self._apply_marks()
        if reading_offset:
            self.scroll_to_reading_offset(reading_offset, top_pixel_offset)
        else:
            self.verticalScrollBar().setValue(0)
        self._emit_position()

    def _apply_paragraph_format(self) -> None:
        """Line height and paragraph spacing for long reading (one pass over the document)."""
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(LINE_HEIGHT_PERCENT,
                                   QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block_format.setBottomMargin(PARAGRAPH_SPACING)
        cursor.mergeBlockFormat(block_format)

    # -- search marks ---------------------------------------------------------------------
    @property
    def marks(self) -> list[tuple[int, int]]:
        return list(self._marks)

    @property
    def current_mark(self) -> int:
        return self._current_mark

    def set_marks(self, spans: list[tuple[int, int]], current: int = 0) -> None:
        """Mark every span (reading-text offsets) and scroll to the current one."""
        self._marks = sorted(spans)
        self._current_mark = min(current, len(self._marks) - 1) if self._marks else -1
        self._apply_marks()
        self._reveal_current()

    def step_mark(self, step: int) -> None:
        if not self._marks:
            return
        self._current_mark = (self._current_mark + step) % len(self._marks)
        self._apply_marks()
        self._reveal_current()

    def _qt_range(self, start: int, end: int) -> tuple[int, int]:
        view_start, view_end = self._view.from_reading.range_to_target(start, end)
        return self._utf16.to_utf16(view_start), self._utf16.to_utf16(view_end)

    def _apply_marks(self) -> None:
        selections = []
        if self._view is not None:
            for i, (start, end) in enumerate(self._marks):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                qt_start, qt_end = self._qt_range(start, end)
                cursor.setPosition(qt_start)
                cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(CURRENT_MARK if i == self._current_mark else MARK))
                fmt.setForeground(QColor("#000000"))
                selection.format = fmt
                selections.append(selection)
        self.setExtraSelections(selections)

    def _reveal_current(self) -> None:
        if self._view is None or self._current_mark < 0:
            return
        start, end = self._marks[self._current_mark]
        qt_start, qt_end = self._qt_range(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        rect = self.cursorRect(cursor)
        viewport = self.viewport().rect()
        if not viewport.adjusted(0, 20, 0, -20).contains(rect):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - viewport.height() // 3)

    def clear_article(self) -> None:
        self._marks, self._current_mark = [], -1
        self.article_id = None
        self._view = None
        self._utf16 = None
        self.clear()

    # -- positions -------------------------------------------------------------------------
    def to_qt(self, reading_offset: int) -> int:
        """Reading-text code point → UTF-16 position in this pane's document."""
        assert self._view is not None and self._utf16 is not None
        return self._utf16.to_utf16(self._view.from_reading.to_target(reading_offset))

    def from_qt(self, qt_position: int) -> int:
        """UTF-16 position in this pane's document → reading-text code point."""
        assert self._view is not None and self._utf16 is not None
        return self._view.from_reading.to_source(self._utf16.to_cp(qt_position))

    def top_reading_offset(self) -> int:
        return self._top_anchor()[0] if self._view else 0

    def _top_anchor(self) -> tuple[int, int]:
        cursor = self.cursorForPosition(QPoint(4, 4))
        rect = self.cursorRect(cursor)
        return self.from_qt(cursor.position()), rect.top()

    def scroll_to_reading_offset(self, reading_offset: int, pixel_offset: int = 0) -> None:
        if self._view is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.to_qt(reading_offset), self.document().characterCount() - 1))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - pixel_offset)

    def position_percent(self) -> int:
        bar = self.verticalScrollBar()
        if bar.maximum() <= 0:
            return 100 if self._view else 0
        return round(100 * bar.value() / bar.maximum())

    def _emit_position(self, *_args) -> None:
        if self._view is not None:
            self.positionChanged.emit(self.top_reading_offset())

    # -- zoom ---------------------------------------------------------------------------------
    def set_point_size(self, size: float) -> None:
        anchor = self._top_anchor() if self._view else None
        font = QFont(self.font())
        font.setPointSizeF(size)
        self.setFont(font)
        if anchor:
            self.scroll_to_reading_offset(*anchor)

    def keyPressEvent(self, event) -> None:
        # Space pages down like in other readers.
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.verticalScrollBar().triggerAction(
                self.verticalScrollBar().SliderAction.SliderPageStepAdd)
            return
        super().keyPressEvent(event)
