"""Listing a library (issue 15): from the catalog at once, without touching a file
(``restore``), then from its files (``load``): unchanged ones known from the catalog, the
others read in batches — worker processes when many, a glance first for a big first import —
each batch stored and listed as it comes. Part of ``ArticleManager`` (its state)."""
from __future__ import annotations

from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from reader.core.library.collector import collector_paused
from reader.core.library.filenames import display_name, storage_key
from reader.core.library.moves import Move
from reader.core.library.glance import GLANCE_FROM
from reader.core.library.reading import FileJob, FileOutcome, read_files
from reader.core.library.scan import planned_files
from reader.core.models import ArticleInfo, LoadError

#: progress(done, total, current_path)
Progress = Callable[[int, int, str], None]


@dataclass
class LoadResult:
    articles: list[ArticleInfo] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)  # files recognised after a move/rename


class LibraryLoading:
    """Loading for ``ArticleManager`` (which holds the state: ``_articles``, ``_locations``,
    ``_distinct``, ``_errors``, ``_loaded``, ``_lock``, ``catalog`` …)."""

    def restore(self) -> LoadResult | None:
        """The library as last listed, from the catalog, without looking at any article
        file: a library opened before is shown at once, ``load`` then checks the files.
        None when there is no usable listing (the catalog's ``problem`` says if damaged)."""
        listing = self.catalog.listing(str(self.root))
        if not listing:
            return None
        with self._lock:
            if self._loaded:  # a load finished first: it knows better
                return LoadResult(self.all(), list(self._errors))
            self._articles = {info.id: info for _location, info, _copies in listing}
            self._locations = {info.id: location for location, info, _copies in listing}
            self._distinct = {info.id: replace(info, copies=copies) if copies else info
                              for _location, info, copies in listing if copies is not None}
        return LoadResult(self.all())

    def read_listing_ahead(self) -> None:
        """Read the last listing now, while the window is being built (``restore``)."""
        self.catalog.read_ahead(str(self.root))

    def load(self, progress: Progress | None = None,
             on_batch: Callable[[list[ArticleInfo]], None] | None = None) -> LoadResult:
        """Scan the library folder and linked sources; a bad file is reported, not fatal.
        Files the catalog knows unchanged are not read; the others are read in batches
        (worker processes when many), each stored in the catalog and listed at once
        (``on_batch(new or changed infos)``): a first import is usable while it runs."""
        with collector_paused():  # (every object made here lives on: collector_paused)
            planned, errors = planned_files(self.root, self.extra_sources)
            articles, locations, jobs = self._plan(planned, errors, progress)
        self._list_now(articles, locations, on_batch)
        provisional: set[str] = set()  # glanced at, not read yet
        fingerprints: dict[str, tuple[int, ...]] = {}
        done = len(planned) - len(jobs)
        glance_first = on_batch is not None and len(jobs) >= GLANCE_FROM
        with closing(read_files(jobs, glance_first=glance_first)) as batches, \
                self._dropping(provisional, articles):
            for batch in batches:
                if batch[0].glanced:
                    self._list_glanced(batch, on_batch, provisional)
                    if progress:
                        progress(0, len(jobs), batch[0].job.relative)
                    continue
                fresh, read, places = [], {}, {}
                for outcome in batch:
                    job = outcome.job
                    if outcome.error:
                        errors.append(LoadError(job.relative, outcome.error))
                        continue
                    fingerprints.update(outcome.fingerprints)
                    for document in outcome.documents[-self._cache_size:]:
                        self._remember(document)
                    # only single-article files go into the catalog (not EPUB issues, 13)
                    infos = outcome.infos
                    if len(infos) == 1 and infos[0].path == display_name(job.relative) \
                            and outcome.stamp is not None:
                        fresh.append((job.path, *outcome.stamp, infos[0]))
                    for info in infos:
                        read[info.id], places[info.id] = info, job.path
                self.catalog.store_many(fresh)  # as it goes: a stopped import resumes
                articles.update(read), locations.update(places)
                provisional.difference_update(read)  # a later glance must not undo it
                self._list_now(read, places, on_batch)
                done += len(batch)
                if progress:
                    progress(done, len(planned), batch[-1].job.relative)
        if progress:
            progress(len(planned), len(planned), "")
        with self._lock:
            self._articles = articles
            self._distinct = None
            self._locations = locations
            self._errors = errors
            self._loaded = True
        self._save_listing()
        self._on_reload()
        moves = self._moves.recognise(self.all(), fingerprints)
        return LoadResult(self.all(), errors, moves)

    def _plan(self, planned: list[tuple[Path, str]], errors: list[LoadError],
              progress: Progress | None
              ) -> tuple[dict[str, ArticleInfo], dict[str, Path], list[FileJob]]:
        """The articles the catalog knows unchanged (and where), and the files to read."""
        stored = self.catalog.lookup_all()
        articles: dict[str, ArticleInfo] = {}
        locations: dict[str, Path] = {}
        jobs: list[FileJob] = []
        for done, (path, rel) in enumerate(planned):
            if progress and done % 500 == 0:
                progress(0, len(planned), rel)  # (lets a stop in)
            row = stored.get(storage_key(path)) if stored else None
            if row is None:  # new to the catalog: stamped when read
                jobs.append(FileJob(path, rel, None, None))
                continue
            try:
                stat = path.stat()
            except OSError as exc:
                errors.append(LoadError(rel, exc.strerror or str(exc)))
                continue
            info = (self.catalog.info_from(row[2])
                    if row[:2] == (stat.st_size, stat.st_mtime_ns) else None)
            if info is not None and info.path == display_name(rel):
                articles[info.id], locations[info.id] = info, path
            else:
                jobs.append(FileJob(path, rel, stat.st_size, stat.st_mtime_ns))
        return articles, locations, jobs

    def _list_glanced(self, batch: list[FileOutcome], on_batch, provisional: set[str]
                      ) -> None:
        """A big first import lists every article from a glance first (``library.glance``:
        each field final or named pending)."""
        with self._lock:  # (once per batch, not per article)
            listed = self._articles
            glanced = [(info, outcome.job.path) for outcome in batch for info in outcome.infos
                       if info.id in provisional or info.id not in listed]
        provisional.update(info.id for info, _path in glanced)
        self._list_now({i.id: i for i, _ in glanced}, {i.id: p for i, p in glanced}, on_batch)

    @contextmanager
    def _dropping(self, provisional: set[str], read: dict[str, ArticleInfo]):
        """A stopped import unlists the glanced articles it did not read."""
        try:
            yield
        except BaseException:
            with self._lock:
                for article in provisional - read.keys():
                    self._articles.pop(article, None)
                    self._locations.pop(article, None)
                self._distinct = None
            raise

    def _save_listing(self) -> None:
        """What the next start lists before it looks at any file."""
        with self._lock:
            distinct = self._distinct_map()
            entries = [(self._locations[a], info, distinct[a].copies if a in distinct else None)
                       for a, info in self._articles.items()]
        self.catalog.save_listing(str(self.root), entries)

    def _list_now(self, infos: dict[str, ArticleInfo], places: dict[str, Path],
                  on_batch: Callable[[list[ArticleInfo]], None] | None) -> None:
        """Articles read during a load join the list before the load ends."""
        with self._lock:
            listed = self._articles
            changed = [info for article, info in infos.items()
                       if article not in listed or listed[article] != info]
            for info in changed:
                self._articles[info.id] = info
                self._locations[info.id] = places[info.id]
            if changed:
                self._distinct = None
        if changed and on_batch is not None:
            on_batch(changed)
