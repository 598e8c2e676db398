"""Events of the library, computed on the store worker after the library loads; marks in
the panes; a click on an event opens its passage."""
from __future__ import annotations

from typing import Callable, TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.ui.i18n import QT_TRANSLATE_NOOP, translate
from reader.ui.context import AppContext
from reader.ui.events_panel import EventsPanel
from reader.ui.tasks import Lane
from reader.ui.workspace import Workspace

if TYPE_CHECKING:
    from reader.core.library.facade import Event


class EventsController(QObject):
    ready = Signal()
    openRequested = Signal(str)       # article id to show in the active pane

    def __init__(self, context: AppContext, workspace: Workspace):
        super().__init__(context)
        self.context = context
        self.workspace = workspace
        self.before_jump: Callable[[], None] = lambda: None  # set by the window
        self.panel = EventsPanel()
        self.events: list[Event] = []
        self.panel.eventActivated.connect(self.open_event)
        workspace.articleShown.connect(self._article_shown)
        workspace.activeChanged.connect(self._active_changed)
        workspace.scriptChanged.connect(self._script_changed)

    def start(self) -> None:
        library = self.context.library
        self.context.tasks.submit(lambda progress: library.events.list(progress=progress),
                                  label=QT_TRANSLATE_NOOP("tasks", "Finding events"), lane=Lane.STORE, key="events",
                                  show_progress=True, on_done=self._computed)

    def _computed(self, events: list[Event]) -> None:
        self.events = events
        titles = {a.id: a.title for a in self.context.library.articles.all()}
        self.panel.set_events(events, titles)
        self._mark_panes()
        self.ready.emit()

    def _article_shown(self, _name: str, opened) -> None:
        self.panel.set_current_article(self.workspace.pane.article_id)
        self.panel.model.set_script(self.workspace.script)
        self._mark_panes()

    def _active_changed(self, _name: str) -> None:
        self.panel.set_current_article(self.workspace.pane.article_id)
        self.panel.model.set_script(self.workspace.script)

    def _script_changed(self, name: str, script) -> None:
        if name == self.workspace.active_name:
            self.panel.model.set_script(script)

    def _mark_panes(self) -> None:
        for pane in self.workspace.reading_panes():
            # a merged entry marks every report of it, in each article
            pane.set_event_marks([s["start"] for e in self.events
                                  for s in (e.sources or [{"id": e.article,
                                                           "start": e.sentence_start}])
                                  if s["id"] == pane.article_id])

    def open_event(self, event: Event) -> None:
        self.before_jump()  # Back returns here (issue 19)
        if self.workspace.pane.article_id != event.article:
            self.openRequested.emit(event.article)
        pane = self.workspace.pane
        if pane.article_id == event.article:
            pane.flash(event.sentence_start, event.sentence_end)
