"""Amounts and percentages as values, so that ``72,1 millones``, ``7210万`` and
``72.100.000`` are one anchor, and ``35%``, ``35 %`` and ``百分之三十五`` another.

Years are dates, not numbers (they anchor through the events), and a bare number below ten
anchors nothing: both are too common to say that two passages speak of the same thing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.events.dates import parse_cn_number

_MULTIPLIERS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000,
                "千": 1_000, "百万": 1_000_000, "百萬": 1_000_000, "千万": 10_000_000,
                "千萬": 10_000_000, "mil": 1_000, "millón": 1_000_000, "millones": 1_000_000,
                "millon": 1_000_000, "mil millones": 1_000_000_000,
                "billón": 1_000_000_000_000, "billones": 1_000_000_000_000}
_UNIT = "|".join(sorted(map(re.escape, _MULTIPLIERS), key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?<![0-9A-Za-z.,])(\d{{1,3}}(?:[.,]\d{{3}})+|\d+(?:[.,]\d+)?)\s*(?:({_UNIT})(?![a-zà-ÿ]))?"
    r"\s*(%|％|por ciento)?", re.IGNORECASE)
_CN_PERCENT = re.compile(r"百分之([零〇一二两三四五六七八九十百点點]+)")
MIN_VALUE = 10


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    value: float
    percent: bool

    @property
    def key(self) -> str:
        return f"{'%' if self.percent else '#'}{self.value:g}"


def _to_float(digits: str) -> float:
    """Both conventions: 72,1 / 72.1 are decimals; 140.000 / 140,000 group thousands."""
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        return float(re.sub(r"[.,]", "", digits))
    return float(digits.replace(",", "."))


def find_numbers(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for match in _NUMBER.finditer(text):
        digits, unit, percent = match.groups()
        value = _to_float(digits)
        if unit:
            value *= _MULTIPLIERS[unit.lower()]
        after = text[match.end():match.end() + 1]
        if not unit and not percent and (value < MIN_VALUE or _looks_like_year(value, after)):
            continue
        end = match.end() if (unit or percent) else match.start(1) + len(digits)
        found.append(NumberMention(match.start(), end, round(value, 6), bool(percent)))
    for match in _CN_PERCENT.finditer(text):
        value = parse_cn_number(match.group(1))
        if value is not None:
            found.append(NumberMention(match.start(), match.end(), float(value), True))
    return sorted(found, key=lambda n: n.start)


def _looks_like_year(value: float, after: str) -> bool:
    return value.is_integer() and 1800 <= value <= 2100 or bool(after) and after in "年月日号號"
