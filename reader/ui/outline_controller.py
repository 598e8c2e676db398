"""The outline of the active pane's article and moving between its headings (issue 12).

It keeps what each pane shows (the ``OpenedArticle``: blocks, metadata, removed text), fills
the ``OutlinePanel`` for the active pane in that pane's script, follows the reading position,
and carries out "next/previous heading" and "next/previous chapter" (a chapter is a heading
of the article's top level: 第N章, Capítulo N, or the top Markdown/HTML level; books use the
same actions)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from reader.ui.i18n import translate
from reader.core.library.facade import OpenedArticle
from reader.core.models import BlockKind, of_kinds
from reader.ui.context import AppContext
from reader.ui.outline_panel import OutlineEntry, OutlinePanel, RemovedEntry
from reader.ui.workspace import PANES, Workspace


class OutlineController(QObject):
    def __init__(self, context: AppContext, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.context = context
        self.workspace = workspace
        self.panel = OutlinePanel()
        self._opened: dict[str, OpenedArticle] = {}
        self._positions: dict[str, int] = {}
        self._jumping = False
        self.before_jump: Callable[[], None] = lambda: None  # set by the window (issue 19)
        self.panel.headingActivated.connect(self.go_to)
        workspace.articleShown.connect(self._shown)
        workspace.activeChanged.connect(lambda _name: self.refresh())
        workspace.scriptChanged.connect(lambda name, _s: name == workspace.active_name
                                        and self.refresh())
        for name in PANES:
            workspace.pane_named(name).positionChanged.connect(
                lambda offset, n=name: self._moved(n, offset))

    # -- what the panel shows -------------------------------------------------------------
    def _shown(self, name: str, opened: OpenedArticle) -> None:
        self._opened[name] = opened
        self._positions[name] = opened.position
        if name == self.workspace.active_name:
            self.refresh()

    def _current(self) -> tuple[str, OpenedArticle | None]:
        name = self.workspace.active_name
        opened = self._opened.get(name)
        pane = self.workspace.pane_named(name)
        if opened is None or pane.article_id != opened.info.id or pane.view is None:
            return name, None
        return name, opened

    def headings(self) -> list[OutlineEntry]:
        """Title and headings of the active pane's article, labelled in the pane's script."""
        name, opened = self._current()
        if opened is None:
            return []
        view = self.workspace.pane_named(name).view
        entries = []
        for block in of_kinds(opened.blocks, (BlockKind.TITLE, BlockKind.HEADING)):
            start, end = view.from_reading.range_to_target(block.start, block.end)
            level = 0 if block.kind is BlockKind.TITLE else max(1, block.level)
            entries.append(OutlineEntry(view.text[start:end].strip(), block.start, level))
        return entries

    def refresh(self) -> None:
        name, opened = self._current()
        if opened is None:
            self.panel.set_article([], [], {})
            return
        removed = [RemovedEntry(r.text.strip(), r.kind, r.reason) for r in opened.removed]
        self.panel.set_article(self.headings(), removed, opened.metadata)
        self.panel.set_position(self._positions.get(name, 0))

    def _moved(self, name: str, offset: int) -> None:
        if self._jumping:
            return  # the heading's start stays the position, wherever the scroll ended
        self._positions[name] = offset
        if name == self.workspace.active_name:
            self.panel.set_position(offset)

    # -- moving -----------------------------------------------------------------------------
    def go_to(self, offset: int, remember: bool = True) -> None:
        """Show a heading at the top of the active pane; a chosen heading is a jump Back
        returns from, a heading step (Alt+Down) moves like scrolling and is not."""
        name, opened = self._current()
        if opened is None:
            return
        if remember:
            self.before_jump()  # Back returns here (issue 19)
        self._jumping = True
        try:
            self.workspace.pane_named(name).scroll_to_reading_offset(offset)
        finally:
            self._jumping = False
        self._positions[name] = offset
        self.panel.set_position(offset)

    def step_heading(self, direction: int) -> None:
        self._step(direction, [entry.start for entry in self.headings()])

    def step_chapter(self, direction: int) -> None:
        headings = [entry for entry in self.headings() if entry.level > 0]
        top = min((entry.level for entry in headings), default=0)
        self._step(direction, [entry.start for entry in headings if entry.level == top])

    def _step(self, direction: int, starts: list[int]) -> None:
        name, opened = self._current()
        if opened is None or not starts:
            return
        position = self._positions.get(name, 0)
        target = (next((s for s in starts if s > position), None) if direction > 0
                  else next((s for s in reversed(starts) if s < position), None))
        if target is None:
            self.context.show_message(translate("outline_controller", "No further heading")
                                      if direction > 0 else
                                      translate("outline_controller", "No earlier heading"), 2000)
            return
        self.go_to(target, remember=False)
