"""A book shown through a window (issue 14): the scroll bar spans the whole book, and a
selection reaches beyond the window — Select All, drags and Shift+keys across its edge —
with copy and highlights in code points of the whole reading text.

The novel (GB18030, made at test time, > 300K characters with 𠮷 outside the BMP all
through it) comes from test_books; every step is a real key, mouse or wheel event."""
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSlider

from reader.core.library.facade import Script
from reader.ui.text_window import EDGE
from tests.ui.test_books import (FROZEN_MS, Heartbeat, _chapters, _top,  # noqa: F401
                                 novel_bytes, novel_window)


def _part(bar, control) -> "QRect":  # noqa: F821
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, control, bar)


def _drag_thumb(qtbot, bar, fractions) -> None:
    """Press the thumb, move it through ``fractions`` of the groove, release it."""
    thumb = _part(bar, QStyle.SubControl.SC_ScrollBarSlider)
    groove = _part(bar, QStyle.SubControl.SC_ScrollBarGroove)
    start = thumb.center()
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=start)
    for fraction in fractions:
        y = groove.top() + thumb.height() // 2 + round(fraction * (groove.height()
                                                                  - thumb.height()))
        qtbot.mouseMove(bar, QPoint(start.x(), y))
        QApplication.processEvents()
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(start.x(), y))


def _wheel(widget, steps: int) -> None:
    """Turn the mouse wheel over ``widget`` (negative: towards the end)."""
    center = QPointF(widget.rect().center())
    event = QWheelEvent(center, widget.mapToGlobal(center), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _status_percent(window) -> int:
    status = window.workspace.containers["left"].status_label.text()
    return int(next(part for part in status.split(" · ") if part.endswith("%"))[:-1])


def _agree(pane, text) -> int:
    """The bar says where the text is: its value is the reading offset at the top."""
    top = pane.top_reading_offset()
    assert pane.book_bar.value() == top and text[top:].startswith(_top(pane, 4))
    return top


def test_the_scroll_bar_spans_the_whole_book(qtbot, novel_window):
    window, _article, text = novel_window
    pane = window.pane
    bar = pane.book_bar
    # The pane's own bar (the window's pixels) gives way to one over the whole book.
    assert not pane.window.whole and bar.isVisible() and not pane.verticalScrollBar().isVisible()
    assert (bar.minimum(), bar.maximum()) == (0, len(text))
    assert bar.geometry().right() <= pane.rect().right() \
        and bar.geometry().left() >= pane.viewport().geometry().right()
    first = pane.window
    # Dragging the thumb to the middle shows the middle of the book, moving the window;
    # the moves of one drag are coalesced and the text never freezes.
    with Heartbeat() as beat:
        _drag_thumb(qtbot, bar, [0.1, 0.2, 0.3, 0.4, 0.5])
        qtbot.waitUntil(lambda: abs(pane.top_reading_offset() - len(text) // 2)
                        < len(text) // 100, timeout=5000)
    assert beat.longest_ms < FROZEN_MS
    assert pane.window.start > first.end and pane.in_window(len(text) // 2)
    top = _agree(pane, text)
    assert _status_percent(window) == bar.percent() == round(100 * top / len(text)) == 50
    # Page keys, the wheel over the text, and a click on the trough move the text; the
    # bar follows it exactly.
    qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    paged = _agree(pane, text)
    assert paged > top
    _wheel(pane.viewport(), -3)
    wheeled = _agree(pane, text)
    assert wheeled > paged
    trough = _part(bar, QStyle.SubControl.SC_ScrollBarAddPage)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=trough.center())
    clicked = _agree(pane, text)
    assert 0 < clicked - wheeled < 3 * (paged - top)  # a page, as the key goes
    _wheel(bar, +3)  # the wheel over the bar scrolls the text as over the text
    assert _agree(pane, text) < clicked
    # Jumps: a chapter from the outline, then End and Home for the book's ends.
    chapter = _chapters(window)[len(_chapters(window)) // 4].start
    window.outline.go_to(chapter)
    assert abs(_agree(pane, text) - chapter) < 40
    qtbot.keyClick(pane, Qt.Key.Key_End)
    assert bar.value() == bar.maximum() and _status_percent(window) == 100
    assert pane.window.end == pane.window.text_length
    assert text.rstrip().endswith(pane.document().toPlainText().rstrip()[-20:])
    qtbot.keyClick(pane, Qt.Key.Key_Home)
    assert _agree(pane, text) == 0 and pane.window.start == 0
    # Dragging the thumb to the bottom shows the last page of the book.
    _drag_thumb(qtbot, bar, [0.7, 1.2])
    qtbot.waitUntil(lambda: pane.window.end == pane.window.text_length, timeout=5000)
    assert bar.value() == bar.maximum()


def test_a_short_text_keeps_the_ordinary_scroll_bar(qtbot, make_window):
    window = make_window()  # the seed articles: all short
    pane = window.pane
    qtbot.waitUntil(lambda: pane.article_id is not None, timeout=10000)
    assert pane.window.whole and not pane.book_bar.isVisible()
    assert pane.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    assert pane.viewportMargins().right() == 0
    inner = pane.verticalScrollBar()
    qtbot.waitUntil(lambda: inner.maximum() > 0, timeout=5000)
    assert inner.isVisible()
    qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    assert inner.value() > 0 and pane.position_percent() == round(
        100 * inner.value() / inner.maximum())


def test_select_all_copies_the_whole_book_in_the_panes_script(qtbot, novel_window):
    window, article, text = novel_window
    pane = window.pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert pane.selected_reading_range() == (0, len(text))
    assert pane.textCursor().selectedText()  # the window's part shown selected
    qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied == text and copied.count("𠮷") == text.count("𠮷")
    # Highlighting it stores the whole reading text's range.
    qtbot.keyClick(pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    stored = window.library.annotations.for_article(article)
    assert [(a.start, a.end) for a in stored] == [(0, len(text))]
    # In another script the copy is the core's converted text, the whole of it.
    qtbot.keyClick(pane, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # Traditional
    qtbot.waitUntil(lambda: pane.script is Script.TRADITIONAL, timeout=30000)
    assert pane.selected_reading_range() == (0, len(text))  # kept across the toggle
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied == pane.view.text and len(copied) == len(text) and copied != text
    # A click starts afresh.
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(60, 60))
    assert pane.selected_reading_range() is None


def test_a_drag_across_the_windows_edge_keeps_its_anchor_for_copy_and_highlight(
        qtbot, novel_window):
    window, article, text = novel_window
    pane = window.pane
    first = pane.window
    pane.scroll_to_reading_offset(first.reading_end - EDGE - 1500)
    assert pane.window == first
    viewport = pane.viewport()
    # Press on a line, hold the button and scroll on past the window's edge (the window
    # moves), then drag onto a line of the new window.
    press = QPoint(80, viewport.height() // 3)
    anchor = pane.from_qt(pane.cursorForPosition(press).position())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    with Heartbeat() as beat:
        for _ in range(600):
            _wheel(viewport, -3)
            QApplication.processEvents()  # as between a reader's turns of the wheel
            if pane.window.reading_start > anchor:
                break
        for _ in range(4):
            _wheel(viewport, -3)
    assert beat.longest_ms < FROZEN_MS
    assert pane.window.start > first.start and anchor < pane.window.reading_start
    release = QPoint(120, viewport.height() // 2)
    qtbot.mouseMove(viewport, release)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=release)
    end = pane.from_qt(pane.cursorForPosition(release).position())
    assert end > first.reading_end
    assert pane.selected_reading_range() == (anchor, end)
    # Shown from the window's first character to the mouse.
    assert pane.textCursor().selectionStart() == 0
    selected = text[anchor:end]
    assert selected.count("𠮷") > 10
    qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == selected
    # Highlighting the selection stores the whole range, in reading-text code points.
    qtbot.keyClick(pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    stored = [a for a in window.library.annotations.for_article(article)]
    assert [(a.start, a.end) for a in stored] == [(anchor, end)]
    assert stored[0].exact == selected


def test_shift_keys_carry_a_selection_across_the_windows_edge(qtbot, novel_window):
    window, _article, text = novel_window
    pane = window.pane
    first = pane.window
    pane.scroll_to_reading_offset(first.reading_end - EDGE - 1500)
    qtbot.keyClick(pane, Qt.Key.Key_F7)  # caret browsing: a caret to select with
    assert pane.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    click = QPoint(80, 60)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=click)
    anchor = pane.from_qt(pane.textCursor().position())
    with Heartbeat() as beat:
        for _ in range(200):
            qtbot.keyClick(pane, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier)
            QApplication.processEvents()
            if pane.window.reading_start > anchor:
                break
        for _ in range(3):
            qtbot.keyClick(pane, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ShiftModifier)
    assert beat.longest_ms < FROZEN_MS
    assert pane.window.start > first.start and anchor < pane.window.reading_start
    position = pane.from_qt(pane.textCursor().position())
    assert pane.selected_reading_range() == (anchor, position)
    # Shift+Up shortens it from its end; the anchor stays put in the book.
    qtbot.keyClick(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    shorter = pane.selected_reading_range()
    assert shorter[0] == anchor and shorter[1] < position
    qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == text[shorter[0]:shorter[1]]
    # Ctrl+Shift+End selects to the end of the book, not of the window.
    qtbot.keyClick(pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert pane.selected_reading_range() == (anchor, len(text))
    assert pane.book_bar.value() == pane.book_bar.maximum()
    qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == text[anchor:]
    qtbot.keyClick(pane, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert pane.selected_reading_range()[0] == anchor
    shorter = pane.selected_reading_range()
    assert len(text) - 200 < shorter[1] < len(text)
    # Far away (the outline), the selection is kept; Shift+click extends it from its anchor.
    chapters = _chapters(window)
    window.outline.go_to(chapters[len(chapters) * 3 // 4].start)
    assert pane.selected_reading_range() == shorter
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, pos=click)
    extended = pane.selected_reading_range()
    assert extended[0] == anchor and extended[1] == pane.from_qt(
        pane.cursorForPosition(click).position()) > chapters[len(chapters) * 3 // 4].start


def test_a_bookmark_beyond_the_window_has_no_ribbon_at_its_edge(qtbot, novel_window):
    window, _article, _text = novel_window
    pane = window.pane
    marks = window.navigation.marks["left"]
    window.outline.go_to(_chapters(window)[len(_chapters(window)) // 2].start)
    assert pane.window.start > 0
    # The window's first line at the top (before the window moves on): a bookmark at the
    # start of the book lies before the window and must not be drawn on that line.
    pane.verticalScrollBar().setValue(0)
    top = pane.top_reading_offset()
    assert top == pane.window.reading_start
    marks.set_offsets([0, top])
    assert len(marks.rects()) == 1 and marks.rects()[0].top() < 60
