"""A scroll bar over the whole book, for a pane that shows a window of a long text (issue 14).

A long text's pane holds a window of ~44K characters (text_window.py); its own scroll bar
spans that window only, so a reader of a 5 MB novel saw a bar that said nothing about where
they were. For such a text the pane's own bar is hidden — it still scrolls the window's
pixels for page keys, the wheel and jumps — and this bar takes its place, spanning the
whole reading text in code points: its value is the reading offset at the top of the pane
(its maximum when the pane shows the book's last line), so the bar and the status line's
percentage say the same thing.

Dragging the thumb or choosing a place on the bar jumps there, moving the window. A drag
jumps at most once a ``JUMP_INTERVAL_MS`` (the latest place wins: one window build per
frame however fast the mouse moves) and the bar is not moved back under the reader's hand
meanwhile. Paging on the trough and the arrows step the text by the pane's own page and
line, as the keys do; the wheel over the bar scrolls the text as over the text. Home and
End (with or without Ctrl) go to the start and end of the book, not of the window. Texts
shown whole keep the ordinary bar.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSlider, QScrollBar

#: While the thumb is dragged, the text follows at most this often (a window build each).
JUMP_INTERVAL_MS = 16

_Action = QAbstractSlider.SliderAction
#: Actions that step the text by the pane's own line or page rather than by characters.
_STEPS = {_Action.SliderSingleStepAdd, _Action.SliderSingleStepSub,
          _Action.SliderPageStepAdd, _Action.SliderPageStepSub}


class BookScrollBar(QScrollBar):
    """The vertical bar of a reading pane showing a long text through a window."""

    def __init__(self, pane):
        super().__init__(Qt.Orientation.Vertical, pane)
        self.setObjectName("book-scroll-bar")
        self.setAccessibleName("Position in the book")  # as the pane's "Reading text"
        self.pane = pane
        self.active = False       # the pane shows a window of a longer text
        self._syncing = False     # the bar is being set from the text, not by the reader
        self._target: int | None = None  # where the reader asked to go, not yet shown
        self._jump_timer = QTimer(self, singleShot=True, interval=JUMP_INTERVAL_MS)
        self._jump_timer.timeout.connect(self._jump)
        self.hide()
        self.actionTriggered.connect(self._on_action)
        self.valueChanged.connect(self._on_value)
        self.sliderReleased.connect(self._on_release)
        pane.positionChanged.connect(self.sync)
        pane.installEventFilter(self)

    # -- showing it instead of the pane's own bar -------------------------------------------
    def follow_window(self) -> None:
        """Take the place of the pane's own bar, or give it back, as the pane's window is a
        part of its text or the whole. Called before the pane's new document is built, so
        that the narrower viewport is the width it is laid out at (no second layout)."""
        window = self.pane.window
        active = window is not None and not window.whole
        if active == self.active:
            return
        self.active = active
        self._jump_timer.stop()
        self._target = None
        self.pane.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if active
                                             else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.pane.setViewportMargins(0, 0, self.sizeHint().width() if active else 0, 0)
        self.setVisible(active)
        self._place()

    def _place(self) -> None:
        area = self.pane.contentsRect()
        width = self.sizeHint().width()
        self.setGeometry(area.right() - width + 1, area.top(), width, area.height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.pane and self.active:
            if event.type() == QEvent.Type.Resize:
                self._place()
            elif event.type() == QEvent.Type.KeyPress and self._book_end_key(event):
                return True
        return False

    def _book_end_key(self, event) -> bool:
        """Home/End (Ctrl+Home/End with a caret): the book's start or end."""
        caret = bool(self.pane.textInteractionFlags()
                     & Qt.TextInteractionFlag.TextSelectableByKeyboard)
        if event.matches(QKeySequence.StandardKey.MoveToStartOfDocument) or \
                (not caret and event.key() == Qt.Key.Key_Home and not event.modifiers()):
            self.pane.scroll_to_reading_offset(0)
        elif event.matches(QKeySequence.StandardKey.MoveToEndOfDocument) or \
                (not caret and event.key() == Qt.Key.Key_End and not event.modifiers()):
            self.to_end()
        else:
            return False
        self.sync()
        return True

    # -- the text → the bar ------------------------------------------------------------------
    def sync(self, top: int | None = None) -> None:
        """Set the bar from the text at the top of the pane (not while the reader drags)."""
        pane = self.pane
        if not self.active or pane.view is None or self.isSliderDown() \
                or self._jump_timer.isActive():
            return
        window, inner = pane.window, pane.verticalScrollBar()
        length = pane.view.from_reading.source_length
        top = pane.top_reading_offset() if top is None else top
        at_end = window.end >= window.text_length and 0 < inner.maximum() <= inner.value()
        self._syncing = True
        try:
            self.setRange(0, length)
            self.setPageStep(max(1, self._screen_chars(top)))
            self.setSingleStep(max(1, self.pageStep() // 20))
            self.setValue(length if at_end else top)
        finally:
            self._syncing = False

    def _screen_chars(self, top: int) -> int:
        """Reading-text characters on the screen (the thumb's share of the book)."""
        viewport = self.pane.viewport()
        corner = QPoint(viewport.width() - 1, viewport.height() - 1)
        return self.pane.from_qt(self.pane.cursorForPosition(corner).position()) - top

    def percent(self) -> int:
        """How far through the book the top of the pane is, as the bar shows it."""
        return round(100 * self.value() / max(1, self.maximum()))

    # -- the bar → the text ------------------------------------------------------------------
    def _on_action(self, action) -> None:
        action = _Action(action)  # the signal carries an int
        if action in _STEPS:  # the pane's own line or page, exact in pixels
            self.setSliderPosition(self.value())
            self.pane.verticalScrollBar().triggerAction(action)

    def _on_value(self, value: int) -> None:
        if self._syncing or not self.active:
            return
        self._target = value
        if not self._jump_timer.isActive():
            self._jump_timer.start()

    def _on_release(self) -> None:
        if self._jump_timer.isActive():
            self._jump_timer.stop()
            self._jump()
        self.sync()

    def _jump(self) -> None:
        target, self._target = self._target, None
        if target is None or self.pane.view is None:
            return
        if target >= self.maximum():
            self.to_end()
        else:
            self.pane.scroll_to_reading_offset(target)
        if not self.isSliderDown():
            self.sync()

    def to_end(self) -> None:
        self.pane.scroll_to_reading_offset(self.pane.view.from_reading.source_length)
        inner = self.pane.verticalScrollBar()
        inner.setValue(inner.maximum())

    def wheelEvent(self, event) -> None:
        """The wheel over the bar scrolls the text as it does over the text."""
        QCoreApplication.sendEvent(self.pane.viewport(), event)
