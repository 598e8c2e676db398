"""Events: dated happenings in articles, on one timeline.

An event is the sentence holding a resolved date (the strong simple baseline of timeline
summarisation): its span, a short label (the sentence without the date, trimmed to its
core) and the actors it names (``actors.ActorLexicon``). Dates come from ``resolve.read_dates``.
The same date for the same happening twice in one article is one event with two mentions;
across articles, ``timeline.merge_reports`` makes one entry per happening.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from reader.core.events.actors import ActorLexicon  # noqa: F401  (re-exported)
from reader.core.events.dates import DateMention
from reader.core.events.resolve import read_dates
from reader.core.text.folding import fold
from reader.core.text.hanzi import HAN

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”」』\"]?|\n|(?<=[a-z0-9)\"”])\.(?=\s|$)")
# Clause edges: Chinese commas and colons; a Latin comma only before a space (44,2% stays).
_CLAUSE_EDGE = re.compile(r"[，；：]|[;:](?=\s)|(?<!\d),|,(?!\d)")
_OPENERS = {"el", "en", "a", "desde", "hasta", "durante", "ya el", "早在", "到了", "在", "于",
            "从", "自"}
_LEADING = re.compile(r"^[\s，,。.、：:；;）)\]”」』'\"—-]+|^(?:y|e|en|el|la|los|las|de|del)\s+",
                      re.IGNORECASE)
# What a dropped date leaves behind (2021年1月1日起正式… → 正式…): particles bound to the date.
_DATE_PARTICLE = re.compile(r"^(?:起|以来|之前|之后|以后|以前|期间|左右|至今|为止|当天|当日|的时候"
                            r"|前后|时|前|后|的|里|内)(?=[\u4e00-\u9fff，,])")
MAX_LABEL_ZH = 40
MAX_LABEL_ES = 80


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
    # Cut at the last clause edge within the limit; only a label with none is cut mid-clause.
    cut = max((m.start() for m in _CLAUSE_EDGE.finditer(label, 0, limit)), default=0)
    return (label[:cut] if cut >= limit // 3 else label[:limit]).rstrip("，,、 ") + "…"


def _core(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    for _ in range(3):
        text = _LEADING.sub("", text)
        text = _DATE_PARTICLE.sub("", text)
    return text.rstrip("。.!！?？;；,，、 ")


def extract_events(article: str, path: str, text: str, publication_date: str | None,
                   lexicon: ActorLexicon) -> list[Event]:
    folded = fold(text)
    mentions = read_dates(text, publication_date, folded)
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
                      lexicon.find(sentence, folded[s_start:s_end]),
                      [(mention.start, mention.end)])
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
    # Actors are already one spelling per name (the lexicon's), so plain equality suffices.
    return a.date.precision == "day" and bool(set(a.actors) & set(b.actors))


def sort_events(events: list[Event]) -> list[Event]:
    return sorted(events, key=Event.sort_key)
