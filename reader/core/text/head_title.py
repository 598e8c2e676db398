"""The title a plain-text article will get, decided from the few lines that decide it.

The library lists a new article before it is cleaned (issue 15). The full pipeline
(``pipeline.build_reading_text``) takes as title the first line that survives cleaning and
``structure.classify`` — as it is when it looks like a title, else by
``metadata.title_from_text``. That line is found here with the pipeline's own rules
(``line_cleaning.clean_line``, ``cleaning.line_key``, ``structure.edge_removal``, ``remove_head_chrome``,
``looks_like_title``, ``shorten_title``) applied to the first lines up to the title and to
one long line near the end, which the tail's clutter walk (``remove_tail_chrome``) cannot
pass — a few lines, where cleaning and classifying the whole text costs ~100× more.

When those lines do not decide it (a comment box, an SEO-wrapped headline, repeated lines,
a head of clutter, a tail walk that does not end in the last lines) every line is cleaned
and ``classify``'d as the pipeline does (slower, rare). Undecided (None, the title waits for
the full reading) only when a pinyin gloss is removed somewhere: it changes which lines
count as repeats, which the raw lines cannot tell.
"""
from __future__ import annotations

from reader.core.text.blocks import BlockKind
from reader.core.text.cleaning import _BOILERPLATE_MAX_CHARS, line_key
from reader.core.text.line_cleaning import _BREAK, clean_line, kept_lines, removes_glosses
from reader.core.text.metadata import is_metadata_line, shorten_title, title_from_text
from reader.core.text.structure import (_COMMENT_BOX, _HEAD_LINES, _TAIL_LINES, Decision,
                                        Line, _strong_chrome, classify, edge_removal,
                                        looks_like_title, may_hold_comment_box,
                                        remove_head_chrome)
from reader.core.text.titles import _WRAPPED, seo_prefix

#: How much of the text's end is looked at for the line that ends the tail's walk.
_TAIL_CHARS = 4000


def plain_title(raw: str) -> str | None:
    """The title ``build_reading_text(plain_layout(raw))`` gives (before the file-name
    fallback of an empty title), or None when undecided."""
    if removes_glosses(raw):
        return None
    if may_hold_comment_box(raw) and _COMMENT_BOX.search(raw):
        return _classified_title(raw)
    head = _title_line(raw)
    if head is None or not _tail_stops_below(raw, head[1]):
        return _classified_title(raw)
    text = head[0]
    # ``following`` only has to exist: the line ending the tail's walk is kept, below.
    if looks_like_title(text, "following"):
        if not _WRAPPED.match(text):
            return shorten_title(text)
    elif not is_metadata_line(text) and not kept_lines(raw)[1]:
        return shorten_title(text)  # title_from_text with no repeats: the first line
    return _classified_title(raw)


def _title_line(raw: str) -> tuple[str, int] | None:
    """The first line kept by cleaning and by ``classify``'s head rules (its text, where it
    ends in ``raw``); None when a repeat or a head of clutter leaves that undecided."""
    lines: list[Line] = []
    decisions: list[Decision] = []
    previous_key: str | None = None
    seen: set[str] = set()
    position = 0
    while position < len(raw) and len(lines) < _HEAD_LINES:
        found = _BREAK.search(raw, position)
        end = found.start() if found else len(raw)
        body, position = raw[position:end], found.end() if found else len(raw)
        cleaned = clean_line(body) if body else ""
        if not cleaned:
            continue
        key = line_key(cleaned)
        if key and key == previous_key:
            continue  # dropped as a repeat of the line before
        if key and key in seen:
            return None  # maybe boilerplate: depends on the whole text
        seen.add(key)
        previous_key = key
        line = Line(cleaned)
        lines.append(line)
        decisions.append(Decision(line.kind, line.level) if edge_removal(line, True) is None
                         else Decision(None))
        first = remove_head_chrome(lines, [Decision(d.kind, d.level) for d in decisions])
        if first is not None:
            return (lines[first].text, end) if first == len(lines) - 1 else None
    return None


def _tail_stops_below(raw: str, title_end: int) -> bool:
    """Is there, below the title, a line the tail's clutter walk (``remove_tail_chrome``)
    cannot pass — kept by cleaning and by the first pass, no widget, too long to be a short
    line? The walk then ends there or below it, and the title is not reached."""
    start = max(title_end, len(raw) - _TAIL_CHARS)
    bodies = _BREAK.split(raw[start:])
    if start > title_end:
        bodies = bodies[1:]  # the first piece may be the end of a line
    looked_at = 0
    for index in range(len(bodies) - 1, -1, -1):
        body = bodies[index]
        if not body.strip():
            continue
        looked_at += 1
        if looked_at > _TAIL_LINES:
            return False
        if len(body) <= _BOILERPLATE_MAX_CHARS:
            continue  # short: passing over a line is safe, one above serves as well
        cleaned = clean_line(body)
        line = Line(cleaned)
        if (len(cleaned) > _BOILERPLATE_MAX_CHARS and not _strong_chrome(cleaned)
                and edge_removal(line, True) is None and edge_removal(line, False) is None):
            return _not_a_repeat(bodies[:index], line_key(cleaned))
    return False


def _not_a_repeat(above: list[str], key: str) -> bool:
    """Is a long line with ``key`` kept by cleaning? Only a repeat of the line before it
    drops it; the key before it is that of the nearest long line above or of a line between
    (long lines are never dropped as boilerplate, so they always set it)."""
    if not key:
        return True
    for body in reversed(above):
        cleaned = clean_line(body) if body else ""
        if not cleaned:
            continue
        if line_key(cleaned) == key:
            return False
        if len(cleaned) > _BOILERPLATE_MAX_CHARS:
            return True
    return True


def _classified_title(raw: str) -> str:
    """Every kept line cleaned and classified, the title chosen as the pipeline does."""
    spans, repeated = kept_lines(raw)
    lines = [Line(clean_line(raw[start:end])) for start, end in spans]
    decisions, _metadata = classify(lines, False)
    kept = [(line.text, decision) for line, decision in zip(lines, decisions)
            if decision.kind is not None]
    if not kept:
        return ""
    text, decision = kept[0]
    if decision.kind is BlockKind.TITLE:
        cut = seo_prefix(text, "\n".join(line for line, _ in kept[1:]))
        return shorten_title(text[cut[0]:len(text) - cut[1]] if cut else text)
    reading = [line[d.cut_start:len(line) - d.cut_end] for line, d in kept]
    return title_from_text("\n".join(reading), repeated)
