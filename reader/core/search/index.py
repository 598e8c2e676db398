"""The full-text index (Whoosh) and searching it.

Retrieval and verification are split: Whoosh's postings answer "which documents hold every
term of the query" (bigrams, characters and stems, no positions: small and fast); each
candidate's folded text, kept in a Whoosh column, is then scanned for the exact phrase,
which drops false candidates and counts the matches; documents are ranked by BM25 over
those phrase counts. Only the hits shown get their reading text unpacked for offsets and
snippets. Measured in
``bench/search.py``: recall and precision against substring truth are both 1.00.
"""
from __future__ import annotations

import heapq
import json
import math
import os
import shutil
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index
from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, STORED, FieldType, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.formats import Frequency
from whoosh.index import LockError
from whoosh.reading import TermNotFound
from whoosh.system import pack_uint

from reader.core.text.folding import SUBSTRING_RUN, WORD, fold, index_terms
from reader.core.search.query import Query, QuerySyntaxError, parse_query

#: Bump when folding, terms or schema change: an index of another version is rebuilt.
INDEX_VERSION = 5
_META_FILE = "reader-index.json"
_SNIPPET_CONTEXT = 40
_BATCH = 400  # documents per commit during updates: searches see progress
_PARALLEL_BATCH = 2000  # per commit when two writer processes share a large build

Progress = Callable[[int, int, str], None]


class TermCounts(FieldType):
    """A field indexed from folded text by ``index_terms`` (no analyzer pass).

    Tokenising here rather than in the caller lets Whoosh's multiprocess writer spread the
    work over both cores during a full build."""

    def __init__(self):
        self.format = Frequency()
        # Reader ranks with its own BM25 over phrase counts, so Whoosh need not store field
        # lengths with every posting (a quarter of the build time).
        self.scorable = False
        self.stored = False
        self.unique = False
        self.vector = None
        self.analyzer = None

    def index(self, value, **kwargs):
        counts = index_terms(value) if isinstance(value, str) else value
        for term, count in counts.items():
            yield term.encode("utf-8"), count, float(count), pack_uint(count)


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        path=STORED(),
        title=STORED(),
        hash=STORED(),
        folded=COLUMN(VarBytesColumn()),  # folded UTF-8, read per candidate to verify
        reading=STORED(),  # zlib-compressed reading text, unpacked only for shown hits
        terms=TermCounts(),
    )


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class SearchHit:
    id: str
    path: str
    title: str
    score: float
    matches: list[Match]
    snippet: str
    snippet_start: int  # reading-text offset of the snippet's first character

    def to_json(self) -> dict:
        return {"id": self.id, "path": self.path, "title": self.title,
                "score": round(self.score, 4),
                "matches": [m.to_json() for m in self.matches], "snippet": self.snippet}


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[SearchHit]
    error: str | None = None

    def to_json(self) -> dict:
        data = {"query": self.query, "total": self.total,
                "hits": [h.to_json() for h in self.hits]}
        if self.error:
            data["error"] = self.error
        return data


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    rebuilt_because: str | None = None
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IndexSource:
    """What the index needs of an article; text is fetched only when it must be indexed."""

    id: str
    path: str
    title: str
    content_hash: str


class SearchIndex:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._ix = None
        # Opening may rebuild; the GUI searches while a worker indexes.
        self._open_lock = threading.RLock()
        self._search_lock = threading.Lock()
        self._snapshot: _Snapshot | None = None

    # -- opening, versioning, recovery -------------------------------------------
    def _meta_path(self) -> Path:
        return self.folder / _META_FILE

    def _drop_snapshot(self) -> None:
        with self._search_lock:
            if self._snapshot is not None:
                self._snapshot.close()
                self._snapshot = None

    def _create(self) -> None:
        self._drop_snapshot()
        if self.folder.exists():
            shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._ix = FileStorage(str(self.folder)).create_index(make_schema())
        tmp = self._meta_path().with_suffix(".tmp")
        tmp.write_text(json.dumps({"version": INDEX_VERSION}), "utf-8")
        os.replace(tmp, self._meta_path())

    def open(self) -> str | None:
        """Open the index, creating or rebuilding it if needed. Returns why it had to be
        rebuilt (for the user), or None."""
        reason = None
        try:
            meta = json.loads(self._meta_path().read_text("utf-8"))
            if meta.get("version") != INDEX_VERSION:
                reason = (f"the index format changed (version {meta.get('version')} → "
                          f"{INDEX_VERSION})")
            else:
                self._ix = whoosh_index.open_dir(str(self.folder))
                with self._ix.searcher() as searcher:  # touch every segment once
                    searcher.doc_count()
                return None
        except FileNotFoundError:
            reason = "no index yet" if not self.folder.exists() else "the index was incomplete"
        except (ValueError, KeyError, OSError, EOFError, whoosh_index.IndexError) as exc:
            reason = f"the index was damaged ({type(exc).__name__})"
        except Exception as exc:  # any unpickling/format error from a broken file
            reason = f"the index was damaged ({type(exc).__name__})"
        self._create()
        return reason

    @property
    def ix(self):
        with self._open_lock:
            if self._ix is None:
                self.open()
            return self._ix

    def close(self) -> None:
        self._drop_snapshot()
        if self._ix is not None:
            self._ix.close()
            self._ix = None

    # -- updating -------------------------------------------------------------------------
    def indexed(self) -> dict[str, str]:
        """id → content hash of every indexed document."""
        with self.ix.searcher() as searcher:
            return {fields["id"]: fields["hash"] for fields in searcher.all_stored_fields()}

    def update(self, sources: Iterable[IndexSource], text_of: Callable[[str], str],
               progress: Progress | None = None, rebuild: bool = False) -> IndexReport:
        """Bring the index in line with ``sources``: add new, re-index changed, drop gone.
        ``text_of(id)`` returns an article's reading text."""
        started = time.perf_counter()
        report = IndexReport()
        if rebuild:
            self.close()
            self._create()
            report.rebuilt_because = "asked to rebuild"
        else:
            with self._open_lock:
                if self._ix is None:
                    report.rebuilt_because = self.open()
        sources = list(sources)
        known = self.indexed()
        wanted = {s.id: s for s in sources}
        stale = [doc_id for doc_id in known if doc_id not in wanted]
        todo = [s for s in sources if known.get(s.id) != s.content_hash]
        total = len(todo)
        if progress:
            progress(0, total, "")
        if stale:
            writer = self._writer()
            for doc_id in stale:
                writer.delete_by_term("id", doc_id)
            writer.commit()
            report.removed = len(stale)
        # Large builds use both cores, in bigger batches; every batch is committed so that
        # searching works on what is indexed so far.
        parallel = total >= _PARALLEL_BATCH
        batch_size = _PARALLEL_BATCH if parallel else _BATCH
        for start in range(0, total, batch_size):
            batch = todo[start:start + batch_size]
            writer = self._writer(procs=2 if parallel and len(batch) >= _BATCH else 1)
            for offset, source in enumerate(batch):
                try:
                    text = text_of(source.id)
                except Exception as exc:  # a file vanished or broke since loading
                    report.messages.append(f"{source.path}: {exc}")
                    continue
                folded = fold(text)
                document = dict(id=source.id, path=source.path, title=source.title,
                                hash=source.content_hash, folded=folded.encode("utf-8"),
                                reading=zlib.compress(text.encode("utf-8"), 1),
                                terms=folded)
                if source.id in known:
                    writer.update_document(**document)
                    report.updated += 1
                else:
                    writer.add_document(**document)
                    report.added += 1
                if progress:
                    progress(start + offset + 1, total, source.path)
            writer.commit()
        report.seconds = time.perf_counter() - started
        return report

    def _writer(self, procs: int = 1):
        deadline = time.monotonic() + 10
        while True:
            try:
                if procs > 1:
                    return self.ix.writer(procs=procs, multisegment=True, limitmb=128)
                return self.ix.writer(limitmb=128)
            except LockError:
                if time.monotonic() > deadline:
                    raise LockError("the search index is being updated by another "
                                    "Reader window; try again when it has finished")
                time.sleep(0.2)

    # -- searching --------------------------------------------------------------------------
    def search(self, query_text: str, limit: int | None = 50) -> SearchResult:
        try:
            query = parse_query(query_text)
        except QuerySyntaxError as exc:
            return SearchResult(query_text, 0, [], error=str(exc))
        with self._search_lock:
            snapshot = self._current_snapshot()
            single_term = _single_index_term(query)
            if single_term is not None:
                matched = snapshot.term_matches(single_term)
                group_df = [len(matched)]
            else:
                matched, group_df = snapshot.verified_matches(query)
            total = len(matched)
            if not matched:
                return SearchResult(query_text, 0, [])
            scored = _bm25(matched, group_df, snapshot.doc_count)
            best = scored if limit is None else heapq.nlargest(limit, scored)
            if limit is None:
                best.sort(reverse=True)
            hits = []
            for score, docnum in best:
                spans = query.match(snapshot.folded(docnum).decode("utf-8")) or []
                fields = snapshot.searcher.stored_fields(docnum)
                reading = zlib.decompress(fields["reading"]).decode("utf-8")
                hits.append(_hit(fields, reading, score, spans))
        return SearchResult(query_text, total, hits)

    def _current_snapshot(self) -> "_Snapshot":
        """One searcher and its caches, replaced when a commit changed the index (opening a
        searcher per query costs more than most queries)."""
        if self._snapshot is None:
            self._snapshot = _Snapshot(self.ix.searcher())
        else:
            fresh = self._snapshot.searcher.refresh()
            if fresh is not self._snapshot.searcher:
                self._snapshot = _Snapshot(fresh)
        return self._snapshot


class _Snapshot:
    """A searcher with per-generation caches of posting sets and folded texts, so that
    refining a query while typing reuses the work of the previous keystroke."""

    MAX_CACHED_BYTES = 96 * 1024 * 1024

    def __init__(self, searcher):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.doc_count = self.reader.doc_count()
        self._column = self.reader.column_reader("folded")
        self._postings: dict[str, set[int]] = {}
        self._frequencies: dict[str, dict[int, int]] = {}
        self._folded: dict[int, bytes] = {}
        self._cached_bytes = 0

    def close(self) -> None:
        self.searcher.close()

    def folded(self, docnum: int) -> bytes:
        data = self._folded.get(docnum)
        if data is None:
            data = self._column[docnum]
            if self._cached_bytes < self.MAX_CACHED_BYTES:
                self._folded[docnum] = data
                self._cached_bytes += len(data)
        return data

    def frequencies(self, term: str) -> dict[int, int]:
        cached = self._frequencies.get(term)
        if cached is None:
            try:
                cached = dict(self.reader.postings("terms", term).items_as("frequency"))
            except TermNotFound:
                cached = {}
            self._frequencies[term] = cached
        return cached

    def ids(self, term: str) -> set[int]:
        cached = self._postings.get(term)
        if cached is None:
            cached = self._postings[term] = set(self.frequencies(term))
        return cached

    def term_matches(self, alternatives: tuple[str, ...]) -> list[tuple[int, list[int], int]]:
        counts: dict[int, int] = {}
        for term in alternatives:
            for docnum, frequency in self.frequencies(term).items():
                counts[docnum] = counts.get(docnum, 0) + frequency
        folded = self.folded
        return [(docnum, [count], len(folded(docnum))) for docnum, count in counts.items()]

    def verified_matches(self, query: Query):
        candidates = sorted(self.candidates(query))
        folded = self.folded
        matched: list[tuple[int, list[int], int]] = []  # (docnum, count per group, length)
        simple = _simple_needle(query)
        if simple is not None:
            # The common case, one Chinese phrase: one C-level count per candidate.
            for docnum in candidates:
                data = folded(docnum)
                count = data.count(simple)
                if count:
                    matched.append((docnum, [count], len(data)))
            return matched, [len(matched)]
        verifier = _Verifier(query)
        group_df = [0] * len(query.groups)
        for docnum in candidates:
            data = folded(docnum)
            counts = verifier.counts(data)
            if counts is None:
                continue
            matched.append((docnum, counts, len(data)))
            for g, count in enumerate(counts):
                if count:
                    group_df[g] += 1
        return matched, group_df

    def candidates(self, query: Query) -> set[int]:
        """Documents holding every index term of the query (a superset of the matches)."""
        ids = self.ids
        result: set[int] | None = None
        for group in query.groups:
            group_ids: set[int] = set()
            for phrase in group:
                phrase_ids: set[int] | None = None
                # Rarest terms first: the intersection shrinks fastest.
                alternatives = sorted(dict.fromkeys(phrase.terms()),
                                      key=lambda alts: sum(len(ids(t)) for t in alts))
                for alts in alternatives:
                    term_ids = ids(alts[0]) if len(alts) == 1 else \
                        set().union(*(ids(t) for t in alts))
                    phrase_ids = term_ids if phrase_ids is None else phrase_ids & term_ids
                    if not phrase_ids:
                        break
                if phrase_ids is None:  # a phrase of punctuation only: no term narrows it
                    phrase_ids = set(self.reader.all_doc_ids())
                group_ids |= phrase_ids
            result = group_ids if result is None else result & group_ids
            if not result:
                return set()
        return result or set()


def _single_index_term(query: Query) -> tuple[str, ...] | None:
    """The index terms (alternatives) when the query is one phrase that a single index term
    decides exactly: one or two CJK characters or digits, or one Latin word (its stems are
    what the verifier compares too). Such queries need no text scan at all."""
    if query.excluded or len(query.groups) != 1 or len(query.groups[0]) != 1:
        return None
    phrase = query.groups[0][0]
    terms = phrase.terms()
    text = phrase.text
    if len(terms) != 1:
        return None
    if SUBSTRING_RUN.fullmatch(text) and len(text) <= 2:
        return terms[0]
    if WORD.fullmatch(text):
        return terms[0]
    return None


def _simple_needle(query: Query) -> bytes | None:
    if query.excluded or len(query.groups) != 1 or len(query.groups[0]) != 1:
        return None
    phrase = query.groups[0][0]
    return None if phrase.pattern is not None else phrase.text.encode("utf-8")


class _Verifier:
    """Counts a query's matches in one document's folded UTF-8 bytes, or None when the
    document does not satisfy it. Substring phrases are counted on bytes (UTF-8 is
    self-synchronising, so a byte match is a character match); phrases with Latin words
    need the stem-aware regex on decoded text."""

    def __init__(self, query: Query):
        self.groups = [[(p.text.encode("utf-8"), p) for p in group] for group in query.groups]
        self.excluded = [(p.text.encode("utf-8"), p) for p in query.excluded]

    @staticmethod
    def _count(data: bytes, needle: bytes, phrase, text_cache: list) -> int:
        if phrase.pattern is None:
            return data.count(needle)
        if not text_cache:
            text_cache.append(data.decode("utf-8"))
        return len(phrase.find_all(text_cache[0]))

    def counts(self, data: bytes) -> list[int] | None:
        text_cache: list[str] = []
        for needle, phrase in self.excluded:
            if self._count(data, needle, phrase, text_cache):
                return None
        counts = []
        for group in self.groups:
            count = sum(self._count(data, needle, phrase, text_cache) for needle, phrase in group)
            if not count:
                return None
            counts.append(count)
        return counts


_K1, _B = 1.2, 0.75


def _bm25(matched: list[tuple[int, list[int], int]], group_df: list[int],
          doc_count: int) -> list[tuple[float, int]]:
    """BM25 with each query group's phrase count as its term frequency (document length
    in bytes of folded text, averaged over the matching documents)."""
    avg_length = sum(length for _, _, length in matched) / len(matched)
    idf = [math.log(1 + (doc_count - df + 0.5) / (df + 0.5)) for df in group_df]
    k1_plus_1, k1_b, k1_1_b = _K1 + 1, _K1 * _B / avg_length, _K1 * (1 - _B)
    if len(idf) == 1:
        weight = idf[0] * k1_plus_1
        return [(weight * counts[0] / (counts[0] + k1_1_b + k1_b * length), docnum)
                for docnum, counts, length in matched]
    scored = []
    for docnum, counts, length in matched:
        norm = k1_1_b + k1_b * length
        scored.append((sum(w * c * k1_plus_1 / (c + norm) for w, c in zip(idf, counts)),
                       docnum))
    return scored


def _hit(fields: dict, reading: str, score: float, spans: list[tuple[int, int]]) -> SearchHit:
    matches = [Match(s, e, reading[s:e]) for s, e in spans]
    left, right = snippet_bounds(reading, spans[0][0], spans[0][1])
    return SearchHit(id=fields["id"], path=fields["path"], title=fields["title"], score=score,
                     matches=matches, snippet=reading[left:right], snippet_start=left)


def snippet_bounds(text: str, start: int, end: int, context: int = _SNIPPET_CONTEXT
                   ) -> tuple[int, int]:
    """A snippet around a match that does not cross paragraph breaks."""
    left = max(0, start - context)
    newline = text.rfind("\n", left, start)
    if newline >= 0:
        left = newline + 1
    right = min(len(text), end + context)
    newline = text.find("\n", end, right)
    if newline >= 0:
        right = newline
    return left, right


__all__ = ["SearchIndex", "SearchResult", "SearchHit", "Match", "IndexSource",
           "IndexReport", "INDEX_VERSION", "snippet_bounds"]
