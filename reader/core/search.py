"""The full-text index (Whoosh) and searching it.

Retrieval and verification are split: Whoosh answers "which documents hold every term of the
query" (bigrams, characters and stems, no positions: small and fast) and ranks them with
BM25; each candidate's folded text, stored in the index, is then scanned for the exact
phrase, which gives exact offsets for every match and drops false candidates. Measured in
``bench/search.py``: recall and precision against substring truth are both 1.00.
"""
from __future__ import annotations

import json
import os
import shutil
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import scoring
from whoosh.fields import ID, STORED, FieldType, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.formats import Frequency
from whoosh.index import LockError
from whoosh.system import pack_uint

from reader.core.folding import fold, index_terms
from reader.core.query import Query, QuerySyntaxError, parse_query

#: Bump when folding, terms or schema change: an index of another version is rebuilt.
INDEX_VERSION = 4
_META_FILE = "reader-index.json"
_SNIPPET_CONTEXT = 40
_BATCH = 400  # documents per commit during updates: searches see progress

Progress = Callable[[int, int, str], None]


class TermCounts(FieldType):
    """A scorable field indexed from a ready {term: count} mapping (no analyzer pass)."""

    def __init__(self):
        self.format = Frequency()
        self.scorable = True
        self.stored = False
        self.unique = False
        self.vector = None
        self.analyzer = None

    def index(self, value, **kwargs):
        for term, count in value.items():
            yield term.encode("utf-8"), count, float(count), pack_uint(count)


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        path=STORED(),
        title=STORED(),
        hash=STORED(),
        folded=STORED(),
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

    # -- opening, versioning, recovery -------------------------------------------
    def _meta_path(self) -> Path:
        return self.folder / _META_FILE

    def _create(self) -> None:
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
        full_build = total > 2000 and not known
        for start in range(0, total, total if full_build else _BATCH):
            batch = todo[start:start + (total if full_build else _BATCH)]
            writer = self._writer(procs=2 if full_build else 1)
            for offset, source in enumerate(batch):
                try:
                    text = text_of(source.id)
                except Exception as exc:  # a file vanished or broke since loading
                    report.messages.append(f"{source.path}: {exc}")
                    continue
                folded = fold(text)
                document = dict(id=source.id, path=source.path, title=source.title,
                                hash=source.content_hash, folded=folded,
                                reading=zlib.compress(text.encode("utf-8"), 1),
                                terms=index_terms(folded))
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
        whoosh_query = _to_whoosh(query)
        hits: list[SearchHit] = []
        total = 0
        with self.ix.searcher(weighting=scoring.BM25F()) as searcher:
            results = searcher.search(whoosh_query, limit=None)
            for hit in results:
                fields = hit.fields()
                spans = query.match(fields["folded"])
                if not spans:
                    continue
                total += 1
                if limit is None or len(hits) < limit:
                    hits.append(_hit(fields, hit.score, spans))
        return SearchResult(query_text, total, hits)


def _to_whoosh(query: Query) -> wq.Query:
    def phrase_query(phrase) -> wq.Query:
        parts = []
        for alternatives in dict.fromkeys(phrase.terms()):
            if len(alternatives) == 1:
                parts.append(wq.Term("terms", alternatives[0]))
            else:
                parts.append(wq.Or([wq.Term("terms", a) for a in alternatives]))
        if not parts:  # only punctuation: every document is a candidate
            return wq.Every()
        return parts[0] if len(parts) == 1 else wq.And(parts)

    groups = []
    for group in query.groups:
        alternatives = [phrase_query(p) for p in group]
        groups.append(alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives))
    return groups[0] if len(groups) == 1 else wq.And(groups)


def _hit(fields: dict, score: float, spans: list[tuple[int, int]]) -> SearchHit:
    reading = zlib.decompress(fields["reading"]).decode("utf-8")
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
