"""Parallel reading (issue 17): the anchors two different articles share are marked in both
panes, with a tooltip naming the entity and its other forms; the marks follow the panes."""
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolTip

from reader.core.library.facade import Library
from reader.ui.main_window import MainWindow
from tests.ui.test_main_window import _click
from tests.ui.test_panes import _open_right_by_keyboard


def _wait_marks(qtbot, *panes):
    qtbot.waitUntil(lambda: all(p.anchor_marks for p in panes), timeout=60000)


def open_pair(qtbot, root, data, left_name, right_name):
    """The window on ``root`` with ``left_name`` left and ``right_name`` right, their
    shared anchors marked."""
    window = MainWindow(Library(root, data),
                        QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        window.start_loading()
    _click(qtbot, window, left_name)
    _open_right_by_keyboard(qtbot, window, right_name)
    _wait_marks(qtbot, window.pane_named("left"), window.pane_named("right"))
    return window


def _marked_texts(pane):
    """What the pane's dashed underlines cover, as the widget shows it."""
    return [s.cursor.selectedText() for s in pane.extraSelections()
            if s.format.underlineStyle() == s.format.UnderlineStyle.DashUnderline]


def test_shared_anchors_are_marked_in_both_panes_and_follow_them(qtbot, make_window):
    window = make_window()
    window.resize(1200, 600)
    _click(qtbot, window, "002")               # Spanish: Taoxiaopu
    _open_right_by_keyboard(qtbot, window, "004")  # Chinese, traditional: 淘小鋪
    left, right = window.pane_named("left"), window.pane_named("right")
    _wait_marks(qtbot, left, right)
    anchors = window.library.entities.align(left.article_id, right.article_id)
    assert [(s, e) for s, e, _ in left.anchor_marks] == [(a.left.start, a.left.end)
                                                          for a in anchors]
    assert [(s, e) for s, e, _ in right.anchor_marks] == [(a.right.start, a.right.end)
                                                           for a in anchors]
    assert "Taoxiaopu" in _marked_texts(left) and "淘小鋪" in _marked_texts(right)
    tip = next(t for s, e, t in left.anchor_marks if left.view.text[s:e] == "Taoxiaopu")
    assert "淘小鋪" in tip and "Tao Xiaopu" in tip

    # The right pane in simplified script (Alt+2): the same anchors, in the new view's text.
    right.setFocus()
    qtbot.waitUntil(lambda: window.workspace.active_name == "right")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "淘小铺" in _marked_texts(right))
    assert "淘小鋪" not in _marked_texts(right)

    # Another article on the right: its own anchors (Chinese seed 001 about 淘宝).
    _open_right_by_keyboard(qtbot, window, "001")
    qtbot.waitUntil(lambda: bool(right.anchor_marks) and "淘小铺" not in _marked_texts(right),
                    timeout=60000)
    anchors = window.library.entities.align(left.article_id, right.article_id)
    assert [(s, e) for s, e, _ in right.anchor_marks] == [(a.right.start, a.right.end)
                                                           for a in anchors]

    # One pane closed: nothing is shared any more.
    window.workspace.close_pane("right")
    qtbot.waitUntil(lambda: not left.anchor_marks)
    assert _marked_texts(left) == []


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_marks_are_exact_past_the_bmp_and_hovering_names_the_entity(qtbot, tmp_path):
    root, data = tmp_path / "library", tmp_path / "data"
    root.mkdir()
    data.mkdir()
    # 𠀀 (U+20000) is two UTF-16 units: a wrong conversion would shift every mark.
    (root / "a_zh.txt").write_text(
        "淘宝的故事\n\n𠀀𠀀𠀀𠀀的人都知道淘宝。𠀀𠀀后来,淘宝在杭州开始做大。\n", "utf-8")
    (root / "b_es.txt").write_text(
        "La historia de Taobao\n\nTodos conocen Taobao. Después, Taobao creció en "
        "Hangzhou.\n", "utf-8")
    window = open_pair(qtbot, root, data, "a_zh", "b_es")
    left, right = window.pane_named("left"), window.pane_named("right")
    text = left.view.text
    assert sum("𠀀" in text[:s] for s, _e, _t in left.anchor_marks) >= 2
    for start, end, _tip in left.anchor_marks:
        assert text[start:end] in ("淘宝", "杭州")
    assert set(_marked_texts(left)) <= {"淘宝", "杭州"} and "淘宝" in _marked_texts(left)
    assert set(_marked_texts(right)) <= {"Taobao", "Hangzhou"}

    # A real mouse move over a mark shows what it is.
    start, end, tip = left.anchor_marks[-1]
    cursor = QTextCursor(left.document())
    cursor.setPosition(left.to_qt(start) + 1)
    point = left.cursorRect(cursor).center()
    # from elsewhere: the pointer may already rest there (an earlier test in this worker)
    qtbot.mouseMove(left.viewport(), point + QPoint(0, 40))
    qtbot.mouseMove(left.viewport(), point)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and QToolTip.text() == tip)
    assert "in the other pane" in tip
