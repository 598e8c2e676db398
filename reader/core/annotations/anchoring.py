"""Keep a highlight on the same words when its article's text changes.

W3C-style selectors: a position (start, end in code points of the reading text) and a quote
(exact text plus up to 32 characters of prefix and suffix). Re-anchoring follows Hypothesis'
client, with the guards its issue tracker asked for:

1. the stored position, if the text there still equals the quote;
2. else every exact occurrence of the quote, and else approximate occurrences (bit-parallel
   edit distance, Myers 1999) — kept only when they are the same words as the quote, told
   apart by white space alone (a re-wrapped line). A highlight is never moved onto words
   that differ from its quote: "más de 10" is not "más de 1";
3. each candidate is scored (50·quote + 20·prefix + 20·suffix + 2·position) / 92;
4. the best must reach ``SCORE_FLOOR``, and beat the runner-up by ``AMBIGUITY_MARGIN`` —
   a short Chinese quote occurs many times, and then only its context can tell;
5. a quote shorter than ``SHORT_QUOTE`` is a phrase that recurs in any long text: away from
   its old position it must bring its context along (``SHORT_CONTEXT_FLOOR``);
6. otherwise the highlight is an orphan: kept with its quote and note, never moved onto
   other words. The stored quote is what the user highlighted and is never rewritten here.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

CONTEXT = 32
SCORE_FLOOR = 0.75
AMBIGUITY_MARGIN = 0.06
#: Context must agree at least this much for a quote shorter than SHORT_QUOTE to re-anchor.
SHORT_QUOTE = 32
SHORT_CONTEXT_FLOOR = 0.5


@dataclass(frozen=True)
class Selector:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    score: float
    how: str  # "position", "quote", "fuzzy"


def describe(text: str, start: int, end: int) -> Selector:
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Selector(start, end, text[start:end], text[max(0, start - CONTEXT):start],
                    text[end:end + CONTEXT])


def anchor(text: str, selector: Selector) -> Anchor | None:
    """Where the selector's words are in ``text`` now, or None (an orphan)."""
    exact = selector.exact
    if not exact:
        return None
    if text[selector.start:selector.end] == exact and \
            _context_agrees(text, selector, selector.start, selector.end):
        return Anchor(selector.start, selector.end, 1.0, "position")
    candidates = _exact_candidates(text, exact)
    how = "quote"
    if not candidates:
        candidates = [(s, e) for s, e in approximate_matches(text, exact, max(0, len(exact) // 4))
                      if same_words(text[s:e], exact)]
        how = "fuzzy"
    if not candidates:
        return None
    scored = sorted(((_score(text, selector, s, e), s, e) for s, e in candidates), reverse=True)
    best_score, start, end = scored[0]
    if best_score < SCORE_FLOOR:
        return None
    if len(scored) > 1:
        runner_up, other_start, _ = scored[1]
        if abs(other_start - start) >= 1 and best_score - runner_up < AMBIGUITY_MARGIN:
            return None
    if not _context_agrees(text, selector, start, end):
        return None
    return Anchor(start, end, best_score, how)


def _context_agrees(text: str, selector: Selector, start: int, end: int) -> bool:
    """A short quote (a word or two of Chinese) is only itself in its context."""
    if len(selector.exact) >= SHORT_QUOTE or not (selector.prefix or selector.suffix):
        return True
    context = (_similarity(selector.prefix, text[max(0, start - len(selector.prefix)):start],
                           from_end=True)
               + _similarity(selector.suffix, text[end:end + len(selector.suffix)])) / 2
    return context >= SHORT_CONTEXT_FLOOR


def same_words(a: str, b: str) -> bool:
    """Equal but for white space and compatibility forms (full-width digits, ligatures)."""
    return _normalised(a) == _normalised(b)


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _exact_candidates(text: str, exact: str) -> list[tuple[int, int]]:
    spans, position = [], text.find(exact)
    while position >= 0:
        spans.append((position, position + len(exact)))
        position = text.find(exact, position + 1)
    return spans


def _score(text: str, selector: Selector, start: int, end: int) -> float:
    quote = _similarity(selector.exact, text[start:end])
    prefix = _similarity(selector.prefix, text[max(0, start - len(selector.prefix)):start],
                         from_end=True) if selector.prefix else 1.0
    suffix = _similarity(selector.suffix, text[end:end + len(selector.suffix)]) \
        if selector.suffix else 1.0
    distance = abs(start - selector.start)
    position = max(0.0, 1.0 - distance / max(len(text), 1))
    return (50 * quote + 20 * prefix + 20 * suffix + 2 * position) / 92


def _similarity(expected: str, actual: str, from_end: bool = False) -> float:
    """1 − edit distance / length (context at a text edge compares what is there)."""
    if not expected:
        return 1.0
    if from_end and len(actual) < len(expected):
        expected = expected[len(expected) - len(actual):]
    elif not from_end and len(actual) < len(expected):
        expected = expected[:len(actual)]
    if not expected:
        return 1.0
    return max(0.0, 1.0 - edit_distance(expected, actual) / len(expected))


def edit_distance(a: str, b: str) -> int:
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def approximate_matches(text: str, pattern: str, max_errors: int) -> list[tuple[int, int]]:
    """Spans of ``text`` within ``max_errors`` edits of ``pattern`` (best end per region).

    Myers' bit-parallel algorithm finds where matches end; the start of each is found by
    running it again, anchored, on the reversed text before that end and the reversed
    pattern."""
    if not pattern or max_errors < 0:
        return []
    ends = _myers_ends(text, pattern, max_errors)
    spans: list[tuple[int, int]] = []
    reversed_pattern = pattern[::-1]
    for end, _errors in _best_per_region(ends):
        window_start = max(0, end - len(pattern) - max_errors)
        window = text[window_start:end][::-1]
        starts = _myers_ends(window, reversed_pattern, max_errors, anchored=True)
        if not starts:
            continue
        best = min(starts, key=lambda item: (item[1], -item[0]))
        start = end - best[0]
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _myers_ends(text: str, pattern: str, max_errors: int,
                anchored: bool = False) -> list[tuple[int, int]]:
    """(end offset, errors) for every text position where a match of pattern ends.

    ``anchored``: the match must start at the beginning of ``text`` (edit distance of the
    pattern to each prefix), as needed to find the start of a match whose end is known."""
    m = len(pattern)
    peq: dict[str, int] = {}
    for i, ch in enumerate(pattern):
        peq[ch] = peq.get(ch, 0) | (1 << i)
    mask = (1 << m) - 1
    high = 1 << (m - 1)
    pv, mv, score = mask, 0, m
    ends = []
    for j, ch in enumerate(text):
        eq = peq.get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv) & mask
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        # Search: a match may start anywhere (row 0 stays 0); anchored: row 0 grows by one.
        ph = ((ph << 1) | anchored) & mask
        mh = (mh << 1) & mask
        pv = (mh | ~(xv | ph)) & mask
        mv = ph & xv
        if score <= max_errors:
            ends.append((j + 1, score))
    return ends


def _best_per_region(ends: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Consecutive end positions belong to one match: keep the one with fewest errors."""
    regions: list[tuple[int, int]] = []
    last_end = None
    for end, errors in ends:
        if last_end is not None and end - last_end <= 1:
            if errors < regions[-1][1]:
                regions[-1] = (end, errors)
        else:
            regions.append((end, errors))
        last_end = end
    return regions
