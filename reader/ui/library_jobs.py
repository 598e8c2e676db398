"""Loading, indexing, adding articles and switching library folders: the library's long
work, run on the task runner's store worker, with progress and errors shown."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from reader.core.library.facade import AddResult, Library, LoadError, LoadResult
from reader.ui.context import AppContext
from reader.ui.library_panel import LibraryPanel
from reader.ui.search_controller import INDEX_TASK
from reader.ui.tasks import Lane, Task
from reader.ui.core_messages import reason_text
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

ARTICLE_FILTER = ("Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht *.epub);;"
                  "All files (*)")  # issue 13


class LibraryJobs(QObject):
    loaded = Signal(object)            # LoadResult
    indexed = Signal(bool)             # whether anything changed
    added = Signal(object)             # AddResult
    statusChanged = Signal(str)        # the permanent status text
    errorsChanged = Signal(bool)       # are there unreadable files to show
    switched = Signal()                # another library folder is now open

    def __init__(self, context: AppContext, panel: LibraryPanel):
        super().__init__(context)
        self.context = context
        self.panel = panel
        self.load_errors: list[LoadError] = []

    @property
    def library(self) -> Library:
        return self.context.library

    # -- loading ------------------------------------------------------------------------------------
    def start_loading(self) -> None:
        """Scan the library on the store worker; the window stays usable meanwhile."""
        self.statusChanged.emit(translate("library_jobs", "Loading {folder} …").format(
            folder=self.library.root))
        library = self.library
        self.context.tasks.submit(library.load, label=QT_TRANSLATE_NOOP("tasks", "Loading library"), key="load",
                                  show_progress=True, on_done=self._loaded)

    def _loaded(self, result: LoadResult) -> None:
        self.panel.model.set_articles(result.articles)
        self.panel.table.resizeColumnToContents(1)
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
        outside = sum(1 for a in self.library.articles.all() if Path(a.path).is_absolute())
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
        for key in ("load", INDEX_TASK, "events", "reanchor", "search"):
            self.context.tasks.cancel(key)
        self.context.switch_library(Library(folder, old.data_dir))
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
            lambda report: library.articles.add_paths(paths, copy=copy, progress=report),
            label=QT_TRANSLATE_NOOP("tasks", "Adding articles"), lane=Lane.STORE, show_progress=True, on_done=finish,
            on_progress=progress,
            on_error=lambda message: (finish(), self.context.warn(
                "Reader", translate("library_jobs", "Adding articles failed.\n\n{message}").format(
                    message=message))))

    def _paths_added(self, result: AddResult, known: set[str] = frozenset()) -> None:
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
