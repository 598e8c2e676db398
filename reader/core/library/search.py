"""``library.search``: the library's Whoosh index (opened on first use), keeping it up to
date, querying it, and finding matches inside one article."""
from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Callable

from reader.core.library.articles import ArticleManager, Progress
from reader.core.text.folding import fold
from reader.core.search.filters import SearchFilter, SortOrder, accepts, sort_key

if TYPE_CHECKING:
    from reader.core.entities.table import EntityTable
    from reader.core.search.index import IndexReport, SearchIndex, SearchResult


class SearchManager:
    def __init__(self, articles: ArticleManager,
                 aliases: Callable[[], "EntityTable"] | None = None,
                 tags: Callable[[], dict[str, set[str]]] = dict):
        self._articles = articles
        self._aliases = aliases  # the library's entities: a Latin query finds Chinese names
        self._tags = tags  # article id → tags on its highlights (read when a filter needs it)
        self._index: SearchIndex | None = None
        self._folded_for_find: tuple[str, str] | None = None  # (reading text, folded)

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
        return self.index.update(sources, lambda article: articles.document(article).search_text,
                                 progress=progress, rebuild=rebuild)

    def query(self, query: str, limit: int | None = 50, filters: SearchFilter | None = None,
              aliases: bool = True) -> SearchResult:
        """Hits for a query. ``filters`` restrict them to articles with the wanted language,
        script, folder, date range or highlight tag, and choose the order. Exact matches
        come first; a Latin query also finds the Chinese names it stands for (``Taobao`` →
        淘宝, ``tao xiao pu`` → 淘小铺) unless ``aliases`` is off or the query quotes or uses
        operators (docs/linking.md)."""
        from reader.core.entities.cross_search import needs_aliases, search_with_aliases

        def run(text: str, count: int | None) -> SearchResult:
            if filters is None or not filters.active:
                return self.index.search(text, limit=count)
            return self._filtered(text, count, filters.normalized())

        if not aliases or self._aliases is None or not needs_aliases(query):
            return run(query, limit)
        return search_with_aliases(query, limit, run, self._aliases())
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
        from reader.core.search.query import parse_query

        text = self._articles.document(article).text
        cached = self._folded_for_find
        if cached is None or cached[0] is not text:
            # Folding a book takes ~0.5 s: once per article, not per keystroke (issue 14).
            cached = self._folded_for_find = (text, fold(text))
        return parse_query(query).match(cached[1]) or []

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
