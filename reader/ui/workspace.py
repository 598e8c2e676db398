"""The workspace: the two reading panes, which one is active, their scripts, opening,
closing, swapping and focusing them, and synchronised scrolling.

It reaches data only through the facade (``Library.open``) and talks back by signals; the
main window composes it and never reaches into the panes itself."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter

from reader.ui.i18n import QT_TRANSLATE_NOOP, translate
from reader.core.library.facade import Library, OpenedArticle
from reader.core.library.facade import Script, ScriptView
from reader.ui.heap import release_freed_heap
from reader.ui.pane_container import PaneContainer
from reader.ui.reading_pane import ReadingPane
from reader.ui.settings import Settings
from reader.ui.tasks import Lane, TaskRunner

PANES = ("left", "right")
#: Articles longer than this (characters) and not in memory are opened on a worker.
LARGE_ARTICLE = 500_000
#: Script views of articles longer than this are converted on a worker (a 300K-character
#: phrase view takes ~0.4 s, issue 14).
LARGE_VIEW = 100_000


class Workspace(QObject):
    activeChanged = Signal(str)              # pane name
    scriptChanged = Signal(str, object)      # pane name, Script
    articleShown = Signal(str, object)       # pane name, OpenedArticle
    articleFailed = Signal(str)              # message for the user
    message = Signal(str, int)               # status text, milliseconds
    anchorsReady = Signal(str, str, object)  # left article, right article, AnchorMap

    def __init__(self, library: Callable[[], Library], settings: Settings,
                 tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._library = library
        self.settings = settings
        self.tasks = tasks
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.containers = {name: PaneContainer(name) for name in PANES}
        self.scripts = {name: _script(settings[f"panes/{name}/script"]) for name in PANES}
        self.active_name = "left"
        self._syncing = False
        # Parallel reading (issue 17): (left article, right article) → AnchorMap, or None
        # while it is being computed on the pool.
        self._anchor_maps: dict[tuple[str, str], object] = {}
        self._anchor_generation = 0  # a result asked for before forget_anchors() is stale
        for name, container in self.containers.items():
            self.splitter.addWidget(container)
            pane = container.pane
            container.set_script(self.scripts[name])
            container.activated.connect(lambda n=name: self.set_active(n))
            container.scriptChosen.connect(lambda s, n=name: self.set_script(s, n))
            container.closeRequested.connect(lambda n=name: self.close_pane(n))
            pane.articleDropped.connect(lambda article, n=name: self.open_article(article, n))
            pane.verticalScrollBar().valueChanged.connect(lambda _v, n=name: self._sync_from(n))
        self.set_active("left")

    @property
    def library(self) -> Library:
        return self._library()

    # -- what is shown ----------------------------------------------------------------------
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
        return self.scripts[self.active_name]

    def set_active(self, name: str) -> None:
        self.active_name = name
        for other, container in self.containers.items():
            container.set_active(other == name)
        self.activeChanged.emit(name)

    def focus_pane(self, name: str) -> None:
        container = self.containers[name]
        if not container.isVisible():
            container.show()
        container.pane.setFocus()
        self.set_active(name)

    # -- opening ------------------------------------------------------------------------------
    def open_article(self, article_id: str, pane_name: str | None = None) -> bool:
        """Show an article; a large one not yet in memory is read and cleaned on a worker
        (opening another one cancels it). Returns whether it is shown now."""
        name = pane_name or self.active_name
        library = self.library
        try:
            info = library.articles.info(article_id)
        except KeyError as exc:
            self.articleFailed.emit(translate("workspace", "Could not open the article.\n\n{error}").format(
                error=exc))
            return False
        script = self.scripts[name]
        if info.chars > LARGE_ARTICLE and not library.articles.has_document(article_id):
            opening = translate("workspace", "Opening {title}").format(title=info.title)
            self.message.emit(opening + " …", 0)
            self.tasks.submit(lambda _progress: _prepared(library.open(article_id, script)),
                              label=opening, lane=Lane.QUERY,
                              key=f"open-{name}", show_progress=True,
                              on_done=lambda opened: self._after_message(
                                  self._show, name, opened))
            return False
        self.tasks.cancel(f"open-{name}")  # a slower earlier request must not win
        try:
            opened = library.open(article_id, script)
        except Exception as exc:  # the file may have vanished or changed since loading
            self.articleFailed.emit(translate("workspace", "Could not open the article.\n\n{error}").format(
                error=exc))
            return False
        self._show(name, opened)
        return True

    def nothing_shown(self) -> bool:
        """No pane shows an article or is opening one (an article asked for in the start-up
        shell may still be read on a worker: restoring the last session must not replace it)."""
        return not any(c.pane.article_id or self.tasks.running(f"open-{name}")
                       for name, c in self.containers.items())

    def reveal_article(self, article_id: str) -> bool:
        """Show an article where it already is (that pane becomes active), else open it in
        the active pane (issue 18)."""
        for name, container in self.containers.items():
            if container.isVisible() and container.pane.article_id == article_id:
                self.set_active(name)
                return True
        return self.open_article(article_id)

    def set_caret_browsing(self, on: bool) -> None:
        """A movable text cursor (F7, as in browsers): select with Shift+arrows."""
        flags = Qt.TextInteractionFlag.TextBrowserInteraction
        if on:
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
        for container in self.containers.values():
            container.pane.setTextInteractionFlags(flags)

    def _after_message(self, show: Callable, *args) -> None:
        """A worker's result is shown: its "Opening …" / "Converting …" line, shown until
        then, goes (it stayed in the status bar under the open book)."""
        self.message.emit("", 0)
        show(*args)

    def _show(self, name: str, opened: OpenedArticle) -> None:
        container = self.containers[name]
        pane = container.pane
        self.remember_position(pane)
        container.show()
        self._syncing = True  # opening is not a scroll to mirror
        try:
            pane.show_view(opened.info.id, opened.view, reading_offset=opened.position,
                           blocks=opened.blocks)
            pane.set_suspects(list(opened.suspects))
        finally:
            self._syncing = False
        container.show_info(opened.info)
        self.set_active(name)
        self.articleShown.emit(name, opened)
        if opened.info.chars > LARGE_VIEW:  # once the replaced document is gone too
            QTimer.singleShot(500, release_freed_heap)

    def remember_position(self, pane: ReadingPane) -> None:
        if pane.article_id:
            self.library.positions.set(pane.article_id, pane.top_reading_offset())

    def set_script(self, script: Script, pane_name: str | None = None) -> None:
        name = pane_name or self.active_name
        script = Script(script)
        self.scripts[name] = script
        self.settings[f"panes/{name}/script"] = script.value
        container = self.containers[name]
        container.set_script(script)
        pane = container.pane
        self.tasks.cancel(f"view-{name}")
        if pane.article_id:
            articles, article = self.library.articles, pane.article_id
            if articles.info(article).chars > LARGE_VIEW \
                    and not articles.has_view(article, script):
                # A book's phrase view takes seconds: converted on a worker (issue 14).
                self.message.emit(translate("workspace", "Converting to {script} …").format(
                    script=translate("actions", script.label)), 0)
                self.tasks.submit(lambda _progress: articles.view(article, script).prepared(),
                                  label=translate("workspace", "Converting the script"),
                                  lane=Lane.QUERY,
                                  key=f"view-{name}", show_progress=True,
                                  on_done=lambda view: self._after_message(
                                      self._show_script, name, article, view))
                return
            self._show_script(name, article, articles.view(article, script))
        else:
            container.refresh_status()
            self.scriptChanged.emit(name, script)

    def _show_script(self, name: str, article: str, view: ScriptView) -> None:
        container = self.containers[name]
        pane = container.pane
        if pane.article_id != article or self.scripts[name] is not view.script:
            return  # another article or script was chosen meanwhile
        self._syncing = True
        try:
            # Highlights stay with the pane in reading-text offsets: the new view maps them.
            pane.show_view(article, view, keep_position=True)
        finally:
            self._syncing = False
        container.refresh_status()
        self.scriptChanged.emit(name, view.script)
        if len(view.text) > LARGE_VIEW:
            QTimer.singleShot(500, release_freed_heap)

    def clear(self, name: str) -> None:
        container = self.containers[name]
        self.remember_position(container.pane)
        container.pane.clear_article()
        container.show_info(None)

    def clear_all(self) -> None:
        for name in PANES:
            self.tasks.cancel(f"open-{name}")
            self.containers[name].pane.clear_article()
            self.containers[name].show_info(None)

    def close_pane(self, name: str) -> None:
        other = _other(name)
        self.clear(name)
        if self.containers[other].isVisible():  # the last pane stays, emptied
            self.containers[name].hide()
            self.set_active(other)

    def swap_panes(self) -> None:
        states = {}
        for name, container in self.containers.items():
            pane = container.pane
            states[name] = (pane.article_id, self.scripts[name],
                            pane.top_reading_offset() if pane.article_id else 0)
        for name in PANES:
            article, script, offset = states[_other(name)]
            self.scripts[name] = script
            self.settings[f"panes/{name}/script"] = script.value
            self.containers[name].set_script(script)
            if article:
                self.library.positions.set(article, offset)
                self.containers[name].pane.clear_article()  # the offset above wins
                self.open_article(article, name)
            else:
                self.clear(name)

    # -- synchronised scrolling -----------------------------------------------------------------
    def _sync_from(self, name: str) -> None:
        if self._syncing or not self.settings["view/sync"]:
            return
        source = self.containers[name].pane
        target_container = self.containers[_other(name)]
        target = target_container.pane
        if not target_container.isVisible() or not source.article_id or not target.article_id:
            return
        self._syncing = True
        try:
            if source.article_id == target.article_id:
                # Same article: the same reading-text position, through each view's map.
                offset, pixel = source._top_anchor()
                target.scroll_to_reading_offset(offset, pixel)
            elif (mapped := self.partner_offset(name)) is not None:
                # Different articles: follow the anchors they share (names, dates, amounts),
                # interpolated between them.
                target.scroll_to_reading_offset(mapped)
            else:
                # No anchors (yet): the same proportion of paragraphs.
                index, fraction = source.paragraph_position()
                ratio = target.paragraph_count() / max(source.paragraph_count(), 1)
                position = (index + fraction) * ratio
                target.scroll_to_paragraph(int(position), position - int(position))
        finally:
            self._syncing = False

    def partner_offset(self, name: str) -> int | None:
        """Where the other pane's article speaks of what is at the top of pane ``name``
        (two different articles; None until their anchors are known)."""
        mapping = self.anchor_map()
        if mapping is None:
            return None
        offset = self.containers[name].pane.top_reading_offset()
        return mapping.to_right(offset) if name == "left" else mapping.to_left(offset)

    def anchor_map(self):
        """The shared anchors of the two articles shown (different ones), or None while
        they are computed on the pool (``anchorsReady`` then says so) or if there is no
        such pair."""
        left, right = (self.containers[n].pane.article_id for n in ("left", "right"))
        if not left or not right or left == right:
            return None
        key = (left, right)
        if key not in self._anchor_maps:
            self._anchor_maps[key] = None
            library, generation = self.library, self._anchor_generation
            self.tasks.submit(lambda _progress: library.entities.anchor_map(left, right),
                              label=QT_TRANSLATE_NOOP("tasks", "Aligning the two articles"), lane=Lane.POOL,
                              on_done=lambda mapping: self._anchors_computed(key, mapping,
                                                                             generation))
        return self._anchor_maps[key]

    def _anchors_computed(self, key: tuple[str, str], mapping, generation: int) -> None:
        if generation == self._anchor_generation and key in self._anchor_maps:
            self._anchor_maps[key] = mapping  # (not forgotten meanwhile)
            self.anchorsReady.emit(*key, mapping)

    def forget_anchors(self) -> None:
        """The entities or texts changed (merge, split, reload): align again when next
        asked; alignments still on their way are dropped when they arrive."""
        self._anchor_maps.clear()
        self._anchor_generation += 1

    def reshow(self, articles: set[str]) -> None:
        """Articles whose text changed (a reload found them edited): the panes showing them
        read them again, near where they were."""
        for name, container in self.containers.items():
            pane = container.pane
            article = pane.article_id
            if container.isVisible() and article in articles:
                self.library.positions.set(article, pane.top_reading_offset())
                pane.clear_article()
                self.open_article(article, name)

    def jump_to_partner(self) -> None:
        """Show the other pane's passage about what the active pane shows (Ctrl+Shift+J)."""
        other = _other(self.active_name)
        offset = self.partner_offset(self.active_name)
        if offset is not None:
            pane = self.containers[other].pane
            pane.scroll_to_reading_offset(offset)
            pane.flash(offset, offset + 1)

    # -- state --------------------------------------------------------------------------------
    def save_state(self) -> None:
        self.settings["panes/active"] = self.active_name
        for name, container in self.containers.items():
            pane = container.pane
            self.settings[f"panes/{name}/article"] = pane.article_id or ""
            self.settings[f"panes/{name}/visible"] = bool(container.isVisible()
                                                          and pane.article_id)
            self.remember_position(pane)
        self.library.positions.save()
        self.library.shelf.save()   # "last read" (issue 19), kept in memory while reading

    def restore(self, known: Callable[[str], bool], first: Callable[[], str | None]) -> None:
        """Reopen what was shown last time; on the very first run show something."""
        opened = False
        for name in PANES:
            article = self.settings[f"panes/{name}/article"]
            if article:  # wiring (issue 11): a moved file reopens where it is now
                article = self.library.articles.current_id(article)
            if article and known(article):
                opened |= self.open_article(article, name)
        active = self.settings["panes/active"]
        if self.containers[active].pane.article_id:
            self.set_active(active)
        if not opened and not self.settings.has("panes/left/article"):
            article = first()
            if article:
                self.open_article(article, "left")


def _other(name: str) -> str:
    return "right" if name == "left" else "left"


def _script(value: str) -> Script:
    try:
        return Script(value)
    except ValueError:
        return Script.ORIGINAL


def _prepared(opened: OpenedArticle) -> OpenedArticle:
    """On the worker: the view's indexes too, so showing it costs the GUI thread nothing."""
    opened.view.prepared()
    return opened
