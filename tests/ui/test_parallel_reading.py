"""Parallel reading (issue 17): two different articles scroll together on the anchors they
share, and a key jumps to the partner passage."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.ui.test_main_window import _click
from tests.ui.test_panes import _open_right_by_keyboard


def _aligned_window(qtbot, make_window):
    window = make_window()
    window.resize(1200, 600)
    _click(qtbot, window, "002")            # Spanish, about 淘小鋪 as Taoxiaopu
    _open_right_by_keyboard(qtbot, window, "004")
    left, right = window.pane_named("left"), window.pane_named("right")
    key = (left.article_id, right.article_id)
    window.workspace.partner_offset("left")  # asks for the anchors on the pool
    qtbot.waitUntil(lambda: window.workspace._anchor_maps.get(key) is not None, timeout=60000)
    return window, left, right, window.workspace._anchor_maps[key]


def test_scrolling_follows_shared_anchors_not_paragraph_numbers(qtbot, make_window):
    window, left, right, mapping = _aligned_window(qtbot, make_window)
    left.setFocus()
    for _ in range(6):
        qtbot.keyClick(left, Qt.Key.Key_PageDown)
        expected = mapping.to_right(left.top_reading_offset())
        # the right pane's top is the mapped offset (to within its top line)
        assert abs(right.top_reading_offset() - expected) <= 60
    anchors = window.library.entities.align(left.article_id, right.article_id)
    taoxiaopu = next(a for a in anchors if a.left.text == "Taoxiaopu")
    assert mapping.to_right(taoxiaopu.left.start) == taoxiaopu.right.start


def test_a_key_jumps_to_the_partner_passage(qtbot, make_window):
    window, left, right, mapping = _aligned_window(qtbot, make_window)
    window.action("sync").setChecked(False)
    window.settings["view/sync"] = False
    left.scroll_to_reading_offset(len(left.view.text) // 2)
    right.scroll_to_reading_offset(0)
    left.setFocus()
    qtbot.waitUntil(lambda: window.workspace.active_name == "left")
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    expected = mapping.to_right(left.top_reading_offset())
    assert expected > 0
    # the partner passage is in view, flashed (at the top line or, when Qt's reveal moves
    # it off the top edge, a third down: the pane's width decides which)
    cursor = QTextCursor(right.document())
    cursor.setPosition(right.to_qt(expected))
    assert 0 <= right.cursorRect(cursor).top() < right.viewport().height() // 2
