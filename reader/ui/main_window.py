"""The main window: composition and wiring only.

It builds the workspace (the panes), the controllers and panels, the actions, menus and
docks from the tables in ``actions.py``, and connects their signals. Panels and
controllers never import it: they get an ``AppContext`` and the ``Workspace`` at
construction and talk back through signals. Background work goes through one
``TaskRunner``."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QProgressBar,
                               QVBoxLayout, QWidget)

from reader.core.library.facade import Library, LoadError, Script
from reader.ui.accessibility import name_controls
from reader.ui.actions import ACTIONS, DOCKS, MENUS
from reader.ui.annotation_controller import AnnotationController
from reader.ui.context import AppContext
from reader.ui.dictionary_controller import DictionaryController
from reader.ui.anchor_marks import AnchorMarks
from reader.ui.entities_controller import EntitiesController
from reader.ui.events_controller import EventsController
from reader.ui.find_bar import FindBar
from reader.ui.fonts import CJK_FAMILIES, reading_font
from reader.ui.help_dialogs import shortcut_rows
from reader.ui.i18n import apply_language, translate, without_accelerator
from reader.ui.language_menu import LanguageMenu
from reader.ui.library_jobs import LibraryJobs
from reader.ui.library_panel import LibraryPanel
from reader.ui.search_controller import SearchController
from reader.ui.settings import OPTIONS, Settings
from reader.ui.navigation import NavigationController
from reader.ui.outline_controller import OutlineController
from reader.ui.pane_container import PANE_SCRIPTS
from reader.ui.recent_menu import RecentMenu
from reader.ui.shelf_controller import ShelfController
from reader.ui.tasks import TaskRunner
from reader.ui.theme import apply_theme
from reader.ui.view_modes import (PanelsToggle, fit_to_screen, limit_dock, tabify_docks,
                                  toggle_full_screen)
from reader.ui.typography import TypographyController, TypographyDialog, language_group
from reader.ui.workspace import PANES, Workspace

SERIF_FAMILIES = ["Noto Serif CJK SC", "Noto Serif", "DejaVu Serif", "Liberation Serif"]


class MainWindow(QMainWindow):
    libraryLoaded = Signal()
    articleOpened = Signal(str)
    indexFinished = Signal()
    searchFinished = Signal(object)
    annotationsChanged = Signal()
    eventsReady = Signal()

    def __init__(self, library: Library, settings: QSettings, library_panel=None):
        super().__init__()
        self.settings = Settings(settings, self)
        self.settings.migrate(library.positions.set)
        apply_language(self.settings["view/language"])  # wiring (issue 21)
        self.tasks = TaskRunner(self)
        self.context = AppContext(library, self.settings, self.tasks, lambda: self, self)
        self.load_errors: list[LoadError] = []
        self.setWindowTitle(translate("main_window", "Reader"))
        fit_to_screen(self, 1420, 860)
        self.setAcceptDrops(True)

        self.workspace = Workspace(lambda: self.context.library, self.settings, self.tasks,
                                   self)
        self.find_bar = FindBar(self)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.workspace.splitter, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.library_panel = library_panel or LibraryPanel()  # the start-up shell's (15)
        self.search = SearchController(self.context, self.workspace, self.find_bar)
        self.annotations = AnnotationController(self.context, self.workspace)
        self.events = EventsController(self.context, self.workspace)
        self.dictionary = DictionaryController(self.context, self.workspace)
        self.jobs = LibraryJobs(self.context, self.library_panel)
        self.outline = OutlineController(self.context, self.workspace, self)  # issue 12
        self.navigation = NavigationController(self.context, self.workspace, self)  # (19)
        self.entities = EntitiesController(self.context, self)  # wiring (issue 17)
        self.anchor_marks = AnchorMarks(self.context, self.workspace)
        self.docks = {spec.id: self._dock(spec) for spec in DOCKS}
        self.actions_by_id: dict[str, QAction] = {}
        self._build_actions()
        self.panels = PanelsToggle(self)
        self._build_status_bar()
        self._wire()
        # wiring (issue 19)
        self.typography = TypographyController(self.settings, self.workspace, self)
        self.shelf = ShelfController(self.context, self.library_panel, self)
        self.jobs.loaded.connect(lambda _r: self.shelf.refresh())
        self.workspace.articleShown.connect(
            lambda _n, opened: self.library.shelf.mark_read(opened.info.id))
        self._restore_window_state()
        name_controls(self)  # wiring (issue 18): accessible names

    # -- composition -------------------------------------------------------------------------
    @property
    def library(self) -> Library:
        return self.context.library

    def _dock(self, spec) -> QDockWidget:
        dock = QDockWidget(translate("actions", spec.title), self)
        dock.setObjectName(spec.id)
        dock.setWidget(spec.widget(self))
        limit_dock(dock)  # wiring (issue 18)
        self.addAction(dock.toggleViewAction())  # listed in F1 with its menu
        self.addDockWidget(spec.area, dock)
        dock.setVisible(spec.visible)
        return dock

    def _build_actions(self) -> None:
        groups: dict[str, QActionGroup] = {}
        toolbar = self.addToolBar("Script")
        toolbar.setObjectName("script-toolbar")
        for spec in ACTIONS:
            action = QAction(translate("actions", spec.text), self, checkable=spec.checkable)
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            if spec.tip:
                action.setToolTip(translate("actions", spec.tip))
            action.triggered.connect(lambda _=False, h=spec.handler: h(self))
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(action)
            if spec.toolbar:
                action.setIconText(without_accelerator(action.text()))
                toolbar.addAction(action)
                if spec.id == f"script-{Script.TAIWAN.value}":
                    toolbar.addSeparator()
            self.addAction(action)  # shortcuts work even when the menu bar is hidden
            self.actions_by_id[spec.id] = action
        stack = self.annotations.undo_stack
        for name, can in (("undo", stack.canUndoChanged), ("redo", stack.canRedoChanged)):
            self.action(name).setEnabled(False)
            can.connect(self.action(name).setEnabled)
        for title, items in MENUS:
            self._fill(self.menuBar().addMenu(translate("actions", title)), items)
        self.recent = RecentMenu(self.context, self.workspace.reveal_article, self)  # (19)
        self.menuBar().actions()[0].menu().insertMenu(self.action("open-library"), self.recent)
        self.action("sync").setChecked(self.settings["view/sync"])
        self.action("serif").setChecked(self.settings["view/serif"])
        self.action("caret").setChecked(self.settings["reading/caret"])  # wiring (issue 18)
        self.workspace.set_caret_browsing(self.settings["reading/caret"])
        self.action(f"theme-{self.settings['view/theme']}").setChecked(True)
        self.language = LanguageMenu(self)  # wiring (issue 21): View ▸ Language

    def _fill(self, menu, items) -> None:
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, tuple):
                self._fill(menu.addMenu(translate("actions", item[1])), item[2])
            elif item.startswith("dock:"):
                menu.addAction(self.docks[item[5:]].toggleViewAction())
            else:
                menu.addAction(self.action(item))

    def action(self, action_id: str) -> QAction:
        return self.actions_by_id[action_id]

    def _build_status_bar(self) -> None:
        self.status_label = QLabel(translate("main_window", "Loading library…"))
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # wiring (issue 11): paths
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        self.zoom_label = QLabel(self._zoom_text())  # the zoom level is always shown
        self.zoom_label.setAccessibleName("Zoom level")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.jobs.stop_button)  # issue 15

    def _wire(self) -> None:
        workspace, panel = self.workspace, self.library_panel
        panel.articleActivated.connect(workspace.reveal_article)  # wiring (issue 18)
        panel.openRequested.connect(self.open_article)
        for controller in (self.search, self.annotations, self.events):
            controller.openRequested.connect(workspace.reveal_article)
        for controller in (self.search, self.annotations, self.events, self.outline):
            controller.before_jump = self.navigation.remember  # wiring (issue 19)
        self.dictionary.pinyin_action = self.action("pinyin")
        self.outline.panel.removedShownChanged.connect(self.action("show-removed").setChecked)
        self.dictionary.passageRequested.connect(
            lambda article, start, end: workspace.reveal_article(article)
            and self.pane.flash(start, end))
        self.dictionary.searchRequested.connect(
            lambda query: (self.show_search(), self.search.panel.query_edit.setText(query)))
        workspace.activeChanged.connect(self._active_changed)
        workspace.scriptChanged.connect(self._script_changed)
        workspace.articleShown.connect(lambda _n, opened: self.articleOpened.emit(
            opened.info.id))
        workspace.articleFailed.connect(lambda text: self.context.warn("Reader", text))
        workspace.message.connect(self.statusBar().showMessage)
        self.context.message.connect(self.statusBar().showMessage)
        self.search.finished.connect(self.searchFinished)
        self.annotations.changed.connect(self.annotationsChanged)
        self.events.ready.connect(self.eventsReady)
        self.tasks.progress.connect(self._show_progress)
        self.tasks.busyChanged.connect(lambda busy: self.progress_bar.setVisible(busy))
        self.tasks.failed.connect(self._task_failed)
        jobs = self.jobs
        jobs.statusChanged.connect(self.status_label.setText)
        jobs.errorsChanged.connect(self.action("errors").setEnabled)
        jobs.loaded.connect(self._library_loaded)
        jobs.indexed.connect(lambda changed: (self.indexFinished.emit(),
                                              changed and self.search.rerun()))
        jobs.added.connect(self._imported)
        jobs.switched.connect(self.workspace.clear_all)
        self.entities.connect_panels(self.events, jobs, self.anchor_marks,  # wiring (issue 17)
                                     self.docks["entities-dock"])
        self._active_changed(workspace.active_name)

    def _imported(self, result) -> None:
        """An import selects what came in; it opens only in an empty pane (issue 18)."""
        if result.added:
            self.library_panel.select(result.added[0].id)
            if not self.pane.article_id:
                self.open_article(result.added[0].id)

    def start_loading(self) -> None:
        self.jobs.start_loading()

    def _library_loaded(self, _result) -> None:
        self.events.start()
        if self.workspace.nothing_shown():
            panel = self.library_panel
            self.workspace.restore(lambda a: panel.model.row_of(a) >= 0, panel.first_article)
        self.annotations.refresh()
        self.libraryLoaded.emit()

    # -- panes ----------------------------------------------------------------------------------
    @property
    def pane(self):
        """The active reading pane."""
        return self.workspace.pane

    def pane_named(self, name: str):
        return self.workspace.pane_named(name)

    @property
    def script(self) -> Script:
        return self.workspace.script

    def open_article(self, article_id: str, pane_name: str | None = None) -> bool:
        return self.workspace.open_article(article_id, pane_name)

    def open_selected(self, name: str) -> None:
        article = self.library_panel.current_article()
        if article:
            self.open_article(article, name)

    def _active_changed(self, name: str) -> None:
        self.action(f"script-{self.workspace.scripts[name].value}").setChecked(True)
        for script in PANE_SCRIPTS:  # no Chinese in the article: no script to choose
            self.action(f"script-{script.value}").setEnabled(
                self.workspace.containers[name].chinese)
        article = self.workspace.pane.article_id
        if article:
            self.setWindowTitle(f"{self.library.articles.info(article).title} — Reader")
            self.library_panel.select(article)

    def _script_changed(self, name: str, script: Script) -> None:
        if name == self.workspace.active_name:
            self.action(f"script-{script.value}").setChecked(True)

    def show_dock(self, dock_id: str) -> QDockWidget:
        dock = self.docks[dock_id]
        dock.show()
        dock.raise_()
        return dock

    def show_search(self) -> None:
        self.show_dock("search-dock")
        self.search.show_search()

    def show_events(self) -> None:
        self.show_dock("events-dock")
        self.events.panel.text_edit.setFocus()

    # -- appearance --------------------------------------------------------------------------------
    def toggle_setting(self, name: str, action_id: str) -> None:
        self.settings[name] = self.action(action_id).isChecked()
        if name == "view/serif":
            self._apply_fonts()
        if name == "reading/caret":
            self.workspace.set_caret_browsing(self.settings[name])

    def toggle_panels(self) -> None:
        self.action("hide-panels").setChecked(self.panels.toggle())

    def toggle_full_screen(self) -> None:
        self.action("full-screen").setChecked(toggle_full_screen(self))

    def zoom(self, step: int) -> None:
        default = OPTIONS["reading/point_size"].default
        current = self.settings["reading/point_size"]
        size = default if step == 0 else min(40.0, max(7.0, current + step))
        self.settings["reading/point_size"] = size
        self.zoom_label.setText(self._zoom_text())
        for name in PANES:
            self.workspace.pane_named(name).set_point_size(size)

    def _apply_fonts(self) -> None:
        size = self.settings["reading/point_size"]
        families = list(reading_font().families())
        if self.settings["view/serif"]:
            families = SERIF_FAMILIES + [f for f in families if f not in CJK_FAMILIES] + \
                [f for f in families if f in CJK_FAMILIES]
        for name in PANES:
            self.workspace.pane_named(name).set_reading_font(families, size)

    def show_typography(self) -> TypographyDialog:  # wiring (issue 19)
        info = self.workspace.containers[self.workspace.active_name].info
        dialog = TypographyDialog(self.settings, language_group(info and info.language), self)
        dialog.show()
        return dialog

    def set_theme(self, theme: str) -> None:
        self.settings["view/theme"] = theme
        self.action(f"theme-{self.settings['view/theme']}").setChecked(True)
        self.language = LanguageMenu(self)  # wiring (issue 21): View ▸ Language
        apply_theme(QApplication.instance(), theme)

    # -- state ------------------------------------------------------------------------------------
    def _restore_window_state(self) -> None:
        if self.settings["window/geometry"] is not None:
            self.restoreGeometry(self.settings["window/geometry"])
        if isinstance(self.settings["window/state"], QByteArray):
            self.restoreState(self.settings["window/state"])
        else:
            width = self.width()  # the text keeps most of a laptop screen
            self.resizeDocks([self.docks["library-dock"], self.docks["events-dock"]],
                             [min(300, max(180, width // 5)), min(330, max(180, width // 5))],
                             Qt.Orientation.Horizontal)
            tabify_docks(self, [self.docks[d] for d in ("events-dock", "search-dock",
                                                        "annotations-dock", "vocabulary-dock",
                                                        "bookmarks-dock")])
        if self.settings["window/splitter"] is not None:
            self.workspace.splitter.restoreState(self.settings["window/splitter"])
        if not self.settings["panes/right/visible"]:
            self.workspace.containers["right"].hide()
        self._apply_fonts()

    def save_state(self) -> None:
        self.settings["window/geometry"] = self.saveGeometry()
        self.settings["window/state"] = self.saveState()
        self.settings["window/splitter"] = self.workspace.splitter.saveState()
        self.workspace.save_state()
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        self.tasks.shutdown(wait=False)  # quitting never waits on background work (issue 14)
        super().closeEvent(event)

    # -- background work ------------------------------------------------------------------------------
    def _zoom_text(self) -> str:
        percent = round(100 * self.settings['reading/point_size'] / OPTIONS["reading/point_size"].default)
        return translate("main_window", "Zoom {percent}%").format(percent=percent)

    def _show_progress(self, label: str, done: int, total: int) -> None:
        text = translate('tasks', label)  # one line wide at its widest (1024 px: two lines)
        width = self.progress_bar.fontMetrics().horizontalAdvance(f"{text} {total}/{total}")
        self.progress_bar.setMinimumWidth(min(220, width + 24))
        self.progress_bar.setFormat(f"{text} %v/%m")
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _task_failed(self, label: str, message: str) -> None:
        self.status_label.setText(translate("main_window", "{task} failed: {message}").format(
            task=translate("tasks", label), message=message))
        self.context.warn(translate("main_window", "Reader"), translate(
            "main_window", "{task} failed.\n\n{message}").format(task=translate("tasks", label), message=message))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.jobs.add_paths(paths)
            event.acceptProposedAction()

    # -- help --------------------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        return shortcut_rows(self)


def start_after_first_paint(window: MainWindow) -> None:
    """The window paints first; the library loads right after, off the GUI thread."""
    QTimer.singleShot(0, window.start_loading)
