"""``library.dictionary``: CC-CEDICT look-ups (cached in the data folder), the Spanish
lemma, and the reader's vocabulary list (its own SQLite store)."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.library.articles import ArticleManager
from reader.core.text.script import Script, make_view

if TYPE_CHECKING:
    from reader.core.dictionary.define import Definition
    from reader.core.dictionary.lookup import Dictionary
    from reader.core.dictionary.vocabulary import VocabularyItem, VocabularyStore
    from reader.core.library.search import SearchManager
    from reader.core.search.index import SearchResult


class DictionaryManager:
    def __init__(self, articles: ArticleManager, search: "SearchManager", data_dir: Path):
        self._articles = articles
        self._search = search
        self._data_dir = data_dir
        # Its own lock: building the cache takes seconds and must not hold up the library.
        self._lock = threading.RLock()
        self._cedict: Dictionary | None = None
        self._vocabulary: VocabularyStore | None = None

    @property
    def cedict(self) -> Dictionary:
        """CC-CEDICT, cached in the data folder (the first use builds the cache: ~3 s, so
        the UI calls this in a worker)."""
        with self._lock:
            if self._cedict is None:
                from reader.core.dictionary.lookup import Dictionary

                self._cedict = Dictionary(self._data_dir / "dictionary" / "cedict.sqlite")
            return self._cedict

    @property
    def ready(self) -> bool:
        return self._cedict is not None

    def define(self, query: str) -> Definition:
        from reader.core.dictionary.define import define
        from reader.core.text.hanzi import HAN

        return define(self.cedict if HAN.search(query) else None, query)

    def word_at(self, text: str, position: int, end: int | None = None) -> tuple[int, int] | None:
        """What to look up in ``text``: the range ``position``–``end`` when given, else the
        dictionary's longest word (Chinese) or the run of letters (Spanish) at ``position``."""
        from reader.core.dictionary import spanish
        from reader.core.text.hanzi import HAN

        if end is not None:
            return position, end
        for at in (position, position - 1):
            if 0 <= at < len(text) and HAN.match(text[at]):
                return self.cedict.word_at(text, at)
        return spanish.word_at(text, position)

    def search_query(self, word: str, definition: Definition) -> str:
        """The library query a look-up offers: the lemma (Spanish) or the word (Chinese)."""
        from reader.core.dictionary import spanish

        if definition.language == "es":
            return spanish.search_query(word)
        return definition.query if definition.language == "zh" else ""

    @property
    def vocabulary(self) -> VocabularyStore:
        with self._lock:
            if self._vocabulary is None:
                import sqlite3

                from reader.core.dictionary.vocabulary import VocabularyError, VocabularyStore

                path = self._data_dir / "vocabulary.sqlite"
                try:
                    self._vocabulary = VocabularyStore(path)
                except (sqlite3.Error, OSError) as exc:
                    raise VocabularyError(f"cannot open the vocabulary database {path}: "
                                          f"{exc}") from exc
            return self._vocabulary

    def add_word(self, article: str, start: int, end: int,
                 script: Script | str = Script.ORIGINAL) -> tuple[VocabularyItem, bool]:
        """Look up the reading-text range ``start``–``end`` as shown in ``script`` and keep
        it with its sentence; (item, False) when the word was already in the list."""
        from reader.core.dictionary.vocabulary import VocabularyError, sentence_around

        document = self._articles.document(article)
        if not 0 <= start < end <= len(document.text):
            raise VocabularyError(f"offsets {start}–{end} are not a range inside the article")
        view = make_view(document.text, script)
        view_start, view_end = view.from_reading.range_to_target(start, end)
        word = view.text[view_start:view_end].strip()
        definition = self.define(word)
        reading, senses = definition.vocabulary_fields()
        sentence = sentence_around(view.text, view_start, view_end)
        return self.vocabulary.add(word, definition.language or document.info.language,
                                   reading, senses, sentence, document.info.id,
                                   document.info.path, document.info.title, start, end)

    def export(self, fmt: str) -> str:
        from reader.core.dictionary.export import csv_export, markdown_export
        from reader.core.dictionary.vocabulary import VocabularyError

        items = self.vocabulary.list()
        if fmt == "csv":
            return csv_export(items)
        if fmt == "markdown":
            return markdown_export(items)
        raise VocabularyError(f"unknown export format {fmt!r}: use csv or markdown")

    def search_lemma(self, word: str, limit: int | None = 50) -> SearchResult:
        """Search the library for a Spanish word's lemma (and the word itself)."""
        from reader.core.dictionary.spanish import search_query

        return self._search.query(search_query(word), limit=limit)

    def close(self) -> None:
        with self._lock:
            for store in (self._vocabulary, self._cedict):
                if store is not None and hasattr(store, "close"):
                    store.close()
            self._vocabulary = self._cedict = None
