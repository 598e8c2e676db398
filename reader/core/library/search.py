"""``library.search``: the library's Whoosh index (opened on first use), keeping it up to
date, querying it, and finding matches inside one article."""
from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Callable

from reader.core.library.articles import ArticleManager, Progress
from reader.core.search.filters import SearchFilter, SortOrder, accepts, sort_key

if TYPE_CHECKING:
    from reader.core.search.index import IndexReport, SearchIndex, SearchResult


class SearchManager:
    def __init__(self, articles: ArticleManager,
                 tags: Callable[[], dict[str, set[str]]] = dict):
        self._articles = articles
        self._tags = tags  # article id → tags on its highlights (read when a filter needs it)
        self._index: SearchIndex | None = None

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            from reader.core.search.index import SearchIndex

            root_key = hashlib.sha1(str(self._articles.root).encode("utf-8")).hexdigest()[:12]
            self._index = SearchIndex(self._articles.data_dir / "index" / root_key)
        return self._index

    def update_index(self, progress: Progress | None = None,
                     rebuild: bool = False) -> IndexReport:
        """Index new and changed articles, drop removed ones (load() first)."""
        from reader.core.search.index import IndexSource

        articles = self._articles
        sources = [IndexSource(a.id, a.path, a.title, a.content_hash) for a in articles.all()]
        return self.index.update(sources, lambda article: articles.document(article).text,
                                 progress=progress, rebuild=rebuild)

    def query(self, query: str, limit: int | None = 50,
              filters: SearchFilter | None = None) -> SearchResult:
        """Hits for a query; ``filters`` restrict them to articles with the wanted
        language, script, folder, date range or highlight tag, and choose the order."""
        if filters is None or not filters.active:
            return self.index.search(query, limit=limit)
        return self._filtered(query, limit, filters.normalized())

    # -- search filters (issue 18) --
    def _filtered(self, query: str, limit: int | None, wanted: SearchFilter) -> SearchResult:
        result = self.index.search(query, limit=None)
        articles = self._articles
        tags: dict[str, set[str]] = self._tags() if wanted.tag else {}
        hits = [h for h in result.hits if articles.known(h.id)
                and accepts(articles.info(h.id), wanted, lambda a: tags.get(a, set()))]
        if wanted.sort is not SortOrder.RELEVANCE:
            hits.sort(key=lambda h: sort_key(wanted.sort, articles.info(h.id),
                                             articles.added_time), reverse=True)
        total = len(hits)
        result.hits = hits if limit is None else hits[:limit]
        result.total = total
        return result

    def find_in_article(self, article: str, query: str) -> list[tuple[int, int]]:
        """Matches of a query in one article's reading text; raises QuerySyntaxError."""
        from reader.core.search.query import find_in_text

        return find_in_text(self._articles.document(article).text, query)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
