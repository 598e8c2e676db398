"""GUI entry point: a frame paints at once, the main window follows, the library after."""
from __future__ import annotations

import importlib
import os
import sys
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import __version__
from reader.core.library.collector import pause_collector  # (entry point: before the facade)
from reader.core.library.paths import CATALOG_FILE, resolve_data_dir  # before the facade
from reader.ui.startup import listing_reader, show_frame, ui_settings
from reader.ui.i18n import translate

if TYPE_CHECKING:
    from reader.core.library.facade import Library
    from reader.ui.main_window import MainWindow


def create_window(library: "Library", library_panel=None) -> "MainWindow":
    from PySide6.QtGui import QIcon

    from reader.ui.fonts import RESOURCES
    from reader.ui.main_window import MainWindow

    window = MainWindow(library, ui_settings(library.data_dir), library_panel)
    icon = RESOURCES / "icons" / "reader.svg"
    if icon.exists():
        window.setWindowIcon(QIcon(str(icon)))
    return window


def _import(module: str, *names: str):
    def step() -> None:
        imported = importlib.import_module(module)
        for name in names:  # the facade's names import their modules on first use
            getattr(imported, name)
    return step


#: What the main window imports, in steps of about a tenth of a second each (quiet machine):
#: between them the start-up shell answers the reader (issue 15). The facade's names load
#: the managers' modules (articles, annotations, dictionary, search, entities).
BUILD_STEPS = (
    _import("reader.core.library.facade", "fold", "Utf16Index"),
    _import("reader.core.library.facade", "article_id"), _import("reader.core.library.facade", "LoadResult"),
    _import("reader.core.library.facade", "AnnotationError", "Definition", "Event"),
    _import("reader.core.library.facade", "SearchHit", "Script"),
    _import("reader.ui.workspace"), _import("reader.ui.actions"),
    _import("reader.ui.annotation_controller"), _import("reader.ui.main_window"))


def run_gui(library: str | None = None, data_dir: str | None = None) -> int:
    # Until the frame has painted, no cyclic garbage collection: the start makes ~20,000
    # objects that all live on (the listing, the shelf records, the list's rows), and the
    # collector would walk the growing heap again and again meanwhile (issue 15).
    release = pause_collector()
    try:
        return _run_gui(library, data_dir, release)
    finally:
        release()


def _run_gui(library: str | None, data_dir: str | None, painted: Callable[[], None]) -> int:
    from reader.ui.heap import tune_allocator
    tune_allocator()  # big texts go back to the system when freed (issue 14)
    try:
        data, problem = resolve_data_dir(data_dir), None
        # issue 15: the list at once; a library never listed costs the first start nothing
        read_listing = listing_reader(library, data) if (data / CATALOG_FILE).exists() \
            else None
    except OSError as exc:
        problem = exc
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reader")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("reader")
    app.setDesktopFileName("reader")
    if problem is not None:
        QMessageBox.critical(None, translate("app", "Reader"), f"Cannot use the data folder:\n{problem}")
        return 2
    from reader.ui.i18n import apply_language  # the frame already speaks the language
    apply_language(str(ui_settings(data).value("view/language", "") or ""))
    frame = show_frame(data, read_listing)
    closed = []
    frame.closedByUser.connect(lambda: closed.append(True))
    app.processEvents()  # the frame paints before the heavy imports below
    painted()
    # The rest is built step by step; between steps the shell answers the reader (filter,
    # select, open: an article asked for opens when the window is ready).
    for step in BUILD_STEPS:
        step()
        app.processEvents()
    from reader.core.library.facade import Library
    opened = Library(library, data)
    opened.articles.read_listing_ahead()  # the list is ready when the window is
    app.processEvents()
    from reader.ui.fonts import register_bundled_fonts
    from reader.ui.main_window import start_after_first_paint
    from reader.ui.theme import apply_theme

    register_bundled_fonts()
    app.processEvents()
    if closed:
        opened.close()
        return 0
    window = create_window(opened, frame.hand_over())
    apply_theme(app, window.settings["view/theme"])
    window.show()
    frame.close_after(window)
    _open_when_listed(window, frame.requested)
    QTimer.singleShot(0, lambda: _check_environment(window))
    start_after_first_paint(window)
    return leave(app.exec(), window.tasks)


def _open_when_listed(window: "MainWindow", requested: tuple[str, str | None] | None) -> None:
    """An article asked for in the start-up shell opens once the library knows it."""
    if requested is None:
        return
    article, pane = requested
    done = []

    def open_it(_result=None) -> None:
        if not done:
            done.append(True)
            if pane is None:
                window.workspace.reveal_article(article)
            else:
                window.open_article(article, pane)
    window.jobs.listed.connect(open_it)
    window.jobs.loaded.connect(open_it)


def leave(code: int, tasks) -> int:
    """After the event loop: with background work abandoned at quit, end the process now.

    A worker may be inside a long C call (the search index, a conversion) holding the GIL,
    and the interpreter's teardown would wait for it and then free a book's objects one by
    one (~1 s, issue 14). Nothing is lost: the store and the index commit in transactions,
    the settings were synced when the window closed."""
    if getattr(tasks, "abandoned", False):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _check_environment(window: "MainWindow") -> None:
    """Problems a user can fix, said once the window is up."""
    from reader.core.library.facade import distribution_check
    from reader.ui.fonts import cjk_font_hint

    problem = distribution_check()
    if problem:
        QMessageBox.warning(window, translate("app", "Reader"), problem)
    hint = cjk_font_hint()
    if hint:
        window.statusBar().showMessage(hint, 30000)
        print(f"reader: {hint}", file=sys.stderr)
