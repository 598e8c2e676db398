"""``library.articles``: finding, loading, caching and adding article files, and their
script views. The one place that owns the article list and the document cache."""
from __future__ import annotations

import os
import shutil
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from reader.core.library.catalog import Catalog
from reader.core.library.corpus import (ARTICLE_SUFFIXES, find_article_files, load_document,
                                        load_documents)
from reader.core.library.paths import bundled_library
from reader.core.library.settings_file import LibrarySettingsFile
from reader.core.models import ArticleInfo, Document, LoadError
from reader.core.text.decoding import UnreadableFile
from reader.core.text.script import Script, ScriptView, make_view

#: progress(done, total, current_path)
Progress = Callable[[int, int, str], None]


@dataclass
class LoadResult:
    articles: list[ArticleInfo] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)


@dataclass(frozen=True)
class AddResult:
    added: list[ArticleInfo]
    errors: list[LoadError]


class UnknownArticle(KeyError):
    def __str__(self) -> str:
        return f"no article matches {self.args[0]!r}"


class ArticleManager:
    def __init__(self, root: Path, data_dir: Path, settings: LibrarySettingsFile,
                 cache_size: int = 32, on_reload: Callable[[], None] = lambda: None):
        self.root = root
        self.data_dir = data_dir
        self._settings = settings
        self._on_reload = on_reload
        self._articles: dict[str, ArticleInfo] = {}
        self._locations: dict[str, Path] = {}
        self._errors: list[LoadError] = []
        self._documents: OrderedDict[str, Document] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.RLock()
        self.catalog = Catalog(data_dir / "catalog.sqlite")

    @property
    def extra_sources(self) -> list[Path]:
        """Files and folders added from outside the library folder (linked, not copied)."""
        return self._settings.linked()

    # -- loading ------------------------------------------------------------------
    def load(self, progress: Progress | None = None) -> LoadResult:
        """Scan the library folder and linked sources; a bad file is reported, not fatal."""
        planned: list[tuple[Path, str]] = []
        errors: list[LoadError] = []
        sources = [(self.root, True)] + [(p, False) for p in self.extra_sources]
        for source, inside in sources:
            if not source.exists():
                errors.append(LoadError(str(source), "not found"))
                continue
            files, problems = find_article_files(source)
            errors.extend(LoadError(self._display_path(p, inside), r) for p, r in problems)
            for path in files:
                planned.append((path, self._relative(path, source, inside)))
        articles: dict[str, ArticleInfo] = {}
        locations: dict[str, Path] = {}
        fresh: list[tuple[Path, int, int, ArticleInfo]] = []
        for done, (path, rel) in enumerate(planned):
            if progress and (done % 50 == 0 or len(planned) < 200):
                progress(done, len(planned), rel)
            try:
                stat = path.stat()
                info = self.catalog.lookup(path, stat.st_size, stat.st_mtime_ns)
                infos = [info] if info is not None and info.path == rel else []
                if not infos:
                    # A file may hold several articles (an EPUB news issue, issue 13);
                    # only single-article files go into the catalog.
                    documents = load_documents(path, rel)
                    infos = [document.info for document in documents]
                    for document in documents:
                        self._remember(document)
                    if len(infos) == 1 and infos[0].path == rel:
                        fresh.append((path, stat.st_size, stat.st_mtime_ns, infos[0]))
            except UnreadableFile as exc:
                errors.append(LoadError(rel, str(exc)))
                continue
            except OSError as exc:
                errors.append(LoadError(rel, exc.strerror or str(exc)))
                continue
            for info in infos:
                articles[info.id] = info
                locations[info.id] = path
        self.catalog.store_many(fresh)
        if progress:
            progress(len(planned), len(planned), "")
        with self._lock:
            self._articles = articles
            self._locations = locations
            self._errors = errors
        self._on_reload()
        return LoadResult(list(articles.values()), errors)

    def _relative(self, path: Path, source: Path, inside: bool) -> str:
        if inside:
            return path.relative_to(source).as_posix() if source.is_dir() else path.name
        return str(path.resolve())

    def _display_path(self, path: Path, inside: bool) -> str:
        if inside:
            try:
                return path.relative_to(self.root).as_posix()
            except ValueError:
                pass
        return str(path)

    # -- access ---------------------------------------------------------------------
    def all(self) -> list[ArticleInfo]:
        with self._lock:
            return list(self._articles.values())

    def known(self, article: str) -> bool:
        with self._lock:
            return article in self._articles

    def errors(self) -> list[LoadError]:
        with self._lock:
            return list(self._errors)

    def info(self, article: str) -> ArticleInfo:
        with self._lock:
            return self._articles[self.resolve(article)]

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
        raise UnknownArticle(token)

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
            path, info = self._locations[article], self._articles[article]
        document = load_document(path, info.path)
        self._remember(document)
        return document

    def _remember(self, document: Document) -> None:
        with self._lock:
            self._documents[document.info.id] = document
            self._documents.move_to_end(document.info.id)
            while len(self._documents) > self._cache_size:
                self._documents.popitem(last=False)

    def view(self, article: str, script: Script | str = Script.ORIGINAL) -> ScriptView:
        return make_view(self.document(article).text, script)

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
                  progress: Progress | None = None) -> AddResult:
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
        if not copy:
            self._settings.link([item for item in items
                                 if item.exists() and not _inside(item, self.root)])
        for done, path in enumerate(files):
            if progress:
                progress(done, len(files), path.name)
            try:
                if copy and not _inside(path, self.root):
                    target = _free_name(self._copy_folder() / path.name)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    rel = (target.relative_to(self.root).as_posix()
                           if _inside(target, self.root) else str(target))
                    documents = load_documents(path, rel)  # check before copying
                    shutil.copy2(path, target)
                    location = target
                else:
                    rel = (path.relative_to(self.root).as_posix() if _inside(path, self.root)
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
                self._remember(document)
                added.append(document.info)
        if progress:
            progress(len(files), len(files), "")
        return AddResult(added, errors)

    def close(self) -> None:
        self.catalog.close()


def _inside(path: Path, folder: Path) -> bool:
    """Is ``path`` inside ``folder``?"""
    try:
        path.resolve().relative_to(folder)
        return True
    except ValueError:
        return False


def _free_name(target: Path) -> Path:
    if not target.exists():
        return target
    for n in range(2, 10_000):
        candidate = target.with_name(f"{target.stem}-{n}{target.suffix}")
        if not candidate.exists():
            return candidate
    raise OSError(f"no free name for {target.name}")
