"""``library.events``: dated events of one article or of the whole library, extracted once
per article version and cached; actor names come from the whole library."""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from reader.core.library.articles import ArticleManager, Progress

if TYPE_CHECKING:
    from reader.core.events.extract import ActorLexicon, Event


class EventManager:
    def __init__(self, articles: ArticleManager):
        self._articles = articles
        self._lock = threading.Lock()
        self._lexicon: ActorLexicon | None = None
        self._events: dict[tuple[str, str], list[Event]] = {}

    def forget_names(self) -> None:
        """The library was reloaded: names are recomputed from the library as it is now."""
        with self._lock:
            self._lexicon = None

    def lexicon(self) -> ActorLexicon:
        """Names found across the library (built once per load)."""
        with self._lock:
            lexicon = self._lexicon
        if lexicon is None:
            from reader.core.events.extract import ActorLexicon

            articles = self._articles
            lexicon = ActorLexicon.from_texts(articles.document(a.id).text
                                              for a in sorted(articles.all(),
                                                              key=lambda a: a.path))
            with self._lock:
                self._lexicon = lexicon
        return lexicon

    def cached(self, article: str) -> list[Event] | None:
        """One article's events if they were already extracted (no work), else None."""
        from reader.core.events.extract import sort_events

        info = self._articles.info(article)
        with self._lock:
            cached = self._events.get((info.id, info.content_hash))
        if cached is None:
            return None
        from reader.core.events.timeline import merge_reports, precompute_labels

        return precompute_labels(merge_reports(sort_events(cached)))

    def list(self, article: str | None = None,
             progress: Progress | None = None) -> list[Event]:
        """Dated events of one article or of the whole library, sorted by date."""
        from reader.core.events.extract import extract_events, sort_events

        articles = [self._articles.info(article)] if article else self._articles.all()
        lexicon = self.lexicon()
        result: list[Event] = []
        for done, info in enumerate(articles):
            if progress and done % 20 == 0:
                progress(done, len(articles), info.path)
            key = (info.id, info.content_hash)
            with self._lock:
                cached = self._events.get(key)
            if cached is None:
                document = self._articles.document(info.id)
                cached = extract_events(info.id, info.path, document.search_text, info.date,
                                        lexicon)
                with self._lock:
                    self._events[key] = cached
            result.extend(cached)
        if progress:
            progress(len(articles), len(articles), "")
        # -- events timeline (issue 16): one entry per event reported by several
        # articles, display labels computed once here rather than in the panel
        from reader.core.events.timeline import merge_reports, precompute_labels

        return precompute_labels(merge_reports(sort_events(result)))
