"""Library search (dock) and find-in-article (bar). A new keystroke's query supersedes the
previous one on the task runner's query lane (no thread per query)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from reader.ui.i18n import QT_TRANSLATE_NOOP, translate
from reader.core.library.facade import QuerySyntaxError, folders
from reader.ui.context import AppContext
from reader.ui.find_bar import FindBar
from reader.ui.search_panel import SearchPanel
from reader.ui.tasks import Lane
from reader.ui.workspace import LARGE_VIEW, Workspace

SEARCH_LIMIT = 200
#: the task key of the index update; searching while it runs says results may be partial
INDEX_TASK = "index"


class SearchController(QObject):
    finished = Signal(object)         # SearchResult shown
    openRequested = Signal(str)       # article id to show in the active pane

    def __init__(self, context: AppContext, workspace: Workspace, find_bar: FindBar):
        super().__init__(context)
        self.context = context
        self.workspace = workspace
        self.before_jump: Callable[[], None] = lambda: None  # set by the window
        self.find_bar = find_bar
        self.panel = SearchPanel()
        self._find_anchor: int | None = None
        self.panel.searchRequested.connect(self.run_search)
        self.panel.hitActivated.connect(self.open_hit)
        find_bar.queryChanged.connect(self.find_in_article)
        find_bar.nextRequested.connect(lambda: self.step_match(+1))
        find_bar.previousRequested.connect(lambda: self.step_match(-1))
        find_bar.closed.connect(self._find_closed)
        workspace.activeChanged.connect(lambda _name: self.reset_anchor())

    @property
    def indexing(self) -> bool:
        return self.context.tasks.running(INDEX_TASK)

    # -- library search -------------------------------------------------------------------
    def show_search(self) -> None:
        self.panel.filters.set_folders(folders(self.context.library.articles.all()))
        self.panel.focus_query()

    def run_search(self, query: str) -> None:
        library = self.context.library
        wanted = self.panel.filters.value()
        self.context.tasks.submit(
            lambda _progress: library.search.query(query, limit=SEARCH_LIMIT, filters=wanted),
            label=QT_TRANSLATE_NOOP("tasks", "Search"), lane=Lane.QUERY, key="search", on_done=self._search_done,
            on_error=lambda message: self.panel.show_results(
                query, 0, [], translate("search_controller", "Search failed: {message}").format(
                    message=message), self.indexing))

    def _search_done(self, result) -> None:
        self.panel.show_results(result.query, result.total, result.hits, result.error,
                                self.indexing)
        self.finished.emit(result)

    def open_hit(self, hit) -> None:
        self.before_jump()  # Back returns here (issue 19)
        if self.workspace.pane.article_id != hit.id:
            self.openRequested.emit(hit.id)
        pane = self.workspace.pane
        if pane.article_id == hit.id:
            pane.set_marks([(m.start, m.end) for m in hit.matches])
            self._show_match_status()

    def rerun(self) -> None:
        query = self.panel.query_edit.text().strip()
        if query:
            self.run_search(query)

    # -- find in article -----------------------------------------------------------------------
    def open_find_bar(self) -> None:
        self._find_anchor = None
        self.find_bar.open_bar()

    def reset_anchor(self) -> None:
        self._find_anchor = None

    def find_in_article(self, query: str) -> None:
        bar, pane = self.find_bar, self.workspace.pane
        if not pane.article_id:
            bar.set_status(translate("search_controller", "no article open"))
            return
        if not query.strip():
            self.context.tasks.cancel("find")
            pane.set_marks([])
            bar.set_status("")
            return
        # Each refinement of the query starts from where the reader was when Find opened.
        if self._find_anchor is None:
            self._find_anchor = pane.top_reading_offset()
        library, article = self.context.library, pane.article_id
        if library.articles.info(article).chars > LARGE_VIEW:
            # A book: folded and matched on a worker, the window never waits (issue 14);
            # a newer keystroke supersedes the query still running.
            bar.set_status("…")
            self.context.tasks.submit(lambda _progress: _find(library, article, query),
                                      label=QT_TRANSLATE_NOOP("tasks", "Search"),
                                      lane=Lane.QUERY, key="find",
                                      on_done=lambda found: self._found(pane, article, found))
            return
        self._found(pane, article, _find(library, article, query))

    def _found(self, pane, article: str, spans) -> None:
        if pane.article_id != article or pane is not self.workspace.pane:
            return  # another article (or pane) meanwhile
        if isinstance(spans, QuerySyntaxError):
            pane.set_marks([])
            self.find_bar.set_status(str(spans))
            return
        if self._find_anchor is None:
            self._find_anchor = pane.top_reading_offset()
        first = next((i for i, (start, _) in enumerate(spans) if start >= self._find_anchor), 0)
        pane.set_marks(spans, current=first)
        self._show_match_status()

    def step_match(self, step: int) -> None:
        self.workspace.pane.step_mark(step)
        self._show_match_status()

    def _show_match_status(self) -> None:
        pane = self.workspace.pane
        marks = pane.marks
        text = translate("search_controller", "{current} of {total}").format(
            current=pane.current_mark + 1, total=len(marks)) if marks else translate(
            "search_controller", "no matches")
        self.find_bar.set_status(text)
        self.context.show_message(f"Match {text}", 3000)

    def _find_closed(self) -> None:
        self._find_anchor = None
        self.context.tasks.cancel("find")
        self.workspace.pane.set_marks([])
        self.workspace.pane.setFocus()


def _find(library, article: str, query: str):
    """The query's matches in the article, or the QuerySyntaxError to show."""
    try:
        return library.search.find_in_article(article, query)
    except QuerySyntaxError as exc:
        return exc
