"""The accelerated query path: one index generation's postings and folded texts, read
without Whoosh's objects.

Whoosh's matchers cost about a microsecond per posting in Python; at 10k articles a frequent
bigram has 9,000. Here each posting list is decoded block by block straight from the
segment's postings file (``whoosh_files``) into compact arrays once per generation,
candidate sets are intersected as sets, phrases are counted with ``bytes.count`` over
windows of each segment's contiguous folded-text column read with ``os.pread``, and ranking
is the plain path's BM25 (``ranking``). No numpy and no memory map: a process that searches
holds the posting lists it used and a few small per-document arrays, not the pages of the
index files (issue 15's memory target). It reads Whoosh's format (pinned version, see
pyproject.toml); ``SearchIndex`` falls back to the plain Whoosh path if anything here fails.
"""
from __future__ import annotations

import bisect
from array import array
from pathlib import Path
from typing import Sequence

from reader.core.search import whoosh_files
from reader.core.search.query import Phrase, Query
from reader.core.text.folding import SUBSTRING_RUN, WORD

_TERMS_FIELD = "terms"
_EMPTY = (array("i"), array("I"))
_WINDOW_BYTES = 256 << 10  # at most this much of a folded-text column read at once
_GAP_BYTES = 16 << 10  # candidates closer than this are read in one window


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
    def __init__(self, folder: Path, info: whoosh_files.SegmentInfo, base: int):
        self.base = base
        self.count = info.doc_count
        self.deleted = info.deleted
        self.file = whoosh_files.SegmentFile(folder, info)
        try:
            self.terms = whoosh_files.TermTable(self.file)
            self.postings_at = self.file.range(".pst")[0]
            self.folded = whoosh_files.BytesColumn(self.file, "folded")
        except BaseException:
            self.file.close()
            raise
        self._columns: dict[str, whoosh_files.BytesColumn] = {}

    def column(self, field: str) -> whoosh_files.BytesColumn:
        """The reading text and stored-field columns, opened for the first hit shown."""
        if field not in self._columns:
            self._columns[field] = whoosh_files.BytesColumn(self.file, field)
        return self._columns[field]

    def postings(self, term: str) -> tuple[array, array]:
        """(segment docnums, frequencies) of one term, deleted documents included."""
        data = self.terms.lookup(_TERMS_FIELD, term)
        if data is None:
            return _EMPTY
        info = whoosh_files.parse_term_info(data)
        if len(info) == 3:  # inlined: (ids, weights, values)
            ids, weights, _ = info
            return array("i", ids), array("I", map(int, weights))
        offset, length = info
        return whoosh_files.decode_postings(self.file.read(self.postings_at + offset, length))

    def count_in_windows(self, needle: bytes, spans: list[tuple[int, int]]) -> list[int]:
        """Occurrences of ``needle`` in each (start, end) of the folded-text column, spans
        ascending. Neighbours separated by less than ``_GAP_BYTES`` are read together, up
        to ``_WINDOW_BYTES`` at once: few reads, little read for nothing, bounded memory."""
        counts = []
        read, column_at = self.file.read, self.folded.base
        i, n = 0, len(spans)
        while i < n:
            first = spans[i][0]
            j = i + 1
            while j < n and spans[j][0] - spans[j - 1][1] <= _GAP_BYTES \
                    and spans[j][1] - first <= _WINDOW_BYTES:
                j += 1
            window = read(column_at + first, spans[j - 1][1] - first)
            counts.extend(window.count(needle, start - first, end - first)
                          for start, end in spans[i:j])
            i = j
        return counts

    def close(self) -> None:
        self.file.close()


class ArraySnapshot:
    """Postings and folded texts of one index generation, straight from its files."""

    MAX_CACHED_TERMS = 50_000
    MAX_CACHED_PHRASES = 2_000

    def __init__(self, folder: Path):
        self.generation = whoosh_files.latest_generation(folder)
        self._segments: list[_Segment] = []
        try:
            base = 0
            for info in whoosh_files.read_toc(folder, self.generation):
                self._segments.append(_Segment(folder, info, base))
                base += info.doc_count
        except BaseException:
            self.close()
            raise
        self._bases = [s.base for s in self._segments]
        self.lengths = array("I")  # folded-text length of every document, for BM25
        for segment in self._segments:
            self.lengths.extend(array("I", segment.folded.lengths))
        self.deleted = frozenset(d + s.base for s in self._segments for d in s.deleted)
        self.doc_count = sum(s.count for s in self._segments) - len(self.deleted)
        self._postings: dict[str, tuple[array, array]] = {}
        self._verified: dict[Phrase, tuple[array, array]] = {}

    def close(self) -> None:
        for segment in self._segments:
            segment.close()

    def _locate(self, docnum: int) -> tuple[_Segment, int]:
        segment = self._segments[bisect.bisect_right(self._bases, docnum) - 1]
        return segment, docnum - segment.base

    def folded(self, docnum: int) -> bytes:
        segment, local = self._locate(docnum)
        return segment.folded.value(local)

    def reading(self, docnum: int) -> bytes:
        """The zlib-compressed reading text of one document."""
        segment, local = self._locate(docnum)
        return segment.column("reading").value(local)

    def stored_fields(self, docnum: int) -> dict:
        segment, local = self._locate(docnum)
        return whoosh_files.stored_fields(segment.column("_stored"), local)

    # -- postings ----------------------------------------------------------------------------
    def postings(self, term: str) -> tuple[array, array]:
        """(docnums, frequencies) of live documents holding ``term``, docnums ascending."""
        cached = self._postings.get(term)
        if cached is None:
            ids, freqs = array("i"), array("I")
            for segment in self._segments:
                seg_ids, seg_freqs = segment.postings(term)
                if segment.deleted:
                    kept = [(d, f) for d, f in zip(seg_ids, seg_freqs)
                            if d not in segment.deleted]
                    seg_ids = [d for d, _ in kept]
                    seg_freqs = array("I", [f for _, f in kept])
                ids.extend(map(segment.base.__add__, seg_ids) if segment.base else seg_ids)
                freqs.extend(seg_freqs)
            cached = (ids, freqs)
            if len(self._postings) >= self.MAX_CACHED_TERMS:
                self._postings.clear()
            self._postings[term] = cached
        return cached

    def alternatives(self, terms: tuple[str, ...]) -> tuple[array, array]:
        """Documents holding any of the terms, with the summed frequencies."""
        if len(terms) == 1:
            return self.postings(terms[0])
        counts: dict[int, int] = {}
        for term in terms:
            for docnum, frequency in zip(*self.postings(term)):
                counts[docnum] = counts.get(docnum, 0) + frequency
        docnums = sorted(counts)
        return array("i", docnums), array("I", [counts[d] for d in docnums])

    def _term_set(self, alternatives: tuple[str, ...]) -> set[int] | array:
        if len(alternatives) == 1:
            return self.postings(alternatives[0])[0]
        return set().union(*(self.postings(t)[0] for t in alternatives))

    def candidates(self, phrase: Phrase) -> set[int]:
        """Documents holding every index term of the phrase (a superset of its matches)."""
        sets = sorted((self._term_set(alts) for alts in dict.fromkeys(phrase.terms())),
                      key=len)
        if not sets:  # punctuation only: no term narrows it
            return set(range(sum(s.count for s in self._segments))) - self.deleted
        result = set(sets[0])
        for other in sets[1:]:
            if not result:
                break
            result.intersection_update(other)
        return result

    # -- exact matching ------------------------------------------------------------------------
    def phrase_counts(self, phrase: Phrase, within: set[int]) -> dict[int, int]:
        """Match counts of a phrase in the documents of ``within`` that it matches. Phrases
        one index term decides are answered from postings alone."""
        return {d: c for d, c in zip(*self._counts(phrase)) if d in within}

    def _counts(self, phrase: Phrase) -> tuple[array, array]:
        """(docnums ascending, match counts) of every document a phrase matches, cached per
        generation as compact arrays (a phrase one term decides: its posting arrays)."""
        cached = self._verified.get(phrase)
        if cached is None:
            decided = decided_by_one_term(phrase)
            cached = self.alternatives(decided) if decided is not None else \
                self._verified_counts(phrase)
            if len(self._verified) >= self.MAX_CACHED_PHRASES:
                self._verified.clear()
            self._verified[phrase] = cached
        return cached

    def _verified_counts(self, phrase: Phrase) -> tuple[array, array]:
        candidates = sorted(self.candidates(phrase))
        found, found_counts = array("i"), array("I")
        bounds = [s.base + s.count for s in self._segments]
        needle = phrase.text.encode("utf-8")
        i = 0
        for segment, end in zip(self._segments, bounds):
            j = bisect.bisect_left(candidates, end, i)
            docnums, i = candidates[i:j], j
            if not docnums:
                continue
            if phrase.pattern is None:
                offsets, lengths = segment.folded.offsets, segment.folded.lengths
                spans = [(offsets[d - segment.base],
                          offsets[d - segment.base] + lengths[d - segment.base])
                         for d in docnums]
                counts = segment.count_in_windows(needle, spans)
            else:
                counts = [len(phrase.find_all(segment.folded.value(d - segment.base)
                                              .decode("utf-8"))) for d in docnums]
            kept = [(d, c) for d, c in zip(docnums, counts) if c]
            found.extend(d for d, _ in kept)
            found_counts.extend(c for _, c in kept)
        return found, found_counts

    def matches(self, query: Query) -> tuple[Sequence[int], list[Sequence[int]], list[int]]:
        """The documents satisfying the query as columns: docnums, the counts of each group,
        folded lengths. Cheap posting sets narrow the documents before any text is
        scanned."""
        lengths = self.lengths
        groups = query.groups
        if len(groups) == 1 and len(groups[0]) == 1 and not query.excluded:
            docnums, counts = self._counts(groups[0][0])  # one phrase: the answer
            return docnums, [counts], [lengths[d] for d in docnums]
        alive: set[int] | None = None
        for group in query.groups:
            group_ids = set().union(*(self.candidates(p) for p in group))
            alive = group_ids if alive is None else alive & group_ids
            if not alive:
                return [], [], []
        assert alive is not None
        for phrase in query.excluded:
            alive -= self.phrase_counts(phrase, within=alive).keys()
        group_counts = []
        for group in query.groups:
            counts = self.phrase_counts(group[0], within=alive)
            for phrase in group[1:]:
                for docnum, count in self.phrase_counts(phrase, within=alive).items():
                    counts[docnum] = counts.get(docnum, 0) + count
            group_counts.append(counts)
            alive = alive & counts.keys()
        docnums = list(alive)
        return (docnums, [[counts[d] for d in docnums] for counts in group_counts],
                [lengths[d] for d in docnums])


def read_catalog(folder: Path) -> dict[str, str]:
    """id → content hash of every live document of the latest generation, from each
    segment's catalog column in one read and one split (``schema.catalog_value``)."""
    result: dict[str, str] = {}
    generation = whoosh_files.latest_generation(folder)
    if generation < 0:
        return result
    for info in whoosh_files.read_toc(folder, generation):
        segment = whoosh_files.SegmentFile(folder, info)
        try:
            column = whoosh_files.BytesColumn(segment, "catalog")
            data = segment.read(column.base, sum(column.lengths))
        finally:
            segment.close()
        lines = data.decode("utf-8").split("\n")
        if len(lines) != info.doc_count + 1:
            raise ValueError("catalog column does not have one entry per document")
        for docnum in sorted(info.deleted, reverse=True):
            del lines[docnum]
        result.update(line.split("\0", 1) for line in lines[:-1])
    return result
