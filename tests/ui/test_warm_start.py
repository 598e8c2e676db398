"""Issue 15, warm start through the window: a library opened before is listed in the
start-up shell from its catalog (before any file is checked, before the main window
exists), and the main window takes that list over as the reader left it — rows, filter,
selection — and opens an article the reader asked for meanwhile."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from reader.core.library.facade import Library, last_listing
from reader.ui.app import _open_when_listed
from reader.ui.main_window import MainWindow
from reader.ui.startup import StartupShell


def _opened_before(seeds_dir, data_dir) -> list:
    library = Library(seeds_dir, data_dir)
    articles = library.load().articles
    library.close()
    return articles


def _shell(qtbot, seeds_dir, data_dir) -> StartupShell:
    shell = StartupShell(data_dir, last_listing(seeds_dir, data_dir))
    qtbot.addWidget(shell)
    shell.show()
    qtbot.waitExposed(shell)
    return shell


def _window(qtbot, seeds_dir, data_dir, shell: StartupShell) -> MainWindow:
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Library(seeds_dir, data_dir), settings, shell.hand_over())
    qtbot.addWidget(window)
    window.show()
    shell.close_after(window)
    return window


def _finish(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(window.tasks.idle, timeout=30000)
    window.tasks.shutdown()


def _press_enter_on(qtbot, shell: StartupShell, article: str) -> None:
    table = shell.library_panel.table
    shell.library_panel.select(article)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)   # Enter opens (issue 18)


def _window_showing(qtbot, seeds_dir, data_dir, shell: StartupShell, article: str
                    ) -> MainWindow:
    """The main window after the shell, loaded, once it shows the article asked for there."""
    window = _window(qtbot, seeds_dir, data_dir, shell)
    _open_when_listed(window, shell.requested)
    with qtbot.waitSignal(window.libraryLoaded, timeout=30000):
        window.start_loading()
    qtbot.waitUntil(lambda: window.pane.article_id == article, timeout=30000)
    _finish(qtbot, window)
    return window


def test_the_shell_lists_the_catalog_before_any_file_is_checked(qtbot, seeds_dir, data_dir):
    articles = _opened_before(seeds_dir, data_dir)
    gone = next(a for a in articles if not a.copies)
    (seeds_dir / gone.path).unlink()   # only a file check could know
    shell = _shell(qtbot, seeds_dir, data_dir)
    panel = shell.library_panel
    assert panel.isVisible() and panel.model.rowCount() == len(articles)
    assert panel.model.row_of(gone.id) >= 0

    window = _window(qtbot, seeds_dir, data_dir, shell)
    assert window.library_panel is panel and not shell.isVisible()
    with qtbot.waitSignal(window.libraryLoaded, timeout=30000):
        window.start_loading()
    assert panel.model.row_of(gone.id) < 0   # the check took the missing file out
    assert panel.model.rowCount() == len(articles) - 1
    _finish(qtbot, window)


def test_the_filter_and_selection_made_in_the_shell_stay(qtbot, seeds_dir, data_dir):
    articles = _opened_before(seeds_dir, data_dir)
    target = max((a for a in articles if a.title[:6].isascii()), key=lambda a: a.title)
    shell = _shell(qtbot, seeds_dir, data_dir)
    panel = shell.library_panel
    panel.filter_edit.setFocus()
    qtbot.keyClicks(panel.filter_edit, target.title[:6])
    shown = panel.proxy.rowCount()
    assert 0 < shown < len(articles)
    panel.select(target.id)
    assert panel.current_article() == target.id

    window = _window(qtbot, seeds_dir, data_dir, shell)
    with qtbot.waitSignal(window.libraryLoaded, timeout=30000):
        window.start_loading()
    assert window.library_panel.filter_edit.text() == target.title[:6]
    assert window.library_panel.proxy.rowCount() == shown
    assert window.library_panel.current_article() == target.id
    _finish(qtbot, window)


def test_an_article_opened_in_the_shell_opens_when_the_window_is_ready(qtbot, seeds_dir,
                                                                        data_dir):
    articles = _opened_before(seeds_dir, data_dir)
    target = sorted(articles, key=lambda a: a.title)[1]
    shell = _shell(qtbot, seeds_dir, data_dir)
    _press_enter_on(qtbot, shell, target.id)
    assert shell.requested == (target.id, None)
    _window_showing(qtbot, seeds_dir, data_dir, shell, target.id)


def test_a_library_never_opened_shows_the_plain_frame(qtbot, seeds_dir, data_dir):
    shell = StartupShell(data_dir, last_listing(seeds_dir, data_dir))
    qtbot.addWidget(shell)
    assert shell.library_panel is None and shell.hand_over() is None


def test_closing_the_shell_early_is_said(qtbot, seeds_dir, data_dir):
    _opened_before(seeds_dir, data_dir)
    shell = _shell(qtbot, seeds_dir, data_dir)
    with qtbot.waitSignal(shell.closedByUser, timeout=1000):
        shell.close()


def test_the_shell_puts_the_list_where_the_window_had_it(qtbot, seeds_dir, data_dir):
    _opened_before(seeds_dir, data_dir)
    shell = _shell(qtbot, seeds_dir, data_dir)
    window = _window(qtbot, seeds_dir, data_dir, shell)
    with qtbot.waitSignal(window.libraryLoaded, timeout=30000):
        window.start_loading()
    dock = window.docks["library-dock"]
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.save_state()
    _finish(qtbot, window)

    again = _shell(qtbot, seeds_dir, data_dir)
    shell_dock = again.library_panel.parentWidget()
    assert again.dockWidgetArea(shell_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert again.library_panel.isVisible()


def test_every_build_step_imports_what_the_main_window_needs():
    import sys

    from reader.ui.app import BUILD_STEPS
    for step in BUILD_STEPS:
        step()
    assert "reader.ui.main_window" in sys.modules and "reader.core.library.articles" in sys.modules


def test_an_edit_asked_in_the_shell_says_to_wait_and_works_in_the_window(
        qtbot, seeds_dir, data_dir):
    articles = _opened_before(seeds_dir, data_dir)
    shell = _shell(qtbot, seeds_dir, data_dir)
    panel = shell.library_panel
    panel.removeRequested.emit(articles[0].id)   # as its context menu does
    assert "still opening" in shell.statusBar().currentMessage()
    window = _window(qtbot, seeds_dir, data_dir, shell)
    with qtbot.waitSignal(window.libraryLoaded, timeout=30000):
        window.start_loading()
    assert panel.model.row_of(articles[0].id) >= 0   # nothing was removed meanwhile
    assert "still opening" not in window.statusBar().currentMessage()
    _finish(qtbot, window)


def test_a_long_article_asked_for_in_the_shell_opens_instead_of_the_last_session(
        qtbot, seeds_dir, data_dir):
    """End to end: the long article is read on a worker, and the last session's article
    must not replace it (the window restores a session only when no pane shows an article
    or is opening one: `Workspace.nothing_shown`)."""
    paragraph = "En la batalla {} del comercio electrónico nadie sabe quién vivirá. 𠮷\n\n"
    (seeds_dir / "libro.txt").write_text("".join(
        f"Capítulo {n}\n\n" + "".join(paragraph.format(f"{n}.{k}") for k in range(40))
        for n in range(1, 260)), "utf-8")
    articles = _opened_before(seeds_dir, data_dir)
    book = next(a for a in articles if a.path == "libro.txt")
    assert book.chars > 500_000   # read on a worker when opened (workspace.LARGE_ARTICLE)
    last = next(a for a in articles if a.id != book.id)
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("panes/left/article", last.id)   # what the last session showed
    settings.sync()

    shell = _shell(qtbot, seeds_dir, data_dir)
    _press_enter_on(qtbot, shell, book.id)
    window = _window_showing(qtbot, seeds_dir, data_dir, shell, book.id)
    assert window.pane.article_id == book.id   # still, once every task has ended
