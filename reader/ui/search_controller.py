"""Library search (dock) and find-in-article (bar) for the main window."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.core.search.query import QuerySyntaxError
from reader.ui.search_panel import SearchPanel
from reader.ui.workers import Job

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

SEARCH_LIMIT = 200


class SearchController(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.panel = SearchPanel(window)
        self.dock = window.add_side_dock("Search", "search-dock", self.panel, visible=False)
        self._generation = 0
        self._find_anchor: int | None = None
        self.panel.searchRequested.connect(self.run_search)
        self.panel.hitActivated.connect(self.open_hit)
        bar = window.find_bar
        bar.queryChanged.connect(self.find_in_article)
        bar.nextRequested.connect(lambda: self.step_match(+1))
        bar.previousRequested.connect(lambda: self.step_match(-1))
        bar.closed.connect(self._find_closed)

    # -- library search -------------------------------------------------------------------
    def show_search(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_query()

    def run_search(self, query: str) -> None:
        self._generation += 1
        generation = self._generation
        window = self.window
        job = Job(lambda _progress: window.library.search.query(query, limit=SEARCH_LIMIT), window)
        window.track_job(job)
        job.succeeded.connect(lambda result: self._search_done(generation, result))
        job.failed.connect(lambda message: self.panel.show_results(
            query, 0, [], f"Search failed: {message}", window.indexing))
        job.start()

    def _search_done(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        self.panel.show_results(result.query, result.total, result.hits, result.error,
                                self.window.indexing)
        self.window.searchFinished.emit(result)

    def open_hit(self, hit) -> None:
        window = self.window
        if window.pane.article_id != hit.id:
            window.open_article(hit.id)
        if window.pane.article_id == hit.id:
            window.pane.set_marks([(m.start, m.end) for m in hit.matches])
            self._show_match_status()

    def rerun(self) -> None:
        query = self.panel.query_edit.text().strip()
        if query:
            self.run_search(query)

    # -- find in article -----------------------------------------------------------------------
    def open_find_bar(self) -> None:
        self._find_anchor = None
        self.window.find_bar.open_bar()

    def reset_anchor(self) -> None:
        self._find_anchor = None

    def find_in_article(self, query: str) -> None:
        window, bar = self.window, self.window.find_bar
        pane = window.pane
        if not pane.article_id:
            bar.set_status("no article open")
            return
        if not query.strip():
            pane.set_marks([])
            bar.set_status("")
            return
        try:
            spans = window.library.search.find_in_article(pane.article_id, query)
        except QuerySyntaxError as exc:
            pane.set_marks([])
            bar.set_status(str(exc))
            return
        # Each refinement of the query starts from where the reader was when Find opened.
        if self._find_anchor is None:
            self._find_anchor = pane.top_reading_offset()
        first = next((i for i, (start, _) in enumerate(spans) if start >= self._find_anchor), 0)
        pane.set_marks(spans, current=first)
        self._show_match_status()

    def step_match(self, step: int) -> None:
        self.window.pane.step_mark(step)
        self._show_match_status()

    def _show_match_status(self) -> None:
        pane = self.window.pane
        marks = pane.marks
        text = f"{pane.current_mark + 1} of {len(marks)}" if marks else "no matches"
        self.window.find_bar.set_status(text)
        self.window.statusBar().showMessage(f"Match {text}", 3000)

    def _find_closed(self) -> None:
        self._find_anchor = None
        self.window.pane.set_marks([])
        self.window.pane.setFocus()
