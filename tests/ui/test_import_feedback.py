"""Issue 18.8: what an import says and does, driven through the window."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from tests.ui.test_main_window import _click


def _files(tmp_path, count=2, bad=1):
    paths = []
    for n in range(count):
        path = tmp_path / f"nuevo-{n}.txt"
        path.write_text(f"Artículo {n}\n\nTexto en español número {n} para leer.", "utf-8")
        paths.append(str(path))
    for n in range(bad):
        path = tmp_path / f"roto-{n}.txt"
        path.write_bytes(b"\x00\x01\x02binary\xff" * 50)
        paths.append(str(path))
    return paths


def test_an_import_reports_counts_and_keeps_the_open_article(qtbot, make_window, tmp_path):
    window = make_window()
    shown = _click(qtbot, window, "003")
    progress = []
    window.tasks.progress.connect(lambda label, done, total: progress.append((done, total)))
    with qtbot.waitSignal(window.jobs.added, timeout=20000) as blocker:
        window.jobs.add_paths(_files(tmp_path))
    message = window.statusBar().currentMessage()
    assert message.startswith("Added 2 articles") and "1 file could not be read" in message
    assert "Show Unreadable Files" in message and window.action("errors").isEnabled()
    assert window.pane.article_id == shown                  # the left pane is not replaced
    first = blocker.args[0].added[0].id
    assert window.library_panel.current_article() == first  # what came in is selected
    assert (0, 3) in progress                                 # per file, before each one
    assert any("roto-0.txt" in e.path for e in window.jobs.load_errors)


def test_an_import_opens_in_an_empty_pane(qtbot, make_window, tmp_path):
    window = make_window()
    close = window.workspace.containers["left"].findChild(QToolButton)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)        # ✕ empties the pane
    assert window.pane.article_id is None
    with qtbot.waitSignal(window.jobs.added, timeout=20000) as blocker:
        window.jobs.add_paths(_files(tmp_path, 1, 0))
    assert window.pane.article_id == blocker.args[0].added[0].id


def test_the_status_tells_linked_files_from_the_library_folder(qtbot, make_window, tmp_path):
    window = make_window()
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    _files(folder, 1, 0)
    with qtbot.waitSignal(window.jobs.added, timeout=20000):
        window.jobs.add_paths([str(folder)], copy=False)      # File → Link Folder
    assert window.status_label.text() == \
        "6 articles: 5 in library, 1 added from other folders"
