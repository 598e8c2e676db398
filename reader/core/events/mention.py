"""A date mention (what was written, where, and its resolved value) and the checks the
language parsers share; a module of its own so dates_es/dates_zh need not import dates."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "o": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
QUALIFIER_MONTH = {"start": 1, "mid": 6, "end": 12, "H1": 1, "H2": 7, "Q1": 1, "Q2": 4,
                   "Q3": 7, "Q4": 10}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    qualifier: str | None = None
    inferred: bool = False
    kind: str = ""
    # Unresolved parts, filled by the language rules and consumed by ``resolve``:
    relative: tuple[str, int, str] | None = None  # (unit, shift, "deictic"|"anaphoric")
    weekday: int | None = None                    # 0 = Monday, with a week relative
    holiday: str | None = None                    # key in holidays.HOLIDAYS
    lunar: bool = False                           # month/day are lunar
    two_digit_year: bool = False
    week: bool = False                            # the value is the ISO week of the day
    until: "DateMention | None" = field(default=None, compare=False)

    @property
    def precision(self) -> str:
        if self.week:
            return "week"
        return "day" if self.day else "month" if self.month else "year"

    @property
    def value(self) -> str:
        if self.year is None:
            return ""
        if self.week and self.month and self.day:
            iso = date(self.year, self.month, self.day).isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}"
        if self.day and self.month:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    @property
    def value_end(self) -> str | None:
        """ISO value of the last day/month/year of a range or list, else None."""
        return self.until.value if self.until is not None and self.until.year else None

    def sort_key(self) -> tuple:
        """Partial dates sit where they most plausibly fall: 2019 → start of 2019,
        2019 end → December, 2019 Q3 → July, 2019-05 → May before 2019-05-22."""
        month = self.month or QUALIFIER_MONTH.get(self.qualifier or "", 0)
        return (self.year or 0, month, self.day or 0, self.start)


def parse_cn_number(text: str) -> int | None:
    """Arabic or Chinese numerals: 12, 十二, 二十八, 一九八七, 二〇一九 (digit by digit)."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text:
        return None
    if "十" in text:
        tens, _, units = text.partition("十")
        if (tens and tens not in CN_DIGITS) or (units and units not in CN_DIGITS):
            return None
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[units] if units else 0)
    if all(ch in CN_DIGITS for ch in text):
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    return None


def valid(year: int | None, month: int | None, day: int | None,
          earliest: int = 1800) -> bool:
    if year is not None and not earliest <= year <= 2100:
        return False
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None:
        if not 1 <= day <= 31:
            return False
        if month is not None:
            try:
                date(year if year is not None else 2000, month, day)  # 2000: leap year
            except ValueError:
                return False
    return True
