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

from reader.core.events.extract import Event
from reader.core.text.folding import fold
from reader.core.text.hanzi import HAN
from reader.core.text.script import Script, make_view

SIMILAR_LABELS = 0.6


def _bigrams(text: str) -> set[str]:
    folded = "".join(fold(text).split())
    return {folded[i:i + 2] for i in range(len(folded) - 1)} or {folded}


def similar_labels(a: str, b: str) -> bool:
    first, second = _bigrams(a), _bigrams(b)
    return len(first & second) / max(1, len(first | second)) >= SIMILAR_LABELS


def _source(event: Event) -> dict:
    return {"id": event.article, "path": event.path, "start": event.sentence_start,
            "end": event.sentence_end, "sentence": event.sentence}


def _same(a: Event, b: Event) -> bool:
    if a.article == b.article:
        return False
    if a.date.precision == "day" and set(a.actors) & set(b.actors):
        return True
    return similar_labels(a.label, b.label)


def merge_reports(events: list[Event]) -> list[Event]:
    """Events in date order, each happening once, with ``sources`` filled."""
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        key = (event.date.value, event.date.qualifier, event.date.precision)
        groups.setdefault(key, []).append(event)
    merged: list[Event] = []
    for group in groups.values():
        entries: list[tuple[Event, list[Event]]] = []
        for event in sorted(group, key=lambda e: (e.path, e.sentence_start)):
            home = next((members for lead, members in entries
                         if any(_same(member, event) for member in members)
                         and all(m.article != event.article for m in members)), None)
            if home is None:
                entries.append((event, [event]))
            else:
                home.append(event)
        for lead, members in entries:  # copies: the per-article events stay as extracted
            merged.append(replace(lead, sources=[_source(m) for m in members],
                                  actors=list(dict.fromkeys(a for m in members
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
