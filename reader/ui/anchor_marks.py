"""Parallel reading (issue 17): the anchors two different articles share — the same entity,
date or amount — marked in both panes, with a tooltip naming what they share.

The anchors come from the workspace (computed once per pair on the pool); this controller
turns them into reading-text spans with their tooltips and hands them to the panes, which
map them to their view once. Marks follow the panes: a new article asks for new anchors,
a script change keeps them (they are reading-text offsets), a closed pane clears them; a
merge or split, or a reload that finds a text changed (its content hash), aligns again —
the panes showing a changed article read it again first."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reader.ui.i18n import QT_TRANSLATE_NOOP, translate
from reader.ui.context import AppContext
from reader.ui.tasks import Lane
from reader.ui.workspace import Workspace

_KIND_LABEL = {"date": "Same date", "number": "Same amount"}


Marks = tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]  # left, right


class AnchorMarks(QObject):
    #: two different articles are shown and their anchors are not known: the entity table
    #: is needed (built with progress by whoever connects; alignment waits for it)
    entitiesWanted = Signal()

    def __init__(self, context: AppContext, workspace: Workspace):
        super().__init__(context)
        self.context = context
        self.workspace = workspace
        self._marks: dict[tuple[str, str], Marks | None] = {}  # None: on the pool
        self._generation = 0  # marks asked for before forget() are stale when they arrive
        self._hashes: dict[str, str] | None = None  # content hash of each article, last load
        workspace.articleShown.connect(lambda *_: self.refresh())
        workspace.activeChanged.connect(lambda *_: self.refresh())
        workspace.anchorsReady.connect(lambda *_: self.refresh())
        context.libraryChanged.connect(self.forget)

    def forget(self) -> None:
        """Entities changed (a merge or split, another library): align again."""
        self._marks.clear()
        self._generation += 1
        self.workspace.forget_anchors()
        self.refresh()

    def library_loaded(self, result) -> None:
        """What a (re)load changed: texts edited, added or gone change the entities and
        the anchors of every pair; panes showing an edited text show it anew."""
        hashes = {info.id: info.content_hash for info in result.articles}
        previous, self._hashes = self._hashes, hashes
        if previous is None or previous == hashes:
            return
        self.forget()
        self.workspace.reshow({a for a in hashes if a in previous and previous[a] != hashes[a]})

    def _pair(self) -> tuple[str, str] | None:
        containers = self.workspace.containers
        if not all(c.isVisible() for c in containers.values()):
            return None
        left, right = (containers[n].pane.article_id for n in ("left", "right"))
        return (left, right) if left and right and left != right else None

    def refresh(self) -> None:
        pair = self._pair()
        marks = self._marks.get(pair) if pair else None
        if pair and pair not in self._marks:
            self.entitiesWanted.emit()
            mapping = self.workspace.anchor_map()
            if mapping is not None:  # else anchorsReady calls again
                self._marks[pair] = None
                library, generation = self.context.library, self._generation
                self.context.tasks.submit(
                    lambda _progress: _marks_of(library, mapping.anchors),
                    label=QT_TRANSLATE_NOOP("tasks", "Marking shared anchors"), lane=Lane.POOL,
                    on_done=lambda result: self._computed(pair, result, generation))
        self._apply(marks or ([], []))

    def _computed(self, pair: tuple[str, str], marks: Marks, generation: int) -> None:
        if generation == self._generation and pair in self._marks:  # not forgotten meanwhile
            self._marks[pair] = marks
            self.refresh()

    def _apply(self, marks: Marks) -> None:
        for name, spans in zip(("left", "right"), marks):
            pane = self.workspace.pane_named(name)
            if spans != pane.anchor_marks:
                pane.set_anchor_marks(spans)


def _marks_of(library, anchors) -> Marks:
    """Spans and tooltips of both sides (on the pool: the entity table may be rebuilt)."""
    table = library.entities.table()
    left, right = [], []
    for anchor in anchors:
        left_tip, right_tip = _tooltips(table, anchor)
        left.append((anchor.left.start, anchor.left.end, left_tip))
        right.append((anchor.right.start, anchor.right.end, right_tip))
    return left, right


def _tooltips(table, anchor) -> tuple[str, str]:
    kind = anchor.left.kind
    if kind == "entity":
        entity = table.get(anchor.left.key.split(":", 1)[1])
        if entity is not None:
            forms = ", ".join(entity.names)
            return (f"{entity.name} — in the other pane: {anchor.right.text}\n"
                    f"Also written: {forms}",
                    f"{entity.name} — in the other pane: {anchor.left.text}\n"
                    f"Also written: {forms}")
    label = _KIND_LABEL.get(kind, "Shared")
    return (f"{label} — in the other pane: {anchor.right.text}",
            f"{label} — in the other pane: {anchor.left.text}")
