"""The facade: the UI and the CLI reach the library only through ``Library``.

``Library`` is a door onto managers, one per domain, each in its own module (like Anki's
``Collection``): ``library.articles``, ``library.search``, ``library.annotations``,
``library.events``, ``library.entities``, ``library.positions``, ``library.dictionary``.
New features add a manager (or a method on one), not flat methods here. The facade itself only composes: ``load``, ``open`` (everything a
pane needs in one call) and ``close``."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

# Value types and pure helpers the UI may use: it imports from the core only this module
# and reader.core.models (a test proves it).
from reader.core.annotations.notes import render_note
from reader.core.annotations.store import COLORS, Annotation, AnnotationError
from reader.core.dictionary.define import Definition
from reader.core.dictionary.export import source_of
from reader.core.dictionary.pinyin import readings as pinyin_readings
from reader.core.dictionary.pinyin import warm_up as warm_up_pinyin
from reader.core.dictionary.vocabulary import VocabularyError, VocabularyItem
from reader.core.library.annotations import AnnotationManager, ImportReport
from reader.core.library.articles import (AddResult, ArticleManager, LoadResult, Progress,
                                          UnknownArticle)
from reader.core.library.changes import Changes, OpenedArticle, ReanchorReport
from reader.core.library.corpus import article_id
from reader.core.library.dictionary import DictionaryManager
from reader.core.library.entities import EntityManager
from reader.core.library.events import EventManager
from reader.core.library.legacy_positions import LegacyPositions
from reader.core.library.migration import upgrade_before_opening
from reader.core.library.moves import Move
from reader.core.library.paths import bundled_library, bundled_resources, resolve_data_dir
from reader.core.library.positions import PositionManager
from reader.core.library.search import SearchManager
from reader.core.library.settings_file import LibrarySettingsFile
from reader.core.library.shelf import Bookmark, ShelfEntry, ShelfError, ShelfManager
from reader.core.models import ArticleInfo, LoadError
from reader.core.search.filters import SearchFilter, SortOrder, folders
from reader.core.search.query import QuerySyntaxError
from reader.core.text.folding import fold
from reader.core.text.offsets import Utf16Index
from reader.core.text.opencc_bridge import distribution_check
from reader.core.text.script import Script, ScriptView, make_view

if TYPE_CHECKING:  # heavy modules load on first use: the window paints first
    from reader.core.events.extract import Event
    from reader.core.search.index import IndexReport, SearchHit, SearchResult


class Library:
    """Articles of one library folder (plus files the user added), and all about them."""

    def __init__(self, root: str | os.PathLike | None = None,
                 data_dir: str | os.PathLike | None = None, cache_size: int = 32):
        self.data_dir = resolve_data_dir(data_dir)
        self.settings_file = LibrarySettingsFile(self.data_dir)
        if root is None:
            root = self.settings_file.read().get("library") or bundled_library()
        self.root = Path(root).expanduser().resolve()
        self.backup = upgrade_before_opening(self.data_dir)  # issue 12: before the stores
        self.articles = ArticleManager(self.root, self.data_dir, self.settings_file,
                                       cache_size, on_reload=self._reloaded)
        self.events = EventManager(self.articles)
        self.entities = EntityManager(self.articles, self.events, self.data_dir)
        self.search = SearchManager(self.articles, aliases=self.entities.table,
                                    tags=lambda: self.shelf.with_labels(
                                        self.annotations.tags_by_article()))
        self.annotations = AnnotationManager(self.articles,
                                             self.data_dir / "annotations.sqlite")
        self.positions = PositionManager(self.data_dir)
        self.legacy_positions = LegacyPositions(self.data_dir)  # moved on first open (12)
        self.dictionary = DictionaryManager(self.articles, self.search, self.data_dir)
        # -- library management (issue 19) --
        self.shelf = ShelfManager(self.data_dir)
        self.annotations.article_meta = lambda a: self.shelf.entry(a).to_json()
        self.articles.on_move = self._carry_over  # wiring (issue 11)

    def _carry_over(self, move: Move) -> None:
        """A moved file keeps its highlights and its reading position (issue 11)."""
        self.annotations.move_article(move.old_id, move.new_id, move.new_path)
        self.positions.move(move.old_id, move.new_id)

    def _reloaded(self) -> None:
        self.events.forget_names()

    def load(self, progress: Progress | None = None, on_batch=None) -> LoadResult:
        """Scan the library folder and linked sources; a bad file is reported, not fatal.
        ``on_batch(infos)``: articles listed while the files are read (issue 15)."""
        result = self.articles.load(progress, on_batch)
        try:  # -- library management (issue 19): "date added" is when first seen
            self.shelf.note_added(info.id for info in result.articles)
        except ShelfError as exc:
            result.errors.append(LoadError("shelf.sqlite", str(exc)))
        return result

    def open(self, article: str, script: Script | str = Script.ORIGINAL) -> OpenedArticle:
        """Everything a reading pane needs to show an article, in one call; never writes."""
        article = self.articles.resolve(article)
        document = self.articles.document(article)
        self.legacy_positions.settle(document, self.positions)
        events = self.events.cached(article)
        try:
            highlights, problem = tuple(self.annotations.for_article(article)), ""
        except (AnnotationError, OSError, sqlite3.Error) as exc:  # still show the text
            highlights, problem = (), str(exc)
        return OpenedArticle(
            info=document.info,
            view=self.articles.view(article, script),
            # damaged bytes (U+FFFD) are marked like suspect spans (issue 11)
            suspects=tuple(document.report.suspect_spans) + tuple(document.damaged_spans),
            highlights=highlights,
            events=tuple(events) if events is not None else None,
            position=self.positions.get(article),
            highlights_problem=problem, blocks=document.blocks,
            metadata=dict(document.metadata), removed=document.removed)

    def set_default_library(self, folder: str | os.PathLike) -> None:
        self.settings_file.set_default_library(folder)

    def close(self) -> None:
        """Release the database and index handles (switching library folders)."""
        self.positions.save()
        self.shelf.close()
        self.search.close()
        self.articles.close()
        self.annotations.close()
        self.dictionary.close()


__all__ = ["Library", "LoadResult", "AddResult", "ImportReport", "UnknownArticle",
           "AnnotationError", "article_id", "Changes", "OpenedArticle", "ReanchorReport",
           "Annotation", "ArticleInfo", "COLORS", "Event", "IndexReport", "LoadError",
           "QuerySyntaxError", "Script", "ScriptView", "SearchHit", "SearchResult",
           "Utf16Index", "distribution_check", "fold", "make_view", "render_note",
           "resolve_data_dir", "Definition", "source_of", "pinyin_readings", "warm_up_pinyin",
           "VocabularyError", "VocabularyItem", "SearchFilter", "SortOrder", "folders",
           "Bookmark", "ShelfEntry", "ShelfError", "Move", "bundled_resources"]
