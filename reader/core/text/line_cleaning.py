"""``clean``'s rules for single lines, for a glance at a file (issue 15): a line as the
cleaner gives it, which lines it keeps, whether it removes a pinyin gloss — each computed
without cleaning the whole text (the library's catalog lists an article before that)."""
from __future__ import annotations

import re
from collections import Counter

from reader.core.text.cleaning import (_BOILERPLATE_MAX_CHARS, _BOILERPLATE_REPEATS,
                                       _INNER_SPACE, _INVISIBLE, _LEADING_SPACE,
                                       _MOJIBAKE_MIN_RARE, _MOJIBAKE_SYMBOL, _PINYIN_INSERT,
                                       _PINYIN_LETTERS, _TRAILING_SPACE, CleaningReport,
                                       _implausible_positions, _is_inserted_pinyin,
                                       _line_edits)
from reader.core.text.garbled import DEBRIS_TRIGGER
from reader.core.text.hanzi import HAN
from reader.core.text.offsets import apply_edits


def clean_line(body: str) -> str:
    """One line (without its line end) as ``clean`` gives it when it keeps the line: a
    line's edits depend on the line alone, so a glance at a file's head or tail cleans just
    the lines it needs (issue 15)."""
    if not _may_be_edited(body):
        # No rule but the mojibake repair can apply; it needs a cluster of at least
        # _MOJIBAKE_MIN_RARE implausible characters, which need Han or symbol characters.
        if not HAN.search(body) and not _MOJIBAKE_SYMBOL.search(body):
            return body
        implausible = _implausible_positions(body)
        if len(implausible) < _MOJIBAKE_MIN_RARE:
            return body
    else:
        implausible = _implausible_positions(body)
    edits = _line_edits(body, 0, CleaningReport(), [], implausible)
    return apply_edits(body, edits)[0]


def _may_be_edited(body: str) -> bool:
    """Could a line edit but the mojibake repair apply: an invisible character, debris of
    lost bytes, a pinyin-gloss-like parenthesis, spacing to trim or squeeze? (Each test
    is implied by the cleaner's own pattern; one character class scans the line once.)"""
    if body[:1] in _EDGE_SPACE or body[-1:] in _EDGE_SPACE:  # ("" is in every string)
        return bool(body)
    if "  " in body or _EDIT_CHAR.search(body):
        return True
    return ("(" in body or "（" in body) and bool(_GLOSS_LIKE.search(body))


_EDGE_SPACE = " \t\u3000\xa0"
#: Characters that start an edit wherever they stand: invisible (``_INVISIBLE``), debris
#: (``DEBRIS_TRIGGER``), a tab or no-break space (``_INNER_SPACE``), a line end.
_EDIT_CHAR = re.compile("[" + _INVISIBLE.pattern[1:-1] + DEBRIS_TRIGGER.pattern[1:-1]
                        + "\t\xa0\r\n]")  # (a line end inside: never from a split; slow path)


#: Any character that is not part of a line's key, line ends apart.
_NOT_KEY_BUT_BREAKS = re.compile(r"(?:[^\w\r\n]|_)+")
_BREAK = re.compile(r"\r\n|\r|\n")


def kept_lines(raw: str) -> tuple[list[tuple[int, int]], set[str]]:
    """(start, end) in ``raw`` of the lines ``clean`` keeps (not blank, not a repeat), in
    order, and the keys of the repeats it drops (``report.repeated_lines``), by ``clean``'s rule — keys taken from the raw lines, which is the same unless a
    pinyin gloss is removed or mojibake repaired in a line (``_PINYIN_INSERT`` tells the
    first; the second only ever touches damaged files)."""
    bodies = _BREAK.split(raw)
    unified = _BREAK.sub("\n", raw) if "\r" in raw else raw  # "\r", "\u200b\n" are 2
    keys = _NOT_KEY_BUT_BREAKS.sub("", unified).casefold().split("\n")
    if bodies and not bodies[-1]:
        bodies.pop()  # the text ends with a line end: no line after it
    occurrences: Counter | None = None
    previous_key: str | None = None
    seen: set[str] = set()
    kept: list[tuple[int, int]] = []
    repeated: set[str] = set()
    start = 0
    for body, key in zip(bodies, keys):
        line_start, start = start, start + len(body)
        start += 2 if raw.startswith("\r\n", start) else 1
        if not key and (not body or not clean_line(body)):
            continue  # blank once cleaned
        if key and key == previous_key:
            repeated.add(key)
            continue
        if key and key in seen:
            if occurrences is None:
                occurrences = Counter(k for k in keys if k)
            if occurrences[key] >= _BOILERPLATE_REPEATS and \
                    len(clean_line(body)) <= _BOILERPLATE_MAX_CHARS:
                repeated.add(key)
                continue
        seen.add(key)
        previous_key = key
        kept.append((line_start, line_start + len(body)))
    return kept, repeated


#: What every ``_PINYIN_INSERT`` match contains (a quicker scan: no look-behind).
_GLOSS_LIKE = re.compile(rf"[(（][{_PINYIN_LETTERS}]{{1,6}}[)）]")


def removes_glosses(raw: str) -> bool:
    """Does ``clean`` remove a pinyin gloss anywhere in ``raw`` (which changes that line's
    key, so ``kept_lines`` cannot tell repeats from the raw lines)?"""
    if not _GLOSS_LIKE.search(raw):  # the usual case, found without the slow look-behind
        return False
    for match in _PINYIN_INSERT.finditer(raw):
        start = max(raw.rfind("\n", 0, match.start()), raw.rfind("\r", 0, match.start())) + 1
        ends = [i for i in (raw.find("\n", match.end()), raw.find("\r", match.end())) if i >= 0]
        body = raw[start:min(ends, default=len(raw))]
        if any(_is_inserted_pinyin(body, m) for m in _PINYIN_INSERT.finditer(body)):
            return True
    return False
