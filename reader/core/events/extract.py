"""Events: dated happenings in articles, on one timeline.

An event is the sentence holding a resolved date (the strong simple baseline of timeline
summarisation): its span, a short label (the sentence without the date, trimmed to its
core) and the actors it names. Actors come from the corpus itself — quoted names
(「」“”《》), Latin proper names, and Chinese strings recurring across articles — no model.
The same date for the same happening twice in one article is one event with two mentions.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

import bisect

from reader.core.events.dates import DateMention
from reader.core.events.resolve import read_dates
from reader.core.text.folding import fold
from reader.core.text.hanzi import HAN

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”」』\"]?|\n|(?<=[a-z0-9)\"”])\.(?=\s|$)")
# Clause edges: Chinese commas and colons; a Latin comma only before a space (44,2% stays).
_CLAUSE_EDGE = re.compile(r"[，；：]|[;:](?=\s)|(?<!\d),|,(?!\d)")
_OPENERS = {"el", "en", "a", "desde", "hasta", "durante", "ya el", "早在", "到了", "在", "于",
            "从", "自"}
_QUOTED = re.compile(r"「([^「」\n]{2,12})」|“([^“”\n]{2,12})”|《([^《》\n]{2,24})》"
                     r'|"([^"\n]{2,16})"')
_LATIN_NAME = re.compile(r"(?<![\w.])([A-ZÀ-Þ][A-Za-zÀ-ÿ0-9]*(?:\.[A-Z]+)?"
                         r"(?:[ -][A-ZÀ-Þ][A-Za-zÀ-ÿ0-9]+)*)")
_STOP_CHARS = set("的了是在和与及或也都而但就这那我你他她它们个上下中不有为以于对从到把被让给"
                  "很更最又还再已只其此之所如将会能要可该每各些么吗呢吧啊")
# Common words that recur in every article without naming anyone (folded, simplified).
_COMMON_WORDS = set("""使用 用户 平台 商家 企业 产品 发展 进行 通过 可以 已经 没有 自己 目前 市场 问题
时候 时间 方式 公司 行业 服务 功能 模式 能力 需要 一个 一些 这些 那些 因为 所以 但是 如果 就是 还是
以及 而且 其实 开始 成为 表示 认为 显示 数据 信息 内容 方面 作为 之后 之前 其中 同时 很多 更多 卖家
买家 客户 流量 电商 社交 文章 工具 软件 系统 管理 运营 营销 推广 品牌 商品 交易 增长 规则 官方""".split())
_LEADING = re.compile(r"^[\s，,。.、：:；;）)\]”」』'\"—-]+|^(?:y|e|en|el|la|los|las|de|del)\s+",
                      re.IGNORECASE)
MAX_LABEL_ZH = 40
MAX_LABEL_ES = 80
MAX_ACTORS = 6


@dataclass
class Event:
    article: str
    path: str
    date: DateMention
    sentence_start: int
    sentence_end: int
    sentence: str
    label: str
    actors: list[str]
    mentions: list[tuple[int, int]] = field(default_factory=list)  # date spans
    # Articles reporting the same happening (filled by timeline.merge_reports): the first
    # is this event's own; each is {"id", "path", "start", "end", "sentence"}.
    sources: list[dict] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # script → label, precomputed

    def label_in(self, script: str) -> str:
        return self.labels.get(script, self.label)

    def sort_key(self) -> tuple:
        return self.date.sort_key() + (self.path,)

    def to_json(self) -> dict:
        return {"id": self.article, "path": self.path, "date": self.date.value,
                "precision": self.date.precision, "qualifier": self.date.qualifier,
                "inferred": self.date.inferred, "start": self.date.start, "end": self.date.end,
                "sentence_start": self.sentence_start, "sentence_end": self.sentence_end,
                "sentence": self.sentence, "label": self.label, "actors": self.actors,
                "date_end": self.date.value_end,
                "sources": [{"id": s["id"], "start": s["start"], "end": s["end"],
                             "sentence": s["sentence"]} for s in self.sources]
                or [{"id": self.article, "start": self.sentence_start,
                     "end": self.sentence_end, "sentence": self.sentence}]}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class ActorLexicon:
    """Names found in the corpus; matched on folded text, shown in the article's script."""

    def __init__(self, names: Iterable[str] = ()):
        self.names = sorted({fold(n) for n in names if len(n.strip()) >= 2},
                            key=lambda n: (-len(n), n))
        self._pattern = re.compile("|".join(re.escape(n) for n in self.names)) \
            if self.names else None

    @classmethod
    def from_texts(cls, texts: Iterable[str], sample: int = 400) -> "ActorLexicon":
        names: set[str] = set()
        han_documents: Counter = Counter()
        han_total: Counter = Counter()
        for number, text in enumerate(texts):
            names.update(quoted_names(text))
            names.update(latin_names(text))
            if number < sample:  # recurring Chinese strings: document frequency on a sample
                grams = _han_ngrams(fold(text))
                han_total.update(grams)
                han_documents.update(set(grams))
        # Two-character strings recurring across articles are mostly common words (用户,
        # 平台); such names come in through quotes instead.
        recurring = [g for g, df in han_documents.items()
                     if len(g) >= 3 and df >= 3 and han_total[g] >= 6 and g not in _COMMON_WORDS]
        # Keep maximal strings: 阿里巴 goes when 阿里巴巴 is as widespread.
        maximal = [g for g in recurring
                   if not any(g != other and g in other and han_documents[other] >=
                              han_documents[g] * 0.8 for other in recurring)]
        names.update(maximal)
        return cls(names)

    def find(self, text: str) -> list[str]:
        if self._pattern is None:
            return []
        folded = fold(text)
        found: list[str] = []
        seen: set[str] = set()
        for m in self._pattern.finditer(folded):
            key = m.group()
            if key not in seen:
                seen.add(key)
                found.append(text[m.start():m.end()])
        return found[:MAX_ACTORS]


def quoted_names(text: str) -> set[str]:
    result = set()
    for m in _QUOTED.finditer(text):
        name = next(g for g in m.groups() if g)
        if not re.search(r"[。，,！？!?：:]", name) and len(name.split()) <= 4:
            result.add(name.strip())
    return result


def latin_names(text: str) -> set[str]:
    """Capitalised Latin words that are not just sentence openers: seen after a lower-case
    word or inside Chinese text, or written in capitals (APP, JD.COM)."""
    result = set()
    for m in _LATIN_NAME.finditer(text):
        name = m.group(1)
        before = text[max(0, m.start() - 2):m.start()]
        sentence_start = not before.strip() or before.strip()[-1:] in ".!?¿¡\"“"
        if len(name) >= 3 and (not sentence_start or name.isupper() or HAN.search(before)):
            result.add(name)
    return result


def _han_ngrams(folded: str) -> list[str]:
    grams = []
    for run in re.findall(f"[{HAN.pattern[1:-1]}]+", folded):
        for n in (2, 3, 4):
            for i in range(len(run) - n + 1):
                gram = run[i:i + n]
                if not (_STOP_CHARS & set(gram)):
                    grams.append(gram)
    return grams


def label_for(sentence: str, date_start: int, date_end: int, chinese: bool) -> str:
    """The clause holding the date, trimmed to its core: a date that opens the clause is
    dropped (the timeline shows it), a clause that is nothing but the date borrows the
    clauses after it, and the result is cut at a clause edge near the length limit."""
    limit = MAX_LABEL_ZH if chinese else MAX_LABEL_ES
    edges = [0] + [m.end() for m in _CLAUSE_EDGE.finditer(sentence)] + [len(sentence) + 1]
    index = max(i for i, edge in enumerate(edges[:-1]) if edge <= date_start)
    clause_start = edges[index]
    label = sentence[clause_start:edges[index + 1] - 1 if index + 1 < len(edges) - 1
                     else len(sentence)]
    date_text = sentence[date_start:date_end]
    opener = sentence[clause_start:date_start].strip(" ,，、").lower()
    if not opener or opener in _OPENERS:
        label = sentence[date_end:edges[index + 1] - 1 if index + 1 < len(edges) - 1
                         else len(sentence)]
    following = index + 1
    while len(_core(label.replace(date_text, ""))) < 6 and following < len(edges) - 1:
        next_end = edges[following + 1] - 1 if following + 1 < len(edges) - 1 else len(sentence)
        label = label + sentence[edges[following] - 1:next_end]
        following += 1
    label = _core(label)
    if len(label) <= limit:
        return label
    cut = max((m.start() for m in _CLAUSE_EDGE.finditer(label, 0, limit)), default=0)
    return (label[:cut] if cut >= limit // 2 else label[:limit]).rstrip("，,、 ") + "…"


def _core(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    for _ in range(3):
        text = _LEADING.sub("", text)
    return text.rstrip("。.!！?？;；,，、 ")


def extract_events(article: str, path: str, text: str, publication_date: str | None,
                   lexicon: ActorLexicon) -> list[Event]:
    mentions = read_dates(text, publication_date)
    if not mentions:
        return []
    sentences = sentence_spans(text)
    sentence_starts = [s for s, _ in sentences]
    chinese = bool(HAN.search(text[:2000]))
    events: list[Event] = []
    by_date: dict[tuple, list[int]] = {}  # (value, qualifier) → indexes into events
    for mention in mentions:
        index = bisect.bisect_right(sentence_starts, mention.start) - 1
        s_start, s_end = sentences[index] if index >= 0 and \
            sentences[index][0] <= mention.start < sentences[index][1] \
            else (mention.start, mention.end)
        sentence = text[s_start:s_end]
        event = Event(article, path, mention, s_start, s_end, sentence,
                      label_for(sentence, mention.start - s_start, mention.end - s_start,
                                chinese),
                      lexicon.find(sentence), [(mention.start, mention.end)])
        same_date = by_date.setdefault((mention.value, mention.qualifier), [])
        # The last few with this date suffice (reports repeat a date close by): keeps it linear.
        twin = next((i for i in same_date[-8:] if _same_happening(events[i], event, text)),
                    None)
        if twin is None:
            same_date.append(len(events))
            events.append(event)
        elif events[twin].date.inferred and not mention.inferred:
            # An explicit mention is the better anchor: it leads, the other stays a mention.
            event.mentions = events[twin].mentions + event.mentions
            events[twin] = event
        else:
            events[twin].mentions.append((mention.start, mention.end))
    return events


def _same_happening(a: Event, b: Event, text: str) -> bool:
    """Same date and the same paragraph; or the same day naming the same actor (a report
    repeating "9月12日 … 淘小鋪" later). A year alone is too coarse to merge on actors."""
    if (a.date.value, a.date.qualifier) != (b.date.value, b.date.qualifier):
        return False
    if text.find("\n", a.sentence_end, b.sentence_start) == -1:
        return True
    return a.date.precision == "day" and bool(set(map(fold, a.actors)) &
                                              set(map(fold, b.actors)))


def sort_events(events: list[Event]) -> list[Event]:
    return sorted(events, key=Event.sort_key)
