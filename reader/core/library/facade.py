"""The facade: the UI and the CLI reach articles, views (and later search, annotations,
events) only through ``Library``."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from typing import TYPE_CHECKING

from reader.core.annotations.store import AnnotationError
from reader.core.library.catalog import Catalog
from reader.core.library.corpus import (ARTICLE_SUFFIXES, article_id, find_article_files,
                                load_document, load_documents)
from reader.core.text.decoding import UnreadableFile
from reader.core.models import ArticleInfo, Document, LoadError
from reader.core.library.paths import bundled_library, resolve_data_dir
from reader.core.text.script import Script, ScriptView, make_view

if TYPE_CHECKING:  # the heavy parts are imported on first use: the window paints first
    from reader.core.annotations.store import Annotation, AnnotationStore
    from reader.core.events.extract import ActorLexicon, Event
    from reader.core.search.index import IndexReport, SearchIndex, SearchResult

#: progress(done, total, current_path)
Progress = Callable[[int, int, str], None]

_SETTINGS_FILE = "library.json"


@dataclass
class LoadResult:
    articles: list[ArticleInfo] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)


@dataclass
class ImportReport:
    imported: int = 0
    unchanged: int = 0
    orphans: int = 0
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AddResult:
    added: list[ArticleInfo]
    errors: list[LoadError]


class UnknownArticle(KeyError):
    def __str__(self) -> str:
        return f"no article matches {self.args[0]!r}"


class Library:
    """Articles of one library folder (plus files the user added), and their views."""

    def __init__(self, root: str | os.PathLike | None = None,
                 data_dir: str | os.PathLike | None = None, cache_size: int = 32):
        self.data_dir = resolve_data_dir(data_dir)
        settings = self._read_settings()
        if root is None:
            root = settings.get("library") or bundled_library()
        self.root = Path(root).expanduser().resolve()
        self._articles: dict[str, ArticleInfo] = {}
        self._locations: dict[str, Path] = {}
        self._errors: list[LoadError] = []
        self._documents: OrderedDict[str, Document] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.RLock()
        self.catalog = Catalog(self.data_dir / "catalog.sqlite")
        self._annotations: AnnotationStore | None = None
        self._lexicon: ActorLexicon | None = None
        self._events: dict[tuple[str, str], list[Event]] = {}
        self._search_index: SearchIndex | None = None

    # -- settings -----------------------------------------------------------------
    def _settings_path(self) -> Path:
        return self.data_dir / _SETTINGS_FILE

    def _read_settings(self) -> dict:
        try:
            return json.loads(self._settings_path().read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def _write_settings(self, settings: dict) -> None:
        tmp = self._settings_path().with_suffix(".tmp")
        tmp.write_text(json.dumps(settings, ensure_ascii=False, indent=2), "utf-8")
        os.replace(tmp, self._settings_path())

    def set_default_library(self, folder: str | os.PathLike) -> None:
        settings = self._read_settings()
        settings["library"] = str(Path(folder).expanduser().resolve())
        self._write_settings(settings)

    @property
    def extra_sources(self) -> list[Path]:
        """Files and folders added from outside the library folder (linked, not copied)."""
        return [Path(p) for p in self._read_settings().get("linked", [])]

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
            self._lexicon = None  # names are recomputed from the library as it is now
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
    def articles(self) -> list[ArticleInfo]:
        with self._lock:
            return list(self._articles.values())

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

    # -- search -----------------------------------------------------------------------
    @property
    def search_index(self) -> SearchIndex:
        if self._search_index is None:
            from reader.core.search.index import SearchIndex

            root_key = hashlib.sha1(str(self.root).encode("utf-8")).hexdigest()[:12]
            self._search_index = SearchIndex(self.data_dir / "index" / root_key)
        return self._search_index

    def update_index(self, progress: Progress | None = None,
                     rebuild: bool = False) -> IndexReport:
        """Index new and changed articles, drop removed ones (load() first)."""
        from reader.core.search.index import IndexSource

        sources = [IndexSource(a.id, a.path, a.title, a.content_hash) for a in self.articles()]
        return self.search_index.update(sources, lambda article: self.document(article).text,
                                        progress=progress, rebuild=rebuild)

    def search(self, query: str, limit: int | None = 50) -> SearchResult:
        return self.search_index.search(query, limit=limit)

    def find_in_article(self, article: str, query: str) -> list[tuple[int, int]]:
        """Matches of a query in one article's reading text; raises QuerySyntaxError."""
        from reader.core.search.query import find_in_text

        return find_in_text(self.document(article).text, query)

    # -- annotations ------------------------------------------------------------------------
    @property
    def annotation_store(self) -> AnnotationStore:
        if self._annotations is None:
            import sqlite3

            from reader.core.annotations.store import AnnotationStore

            path = self.data_dir / "annotations.sqlite"
            try:
                self._annotations = AnnotationStore(path)
            except (sqlite3.Error, OSError) as exc:
                raise AnnotationError(f"cannot open the annotation database {path}: {exc}") \
                    from exc
        return self._annotations

    def annotations(self, article: str | None = None) -> list[Annotation]:
        """Highlights of one article (re-anchored to its current text) or of the library."""
        if article is None:
            result = []
            for stored in sorted({a.article for a in self.annotation_store.list()}):
                if stored in self._articles:
                    result.extend(self.annotations(stored))
                else:  # its file is gone: keep showing what was stored
                    result.extend(self.annotation_store.list(stored))
            return result
        article = self.resolve(article)
        document = self.document(article)
        return self.annotation_store.reanchor(article, document.text, document.info.content_hash)

    def annotation(self, uid: str) -> Annotation | None:
        """One highlight as stored (None when it does not exist or was deleted)."""
        return self.annotation_store.get(uid)

    def add_annotation(self, article: str, start: int, end: int, color: str = "yellow",
                       note: str = "", tags: Iterable[str] = ()) -> Annotation:
        document = self.document(article)
        return self.annotation_store.create(document.info.id, document.text, start, end,
                                            document.info.content_hash, color, note, tags,
                                            path=document.info.path)

    def update_annotation(self, uid: str, **changes) -> Annotation:
        return self.annotation_store.update(uid, **changes)

    def delete_annotation(self, uid: str) -> None:
        self.annotation_store.delete(uid)

    def restore_annotation(self, annotation: Annotation) -> None:
        """Put back an annotation exactly as it was (undo of a delete or an edit)."""
        self.annotation_store.put(annotation)

    def reattach_annotation(self, uid: str, start: int, end: int) -> Annotation:
        current = self.annotation_store.get(uid)
        if current is None:
            raise AnnotationError(f"no annotation {uid}")
        document = self.document(current.article)
        return self.annotation_store.reattach(uid, document.text, start, end,
                                              document.info.content_hash)

    def export_annotations(self, fmt: str, article: str | None = None) -> str:
        from reader.core.annotations.export import json_export, markdown_export

        annotations = self.annotations(article)
        if fmt == "json":
            return json.dumps(json_export(annotations), ensure_ascii=False, indent=2) + "\n"
        if fmt != "markdown":
            raise AnnotationError(f"unknown export format {fmt!r}: use markdown or json")
        by_article: dict[str, list[Annotation]] = {}
        for annotation in annotations:
            by_article.setdefault(annotation.article, []).append(annotation)
        sections = []
        for stored, items in by_article.items():
            info = self._articles.get(stored) or ArticleInfo(
                stored, items[0].path, items[0].path or stored, "und", "Zyyy", None, 0,
                "", "")
            sections.append((info, items))
        sections.sort(key=lambda section: section[0].title)
        return markdown_export(sections)

    def import_annotations(self, data: dict) -> ImportReport:
        """Import W3C JSON: existing uids are replaced only by newer versions (so importing
        twice changes nothing), then everything is re-anchored to the current text."""
        def resolve(exported_id: str, path: str) -> str | None:
            if exported_id in self._articles:
                return exported_id
            for info in self._articles.values():
                if path and info.path == path:
                    return info.id
            return None

        from reader.core.annotations.export import parse_w3c

        parsed, problems = parse_w3c(data, resolve)
        report = ImportReport(problems=problems)
        for annotation in parsed:
            existing = self.annotation_store.get(annotation.uid)
            if existing is not None and existing.modified >= annotation.modified:
                report.unchanged += 1
                continue
            self.annotation_store.put(annotation)
            report.imported += 1
        for article in sorted({a.article for a in parsed}):
            for annotation in self.annotations(article):
                if annotation.orphan and annotation.uid in {a.uid for a in parsed}:
                    report.orphans += 1
        return report

    # -- events --------------------------------------------------------------------------------
    def actor_lexicon(self) -> ActorLexicon:
        """Names found across the library (built once per load)."""
        with self._lock:
            lexicon = self._lexicon
        if lexicon is None:
            from reader.core.events.extract import ActorLexicon

            lexicon = ActorLexicon.from_texts(self.document(a.id).text
                                              for a in sorted(self.articles(),
                                                              key=lambda a: a.path))
            with self._lock:
                self._lexicon = lexicon
        return lexicon

    def events(self, article: str | None = None,
               progress: Progress | None = None) -> list[Event]:
        """Dated events of one article or of the whole library, sorted by date."""
        from reader.core.events.extract import extract_events, sort_events

        articles = [self.info(article)] if article else self.articles()
        lexicon = self.actor_lexicon()
        result: list[Event] = []
        for done, info in enumerate(articles):
            if progress and done % 20 == 0:
                progress(done, len(articles), info.path)
            key = (info.id, info.content_hash)
            with self._lock:
                cached = self._events.get(key)
            if cached is None:
                document = self.document(info.id)
                cached = extract_events(info.id, info.path, document.text, info.date, lexicon)
                with self._lock:
                    self._events[key] = cached
            result.extend(cached)
        if progress:
            progress(len(articles), len(articles), "")
        return sort_events(result)

    def close(self) -> None:
        if self._search_index is not None:
            self._search_index.close()
        self.catalog.close()
        if self._annotations is not None:
            self._annotations.close()

    # -- adding -------------------------------------------------------------------
    def _copy_folder(self) -> Path:
        """Copies go into the library folder, except into the bundled seeds (part of the
        installation): then into the data dir, linked as a source."""
        if self.root != bundled_library().resolve():
            return self.root / "added"
        folder = self.data_dir / "articles"
        folder.mkdir(parents=True, exist_ok=True)
        settings = self._read_settings()
        linked = settings.setdefault("linked", [])
        if str(folder) not in linked:
            linked.append(str(folder))
            self._write_settings(settings)
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
            settings = self._read_settings()
            linked = settings.setdefault("linked", [])
            for item in items:
                if item.exists() and str(item) not in linked and not _inside(item, self.root):
                    linked.append(str(item))
            self._write_settings(settings)
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


__all__ = ["Library", "LoadResult", "AddResult", "ImportReport", "UnknownArticle",
           "AnnotationError", "article_id"]
