"""Holidays by name: fixed ones by month and day, lunar ones through ``lunardate``.

Names are in folded form (simplified Chinese, lower-case Spanish without accents). Lunar dates
(春节 = lunar 1-1, 中秋 = 8-15…) are converted with lunardate, a small pure-Python table of
1900–2099 (see docs/decisions.md); outside that range a lunar holiday has no date.
"""
from __future__ import annotations

from datetime import date, timedelta

# key: (calendar, month, day); day 0 with "lunar_eve" means the last day of the lunar year.
HOLIDAYS: dict[str, tuple[str, int, int]] = {
    "new_year": ("solar", 1, 1), "womens_day": ("solar", 3, 8), "april_fools": ("solar", 4, 1),
    "labour_day": ("solar", 5, 1), "childrens_day": ("solar", 6, 1), "army_day": ("solar", 8, 1),
    "national_day": ("solar", 10, 1), "christmas_eve": ("solar", 12, 24),
    "christmas": ("solar", 12, 25), "new_years_eve": ("solar", 12, 31),
    "valentine": ("solar", 2, 14), "consumer_day": ("solar", 3, 15),
    "halloween": ("solar", 10, 31), "singles_day": ("solar", 11, 11),
    "epiphany": ("solar", 1, 6), "all_saints": ("solar", 11, 1), "all_souls": ("solar", 11, 2),
    "hispanic_day": ("solar", 10, 12),
    "spring_festival": ("lunar", 1, 1), "lantern": ("lunar", 1, 15),
    "dragon_boat": ("lunar", 5, 5), "qixi": ("lunar", 7, 7), "mid_autumn": ("lunar", 8, 15),
    "double_ninth": ("lunar", 9, 9), "laba": ("lunar", 12, 8), "lunar_eve": ("lunar_eve", 0, 0),
}

ZH_NAMES: dict[str, str] = {
    "元旦节": "new_year", "元旦": "new_year", "阳历新年": "new_year", "妇女节": "womens_day",
    "三八妇女节": "womens_day", "愚人节": "april_fools", "五一国际劳动节": "labour_day",
    "五一劳动节": "labour_day", "劳动节": "labour_day", "国际儿童节": "childrens_day",
    "六一儿童节": "childrens_day", "儿童节": "childrens_day", "八一建军节": "army_day",
    "建军节": "army_day", "国庆节": "national_day", "国庆": "national_day",
    "平安夜": "christmas_eve", "圣诞节": "christmas", "圣诞": "christmas",
    "情人节": "valentine", "万圣节": "halloween", "双十一": "singles_day",
    "双11": "singles_day", "春节": "spring_festival", "农历新年": "spring_festival",
    "大年初一": "spring_festival", "元宵节": "lantern", "元宵": "lantern",
    "端午节": "dragon_boat", "端午": "dragon_boat", "七夕节": "qixi", "七夕": "qixi",
    "中秋节": "mid_autumn", "中秋": "mid_autumn", "重阳节": "double_ninth",
    "腊八节": "laba", "除夕": "lunar_eve", "大年三十": "lunar_eve",
}
ES_NAMES: dict[str, str] = {
    "navidad": "christmas", "nochebuena": "christmas_eve", "nochevieja": "new_years_eve",
    "ano nuevo chino": "spring_festival", "ano nuevo lunar": "spring_festival",
    "fiesta de la primavera": "spring_festival", "ano nuevo": "new_year",
    "dia de reyes": "epiphany", "dia de los reyes magos": "epiphany",
    "dia de san valentin": "valentine", "san valentin": "valentine",
    "dia de todos los santos": "all_saints", "dia de muertos": "all_souls",
    "dia de los muertos": "all_souls", "dia de la hispanidad": "hispanic_day",
    "dia del trabajador": "labour_day", "dia del trabajo": "labour_day",
    "fiesta del medio otono": "mid_autumn", "festival del medio otono": "mid_autumn",
    "festival del bote del dragon": "dragon_boat", "dia de los solteros": "singles_day",
}


def key_for(name: str) -> str | None:
    return ZH_NAMES.get(name) or ES_NAMES.get(name)


def date_of(key: str, year: int) -> date | None:
    """The Gregorian day of a holiday in a (Gregorian) year; lunar holidays use the lunar
    year that starts in it, so 春节 2014 is 2014-01-31 and 除夕 is the eve of that 春节."""
    calendar, month, day = HOLIDAYS[key]
    if calendar == "solar":
        return date(year, month, day)
    if calendar == "lunar_eve":
        new_year = lunar_to_solar(year, 1, 1)
        return new_year - timedelta(days=1) if new_year else None
    return lunar_to_solar(year, month, day)


def lunar_to_solar(year: int, month: int, day: int) -> date | None:
    from lunardate import LunarDate

    try:
        return LunarDate(year, month, day).to_solar_date()
    except ValueError:
        return None


def lunar_month_span(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a lunar month (农历十月 of 2019 → Oct 28 – Nov 25)."""
    first = lunar_to_solar(year, month, 1)
    if first is None:
        return None
    following = lunar_to_solar(year + (month == 12), month % 12 + 1, 1)
    return (first, following - timedelta(days=1)) if following else None
