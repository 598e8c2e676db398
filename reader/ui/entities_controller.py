"""Entities of the library (issue 17) for the panel and for the events filter: built on
the pool when first wanted (a few seconds the first time, then cached by the core), merged
and split by the reader (persisted by ``library.entities``), the last change undoable."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.ui.context import AppContext
from reader.ui.entities_panel import EntitiesPanel
from reader.ui.tasks import Lane
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate


class EntitiesController(QObject):
    ready = Signal(object)          # the EntityTable, each time it is (re)built
    changed = Signal()              # the reader merged, split or undid

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent or context)
        self.context = context
        self.panel = EntitiesPanel()
        self.table = None
        self._building = False
        self._undo: list = []       # earlier overrides, the last one on top
        self.panel.mergeRequested.connect(self.merge)
        self.panel.splitRequested.connect(self.split)
        self.panel.undoRequested.connect(self.undo)
        context.libraryChanged.connect(self.invalidate)

    def connect_panels(self, events, jobs, anchor_marks, dock) -> None:
        """An actor filter in the events panel stands for its entity in every script and
        language; marks and the table follow library reloads and merges/splits."""
        events_panel = events.panel
        events_panel.actor_forms = self.forms
        jobs.loaded.connect(lambda _result: self.invalidate())
        jobs.loaded.connect(anchor_marks.library_loaded)
        anchor_marks.entitiesWanted.connect(self.ensure)  # two different articles shown
        jobs.added.connect(lambda result: result.added and (self.invalidate(),
                                                            anchor_marks.forget()))
        self.changed.connect(anchor_marks.forget)
        self.ready.connect(lambda _table: events_panel.add_entities(self.entity_names()))
        events.ready.connect(lambda: events_panel.add_entities(self.entity_names()))
        dock.visibilityChanged.connect(lambda on: on and self.ensure())

    def ensure(self) -> None:
        """Build the table unless it is known or on its way."""
        if self.table is None and not self._building:
            self.rebuild()

    def invalidate(self) -> None:
        """The library changed (reloaded, another folder): build again when wanted."""
        self.table = None
        self._undo.clear()
        self.panel.set_can_undo(False)
        if self.panel.isVisible():
            self.rebuild()

    def rebuild(self) -> None:
        library = self.context.library
        self._building = True
        self.panel.set_busy(translate("entities_controller", "Finding entities…"))
        # Off the GUI thread, with progress: the first build of a large library takes a
        # while; later starts read the core's cache file (keyed by the library state).
        self.context.tasks.submit(lambda progress: library.entities.table(progress),
                                  label=QT_TRANSLATE_NOOP("tasks", "Finding entities"), lane=Lane.POOL, key="entities",
                                  show_progress=True, on_done=self._built, on_error=self._failed)

    def _built(self, table) -> None:
        self._building = False
        self.table = table
        self.panel.set_entities(table.entities)
        self.ready.emit(table)

    def _failed(self, message: str) -> None:
        self._building = False
        self.panel.status.setText(translate("entities_controller", "Could not find entities: {message}").format(
            message=message))

    def forms(self, name: str) -> list[str]:
        """Every form of the entity ``name`` names (empty if none, or not known yet)."""
        if self.table is None or not name.strip():
            self.ensure()
            return []
        entity = self.table.get(name) or self.table.entity_of(name.strip())
        return list(entity.names) if entity is not None else []

    def entity_names(self) -> list[str]:
        """Names of the entities known in more than one form (for filters)."""
        if self.table is None:
            return []
        return [e.name for e in self.table.entities if len(e.names) > 1]

    # -- the reader's decisions ---------------------------------------------------------------
    def _change(self, apply, message: str) -> None:
        entities = self.context.library.entities
        before = entities.overrides()
        try:
            apply(entities)
        except OSError as exc:
            self.context.warn(translate("entities_controller", "Entities"), translate("entities_controller", "Could not save the change."), str(exc))
            return
        self._undo.append(before)
        self.panel.set_can_undo(True)
        self.context.show_message(message, 4000)
        self.changed.emit()
        self.rebuild()

    def merge(self, names: list[str]) -> None:
        if len(names) < 2:
            return
        first, rest = names[0], names[1:]

        def apply(entities):
            for name in rest:
                entities.merge(first, name)
        self._change(apply, translate("entities_controller", "Merged {names}").format(
            names=", ".join(names)))

    def split(self, name: str) -> None:
        self._change(lambda entities: entities.split(name), translate(
            "entities_controller", "Split {name} off its entity").format(name=name))

    def undo(self) -> None:
        if not self._undo:
            return
        try:
            self.context.library.entities.restore(self._undo.pop())
        except OSError as exc:
            self.context.warn(translate("entities_controller", "Entities"), translate("entities_controller", "Could not undo the change."), str(exc))
            return
        self.panel.set_can_undo(bool(self._undo))
        self.context.show_message(translate("entities_controller", "Undone"), 4000)
        self.changed.emit()
        self.rebuild()
