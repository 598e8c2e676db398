"""The facade: the UI and the CLI reach the library only through ``Library``.

``Library`` is a door onto managers, one per domain, each in its own module (like Anki's
``Collection``): ``library.articles``, ``library.search``, ``library.annotations``,
``library.events``, ``library.entities``, ``library.positions``, ``library.dictionary``.
New features add a manager (or a method on one), not flat methods here. The facade itself only composes: ``load``, ``open`` (everything a
pane needs in one call) and ``close``."""
from __future__ import annotations

import os
import sqlite3
from typing import TYPE_CHECKING

# Light on purpose (issue 15): the start-up shell lists a library opened before through
# ``last_listing`` before the managers and their heavy dependencies (Whoosh, OpenCC, the
# dictionaries, entities) are imported. The value types and helpers the UI may use are
# imported on first use (``exports.py``); the managers when a ``Library`` is made.
from reader.core.library.last_listing import LastListing, last_listing, library_root
from reader.core.library.paths import bundled_resources, resolve_data_dir
from reader.core.library.settings_file import LibrarySettingsFile
from reader.core.models import ArticleInfo, LoadError

if TYPE_CHECKING:
    from reader.core.library.articles import LoadResult, Progress
    from reader.core.library.changes import OpenedArticle
    from reader.core.library.moves import Move
    from reader.core.text.script import Script


def __getattr__(name: str):
    from reader.core.library.exports import resolve
    value = globals()[name] = resolve(name)
    return value


class Library:
    """Articles of one library folder (plus files the user added), and all about them."""

    def __init__(self, root: str | os.PathLike | None = None,
                 data_dir: str | os.PathLike | None = None, cache_size: int = 32):
        from reader.core.library.annotations import AnnotationManager
        from reader.core.library.articles import ArticleManager
        from reader.core.library.dictionary import DictionaryManager
        from reader.core.library.entities import EntityManager
        from reader.core.library.events import EventManager
        from reader.core.library.legacy_positions import LegacyPositions
        from reader.core.library.migration import upgrade_before_opening
        from reader.core.library.positions import PositionManager
        from reader.core.library.search import SearchManager
        from reader.core.library.shelf import ShelfManager

        self.data_dir = resolve_data_dir(data_dir)
        self.settings_file = LibrarySettingsFile(self.data_dir)
        self.root = library_root(root, self.data_dir)
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
        from reader.core.library.shelf import ShelfError
        result = self.articles.load(progress, on_batch)
        try:  # -- library management (issue 19): "date added" is when first seen
            self.shelf.note_added(info.id for info in result.articles)
        except ShelfError as exc:
            result.errors.append(LoadError("shelf.sqlite", str(exc)))
        return result

    def open(self, article: str, script: Script | str = "original") -> OpenedArticle:
        """Everything a reading pane needs to show an article, in one call; never writes."""
        from reader.core.annotations.store import AnnotationError
        from reader.core.library.changes import OpenedArticle
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
           "Bookmark", "ShelfEntry", "ShelfError", "Move", "bundled_resources",
           "LastListing", "last_listing"]
