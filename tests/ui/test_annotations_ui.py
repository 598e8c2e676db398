from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.core.text.script import Script
from reader.ui.note_dialog import NoteDialog
from tests.ui.test_main_window import _click


def _drag_select(qtbot, pane, start, end):
    """Select reading-text [start, end) with a real mouse drag."""
    pane.reveal(start, end)
    qt_start, qt_end = pane.qt_range(start, end)

    def point(position):
        cursor = QTextCursor(pane.document())
        cursor.setPosition(position)
        return pane.cursorRect(cursor).center()

    qtbot.mousePress(pane.viewport(), Qt.MouseButton.LeftButton, pos=point(qt_start))
    qtbot.mouseMove(pane.viewport(), pos=point(qt_end))
    qtbot.mouseRelease(pane.viewport(), Qt.MouseButton.LeftButton, pos=point(qt_end))
    return pane.selected_reading_range()


def _ctrl(qtbot, window, key, *extra):
    modifiers = Qt.KeyboardModifier.ControlModifier
    for modifier in extra:
        modifiers |= modifier
    qtbot.keyClick(window, key, modifiers)


def test_highlight_selection_by_keyboard_shows_in_both_panes_and_scripts(qtbot, make_window):
    window = make_window()
    article = _click(qtbot, window, "004")
    text = window.library.articles.document(article).text
    start = text.index("淘小鋪發布公告")
    selected = _drag_select(qtbot, window.pane, start, start + 7)
    assert selected == (start, start + 7)
    _ctrl(qtbot, window, Qt.Key.Key_H)
    (annotation,) = window.library.annotations.for_article(article)
    assert (annotation.start, annotation.end, annotation.color) == (start, start + 7, "yellow")
    window.open_article(article, "right")
    window.workspace.set_script(Script.SIMPLIFIED, "right")
    for pane, expected in ((window.pane_named("left"), "淘小鋪發布公告"),
                           (window.pane_named("right"), "淘小铺发布公告")):
        selections = [s.cursor.selectedText() for s in pane.extraSelections()]
        assert expected in selections
    assert window.annotations.panel.model.rowCount() == 1


def test_recolour_delete_and_undo_redo(qtbot, make_window):
    window = make_window()
    article = _click(qtbot, window, "000")
    text = window.library.articles.document(article).text
    start = text.index("富通天下")
    _drag_select(qtbot, window.pane, start, start + 4)
    _ctrl(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # blue
    (created,) = window.library.annotations.for_article(article)
    assert created.color == "blue"
    window.pane.setTextCursor(QTextCursor(window.pane.document()))  # clear the selection
    window.annotations.select(created.uid)
    _ctrl(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # recolour pink
    assert window.library.annotations.for_article(article)[0].color == "pink"
    _ctrl(qtbot, window, Qt.Key.Key_Z)
    assert window.library.annotations.for_article(article)[0].color == "blue"
    _ctrl(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier)  # delete
    assert window.library.annotations.for_article(article) == []
    assert window.pane.extraSelections() == []
    _ctrl(qtbot, window, Qt.Key.Key_Z)
    assert [a.uid for a in window.library.annotations.for_article(article)] == [created.uid]
    _ctrl(qtbot, window, Qt.Key.Key_Z)  # undo the recolour is already undone: undo create
    _ctrl(qtbot, window, Qt.Key.Key_Z)
    assert window.library.annotations.for_article(article) == []
    _ctrl(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier)
    assert [a.uid for a in window.library.annotations.for_article(article)] == [created.uid]


def test_clicking_a_highlight_selects_it_in_the_panel(qtbot, make_window):
    window = make_window()
    article = _click(qtbot, window, "002")
    text = window.library.articles.document(article).text
    start = text.index("Taoxiaopu")
    first = window.library.annotations.add(article, 0, 10, "green").annotation
    second = window.library.annotations.add(article, start, start + 9, "purple", "nota").annotation
    window.annotations.refresh()
    pane = window.pane
    pane.reveal(start, start + 9)
    qt_start, _ = pane.qt_range(start, start + 9)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(qt_start + 3)
    with qtbot.waitSignal(pane.highlightClicked) as blocker:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton,
                         pos=pane.cursorRect(cursor).center())
    assert blocker.args == [second.uid]
    assert window.annotations.panel.selected().uid == second.uid
    assert pane.highlight_at(qt_start + 1).note_html.startswith("<p>nota")
    assert first.uid != second.uid


def test_panel_filters_and_library_scope(qtbot, make_window, qtmodeltester):
    window = make_window()
    a = _click(qtbot, window, "003")
    text = window.library.articles.document(a).text
    pos = text.index("國際站")
    window.library.annotations.add(a, pos, pos + 3, "green", "国际 note", ["流量"]).annotation
    window.library.annotations.add(a, 0, 5, "blue").annotation
    other = next(x.id for x in window.library.articles.all() if x.path.startswith("002"))
    window.library.annotations.add(other, 0, 12, "pink").annotation
    window.annotations.refresh()
    panel = window.annotations.panel
    assert panel.proxy.rowCount() == 2
    panel.text_edit.setText("國際")  # traditional query finds the simplified note too
    assert panel.proxy.rowCount() == 1
    panel.text_edit.clear()
    panel.color_combo.setCurrentIndex(panel.color_combo.findData("blue"))
    assert panel.proxy.rowCount() == 1
    panel.color_combo.setCurrentIndex(0)
    qtbot.keyClicks(panel.tag_edit, "x")
    assert panel.proxy.rowCount() == 0
    panel.tag_edit.clear()
    panel.scope_combo.setCurrentIndex(panel.scope_combo.findData("library"))
    assert panel.proxy.rowCount() == 3
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)


def test_activating_an_orphan_lists_it_and_reattach_fixes_it(qtbot, make_window, seeds_dir):
    window = make_window()
    article = _click(qtbot, window, "000")
    text = window.library.articles.document(article).text
    start = text.index("有兴趣的朋友")
    window.library.annotations.add(article, start, start + 6, note="会消失").annotation
    path = next(seeds_dir.glob("000_*.txt"))
    path.write_text(path.read_text("utf-8").replace("有兴趣的朋友,", ""), "utf-8")
    window.library.load()
    window.open_article(article)
    (orphan,) = window.library.annotations.for_article(article)
    assert orphan.orphan
    assert window.annotations.panel.model.data(
        window.annotations.panel.model.index(0, 0)).startswith("⚠")
    new_text = window.library.articles.document(article).text
    target = new_text.index("可以点击")
    _drag_select(qtbot, window.pane, target, target + 4)
    window.annotations.reattach(orphan)
    (fixed,) = window.library.annotations.for_article(article)
    assert not fixed.orphan and fixed.exact == "可以点击" and fixed.note == "会消失"
    _ctrl(qtbot, window, Qt.Key.Key_Z)
    assert window.library.annotations.store.get(orphan.uid).orphan


def test_note_dialog_previews_markdown_safely(qtbot):
    dialog = NoteDialog("引文", "**粗体** <script>x</script>", ["a"], "green")
    qtbot.addWidget(dialog)
    html = dialog.preview.toHtml()
    assert "粗体" in html and "<script>" not in html
    qtbot.keyClicks(dialog.editor, " more")
    assert dialog.note.endswith("more") and dialog.tags == ["a"] and dialog.color == "green"
