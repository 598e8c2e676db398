"""Parallel reading (issue 17): the anchors two different articles share — the same entity,
date or amount — marked in both panes, with a tooltip naming what they share.

The anchors come from the workspace (computed once per pair on the pool); this controller
turns them into reading-text spans with their tooltips and hands them to the panes, which
map them to their view once. Marks follow the panes: a new article asks for new anchors,
a script change keeps them (they are reading-text offsets), a closed pane clears them."""
from __future__ import annotations

from PySide6.QtCore import QObject

from reader.ui.context import AppContext
from reader.ui.workspace import Workspace

_KIND_LABEL = {"date": "Same date", "number": "Same amount"}


class AnchorMarks(QObject):
    def __init__(self, context: AppContext, workspace: Workspace):
        super().__init__(context)
        self.context = context
        self.workspace = workspace
        workspace.articleShown.connect(lambda *_: self.refresh())
        workspace.activeChanged.connect(lambda *_: self.refresh())
        workspace.anchorsReady.connect(lambda *_: self.refresh())

    def _pair(self) -> tuple[str, str] | None:
        containers = self.workspace.containers
        if not all(c.isVisible() for c in containers.values()):
            return None
        left, right = (containers[n].pane.article_id for n in ("left", "right"))
        return (left, right) if left and right and left != right else None

    def refresh(self) -> None:
        left_pane, right_pane = (self.workspace.pane_named(n) for n in ("left", "right"))
        pair = self._pair()
        mapping = self.workspace.anchor_map() if pair else None
        anchors = mapping.anchors if mapping is not None else []
        left_marks, right_marks = [], []
        for anchor in anchors:
            left_tip, right_tip = self._tooltips(anchor)
            left_marks.append((anchor.left.start, anchor.left.end, left_tip))
            right_marks.append((anchor.right.start, anchor.right.end, right_tip))
        if left_marks != left_pane.anchor_marks:
            left_pane.set_anchor_marks(left_marks)
        if right_marks != right_pane.anchor_marks:
            right_pane.set_anchor_marks(right_marks)

    def _tooltips(self, anchor) -> tuple[str, str]:
        kind = anchor.left.kind
        if kind == "entity":
            entity = self.context.library.entities.table().get(anchor.left.key.split(":", 1)[1])
            if entity is not None:
                forms = ", ".join(entity.names)
                return (f"{entity.name} — in the other pane: {anchor.right.text}\n"
                        f"Also written: {forms}",
                        f"{entity.name} — in the other pane: {anchor.left.text}\n"
                        f"Also written: {forms}")
        label = _KIND_LABEL.get(kind, "Shared")
        return (f"{label} — in the other pane: {anchor.right.text}",
                f"{label} — in the other pane: {anchor.left.text}")
