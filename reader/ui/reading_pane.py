"""A reading pane: one article in one script view, keeping its place when toggled.

Positions inside the pane are converted at this edge: Qt counts UTF-16 units, the core
counts code points of the reading text (via the view's offset map).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QTextCursor, QTextOption
from PySide6.QtWidgets import QMenu, QTextBrowser, QToolTip

from reader.core.library.facade import Utf16Index
from reader.core.library.facade import Script, ScriptView
from reader.core.models import BlockSpans, starting_within
from reader.ui.fonts import reading_font
# The colours live with the selections; imported from here by panels and tests.
from reader.ui.pane_selections import (CURRENT_MARK, EVENT_MARK, FLASH,  # noqa: F401
                                       HIGHLIGHT_COLORS, MARK, NOTE_MARK, extra_selections)
from reader.ui.reading_document import (NEAR_SCREEN, adopt, build_document, paragraph_format,
                                       scroll_to_position)
from reader.ui.core_messages import highlight_menu_text
from reader.ui.text_window import NEAR_WINDOW, TextWindow, window_around
from reader.ui.book_scrollbar import BookScrollBar
from reader.ui.window_selection import WindowSelection
from reader.ui.i18n import translate
from reader.ui.models import ARTICLE_MIME  # noqa: F401 (dropped from the library list)

LINE_HEIGHT_PERCENT = 150
PARAGRAPH_SPACING = 6


@dataclass(frozen=True)
class PaneHighlight:
    uid: str
    start: int   # reading-text offsets
    end: int
    color: str
    note_html: str = ""


class ReadingPane(QTextBrowser):
    """Read-only text view of a ScriptView, with highlights and search marks."""

    positionChanged = Signal(int)           # reading-text offset at the top of the pane
    highlightClicked = Signal(str)          # uid
    highlightRequested = Signal(str)        # colour, for the current selection
    noteRequested = Signal()                # add/edit a note on the selection or highlight
    articleDropped = Signal(str)            # an article id dragged from the library
    focused = Signal()
    menuAboutToShow = Signal(object, object)  # wiring (issue 20): (QMenu, click QPoint)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setFont(reading_font())
        self.document().setDocumentMargin(28)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setPlaceholderText(translate("reading_pane", "No article.\nOpen one from the library, or drop one here."))
        self.setAccessibleName("Reading text")
        self.setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.article_id: str | None = None
        self._marks: list[tuple[int, int]] = []  # reading-text spans (search matches)
        self._current_mark = -1
        self._highlights: list[PaneHighlight] = []
        self._flash: tuple[int, int] | None = None
        self._selected_uid: str | None = None
        self._event_marks: list[int] = []  # reading offsets of event sentences
        self._suspects: list[tuple[int, int]] = []  # unrepaired mojibake
        self._anchor_marks: list[tuple[int, int, str]] = []  # (start, end, tooltip), issue 17
        self._view: ScriptView | None = None
        self._selected_range = (0, 0)  # reading offsets the extra selections cover
        self._rebuilding = False  # the document is being replaced: no position to report
        self._utf16: Utf16Index | None = None
        self._window: TextWindow | None = None  # the slice of the view text shown (issue 14)
        self._window_move_pending = False
        self.interlinear = None  # wiring (issue 20): a PinyinLayer painting above the lines
        self.paragraph_style = (LINE_HEIGHT_PERCENT, PARAGRAPH_SPACING, False)
        self.blocks: tuple = ()  # the article's document blocks, styled (issue 12)
        self.verticalScrollBar().valueChanged.connect(self._emit_position)
        # A long text's window (issue 14): a bar over the whole book, a selection beyond it.
        self.book_bar = BookScrollBar(self)
        self.book_selection = WindowSelection(self)

    # -- content ------------------------------------------------------------------------
    @property
    def view(self) -> ScriptView | None:
        return self._view

    @property
    def script(self) -> Script | None:
        return self._view.script if self._view else None

    def show_view(self, article_id: str, view: ScriptView, reading_offset: int | None = None,
                  keep_position: bool = False, blocks: tuple | None = None) -> None:
        """Show a view; ``keep_position`` keeps the text at the top of the pane in place."""
        top_pixel_offset = 0
        if keep_position and self._view is not None and article_id == self.article_id:
            reading_offset, top_pixel_offset = self._top_anchor()
        if article_id != self.article_id:
            self._marks, self._current_mark, self._flash = [], -1, None
            self._highlights, self._event_marks, self._suspects = [], [], []
            self.blocks = ()
            self._anchor_marks = []
        # kept as given: a book's blocks are arrays (BlockSpans), not 27K objects (issue 14)
        self.blocks = self.blocks if blocks is None else \
            blocks if isinstance(blocks, (tuple, BlockSpans)) else tuple(blocks)
        self.article_id = article_id
        self._view = view
        self._utf16 = view.utf16_index
        self._window = window_around(view, self._utf16, reading_offset or 0)
        self.book_bar.follow_window()
        self._apply_paragraph_format(reading_offset or 0)
        if reading_offset:
            self.scroll_to_reading_offset(reading_offset, top_pixel_offset)
        else:
            self.verticalScrollBar().setValue(0)
        self._emit_position()

    def _apply_paragraph_format(self, top: int | None = None) -> None:
        """Text, line height, paragraph spacing and block styles in a new document the pane
        then adopts: one lazy layout, however long the text (issue 14)."""
        percent = self.interlinear.line_height_percent if self.interlinear \
            else self.paragraph_style[0]  # pinyin needs room (issue 20); typography (19)
        block_format = paragraph_format(percent, *self.paragraph_style[1:])
        window, blocks, text = self._window, self.blocks, ""
        if self._view is not None:
            text = self._view.text[window.start:window.end]
            if not window.whole:
                blocks = starting_within(blocks, window.reading_start, window.reading_end)
        with self.book_selection.kept():  # shown again in the new document
            adopt(self, build_document(self, text, block_format, blocks, self.to_qt))
        self._apply_selections(top)  # their cursors went with the old document

    def set_interlinear(self, layer) -> None:  # wiring (issue 20)
        """Turn a layer painted above the lines (pinyin) on or off; the text stays put."""
        anchor = self._top_anchor() if self._view else None
        self.interlinear = layer
        self._apply_paragraph_format(anchor[0] if anchor else None)
        if anchor:
            self.scroll_to_reading_offset(*anchor)
        self.viewport().update()

    def set_paragraph_style(self, line_height: int, spacing: int, justify: bool) -> None:
        if (line_height, spacing, justify) == self.paragraph_style:
            return  # unchanged: no new layout (typography re-applies on every script toggle)
        self.paragraph_style = (line_height, spacing, justify)  # typography (issue 19)
        if self._view is not None:
            self._apply_paragraph_format()

    def clear_article(self) -> None:
        self._marks, self._current_mark, self._highlights, self._flash = [], -1, [], None
        self._anchor_marks = []
        self.article_id = None
        self._view = None
        self._utf16 = None
        self._window = None
        self.blocks = ()
        self.book_bar.follow_window()
        self.clear()

    # -- positions -------------------------------------------------------------------------
    def to_qt(self, reading_offset: int) -> int:
        """Reading-text code point → UTF-16 position in this pane's document (a long text's
        window holds part of it: offsets outside it clamp to its edges)."""
        assert self._view is not None and self._utf16 is not None
        return self._local(self._utf16.to_utf16(self._view.from_reading.to_target(reading_offset)))

    def from_qt(self, qt_position: int) -> int:
        """UTF-16 position in this pane's document → reading-text code point."""
        assert self._view is not None and self._utf16 is not None
        return self._view.from_reading.to_source(self._view_offset(qt_position))

    def qt_range(self, start: int, end: int) -> tuple[int, int]:
        """Reading-text range → UTF-16 range (phrase segments snap outwards)."""
        view_start, view_end = self._view.from_reading.range_to_target(start, end)
        return self._local(self._utf16.to_utf16(view_start)), \
            self._local(self._utf16.to_utf16(view_end))

    def _local(self, unit: int) -> int:
        """A UTF-16 position in the whole view text → one in the window's document."""
        window = self._window
        return min(max(unit - window.qt_base, 0), window.qt_length)

    def _view_offset(self, qt_position: int) -> int:
        """A UTF-16 position in the document → a code point of the whole view text."""
        return self._utf16.to_cp(qt_position + self._window.qt_base)

    @property
    def window(self) -> TextWindow | None:
        return self._window

    def in_window(self, reading_offset: int) -> bool:
        window = self._window
        return window is not None and window.reading_start <= reading_offset <= window.reading_end

    def _ensure_window(self, reading_offset: int) -> None:
        """Move a long text's window so that it holds the offset clear of its edges."""
        window = self._window
        if window is None or window.whole or window.holds(reading_offset):
            return
        self._move_window(reading_offset)

    def _move_window(self, reading_offset: int) -> None:
        self._rebuilding = True  # the selection, in book code points, is shown again
        try:
            self._window = window_around(self._view, self._utf16, reading_offset)
            self._apply_paragraph_format(reading_offset)
        finally:
            self._rebuilding = False

    @property
    def rebuilding(self) -> bool:
        return self._rebuilding

    def selected_reading_range(self) -> tuple[int, int] | None:
        """The selection as reading-text offsets (beyond the window too), or None."""
        return self.book_selection.reading_range() if self._view is not None else None

    def select_reading_range(self, start: int, end: int) -> None:
        self._ensure_window(start)
        self.book_selection.select(start, end)

    def createMimeDataFromSelection(self):
        """Copy and drag give the selection from the core's text, the whole book's too."""
        return self.book_selection.mime_data()

    def top_reading_offset(self) -> int:
        return self._top_anchor()[0] if self._view else 0

    def _top_anchor(self) -> tuple[int, int]:
        cursor = self.cursorForPosition(QPoint(4, 4))
        rect = self.cursorRect(cursor)
        return self.from_qt(cursor.position()), rect.top()

    def scroll_to_reading_offset(self, reading_offset: int, pixel_offset: int = 0) -> None:
        if self._view is None:
            return
        self._ensure_window(reading_offset)
        scroll_to_position(self, self.to_qt(reading_offset), pixel_offset)

    def position_percent(self) -> int:
        window = self._window
        if window is not None and not window.whole:  # as the bar over the book shows it
            return self.book_bar.percent()
        bar = self.verticalScrollBar()
        if bar.maximum() <= 0:
            return 100 if self._view else 0
        return round(100 * bar.value() / bar.maximum())

    def paragraph_position(self) -> tuple[int, float]:
        """(paragraph index, fraction of it scrolled past) at the top of the pane."""
        cursor = self.cursorForPosition(QPoint(4, 4))
        block = cursor.block()
        layout_rect = self.document().documentLayout().blockBoundingRect(block)
        scrolled = self.verticalScrollBar().value() - layout_rect.top()
        fraction = min(1.0, max(0.0, scrolled / layout_rect.height())) \
            if layout_rect.height() else 0.0
        return block.blockNumber() + (self._window.first_line if self._window else 0), fraction

    def scroll_to_paragraph(self, index: int, fraction: float) -> None:
        window = self._window
        if window is not None and not window.whole:
            index = min(index, window.line_count - 1)
            if index < len(self.blocks):  # lines are the blocks (assemble's contract)
                self._ensure_window(self.blocks[index].start)
            index -= self._window.first_line
        block = self.document().findBlockByNumber(min(max(index, 0), self.document().blockCount() - 1))
        rect = self.document().documentLayout().blockBoundingRect(block)
        self.verticalScrollBar().setValue(round(rect.top() + fraction * rect.height()))

    def paragraph_count(self) -> int:
        return self._window.line_count if self._window else self.document().blockCount()

    def _top_is_laid_out(self) -> bool:
        return self.cursorForPosition(QPoint(4, 4)).block().layout().lineCount() > 0

    def _emit_position(self, *_args) -> None:
        if self._view is not None and not self._rebuilding:
            # Only where the layout has got to: before, Qt reports the end as the top.
            laid_out = self._top_is_laid_out()
            top, _pixel = self._top_anchor()
            window = self._window
            if not window.whole and laid_out and not self._window_move_pending \
                    and window.near_edge(self._view.from_reading.to_target(top)):
                # The window moves on with the reader (issue 14) once Qt is done with the
                # key or mouse event that scrolled: Qt may hold a cursor in this document.
                self._window_move_pending = True
                QTimer.singleShot(0, self, self._follow_reader)
            lo, hi = self._selected_range
            window = self._window  # marks are placed up to its edges, not beyond
            near = self._near_screen()
            if top - lo < near // 2 and lo > window.reading_start \
                    or hi - top < near // 2 and hi < window.reading_end:
                self._apply_selections()  # the marks placed no longer cover the screen
            self.positionChanged.emit(top)

    def _follow_reader(self) -> None:
        self._window_move_pending = False
        if self._view is None or self._window.whole or not self._top_is_laid_out():
            return
        top, pixel = self._top_anchor()
        if self._window.near_edge(self._view.from_reading.to_target(top)):
            self._move_window(top)
            self._rebuilding = True
            try:
                scroll_to_position(self, self.to_qt(top), pixel)
            finally:
                self._rebuilding = False
            self._emit_position()

    # -- highlights and search marks ----------------------------------------------------------
    @property
    def highlights(self) -> list[PaneHighlight]:
        return list(self._highlights)

    def set_highlights(self, highlights: list[PaneHighlight]) -> None:
        self._highlights = sorted(highlights, key=lambda h: (h.start, h.end))
        self._apply_selections()

    def highlight_at(self, qt_position: int) -> PaneHighlight | None:
        if self._view is None:
            return None
        offset = self.from_qt(qt_position)
        for highlight in self._highlights:
            if highlight.start <= offset < highlight.end:
                return highlight
        return None

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
        self._apply_selections()
        self._reveal_current()

    def step_mark(self, step: int) -> None:
        if not self._marks:
            return
        self._current_mark = (self._current_mark + step) % len(self._marks)
        self._apply_selections()
        self._reveal_current()

    def flash(self, start: int, end: int) -> None:
        """Show a passage (e.g. an event's sentence or a highlight) strongly until the next
        change of marks."""
        self._flash = (start, end)
        self._apply_selections()
        self.reveal(start, end)

    def select_highlight(self, uid: str | None) -> None:  # underlined, its colour kept
        self._selected_uid = uid
        self._apply_selections()

    def set_suspects(self, spans: list[tuple[int, int]]) -> None:
        """Text the cleaner could not repair (mojibake): underlined, never hidden."""
        self._suspects = list(spans)
        self._apply_selections()

    @property
    def anchor_marks(self) -> list[tuple[int, int, str]]:
        return list(self._anchor_marks)

    def set_anchor_marks(self, marks: list[tuple[int, int, str]]) -> None:
        """What this article shares with the other pane's: a dotted underline, with a
        tooltip (reading-text spans, mapped to the view once here, not when painting)."""
        self._anchor_marks = sorted(marks)
        self._apply_selections()

    def anchor_at(self, qt_position: int) -> tuple[int, int, str] | None:
        offset = self.from_qt(qt_position) if self._view else -1
        return next((m for m in self._anchor_marks if m[0] <= offset < m[1]), None)

    def _near_screen(self) -> int:
        """How far either side of the top marks are placed: less in a window, where placing
        one lays the document out up to it (after a zoom, the cost of a frozen moment)."""
        return NEAR_SCREEN if self._window is None or self._window.whole else NEAR_WINDOW

    def _apply_selections(self, top: int | None = None) -> None:
        """Extra selections for the text near the screen only: placing thousands in a book
        costs seconds (issue 14); scrolling far away places them again (_emit_position)."""
        if top is None:  # a rebuilt document passes its place: the hit test lays out to it
            top = self.top_reading_offset() if self._view is not None else 0
        near = self._near_screen()
        self._selected_range = (top - near, top + near)
        if self._window is not None:  # marks outside the window would clamp to its edges
            self._selected_range = (max(self._selected_range[0], self._window.reading_start),
                                    min(self._selected_range[1], self._window.reading_end))
        self.setExtraSelections(extra_selections(self, *self._selected_range)
                                if self._view is not None else [])

    def _reveal_current(self) -> None:
        if self._view is None or self._current_mark < 0:
            return
        self.reveal(*self._marks[self._current_mark])

    def reveal(self, start: int, end: int) -> None:
        """Scroll so that the reading-text range is comfortably in view."""
        if self._view is None:
            return
        self._ensure_window(start)
        qt_start, qt_end = self.qt_range(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        rect = self.cursorRect(cursor)
        viewport = self.viewport().rect()
        if not viewport.adjusted(0, 20, 0, -20).contains(rect):
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - viewport.height() // 3)

    # -- event marks in the margin ----------------------------------------------------------------
    @property
    def event_marks(self) -> list[int]:
        return list(self._event_marks)

    def set_event_marks(self, offsets: list[int]) -> None:
        self._event_marks = sorted(offsets)
        self.viewport().update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.interlinear is not None and self._view is not None:  # wiring (issue 20)
            self.interlinear.paint(self)
        notes = [h.start for h in self._highlights if h.note_html]  # note marks (issue 19)
        if not (self._event_marks or notes) or self._view is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        height, cursor = self.viewport().height(), QTextCursor(self.document())
        for offsets, color, x in ((self._event_marks, EVENT_MARK, 8),
                                  (notes, NOTE_MARK, self.viewport().width() - 16)):
            painter.setBrush(QColor(color))
            for offset in offsets:
                if not self.in_window(offset):
                    continue
                cursor.setPosition(min(self.to_qt(offset), self.document().characterCount() - 1))
                rect = self.cursorRect(cursor)
                if -10 < rect.top() < height:
                    painter.drawEllipse(x, rect.center().y() - 4, 8, 8)
        painter.end()

    # -- mouse, keyboard, context menu, drops ------------------------------------------------------
    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        highlight = self.highlight_at(self.cursorForPosition(event.position().toPoint())
                                      .position()) if self._view else None
        anchor = self.anchor_at(self.cursorForPosition(event.position().toPoint())
                                .position()) if self._anchor_marks else None
        if highlight and highlight.note_html:
            QToolTip.showText(event.globalPosition().toPoint(), highlight.note_html, self)
        elif anchor:
            QToolTip.showText(event.globalPosition().toPoint(), anchor[2], self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            highlight = self.highlight_at(self.cursorForPosition(event.position().toPoint())
                                          .position()) if self._view else None
            if highlight:
                self.highlightClicked.emit(highlight.uid)

    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        if self.selected_reading_range() is not None:
            copy = menu.addAction(translate("reading_pane", "Copy"))
            copy.triggered.connect(self.book_selection.copy)
            menu.addSeparator()
            for color in HIGHLIGHT_COLORS:
                action = menu.addAction(highlight_menu_text(color))
                action.triggered.connect(lambda _=False, c=color: self.highlightRequested.emit(c))
            menu.addAction(translate("reading_pane", "Highlight with note…")).triggered.connect(self.noteRequested.emit)
        else:
            highlight = self.highlight_at(self.cursorForPosition(event.pos()).position()) \
                if self._view else None
            if highlight:
                self.highlightClicked.emit(highlight.uid)
                menu.addAction(translate("reading_pane", "Edit note…")).triggered.connect(self.noteRequested.emit)
        menu.addSeparator()
        self.menuAboutToShow.emit(menu, event.pos())  # wiring (issue 20)
        menu.addAction(translate("reading_pane", "Select all")).triggered.connect(
            self.book_selection.select_all)
        menu.exec(event.globalPos())

    def keyPressEvent(self, event) -> None:
        # Space pages down like in other readers.
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.verticalScrollBar().triggerAction(
                self.verticalScrollBar().SliderAction.SliderPageStepAdd)
            return
        super().keyPressEvent(event)

    def set_point_size(self, size: float) -> None:
        self.set_reading_font(size=size)

    def set_reading_font(self, families: list[str] | None = None,
                         size: float | None = None) -> None:
        """Change family and/or size in one re-layout, keeping the text at the top in place."""
        anchor = self._top_anchor() if self._view else None
        font = QFont(self.font())
        if families is not None:
            font.setFamilies(families)
        if size is not None:
            font.setPointSizeF(size)
        if font == self.font():
            return
        if self._view is None:
            self.setFont(font)
            return
        # A font change re-lays a shown document out at once (a 5 MB book: 1.6 s); an empty
        # one takes it, then the text comes back in a new document laid out lazily.
        self._rebuilding = True
        try:
            adopt(self, build_document(self, "", paragraph_format(100, 0, False), (), self.to_qt))
            self.setFont(font)
            self._apply_paragraph_format(anchor[0] if anchor else None)
        finally:
            self._rebuilding = False
        if anchor:
            self.scroll_to_reading_offset(*anchor)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(ARTICLE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()  # files go to the window, which adds them to the library

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event) -> None:
        data: QMimeData = event.mimeData()
        if data.hasFormat(ARTICLE_MIME):
            self.articleDropped.emit(bytes(data.data(ARTICLE_MIME)).decode("utf-8"))
            event.acceptProposedAction()
        else:
            event.ignore()
