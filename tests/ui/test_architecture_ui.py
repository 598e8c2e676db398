"""Behaviour the architecture promises: a fixed set of worker threads, reads that never
write, row-level model changes, models that pass the model tester."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.core.text.script import Script
from tests.ui.test_annotations_ui import _ctrl, _drag_select
from tests.ui.test_main_window import _click
from tests.ui.test_search_ui import _indexed_window


def _os_threads() -> int:
    return len(os.listdir("/proc/self/task"))


def test_live_threads_stay_constant_over_50_search_keystrokes(qtbot, make_window):
    window = _indexed_window(qtbot, make_window)
    edit = window.search.panel.query_edit
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(window.searchFinished, timeout=10000):
        qtbot.keyClicks(edit, "a")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.idle, timeout=30000)
    before = _os_threads()
    results = []
    window.searchFinished.connect(results.append)
    for n in range(50):  # a keystroke, then Enter: a query per keystroke, none debounced
        qtbot.keyClicks(edit, "ab"[n % 2] if n % 7 else " ")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert _os_threads() <= before
    qtbot.waitUntil(window.tasks.idle, timeout=30000)
    assert _os_threads() == before
    # One query lane, superseded queries dropped: the last result shown is the last typed.
    assert results and results[-1].query == edit.text().strip()


class _WriteTrace:
    """Every statement that changes a SQLite database, on every connection of the library."""

    WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")

    def __init__(self, library):
        self.writes: list[str] = []
        connections = [library.annotations.store._db]
        catalog = library.articles.catalog
        connections += [getattr(catalog, name) for name in vars(catalog)
                        if type(getattr(catalog, name)).__name__ == "Connection"]
        self.connections = connections
        for connection in connections:
            connection.set_trace_callback(self._statement)

    def _statement(self, sql: str) -> None:
        if sql.lstrip().upper().startswith(self.WRITES):
            self.writes.append(sql)

    def stop(self) -> None:
        for connection in self.connections:
            connection.set_trace_callback(None)


def test_opening_toggling_and_scrolling_write_nothing(qtbot, make_window, seeds_dir):
    window = make_window()
    article = _click(qtbot, window, "000")
    text = window.library.articles.document(article).text
    start = text.index("国际站")
    window.library.annotations.add(article, start, start + 3)
    # The file changes: reading must place the highlight anew, in memory only.
    path = seeds_dir / window.library.articles.info(article).path
    path.write_text("新的第一段。\n\n" + path.read_text("utf-8"), "utf-8")
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        window.start_loading()
    qtbot.waitUntil(window.tasks.idle, timeout=30000)  # the explicit re-anchoring ran
    trace = _WriteTrace(window.library)
    try:
        assert len(trace.connections) >= 2
        other = _click(qtbot, window, "003")
        window.open_article(article, "right")
        window.open_article(article, "left")
        for script in (Script.TRADITIONAL, Script.SIMPLIFIED, Script.ORIGINAL):
            window.workspace.set_script(script, "left")
        pane = window.pane
        for _ in range(5):
            qtbot.keyClick(pane, Qt.Key.Key_PageDown)
        pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum() // 2)
        window.annotations.refresh()
        window.open_article(other)
        qtbot.waitUntil(window.tasks.idle, timeout=30000)
        assert trace.writes == []
    finally:
        trace.stop()
    # ...and what a pane shows is the highlight on the changed text.
    (placed,) = window.library.annotations.for_article(article)
    now = window.library.articles.document(article).text
    assert not placed.orphan and placed.start > start
    assert now[placed.start:placed.end] == "国际站"


def test_a_new_highlight_is_a_row_insert_not_a_reset(qtbot, make_window, qtmodeltester):
    window = make_window()
    article = _click(qtbot, window, "004")
    model = window.annotations.panel.model
    text = window.library.articles.document(article).text
    first = text.index("淘小鋪發布公告")
    _drag_select(qtbot, window.pane, first, first + 3)
    _ctrl(qtbot, window, Qt.Key.Key_H)
    assert model.rowCount() == 1
    assert _drag_select(qtbot, window.pane, first + 4, first + 7) == (first + 4, first + 7)
    with qtbot.assertNotEmitted(model.modelReset), \
            qtbot.waitSignal(model.rowsInserted, timeout=1000) as inserted:
        _ctrl(qtbot, window, Qt.Key.Key_H)
    assert inserted.args[1:] == [1, 1] and model.rowCount() == 2
    window.pane.setTextCursor(QTextCursor(window.pane.document()))  # clear the selection
    window.annotations.select(model.annotation(1).uid)
    with qtbot.assertNotEmitted(model.modelReset), \
            qtbot.waitSignal(model.dataChanged, timeout=1000):
        _ctrl(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # recolour
    assert model.annotation(1).color == "pink"
    with qtbot.assertNotEmitted(model.modelReset), \
            qtbot.waitSignal(model.rowsRemoved, timeout=1000):
        _ctrl(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier)
    assert model.rowCount() == 1
    with qtbot.assertNotEmitted(model.modelReset), \
            qtbot.waitSignal(model.rowsInserted, timeout=1000):
        _ctrl(qtbot, window, Qt.Key.Key_Z)  # undo the delete
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    qtmodeltester.check(window.annotations.panel.proxy)


def test_event_and_search_models_pass_the_model_tester(qtbot, make_window, qtmodeltester):
    window = make_window(load=False)
    with qtbot.waitSignal(window.eventsReady, timeout=30000):
        window.start_loading()
    assert window.events.panel.model.event_count() > 0
    qtmodeltester.check(window.events.panel.model)
    window.workspace.set_script(Script.SIMPLIFIED)
    qtmodeltester.check(window.events.panel.proxy)
    qtbot.waitUntil(window.tasks.idle, timeout=30000)
    with qtbot.waitSignal(window.searchFinished, timeout=10000):
        window.search.run_search("2020")
    qtmodeltester.check(window.search.panel.model)


def test_opening_another_article_cancels_the_previous_load(qtbot, make_window, monkeypatch):
    import reader.ui.workspace as workspace_module

    window = make_window()
    monkeypatch.setattr(workspace_module, "LARGE_ARTICLE", -1)  # every open on the worker
    first, second = window.library_panel.model.article(0), window.library_panel.model.article(1)
    window.library.articles._documents.clear()
    shown = []
    window.workspace.articleShown.connect(lambda name, opened: shown.append(opened.info.id))
    assert window.open_article(first.id, "left") is False  # queued on the query lane
    assert window.open_article(second.id, "left") is False  # supersedes the first
    qtbot.waitUntil(window.tasks.idle, timeout=30000)
    assert shown == [second.id] and window.pane_named("left").article_id == second.id


def test_switching_library_folders_closes_the_old_handles(qtbot, make_window, tmp_path,
                                                          seeds_dir):
    window = make_window()
    qtbot.waitUntil(window.tasks.idle, timeout=30000)
    old = window.library
    assert old.annotations.store is not None and old.search.index is not None
    other = tmp_path / "other"
    other.mkdir()
    (other / "uno.txt").write_text("Uno\n\nUn artículo nuevo.", "utf-8")
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        window.jobs.switch_library(str(other))
    qtbot.waitUntil(window.tasks.idle, timeout=30000)
    assert window.library is not old and window.library.root == other.resolve()
    assert old.annotations._store is None and old.search._index is None
    assert [window.library_panel.model.article(r).title
            for r in range(window.library_panel.model.rowCount())] == ["Uno"]
