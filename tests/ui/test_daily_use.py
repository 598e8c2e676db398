"""Issue 18: what a new user hits, driven with real key and mouse events."""
from PySide6.QtCore import Qt

from reader.core.search.index import Match, SearchHit
from reader.ui.library_model import ArticleIdRole
from reader.ui.search_panel import hit_html


def _index(window, prefix):
    proxy = window.library_panel.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if window.library.articles.info(index.data(ArticleIdRole)).path.startswith(prefix):
            return index
    raise AssertionError(prefix)


def test_click_and_arrows_in_the_library_select_only_enter_opens(qtbot, make_window):
    window = make_window()
    table = window.library_panel.table
    shown = window.pane.article_id
    index = _index(window, "003")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    assert window.pane.article_id == shown
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert window.pane.article_id == shown
    with qtbot.waitSignal(window.articleOpened, timeout=5000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pane.article_id == window.library_panel.current_article()


def test_opening_an_article_shown_in_the_other_pane_reveals_it_there(qtbot, make_window):
    window = make_window()
    table = window.library_panel.table
    left = _index(window, "001").data(ArticleIdRole)
    right = _index(window, "003").data(ArticleIdRole)
    window.open_article(left, "left")
    window.open_article(right, "right")
    window.workspace.focus_pane("left")
    index = _index(window, "003")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    with qtbot.waitSignal(window.workspace.activeChanged, timeout=5000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pane_named("left").article_id == left
    assert window.workspace.active_name == "right"


def test_tab_leaves_the_library_table(qtbot, make_window):
    window = make_window()
    table = window.library_panel.table
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not table.hasFocus())


def test_f7_caret_browsing_selects_text_from_the_keyboard(qtbot, make_window):
    window = make_window()
    pane = window.pane
    assert pane.article_id
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.action("caret").isChecked()
    for _ in range(4):
        qtbot.keyClick(pane, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    start, end = pane.selected_reading_range()
    assert end - start == 4
    with qtbot.waitSignal(window.annotationsChanged, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert any(h.start == start and h.end == end for h in pane.highlights)


def test_search_marks_keep_dark_text_in_the_dark_theme():
    hit = SearchHit("a", "a.txt", "T", 1.0, [Match(2, 4, "北京")], "今天北京天气", 0)
    assert "color:#1a1a1a" in hit_html(hit, "#ffe066").replace(" ", "")


def test_show_unreadable_files_is_enabled_right_after_adding_bad_files(qtbot, make_window,
                                                                      tmp_path):
    window = make_window()
    good = tmp_path / "good.txt"
    good.write_text("Un artículo\n\nTexto en español para leer.", "utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff" * 50)
    with qtbot.waitSignal(window.jobs.added, timeout=20000):
        window.jobs.add_paths([str(good), str(bad)])
    assert window.jobs.load_errors
    assert window.action("errors").isEnabled()


def test_f9_hides_all_panels_and_brings_the_same_ones_back(qtbot, make_window):
    window = make_window()
    window.resize(1024, 700)
    shown = [d for d in window.docks.values() if d.isVisible()]
    assert shown
    pane = window.workspace.containers["left"]
    before = pane.width()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in window.docks.values()))
    qtbot.waitUntil(lambda: pane.width() > before)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: all(d.isVisible() for d in shown))


def test_docks_leave_the_text_most_of_the_room_at_1024(qtbot, make_window):
    window = make_window()
    window.resize(1024, 700)
    for dock in window.docks.values():
        dock.resize(900, dock.height())
    qtbot.waitUntil(lambda: all(d.width() <= 420 for d in window.docks.values()))
    assert all(d.minimumWidth() >= 180 for d in window.docks.values())


def test_zoom_level_is_shown_and_follows_the_keys(qtbot, make_window):
    window = make_window()
    assert window.zoom_label.text() == "Zoom 100%"
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_label.text() != "Zoom 100%"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom_label.text() == "Zoom 100%"


def test_f1_lists_every_action_with_its_keys_or_menu(make_window):
    window = make_window()
    rows = dict(window.shortcut_rows())
    texts = {a.text().replace("&", "").rstrip("…") for a in window.actions()}
    assert texts <= set(rows)
    assert all(keys and keys != "—" for keys in rows.values())
    assert rows["About Reader"].startswith("Alt: Help")
    assert rows["Hide All Panels"] == "F9" and rows["Caret Browsing"] == "F7"


def _walk(interface, seen, depth=0):
    if interface is None or not interface.isValid() or depth > 40:
        return
    yield interface
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and id(child.object()) not in seen:
            seen.add(id(child.object()))
            yield from _walk(child, seen, depth + 1)


def test_accessibility_tree_has_no_unnamed_control(qtbot, make_window):
    from PySide6.QtGui import QAccessible

    window = make_window()
    for dock in window.docks.values():
        dock.show()
    controls = {QAccessible.Role.PushButton, QAccessible.Role.ComboBox,
                QAccessible.Role.EditableText, QAccessible.Role.Table, QAccessible.Role.List,
                QAccessible.Role.Tree, QAccessible.Role.CheckBox, QAccessible.Role.ButtonMenu,
                QAccessible.Role.SpinBox}
    root = QAccessible.queryAccessibleInterface(window)
    found, unnamed = 0, []
    for node in _walk(root, set()):
        if node.role() in controls:
            found += 1
            if not node.text(QAccessible.Text.Name).strip():
                unnamed.append((node.role(), node.object()))
    assert found >= 10
    assert unnamed == []
    pane = window.pane
    assert pane.accessibleName() == "Reading text"


def test_search_filters_restrict_results_through_the_core(qtbot, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: not window.search.indexing, timeout=30000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    panel = window.search.panel
    with qtbot.waitSignal(window.searchFinished, timeout=10000) as blocker:
        qtbot.keyClicks(panel.query_edit, "Alibaba")
    everything = blocker.args[0].total
    combo = panel.filters.language
    combo.setFocus()
    with qtbot.waitSignal(window.searchFinished, timeout=10000) as blocker:
        combo.setCurrentIndex(combo.findData("es"))
    result = blocker.args[0]
    assert 0 < result.total < everything or everything == result.total == 1
    assert all(window.library.articles.info(h.id).language == "es" for h in result.hits)
