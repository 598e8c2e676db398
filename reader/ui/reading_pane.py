"""A reading pane: one article in one script view, keeping its place when toggled.

Positions inside the pane are converted at this edge: Qt counts UTF-16 units, the core
counts code points of the reading text (via the view's offset map).
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextBrowser

from reader.core.offsets import Utf16Index
from reader.core.script import Script, ScriptView
from reader.ui.fonts import reading_font

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
        self.article_id = article_id
        self._view = view
        self._utf16 = Utf16Index(view.text)
        self.setPlainText(view.text)
        self._apply_paragraph_format()
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

    def clear_article(self) -> None:
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
