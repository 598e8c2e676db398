"""One timeline across articles: the same happening reported twice is one entry.

Two events from different articles are the same happening when their dates agree at the same
precision (value and qualifier) and either share an actor (day precision only: a year is too
coarse) or have near-identical labels (character-bigram Jaccard ≥ 0.6 on folded text, so the
two Chinese scripts compare equal). The entry keeps the earliest event (by path) and lists
every report in ``sources``. Events are grouped by date first, so the work is linear in the
number of events plus the (small) groups' pairs.
Labels are converted once per script here, so the UI only looks them up.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from reader.core.events.extract import Event
from reader.core.text.folding import fold
from reader.core.text.hanzi import HAN
from reader.core.text.script import Script, make_view

SIMILAR_LABELS = 0.6


@lru_cache(maxsize=65536)
def _bigrams(text: str) -> frozenset[str]:
    folded = "".join(fold(text).split())
    return frozenset(folded[i:i + 2] for i in range(len(folded) - 1)) or frozenset({folded})


def _source(event: Event) -> dict:
    return {"id": event.article, "path": event.path, "start": event.sentence_start,
            "end": event.sentence_end, "sentence": event.sentence}


class _Entry:
    """A happening being collected: its lead report, the others, and what they compare by."""

    def __init__(self, lead: Event):
        self.members = [lead]
        self.articles = {lead.article}
        self.actors = set(lead.actors)
        self.bigrams = _bigrams(lead.label)

    def takes(self, event: Event, bigrams: set[str]) -> bool:
        if event.article in self.articles:
            return False
        if event.date.precision == "day" and self.actors & set(event.actors):
            return True
        return len(self.bigrams & bigrams) / max(1, len(self.bigrams | bigrams)) \
            >= SIMILAR_LABELS

    def add(self, event: Event) -> None:
        self.members.append(event)
        self.articles.add(event.article)
        self.actors.update(event.actors)


def merge_reports(events: list[Event]) -> list[Event]:
    """Events in date order, each happening once, with ``sources`` filled. Each event is
    compared with the entries of its own date only, by their lead's label: linear in the
    events times the entries per date."""
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        key = (event.date.value, event.date.qualifier, event.date.precision)
        groups.setdefault(key, []).append(event)
    merged: list[Event] = []
    for group in groups.values():
        entries: list[_Entry] = []
        for event in sorted(group, key=lambda e: (e.path, e.sentence_start)):
            bigrams = _bigrams(event.label)
            home = next((entry for entry in entries if entry.takes(event, bigrams)), None)
            if home is None:
                entries.append(_Entry(event))
            else:
                home.add(event)
        for entry in entries:  # copies: the per-article events stay as extracted
            lead = entry.members[0]
            merged.append(replace(lead, sources=[_source(m) for m in entry.members],
                                  actors=list(dict.fromkeys(a for m in entry.members
                                                            for a in m.actors))))
    return sorted(merged, key=Event.sort_key)


def precompute_labels(events: list[Event]) -> list[Event]:
    """Each label in every script the panes offer (OpenCC once here, never while painting)."""
    for event in events:
        if HAN.search(event.label):
            event.labels = {script.value: make_view(event.label, script).text
                            for script in Script}
        else:
            event.labels = {}
    return events
