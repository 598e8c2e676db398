from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.text.script import Script
from reader.ui.reading_pane import ARTICLE_MIME
from tests.ui.test_main_window import _click, _row_of


def _drag_enter(data, x, y):
    """QDragEnterEvent takes a QPointF from Qt 6.12 on, a QPoint before."""
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    try:
        return QDragEnterEvent(QPointF(x, y), *args)
    except TypeError:
        return QDragEnterEvent(QPoint(x, y), *args)


def _open_right_by_keyboard(qtbot, window, prefix):
    index = _row_of(window, prefix)
    window.library_panel.table.setCurrentIndex(index)
    window.library_panel.table.setFocus()
    with qtbot.waitSignal(window.articleOpened):
        qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier |
                       Qt.KeyboardModifier.AltModifier)
    return index.data(Qt.ItemDataRole.UserRole + 1)


def test_open_an_article_in_the_right_pane(qtbot, make_window):
    window = make_window()
    left_id = _click(qtbot, window, "000")
    right_id = _open_right_by_keyboard(qtbot, window, "002")
    assert window.workspace.containers["right"].isVisible()
    assert window.pane_named("left").article_id == left_id
    assert window.pane_named("right").article_id == right_id
    assert window.workspace.active_name == "right"
    assert window.workspace.containers["right"].status_label.text().startswith("Español")


def test_each_pane_has_its_own_script_and_keeps_its_place(qtbot, make_window):
    window = make_window()
    window.resize(1100, 500)
    article = _click(qtbot, window, "003")
    window.open_article(article, "right")
    right = window.pane_named("right")
    left = window.pane_named("left")
    right.scroll_to_reading_offset(3000)
    before = right.top_reading_offset()
    window.workspace.focus_pane("right")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # simplified
    assert "国际站" in right.toPlainText() and "國際站" in left.toPlainText()
    assert abs(right.top_reading_offset() - before) <= 40
    assert window.workspace.containers["right"].script_combo.currentData() == "simplified"
    assert window.workspace.containers["left"].script_combo.currentData() == "original"


def test_sync_scroll_aligns_the_same_article_exactly(qtbot, make_window):
    window = make_window()
    window.resize(1100, 500)
    article = _click(qtbot, window, "000")
    window.open_article(article, "right")
    window.workspace.set_script(Script.TAIWAN, "right")  # phrase view: lengths differ from the left
    assert window.action("sync").isChecked()
    left, right = window.pane_named("left"), window.pane_named("right")
    qtbot.waitUntil(lambda: right.viewport().width() > 100)  # the right pane is laid out
    for target in (800, 2400, 3600):
        left.scroll_to_reading_offset(target)
        assert abs(right.top_reading_offset() - left.top_reading_offset()) <= 30
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    assert not window.action("sync").isChecked()
    position = right.verticalScrollBar().value()
    left.scroll_to_reading_offset(100)
    assert right.verticalScrollBar().value() == position


def test_sync_scroll_aligns_different_articles_by_paragraph_proportion(qtbot, make_window):
    window = make_window()
    window.resize(1100, 500)
    _click(qtbot, window, "003")
    _open_right_by_keyboard(qtbot, window, "002")
    left, right = window.pane_named("left"), window.pane_named("right")
    left.scroll_to_paragraph(left.paragraph_count() // 2, 0.0)
    index, _ = right.paragraph_position()
    assert abs(index / right.paragraph_count() - 0.5) < 0.1


def test_drag_an_article_onto_a_pane(qtbot, make_window):
    window = make_window()
    _click(qtbot, window, "000")
    window.workspace.containers["right"].show()
    target = window.pane_named("right")
    article = window.library_panel.model.article(window.library_panel.model.row_of(
        _row_of(window, "004").data(Qt.ItemDataRole.UserRole + 1))).id
    data = QMimeData()
    data.setData(ARTICLE_MIME, article.encode())
    enter = _drag_enter(data, 50, 50)
    QApplication.sendEvent(target.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.articleOpened):
        QApplication.sendEvent(target.viewport(), drop)
    assert target.article_id == article


def test_swap_and_close_panes(qtbot, make_window):
    window = make_window()
    left_id = _click(qtbot, window, "000")
    right_id = _open_right_by_keyboard(qtbot, window, "002")
    window.workspace.set_script(Script.TRADITIONAL, "left")
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    assert window.pane_named("left").article_id == right_id
    assert window.pane_named("right").article_id == left_id
    assert window.pane_named("right").toPlainText().startswith("阿里巴巴國際站")
    window.workspace.close_pane("right")
    assert not window.workspace.containers["right"].isVisible() and window.workspace.active_name == "left"


def test_focus_shortcuts(qtbot, make_window):
    window = make_window()
    _click(qtbot, window, "000")
    window.open_article(window.pane.article_id, "right")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.library_panel.table.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pane_named("right").hasFocus() and window.workspace.active_name == "right"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pane_named("left").hasFocus() and window.workspace.active_name == "left"


def test_zoom_theme_and_panes_are_restored_after_restart(qtbot, make_window):
    window = make_window()
    left_id = _click(qtbot, window, "003")
    right_id = _open_right_by_keyboard(qtbot, window, "002")
    window.workspace.set_script(Script.SIMPLIFIED, "left")
    size = window.pane.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.pane.font().pointSizeF() == size + 1
    window.set_theme("dark")
    assert QApplication.instance().palette().color(QPalette.ColorRole.Base).lightness() < 60
    window.close()
    again = make_window()
    assert again.pane_named("left").article_id == left_id
    assert again.pane_named("right").article_id == right_id
    assert again.workspace.containers["right"].isVisible()
    assert again.workspace.containers["left"].script_combo.currentData() == "simplified"
    assert "国际站" in again.pane_named("left").toPlainText()
    assert again.pane.font().pointSizeF() == size + 1
    assert again.action("theme-dark").isChecked()
    again.set_theme("light")


def test_dropping_files_on_the_window_adds_them(qtbot, make_window, tmp_path):
    window = make_window()
    new = tmp_path / "nuevo.txt"
    new.write_text("Artículo soltado\n\nTexto del artículo sobre tiendas.", "utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(new))])
    enter = _drag_enter(data, 10, 10)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    shown = window.pane.article_id
    with qtbot.waitSignal(window.jobs.added, timeout=10000) as blocker:
        QApplication.sendEvent(window, drop)
    assert window.library_panel.model.rowCount() == 6
    # issue 18.8: what came in is selected; the article being read stays
    (added,) = blocker.args[0].added
    assert added.title == "Artículo soltado"
    assert window.library_panel.current_article() == added.id
    assert window.pane.article_id == shown
