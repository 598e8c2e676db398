"""Date expressions in Chinese (both scripts) and Spanish, with offsets in the reading text.

Rules work on the folded text (simplified, lower-case, no accents; same length as the reading
text), so one set of patterns covers 2020年 / 二〇二〇年 / 國際 and 國际, and "A finales de".
Values are ISO at the precision the text gives; a missing year is resolved afterwards by
``resolve`` (HeidelTime's narrative rule, see docs/events.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.core.text.folding import fold
from reader.core.text.metadata import is_metadata_line

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
CN_NUMBER = "[〇零一二两三四五六七八九十]"
MONTHS_ES = {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
             "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
             "noviembre": 11, "diciembre": 12}
QUARTERS = {"一": "Q1", "二": "Q2", "三": "Q3", "四": "Q4", "1": "Q1", "2": "Q2", "3": "Q3",
            "4": "Q4", "primer": "Q1", "segundo": "Q2", "tercer": "Q3", "cuarto": "Q4"}
QUALIFIERS_ZH = {"初": "start", "中": "mid", "底": "end", "末": "end", "上半年": "H1",
                 "下半年": "H2"}
QUALIFIERS_ES = {"principios": "start", "comienzos": "start", "inicios": "start",
                 "mediados": "mid", "finales": "end", "fines": "end"}

YEAR = rf"(?P<y>(?:1[89]|20)\d{{2}}|{CN_NUMBER}{{4}})"
NUM = rf"\d{{1,2}}|{CN_NUMBER}{{1,3}}"
_ES_MONTH = "|".join(MONTHS_ES)

# Ordered: longer forms first; a position taken by one rule is not matched again.
_PATTERNS_ZH = [
    ("ymd", re.compile(rf"{YEAR}\s*年\s*(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*[日号]")),
    ("iso", re.compile(r"(?<!\d)(?P<y>(?:1[89]|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
                       r"(?!\d)")),
    ("ym", re.compile(rf"{YEAR}\s*年\s*(?P<m>{NUM})\s*月(?!\s*[日号]|份?之?内)")),
    ("yq", re.compile(rf"{YEAR}\s*年\s*(?:的)?(?P<q>第[一二三四1-4]季度|上半年|下半年"
                      rf"|年?初|年?中|年?底|年?末)")),
    ("y", re.compile(rf"(?<![\d{CN_NUMBER[1:-1]}]){YEAR}\s*年(?![代级])")),
    ("md", re.compile(rf"(?<![\d年{CN_NUMBER[1:-1]}])(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*[日号]")),
    ("m", re.compile(rf"(?<![\d年个{CN_NUMBER[1:-1]}])(?P<m>\d{{1,2}}|十[一二]?|[一二三四五六七八九])"
                     rf"\s*月份?(?![\d{CN_NUMBER[1:-1]}]|[日号底初中末薪活度])")),
    ("d", re.compile(rf"(?<![\d月{CN_NUMBER[1:-1]}])(?P<d>\d{{1,2}})\s*日(?=起|前|后|晚|上午|下午)")),
    # 当年 is left out: it as often means "back then" as "that year".
    ("rel", re.compile(r"(?P<n>[一两二三])年(?P<dir>后|前|之后|以后)|(?P<this>这一年|这年|同年|次年"
                       r"|翌年|去年|今年|明年)")),
    ("q", re.compile(r"第(?P<q>[一二三四1-4])季度")),
]
_PATTERNS_ES = [
    ("es_dmy", re.compile(rf"\b(?P<d>\d{{1,2}}) de (?P<m>{_ES_MONTH})(?: de(?:l)? "
                          rf"(?:ano )?(?P<y>(?:1[89]|20)\d{{2}}))?\b")),
    ("es_my", re.compile(rf"\b(?:(?:a )?(?P<qual>principios|comienzos|inicios|mediados|finales"
                         rf"|fines) de |en |de )?(?P<m>{_ES_MONTH}) (?:de(?:l)? )?"
                         rf"(?P<y>(?:1[89]|20)\d{{2}})\b")),
    ("es_qual_y", re.compile(r"\b(?:a )?(?P<qual>principios|comienzos|inicios|mediados|finales"
                             r"|fines) de(?:l)? (?:ano )?(?P<y>(?:1[89]|20)\d{2})\b")),
    ("es_q", re.compile(r"\b(?:el )?(?P<q>primer|segundo|tercer|cuarto) trimestre"
                        r"(?: de(?:l)? (?:ano )?(?P<y>(?:1[89]|20)\d{2}))?\b")),
    ("es_y", re.compile(r"\b(?:en|de|desde|hasta|durante|para|del|el|ano|fiscal|a partir de)"
                        r"(?: el)?(?: ano)?(?: fiscal)? (?P<y>(?:1[89]|20)\d{2})\b(?![.,]\d|%)")),
    # Only as a clause-opening adverbial ("El año pasado, …"): inside a comparison
    # ("el mismo período el año pasado") it is no happening of its own.
    ("es_last_year", re.compile(r"\bel ano pasado(?=,)")),
]


_RECURRING = re.compile(r"每[年月周天个][^。，,；;!?！？]*$")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    qualifier: str | None = None
    inferred: bool = False
    relative: tuple[str, int] | None = None  # ("year", ±n) etc., resolved later
    kind: str = ""

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def value(self) -> str:
        if self.year is None:
            return ""
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def sort_key(self) -> tuple:
        """Partial dates sit where they most plausibly fall: 2019 → start of 2019,
        2019 end → December, 2019 Q3 → July, 2019-05 → May before 2019-05-22."""
        month = self.month or {"start": 1, "mid": 6, "end": 12, "H1": 1, "H2": 7, "Q1": 1,
                               "Q2": 4, "Q3": 7, "Q4": 10}.get(self.qualifier or "", 0)
        return (self.year or 0, month, self.day or 0, self.start)


def parse_cn_number(text: str) -> int | None:
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text:
        return None
    if "十" in text:
        tens, _, units = text.partition("十")
        tens_value = CN_DIGITS.get(tens, 1) if tens else 1
        units_value = CN_DIGITS.get(units, 0) if units else 0
        if (tens and tens not in CN_DIGITS) or (units and units not in CN_DIGITS):
            return None
        return tens_value * 10 + units_value
    if all(ch in CN_DIGITS for ch in text):
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    return None


def _valid(year, month, day) -> bool:
    if year is not None and not 1800 <= year <= 2100:
        return False
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and not 1 <= day <= 31:
        return False
    return True


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in a reading text (unresolved: year may be None)."""
    folded = fold(text)
    taken = [False] * len(folded)
    mentions: list[DateMention] = []
    skip = _metadata_spans(text)
    for kind, pattern in _PATTERNS_ZH + _PATTERNS_ES:
        for m in pattern.finditer(folded):
            start, end = m.span()
            if start == end or any(taken[start:end]) or any(s <= start < e for s, e in skip):
                continue
            if kind in ("m", "md", "d") and _RECURRING.search(folded[max(0, start - 12):start]):
                continue  # 每年的9月和3月: a recurring time, not a date
            mention = _interpret(kind, m, start, end)
            if mention is None:
                continue
            for i in range(start, end):
                taken[i] = True
            mentions.append(mention)
    mentions.sort(key=lambda d: d.start)
    return mentions


def _metadata_spans(text: str) -> list[tuple[int, int]]:
    """Publication metadata lines near the top: their date is the article's, not an event."""
    spans, offset = [], 0
    for number, line in enumerate(text.split("\n")):
        if number < 15 and is_metadata_line(line):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def _interpret(kind: str, m: re.Match, start: int, end: int) -> DateMention | None:
    groups = m.groupdict()
    year = parse_cn_number(groups["y"]) if groups.get("y") else None
    if kind in ("ymd", "iso", "md"):
        month, day = parse_cn_number(groups["m"]), parse_cn_number(groups["d"])
        if not _valid(year, month, day):
            return None
        return DateMention(start, end, year, month, day, kind=kind)
    if kind == "ym":
        month = parse_cn_number(groups["m"])
        return DateMention(start, end, year, month, kind=kind) if _valid(year, month, None) \
            else None
    if kind == "yq":
        token = groups["q"].lstrip("年")
        qualifier = QUARTERS.get(token[1]) if token.startswith("第") else QUALIFIERS_ZH.get(token)
        return DateMention(start, end, year, qualifier=qualifier, kind=kind) \
            if _valid(year, None, None) else None
    if kind == "y":
        return DateMention(start, end, year, kind=kind) if _valid(year, None, None) else None
    if kind == "m":
        month = parse_cn_number(groups["m"])
        return DateMention(start, end, None, month, kind=kind) if _valid(None, month, None) \
            else None
    if kind == "d":
        day = parse_cn_number(groups["d"])
        return DateMention(start, end, None, None, day, kind=kind) if _valid(None, None, day) \
            else None
    if kind == "q":
        return DateMention(start, end, None, qualifier=QUARTERS[groups["q"]], kind=kind)
    if kind == "rel":
        if groups.get("this"):
            word = groups["this"]
            shift = {"去年": -1, "明年": 1, "次年": 1, "翌年": 1}.get(word, 0)
            anchor = "publication" if word in ("去年", "今年", "明年") else "previous"
            return DateMention(start, end, None, relative=(anchor, shift), kind=kind)
        n = {"一": 1, "两": 2, "二": 2, "三": 3}[groups["n"]]
        sign = -1 if groups["dir"] == "前" else 1
        return DateMention(start, end, None, relative=("previous_month", sign * n), kind=kind)
    if kind == "es_dmy":
        month, day = MONTHS_ES[groups["m"]], int(groups["d"])
        return DateMention(start, end, year, month, day, kind=kind) \
            if _valid(year, month, day) else None
    if kind == "es_my":
        qualifier = QUALIFIERS_ES.get(groups["qual"] or "")
        return DateMention(start, end, year, MONTHS_ES[groups["m"]], qualifier=qualifier,
                           kind=kind) if _valid(year, None, None) else None
    if kind == "es_qual_y":
        return DateMention(start, end, year, qualifier=QUALIFIERS_ES[groups["qual"]],
                           kind=kind) if _valid(year, None, None) else None
    if kind == "es_q":
        return DateMention(start, end, year, qualifier=QUARTERS[groups["q"]], kind=kind)
    if kind == "es_y":
        y_start = m.start("y")
        return DateMention(y_start, m.end("y"), year, kind=kind) if _valid(year, None, None) \
            else None
    if kind == "es_last_year":
        return DateMention(start, end, None, relative=("previous", -1), kind=kind)
    return None


def resolve(mentions: list[DateMention], publication_year: int | None) -> list[DateMention]:
    """Fill missing years (and months) the way HeidelTime does for narratives.

    A year-less date takes the year of the last *explicit* date earlier in the article
    (month-precision ones first, so "12月份" after "2020年8月26日 … 2007年" is 2020-12),
    else the publication year, else the latest year the article mentions anywhere. Relatives
    resolve against the last explicit date (一年后, el año pasado) or the publication date
    (去年); where there is no anchor they are dropped.
    """
    explicit = [d for d in mentions if d.year is not None and not d.relative]
    latest_year = max((d.year for d in explicit), default=None)
    resolved: list[DateMention] = []
    for mention in mentions:
        if mention.year is not None:
            resolved.append(mention)
            continue
        earlier = [d for d in explicit if d.start < mention.start]
        earlier_fine = [d for d in earlier if d.month]
        if mention.relative:
            placed = _resolve_relative(mention, earlier, earlier_fine, publication_year)
            if placed is not None:
                resolved.append(placed)
            continue
        anchor_year = (earlier_fine[-1].year if earlier_fine and (mention.month or mention.day)
                       else earlier[-1].year if earlier else publication_year or latest_year)
        if anchor_year is None:
            continue
        month = mention.month
        if mention.day and not month:
            previous_with_month = [d for d in resolved if d.month and d.start < mention.start]
            if not previous_with_month:
                continue
            month = previous_with_month[-1].month
            anchor_year = previous_with_month[-1].year
        resolved.append(replace(mention, year=anchor_year, month=month, inferred=True))
    return resolved


def _resolve_relative(mention, earlier, earlier_fine, publication_year):
    anchor, shift = mention.relative
    if anchor == "publication":
        if publication_year is None:
            return None
        return replace(mention, year=publication_year + shift, inferred=True, relative=None)
    if anchor == "previous_month":
        if not earlier:
            return None
        base = earlier[-1]
        return replace(mention, year=base.year + shift, month=base.month, inferred=True,
                       relative=None)
    if not earlier:
        return None
    return replace(mention, year=earlier[-1].year + shift, inferred=True, relative=None)
