"""The main window: library list, reading pane, script toggle. Thin: it calls the Library
facade (through worker threads for anything slow) and shows what comes back."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDockWidget, QFileDialog,
                               QHeaderView, QLabel, QLineEdit, QMainWindow, QMessageBox,
                               QProgressBar, QTableView, QVBoxLayout, QWidget)

from reader import __version__
from reader.core.library import AddResult, Library, LoadResult
from reader.core.models import LoadError
from reader.core.query import QuerySyntaxError
from reader.core.script import Script
from reader.ui.library_model import (LANGUAGE_NAMES, ArticleFilterProxy, ArticleIdRole,
                                     ArticleListModel)
from reader.ui.find_bar import FindBar
from reader.ui.reading_pane import ReadingPane
from reader.ui.search_panel import SearchPanel
from reader.ui.workers import Job

DEFAULT_POINT_SIZE = 13.0
SEARCH_LIMIT = 200
TOGGLE_SCRIPTS = (Script.ORIGINAL, Script.SIMPLIFIED, Script.TRADITIONAL, Script.TAIWAN)


class MainWindow(QMainWindow):
    libraryLoaded = Signal()
    articleOpened = Signal(str)
    indexFinished = Signal()
    searchFinished = Signal(object)

    def __init__(self, library: Library, settings: QSettings):
        super().__init__()
        self.library = library
        self.settings = settings
        self.load_errors: list[LoadError] = []
        self._jobs: set[Job] = set()
        self._script = Script(settings.value("reading/script", Script.ORIGINAL.value))
        self.setWindowTitle("Reader")
        self.resize(1200, 800)

        self.pane = ReadingPane(self)
        self.find_bar = FindBar(self)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.pane, 1)
        central_layout.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.indexing = False
        self._search_generation = 0
        self._find_anchor: int | None = None
        self._build_library_dock()
        self._build_search_dock()
        self._build_actions()
        self._build_status_bar()
        self._restore_window_state()
        self.pane.positionChanged.connect(self._update_position_label)

    # -- construction ---------------------------------------------------------------
    def _build_library_dock(self) -> None:
        self.model = ArticleListModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(placeholderText="Filter by title…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.language_combo = QComboBox()
        self.language_combo.addItem("All languages", "")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_language(self.language_combo.currentData()))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._open_index)
        self.table.clicked.connect(self._open_index)

        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.language_combo)
        layout.addWidget(self.table)
        self.library_dock = QDockWidget("Library", self)
        self.library_dock.setObjectName("library-dock")
        self.library_dock.setWidget(container)
        self.library_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable |
                                      QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)

    def _build_search_dock(self) -> None:
        self.search_panel = SearchPanel(self)
        self.search_dock = QDockWidget("Search", self)
        self.search_dock.setObjectName("search-dock")
        self.search_dock.setWidget(self.search_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.search_panel.searchRequested.connect(self.run_search)
        self.search_panel.hitActivated.connect(self.open_hit)
        self.find_bar.queryChanged.connect(self.find_in_article)
        self.find_bar.nextRequested.connect(lambda: self.step_match(+1))
        self.find_bar.previousRequested.connect(lambda: self.step_match(-1))
        self.find_bar.closed.connect(self._find_closed)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.add_files_action = self._action("&Add Files…", "Ctrl+O",
                                             self.add_files_dialog)
        self.add_folder_action = self._action("Add &Folder…", "Ctrl+Shift+O",
                                              self.add_folder_dialog)
        self.open_library_action = self._action("Open &Library Folder…", "Ctrl+Shift+L",
                                                self.choose_library_dialog)
        self.reload_action = self._action("&Reload Library", "F5",
                                          self.start_loading)
        self.errors_action = self._action("Show &Unreadable Files…", None,
                                          self.show_load_errors)
        self.quit_action = self._action("&Quit", "Ctrl+Q", self.close)
        for action in (self.add_files_action, self.add_folder_action, None,
                       self.open_library_action, self.reload_action, self.errors_action,
                       None, self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)

        search_menu = self.menuBar().addMenu("&Search")
        self.search_action = self._action("Search &Library…", "Ctrl+Shift+F",
                                          self.show_search)
        self.find_action = self._action("&Find in Article…", "Ctrl+F", self.open_find_bar)
        self.next_match_action = self._action("Find &Next", "F3", lambda: self.step_match(+1))
        self.previous_match_action = self._action("Find &Previous", "Shift+F3",
                                                  lambda: self.step_match(-1))
        self.reindex_action = self._action("&Update Search Index", None, self.start_indexing)
        self.rebuild_index_action = self._action(
            "&Rebuild Search Index", None, lambda: self.start_indexing(rebuild=True))
        for action in (self.search_action, self.find_action, self.next_match_action,
                       self.previous_match_action, None, self.reindex_action,
                       self.rebuild_index_action):
            search_menu.addSeparator() if action is None else search_menu.addAction(action)

        view_menu = self.menuBar().addMenu("&View")
        toolbar = self.addToolBar("Script")
        toolbar.setObjectName("script-toolbar")
        self.script_group = QActionGroup(self)
        self.script_actions: dict[Script, QAction] = {}
        for number, script in enumerate(TOGGLE_SCRIPTS, start=1):
            action = self._action(script.label, f"Alt+{number}",
                                  lambda checked=False, s=script: self.set_script(s))
            action.setCheckable(True)
            action.setChecked(script is self._script)
            action.setToolTip(f"Show the article in {script.label.lower()} script "
                              f"(Alt+{number})")
            self.script_group.addAction(action)
            self.script_actions[script] = action
            view_menu.addAction(action)
            toolbar.addAction(action)
        view_menu.addSeparator()
        self.zoom_in_action = self._action("Zoom &In", "Ctrl+=",
                                           lambda: self.zoom(+1))
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action("Zoom &Out", "Ctrl+-",
                                            lambda: self.zoom(-1))
        self.zoom_reset_action = self._action("&Actual Size", "Ctrl+0", lambda: self.zoom(0))
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.library_dock.toggleViewAction())
        view_menu.addAction(self.search_dock.toggleViewAction())

        help_menu = self.menuBar().addMenu("&Help")
        self.shortcuts_action = self._action("&Keyboard Shortcuts", "F1",
                                             self.show_shortcuts)
        self.about_action = self._action("&About Reader", None, self.show_about)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_status_bar(self) -> None:
        self.status_label = QLabel("Loading library…")
        self.position_label = QLabel("")
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.position_label)
        bar.addPermanentWidget(self.progress_bar)

    # -- state ------------------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:
            self.resizeDocks([self.library_dock], [420], Qt.Orientation.Horizontal)
        size = float(self.settings.value("reading/point_size", DEFAULT_POINT_SIZE))
        self.pane.set_point_size(size)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("reading/script", self._script.value)
        if self.pane.article_id:
            self.settings.setValue("reading/article", self.pane.article_id)
            self.settings.setValue(f"positions/{self.pane.article_id}",
                                   self.pane.top_reading_offset())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        for job in list(self._jobs):
            job.cancel()
            job.wait(5000)
        super().closeEvent(event)

    # -- loading ---------------------------------------------------------------------------
    def start_loading(self) -> None:
        """Scan the library in a worker; the window stays usable meanwhile."""
        self.status_label.setText(f"Loading {self.library.root} …")
        self._run(self.library.load, self._library_loaded, "Loading library")

    def _run(self, func, on_success, label: str) -> Job:
        job = Job(func, self)
        self._jobs.add(job)
        job.progress.connect(self._show_progress)
        job.succeeded.connect(on_success)
        job.failed.connect(lambda message: self._job_failed(label, message))
        job.finished.connect(lambda: self._job_finished(job))
        self.progress_bar.setFormat(f"{label} %v/%m")
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        job.start()
        return job

    def _job_finished(self, job: Job) -> None:
        self._jobs.discard(job)
        job.deleteLater()
        if not self._jobs:
            self.progress_bar.hide()

    def _show_progress(self, done: int, total: int, _label: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _job_failed(self, label: str, message: str) -> None:
        self.status_label.setText(f"{label} failed: {message}")
        box = QMessageBox(QMessageBox.Icon.Warning, "Reader", f"{label} failed.\n\n{message}",
                          QMessageBox.StandardButton.Ok, self)
        box.open()  # not exec(): a failure in the background never blocks the window

    def _library_loaded(self, result: LoadResult) -> None:
        self.model.set_articles(result.articles)
        self.table.resizeColumnToContents(1)
        self.load_errors = list(result.errors)
        self._update_status()
        self.start_indexing()
        last = self.settings.value("reading/article")
        if self.pane.article_id is None:
            if last and self.model.row_of(str(last)) >= 0:
                self.open_article(str(last))
            elif self.proxy.rowCount() and last is None:  # first run: show something to read
                self.open_article(self.proxy.index(0, 0).data(ArticleIdRole))
        self.libraryLoaded.emit()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        text = f"{count} article{'s' if count != 1 else ''} in {self.library.root.name}"
        if self.load_errors:
            text += (f" · {len(self.load_errors)} file{'s' if len(self.load_errors) != 1 else ''}"
                     " could not be read (File → Show Unreadable Files)")
        self.status_label.setText(text)
        self.errors_action.setEnabled(bool(self.load_errors))

    def show_load_errors(self) -> None:
        if not self.load_errors:
            QMessageBox.information(self, "Reader", "Every file in the library could be read.")
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "Unreadable files",
                          f"{len(self.load_errors)} file(s) were skipped; the rest of the "
                          "library loaded.", QMessageBox.StandardButton.Ok, self)
        box.setDetailedText("\n".join(f"{e.path}: {e.reason}" for e in self.load_errors))
        box.exec()

    # -- search ----------------------------------------------------------------------------------
    def start_indexing(self, rebuild: bool = False) -> None:
        """Bring the search index up to date in a worker; searching works meanwhile."""
        if self.indexing:
            return
        self.indexing = True
        job = self._run(lambda progress: self.library.update_index(progress, rebuild=rebuild),
                        self._indexed, "Indexing")
        job.failed.connect(lambda _message: setattr(self, "indexing", False))

    def _indexed(self, report) -> None:
        self.indexing = False
        changed = report.added + report.updated + report.removed
        if report.rebuilt_because and report.rebuilt_because != "no index yet":
            self.statusBar().showMessage(
                f"Search index rebuilt: {report.rebuilt_because}.", 10000)
        elif changed:
            self.statusBar().showMessage(
                f"Search index updated: {report.added} added, {report.updated} changed, "
                f"{report.removed} removed.", 6000)
        self.indexFinished.emit()
        query = self.search_panel.query_edit.text().strip()
        if query and changed:
            self.run_search(query)

    def show_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_query()

    def run_search(self, query: str) -> None:
        self._search_generation += 1
        generation = self._search_generation
        job = Job(lambda _progress: self.library.search(query, limit=SEARCH_LIMIT), self)
        self._jobs.add(job)
        job.succeeded.connect(lambda result: self._search_done(generation, result))
        job.failed.connect(lambda message: self.search_panel.show_results(
            query, 0, [], f"Search failed: {message}", self.indexing))
        job.finished.connect(lambda: self._jobs.discard(job))
        job.finished.connect(job.deleteLater)
        job.start()

    def _search_done(self, generation: int, result) -> None:
        if generation != self._search_generation:
            return
        self.search_panel.show_results(result.query, result.total, result.hits, result.error,
                                       self.indexing)
        self.searchFinished.emit(result)

    def open_hit(self, hit) -> None:
        if self.pane.article_id != hit.id:
            self.open_article(hit.id)
        if self.pane.article_id == hit.id:
            self.pane.set_marks([(m.start, m.end) for m in hit.matches])
            self._show_match_status()

    def open_find_bar(self) -> None:
        self._find_anchor = None
        self.find_bar.open_bar()

    def find_in_article(self, query: str) -> None:
        if not self.pane.article_id:
            self.find_bar.set_status("no article open")
            return
        if not query.strip():
            self.pane.set_marks([])
            self.find_bar.set_status("")
            return
        try:
            spans = self.library.find_in_article(self.pane.article_id, query)
        except QuerySyntaxError as exc:
            self.pane.set_marks([])
            self.find_bar.set_status(str(exc))
            return
        # Each refinement of the query starts from where the reader was when Find opened.
        if self._find_anchor is None:
            self._find_anchor = self.pane.top_reading_offset()
        first = next((i for i, (start, _) in enumerate(spans) if start >= self._find_anchor), 0)
        self.pane.set_marks(spans, current=first)
        self._show_match_status()

    def step_match(self, step: int) -> None:
        self.pane.step_mark(step)
        self._show_match_status()

    def _show_match_status(self) -> None:
        marks = self.pane.marks
        text = (f"{self.pane.current_mark + 1} of {len(marks)}" if marks else "no matches")
        self.find_bar.set_status(text)
        self.statusBar().showMessage(f"Match {text}", 3000)

    def _find_closed(self) -> None:
        self._find_anchor = None
        self.pane.set_marks([])
        self.pane.setFocus()

    # -- reading ------------------------------------------------------------------------------
    def _open_index(self, index) -> None:
        article_id = index.data(ArticleIdRole)
        if article_id and article_id != self.pane.article_id:
            self.open_article(article_id)

    def open_article(self, article_id: str) -> None:
        try:
            view = self.library.view(article_id, self._script)
        except Exception as exc:  # the file may have vanished or changed since loading
            QMessageBox.warning(self, "Reader", f"Could not open the article.\n\n{exc}")
            return
        if self.pane.article_id:
            self.settings.setValue(f"positions/{self.pane.article_id}",
                                   self.pane.top_reading_offset())
        self._find_anchor = None
        saved = self.settings.value(f"positions/{article_id}", 0)
        self.pane.show_view(article_id, view, reading_offset=int(saved or 0))
        info = self.library.info(article_id)
        self.setWindowTitle(f"{info.title} — Reader")
        self._select_row(article_id)
        self._update_position_label()
        self.articleOpened.emit(article_id)

    def _select_row(self, article_id: str) -> None:
        row = self.model.row_of(article_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self.table.selectRow(proxy_index.row())

    def set_script(self, script: Script) -> None:
        self._script = Script(script)
        self.script_actions[self._script].setChecked(True)
        self.settings.setValue("reading/script", self._script.value)
        if self.pane.article_id:
            view = self.library.view(self.pane.article_id, self._script)
            self.pane.show_view(self.pane.article_id, view, keep_position=True)
        self._update_position_label()

    @property
    def script(self) -> Script:
        return self._script

    def _update_position_label(self, *_args) -> None:
        if not self.pane.article_id:
            self.position_label.setText("")
            return
        info = self.library.info(self.pane.article_id)
        parts = [LANGUAGE_NAMES.get(info.language, info.language), self._script.label]
        if info.date:
            parts.append(info.date)
        parts.append(f"{self.pane.position_percent()}%")
        self.position_label.setText(" · ".join(parts))

    def zoom(self, step: int) -> None:
        current = float(self.settings.value("reading/point_size", DEFAULT_POINT_SIZE))
        size = DEFAULT_POINT_SIZE if step == 0 else min(40.0, max(7.0, current + step))
        self.settings.setValue("reading/point_size", size)
        self.pane.set_point_size(size)

    # -- adding ----------------------------------------------------------------------------------
    def add_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Add articles", str(Path.home()),
            "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)")
        if files:
            self.add_paths(files)

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add a folder of articles",
                                                  str(Path.home()))
        if folder:
            self.add_paths([folder])

    def choose_library_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open library folder",
                                                  str(self.library.root))
        if folder:
            self.library.set_default_library(folder)
            self.library = Library(folder, self.library.data_dir)
            self.pane.clear_article()
            self.start_loading()

    def add_paths(self, paths: list[str]) -> Job:
        return self._run(lambda progress: self.library.add_paths(paths, progress=progress),
                         self._paths_added, "Adding articles")

    def _paths_added(self, result: AddResult) -> None:
        self.model.add_articles(result.added)
        self._update_status()
        message = f"Added {len(result.added)} article(s)."
        if result.errors:
            self.load_errors.extend(result.errors)
            box = QMessageBox(QMessageBox.Icon.Warning, "Add articles",
                              message + f" {len(result.errors)} file(s) could not be read.",
                              QMessageBox.StandardButton.Ok, self)
            box.setDetailedText("\n".join(f"{e.path}: {e.reason}" for e in result.errors))
            box.open()
        self.status_label.setText(message)
        if result.added:
            self.open_article(result.added[0].id)

    # -- help ---------------------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for action in self.actions():
            if action.shortcut().isEmpty():
                continue
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                             for s in action.shortcuts())
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
        return rows

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td>{name}</td><td><b>{keys}</b></td></tr>"
                       for name, keys in self.shortcut_rows())
        QMessageBox.information(self, "Keyboard shortcuts", f"<table>{rows}</table>")

    def show_about(self) -> None:
        QMessageBox.about(self, "About Reader",
                          f"<h3>Reader {__version__}</h3><p>An offline reader for Chinese "
                          "(simplified and traditional) and Spanish articles.</p>")


def start_after_first_paint(window: MainWindow) -> None:
    """The window paints first; the library loads right after, off the GUI thread."""
    QTimer.singleShot(0, window.start_loading)
