"""The plain query path: Whoosh's own reader API (matchers, column reader), no internals.

It is the reference the accelerated path (``arrays``) is tested against and the path
``SearchIndex`` falls back to when an accelerator fails. Retrieval and verification are
split: postings answer "which documents hold every term of the query"; each candidate's
folded text is then scanned for the exact phrase, which drops false candidates and counts
the matches.
"""
from __future__ import annotations

from whoosh.reading import TermNotFound

from reader.core.search.query import Query
from reader.core.text.folding import SUBSTRING_RUN, WORD


class PlainSnapshot:
    """A searcher with per-generation caches of posting sets and folded texts, so that
    refining a query while typing reuses the work of the previous keystroke."""

    MAX_CACHED_BYTES = 96 * 1024 * 1024

    def __init__(self, searcher):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.doc_count = self.reader.doc_count()
        self._column = self.reader.column_reader("folded")
        self._reading = None
        self._postings: dict[str, set[int]] = {}
        self._frequencies: dict[str, dict[int, int]] = {}
        self._folded: dict[int, bytes] = {}
        self._cached_bytes = 0

    def close(self) -> None:
        self.searcher.close()

    def stored_fields(self, docnum: int) -> dict:
        return self.searcher.stored_fields(docnum)

    def reading(self, docnum: int) -> bytes:
        """The zlib-compressed reading text of one document."""
        if self._reading is None:
            self._reading = self.reader.column_reader("reading")
        return self._reading[docnum]

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


def single_index_term(query: Query) -> tuple[str, ...] | None:
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
