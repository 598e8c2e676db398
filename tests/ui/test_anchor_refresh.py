"""Parallel-reading anchors never go stale (issue 17): a reload that finds a shown article
edited shows its new text with anchors aligned again; a merge or split (and its undo)
aligns the shown pair again; an alignment asked for before a change is dropped."""
import pytest
from PySide6.QtCore import QSettings, Qt

from reader.core.library.facade import Library
from reader.ui.main_window import MainWindow
from tests.ui.test_entity_marks import open_pair
from tests.ui.test_main_window import _click
from tests.ui.test_panes import _open_right_by_keyboard

ZH = "淘宝的故事\n\n人都知道淘宝。后来,天猫在杭州开始做大。\n"
ES = "La historia de Taobao\n\nTodos conocen Taobao. Después, Tmall creció en Hangzhou.\n"


@pytest.fixture
def pair_window(qtbot, tmp_path):
    root, data = tmp_path / "library", tmp_path / "data"
    root.mkdir()
    data.mkdir()
    (root / "a_zh.txt").write_text(ZH, "utf-8")
    (root / "b_es.txt").write_text(ES, "utf-8")
    window = open_pair(qtbot, root, data, "a_zh", "b_es")
    window.root = root
    return window


def _marks_match_alignment(window) -> bool:
    left, right = window.pane_named("left"), window.pane_named("right")
    anchors = window.library.entities.align(left.article_id, right.article_id)
    return ([(s, e) for s, e, _ in left.anchor_marks] == [(a.left.start, a.left.end)
                                                          for a in anchors] and
            [(s, e) for s, e, _ in right.anchor_marks] == [(a.right.start, a.right.end)
                                                           for a in anchors])


def _marked(pane) -> list[str]:
    return [pane.view.text[s:e] for s, e, _ in pane.anchor_marks]


def test_a_reload_that_finds_the_text_edited_shows_it_and_aligns_again(qtbot, pair_window):
    window = pair_window
    left = window.pane_named("left")
    before = [(s, e) for s, e, _ in left.anchor_marks]
    # Edited outside the app: a sentence (with a character outside the BMP) before the names.
    (window.root / "a_zh.txt").write_text(ZH.replace("人都", "𠀀很多年以前,人都"), "utf-8")
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "很多年以前" in left.view.text, timeout=20000)
    qtbot.waitUntil(lambda: bool(left.anchor_marks) and _marks_match_alignment(window),
                    timeout=60000)
    assert [(s, e) for s, e, _ in left.anchor_marks] != before
    assert set(_marked(left)) <= {"淘宝", "杭州"} and "淘宝" in _marked(left)


def test_a_merge_and_its_undo_align_the_shown_pair_again(qtbot, pair_window):
    window = pair_window
    left, right = window.pane_named("left"), window.pane_named("right")
    assert "天猫" not in _marked(left)  # no evidence links Tmall and 天猫 in these texts
    with qtbot.waitSignal(window.entities.ready, timeout=60000):
        window.entities.merge(["Tmall", "天猫"])  # what the panel's Merge button asks
    qtbot.waitUntil(lambda: "天猫" in _marked(left) and "Tmall" in _marked(right),
                    timeout=60000)
    assert _marks_match_alignment(window)
    with qtbot.waitSignal(window.entities.ready, timeout=60000):
        window.entities.undo()
    qtbot.waitUntil(lambda: "天猫" not in _marked(left) and bool(left.anchor_marks),
                    timeout=60000)
    assert _marks_match_alignment(window)


def test_an_alignment_asked_for_before_a_change_is_dropped(qtbot, pair_window):
    workspace = pair_window.workspace
    key = (workspace.pane_named("left").article_id, workspace.pane_named("right").article_id)
    stale = workspace.anchor_map()
    assert stale is not None
    workspace.forget_anchors()
    with qtbot.waitSignal(workspace.anchorsReady, timeout=60000):
        assert workspace.anchor_map() is None  # asked again, on the pool
    emitted = []
    workspace.anchorsReady.connect(lambda *args: emitted.append(args))
    workspace._anchors_computed(key, stale, generation=-1)  # a result from before the change
    assert emitted == []
    assert workspace.anchor_map() is not stale


def test_the_first_entity_build_runs_on_a_worker_with_progress(qtbot, tmp_path, monkeypatch):
    import threading

    from reader.core.library.entities import EntityManager

    threads, progress = [], []
    real = EntityManager.table

    def recording(self, *args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self, *args, **kwargs)
    monkeypatch.setattr(EntityManager, "table", recording)
    root, data = tmp_path / "library", tmp_path / "data"
    root.mkdir()
    data.mkdir()
    (root / "a_zh.txt").write_text(ZH, "utf-8")
    (root / "b_es.txt").write_text(ES, "utf-8")
    window = MainWindow(Library(root, data),
                        QSettings(str(data / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.tasks.progress.connect(lambda label, done, total: progress.append(label))
    window.show()
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        window.start_loading()
    _click(qtbot, window, "a_zh")
    with qtbot.waitSignal(window.entities.ready, timeout=60000):
        _open_right_by_keyboard(qtbot, window, "b_es")  # two articles: entities wanted
    assert "Finding entities" in progress and window.progress_bar.maximum() > 1
    assert threads and not any(threads)  # never on the GUI thread
    assert (data / "entities-cache.json").exists()  # the next start reads it
    # The events filter is offered the entities but none is chosen for the reader.
    combo = window.events.panel.actor_combo
    assert combo.findText("Taobao") >= 0 and combo.currentText() == ""


def test_entities_offered_before_the_events_choose_no_actor(qtbot):
    from reader.ui.events_panel import EventsPanel

    panel = EventsPanel()  # the entities may be ready before the events are
    qtbot.addWidget(panel)
    panel.add_entities(["Alibaba", "Ali", "Taobao"])
    combo = panel.actor_combo
    assert combo.currentText() == "" and combo.findText("Ali") >= 0
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "Taobao")
    panel.add_entities(["Tmall"])  # more names later keep the reader's choice
    assert combo.currentText() == "Taobao"
