"""Date expressions in Chinese (both scripts) and Spanish, with offsets in the reading text.

Rules work on the folded text (simplified, lower-case, no accents; same length as the reading
text), so one set of patterns covers 2020年 / 二〇二〇年 / 國際 and 國际, and "A finales de".
The language rules live in ``dates_zh`` and ``dates_es``; each yields *unresolved* mentions
(a year may be missing, a date may be relative, a holiday or a lunar date), which ``resolve``
places on the calendar from the publication date or the narrative (HeidelTime's rule).
Ranges and lists ("8月11日至22日", "del 13 al 15 de julio") are one mention with an ``until``.
Finding is linear in the text: every pattern is one ``finditer`` pass, and a character taken
by one rule is checked in O(1) through a sorted list of taken spans per pass.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

# re-exported: callers know DateMention and parse_cn_number as part of dates
from reader.core.events.mention import DateMention, parse_cn_number, valid  # noqa: F401
from reader.core.text.folding import fold
from reader.core.text.metadata import is_metadata_line


class _Taken:
    """Spans already claimed by an earlier (longer, more specific) rule."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)  # first span ending after start
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def find_dates(text: str, chinese: bool | None = None,
               folded: str | None = None) -> list[DateMention]:
    """Every date expression in a reading text (unresolved: year may be None)."""
    from reader.core.events import dates_es, dates_zh
    from reader.core.text.hanzi import HAN

    folded = fold(text) if folded is None else folded
    if chinese is None:
        chinese = bool(HAN.search(text[:2000]))
    taken = _Taken()
    skip = _Taken()
    for start, end in _metadata_spans(text):
        skip.add(start, end)
    mentions: list[DateMention] = []
    for segment_start, segment_end, present in candidate_segments(folded):
        # A rule runs only where a word it needs is present (年 for 2019年, a month name for
        # "5 de mayo"…): most rules skip most stretches.
        zh_rules = [r for r in dates_zh.RULES if dates_zh.NEEDS[r[0]] & present]
        es_rules = [r for r in dates_es.RULES if dates_es.NEEDS[r[0]] & present]
        rules = zh_rules + es_rules if chinese else es_rules + zh_rules
        for kind, pattern, interpret in rules:
            for m in pattern.finditer(folded, segment_start, segment_end):
                start, end = m.span()
                if start == end or skip.overlaps(start, start + 1) or \
                        taken.overlaps(start, end):
                    continue
                mention = interpret(kind, m, folded, chinese)
                if mention is None:
                    continue
                taken.add(mention.start, mention.end)
                mentions.append(mention)
    mentions.sort(key=lambda d: d.start)
    return dates_zh.link_ranges(mentions, folded)


# Every rule needs one of these: a calendar character, a digit, or a Spanish time word. The
# rules run only on the stretches around them, and each only where its own triggers are, so a
# long text costs one scan plus the few rules that can match at the few places that can hold
# a date (linear in the text).
_TRIGGER = re.compile(
    r"[年月日号周天期拜季旬节旦庆诞夕宵午秋阳夜双]|\d+|\b(?:(?P<month>enero|febrero|marzo|abril|mayo"
    r"|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|ene|feb|mar|abr|jun|jul|ago"
    r"|sept?|oct|nov|dic)|(?P<weekday>lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
    r"|(?P<day>hoy|ayer|anteayer|antier|manana)|(?P<unit>semanas?|mes|meses|anos?|dias?)"
    r"|(?P<ago>hace|dentro|despues|antes|tarde)|(?P<quarter>trimestre)"
    r"|(?P<qual>principios|comienzos|inicios|mediados|finales|fines)"
    r"|(?P<holiday>navidad|nochevieja|nochebuena|reyes|valentin|santos|muertos|hispanidad"
    r"|trabajador|trabajo|otono|dragon|solteros|primavera)"
    r"|(?P<number>primero|uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once"
    r"|doce|trece|catorce|quince|dieci\w+|veint\w+|treinta))\b")
_BEFORE, _AFTER = 24, 40
_BOUNDARY = re.compile(r"[\n。！？!?；;]")


def candidate_segments(folded: str) -> list[tuple[int, int, set[str]]]:
    """Merged stretches around trigger words, with the triggers each holds; a stretch ends at
    a sentence boundary so that a rule's look-ahead never mistakes it for the text's end."""
    segments: list[tuple[int, int, set[str]]] = []
    length = len(folded)
    for m in _TRIGGER.finditer(folded):
        token = m.lastgroup or ("digit" if m.group()[0].isdigit() else m.group())
        start = max(0, m.start() - _BEFORE)
        if segments and start <= segments[-1][1]:
            segments[-1][2].add(token)
            if m.end() + _AFTER <= segments[-1][1]:
                continue
            start, _, present = segments.pop()
        else:
            present = {token}
        boundary = _BOUNDARY.search(folded, min(length, m.end() + _AFTER),
                                    min(length, m.end() + 3 * _AFTER))
        segments.append((start, boundary.end() if boundary else
                         min(length, m.end() + 3 * _AFTER), present))
    return segments


def _metadata_spans(text: str) -> list[tuple[int, int]]:
    """Publication metadata lines near the top: their date is the article's, not an event."""
    spans, offset = [], 0
    for number, line in enumerate(text.split("\n", 15)[:15]):
        if is_metadata_line(line):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def with_until(mention: DateMention, until: DateMention | None) -> DateMention:
    return replace(mention, until=until)
