"""Issue 18.7 and 18.9: the script control, the pane header, the right docks and the first
window on a laptop screen, driven with real key and mouse events."""
from PySide6.QtCore import Qt

from reader.ui.pane_container import has_chinese
from tests.ui.test_main_window import _click


def test_script_control_is_disabled_where_there_is_no_chinese(qtbot, make_window):
    window = make_window()
    spanish = _click(qtbot, window, "002")
    assert window.library.articles.info(spanish).language == "es"
    container = window.workspace.containers["left"]
    assert not container.script_combo.isEnabled()
    assert not window.action("script-simplified").isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # no effect
    assert window.workspace.scripts["left"].value == "original"
    _click(qtbot, window, "003")
    assert container.script_combo.isEnabled() and window.action("script-simplified").isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.scripts["left"].value == "simplified"


def test_a_few_chinese_names_in_a_spanish_text_keep_the_control():
    assert has_chinese("El fundador 马云 dijo") and has_chinese("𠀋 (extension B)")
    assert not has_chinese("Jack Ma dijo: ¡hola! — 100 % «comillas»")


def test_the_script_combo_never_covers_the_pane_title(qtbot, make_window):
    window = make_window()
    window.resize(1024, 700)
    _click(qtbot, window, "003")
    container = window.workspace.containers["left"]
    for width in (700, 420, 300, 240):
        window.workspace.splitter.setSizes([width, 0])
        container.resize(width, container.height())
        qtbot.waitUntil(lambda: container.width() <= width + 40)
        combo, title = container.script_combo, container.title_label
        assert title.geometry().right() < combo.geometry().left()   # side by side
        assert title.width() >= 40 and combo.geometry().right() <= container.width()


def test_the_first_window_fits_a_laptop_screen_and_search_gets_the_height(qtbot, make_window):
    window = make_window()
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    window.resize(1024, 700)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    dock = window.docks["search-dock"]
    qtbot.waitUntil(lambda: dock.isVisible() and not dock.visibleRegion().isEmpty())
    assert dock.height() > window.height() // 2   # not one result high under the timeline


def test_a_narrow_pane_keeps_a_margin_for_the_text_and_its_marks(qtbot, make_window):
    from PySide6.QtGui import QTextCursor
    window = make_window()
    window.resize(1024, 700)
    _click(qtbot, window, "002")
    pane = window.pane
    cursor = QTextCursor(pane.document())
    cursor.setPosition(0)
    qtbot.waitUntil(lambda: pane.cursorRect(cursor).x() >= 20)   # the event dot sits at 8–16


def test_export_starts_in_documents_then_in_the_last_folder(qtbot, make_window, tmp_path,
                                                            monkeypatch):
    from pathlib import Path

    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog
    window = make_window()
    _click(qtbot, window, "003")
    starts = []
    target = tmp_path / "out" / "mine.md"
    target.parent.mkdir()

    def save_dialog(_parent, _title, start, _filters):  # the one thing a test cannot click
        starts.append(Path(start).parent)
        return str(target), "Markdown (*.md)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert starts[0] == (Path(documents) if Path(documents).is_dir() else Path.home())
    assert target.exists()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert starts[1] == target.parent
    window.close()
    assert make_window().annotations._export_folder() == target.parent  # remembered


def test_an_empty_pane_says_what_to_do_in_full_even_when_narrow(qtbot, make_window):
    from PySide6.QtWidgets import QToolButton
    window = make_window()
    window.resize(1024, 700)
    _click(qtbot, window, "003")
    container = window.workspace.containers["left"]
    assert not container.empty_label.isVisible()
    qtbot.mouseClick(container.findChild(QToolButton), Qt.MouseButton.LeftButton)  # ✕
    label = container.empty_label
    qtbot.waitUntil(label.isVisible)
    for width in (520, 260):
        window.workspace.splitter.setSizes([width, 0])
        container.resize(width, container.height())
        qtbot.waitUntil(lambda: label.width() <= width)
        assert "drag one onto this pane" in label.text()
        assert label.heightForWidth(label.width()) <= label.height()   # nothing cut
