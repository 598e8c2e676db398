"""The main window: library list, two reading panes, docks for search and annotations.

Thin: it calls the Library facade (through worker threads for anything slow) and shows
what comes back. Search and annotations live in their own controllers.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDockWidget,
                               QFileDialog, QHeaderView, QLabel, QLineEdit, QMainWindow,
                               QMenu, QMessageBox, QProgressBar, QProgressDialog, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from reader import __version__
from reader.core.library.facade import AddResult, Library, LoadResult
from reader.core.models import LoadError
from reader.core.text.script import Script
from reader.ui.annotation_controller import AnnotationController
from reader.ui.events_panel import EventsController
from reader.ui.find_bar import FindBar
from reader.ui.fonts import CJK_FAMILIES, reading_font
from reader.ui.library_model import (LANGUAGE_NAMES, ArticleFilterProxy, ArticleIdRole,
                                     ArticleListModel)
from reader.ui.pane_container import PANE_SCRIPTS, PaneContainer
from reader.ui.reading_pane import HIGHLIGHT_COLORS, ReadingPane
from reader.ui.search_controller import SearchController
from reader.ui.theme import THEMES, apply_theme
from reader.ui.workers import Job

DEFAULT_POINT_SIZE = 13.0
#: Articles longer than this (characters) are opened in a worker thread.
LARGE_ARTICLE = 500_000
PANES = ("left", "right")
SERIF_FAMILIES = ["Noto Serif CJK SC", "Noto Serif", "DejaVu Serif", "Liberation Serif"]


class MainWindow(QMainWindow):
    libraryLoaded = Signal()
    articleOpened = Signal(str)
    indexFinished = Signal()
    searchFinished = Signal(object)
    annotationsChanged = Signal()
    eventsReady = Signal()

    def __init__(self, library: Library, settings: QSettings):
        super().__init__()
        self.library = library
        self.settings = settings
        self.load_errors: list[LoadError] = []
        self._jobs: set[Job] = set()
        self._progress_jobs: set[Job] = set()
        self.indexing = False
        self._syncing = False
        self.setWindowTitle("Reader")
        self.resize(1420, 860)
        self.setAcceptDrops(True)

        self.containers = {name: PaneContainer(name, self) for name in PANES}
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for name in PANES:
            self.splitter.addWidget(self.containers[name])
        self.find_bar = FindBar(self)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.splitter, 1)
        central_layout.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.active_name = "left"
        self._scripts = {name: _script_setting(settings, f"panes/{name}/script")
                         for name in PANES}

        self._build_library_dock()
        self.search = SearchController(self)
        self.annotations = AnnotationController(self)
        self.events = EventsController(self)
        self._wire_panes()
        self._build_actions()
        self._build_status_bar()
        self._restore_window_state()

    # -- construction ---------------------------------------------------------------------
    def _wire_panes(self) -> None:
        for name, container in self.containers.items():
            pane = container.pane
            container.set_script(self._scripts[name])
            container.activated.connect(lambda n=name: self.set_active(n))
            container.scriptChosen.connect(lambda s, n=name: self.set_script(s, n))
            container.closeRequested.connect(lambda n=name: self.close_pane(n))
            pane.articleDropped.connect(lambda article, n=name: self.open_article(article, n))
            pane.verticalScrollBar().valueChanged.connect(lambda _v, n=name: self._sync_from(n))
            self.annotations.connect_pane(pane)
        self.set_active("left")

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
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._library_menu)
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
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)

    def add_side_dock(self, title: str, name: str, widget: QWidget,
                      visible: bool) -> QDockWidget:
        """A panel docked on the right; its place and visibility are saved with the window."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.setVisible(visible)
        return dock

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.add_files_action = self._action("&Add Files…", "Ctrl+O", self.add_files_dialog)
        self.add_folder_action = self._action("Add &Folder…", "Ctrl+Shift+O",
                                              self.add_folder_dialog)
        self.link_folder_action = self._action("&Link Folder (Keep in Place)…", None,
                                               self.link_folder_dialog)
        self.open_library_action = self._action("Open &Library Folder…", "Ctrl+Shift+L",
                                                self.choose_library_dialog)
        self.reload_action = self._action("&Reload Library", "F5", self.start_loading)
        self.errors_action = self._action("Show &Unreadable Files…", None,
                                          self.show_load_errors)
        self.export_action = self._action("&Export Highlights…", "Ctrl+E",
                                          self.annotations.export_dialog)
        self.quit_action = self._action("&Quit", "Ctrl+Q", self.close)
        _fill(file_menu, [self.add_files_action, self.add_folder_action,
                          self.link_folder_action, None,
                          self.open_library_action, self.reload_action, self.errors_action,
                          None, self.export_action, None, self.quit_action])

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self.annotations.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.annotations.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        self.highlight_action = self._action("&Highlight Selection", "Ctrl+H",
                                             lambda: self.annotations.recolor("yellow"))
        self.color_actions = []
        for number, color in enumerate(HIGHLIGHT_COLORS, start=1):
            self.color_actions.append(self._action(
                f"Highlight / Recolour {color.capitalize()}", f"Ctrl+Alt+{number}",
                lambda _=False, c=color: self.annotations.recolor(c)))
        self.note_action = self._action("Add or Edit &Note…", "Ctrl+Shift+N",
                                        lambda: self.annotations.note())
        self.delete_highlight_action = self._action("&Delete Highlight", "Ctrl+Shift+D",
                                                    lambda: self.annotations.delete())
        _fill(edit_menu, [self.undo_action, self.redo_action, None, self.highlight_action,
                          *self.color_actions, self.note_action, self.delete_highlight_action])

        search_menu = bar.addMenu("&Search")
        self.search_action = self._action("Search &Library…", "Ctrl+Shift+F",
                                          self.search.show_search)
        self.find_action = self._action("&Find in Article…", "Ctrl+F",
                                        self.search.open_find_bar)
        self.next_match_action = self._action("Find &Next", "F3",
                                              lambda: self.search.step_match(+1))
        self.previous_match_action = self._action("Find &Previous", "Shift+F3",
                                                  lambda: self.search.step_match(-1))
        self.reindex_action = self._action("&Update Search Index", None, self.start_indexing)
        self.rebuild_index_action = self._action(
            "&Rebuild Search Index", None, lambda: self.start_indexing(rebuild=True))
        _fill(search_menu, [self.search_action, self.find_action, self.next_match_action,
                            self.previous_match_action, None, self.reindex_action,
                            self.rebuild_index_action])

        view_menu = bar.addMenu("&View")
        toolbar = self.addToolBar("Script")
        toolbar.setObjectName("script-toolbar")
        self.script_group = QActionGroup(self)
        self.script_actions: dict[Script, QAction] = {}
        for number, script in enumerate(PANE_SCRIPTS, start=1):
            action = self._action(script.label, f"Alt+{number}",
                                  lambda checked=False, s=script: self.set_script(s))
            action.setCheckable(True)
            action.setToolTip(f"Show the active pane in {script.label.lower()} script "
                              f"(Alt+{number})")
            self.script_group.addAction(action)
            self.script_actions[script] = action
            view_menu.addAction(action)
            toolbar.addAction(action)
        toolbar.addSeparator()
        self.sync_action = self._action("S&ynchronised Scrolling", "Ctrl+Shift+Y",
                                        self._sync_toggled)
        self.sync_action.setCheckable(True)
        self.sync_action.setChecked(self.settings.value("view/sync", "true") == "true")
        toolbar.addAction(self.sync_action)
        self.swap_action = self._action("S&wap Panes", "Ctrl+Shift+W", self.swap_panes)
        toolbar.addAction(self.swap_action)
        self.open_left_action = self._action("Open in &Left Pane", "Ctrl+Alt+Left",
                                             lambda: self.open_selected("left"))
        self.open_right_action = self._action("Open in &Right Pane", "Ctrl+Alt+Right",
                                               lambda: self.open_selected("right"))
        _fill(view_menu, [None, self.sync_action, self.swap_action, self.open_left_action,
                          self.open_right_action, None])

        self.zoom_in_action = self._action("Zoom &In", "Ctrl+=", lambda: self.zoom(+1))
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = self._action("Zoom &Out", "Ctrl+-", lambda: self.zoom(-1))
        self.zoom_reset_action = self._action("&Actual Size", "Ctrl+0", lambda: self.zoom(0))
        self.serif_action = self._action("&Serif Font", None, self._serif_toggled)
        self.serif_action.setCheckable(True)
        self.serif_action.setChecked(self.settings.value("view/serif", "false") == "true")
        _fill(view_menu, [self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action,
                          self.serif_action, None])
        theme_menu = view_menu.addMenu("&Theme")
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for theme in THEMES:
            action = QAction(theme.capitalize() if theme != "system" else "Follow System",
                             self, checkable=True)
            action.triggered.connect(lambda _=False, t=theme: self.set_theme(t))
            self.theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.theme_actions[str(self.settings.value("view/theme", "system"))
                           if self.settings.value("view/theme", "system") in THEMES
                           else "system"].setChecked(True)
        view_menu.addSeparator()
        self.focus_library_action = self._action("Focus &Library", "Ctrl+1",
                                                 lambda: self.table.setFocus())
        self.focus_left_action = self._action("Focus Left Pane", "Ctrl+2",
                                              lambda: self.focus_pane("left"))
        self.focus_right_action = self._action("Focus Right Pane", "Ctrl+3",
                                               lambda: self.focus_pane("right"))
        self.annotations_panel_action = self._action("&Annotations Panel", "Ctrl+Shift+A",
                                                     self.annotations.show_panel)
        self.events_panel_action = self._action("&Events Timeline", "Ctrl+Shift+E",
                                                self._show_events)
        _fill(view_menu, [self.focus_library_action, self.focus_left_action,
                          self.focus_right_action, None, self.annotations_panel_action,
                          self.events_panel_action, self.library_dock.toggleViewAction(),
                          self.search.dock.toggleViewAction(),
                          self.annotations.dock.toggleViewAction(),
                          self.events.dock.toggleViewAction()])

        help_menu = bar.addMenu("&Help")
        self.shortcuts_action = self._action("&Keyboard Shortcuts", "F1", self.show_shortcuts)
        self.about_action = self._action("&About Reader", None, self.show_about)
        _fill(help_menu, [self.shortcuts_action, self.about_action])

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _build_status_bar(self) -> None:
        self.status_label = QLabel("Loading library…")
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        bar = self.statusBar()
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.progress_bar)

    # -- panes ----------------------------------------------------------------------------------
    @property
    def pane(self) -> ReadingPane:
        """The active reading pane."""
        return self.containers[self.active_name].pane

    def pane_named(self, name: str) -> ReadingPane:
        return self.containers[name].pane

    def reading_panes(self) -> list[ReadingPane]:
        return [c.pane for c in self.containers.values() if c.isVisible() or c.pane.article_id]

    @property
    def script(self) -> Script:
        return self._scripts[self.active_name]

    def set_active(self, name: str) -> None:
        self.active_name = name
        for other, container in self.containers.items():
            container.set_active(other == name)
        if hasattr(self, "script_actions"):
            self.script_actions[self._scripts[name]].setChecked(True)
        article = self.pane.article_id
        if article:
            self.setWindowTitle(f"{self.library.info(article).title} — Reader")
            self._select_row(article)
        if hasattr(self, "search"):
            self.search.reset_anchor()
        if hasattr(self, "events"):
            self.events.panel.set_current_article(article)
            self.events.panel.model.set_script(self._scripts[name])

    def _show_events(self) -> None:
        self.events.dock.show()
        self.events.dock.raise_()
        self.events.panel.text_edit.setFocus()

    def focus_pane(self, name: str) -> None:
        container = self.containers[name]
        if not container.isVisible():
            container.show()
        container.pane.setFocus()
        self.set_active(name)

    def open_selected(self, name: str) -> None:
        index = self.table.currentIndex()
        article = index.siblingAtColumn(0).data(ArticleIdRole) if index.isValid() else None
        if article:
            self.open_article(article, name)

    def _library_menu(self, position) -> None:
        index = self.table.indexAt(position)
        article = index.siblingAtColumn(0).data(ArticleIdRole) if index.isValid() else None
        if not article:
            return
        menu = QMenu(self)
        menu.addAction("Open in Left Pane").triggered.connect(
            lambda: self.open_article(article, "left"))
        menu.addAction("Open in Right Pane").triggered.connect(
            lambda: self.open_article(article, "right"))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _open_index(self, index) -> None:
        article_id = index.siblingAtColumn(0).data(ArticleIdRole)
        if article_id and article_id != self.pane.article_id:
            self.open_article(article_id)

    def open_article(self, article_id: str, pane_name: str | None = None) -> bool:
        """Show an article; a large one not yet in memory is read and cleaned in a worker
        (the window stays responsive) and shown when ready. Returns whether it is shown."""
        name = pane_name or self.active_name
        try:
            info = self.library.info(article_id)
        except KeyError as exc:
            QMessageBox.warning(self, "Reader", f"Could not open the article.\n\n{exc}")
            return False
        script = self._scripts[name]
        if info.chars > LARGE_ARTICLE and not self.library.has_document(article_id):
            self.statusBar().showMessage(f"Opening {info.title} …")
            job = self._run(lambda _progress: self.library.view(article_id, script),
                            lambda view: self._show_article(article_id, name, view),
                            f"Opening {info.title}")
            job.failed.connect(lambda _message: None)  # _run already reports it
            return False
        try:
            view = self.library.view(article_id, script)
        except Exception as exc:  # the file may have vanished or changed since loading
            QMessageBox.warning(self, "Reader", f"Could not open the article.\n\n{exc}")
            return False
        self._show_article(article_id, name, view)
        return True

    def _show_article(self, article_id: str, name: str, view) -> None:
        container = self.containers[name]
        pane = container.pane
        info = self.library.info(article_id)
        self._remember_position(pane)
        container.show()
        saved = self.settings.value(f"positions/{article_id}", 0)
        self._syncing = True  # opening is not a scroll to mirror
        try:
            pane.show_view(article_id, view, reading_offset=int(saved or 0))
            pane.set_suspects(self.library.document(article_id).report.suspect_spans)
        finally:
            self._syncing = False
        container.show_info(info)
        self.set_active(name)
        self.annotations.refresh()
        self.articleOpened.emit(article_id)

    def _remember_position(self, pane: ReadingPane) -> None:
        if pane.article_id:
            self.settings.setValue(f"positions/{pane.article_id}", pane.top_reading_offset())

    def _select_row(self, article_id: str) -> None:
        row = self.model.row_of(article_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid() and self.table.currentIndex().row() != proxy_index.row():
            self.table.selectRow(proxy_index.row())

    def set_script(self, script: Script, pane_name: str | None = None) -> None:
        name = pane_name or self.active_name
        script = Script(script)
        self._scripts[name] = script
        self.settings.setValue(f"panes/{name}/script", script.value)
        container = self.containers[name]
        container.set_script(script)
        if name == self.active_name:
            self.script_actions[script].setChecked(True)
        pane = container.pane
        if pane.article_id:
            view = self.library.view(pane.article_id, script)
            self._syncing = True
            try:
                # Highlights stay with the pane in reading-text offsets: the new view maps them.
                pane.show_view(pane.article_id, view, keep_position=True)
            finally:
                self._syncing = False
        if name == self.active_name:
            self.events.panel.model.set_script(script)
        container.refresh_status()

    def close_pane(self, name: str) -> None:
        container = self.containers[name]
        other = "right" if name == "left" else "left"
        if not self.containers[other].isVisible():
            # The last pane stays: closing it just empties it.
            self._remember_position(container.pane)
            container.pane.clear_article()
            container.show_info(None)
            return
        self._remember_position(container.pane)
        container.pane.clear_article()
        container.show_info(None)
        container.hide()
        self.set_active(other)

    def swap_panes(self) -> None:
        left, right = self.containers["left"], self.containers["right"]
        states = {}
        for name, container in (("left", left), ("right", right)):
            pane = container.pane
            states[name] = (pane.article_id, self._scripts[name],
                            pane.top_reading_offset() if pane.article_id else 0)
        for name, other in (("left", "right"), ("right", "left")):
            article, script, offset = states[other]
            self._scripts[name] = script
            self.settings.setValue(f"panes/{name}/script", script.value)
            self.containers[name].set_script(script)
            if article:
                self.settings.setValue(f"positions/{article}", offset)
                self.open_article(article, name)
            else:
                self.containers[name].pane.clear_article()
                self.containers[name].show_info(None)

    # -- synchronised scrolling -------------------------------------------------------------------
    def _sync_toggled(self) -> None:
        self.settings.setValue("view/sync", "true" if self.sync_action.isChecked() else "false")

    def _sync_from(self, name: str) -> None:
        if self._syncing or not self.sync_action.isChecked():
            return
        source = self.containers[name].pane
        other_name = "right" if name == "left" else "left"
        target_container = self.containers[other_name]
        target = target_container.pane
        if not target_container.isVisible() or not source.article_id or not target.article_id:
            return
        self._syncing = True
        try:
            if source.article_id == target.article_id:
                # Same article: the same reading-text position, through each view's map.
                offset, pixel = source._top_anchor()
                target.scroll_to_reading_offset(offset, pixel)
            else:
                # Different articles: the same proportion of paragraphs.
                index, fraction = source.paragraph_position()
                ratio = target.paragraph_count() / max(source.paragraph_count(), 1)
                position = (index + fraction) * ratio
                target.scroll_to_paragraph(int(position), position - int(position))
        finally:
            self._syncing = False

    # -- state ------------------------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        else:
            self.resizeDocks([self.library_dock, self.events.dock], [300, 330],
                             Qt.Orientation.Horizontal)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        if self.settings.value("panes/right/visible", "false") != "true":
            self.containers["right"].hide()
        self._apply_fonts()

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("panes/active", self.active_name)
        for name, container in self.containers.items():
            pane = container.pane
            self.settings.setValue(f"panes/{name}/article", pane.article_id or "")
            self.settings.setValue(f"panes/{name}/visible",
                                   "true" if container.isVisible() and pane.article_id
                                   else "false")
            self._remember_position(pane)
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        for job in list(self._jobs):
            job.cancel()
            job.wait(5000)
        super().closeEvent(event)

    def _restore_panes(self) -> None:
        opened = False
        for name in PANES:
            article = str(self.settings.value(f"panes/{name}/article", "") or "")
            if article and self.model.row_of(article) >= 0:
                opened |= self.open_article(article, name)
        active = str(self.settings.value("panes/active", "left"))
        if active in PANES and self.containers[active].pane.article_id:
            self.set_active(active)
        if not opened and self.settings.value("panes/left/article") is None \
                and self.proxy.rowCount():
            # First run: show something to read.
            self.open_article(self.proxy.index(0, 0).data(ArticleIdRole), "left")

    # -- appearance --------------------------------------------------------------------------------
    def zoom(self, step: int) -> None:
        current = float(self.settings.value("reading/point_size", DEFAULT_POINT_SIZE))
        size = DEFAULT_POINT_SIZE if step == 0 else min(40.0, max(7.0, current + step))
        self.settings.setValue("reading/point_size", size)
        for container in self.containers.values():
            container.pane.set_point_size(size)

    def _serif_toggled(self) -> None:
        self.settings.setValue("view/serif", "true" if self.serif_action.isChecked() else "false")
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        size = float(self.settings.value("reading/point_size", DEFAULT_POINT_SIZE))
        families = list(reading_font().families())
        if self.serif_action.isChecked():
            families = SERIF_FAMILIES + [f for f in families if f not in CJK_FAMILIES] + \
                [f for f in families if f in CJK_FAMILIES]
        for container in self.containers.values():
            container.pane.set_reading_font(families, size)

    def set_theme(self, theme: str) -> None:
        self.settings.setValue("view/theme", theme)
        self.theme_actions[theme].setChecked(True)
        apply_theme(QApplication.instance(), theme)

    # -- loading ------------------------------------------------------------------------------------
    def start_loading(self) -> None:
        """Scan the library in a worker; the window stays usable meanwhile."""
        self.status_label.setText(f"Loading {self.library.root} …")
        self._run(self.library.load, self._library_loaded, "Loading library")

    def track_job(self, job: Job) -> None:
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        job.finished.connect(job.deleteLater)

    def run_with_progress(self, func, on_success, label: str) -> Job:
        return self._run(func, on_success, label)

    def _run(self, func, on_success, label: str) -> Job:
        """A job whose progress shows in the status bar."""
        job = Job(func, self)
        self._jobs.add(job)
        self._progress_jobs.add(job)
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
        self._progress_jobs.discard(job)
        job.deleteLater()
        if not self._progress_jobs:
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
        self.events.start()
        if not any(c.pane.article_id for c in self.containers.values()):
            self._restore_panes()
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
        box.open()

    # -- search index -------------------------------------------------------------------------------
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
        if changed:
            self.search.rerun()

    # -- adding -------------------------------------------------------------------------------------
    def add_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Add articles", str(Path.home()),
            "Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.mhtml *.mht *.epub);;"
            "All files (*)")  # wiring (issue 13)
        if files:
            self.add_paths(files)

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Add a folder of articles",
                                                  str(Path.home()))
        if folder:
            self.add_paths([folder])

    def link_folder_dialog(self) -> None:
        """Add a folder's articles without copying them: they stay where they are."""
        folder = QFileDialog.getExistingDirectory(self, "Link a folder of articles",
                                                  str(Path.home()))
        if folder:
            self.add_paths([folder], copy=False)

    def choose_library_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open library folder",
                                                  str(self.library.root))
        if folder:
            self.library.set_default_library(folder)
            self.library = Library(folder, self.library.data_dir)
            for container in self.containers.values():
                container.pane.clear_article()
                container.show_info(None)
            self.start_loading()

    def add_paths(self, paths: list[str], copy: bool = True) -> Job:
        dialog = QProgressDialog("Adding articles…", "Hide", 0, 0, self)
        dialog.setWindowTitle("Add articles")
        dialog.setMinimumDuration(400)  # only shown when many files make it slow
        job = self._run(lambda progress: self.library.add_paths(paths, copy=copy,
                                                                 progress=progress),
                        self._paths_added, "Adding articles")
        job.progress.connect(lambda done, total, _n: (dialog.setMaximum(max(total, 1)),
                                                       dialog.setValue(done)))
        job.finished.connect(dialog.close)
        job.finished.connect(dialog.deleteLater)
        return job

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
            self.start_indexing()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()

    # -- help --------------------------------------------------------------------------------------
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
        rows = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>"
                       for name, keys in self.shortcut_rows())
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts",
                          f"<table>{rows}</table>", QMessageBox.StandardButton.Ok, self)
        box.open()

    def show_about(self) -> None:
        QMessageBox.about(self, "About Reader",
                          f"<h3>Reader {__version__}</h3><p>An offline reader for Chinese "
                          "(simplified and traditional) and Spanish articles.</p>"
                          "<p>Search: Whoosh · Scripts: OpenCC · UI: Qt for Python</p>")


def _fill(menu, actions) -> None:
    for action in actions:
        menu.addSeparator() if action is None else menu.addAction(action)


def _script_setting(settings: QSettings, key: str) -> Script:
    try:
        return Script(settings.value(key, Script.ORIGINAL.value))
    except ValueError:
        return Script.ORIGINAL


def start_after_first_paint(window: MainWindow) -> None:
    """The window paints first; the library loads right after, off the GUI thread."""
    QTimer.singleShot(0, window.start_loading)
