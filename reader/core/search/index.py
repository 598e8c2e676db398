"""The full-text index (Whoosh) and searching it: opening, recovery, updating, querying.

Retrieval and verification are split: postings answer "which documents hold every term of
the query" (bigrams, characters and stems, no positions); each candidate's folded text, kept
in a Whoosh column, is then scanned for the exact phrase, which drops false candidates and
counts the matches; documents are ranked by BM25 over those counts. Only the hits shown get
their reading text unpacked for offsets and snippets. Measured in ``bench/search.py``:
recall and precision against substring truth are both 1.00.

Two distinct failure paths (see ``open`` and ``search``):
- the index is damaged (a file differs from the manifest, Whoosh cannot open it, the plain
  Whoosh path fails reading it) → it is rebuilt, with a message;
- an accelerator fails (the array query path, the bulk writer) → logged, and the plain
  Whoosh path does the work; the index is never deleted because an accelerator raised.
"""
from __future__ import annotations

import heapq
import logging
import shutil
import threading
import time
import zlib
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import EmptyReader
from whoosh.writing import SegmentWriter

from reader.core.search import integrity, mapped
from reader.core.search.arrays import ArraySnapshot, read_catalog
from reader.core.search.bulk import (BULK_MIN_DOCUMENTS, BULK_SEGMENT_DOCUMENTS,
                                     BulkSegmentWriter, merge_small_segments_only)
from reader.core.search.locking import DEFAULT_WAIT_S, IndexBusy, writer_lock
from reader.core.search.plain import PlainSnapshot, single_index_term
from reader.core.search.query import Query, QuerySyntaxError, parse_query
from reader.core.search.ranking import bm25
from reader.core.search.results import (IndexReport, IndexSource, Match, SearchHit,
                                        SearchResult, make_hit, snippet_bounds)
from reader.core.search.schema import (INDEX_VERSION, document_fields, make_schema,
                                       parse_catalog_value)

log = logging.getLogger(__name__)
mapped.install()

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
        self._snapshot: ArraySnapshot | PlainSnapshot | None = None

    # -- opening, damage and recovery ---------------------------------------------------------
    def _inspect(self):
        """(why the index cannot be used as it is, or None; the opened Whoosh index)."""
        folder = self.folder
        if folder.exists() and not folder.is_dir():
            return "the index folder had been replaced by a file", None
        if not folder.exists():
            return "no index yet", None
        try:
            meta = integrity.read_meta(folder)
        except FileNotFoundError:
            return "the index was incomplete", None
        except (ValueError, OSError) as exc:
            return f"the index was damaged ({type(exc).__name__} in its description)", None
        if meta.get("version") != INDEX_VERSION:
            return (f"the index format changed (version {meta.get('version')} → "
                    f"{INDEX_VERSION})"), None
        damage = meta.get("damaged") or integrity.find_damage(folder, meta)
        if damage:
            return f"the index was damaged ({damage})", None
        try:
            ix = whoosh_index.open_dir(str(folder))
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
        self._ix = FileStorage(str(self.folder)).create_index(make_schema())
        self._damaged = None
        integrity.write_meta(self.folder, integrity.record_files(
            self.folder, {"version": INDEX_VERSION}))

    def _empty_locked(self) -> None:
        """Drop every document by committing an empty generation: unlike deleting the
        files, processes searching the old generation keep working (Whoosh's readers retry
        on the new TOC)."""
        writer = SegmentWriter(self.ix, _lk=False)
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
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    # -- updating -------------------------------------------------------------------------
    def indexed(self) -> dict[str, str]:
        """id → content hash of every indexed document (the latest committed generation)."""
        with self.ix.searcher() as searcher:
            reader = searcher.reader()
            if not reader.doc_count_all():
                return {}
            if self.accelerated:
                try:
                    result: dict[str, str] = {}
                    for segreader, _ in reader.leaf_readers():
                        result.update(read_catalog(segreader))
                    return result
                except Exception:
                    log.warning("reading the index catalog quickly failed; using Whoosh's "
                                "column reader", exc_info=True)
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
        if stale:
            writer = SegmentWriter(self.ix, _lk=False)
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
        writer = SegmentWriter(self.ix, _lk=False, limitmb=128)
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
        try:
            with self._open_lock:
                self.ix  # noqa: B018 - opens (and repairs) the index when needed
        except IndexBusy as exc:
            return SearchResult(query_text, 0, [], error=str(exc))
        with self._search_lock:
            # A second attempt on a fresh searcher: another process may have committed a
            # generation that removed files this one was about to read.
            for attempt in (1, 2):
                if self.accelerated:
                    try:
                        return self._search_arrays(query, query_text, limit)
                    except Exception:
                        self._close_snapshot_locked()
                        if attempt == 1:
                            continue
                        # Never a reason to touch the index: the plain path decides if it
                        # is damaged.
                        log.warning("accelerated search failed; using the plain Whoosh path",
                                    exc_info=True)
                        self.accelerated = False
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
        if snapshot is None:
            return SearchResult(query_text, 0, [])
        docnums, counts = snapshot.matches(query)
        if not len(docnums):
            return SearchResult(query_text, 0, [])
        best = [] if limit == 0 else snapshot.rank(docnums, counts, limit)
        return SearchResult(query_text, len(docnums), self._hits(snapshot, query, best))

    def _search_plain(self, query: Query, query_text: str, limit: int | None
                      ) -> SearchResult:
        snapshot = self._current_snapshot(PlainSnapshot)
        if snapshot is None:
            return SearchResult(query_text, 0, [])
        single_term = single_index_term(query)
        if single_term is not None:
            matched = snapshot.term_matches(single_term)
            group_df = [len(matched)]
        else:
            matched, group_df = snapshot.verified_matches(query)
        if not matched:
            return SearchResult(query_text, 0, [])
        scored = bm25(matched, group_df, snapshot.doc_count)
        best = sorted(scored, reverse=True) if limit is None else heapq.nlargest(limit, scored)
        return SearchResult(query_text, len(matched), self._hits(snapshot, query, best))

    @staticmethod
    def _hits(snapshot, query: Query, best: list[tuple[float, int]]) -> list[SearchHit]:
        hits = []
        for score, docnum in best:
            spans = query.match(snapshot.folded(docnum).decode("utf-8")) or []
            fields = snapshot.searcher.stored_fields(docnum)
            reading = zlib.decompress(snapshot.reading(docnum)).decode("utf-8")
            hits.append(make_hit(fields, reading, score, spans))
        return hits

    def _close_snapshot_locked(self) -> None:
        if self._snapshot is not None:
            self._snapshot.close()
            self._snapshot = None

    def _current_snapshot(self, kind):
        """One searcher and its caches, replaced when a commit changed the index (opening a
        searcher per query costs more than most queries). Not ``Searcher.refresh()``: it
        reuses segment readers by segment id, so deletions committed since stay visible."""
        snapshot = self._snapshot
        if snapshot is not None and (
                not isinstance(snapshot, kind)
                or self.ix.latest_generation() != snapshot.searcher.reader().generation()):
            self._close_snapshot_locked()
            snapshot = None
        if snapshot is None:
            searcher = self.ix.searcher()
            if isinstance(searcher.reader(), EmptyReader):  # e.g. a rebuild's first commit
                searcher.close()
                return None
            self._snapshot = kind(searcher)
        return self._snapshot


__all__ = ["SearchIndex", "SearchResult", "SearchHit", "Match", "IndexSource", "IndexBusy",
           "IndexReport", "INDEX_VERSION", "snippet_bounds"]
