"""Chinese date rules (run on folded, i.e. simplified and lower-case, text).

Each rule is (kind, pattern, interpret); interpret turns a match into an unresolved
``DateMention`` or None. Order matters: a span taken by an earlier rule is not read again,
so specific forms (ranges' parts, full dates, compounds such as 今年3月) come first.
"""
from __future__ import annotations

import re

from reader.core.events import holidays
from reader.core.events.mention import DateMention, parse_cn_number, valid

CN = "〇零○一二两三四五六七八九十"
NUM = rf"\d{{1,2}}|[{CN}]{{1,3}}"
NOT_NUM_BEFORE = rf"(?<![\d{CN}.])"
YEAR = rf"(?P<y>(?:1[89]|20)\d{{2}}|[{CN[:-1]}]{{4}})"
# A day written without 日/号 counts only where nothing can follow it but a pause or a range.
DAY_END = r"(?:\s*[日号]|(?=\s*(?:[至到\-~—–－〜、和与及]|$|[，,。\s；;！!？?）)」”])))"
PART_MONTH = {"初": "start", "头": "start", "上旬": "start", "中": "mid", "中旬": "mid",
              "底": "end", "末": "end", "尾": "end", "下旬": "end"}
PART_YEAR = {"初": "start", "头": "start", "中": "mid", "底": "end", "末": "end", "尾": "end",
             "上半年": "H1", "下半年": "H2"}
QUARTER = {"一": "Q1", "二": "Q2", "三": "Q3", "四": "Q4", "1": "Q1", "2": "Q2", "3": "Q3",
           "4": "Q4"}
MONTH_PART = r"(?P<part>上旬|中旬|下旬|初|底|末|中(?![国文心外方部间央断东西])|头|尾)?"
YEAR_PART = (r"(?:的)?(?P<ypart>第?[一二三四1-4]季度|上半年|下半年|年?初|年中|年?底|年?末"
             r"|年?头|年?尾)")
REL_YEAR = {"今年": ("year", 0, "deictic"), "本年": ("year", 0, "deictic"),
            "这一年": ("year", 0, "anaphoric"), "这年": ("year", 0, "anaphoric"),
            "去年": ("year", -1, "deictic"), "上年": ("year", -1, "deictic"),
            "前年": ("year", -2, "deictic"), "明年": ("year", 1, "deictic"),
            "下年": ("year", 1, "deictic"), "后年": ("year", 2, "deictic"),
            "同年": ("year", 0, "anaphoric"), "次年": ("year", 1, "anaphoric"),
            "翌年": ("year", 1, "anaphoric")}
REL_DAY = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "前日": -2, "大前天": -3,
           "明天": 1, "明日": 1, "后天": 2, "大后天": 3}
WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
UNIT = {"天": "day", "日": "day", "周": "week", "星期": "week", "礼拜": "week", "月": "month",
        "年": "year"}


def _part(token: str | None, table: dict) -> str | None:
    if not token:
        return None
    token = token.removeprefix("第")
    if token.endswith("季度"):
        return QUARTER.get(token[0])
    return table.get(token) or table.get(token.removeprefix("年"))


def _num(text: str | None) -> int | None:
    return parse_cn_number(text) if text else None


def _lunar_month(token: str) -> int | None:
    return {"正": 1, "腊": 12, "冬": 11}.get(token) or _num(token.removeprefix("闰"))


def _lunar_day(token: str | None) -> int | None:
    if not token:
        return None
    return _num(token[1:]) if token.startswith("初") else _num(token)


def _interpret(kind: str, m: re.Match, folded: str, chinese: bool) -> DateMention | None:
    g = m.groupdict()
    start, end = m.span()
    two_digit = kind == "yy"
    year = _num(g.get("y"))
    month = _num(g.get("m"))
    day = _num(g.get("d"))
    if kind == "lunar":
        month, day = _lunar_month(g["m"]), _lunar_day(g.get("d"))
        if month is None or not valid(year, month, day):
            return None
        return DateMention(start, end, year, month, day, kind=kind, lunar=True)
    if kind == "holiday":
        key = holidays.key_for(g["h"])
        relative = REL_YEAR.get(g.get("ry") or "")
        return DateMention(start, end, year, kind=kind, holiday=key, relative=relative)
    if kind == "iso" and not valid(year, month, day):
        return None
    if kind == "month_range":
        first, last = _num(g["m1"]), _num(g["m2"])
        if not valid(None, first, None) or not valid(None, last, None):
            return None
        until = DateMention(m.start("m2"), end, None, last, kind="m")
        return DateMention(start, end, None, first, kind=kind, until=until)
    qualifier = _part(g.get("part"), PART_MONTH) if g.get("part") else \
        _part(g.get("ypart"), PART_YEAR)
    if g.get("q"):
        qualifier = QUARTER[g["q"]]
    relative = None
    if g.get("ry"):
        relative = REL_YEAR[g["ry"]]
    elif g.get("rm"):
        word = g["rm"]
        shift = -1 if word.startswith("上") else 1 if word.startswith(("下", "次")) else 0
        relative = ("month", shift, "anaphoric" if word in ("当月", "同月") else "deictic")
    elif g.get("rw"):
        word = g["rw"]
        shift = -word.count("上") or word.count("下")
        relative = ("week", shift, "deictic")
    elif g.get("rd"):
        relative = ("day", REL_DAY[g["rd"]], "deictic")
    elif g.get("unit"):
        n = _num(g["n"])
        unit = UNIT[g["unit"].removeprefix("个")]
        if n is None or n == 0 or (unit == "year" and n % 10 == 0):
            return None  # 20年前, 三十年后: round decades are approximations, not dates
        back = g["dir"] in ("前", "之前", "以前")
        # "N years ago" counts from now; "N years later" from the story's last date.
        relative = (unit, -n if back else n, "deictic" if back else "anaphoric")
    elif kind == "month_edge":
        relative = ("month", 0, "deictic")
        qualifier = PART_MONTH[g["edge"]]
    elif kind == "year_edge":
        relative = ("year", 0, "deictic")
        qualifier = PART_YEAR[g["edge"]]
    weekday = WEEKDAY.get(g.get("wd") or "")
    if not valid(None if two_digit else year, month, day):
        return None
    if kind == "ym" and month is None and qualifier is None:
        return None
    return DateMention(start, end, year, month, day, qualifier=qualifier, kind=kind,
                       relative=relative, weekday=weekday, two_digit_year=two_digit,
                       week=kind == "rel_week" and weekday is None)


_HOLIDAY = "|".join(sorted(holidays.ZH_NAMES, key=len, reverse=True))
_PATTERNS = [
    ("lunar", rf"(?:{YEAR}\s*年\s*)?(?:农历|阴历|旧历)\s*(?P<m>正|腊|冬|闰?(?:{NUM}))\s*月"
              rf"(?:\s*(?P<d>初[一二三四五六七八九十]|{NUM})\s*[日号]?)?"
              rf"|(?<![{CN}\d])(?P<m2>正|腊)月(?:(?P<d2>初[一二三四五六七八九十]|{NUM})[日号]?)?"),
    ("holiday", rf"(?:(?:{YEAR}\s*年|(?P<ry>今年|去年|明年))\s*的?\s*)?(?P<h>{_HOLIDAY})"),
    ("ymd", rf"{NOT_NUM_BEFORE}{YEAR}\s*年\s*(?P<m>{NUM})\s*月\s*(?P<d>{NUM}){DAY_END}"),
    ("ym", rf"{NOT_NUM_BEFORE}{YEAR}\s*年\s*(?:(?P<m>{NUM})\s*月(?:份)?{MONTH_PART}|{YEAR_PART})"),
    ("yy", rf"(?<![\d{CN}.])(?P<y>\d{{2}})\s*年\s*(?:(?P<m>{NUM})\s*月(?:\s*(?P<d>{NUM})\s*[日号])?"
           rf"|(?P<ypart>底|初|末))"),
    ("y", rf"{NOT_NUM_BEFORE}{YEAR}\s*年(?![代级龄度])"),
    ("rel_year", r"(?P<ry>今年|本年|去年|上年|前年|明年|下年|后年|这一年|这年|同年|次年|翌年)"
                 rf"(?!同期|同比)\s*(?:的\s*)?(?:(?P<m>{NUM})\s*月(?:份)?(?:\s*(?P<d>{NUM}){DAY_END})?"
                 rf"{MONTH_PART}|(?P<ypart>第?[一二三四1-4]季度|上半年|下半年|年?初|年中|年?底|年?末"
                 r"|年头|年尾))?"),
    ("rel_month", rf"(?P<rm>上个?月|下个?月|本月|这个月|当月|次月|同月)"
                  rf"(?:\s*(?P<d>{NUM})\s*[日号]|{MONTH_PART})"),
    ("rel_week", r"(?P<rw>上上个?(?:周|星期|礼拜)|上个?(?:周|星期|礼拜)|下下个?(?:周|星期|礼拜)"
                 r"|下个?(?:周|星期|礼拜)|本周|这个?(?:周|星期|礼拜)|这一(?:周|礼拜))"
                 r"(?:(?P<wd>[一二三四五六日天])|(?![末]))"),
    # 今天 before 还/也/的/是/或许/a comma is "nowadays" (今天还在…, 今天,X不缺…), not a day.
    ("rel_day", r"(?P<rd>大前天|大后天|今天(?![还也的是或都仍就,，])|今日|昨天|昨日|前天|明天|明日|后天|(?<![提之以])前日(?!期))"),
    ("rel_n", rf"(?<![\d{CN}第])(?P<n>{NUM})\s*(?P<unit>天|日|个?(?:星期|礼拜)|周|个月|年)\s*"
              r"(?P<dir>之前|以前|之后|以后|前|后)"),
    ("month_edge", rf"(?<![\d{CN}个本上下当这每同次])月(?P<edge>初|底|末|中旬|上旬|下旬|头|尾)"),
    ("year_edge", rf"(?<![\d{CN}个本上下当这每同次今去明前后])年(?P<edge>初|底|末|头|尾)(?![\d])"),
    ("q", rf"(?<![\d{CN}])(?:第)?(?P<q>[一二三四1-4])季度"),
    ("month_range", rf"{NOT_NUM_BEFORE}(?P<m1>{NUM})\s*(?:月\s*)?[至到\-~]\s*(?P<m2>{NUM})\s*月"
                    r"(?!\s*[\d" + CN + r"])"),
    ("md", rf"(?<![\d年个{CN}])(?P<m>{NUM})\s*月\s*(?P<d>{NUM}){DAY_END}"),
    ("m", rf"(?<![\d年个{CN}])(?P<m>\d{{1,2}}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?"
          rf"{MONTH_PART}(?![\d{CN}]|[日号薪活度])"),
    ("d", rf"(?<![\d月{CN}])(?P<d>\d{{1,2}})\s*日(?=起|前|后|晚|上午|下午)"),
]


def _normalise(kind, m, folded, chinese):
    """Alternative groups (…2) stand for the main ones."""
    if kind in ("m", "md", "d") and is_recurring(folded, m.start()):
        return None
    if m.groupdict().get("y2") or m.groupdict().get("m2") and kind in ("lunar", "iso"):
        m = _Renamed(m)
    return _interpret(kind, m, folded, chinese)


class _Renamed:
    """A match seen through its second alternative's groups (y2 → y, m2 → m, d2 → d)."""

    def __init__(self, m: re.Match):
        self._m = m

    def groupdict(self):
        g = self._m.groupdict()
        return {k: g.get(k + "2") or g.get(k) for k in ("y", "m", "d")} | {
            k: v for k, v in g.items() if k not in ("y", "m", "d") and not k.endswith("2")}

    def span(self, *args):
        return self._m.span(*args)

    def start(self, *args):
        return self._m.start(*args)


RULES = [(kind, re.compile(pattern), _normalise) for kind, pattern in _PATTERNS]
# The trigger words (see dates.candidate_segments) without which a rule cannot match.
_ANY_UNIT = set("天日周期拜月年")
NEEDS: dict[str, set[str]] = {
    "lunar": {"月"}, "holiday": set("节旦庆诞夕宵午秋阳年夜双") | {"digit"},
    "ymd": {"年"}, "ym": {"年"}, "yy": {"年"}, "y": {"年"}, "rel_year": {"年"},
    "year_edge": {"年"}, "rel_month": {"月"}, "rel_week": set("周期拜"),
    "rel_day": set("天日"), "rel_n": _ANY_UNIT, "month_edge": {"月"}, "month_range": {"月"},
    "md": {"月"}, "m": {"月"}, "q": {"季"}, "d": {"日"},
}
_RECURRING = re.compile(r"每[年月周天个][^。，,；;!?！？]{0,10}$")


def is_recurring(folded: str, start: int) -> bool:
    """每年的9月和3月: a recurring time, not a date."""
    return bool(_RECURRING.search(folded, max(0, start - 12), start))


_CONNECTOR = re.compile(r"\s*(?:至|到|-|~|—|–|－|〜|～|和|与|、|及)\s*")
_ELLIPTIC_DAY = re.compile(rf"(?P<d>{NUM}){DAY_END}")
_LINKABLE = {"ymd", "md", "ym", "m", "y", "iso", "yy", "d"}


def link_ranges(mentions: list[DateMention], folded: str) -> list[DateMention]:
    """2017年8月11日至8月22日, 6月12号到7月3号, 8月15日和16日, 2019年-2020年: one mention
    from the first to the last (a list keeps both ends too)."""
    result: list[DateMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        i += 1
        if first.kind not in _LINKABLE or first.until is not None:
            result.append(first)
            continue
        last = None
        connector = _CONNECTOR.match(folded, first.end)
        if connector:
            following = mentions[i] if i < len(mentions) else None
            if (following is not None and following.start == connector.end()
                    and following.kind in _LINKABLE and following.precision != "year"
                    or following is not None and following.start == connector.end()
                    and following.kind == "y" == first.kind):
                last = following
                i += 1
            elif first.day:
                elliptic = _ELLIPTIC_DAY.match(folded, connector.end())
                day = _num(elliptic["d"]) if elliptic else None
                if day and valid(None, None, day) and day > first.day:
                    last = DateMention(elliptic.start(), elliptic.end(), None, None, day,
                                       kind="d")
        if last is None:
            result.append(first)
        else:
            result.append(DateMention(first.start, last.end, first.year, first.month,
                                      first.day, first.qualifier, kind=first.kind,
                                      two_digit_year=first.two_digit_year, until=last))
    return result
