"""Spanish date rules (run on folded text: lower-case, no accents), plus numeric dates.

Same shape as ``dates_zh``: (kind, pattern, interpret) in priority order. Numeric dates read
day first in Spanish; in Chinese text only when one order is impossible (31/10/1974) or both
give the same day (3/3/2015) — 3/4/2015 there is ambiguous and left alone.
"""
from __future__ import annotations

import re

from reader.core.events import holidays
from reader.core.events.mention import DateMention, valid

MONTHS = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
          "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
          "diciembre": 12}
ABBREVIATIONS = {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "jun": 6, "jul": 7, "ago": 8,
                 "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dic": 12}
NUMBERS = {"un": 1, "una": 1, "uno": 1, "primero": 1, "dos": 2, "tres": 3, "cuatro": 4,
           "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
           "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
           "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
           "veintiuno": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
           "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
           "veintinueve": 29, "treinta": 30, "treinta y uno": 31}
WEEKDAYS = {"lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5,
            "domingo": 6}
QUALIFIERS = {"principios": "start", "comienzos": "start", "inicios": "start",
              "mediados": "mid", "finales": "end", "fines": "end"}
QUARTERS = {"primer": "Q1", "segundo": "Q2", "tercer": "Q3", "cuarto": "Q4"}
UNITS = {"dia": "day", "semana": "week", "mes": "month", "ano": "year"}

_MONTH = "|".join(MONTHS)
_MONTH_ANY = "|".join(list(MONTHS) + [rf"{a}\.?" for a in ABBREVIATIONS])
_WORDS = "|".join(sorted(NUMBERS, key=len, reverse=True))
DAY = rf"(?:\d{{1,2}}|{_WORDS})"
YEAR4 = r"\d{4}"
WEEKDAY = "|".join(WEEKDAYS)
NEXT = r"que\s+viene|proxim[oa]|siguiente|entrante"
PAST = r"pasad[oa]|anterior"
QUAL = r"(?:a\s+)?(?P<qual>principios|comienzos|inicios|mediados|finales|fines)\s+de(?:l)?\s+"


def _number(token: str | None) -> int | None:
    if not token:
        return None
    return int(token) if token.isdigit() else NUMBERS.get(token)


def _month(token: str | None) -> int | None:
    if not token:
        return None
    if token.isdigit():
        return int(token)
    return MONTHS.get(token) or ABBREVIATIONS.get(token.rstrip("."))


def _unit(word: str) -> str:
    return next(unit for prefix, unit in (("dia", "day"), ("semana", "week"), ("mes", "month"),
                                          ("ano", "year")) if word.startswith(prefix))


def _direction(text: str | None) -> int:
    if not text:
        return 0
    return -1 if re.match(PAST, text) else 1 if re.match(NEXT, text) else 0


def _interpret(kind: str, m: re.Match, folded: str, chinese: bool) -> DateMention | None:
    g = m.groupdict()
    start, end = m.span()
    if kind == "numeric":
        return _numeric(m, chinese)
    if kind == "iso":
        year, month, day = (int(g["y"]), int(g["m"]), int(g["d"])) if g.get("y") else \
            (int(g["y2"]), int(g["m2"]), int(g["d2"]))
        return DateMention(start, end, year, month, day, kind=kind) \
            if valid(year, month, day) else None
    year = int(g["y"]) if g.get("y") else None
    month, day = _month(g.get("m")), _number(g.get("d"))
    qualifier = QUALIFIERS.get(g.get("qual") or "") or QUARTERS.get(g.get("q") or "")
    earliest = 1000 if kind in ("dmy", "mdy", "my", "range") else 1800
    if not valid(year, month, day, earliest):
        return None
    if kind == "range":
        month1, day1 = _month(g.get("m1")), _number(g.get("d1"))
        year1 = int(g["y1"]) if g.get("y1") else None
        if month1 is None:  # 15 y 16 de abril: the first day borrows the month and year
            month1, year1 = month, year1 or year
        if not valid(year1, month1, day1, earliest):
            return None
        until = DateMention(m.start("d") if g.get("d") else m.start("m"), end, year, month, day,
                            kind="range_end")
        return DateMention(start, end, year1, month1, day1, kind=kind, until=until)
    relative = None
    weekday = WEEKDAYS.get(g.get("wd") or "")
    if kind == "holiday":
        return DateMention(start, end, year, kind=kind, holiday=holidays.key_for(g["h"]))
    if kind in ("rel_day",):
        word = re.sub(r"\s+", " ", g["rd"])
        shift = {"hoy": 0, "esta manana": 0, "ayer": -1, "anteayer": -2, "antier": -2,
                 "antes de ayer": -2, "manana": 1, "pasado manana": 2}[word]
        relative = ("day", shift, "deictic")
    elif kind == "rel_unit":
        word = g["ru"]
        unit = UNITS[word]
        shift = _direction(g.get("dir") or g.get("dir2")) if not g.get("this") else 0
        mode = "anaphoric" if (g.get("dir") or g.get("dir2") or "").startswith(
            ("anterior", "siguiente")) else "deictic"
        relative = (unit, shift, mode)
        if unit == "week" and weekday is None:
            return DateMention(start, end, None, kind=kind, relative=relative, week=True)
    elif kind == "weekday":
        direction = _direction(g.get("dir") or g.get("dir2"))
        if direction == 0:
            return None
        # "el martes pasado" is the last Tuesday; "el martes que viene" is next week's.
        relative = ("weekday", direction, "deictic") if re.match(r"pasad|proxim", (
            g.get("dir") or g.get("dir2"))) else ("week", direction, "deictic")
    elif kind == "ago":
        n, unit = _number(g["n"]), _unit(g["u"])
        if not n:
            return None
        shift = n if g.get("later") or g.get("within") else -n
        mode = "anaphoric" if g.get("later") or g.get("earlier") else "deictic"
        if g.get("earlier"):
            shift = -n
        relative = (unit, shift, mode)
        return DateMention(start, end, None, kind=kind, relative=relative, week=unit == "week")
    elif kind == "qual_rel":
        relative = ("month" if g["unit"] == "mes" else "year", 0, "deictic")
    elif kind == "dir_month":
        relative = ("month_named", _direction(g["dir"]), "deictic")
    if kind == "dmy" and g.get("dir"):
        relative = ("month_named", _direction(g["dir"]), "deictic")
    if kind == "q" and year is None and not qualifier:
        return None
    if kind == "y":
        start, end = m.span("y")
    return DateMention(start, end, year, month, day, qualifier=qualifier, kind=kind,
                       relative=relative, weekday=weekday)


def _numeric(m: re.Match, chinese: bool) -> DateMention | None:
    g = m.groupdict()
    a, b = int(g["a"]), int(g["b"])
    year = int(g["y"])
    two_digit = len(g["y"]) == 2
    day_first = valid(None, b, a) and (not chinese or a == b or not valid(None, a, b))
    month_first = valid(None, a, b)
    if day_first:
        day, month = a, b
    elif month_first and (chinese or not valid(None, b, a)):
        month, day = a, b
    else:
        return None
    if not two_digit and not valid(year, month, day):
        return None
    return DateMention(m.start(), m.end(), year, month, day, kind="numeric",
                       two_digit_year=two_digit)


_PATTERNS = [
    ("range", rf"\b(?:(?:del|entre\s+el|entre|desde\s+el|desde|los\s+dias|el|los)\s+)?"
              rf"(?P<d1>{DAY})(?:\s+de\s+(?P<m1>{_MONTH_ANY}))?(?:\s+de(?:l)?\s+(?P<y1>{YEAR4}))?"
              rf"\s*(?:al|a|-|–|y|hasta\s+el|hasta)\s*(?:el\s+)?(?P<d>{DAY})\s+de\s+"
              rf"(?P<m>{_MONTH_ANY})(?:\s+de(?:l)?\s+(?:ano\s+)?(?P<y>{YEAR4}))?(?![\w])"),
    ("iso", r"(?<![A-Za-z0-9/.\-])(?P<y>(?:1[89]|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)"
            r"(?P<d>\d{1,2})(?![\d%])"
            r"|(?<![A-Za-z0-9.,])(?P<y2>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])"
            r"(?P<d2>0[1-9]|[12]\d|3[01])"
            r"(?![\w.,%])"),
    ("numeric", r"(?<![A-Za-z0-9/.\-,])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)"
                r"(?P<y>\d{4}|\d{2})(?![\w/\-]|[.,]\d|%)"),
    ("holiday", rf"(?<!un )\b(?P<h>{'|'.join(sorted(holidays.ES_NAMES, key=len, reverse=True))})\b"
                rf"(?:\s+de(?:l)?\s+(?P<y>(?:1[89]|20)\d{{2}}))?"),
    ("dmy", rf"(?<!\d[.,])\b(?:el\s+)?(?:(?P<dir>pasado|proximo)\s+)?(?:(?:{WEEKDAY}),?\s+)?"
            rf"(?:el\s+)?(?P<d>{DAY})\s+(?:de\s+)?(?P<m>{_MONTH})(?:\s+de(?:l)?\s+(?:ano\s+)?"
            rf"(?P<y>{YEAR4})|,?\s+(?P<y2>(?:1[89]|20)\d{{2}}))?(?![\w]|[.,]\d)"),
    ("mdy", rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:\s*,\s*|\s+de(?:l)?\s+)(?P<y>{YEAR4})\b"),
    ("dm_numeric", r"\bel\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\w/]|[.,]\d)"),
    ("my", rf"\b(?:{QUAL}|en\s+|de\s+)?(?P<m>{_MONTH})\s+(?:de(?:l)?\s+)?(?P<y>{YEAR4})\b"),
    ("qual_y", rf"\b{QUAL}(?:ano\s+)?(?P<y>(?:1[89]|20)\d{{2}})\b"),
    ("qual_rel", rf"\b{QUAL}(?:este\s+|ese\s+)?(?P<unit>mes|ano)\b"),
    ("qual_m", rf"\b{QUAL}(?P<m>{_MONTH})\b"),
    ("q", r"\b(?:el\s+)?(?P<q>primer|segundo|tercer|cuarto)\s+trimestre"
          r"(?:\s+de(?:l)?\s+(?:ano\s+)?(?P<y>(?:1[89]|20)\d{2}))?\b"),
    ("weekday", rf"\b(?:el\s+)?(?:(?P<dir2>pasado|proximo)\s+(?P<wd2>{WEEKDAY})"
                rf"|(?P<wd>{WEEKDAY})\s+(?P<dir>{PAST}|{NEXT}))\b"),
    ("rel_unit", rf"\b(?:(?:el|la)\s+)?(?:(?P<wd>{WEEKDAY})\s+de\s+(?:la\s+)?)?"
                 rf"(?:(?P<this>este|esta)\s+(?P<ru>semana|mes|ano)|(?P<ru2>semana|mes|ano)\s+"
                 rf"(?P<dir>{PAST}|{NEXT})"
                 rf"|(?P<dir2>pasad[oa]|proxim[oa])\s+(?P<ru3>semana|mes|ano))\b"),
    ("rel_day", r"\b(?P<rd>pasado\s+manana|anteayer|antier|antes\s+de\s+ayer|ayer|hoy"
                r"|esta\s+manana|(?<!la\s)(?<!por\s)(?<!de\s)(?<!una\s)manana)\b"),
    ("ago", rf"\b(?:hace\s+(?P<n>\d{{1,3}}|{_WORDS})\s+(?P<u>dias?|semanas?|mes(?:es)?|anos?)"
            rf"|(?P<within>dentro\s+de)\s+(?P<n2>\d{{1,3}}|{_WORDS})\s+(?P<u2>dias?|semanas?"
            rf"|mes(?:es)?|anos?)|(?P<n3>\d{{1,3}}|{_WORDS})\s+(?P<u3>dias?|semanas?|mes(?:es)?"
            rf"|anos?)\s+(?:(?P<later>despues|mas\s+tarde)|(?P<earlier>antes)))\b"),
    ("dir_month", rf"\b(?:el\s+)?(?P<dir>pasado|proximo)\s+(?:mes\s+de\s+)?(?P<m>{_MONTH})\b"),
    ("y", r"\b(?:en|de|desde|hasta|durante|para|del|el|ano|fiscal|a partir de)"
          r"(?: el)?(?: ano)?(?: fiscal)? (?P<y>(?:1[89]|20)\d{2})\b(?![.,]\d|%)"),
]

# Comparisons name a period without anything happening in it (el mismo período del año pasado).
_COMPARISON = re.compile(r"(?:mismo|misma|respecto|frente|compara\w*|que)\W+(?:\w+\W+){0,2}$")


def _normalise(kind, m, folded, chinese):
    g = m.groupdict()
    if kind == "rel_unit":
        if _COMPARISON.search(folded, max(0, m.start() - 30), m.start()):
            return None
        return _interpret(kind, _Merged(m, ru=g.get("ru") or g.get("ru2") or g.get("ru3")),
                          folded, chinese)
    if kind == "weekday" and g.get("wd2"):
        return _interpret(kind, _Merged(m, wd=g["wd2"]), folded, chinese)
    if kind == "ago" and not g.get("n"):
        return _interpret(kind, _Merged(m, n=g.get("n2") or g.get("n3"),
                                        u=g.get("u2") or g.get("u3")), folded, chinese)
    if kind == "dmy" and g.get("y2"):
        return _interpret(kind, _Merged(m, y=g["y2"]), folded, chinese)
    return _interpret(kind, m, folded, chinese)


class _Merged:
    """A match with some groups replaced (alternatives of one rule share one reading)."""

    def __init__(self, m: re.Match, **groups):
        self._m, self._groups = m, groups

    def groupdict(self):
        return self._m.groupdict() | self._groups

    def span(self, *args):
        return self._m.span(*args)

    def start(self, *args):
        return self._m.start(*args)


RULES = [(kind, re.compile(pattern), _normalise) for kind, pattern in _PATTERNS]
# The trigger words (see dates.candidate_segments) without which a rule cannot match.
NEEDS: dict[str, set[str]] = {
    "range": {"month"}, "iso": {"digit"}, "numeric": {"digit"}, "holiday": {"holiday", "unit"},
    "dmy": {"month"}, "mdy": {"month"}, "dm_numeric": {"digit"}, "my": {"month"},
    "qual_y": {"qual"}, "qual_rel": {"qual"}, "qual_m": {"qual"}, "q": {"quarter"},
    "weekday": {"weekday"}, "rel_unit": {"unit"}, "rel_day": {"day"}, "ago": {"ago"},
    "dir_month": {"month"}, "y": {"digit"},
}
