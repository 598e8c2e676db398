"""Loading, indexing, adding articles and switching library folders: the library's long
work, run on the task runner's store worker, with progress and errors shown."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (QFileDialog, QMessageBox, QProgressDialog, QToolButton,
                               QWidget)

from reader.core.library.facade import AddResult, Library, LoadError, LoadResult, ShelfError
from reader.ui.context import AppContext
from reader.ui.library_panel import LibraryPanel
from reader.ui.search_controller import INDEX_TASK
from reader.ui.tasks import Lane, Task
from reader.ui.core_messages import reason_text
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

ARTICLE_FILTER = ("Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht *.epub);;"
                  "All files (*)")  # issue 13


class LibraryJobs(QObject):
    listed = Signal(object)            # LoadResult from the catalog, before files are checked
    loaded = Signal(object)            # LoadResult
    indexed = Signal(bool)             # whether anything changed
    added = Signal(object)             # AddResult
    statusChanged = Signal(str)        # the permanent status text
    errorsChanged = Signal(bool)       # are there unreadable files to show
    switched = Signal()                # another library folder is now open
    _batch = Signal(object, object)    # (library, articles) read by a load, from its worker

    def __init__(self, context: AppContext, panel: LibraryPanel):
        super().__init__(context)
        self.context = context
        self.panel = panel
        self.load_errors: list[LoadError] = []
        self._listed_library: Library | None = None  # whose articles the list shows
        self._batch.connect(self._read_batch)
        # Articles read by a load arrive faster than the list can take them one batch at a
        # time (a first import lists 10,000 in half a second): gathered, listed together.
        self._incoming: list[tuple[Library, list]] = []
        self._list_timer = QTimer(self, singleShot=True, interval=LIST_EVERY_MS)
        self._list_timer.timeout.connect(self._list_incoming)
        # Stops a long first read of a library; what was read stays listed and stored.
        self.stop_button = QToolButton(text=translate("library_jobs", "Stop Reading Files"))
        self.stop_button.setAccessibleName("Stop reading files")
        self.stop_button.clicked.connect(self.stop_loading)
        self.stop_button.hide()

    @property
    def library(self) -> Library:
        return self.context.library

    # -- loading ------------------------------------------------------------------------------------
    def start_loading(self) -> None:
        """List the library from its catalog at once (a library opened before), then check
        and read its files on the store worker; articles join the list as they are read."""
        self.statusChanged.emit(translate("library_jobs", "Loading {folder} …").format(
            folder=self.library.root))
        library = self.library
        self.stop_button.show()
        if self._listed_library is library:
            self._check_files(library)
            return
        self._listed_library = library
        self.context.tasks.submit(lambda _progress: _listing(library), key="list",
                                  on_done=lambda listing: self._show_listing(library, *listing))

    def _check_files(self, library: Library) -> None:
        if library is not self.library:
            return
        self.context.tasks.submit(lambda progress: library.load(
            progress, on_batch=lambda infos: self._batch.emit(library, infos)),
            label=QT_TRANSLATE_NOOP("tasks", "Loading library"), key="load",
            show_progress=True, on_done=self._loaded)

    def _show_listing(self, library: Library, result: LoadResult | None, shelf: dict,
                      problem: str) -> None:
        if library is not self.library:
            return
        if problem:
            self.context.show_message(translate(
                "library_jobs", "The library catalog could not be read ({reason}): it is made "
                "again from the files; nothing is lost.").format(reason=problem), 15000)
        if result is None:  # never listed: the files are read now, listed as they come
            self._check_files(library)
            return
        self.panel.model.set_shelf(shelf)
        # Not a reset: the start-up shell may have listed them already, and the reader
        # may have selected or scrolled since (issue 15).
        self.panel.model.update_articles(result.articles)
        self._update_status()
        self.listed.emit(result)
        # The files are checked once the list is painted: the check's thread would slow
        # painting down (one interpreter lock), and the list is what the reader waits for.
        after_paint(self.panel.table.viewport(), lambda: self._check_files(library))

    def _read_batch(self, library: Library, infos: list) -> None:
        self._incoming.append((library, infos))
        if not self._list_timer.isActive():
            self._list_timer.start()

    def _list_incoming(self) -> None:
        """What arrived since the last time, in one go: one insert and one re-sort of the
        list whatever the number of batches (each batch alone stalled the window)."""
        incoming, self._incoming = self._incoming, []
        self._list_timer.stop()
        infos = [info for library, batch in incoming if library is self.library
                 for info in batch]
        if infos:
            self.panel.model.add_articles(infos)

    def stop_loading(self) -> None:
        """Stop reading files: what was read stays listed, and is stored, so the next start
        (or Reload Library) goes on from there."""
        if not self.context.tasks.running("load"):
            return
        self.context.tasks.cancel("load")
        self.stop_button.hide()
        library = self.library
        # After the stopped load (same worker): the list as read, without glanced entries.
        self.context.tasks.submit(lambda _progress: library.articles.all(),
                                  on_done=lambda articles: self._stopped(library, articles))
        self.start_indexing()

    def _stopped(self, library: Library, articles: list) -> None:
        if library is not self.library:
            return
        self._list_incoming()
        self.panel.model.update_articles(articles)
        self._update_status()
        self.context.show_message(translate(
            "library_jobs", "Stopped reading files: {count} articles listed. Reload Library (F5) "
            "reads the others.").format(count=self.panel.model.rowCount()), 0)

    def _loaded(self, result: LoadResult) -> None:
        self.stop_button.hide()
        self._list_incoming()
        self.panel.model.update_articles(result.articles)
        self.load_errors = list(result.errors)
        self._update_status()
        # Files changed since last time: record where highlights moved (the one write).
        library = self.library
        self.context.tasks.submit(lambda _progress: library.annotations.reanchor(),
                                  label=QT_TRANSLATE_NOOP("tasks", "Re-anchoring highlights"), key="reanchor")
        self.start_indexing()
        self.loaded.emit(result)

    def _update_status(self) -> None:
        count = self.panel.model.rowCount()
        articles = (translate("library_jobs", "1 article") if count == 1 else
                    translate("library_jobs", "{count} articles").format(count=count))
        folder = self.library.root.name
        text = translate("library_jobs", "{articles} in {folder}").format(articles=articles,
                                                                           folder=folder)
        # files added from elsewhere are not "in" the library folder: say how many (18.8)
        outside = sum(1 for a in self.library.articles.all() if os.path.isabs(a.path))
        if 0 < outside <= count:
            text = translate("library_jobs", "{articles}: {inside} in {folder}, {outside} added "
                             "from other folders").format(articles=articles, inside=count - outside,
                                                          folder=folder, outside=outside)
        errors = len(self.load_errors)
        if errors:
            text += " · " + (translate(
                "library_jobs", "1 file could not be read (File → Show Unreadable Files)")
                if errors == 1 else translate(
                    "library_jobs", "{count} files could not be read (File → Show Unreadable "
                    "Files)").format(count=errors))
        self.statusChanged.emit(text)
        self.errorsChanged.emit(bool(errors))

    def show_load_errors(self) -> None:
        parent = self.context.dialog_parent
        if not self.load_errors:
            QMessageBox.information(parent, translate("library_jobs", "Reader"), translate("library_jobs", "Every file in the library could be read."))
            return
        self.context.warn(translate("library_jobs", "Unreadable files"), translate(
            "library_jobs", "{count} file(s) were skipped; the rest of the library loaded."
            ).format(count=len(self.load_errors)),
                          "\n".join(f"{e.path}: {reason_text(e.reason)}" for e in self.load_errors))

    # -- search index -------------------------------------------------------------------------------
    def start_indexing(self, rebuild: bool = False) -> None:
        """Bring the search index up to date on the store worker; searching works meanwhile."""
        if self.context.tasks.running(INDEX_TASK):
            return
        library = self.library
        self.context.tasks.submit(
            lambda progress: library.search.update_index(progress, rebuild=rebuild),
            label=QT_TRANSLATE_NOOP("tasks", "Indexing"), key=INDEX_TASK, show_progress=True, on_done=self._indexed)

    def _indexed(self, report) -> None:
        changed = bool(report.added + report.updated + report.removed)
        if report.rebuilt_because and report.rebuilt_because != "no index yet":
            self.context.show_message(translate("library_jobs", "Search index rebuilt: {reason}.").format(
                reason=report.rebuilt_because),
                                      10000)
        elif changed:
            self.context.show_message(
                translate("library_jobs", "Search index updated: {added} added, {updated} changed, "
                          "{removed} removed.").format(added=report.added, updated=report.updated,
                                                       removed=report.removed), 6000)
        self.indexed.emit(changed)

    # -- adding and switching -----------------------------------------------------------------------
    def add_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self.context.dialog_parent, translate(
            "library_jobs", "Add articles"),
                                                str(Path.home()), ARTICLE_FILTER)
        if files:
            self.add_paths(files)

    def add_folder_dialog(self, copy: bool = True) -> None:
        title = translate("library_jobs", "Add a folder of articles") if copy else translate(
            "library_jobs", "Link a folder of articles")
        folder = QFileDialog.getExistingDirectory(self.context.dialog_parent, title,
                                                  str(Path.home()))
        if folder:
            self.add_paths([folder], copy=copy)

    def choose_library_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.context.dialog_parent,
                                                  translate("library_jobs", "Open library folder"),
                                                  str(self.library.root))
        if folder:
            self.switch_library(folder)

    def switch_library(self, folder: str) -> None:
        """Open another library folder; the old one's database and index are closed."""
        old = self.library
        old.set_default_library(folder)
        for key in ("list", "load", INDEX_TASK, "events", "reanchor", "search"):
            self.context.tasks.cancel(key)
        self.context.switch_library(Library(folder, old.data_dir))
        self.panel.model.set_articles([])  # the new library's articles come in as listed
        # The store worker closes the old handles after any work already running on them.
        self.context.tasks.submit(lambda _progress: old.close(), label=QT_TRANSLATE_NOOP("tasks", "Closing library"))
        self.switched.emit()
        self.start_loading()

    def add_paths(self, paths: list[str], copy: bool = True) -> Task:
        dialog = QProgressDialog(translate("library_jobs", "Adding articles…"),
                                 translate("library_jobs", "Hide"), 0, 0, self.context.dialog_parent)
        dialog.setWindowTitle(translate("library_jobs", "Add articles"))
        dialog.setMinimumDuration(400)  # only shown when many files make it slow
        library = self.library
        known = {a.id for a in library.articles.all()}

        def finish(result: AddResult | None = None) -> None:
            dialog.close()
            dialog.deleteLater()
            if result is not None:
                self._paths_added(result, known)

        def progress(done: int, total: int, name: str) -> None:
            # per file: a big file shows what is being read, not a stuck "1/10"
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)
            if name:
                text = translate("library_jobs", "Adding {name} ({done} of {total})…").format(
                    name=name, done=done + 1, total=total)
                dialog.setLabelText(text)
                self.context.show_message(text, 0)

        return self.context.tasks.submit(
            lambda report: library.articles.add_paths(
                paths, copy=copy, progress=report,
                on_batch=lambda infos: self._batch.emit(library, infos)),
            label=QT_TRANSLATE_NOOP("tasks", "Adding articles"), lane=Lane.STORE, show_progress=True, on_done=finish,
            on_progress=progress,
            on_error=lambda message: (finish(), self.context.warn(
                "Reader", translate("library_jobs", "Adding articles failed.\n\n{message}").format(
                    message=message))))

    def _paths_added(self, result: AddResult, known: set[str] = frozenset()) -> None:
        self._list_incoming()
        self.panel.model.add_articles(result.added)
        self.load_errors.extend(result.errors)  # before the status: Show Unreadable Files
        self._update_status()
        message = import_summary(result, known)
        if result.errors:
            self.context.warn(translate("library_jobs", "Add articles"), message,
                              "\n".join(f"{e.path}: {reason_text(e.reason)}" for e in result.errors))
        self.context.show_message(message, 0)   # stays until the next message
        self.added.emit(result)
        if result.added:
            self.start_indexing()


#: How often articles read by a load join the list (at most).
LIST_EVERY_MS = 100


def import_summary(result: AddResult, known: set[str]) -> str:
    """"Added 3 articles · 1 already in the library · 2 could not be read (…)"."""
    already = sum(1 for a in result.added if a.id in known)
    new = len(result.added) - already
    parts = [translate("library_jobs", "Added 1 article") if new == 1 else
             translate("library_jobs", "Added {count} articles").format(count=new)]
    if already:
        parts.append(translate("library_jobs", "{count} already in the library (kept once)").format(
            count=already))
    if result.errors:
        count = len(result.errors)
        parts.append(translate("library_jobs", "1 file could not be read (File → Show Unreadable "
                               "Files)") if count == 1 else translate(
            "library_jobs", "{count} files could not be read (File → Show Unreadable Files)"
            ).format(count=count))
    return " · ".join(parts) + "."


def _listing(library: Library) -> tuple[LoadResult | None, dict, str]:
    """On the store worker: the library as last listed, its shelf records, and why the
    catalog could not be used (when it could not)."""
    result = library.articles.restore()
    shelf = {}
    if result is not None:
        try:
            shelf = {a: e.to_json() for a, e in library.shelf.entries().items()}
        except ShelfError:
            shelf = {}  # shown when the load refreshes the shelf
    return result, shelf, library.articles.catalog.problem


def after_paint(widget: QWidget, callback: Callable[[], None], at_most_ms: int = 1000) -> None:
    """``callback()`` once, after ``widget`` has painted — at once when it is not shown, and
    after ``at_most_ms`` anyway (a minimised window paints nothing)."""
    if not widget.isVisible():
        QTimer.singleShot(0, callback)
        return

    class Watch(QObject):
        done = False

        def fire(self) -> None:
            if not self.done:
                self.done = True
                widget.removeEventFilter(self)
                callback()

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                QTimer.singleShot(0, self.fire)
            return False

    watch = Watch(widget)
    widget.installEventFilter(watch)
    QTimer.singleShot(at_most_ms, watch.fire)
