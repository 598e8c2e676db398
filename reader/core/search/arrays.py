"""The accelerated query path: one index generation's postings and folded texts as arrays.

Whoosh's matchers cost about a microsecond per posting in Python; at 10k articles a frequent
bigram has 9,000. Here each posting list is decoded block by block straight from the
segment's postings file (the blocks ``W3PostingsWriter`` wrote: pickled, zlib-compressed
tuples) into numpy arrays once per generation, candidate sets are intersected as sorted
arrays, phrases are counted with ``bytes.count`` over each segment's contiguous folded-text
column, and BM25 plus top-k run vectorised. It reads Whoosh internals (pinned version, see
pyproject.toml); ``SearchIndex`` falls back to the plain Whoosh path if anything here fails.
"""
from __future__ import annotations

import bisect
import io
import pickle
import zlib

import numpy as np
from whoosh.columns import VarBytesColumn
from whoosh.system import unpack_int

from reader.core.search.query import Phrase, Query
from reader.core.search.ranking import K1, B
from reader.core.text.folding import SUBSTRING_RUN, WORD

_EMPTY = np.zeros(0, np.int64)
_TERMS_FIELD = "terms"


def decided_by_one_term(phrase: Phrase) -> tuple[str, ...] | None:
    """The index terms (alternatives) that decide a phrase exactly: one or two CJK
    characters or digits, or one Latin word (its stems are what the verifier compares)."""
    terms = phrase.terms()
    if len(terms) != 1:
        return None
    text = phrase.text
    if (SUBSTRING_RUN.fullmatch(text) and len(text) <= 2) or WORD.fullmatch(text):
        return terms[0]
    return None


class _Segment:
    def __init__(self, segreader, base: int):
        self.base = base
        self.count = segreader.doc_count_all()
        self.terms = segreader._terms
        self.postfile = self.terms._postfile
        colfile, offset, length = segreader._perdoc._get_column_file("folded")
        column = VarBytesColumn().reader(colfile, offset, length, self.count)
        self.starts = np.asarray(column._offsets, np.int64)
        self.lengths = np.asarray(column._lengths, np.int64)
        self._column_range = (colfile, offset)
        self._blob: bytes | None = None
        self.deleted = np.fromiter(segreader.segment().deleted_docs(), np.int64)

    @property
    def blob(self) -> bytes | memoryview:
        """The segment's folded texts, contiguous. A view of the mapped segment file when
        Whoosh mapped it (no copy: the texts are the biggest part of an index), otherwise
        read once on the first phrase to verify."""
        if self._blob is None:
            colfile, offset = self._column_range
            size = int(self.lengths.sum())
            view = getattr(colfile, "_buf", None)
            if isinstance(view, memoryview) and len(view) >= offset + size:
                self._blob = view[offset:offset + size]
            else:
                self._blob = colfile.get(offset, size)
        return self._blob

    def text(self, start: int, end: int) -> bytes:
        """One document's folded text (a copy of just that slice)."""
        return bytes(self.blob[start:end])

    def occurrences(self, needle: bytes, start: int, end: int) -> int:
        blob = self.blob
        if isinstance(blob, bytes):
            return blob.count(needle, start, end)
        return bytes(blob[start:end]).count(needle)

    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(segment docnums, frequencies) of one term, deleted documents included."""
        key = (_TERMS_FIELD, term.encode("utf-8"))
        if key not in self.terms:
            return _EMPTY, _EMPTY
        info = self.terms.term_info(*key)
        if info.is_inlined():
            ids, weights, _ = info.inlined_postings()
            return np.asarray(ids, np.int64), np.asarray(weights, np.int64)
        offset, length = info.extent()
        if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves unpack_int's tuple
            length = length[0]
        raw = io.BytesIO(self.postfile.get(offset, length))
        raw.seek(4)  # the posting list's header magic
        id_parts, freq_parts = [], []
        while True:
            block_length = unpack_int(raw.read(4))[0]
            end = raw.tell() + abs(block_length)
            count, _, _, compression, _, _ = pickle.load(raw)
            data = raw.read(end - raw.tell())
            deltas, weights, values = pickle.loads(zlib.decompress(data) if compression
                                                   else data)
            id_parts.append(np.cumsum(np.asarray(deltas, np.int64)))
            if isinstance(values, bytes):  # Frequency: big-endian uint32 counts
                freq_parts.append(np.frombuffer(values, ">u4").astype(np.int64))
            elif weights is None:
                freq_parts.append(np.ones(count, np.int64))
            elif isinstance(weights, float):
                freq_parts.append(np.full(count, int(weights), np.int64))
            else:
                freq_parts.append(np.asarray(weights, np.int64))
            if block_length < 0:
                break
        return np.concatenate(id_parts), np.concatenate(freq_parts)


def read_catalog(segreader) -> dict[str, str]:
    """id → content hash of a segment's live documents, from its catalog column in one
    read and one split (``schema.catalog_value``)."""
    count = segreader.doc_count_all()
    colfile, offset, length = segreader._perdoc._get_column_file("catalog")
    column = VarBytesColumn().reader(colfile, offset, length, count)
    lines = colfile.get(offset, int(sum(column._lengths))).decode("utf-8").split("\n")
    if len(lines) != count + 1:
        raise ValueError("catalog column does not have one entry per document")
    for docnum in sorted(segreader.segment().deleted_docs(), reverse=True):
        del lines[docnum]
    return dict(line.split("\0", 1) for line in lines[:-1])


_WINDOW_BYTES = 4 << 20  # at most this much of a mapped folded-text column copied at once


def _count_in_windows(segments, needle: bytes, segment_of: list[int], starts: list[int],
                      ends: list[int]) -> list[int]:
    """Occurrences of ``needle`` in each candidate's folded text. Candidates come in
    ascending order: neighbours within a few MB are counted inside one copied window of the
    mapped column (bounded memory, one copy per window instead of one per document)."""
    counts = []
    current, base, window = -1, 0, b""
    for i, (s, a, b) in enumerate(zip(segment_of, starts, ends)):
        if s != current or b > base + len(window):
            blob = segments[s].blob
            if isinstance(blob, bytes):
                current, base, window = s, 0, blob
            else:
                in_segment = bisect.bisect_right(segment_of, s, i)  # ends ascend within it
                last = max(i, bisect.bisect_right(ends, a + _WINDOW_BYTES, i, in_segment) - 1)
                current, base = s, a
                window = bytes(blob[a:max(b, ends[last])])
        counts.append(window.count(needle, a - base, b - base))
    return counts


class ArraySnapshot:
    """Postings and folded texts of one index generation (a Whoosh searcher)."""

    MAX_CACHED_TERMS = 50_000

    def __init__(self, searcher):
        self.searcher = searcher
        reader = searcher.reader()
        self.doc_count = reader.doc_count()
        self._segments = [_Segment(r, base) for r, base in reader.leaf_readers()]
        self._bases = np.array([s.base for s in self._segments], np.int64)
        total = sum(s.count for s in self._segments)
        self.lengths = np.concatenate([s.lengths for s in self._segments]) \
            if self._segments else _EMPTY
        self._starts = np.concatenate([s.starts for s in self._segments]) \
            if self._segments else _EMPTY
        live = np.ones(total, bool)
        for segment in self._segments:
            live[segment.deleted + segment.base] = False
        self.live = live
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._verified: dict[Phrase, tuple[np.ndarray, np.ndarray]] = {}
        self._reading = None

    def close(self) -> None:
        self.searcher.close()

    def reading(self, docnum: int) -> bytes:
        """The zlib-compressed reading text of one document (Whoosh's column reader)."""
        if self._reading is None:
            self._reading = self.searcher.reader().column_reader("reading")
        return self._reading[docnum]

    def folded(self, docnum: int) -> bytes:
        segment = self._segments[int(np.searchsorted(self._bases, docnum, "right")) - 1]
        start = int(self._starts[docnum])
        return segment.text(start, start + int(self.lengths[docnum]))

    # -- postings ----------------------------------------------------------------------------
    def postings(self, term: str) -> tuple[np.ndarray, np.ndarray]:
        """(docnums, frequencies) of live documents holding ``term``, docnums ascending."""
        cached = self._postings.get(term)
        if cached is None:
            ids, freqs = [], []
            for segment in self._segments:
                seg_ids, seg_freqs = segment.postings(term)
                ids.append(seg_ids + segment.base)
                freqs.append(seg_freqs)
            ids_all = np.concatenate(ids) if ids else _EMPTY
            freqs_all = np.concatenate(freqs) if freqs else _EMPTY
            keep = self.live[ids_all]
            cached = (ids_all[keep], freqs_all[keep])
            if len(self._postings) >= self.MAX_CACHED_TERMS:
                self._postings.clear()
            self._postings[term] = cached
        return cached

    def alternatives(self, terms: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """Documents holding any of the terms, with the summed frequencies."""
        if len(terms) == 1:
            return self.postings(terms[0])
        parts = [self.postings(t) for t in terms]
        ids = np.concatenate([p[0] for p in parts])
        freqs = np.concatenate([p[1] for p in parts])
        unique, inverse = np.unique(ids, return_inverse=True)
        return unique, np.bincount(inverse, weights=freqs).astype(np.int64)

    def candidates(self, phrase: Phrase) -> np.ndarray:
        """Documents holding every index term of the phrase (a superset of its matches)."""
        sets = sorted((self.alternatives(alts)[0] for alts in dict.fromkeys(phrase.terms())),
                      key=len)
        if not sets:  # punctuation only: no term narrows it
            return np.flatnonzero(self.live)
        result = sets[0]
        for other in sets[1:]:
            if not len(result):
                break
            result = np.intersect1d(result, other, assume_unique=True)
        return result

    # -- exact matching ------------------------------------------------------------------------
    def phrase_counts(self, phrase: Phrase, within: np.ndarray | None = None
                      ) -> tuple[np.ndarray, np.ndarray]:
        """(docnums, match counts) of the documents matching a phrase, limited to ``within``
        when given. Phrases one index term decides are answered from postings alone."""
        decided = decided_by_one_term(phrase)
        if decided is not None:
            ids, counts = self.alternatives(decided)
        else:
            ids, counts = self._verified_counts(phrase)
        if within is not None:
            keep = np.isin(ids, within, assume_unique=True)
            ids, counts = ids[keep], counts[keep]
        return ids, counts

    def _verified_counts(self, phrase: Phrase) -> tuple[np.ndarray, np.ndarray]:
        cached = self._verified.get(phrase)
        if cached is not None:
            return cached
        candidates = self.candidates(phrase)
        segment_of = np.searchsorted(self._bases, candidates, "right") - 1
        starts = self._starts[candidates].tolist()
        ends = (self._starts[candidates] + self.lengths[candidates]).tolist()
        segments = self._segments
        if phrase.pattern is None:
            needle = phrase.text.encode("utf-8")
            counts = _count_in_windows(segments, needle, segment_of.tolist(), starts, ends)
        else:
            counts = [len(phrase.find_all(segments[s].text(a, b).decode("utf-8")))
                      for s, a, b in zip(segment_of.tolist(), starts, ends)]
        counts_array = np.asarray(counts, np.int64)
        found = counts_array > 0
        result = (candidates[found], counts_array[found])
        self._verified[phrase] = result
        return result

    def matches(self, query: Query) -> tuple[np.ndarray, np.ndarray]:
        """(docnums, counts per group as an (n, groups) array) of the documents satisfying
        the query. Cheap posting sets narrow the documents before any text is scanned."""
        alive: np.ndarray | None = None
        for group in query.groups:
            group_ids = np.unique(np.concatenate([self.candidates(p) for p in group]))
            alive = group_ids if alive is None else \
                np.intersect1d(alive, group_ids, assume_unique=True)
            if not len(alive):
                return _EMPTY, np.zeros((0, len(query.groups)), np.int64)
        for phrase in query.excluded:
            ids, _ = self.phrase_counts(phrase, within=alive)
            alive = np.setdiff1d(alive, ids, assume_unique=True)
        columns = []
        for group in query.groups:
            group_counts = np.zeros(len(alive), np.int64)
            for phrase in group:
                ids, counts = self.phrase_counts(phrase, within=alive)
                group_counts[np.searchsorted(alive, ids)] += counts
            columns.append(group_counts)
        counts = np.stack(columns, axis=1)
        satisfied = (counts > 0).all(axis=1)
        return alive[satisfied], counts[satisfied]

    def rank(self, docnums: np.ndarray, counts: np.ndarray, limit: int | None
             ) -> list[tuple[float, int]]:
        """BM25 with each group's phrase count as its term frequency, best first (ties:
        higher docnum first, as ``heapq.nlargest`` over (score, docnum) orders them)."""
        lengths = self.lengths[docnums].astype(np.float64)
        group_df = (counts > 0).sum(axis=0)
        idf = np.log(1 + (self.doc_count - group_df + 0.5) / (group_df + 0.5))
        norm = K1 * (1 - B) + K1 * B * lengths / lengths.mean()
        tf = counts.astype(np.float64)
        scores = (idf * tf * (K1 + 1) / (tf + norm[:, None])).sum(axis=1)
        if limit is not None and limit < len(scores):
            top = np.argpartition(-scores, limit - 1)[:limit]
            # argpartition cuts ties at the boundary arbitrarily: widen to every tie.
            top = np.flatnonzero(scores >= scores[top].min())
        else:
            top = np.arange(len(scores))
        order = np.lexsort((-docnums[top], -scores[top]))
        chosen = top[order][:limit] if limit is not None else top[order]
        return list(zip(scores[chosen].tolist(), docnums[chosen].tolist()))
