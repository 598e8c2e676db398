"""``library.articles``: finding, loading, caching and adding article files, and their
script views. The one place that owns the article list and the document cache."""
from __future__ import annotations

import os
import shutil
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from reader.core.library.books import (copied_to, load_document,  # books apart (14)
                                        load_documents)
from reader.core.library.catalog import Catalog
from reader.core.library.corpus import ARTICLE_SUFFIXES, find_article_files
from reader.core.library.fingerprint import fingerprint
from reader.core.library.moves import Move, MovedFiles
from reader.core.library.paths import CATALOG_FILE, bundled_library
from reader.core.library.loading import LibraryLoading, LoadResult, Progress  # noqa: F401
from reader.core.library.reading import BATCH
from reader.core.library.scan import inside, source_name
from reader.core.library.settings_file import LibrarySettingsFile
from reader.core.models import ArticleInfo, Document, LoadError
from reader.core.text.decoding import UnreadableFile
from reader.core.text.script import Script, ScriptView, make_view

@dataclass(frozen=True)
class AddResult:
    added: list[ArticleInfo]
    errors: list[LoadError]


class UnknownArticle(KeyError):
    def __str__(self) -> str:
        return f"no article matches {self.args[0]!r}"


class ArticleManager(LibraryLoading):
    def __init__(self, root: Path, data_dir: Path, settings: LibrarySettingsFile,
                 cache_size: int = 32, on_reload: Callable[[], None] = lambda: None):
        self.root = root
        self.data_dir = data_dir
        self._settings = settings
        self._on_reload = on_reload
        self._articles: dict[str, ArticleInfo] = {}
        self._distinct: dict[str, ArticleInfo] | None = {}
        self._loaded = False
        self._locations: dict[str, Path | str] = {}  # text when listed from the catalog
        self._errors: list[LoadError] = []
        self._documents: OrderedDict[str, Document] = OrderedDict()
        self._cache_size = cache_size
        # Script views of documents in memory: a book's phrase view takes seconds (issue 14).
        self._views: OrderedDict[tuple[str, Script], tuple[str, ScriptView]] = OrderedDict()
        self._lock = threading.RLock()
        self.catalog = Catalog(data_dir / CATALOG_FILE)
        # Who carries highlights (and reading positions) over when a file moved: the
        # facade sets it, as those live in other managers.
        self.on_move: Callable[[Move], None] = lambda move: None
        self._moves = MovedFiles(data_dir / "articles.sqlite", str(root),
                                 self._fingerprint, lambda move: self.on_move(move))

    @property
    def extra_sources(self) -> list[Path]:
        """Files and folders added from outside the library folder (linked, not copied)."""
        return self._settings.linked()

    # -- access ---------------------------------------------------------------------
    def all(self) -> list[ArticleInfo]:
        """One entry per article: a second file with the same text (or its other-script
        copy) is listed in the first one's ``copies``, not as an article of its own."""
        with self._lock:
            return list(self._distinct_map().values())

    def _distinct_map(self) -> dict[str, ArticleInfo]:
        """Worked out when asked (not per batch of a load): sorting 10,000 paths each time
        would cost the import seconds."""
        if self._distinct is None:
            self._distinct = self._distinct_articles()
        return self._distinct

    def _distinct_articles(self) -> dict[str, ArticleInfo]:
        by_key: dict[str, list[ArticleInfo]] = {}
        for info in sorted(self._articles.values(), key=lambda a: a.path):
            by_key.setdefault(info.text_key or info.id, []).append(info)
        result = {}
        for group in by_key.values():
            first = group[0]
            copies = tuple(other.path for other in group[1:])
            result[first.id] = replace(first, copies=copies) if copies else first
        return {a.id: result[a.id] for a in self._articles.values() if a.id in result}

    def known(self, article: str) -> bool:
        with self._lock:
            return article in self._articles

    def errors(self) -> list[LoadError]:
        with self._lock:
            return list(self._errors)

    def info(self, article: str) -> ArticleInfo:
        article = self.resolve(article)
        with self._lock:
            return self._distinct_map().get(article) or self._articles[article]

    def resolve(self, token: str) -> str:
        """An article id from an id, a library path, a file name or its stem."""
        with self._lock:
            if token in self._articles:
                return token
            matches = [a.id for a in self._articles.values()
                       if token in (a.path, Path(a.path).name, Path(a.path).stem)]
            if not matches:
                matches = [a.id for a in self._articles.values()
                           if a.id.startswith(token) or Path(a.path).name.startswith(token)]
        if len(matches) == 1:
            return matches[0]
        moved_to = self.moved_to(token)
        if moved_to is not None:
            return moved_to
        raise UnknownArticle(token)

    # -- search filters (issue 18) --
    def added_time(self, article: str) -> float:
        """When the article's file arrived in the library (its modification time)."""
        location = self._locations.get(article)
        try:
            return Path(location).stat().st_mtime if location is not None else 0.0
        except OSError:
            return 0.0

    def has_document(self, article: str) -> bool:
        """Is the article's text in memory (opening it costs no file read)?"""
        with self._lock:
            return self.resolve(article) in self._documents

    def document(self, article: str) -> Document:
        article = self.resolve(article)
        with self._lock:
            cached = self._documents.get(article)
            if cached is not None:
                self._documents.move_to_end(article)
                return cached
            path, info = Path(self._locations[article]), self._articles[article]
        document = load_document(path, source_name(path, info, self.root))
        self._remember(document)
        return document

    def _remember(self, document: Document) -> None:
        with self._lock:
            self._documents[document.info.id] = document
            self._documents.move_to_end(document.info.id)
            while len(self._documents) > self._cache_size:
                self._documents.popitem(last=False)

    def view(self, article: str, script: Script | str = Script.ORIGINAL) -> ScriptView:
        """The article in a script; the last few views are kept (toggling back is free)."""
        document, script = self.document(article), Script(script)
        key = (document.info.id, script)
        with self._lock:
            cached = self._views.get(key)
            if cached is not None and cached[0] is document.text:
                self._views.move_to_end(key)
                return cached[1]
        view = make_view(document.text, script)
        with self._lock:
            if script is not Script.ORIGINAL and len(view.text) > _BOOK_VIEW:
                # A book's converted view is a second copy of its text (5 MB for a 5 MB
                # novel): only the last one is kept, the original shares the reading text.
                for other in [k for k in self._views
                              if k[0] == key[0] and k[1] not in (script, Script.ORIGINAL)]:
                    del self._views[other]
            self._views[key] = (document.text, view)
            while len(self._views) > _VIEWS_KEPT:
                self._views.popitem(last=False)
        return view

    def has_view(self, article: str, script: Script | str) -> bool:
        """Is that view ready (showing it costs no conversion)?"""
        with self._lock:
            article = self.resolve(article)
            cached = self._views.get((article, Script(script)))
            document = self._documents.get(article)
            return cached is not None and document is not None and cached[0] is document.text

    # -- adding -------------------------------------------------------------------
    def _copy_folder(self) -> Path:
        """Copies go into the library folder, except into the bundled seeds (part of the
        installation): then into the data dir, linked as a source."""
        if self.root != bundled_library().resolve():
            return self.root / "added"
        folder = self.data_dir / "articles"
        folder.mkdir(parents=True, exist_ok=True)
        if str(folder) not in {str(p) for p in self._settings.linked()}:
            self._settings.link([folder])
        return folder

    def add_paths(self, paths: Iterable[str | os.PathLike], copy: bool = True,
                  progress: Progress | None = None,
                  on_batch: Callable[[list[ArticleInfo]], None] | None = None) -> AddResult:
        """Add files or folders: copied into the library folder (default) or linked."""
        items = [Path(p).expanduser().resolve() for p in paths]
        files: list[Path] = []
        errors: list[LoadError] = []
        for item in items:
            if not item.exists():
                errors.append(LoadError(str(item), "not found"))
                continue
            found, problems = find_article_files(item)
            if item.is_file() and not found:
                errors.append(LoadError(str(item), "not an article file (" +
                                        ", ".join(ARTICLE_SUFFIXES) + ")"))
            files.extend(found)
            errors.extend(LoadError(str(p), r) for p, r in problems)
        added: list[ArticleInfo] = []
        listed = 0
        if not copy:
            self._settings.link([item for item in items
                                 if item.exists() and not inside(item, self.root)])
        for done, path in enumerate(files):
            if progress:
                progress(done, len(files), path.name)
            try:
                if copy and not inside(path, self.root):
                    target = _free_name(self._copy_folder() / path.name)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    rel = (target.relative_to(self.root).as_posix()
                           if inside(target, self.root) else str(target))
                    documents = load_documents(path, rel)  # check before copying
                    shutil.copy2(path, target)
                    documents = [copied_to(d, target) for d in documents]
                    location = target
                else:
                    rel = (path.relative_to(self.root).as_posix() if inside(path, self.root)
                           else str(path))
                    documents = load_documents(path, rel)
                    location = path
            except UnreadableFile as exc:
                errors.append(LoadError(str(path), str(exc)))
                continue
            except OSError as exc:
                errors.append(LoadError(str(path), f"could not copy: {exc.strerror or exc}"))
                continue
            for document in documents:
                with self._lock:
                    self._articles[document.info.id] = document.info
                    self._locations[document.info.id] = location
                    self._distinct = None
                self._remember(document)
                added.append(document.info)
            if on_batch is not None and len(added) - listed >= BATCH:  # listed as they come
                on_batch(added[listed:])
                listed = len(added)
        if on_batch is not None and added[listed:]:
            on_batch(added[listed:])
        with self._lock:
            self._distinct = None  # all() lists what was just added
        if added:
            self._save_listing()
        if progress:
            progress(len(files), len(files), "")
        return AddResult(added, errors)

    # -- moved files (issue 11) --------------------------------------------------------------
    def _fingerprint(self, article: str) -> tuple[int, ...]:
        try:
            return fingerprint(self.document(article).text)
        except (UnreadableFile, OSError, KeyError):
            return ()

    def moved_to(self, old_id: str) -> str | None:
        """Where an article's file was recognised after a move (None: not moved, or gone)."""
        target = self._moves.moved_to(old_id)
        return target if target is not None and self.known(target) else None

    def current_id(self, article: str) -> str:
        """The id an article has now: its own, or where its file was recognised after a move."""
        if self.known(article):
            return article
        return self.moved_to(article) or article

    def former_ids(self, article: str) -> list[str]:
        """Ids this article had before its file was moved or renamed (newest first)."""
        try:
            return self._moves.former_ids(self.resolve(article))
        except KeyError:
            return []

    def carry_over(self, move: Move) -> None:
        """Record a move the user declared (re-attaching a vanished article's highlights)."""
        self._moves.carry_over(move)

    def close(self) -> None:
        self._moves.close()
        self.catalog.close()


_VIEWS_KEPT = 4
#: Converted views longer than this (characters) are kept one per article (issue 14).
_BOOK_VIEW = 200_000


def _free_name(target: Path) -> Path:
    if not target.exists():
        return target
    for n in range(2, 10_000):
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        if not candidate.exists():
            return candidate
    raise OSError(f"no free name for {target.name}")
