"""A reading pane's selection in code points of the whole text, not of its window (issue 14).

A long text's pane holds a window of it (text_window.py), and Qt's selection lives in the
window's document: it cannot hold more than the window, and it is gone when the window
moves. Here the selection is kept as an anchor and a position in code points of the pane's
whole view text; Qt's selection shows the part of it the window holds. When the window
moves (a drag or Shift+key selection reaching its edge, a jump), the new document shows
the selection again, the anchor standing at the window's edge when it lies beyond — so a
drag or Shift+key carries on from the anchor in the book, not from the edge. Select All
selects the whole text; copying gives the selected text from the core's view text (the
pane's script), never from Qt's document. Highlights take ``reading_range()``: code
points of the whole reading text.
"""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor


class WindowSelection(QObject):
    """The selection of one reading pane, in view-text code points."""

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        # The selection's ends — the caret when they are equal — in view-text code points
        # (None: nothing known yet, e.g. a new article).
        self.anchor: int | None = None
        self.position: int | None = None
        self._view = None                 # the view (and article) they are code points of
        self._article: str | None = None
        self._qt_anchor: int | None = None  # the Qt anchor shown for ``anchor`` just now
        self._quiet = 0                   # Qt's signals come from us, not the reader
        pane.selectionChanged.connect(self._follow_qt)
        pane.cursorPositionChanged.connect(self._follow_qt)
        self._viewport = pane.viewport()
        pane.installEventFilter(self)
        self._viewport.installEventFilter(self)

    # -- what is selected --------------------------------------------------------------------
    def span(self) -> tuple[int, int] | None:
        """The selection as a view-text range (start ≤ end), or None."""
        if self.anchor is None or self.anchor == self.position:
            return None
        return min(self.anchor, self.position), max(self.anchor, self.position)

    def reading_range(self) -> tuple[int, int] | None:
        """The selection in reading-text code points (phrase segments snap outwards)."""
        span = self.span()
        if span is None or self.pane.view is not self._view:
            return None
        start, end = self._view.from_reading.range_to_source(*span)
        return (start, end) if end > start else None

    def text(self) -> str:
        """The selected text in the pane's script, from the core's view text."""
        span = self.span()
        return self._view.text[span[0]:span[1]] if span and self._view is self.pane.view \
            else ""

    def mime_data(self) -> QMimeData:
        data = QMimeData()
        data.setText(self.text())
        return data

    def copy(self) -> None:
        if self.span() is not None:
            QGuiApplication.clipboard().setMimeData(self.mime_data())

    # -- selecting ---------------------------------------------------------------------------
    def select_all(self) -> None:
        view = self.pane.view
        if view is None:
            return
        self._set(0, len(view.text))
        self.place(keep_scroll=True)

    def select(self, start: int, end: int) -> None:
        """Select a reading-text range (its start is in the window: the caller sees to it)."""
        view = self.pane.view
        if view is None:
            return
        self._set(*view.from_reading.range_to_target(start, end))
        self.place(keep_scroll=False)

    def extend_to(self, view_offset: int) -> None:
        """Move the selection's position; its anchor stays (the caret, when nothing is
        selected: where the reader last put it, even beyond the window)."""
        if self.anchor is None or self._view is not self.pane.view:
            self._set(self._qt_to_view(self.pane.textCursor().position()), view_offset)
        else:
            self.position = view_offset

    def _set(self, anchor: int, position: int) -> None:
        self.anchor, self.position = anchor, position
        self._view, self._article = self.pane.view, self.pane.article_id

    def forget(self) -> None:
        self.anchor = self.position = self._qt_anchor = None

    # -- keeping it across documents ---------------------------------------------------------
    @contextmanager
    def kept(self):
        """Around the pane's replacing its document: Qt's selection goes with the old one
        (not the reader's doing); the selection is shown again in the new one."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1
        self.place(keep_scroll=True)

    def place(self, keep_scroll: bool) -> None:
        """Show the part of the selection the window holds as Qt's selection.
        ``keep_scroll``: the text stays where it is (Qt scrolls to its cursor)."""
        pane, view = self.pane, self.pane.view
        if self.anchor is None or view is None or pane.window is None:
            return
        if pane.article_id != self._article:
            self.forget()
            return
        if view is not self._view:  # another script: the same reading-text range
            old = self._view.from_reading
            self._set(view.from_reading.to_target(old.to_source(self.anchor)),
                      view.from_reading.to_target(old.to_source(self.position)))
        qt_anchor, qt_position = self._to_qt(self.anchor), self._to_qt(self.position)
        cursor = QTextCursor(pane.document())
        cursor.setPosition(qt_anchor)
        cursor.setPosition(qt_position, QTextCursor.MoveMode.KeepAnchor)
        self._quiet += 1
        try:
            if qt_anchor == 0 and qt_position == pane.window.qt_length:
                pane.selectAll()  # the whole window, where the reader is: Qt does not scroll
            elif keep_scroll:
                inner = pane.verticalScrollBar()
                value, blocked = inner.value(), inner.blockSignals(True)
                try:
                    pane.setTextCursor(cursor)
                finally:
                    inner.setValue(value)
                    inner.blockSignals(blocked)
            else:
                pane.setTextCursor(cursor)
        finally:
            self._quiet -= 1
        self._qt_anchor = qt_anchor

    # -- following the reader ----------------------------------------------------------------
    def _follow_qt(self) -> None:
        """The reader moved Qt's caret or selection: follow it in book code points."""
        pane = self.pane
        if self._quiet or pane.rebuilding:
            return
        if pane.view is None:
            self.forget()
            return
        cursor = pane.textCursor()
        # Qt's anchor stands for ours (beyond the window, it is at the window's edge) while
        # the reader extends the selection or the caret shown; anywhere else it is new.
        keep = self._qt_anchor is not None and cursor.anchor() == self._qt_anchor \
            and self.anchor is not None and self._view is pane.view
        anchor = self.anchor if keep else self._qt_to_view(cursor.anchor())
        self._set(anchor, self._qt_to_view(cursor.position()))
        self._qt_anchor = cursor.anchor()

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if watched is self._viewport and kind == QEvent.Type.MouseButtonPress \
                and event.button() == Qt.MouseButton.LeftButton:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier \
                    and self.anchor is not None:
                # Shift+click extends from the anchor, wherever in the book it is.
                self.extend_to(self._qt_to_view(self.pane.cursorForPosition(
                    event.position().toPoint()).position()))
                self.place(keep_scroll=True)
            else:
                self.forget()  # a click starts afresh, even at the edge standing for it
        elif watched is self.pane and kind == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.SelectAll):
                self.select_all()
                return True
            if event.matches(QKeySequence.StandardKey.Copy) and self.span() is not None:
                self.copy()
                return True
            if self._book_end(event):
                return True
        return False

    def _book_end(self, event) -> bool:
        """Ctrl+Shift+Home/End with a caret: select to the start or end of the book (the
        window's would be Qt's)."""
        pane = self.pane
        window = pane.window
        if window is None or window.whole or pane.view is None:
            return False
        if event.matches(QKeySequence.StandardKey.SelectStartOfDocument):
            self.extend_to(0)
            pane.scroll_to_reading_offset(0)
        elif event.matches(QKeySequence.StandardKey.SelectEndOfDocument):
            self.extend_to(len(pane.view.text))
            pane.book_bar.to_end()
        else:
            return False
        self.place(keep_scroll=True)
        pane.book_bar.sync()
        return True

    # -- offsets -----------------------------------------------------------------------------
    def _to_qt(self, view_offset: int) -> int:
        """A view-text code point → a UTF-16 position in the window's document (clamped)."""
        window = self.pane.window
        unit = self.pane.view.utf16_index.to_utf16(view_offset) - window.qt_base
        return min(max(unit, 0), window.qt_length)

    def _qt_to_view(self, qt_position: int) -> int:
        return self.pane.view.utf16_index.to_cp(qt_position + self.pane.window.qt_base)
