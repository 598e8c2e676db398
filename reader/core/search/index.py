"""The full-text index (Whoosh) and searching it: opening, recovery, updating, querying.

Retrieval and verification are split: postings answer "which documents hold every term of
the query" (bigrams, characters and stems, no positions); each candidate's folded text, kept
in a Whoosh column, is scanned for the exact phrase; BM25 over those counts ranks
(``answers``). Recall and precision against substring truth: 1.00 (``bench/search.py``).

Two distinct failure paths (see ``open`` and ``search``):
- the index is damaged (a file differs from the manifest, Whoosh cannot open it, the plain
  Whoosh path fails reading it) → it is rebuilt, with a message;
- an accelerator fails (the array query path, the bulk writer) → logged, and the plain
  Whoosh path does the work; the index is never deleted because an accelerator raised.
"""
from __future__ import annotations

import logging
import shutil
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

from reader.core.search import answers, integrity
from reader.core.search.arrays import ArraySnapshot
from reader.core.search.batches import BULK_MIN_DOCUMENTS, BULK_SEGMENT_DOCUMENTS
from reader.core.search.integrity import INDEX_VERSION
from reader.core.search.locking import DEFAULT_WAIT_S, IndexBusy, writer_lock
from reader.core.search.query import Query, QuerySyntaxError, parse_query
from reader.core.search.results import (IndexReport, IndexSource, Match, SearchHit,
                                        SearchResult, snippet_bounds)
from reader.core.search.whoosh_files import latest_generation, read_catalog

# Whoosh (and numpy, for the bulk writer) is imported where an index is opened, written or
# searched through the plain path: a process that only searches never imports it (issue 15).

log = logging.getLogger(__name__)


def _segment_writer(ix, **options):
    from whoosh.writing import SegmentWriter
    return SegmentWriter(ix, _lk=False, **options)


_BATCH = 400  # documents per commit for small updates: searches see progress
DAMAGED_MESSAGE = ("The search index is damaged; it is rebuilt the next time the library "
                   "is indexed (your articles and notes are not affected).")

Progress = Callable[[int, int, str], None]


class SearchIndex:
    def __init__(self, folder: Path, lock_wait_s: float = DEFAULT_WAIT_S,
                 accelerated: bool = True):
        self.folder = Path(folder)
        self.lock_wait_s = lock_wait_s
        #: False after an accelerator failed in this process: the plain Whoosh path is used.
        self.accelerated = accelerated
        self._ix = None
        self._damaged: str | None = None  # found while searching; rebuilt on next update
        # Opening may rebuild; the GUI searches while a worker indexes.
        self._open_lock = threading.RLock()
        self._search_lock = threading.Lock()
        self._snapshot = None  # an ArraySnapshot or a plain.PlainSnapshot
        self._checked_without_whoosh = False  # the manifest was checked for the fast path

    # -- opening, damage and recovery ---------------------------------------------------------
    def _check_files(self) -> str | None:
        """Why the index cannot be used as it is, judged without Whoosh (folder, description,
        version, manifest), or None."""
        folder = self.folder
        if folder.exists() and not folder.is_dir():
            return "the index folder had been replaced by a file"
        if not folder.exists():
            return "no index yet"
        try:
            meta = integrity.read_meta(folder)
        except FileNotFoundError:
            return "the index was incomplete"
        except (ValueError, OSError) as exc:
            return f"the index was damaged ({type(exc).__name__} in its description)"
        if meta.get("version") != INDEX_VERSION:
            return (f"the index format changed (version {meta.get('version')} → "
                    f"{INDEX_VERSION})")
        damage = meta.get("damaged") or integrity.find_damage(folder, meta)
        if damage:
            return f"the index was damaged ({damage})"
        return None

    def _inspect(self):
        """(why the index cannot be used as it is, or None; the opened Whoosh index)."""
        reason = self._check_files()
        if reason is not None:
            return reason, None
        try:
            from reader.core.search.mapped import whoosh_index
            ix = whoosh_index().open_dir(str(self.folder))
            with ix.searcher() as searcher:  # reads the TOC and opens every segment
                searcher.doc_count()
        except Exception as exc:  # any unpickling/format error from a broken file
            return f"the index was damaged ({type(exc).__name__})", None
        return None, ix

    def open(self) -> str | None:
        """Open the index, creating or rebuilding it when it is missing, of another version
        or damaged. Returns why it had to be (re)built, for the user, or None. Raises
        IndexBusy when another process holds the index while it needs rebuilding."""
        with self._open_lock:
            self._drop_snapshot()
            reason, ix = self._inspect()
            if reason is None:
                self._ix = ix
                return None
            if self.folder.is_file() or self.folder.is_symlink() and not self.folder.is_dir():
                self.folder.unlink()
            self.folder.mkdir(parents=True, exist_ok=True)
            with writer_lock(self.folder, self.lock_wait_s):
                again, ix = self._inspect()  # another process may have rebuilt it meanwhile
                if again is None:
                    self._ix = ix
                    return None
                self._create_locked()
            if reason != "no index yet":
                log.warning("search index at %s rebuilt: %s", self.folder, reason)
            return reason

    def _create_locked(self) -> None:
        """A new empty index (the caller holds the writer lock, which stays valid: its file
        is kept)."""
        for path in self.folder.iterdir():
            if path.name == "MAIN_WRITELOCK":
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        from whoosh.filedb.filestore import FileStorage

        from reader.core.search.mapped import whoosh_index
        from reader.core.search.schema import make_schema
        whoosh_index()
        self._ix = FileStorage(str(self.folder)).create_index(make_schema())
        self._damaged = None
        integrity.write_meta(self.folder, integrity.record_files(
            self.folder, {"version": INDEX_VERSION}))

    def _empty_locked(self) -> None:
        """Drop every document by committing an empty generation: unlike deleting the
        files, processes searching the old generation keep working (Whoosh's readers retry
        on the new TOC)."""
        writer = _segment_writer(self.ix)
        writer.commit(mergetype=lambda _writer, _segments: [])
        self._record_commit()

    def _record_commit(self) -> None:
        """Bring the integrity manifest up to date after a commit (under the lock)."""
        integrity.write_meta(self.folder, integrity.record_files(
            self.folder, integrity.read_meta(self.folder)))

    def _mark_damaged(self, reason: str) -> None:
        self._damaged = reason
        try:
            integrity.write_meta(self.folder, {**integrity.read_meta(self.folder),
                                               "damaged": reason})
        except (OSError, ValueError):
            pass  # the next open finds the damage through Whoosh or the manifest instead

    @property
    def ix(self):
        with self._open_lock:
            if self._ix is None:
                self.open()
            return self._ix

    def _drop_snapshot(self) -> None:
        with self._search_lock:
            if self._snapshot is not None:
                self._snapshot.close()
                self._snapshot = None

    def close(self) -> None:
        self._drop_snapshot()
        self._checked_without_whoosh = False
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    # -- updating -------------------------------------------------------------------------
    def indexed(self) -> dict[str, str]:
        """id → content hash of every indexed document (the latest committed generation)."""
        if self.accelerated:
            try:
                return read_catalog(self.folder)
            except Exception:
                log.warning("reading the index catalog quickly failed; using Whoosh's "
                            "column reader", exc_info=True)
        from reader.core.search.schema import parse_catalog_value

        with self.ix.searcher() as searcher:
            reader = searcher.reader()
            if not reader.doc_count_all():
                return {}
            catalog = reader.column_reader("catalog")
            return dict(parse_catalog_value(catalog[docnum])
                        for docnum in reader.all_doc_ids())

    def update(self, sources: Iterable[IndexSource], text_of: Callable[[str], str],
               progress: Progress | None = None, rebuild: bool = False) -> IndexReport:
        """Bring the index in line with ``sources``: add new, re-index changed, drop gone.
        ``text_of(id)`` returns an article's reading text. The list of indexed documents is
        read under the writer lock, so two processes updating at once never add a document
        twice; when another process holds the lock longer than ``lock_wait_s`` nothing is
        written and the report says why."""
        started = time.perf_counter()
        report = IndexReport()
        sources = list(sources)
        try:
            with self._open_lock:
                if self._ix is None:
                    report.rebuilt_because = self.open()
            with writer_lock(self.folder, self.lock_wait_s):
                if rebuild or self._damaged:
                    report.rebuilt_because = "asked to rebuild" if rebuild else \
                        f"the index was damaged ({self._damaged})"
                    self._drop_snapshot()
                    if rebuild and not self._damaged:
                        self._empty_locked()
                    else:
                        self._create_locked()
                self._update_locked(sources, text_of, progress, report)
        except IndexBusy as exc:
            report.skipped_because = str(exc)
        report.seconds = time.perf_counter() - started
        return report

    def _update_locked(self, sources: list[IndexSource], text_of, progress,
                       report: IndexReport) -> None:
        known = self.indexed()
        wanted = {s.id: s for s in sources}
        stale = [doc_id for doc_id in known if doc_id not in wanted]
        todo = [s for s in sources if known.get(s.id) != s.content_hash]
        total = len(todo)
        if progress:
            progress(0, total, "")
        from reader.core.search.bulk import merge_small_segments_only
        from reader.core.search.schema import document_fields

        if stale:
            writer = _segment_writer(self.ix)
            for doc_id in stale:
                writer.delete_by_term("id", doc_id)
            writer.commit(mergetype=merge_small_segments_only)
            self._record_commit()
            report.removed = len(stale)
        bulk = total >= BULK_MIN_DOCUMENTS
        batch_size = BULK_SEGMENT_DOCUMENTS if bulk else _BATCH
        done = 0
        for start in range(0, total, batch_size):
            batch = todo[start:start + batch_size]
            documents = []
            for source in batch:
                done += 1
                try:
                    text = text_of(source.id)
                except Exception as exc:  # a file vanished or broke since loading
                    report.messages.append(f"{source.path}: {exc}")
                    continue
                documents.append((source.id in known, document_fields(
                    source.id, source.path, source.title, source.content_hash, text)))
                if progress:
                    progress(done, total, source.path)
            if bulk and self.accelerated:
                try:
                    self._commit_bulk(documents)
                except Exception:
                    log.warning("the bulk index writer failed; indexing this batch with "
                                "Whoosh's writer", exc_info=True)
                    self._commit_plain(documents)
            else:
                self._commit_plain(documents)
            self._record_commit()
            report.updated += sum(1 for replaces, _ in documents if replaces)
            report.added += sum(1 for replaces, _ in documents if not replaces)

    def _commit_bulk(self, documents: list[tuple[bool, dict]]) -> None:
        from reader.core.search.bulk import BulkSegmentWriter

        writer = BulkSegmentWriter(self.ix)
        try:
            for replaces, fields in documents:
                if replaces:
                    writer.delete_by_id(fields["id"])
                writer.add(fields)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def _commit_plain(self, documents: list[tuple[bool, dict]]) -> None:
        from reader.core.search.bulk import merge_small_segments_only

        writer = _segment_writer(self.ix, limitmb=128)
        try:
            for replaces, fields in documents:
                if replaces:
                    writer.update_document(**fields)
                else:
                    writer.add_document(**fields)
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=merge_small_segments_only)

    # -- searching --------------------------------------------------------------------------
    def search(self, query_text: str, limit: int | None = 50) -> SearchResult:
        try:
            query = parse_query(query_text)
        except QuerySyntaxError as exc:
            return SearchResult(query_text, 0, [], error=str(exc))
        if not (self.accelerated and self._searchable_without_whoosh()):
            try:
                with self._open_lock:
                    self.ix  # noqa: B018 - opens (and repairs) the index when needed
            except IndexBusy as exc:
                return SearchResult(query_text, 0, [], error=str(exc))
        with self._search_lock:
            result = self._search_locked(query, query_text, limit)
        # None: the accelerator failed before Whoosh had opened the index; open it and search
        # again (``accelerated`` is False now, so this happens once).
        return self.search(query_text, limit) if result is None else result

    def _searchable_without_whoosh(self) -> bool:
        """Whether the accelerated path may read the index before Whoosh opened it: its
        files were checked against the manifest once, as opening does, and no search has
        found it damaged since. Otherwise opening decides (and repairs)."""
        if self._damaged:
            return False
        if self._ix is None and not self._checked_without_whoosh:
            with self._open_lock:
                self._checked_without_whoosh = self._check_files() is None
        return self._ix is not None or self._checked_without_whoosh

    def _search_locked(self, query: Query, query_text: str, limit: int | None
                       ) -> SearchResult | None:
        # A second attempt on a fresh snapshot: another process may have committed a
        # generation that removed files this one was about to read.
        for attempt in (1, 2):
            if self.accelerated:
                try:
                    return self._search_arrays(query, query_text, limit)
                except Exception:
                    self._close_snapshot_locked()
                    if attempt == 1:
                        continue
                    # Never a reason to touch the index: the plain path decides if it is
                    # damaged.
                    log.warning("accelerated search failed; using the plain Whoosh path",
                                exc_info=True)
                    self.accelerated = False
            if self._ix is None:
                return None
            try:
                return self._search_plain(query, query_text, limit)
            except Exception as exc:
                self._close_snapshot_locked()
                if attempt == 2:
                    log.warning("search index %s is damaged", self.folder, exc_info=True)
                    self._mark_damaged(f"{type(exc).__name__} while reading it")
                    return SearchResult(query_text, 0, [], error=DAMAGED_MESSAGE)
        raise AssertionError("unreachable")

    def _search_arrays(self, query: Query, query_text: str, limit: int | None
                       ) -> SearchResult:
        snapshot = self._current_snapshot(ArraySnapshot)
        return answers.from_arrays(snapshot, query, query_text, limit)

    def _search_plain(self, query: Query, query_text: str, limit: int | None
                      ) -> SearchResult:
        from reader.core.search.plain import PlainSnapshot

        snapshot = self._current_snapshot(PlainSnapshot)
        return answers.from_plain(snapshot, query, query_text, limit)

    def _close_snapshot_locked(self) -> None:
        if self._snapshot is not None:
            self._snapshot.close()
            self._snapshot = None

    def _current_snapshot(self, kind):
        """One generation's snapshot and its caches, replaced when a commit changed the index
        (opening a searcher per query costs more than most queries). Not
        ``Searcher.refresh()``: it reuses segment readers by segment id, so deletions
        committed since stay visible."""
        snapshot = self._snapshot
        if snapshot is not None and (not isinstance(snapshot, kind) or (
                latest_generation(self.folder) != snapshot.generation
                if kind is ArraySnapshot else
                self.ix.latest_generation() != snapshot.searcher.reader().generation())):
            self._close_snapshot_locked()
            snapshot = None
        if snapshot is None and kind is ArraySnapshot:
            snapshot = ArraySnapshot(self.folder)
            if not snapshot.doc_count:  # e.g. a rebuild's first commit
                snapshot.close()
                return None
            self._snapshot = snapshot
        if snapshot is None:
            from whoosh.reading import EmptyReader

            searcher = self.ix.searcher()
            if isinstance(searcher.reader(), EmptyReader):  # e.g. a rebuild's first commit
                searcher.close()
                return None
            self._snapshot = kind(searcher)
        return self._snapshot


__all__ = ["SearchIndex", "SearchResult", "SearchHit", "Match", "IndexSource", "IndexBusy",
           "IndexReport", "INDEX_VERSION", "snippet_bounds"]
