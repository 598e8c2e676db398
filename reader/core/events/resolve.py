"""Placing mentions on the calendar: HeidelTime's news/narrative rule.

* Deictic relatives (昨天, 去年, la semana pasada, hace tres días) count from the article's
  publication date; an article without one uses the last explicit date before them.
* Anaphoric relatives (次年, 一年后, el año anterior, tres años después) count from the last
  explicit date before them; without one, from the publication date.
* A year-less date (9月9日, el 6 de noviembre, 春节) takes the year of the last explicit date
  with a month before it (a narrative keeps its own time); else the publication year, moved
  by the sentence's tense: past tense and a date after the publication date → the year
  before; future tense and a date before it → the year after ("El pasado 6 de noviembre" in
  February is last November). Else the latest year the article names anywhere.
* Two-digit years take the century that puts them at most five years after the anchor.
* Range ends borrow what they lack from the start and never fall before it.

Every mention is resolved in one pass with the last explicit dates carried along: O(n).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from reader.core.events import holidays
from reader.core.events.dates import DateMention, find_dates
from reader.core.text.folding import fold

# Chinese markers on the folded (simplified) text; Spanish on the original, whose accents
# carry the tense (lanzó, lanzará).
_PAST_ZH = re.compile(r"了|已经|已|曾经|曾|此前|日前|早在|当时|过去")
_FUTURE_ZH = re.compile(r"将于|将在|即将|将要|将会|计划|预计|拟于|拟在|有望|届时|准备|将")
_PAST_ES = re.compile(r"\b(?:fue|fueron|era|eran|había|habían|ha|han|hubo|dijo|pasad[oa])\b"
                      r"|\b\w{2,}(?:ó|aron|ieron|ió)\b")
_FUTURE_ES = re.compile(r"\b(?:va|van|vamos)\s+a\b|\b(?:próxim[oa]s?|prevé|planea)\b"
                        r"|\b\w{2,}(?:rá|rán)\b")
_CLAUSE = re.compile(r"[。！？!?;；\n]|\.(?=\s)")


def tense(text: str, folded: str, start: int, end: int) -> int:
    """-1 past, 1 future, 0 unknown: markers in the sentence around a mention."""
    left = max(0, start - 60)
    right = min(len(folded), end + 60)
    for m in _CLAUSE.finditer(folded, left, start):
        left = m.end()
    stop = _CLAUSE.search(folded, end, right)
    right = stop.start() if stop else right
    window = folded[left:start] + " " + folded[end:right]
    original = (text[left:start] + " " + text[end:right]).lower()
    future = bool(_FUTURE_ZH.search(window) or _FUTURE_ES.search(original))
    past = bool(_PAST_ZH.search(window) or _PAST_ES.search(original))
    return 1 if future and not past else -1 if past and not future else 0


def resolve(mentions: list[DateMention], publication: date | int | None = None,
            text: str = "", folded: str = "") -> list[DateMention]:
    if isinstance(publication, int):
        publication = date(publication, 7, 1) if publication else None
        year_only = True
    else:
        year_only = False
    explicit_years = [d.year for d in mentions
                      if d.year and not d.relative and not d.two_digit_year]
    latest_year = max(explicit_years, default=None)
    last_any: DateMention | None = None     # last explicit date (any precision)
    last_fine: DateMention | None = None    # last explicit date with a month
    resolved: list[DateMention] = []
    for mention in mentions:
        direction = 0 if year_only or not text else tense(text, folded, mention.start,
                                                             mention.end)
        placed = _place(mention, publication, year_only, last_any, last_fine, latest_year,
                        direction, resolved)
        if placed is None:
            continue
        if mention.until is not None:
            placed = replace(placed, until=_place_end(placed, mention.until))
        resolved.append(placed)
        if not placed.inferred:
            last_any = placed
            if placed.month:
                last_fine = placed
    return resolved


def read_dates(text: str, publication: date | str | None = None,
               folded: str | None = None) -> list[DateMention]:
    """Every date in a reading text, placed on the calendar."""
    if isinstance(publication, str):
        publication = parse_publication(publication)
    folded = fold(text) if folded is None else folded
    return resolve(find_dates(text, folded=folded), publication, text, folded)


def parse_publication(value: str | None) -> date | int | None:
    """'2023-03-16 16:22' → that day; '2023' → the year alone; anything else → None."""
    match = re.match(r"(\d{4})(?:-(\d{1,2})-(\d{1,2}))?", value or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])) if match[2] else int(match[1])
    except ValueError:
        return None


def _day_anchor(publication, year_only, last_any, last_fine) -> date | None:
    if publication is not None and not year_only:
        return publication
    if last_fine is not None:
        return date(last_fine.year, last_fine.month, last_fine.day or 1)
    return None


def _place(m: DateMention, publication, year_only, last_any, last_fine, latest_year,
           direction, resolved) -> DateMention | None:
    if m.two_digit_year and m.year is not None:
        pivot = (publication.year if publication else 2030) + 5
        year = 2000 + m.year if 2000 + m.year <= pivot else 1900 + m.year
        m = replace(m, year=year, two_digit_year=False)
    if m.relative is not None:
        return _relative(m, publication, year_only, last_any, last_fine, direction)
    if m.holiday is not None:
        return _holiday(m, publication, year_only, last_fine, direction)
    if m.year is not None:
        return _lunar(m, m.year) if m.lunar else m
    # A year-less date: the story's last month-level date, else the publication date.
    if last_fine is not None and (m.month or m.day or m.lunar):
        year = last_fine.year
        direction = 0
    elif last_any is not None and not (m.month or m.day):
        year = last_any.year
        direction = 0
    elif publication is not None:
        year = publication.year
    elif latest_year is not None:
        year, direction = latest_year, 0
    else:
        return None
    month = m.month
    if m.day and not month:
        previous = next((d for d in reversed(resolved) if d.month), None)
        if previous is None:
            return None
        month, year = previous.month, previous.year
    placed = replace(m, year=year, month=month, inferred=True)
    if m.lunar:
        return _lunar(placed, year)
    if publication is not None and not year_only and direction and placed.month:
        placed = _by_tense(placed, publication, direction)
    return placed


def _by_tense(m: DateMention, anchor: date, direction: int) -> DateMention:
    day = min(m.day or 1, calendar.monthrange(m.year, m.month)[1])
    if direction < 0 and date(m.year, m.month, day) > anchor:
        return replace(m, year=m.year - 1)
    if direction > 0 and (m.year, m.month, m.day or 31) < (anchor.year, anchor.month, anchor.day):
        return replace(m, year=m.year + 1)
    return m


def _relative(m, publication, year_only, last_any, last_fine, direction):
    unit, shift, mode = m.relative
    day_anchor = _day_anchor(publication, year_only, last_any, last_fine)
    if mode == "anaphoric" and last_any is not None:
        anchor = date(last_any.year, last_any.month or 1, last_any.day or 1)
        coarse = last_any.precision
    elif publication is not None:
        anchor, coarse = publication, "year" if year_only else "day"
    elif last_any is not None:
        anchor = date(last_any.year, last_any.month or 1, last_any.day or 1)
        coarse = last_any.precision
    else:
        return None
    done = replace(m, relative=None, inferred=True)
    if unit == "year":
        year = anchor.year + shift
        if m.holiday:
            return _holiday(replace(done, year=year), None, True, None, 0)
        if m.lunar:
            return _lunar(replace(done, year=year), year)
        if mode == "anaphoric" and m.kind == "rel_n" and last_any is not None \
                and last_any.month:
            return replace(done, year=year, month=last_any.month)  # 一年后 after 2020年3月
        return replace(done, year=year)
    if unit == "month_named":
        placed = replace(done, year=anchor.year)
        return _by_tense(placed, anchor, shift) if coarse == "day" else placed
    if coarse == "year":
        return None  # a month or day counted from a bare year is a guess
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + shift
        return replace(done, year=index // 12, month=index % 12 + 1)
    if coarse != "day" and day_anchor is None:
        return None
    base = anchor if coarse == "day" else day_anchor
    if unit == "day":
        target = base + timedelta(days=shift)
        return replace(done, year=target.year, month=target.month, day=target.day)
    if unit == "week":
        monday = base - timedelta(days=base.weekday()) + timedelta(weeks=shift)
        if m.weekday is not None:
            target = monday + timedelta(days=m.weekday)
        else:  # 上周 is a week; 两周前 / hace dos semanas is the week two weeks back
            target = base + timedelta(weeks=shift) if m.kind in ("ago", "rel_n") else monday
        return replace(done, year=target.year, month=target.month, day=target.day,
                       week=m.weekday is None)
    if unit == "weekday":
        step = 1 if shift > 0 else -1
        target = base + timedelta(days=step)
        while target.weekday() != m.weekday:
            target += timedelta(days=step)
        return replace(done, year=target.year, month=target.month, day=target.day)
    return None


def _holiday(m, publication, year_only, last_fine, direction):
    year = m.year
    if year is None:
        if last_fine is not None:
            year, direction = last_fine.year, 0
        elif publication is not None:
            year = publication.year
        else:
            return None
    day = holidays.date_of(m.holiday, year)
    if day is None:
        return None
    if m.year is None and publication is not None and not year_only and direction:
        if direction < 0 and day > publication:
            day = holidays.date_of(m.holiday, year - 1)
        elif direction > 0 and day < publication:
            day = holidays.date_of(m.holiday, year + 1)
    if day is None:
        return None
    return replace(m, year=day.year, month=day.month, day=day.day, holiday=m.holiday,
                   inferred=m.year is None or m.inferred)


def _lunar(m, year):
    if m.day:
        day = holidays.lunar_to_solar(year, m.month, m.day)
        return replace(m, year=day.year, month=day.month, day=day.day, lunar=False) \
            if day else None
    span = holidays.lunar_month_span(year, m.month)
    if span is None:
        return None
    first, last = span
    until = DateMention(m.start, m.end, last.year, last.month, last.day, kind="lunar_end")
    return replace(m, year=first.year, month=first.month, day=first.day, lunar=False,
                   until=until)


def _place_end(start: DateMention, end: DateMention) -> DateMention | None:
    """8月11日至22日 → the 22nd of August; 12月1日到1月1日 → next January."""
    if end.two_digit_year and end.year is not None:
        end = replace(end, year=(start.year // 100) * 100 + end.year, two_digit_year=False)
    year = end.year if end.year is not None else start.year
    month = end.month if end.month is not None else (start.month if end.day else None)
    day = end.day
    if end.year is None and (month or 0, day or 0) < (start.month or 0, start.day or 0):
        if end.month is None and month is not None:
            month = month % 12 + 1
            year += month == 1
        else:
            year += 1
    return replace(end, year=year, month=month, day=day, until=None)
