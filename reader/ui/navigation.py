"""Navigation (issue 19): back/forward history after jumps, next/previous highlight, and
bookmarks. A jump is any move that is not scrolling: another article shown in a pane
(search hits, events, annotations, drops) or ``jump(offset)`` (highlights, bookmarks, and
any panel — the outline — that emits a generic jump)."""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, Signal

from reader.core.library.facade import Bookmark, ShelfError
from reader.ui.bookmarks_panel import BookmarkMarks, BookmarksPanel
from reader.ui.i18n import translate

Location = tuple[str, str, int]    # pane name, article id, reading offset


class NavigationController(QObject):
    changed = Signal()

    def __init__(self, context, workspace, parent=None):
        super().__init__(parent)
        self.context = context
        self.workspace = workspace
        self.back_stack: list[Location] = []
        self.forward_stack: list[Location] = []
        self._here: dict[str, tuple[str, int]] = {}
        self._left: dict[str, tuple[str, int]] = {}   # where a pane was before its article
        self._moving = False
        self._clock = QElapsedTimer()
        self._last_remembered: tuple | None = None
        self.bookmarks_panel = BookmarksPanel()
        self.marks = {}
        for name in ("left", "right"):
            pane = workspace.pane_named(name)
            pane.positionChanged.connect(lambda offset, n=name: self._moved(n, offset))
            self.marks[name] = BookmarkMarks(pane)
        workspace.articleShown.connect(self._shown)
        workspace.articleShown.connect(lambda _n, _o: self.show_bookmarks())
        workspace.activeChanged.connect(lambda _n: self.show_bookmarks())
        panel = self.bookmarks_panel
        panel.goRequested.connect(self.go_to_bookmark)
        panel.deleteRequested.connect(self.delete_bookmark)
        panel.addRequested.connect(self.add_bookmark)

    def _moved(self, name: str, offset: int) -> None:
        article = self.workspace.pane_named(name).article_id
        here = self._here.get(name)
        if here and here[0] != article:
            self._left[name] = here
        self._here[name] = (article, offset)

    def _shown(self, name: str, _opened) -> None:
        before = self._left.pop(name, None)
        already = self.back_stack and self.back_stack[-1][:2] == (name, before and before[0])
        if before and not self._moving and not already:  # remember() may have kept it
            self._push((name, *before))

    def remember(self) -> None:
        """Called by a panel just before it jumps (search hit, event, highlight, outline):
        Back returns here even when the jump stays in the same article."""
        here = self.current()
        if here is None or self._moving:
            return
        # a double click is two activations: the second must not push the hit itself
        if self._clock.isValid() and self._clock.elapsed() < 500 and \
                self._last_remembered == here[:2]:
            return
        self._clock.start()
        self._last_remembered = here[:2]
        self._push(here)

    def _push(self, location: Location) -> None:
        if not self.back_stack or self.back_stack[-1] != location:
            self.back_stack.append(location)
        self.forward_stack.clear()
        self.changed.emit()

    def current(self) -> Location | None:
        name = self.workspace.active_name
        pane = self.workspace.pane
        return (name, pane.article_id, pane.top_reading_offset()) if pane.article_id else None

    def jump(self, offset: int, end: int | None = None) -> None:
        """Go to a reading offset in the active pane, remembering where we were."""
        here = self.current()
        if here is None:
            return
        self._push(here)
        pane = self.workspace.pane
        if end is not None:
            pane.flash(offset, end)
        else:
            pane.scroll_to_reading_offset(offset)

    def _go(self, source: list, target: list) -> None:
        if not source:
            return
        here = self.current()
        name, article, offset = source.pop()
        if here:
            target.append(here)
        self._moving = True
        try:
            if self.workspace.pane_named(name).article_id != article:
                self.workspace.open_article(article, name)
            self.workspace.focus_pane(name)
            self.workspace.pane_named(name).scroll_to_reading_offset(offset)
        finally:
            self._moving = False
        self.changed.emit()

    def back(self) -> None:
        self._go(self.back_stack, self.forward_stack)

    def forward(self) -> None:
        self._go(self.forward_stack, self.back_stack)

    # -- highlights and bookmarks ---------------------------------------------------------
    def step_highlight(self, step: int) -> None:
        pane = self.workspace.pane
        spans = sorted((h.start, h.end) for h in pane.highlights)
        if not spans:
            self.context.show_message(translate("navigation", "No highlights in this article."), 3000)
            return
        top = pane.top_reading_offset()
        if step > 0:
            target = next((s for s in spans if s[0] > top), spans[0])
        else:
            target = next((s for s in reversed(spans) if s[0] < top), spans[-1])
        self.jump(*target)

    def add_bookmark(self) -> None:
        pane = self.workspace.pane
        if not pane.article_id:
            return
        offset = pane.top_reading_offset()
        label = self.context.library.articles.document(pane.article_id).text[offset:offset + 40]
        try:
            self.context.library.shelf.add_bookmark(pane.article_id, offset, label)
        except ShelfError as exc:
            self.context.warn(translate("navigation", "Reader"), str(exc))
            return
        self.show_bookmarks()
        self.context.show_message(translate("navigation", "Bookmark added: {label}…").format(
            label=" ".join(label.split())[:30]), 4000)

    def show_bookmarks(self) -> None:
        """The active article's bookmarks in the list, each pane's in its margin."""
        shelf = self.context.library.shelf
        for name, marks in self.marks.items():
            article = self.workspace.pane_named(name).article_id
            marks.set_offsets([b.offset for b in shelf.bookmarks(article)] if article else [])
        pane = self.workspace.pane
        self.bookmarks_panel.model.set_bookmarks(
            shelf.bookmarks(pane.article_id) if pane.article_id else [],
            len(pane.view.text) if pane.view else 1)

    def go_to_bookmark(self, bookmark: Bookmark) -> None:
        if self.workspace.reveal_article(bookmark.article):
            self.jump(bookmark.offset)

    def delete_bookmark(self, bookmark: Bookmark) -> None:
        try:
            self.context.library.shelf.delete_bookmark(bookmark.uid)
        except ShelfError as exc:
            self.context.warn(translate("navigation", "Reader"), str(exc))
            return
        self.show_bookmarks()
        self.context.show_message(translate("navigation", "Bookmark deleted."), 3000)

    def next_bookmark(self) -> None:
        pane = self.workspace.pane
        if not pane.article_id:
            return
        marks = [b.offset for b in self.context.library.shelf.bookmarks(pane.article_id)]
        if not marks:
            self.context.show_message(translate("navigation", "No bookmarks in this article (Ctrl+B adds one)."), 3000)
            return
        top = pane.top_reading_offset()
        self.jump(next((m for m in marks if m > top + 1), marks[0]))
