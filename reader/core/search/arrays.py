"""The accelerated query path: one index generation's postings and folded texts, read
without Whoosh's objects.

Whoosh's matchers cost about a microsecond per posting in Python; at 10k articles a frequent
bigram has 9,000. Here each posting list is decoded block by block straight from the
segment's postings file (``whoosh_files``) into compact arrays once per generation (only
the terms worth decoding, see ``candidates``), candidate sets are intersected as sets,
matches are verified with ``bytes.find`` over windows of each segment's contiguous
folded-text column read with ``os.pread``, and ranking is the plain path's BM25
(``ranking``), counting matches only where the top-k needs them (``top_by_bounds``): a
query's first run costs about what its candidates' texts take to search up to their first
match. No numpy and no memory map: a process that searches
holds the posting lists it used and a few small per-document arrays, not the pages of the
index files (issue 15's memory target). It reads Whoosh's format (pinned version, see
pyproject.toml); ``SearchIndex`` falls back to the plain Whoosh path if anything here fails.
"""
from __future__ import annotations

import bisect
from array import array
from itertools import compress, count, islice, repeat
from operator import add, sub
from pathlib import Path
from typing import NamedTuple, Sequence

from reader.core.search import whoosh_files
from reader.core.search.query import Phrase, Query
from reader.core.text.folding import SUBSTRING_RUN, WORD

_TERMS_FIELD = "terms"
_EMPTY = (array("i"), array("I"))
_WINDOW_BYTES = 256 << 10  # at most this much of a folded-text column read at once
_GAP_BYTES = 16 << 10  # candidates closer than this are read in one window
# Decoding one posting (~0.25 µs) weighed against verifying this many bytes of folded
# text (``find``, read included, ~0.2–0.6 ns a byte): calibrated at 10k articles, where
# 500 → 1500 took the first-pass p95 from 19.5 to 16.9 ms CPU (independence overstates
# what a further bigram removes; larger values measured the same within noise). The
# Latin-word regex verifies a byte about ``_REGEX_COST`` times slower.
_POSTING_COST = 1500
_REGEX_COST = 10


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
            self.folded_ends = array("q", map(add, self.folded.offsets, self.folded.lengths))
        except BaseException:
            self.file.close()
            raise
        self._columns: dict[str, whoosh_files.BytesColumn] = {}

    def column(self, field: str) -> whoosh_files.BytesColumn:
        """The reading text and stored-field columns, opened for the first hit shown."""
        if field not in self._columns:
            self._columns[field] = whoosh_files.BytesColumn(self.file, field)
        return self._columns[field]

    def term_info(self, term: str) -> bytes | None:
        return self.terms.lookup(_TERMS_FIELD, term)

    def postings(self, data: bytes | None) -> tuple[array, array]:
        """(snapshot docnums, frequencies) of one term's live documents in this segment,
        from its ``term_info``."""
        if data is None:
            return _EMPTY
        info = whoosh_files.parse_term_info(data)
        if len(info) == 3:  # inlined: (ids, weights, values)
            local, weights, _ = info
            ids = array("i", [d + self.base for d in local])
            freqs = array("I", map(int, weights))
        else:
            offset, length = info
            ids, freqs = whoosh_files.decode_postings(
                self.file.read(self.postings_at + offset, length), self.base)
        if self.deleted:
            live = [d - self.base not in self.deleted for d in ids]
            ids, freqs = array("i", compress(ids, live)), array("I", compress(freqs, live))
        return ids, freqs

    def scan(self, method: str, needle: bytes, docnums: Sequence[int]) -> list[int]:
        """``bytes.find`` or ``bytes.count`` of ``needle`` in the folded text of each of the
        segment's ``docnums`` (ascending). Neighbours separated by less than ``_GAP_BYTES``
        are read together, up to ``_WINDOW_BYTES`` at once (few reads, little read for
        nothing, bounded memory), and each window is searched per document by ``map`` over
        C methods: no Python frame per candidate."""
        offsets, ends = self.folded.offsets, self.folded_ends
        starts = list(map(offsets.__getitem__, docnums))
        stops = list(map(ends.__getitem__, docnums))
        # Where a window must end: before each document farther than _GAP_BYTES from the
        # previous one (found in C: compress over a map).
        breaks = list(compress(count(1), map(_GAP_BYTES.__lt__,
                                             map(sub, islice(starts, 1, None), stops))))
        breaks.append(len(starts))
        found: list[int] = []
        read, column_at = self.file.read, self.folded.base
        i, n, next_break = 0, len(starts), 0
        while i < n:
            first = starts[i]
            while breaks[next_break] <= i:
                next_break += 1
            j = breaks[next_break]
            if j == i + 1:  # a document alone: the window is its text
                found.append(getattr(read(column_at + first, stops[i] - first), method)(needle))
                i = j
                continue
            j = min(j, bisect.bisect_right(stops, first + _WINDOW_BYTES, i + 1))
            window = read(column_at + first, stops[j - 1] - first)
            relative = first.__rsub__
            found.extend(map(getattr(window, method), repeat(needle, j - i),
                             map(relative, starts[i:j]), map(relative, stops[i:j])))
            i = j
        return found

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
        self.mean_length = sum(self.lengths) / max(1, len(self.lengths))
        self._postings: dict[str, tuple[array, array]] = {}
        self._infos: dict[str, list[bytes | None]] = {}
        self._frequencies: dict[str, int] = {}
        self._verified: dict[Phrase, tuple[array, array, bool]] = {}
        self._exact: dict[Phrase, dict[int, int]] = {}  # docnum → match count, as counted

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
            for segment, data in zip(self._segments, self._term_infos(term)):
                seg_ids, seg_freqs = segment.postings(data)
                ids += seg_ids
                freqs += seg_freqs
            cached = (ids, freqs)
            self._infos.pop(term, None)
            if len(self._postings) >= self.MAX_CACHED_TERMS:
                self._postings.clear()
            self._postings[term] = cached
        return cached

    def alternatives(self, terms: tuple[str, ...]) -> tuple[array, array]:
        """Documents holding any of the terms, with the summed frequencies."""
        if len(terms) == 1:
            return self.postings(terms[0])
        lists = [dict(zip(*self.postings(term))) for term in terms]
        docnums = sorted(set().union(*lists))
        sums = map(sum, zip(*(map(counts.get, docnums, repeat(0)) for counts in lists)))
        return array("i", docnums), array("I", sums)

    def _term_infos(self, term: str) -> list[bytes | None]:
        """Each segment's term info of a term (kept until its postings are decoded)."""
        infos = self._infos.get(term)
        if infos is None:
            if len(self._infos) >= self.MAX_CACHED_TERMS:
                self._infos.clear()
            infos = self._infos[term] = [s.term_info(term) for s in self._segments]
        return infos

    def document_frequency(self, alternatives: tuple[str, ...]) -> int:
        """About how many documents hold any of the terms (deleted ones included): from
        the decoded postings, or else from the term infos alone (cached)."""
        return sum(map(self._term_frequency, alternatives))

    def _term_frequency(self, term: str) -> int:
        decoded = self._postings.get(term)
        if decoded is not None:
            return len(decoded[0])
        frequency = self._frequencies.get(term)
        if frequency is None:
            if len(self._frequencies) >= self.MAX_CACHED_TERMS:
                self._frequencies.clear()
            frequency = self._frequencies[term] = sum(
                whoosh_files.term_document_frequency(data)
                for data in self._term_infos(term) if data is not None)
        return frequency

    def _term_set(self, alternatives: tuple[str, ...]) -> set[int] | array:
        if len(alternatives) == 1:
            return self.postings(alternatives[0])[0]
        return set().union(*(self.postings(t)[0] for t in alternatives))

    def _decoded(self, alternatives: tuple[str, ...]) -> bool:
        return all(term in self._postings for term in alternatives)

    def candidates(self, phrase: Phrase) -> set[int] | array:
        """Documents holding every index term of the phrase (a superset of its matches): a
        set, or the ascending docnums of its one decoded term.

        Terms are intersected rarest first. A further term's postings are decoded only
        when that is expected to cost less than verifying the candidates it would remove
        (as if terms were independent): the bigrams of a frequent word occur together, so
        decoding all of them mostly removes nothing and was the largest part of a frequent
        phrase's first query. Skipped terms only leave more candidates to verify."""
        terms = sorted(dict.fromkeys(phrase.terms()), key=self.document_frequency)
        if not terms:  # punctuation only: no term narrows it
            return set(range(sum(s.count for s in self._segments))) - self.deleted
        first = self._term_set(terms[0])
        result: set[int] | None = None
        verify_cost = self.mean_length * (_REGEX_COST if phrase.pattern else 1)
        for alternatives in terms[1:]:
            if not self._decoded(alternatives):
                frequency = self.document_frequency(alternatives)
                removed = len(first if result is None else result) * \
                    max(0.0, 1 - frequency / len(self.lengths))
                if removed * verify_cost < frequency * _POSTING_COST:
                    continue
            if result is None:
                result = set(first)
            result.intersection_update(self._term_set(alternatives))
            if not result:
                break
        return first if result is None else result

    # -- exact matching: ``find`` verifies, postings bound the counts, ranking counts the
    # few it needs (``ranking.top_by_bounds``; counting every candidate to its end was the
    # bulk of a frequent phrase's first run).
    def _members(self, phrase: Phrase) -> tuple[array, array, bool]:
        """(docnums ascending, match-count bounds, whether the bounds are the exact counts)
        of every document a phrase matches, cached per generation. A phrase one index term
        decides: its posting arrays, exact."""
        cached = self._verified.get(phrase)
        if cached is None:
            decided = decided_by_one_term(phrase)
            if decided is not None:
                cached = (*self.alternatives(decided), True)
            else:
                docnums = self._verified_docnums(phrase)
                cached = (docnums, self._bounds(phrase, docnums), False)
            if len(self._verified) >= self.MAX_CACHED_PHRASES:
                self._verified.clear()
                self._exact.clear()
            self._verified[phrase] = cached
        return cached

    def _verified_docnums(self, phrase: Phrase) -> array:
        found = array("i")
        candidates = self.candidates(phrase)
        if not isinstance(candidates, array):
            candidates = sorted(candidates)
        for segment, local in self._by_segment(candidates):
            if phrase.pattern is None:
                firsts = segment.scan("find", phrase.text.encode("utf-8"), local)
                kept = compress(local, map((-1).__lt__, firsts))
            else:
                value = segment.folded.value
                kept = [d for d in local if phrase.occurs_in(value(d).decode("utf-8"))]
            found.extend(map(segment.base.__add__, kept) if segment.base else kept)
        return found

    def _by_segment(self, docnums: list[int]):
        """(segment, its local docnums) for ascending snapshot docnums."""
        i = 0
        for segment in self._segments:
            j = bisect.bisect_left(docnums, segment.base + segment.count, i)
            if j > i:
                local = docnums[i:j]
                yield segment, (list(map(segment.base.__rsub__, local)) if segment.base
                                else local)
            i = j

    def _bounds(self, phrase: Phrase, docnums: array) -> array:
        """An upper bound of the phrase's match count in each document: the smallest count
        of its index terms there (each match holds one occurrence of every term); for a
        phrase without index terms, its text's length over the phrase's."""
        groups = list(dict.fromkeys(phrase.terms()))
        if not groups:  # no Latin word either: a literal phrase
            size = len(phrase.text.encode("utf-8"))
            return array("I", [self.lengths[d] // size for d in docnums])
        # The terms ``candidates`` decoded: any of them bounds the count.
        terms = [self.alternatives(alts)
                 for alts in [g for g in groups if self._decoded(g)] or groups[:1]]
        # Each term's postings hold every matching document, both ascending: the
        # frequencies of the matching ones, aligned with ``docnums``, are found in C (by
        # bisection when the matches are few, else by keeping the postings that match).
        matching = set(docnums) if any(len(docnums) * 8 >= len(ids) for ids, _ in terms) \
            else set()
        columns = [freqs if len(ids) == len(docnums) else
                   map(freqs.__getitem__, map(bisect.bisect_left, repeat(ids), docnums))
                   if len(docnums) * 8 < len(ids) else
                   compress(freqs, map(matching.__contains__, ids)) for ids, freqs in terms]
        return array("I", columns[0] if len(columns) == 1 else map(min, *columns))

    def exact_counts(self, phrase: Phrase, docnums: Sequence[int]) -> list[int]:
        """The phrase's match count in each of ``docnums`` (0 where it does not match)."""
        members, bounds, exact = self._members(phrase)
        if exact:
            counts = self._exact.get(phrase)
            if counts is None:
                counts = self._exact[phrase] = dict(zip(members, bounds))
            return [counts.get(d, 0) for d in docnums]
        counts = self._exact.setdefault(phrase, {})
        missing = sorted(d for d in set(docnums) if d not in counts)
        needle = phrase.text.encode("utf-8")
        for segment, local in self._by_segment(missing):
            if phrase.pattern is None:
                found = segment.scan("count", needle, local)
            else:
                value = segment.folded.value
                found = [len(phrase.find_all(value(d).decode("utf-8"))) for d in local]
            counts.update(zip(map(segment.base.__add__, local), found))
        return [counts[d] for d in docnums]

    def query_counts(self, query: Query, docnums: Sequence[int]) -> list[list[int]]:
        """Exact counts of each query group (the sum over its phrases) in ``docnums``."""
        result = []
        for group in query.groups:
            totals = self.exact_counts(group[0], docnums)
            for phrase in group[1:]:
                totals = list(map(add, totals, self.exact_counts(phrase, docnums)))
            result.append(totals)
        return result

    def _member_bounds(self, phrase: Phrase, within: set[int]) -> dict[int, int]:
        docnums, bounds, _ = self._members(phrase)
        return dict(compress(zip(docnums, bounds), map(within.__contains__, docnums)))

    def matches(self, query: Query) -> Matches:
        """The documents satisfying the query as columns. Cheap posting sets narrow the
        documents before any text is scanned."""
        lengths = self.lengths
        groups = query.groups
        phrases = [p for group in groups for p in group]
        if len(phrases) == 1 and not query.excluded:
            docnums, bounds, exact = self._members(phrases[0])  # one phrase: the answer
            return Matches(docnums, [bounds], list(map(lengths.__getitem__, docnums)), exact)
        alive: set[int] | None = None
        for group in groups:
            group_ids = set().union(*(self.candidates(p) for p in group))
            alive = group_ids if alive is None else alive & group_ids
            if not alive:
                return Matches([], [], [], True)
        assert alive is not None
        for phrase in query.excluded:
            alive -= self._member_bounds(phrase, within=alive).keys()
        group_bounds = []
        for group in groups:
            bounds = self._member_bounds(group[0], within=alive)
            for phrase in group[1:]:  # OR: the bounds add up
                more = self._member_bounds(phrase, within=alive)
                either = bounds.keys() | more.keys()
                bounds = dict(zip(either, map(add, map(bounds.get, either, repeat(0)),
                                              map(more.get, either, repeat(0)))))
            group_bounds.append(bounds)
            alive = alive & bounds.keys()
        docnums = list(alive)
        exact = all(self._members(p)[2] for p in phrases)
        return Matches(docnums, [list(map(b.__getitem__, docnums)) for b in group_bounds],
                       list(map(lengths.__getitem__, docnums)), exact)


class Matches(NamedTuple):
    """A query's documents as columns; counts are upper bounds unless ``exact``."""
    docnums: Sequence[int]
    counts: list[Sequence[int]]
    lengths: list[int]
    exact: bool
