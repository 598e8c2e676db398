"""Group names into entities across scripts and languages, each link with its evidence.

Nodes are names in a comparable form: Latin names in lower case (COM = Com), Chinese names
folded to simplified (淘寶 = 淘宝). Edges come from three sources, never from a table of names:

- ``pinyin``: a Latin name of two or more syllables read as pinyin matches the readings of a
  Chinese name in the library (Taoxiaopu = 淘小铺, tone-insensitive). Not for common words.
- ``dictionary``: CC-CEDICT glosses the Chinese proper noun with the Latin name (微信 → WeChat).
- ``gloss``: a text states the pair itself (淘小铺(Taoxiaopu)).

Script and case variants share a node; ``user`` edges and splits come from the reader's own
merges and splits. An entity is a connected group of nodes.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from reader.core.entities import glosses, pinyin
from reader.core.entities.coordination import coordinated_sound_alikes, unambiguous
from reader.core.entities.parallel_texts import aligned_sound_alikes
from reader.core.entities.names import LatinNames, text_glosses
from reader.core.text.folding import fold
from reader.core.text.hanzi import HAN_CLASS

MIN_PINYIN_SYLLABLES = 2
#: Characters that are grammar, not names: a pinyin match may not start or end with one
#: (``Lena`` would otherwise read 了那 in 到了那里).
FUNCTION_CHARS = frozenset("的了是在和与及或也都而但就这那我你他她它们个上下中不有为以于对从到把被让给"
                           "很更最又还再已只其此之所如将会能要可该每各些么吗呢吧啊着过地得")
#: A pinyin reading shared by several Chinese names links only the dominant one.
DOMINANT_SHARE = 0.8
_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
_MAX_HAN_NAME = 8


@dataclass(frozen=True)
class Evidence:
    kind: str     # pinyin | dictionary | gloss | user
    first: str
    second: str
    detail: str

    def to_json(self) -> dict:
        return {"kind": self.kind, "names": [self.first, self.second], "detail": self.detail}


@dataclass(frozen=True)
class Mention:
    article: str
    start: int
    end: int
    name: str


@dataclass
class Entity:
    id: str
    name: str
    names: list[str]
    articles: list[str]
    evidence: list[Evidence]
    mentions: list[Mention] = field(default_factory=list, repr=False)

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "names": self.names,
                "articles": self.articles, "evidence": [e.to_json() for e in self.evidence]}


@dataclass(frozen=True)
class Overrides:
    """The reader's own decisions: pairs of names to merge, names to split off."""

    merges: tuple[tuple[str, str], ...] = ()
    splits: tuple[str, ...] = ()


def node_of(name: str) -> str:
    return fold(name) if _HAN_RUN.search(name) else glosses.latin_key(name)


class _Groups:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


class _Ticker:
    """Counts articles done across the passes of a build, for a progress callback."""

    def __init__(self, progress: Callable[[int, int], None] | None, total: int):
        self.progress, self.total, self.done = progress, total, 0

    def __call__(self) -> None:
        self.done += 1
        if self.progress is not None and (self.done % 10 == 0 or self.done == self.total):
            self.progress(self.done, self.total)


def _pinyin_matches(folded: Mapping[str, str], wanted: Iterable[tuple[str, ...]],
                    tick: Callable[[], None] = lambda: None
                    ) -> dict[tuple[str, ...], Counter]:
    """For each syllable sequence, the Chinese strings of the library that read as it.

    One pass over the Han characters of the library; at each character only the sequences
    starting with one of its readings are tried, so memory stays constant."""
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for syllables in set(wanted):
        by_first[syllables[0]].append(syllables)
    found: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    firsts = by_first.keys()
    for text in folded.values():
        tick()
        for run in _HAN_RUN.finditer(text):
            for position in range(run.start(), run.end()):
                for reading in pinyin.readings(text[position]) & firsts:
                    for syllables in by_first[reading]:
                        end = position + len(syllables)
                        if end > run.end():
                            continue
                        candidate = text[position:end]
                        if all(s in pinyin.readings(ch)
                               for s, ch in zip(syllables[1:], candidate[1:])):
                            found[syllables][candidate] += 1
    return found


def build_entities(texts: Mapping[str, str], extra_names: Iterable[str] = (),
                   overrides: Overrides = Overrides(),
                   removed_texts: Mapping[str, str] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> list[Entity]:
    """Entities of a library: ``texts`` maps article id → reading text. ``removed_texts``
    (article id → text the cleaner took out, such as readers' comments) is read for lists
    of names only: it states facts, but nothing in it is a mention. ``progress(done, total)``
    follows the two passes over the texts (and may raise to stop the build)."""
    tick = _Ticker(progress, 2 * len(texts))
    folded = {article: fold(text) for article, text in texts.items()}
    latin = LatinNames()
    for text in texts.values():
        latin.add_text(text)
    edges: list[tuple[str, str, Evidence]] = []
    han_names: set[str] = {node_of(n) for n in extra_names if _HAN_RUN.fullmatch(n)}
    latin_names = latin.names() + [n for n in extra_names if not _HAN_RUN.search(n)]

    def occurs(han: str) -> bool:
        return any(han in text for text in folded.values())

    readings_of = {name: [s for s in pinyin.segmentations(name) if len(s) >= MIN_PINYIN_SYLLABLES]
                   for name in dict.fromkeys(latin_names)
                   if not (latin.is_common_word(name) or latin.only_inside_longer(name))}
    matches = _pinyin_matches(folded, (s for seqs in readings_of.values() for s in seqs), tick)
    for name in dict.fromkeys(latin_names):
        for glossed in glosses.names_for(name):
            han = fold(glossed.simplified)
            if occurs(han):
                han_names.add(han)
                edges.append((node_of(name), han, Evidence(
                    "dictionary", name, glossed.simplified, f"CC-CEDICT: {glossed.gloss}")))
        found: Counter = Counter()
        for syllables in readings_of.get(name, ()):
            found.update(matches.get(syllables, {}))
        found = Counter({h: c for h, c in found.items() if _name_like(h, folded)})
        total = sum(found.values())
        for han, count in found.most_common(1):
            if count >= DOMINANT_SHARE * total:
                han_names.add(han)
                edges.append((node_of(name), han, Evidence(
                    "pinyin", name, han, " ".join(pinyin.toned(han).split()))))
    for article, text in texts.items():
        for gloss in text_glosses(text):
            han = _gloss_name(fold(gloss.han), gloss.latin, folded)
            if han and not glosses.lexicon().is_common_word(han):
                han_names.add(han)
                edges.append((node_of(gloss.latin), han, Evidence(
                    "gloss", gloss.latin, han, f"{text[gloss.start:gloss.end]} ({article})")))
    han_names = _drop_contained(han_names, folded)
    edges = [e for e in edges if not _HAN_RUN.search(e[1]) or e[1] in han_names]
    listed, listed_folded = dict(texts), dict(folded)
    for article, text in (removed_texts or {}).items():
        if text:
            listed[f"{article}, removed text"] = text
            listed_folded[f"{article}, removed text"] = fold(text)
    for link in _sound_alikes(listed, listed_folded, latin, edges, overrides, len(texts)):
        han_names.add(link.han)
        edges.append((node_of(link.latin), link.han,
                      Evidence("sound", link.latin, link.han, link.sound)))
        edges.append((node_of(link.latin), link.han,
                      Evidence(link.kind, link.latin, link.han, link.detail)))
    return _group(texts, folded, latin, han_names, edges, overrides, tick)


def _sound_alikes(texts, folded, latin: LatinNames, edges, overrides: Overrides,
                  readable: int):
    """Partial transliterations (Tmall = 天猫) with independent evidence: both stand in
    lists with an entity the other evidence has linked already (``coordination.py``), or
    between the same anchors of two articles telling the same story (``parallel_texts.py``;
    the first ``readable`` texts are reading texts, the rest removed text)."""
    groups = _Groups()
    split = {node_of(n) for n in overrides.splits}
    for a, b, _evidence in edges:
        if a not in split and b not in split:
            groups.union(a, b)
    for a, b in overrides.merges:
        groups.union(node_of(a), node_of(b))
    han_of: dict[str, list[str]] = defaultdict(list)
    has_latin: set[str] = set()
    for node in list(groups.parent):
        if _HAN_RUN.search(node):
            han_of[groups.find(node)].append(node)
        else:
            has_latin.add(groups.find(node))

    def partners_of(name: str) -> list[str]:
        node = node_of(name)
        return han_of.get(groups.find(node), []) if node in groups.parent else []

    def latin_candidate(name: str) -> bool:
        return (node_of(name) not in split and not latin.is_common_word(name)
                and not partners_of(name))

    def han_candidate(han: str, name: str) -> bool:
        if han in split or (han in groups.parent and groups.find(han) in has_latin):
            return False
        named = glosses.names_of_chinese(han)  # the dictionary names it otherwise (大马)
        key = glosses.latin_key(name)
        if named and not any(n == key or n.startswith(key + " ") for n in named):
            return False
        return _name_like(han, folded)

    claims = coordinated_sound_alikes(texts, folded, partners_of, latin_candidate, han_candidate)
    bilingual: dict[str, tuple[list[str], list[str]]] = {}
    for root, han in han_of.items():
        if root in has_latin:
            forms = [f for f in latin.counts
                     if node_of(f) in groups.parent and groups.find(node_of(f)) == root]
            bilingual[root] = (forms, han) if forms else ([], han)
    bilingual = {k: v for k, v in bilingual.items() if v[0]}
    reading = dict(list(texts.items())[:readable])
    claims += aligned_sound_alikes(
        reading, {a: folded[a] for a in reading}, bilingual,
        [n for n in latin.counts if len(n) > 1 and latin_candidate(n)], han_candidate)
    return unambiguous(claims)


def _name_like(han: str, folded: Mapping[str, str]) -> bool:
    """Can this string of characters be a name? Not grammar at its edges, not a word the
    dictionary knows only as a common word, and not a piece cut out of other words: at
    least half of its occurrences have no dictionary word running across either edge
    (``Qu Wei`` must not read 取微 out of 获取微信)."""
    lexicon = glosses.lexicon()
    if han[0] in FUNCTION_CHARS or han[-1] in FUNCTION_CHARS or lexicon.is_common_word(han):
        return False
    total = clean = 0
    for text in folded.values():
        start = text.find(han)
        while start != -1:
            total += 1
            end = start + len(han)
            if not (_crossed(text, start, lexicon) or _crossed(text, end, lexicon)):
                clean += 1
            start = text.find(han, start + 1)
    return clean * 2 >= total > 0


def _crossed(text: str, edge: int, lexicon) -> bool:
    """Does a dictionary word of up to four characters run across position ``edge``?"""
    for begin in range(max(0, edge - 3), edge):
        for stop in range(edge + 1, min(len(text), begin + 4) + 1):
            if text[begin:stop] in lexicon.words:
                return True
    return False


def _gloss_name(han_run: str, latin_name: str, folded: Mapping[str, str]) -> str | None:
    """The Chinese name inside the run before a bracketed Latin name: the suffix that reads as
    its pinyin, or that the dictionary glosses with it, or the longest one used elsewhere."""
    suffixes = [han_run[-n:] for n in range(min(len(han_run), _MAX_HAN_NAME), 1, -1)]
    for syllables in pinyin.segmentations(latin_name):
        for suffix in suffixes:
            if len(suffix) == len(syllables) and all(
                    s in pinyin.readings(ch) for s, ch in zip(syllables, suffix)):
                return suffix
    glossed = {fold(g.simplified) for g in glosses.names_for(latin_name)}
    for suffix in suffixes:
        if suffix in glossed:
            return suffix
    # Otherwise the longest suffix that starts at a word boundary: not inside a dictionary
    # word of the run, not with grammar, not with a common word (另有盒马 → 盒马).
    lexicon = glosses.lexicon()
    for suffix in suffixes:
        start = len(han_run) - len(suffix)
        if suffix[0] in FUNCTION_CHARS or (start and _crossed(han_run, start, lexicon)):
            continue
        if any(lexicon.is_common_word(suffix[:n]) for n in range(2, len(suffix))):
            continue
        return suffix
    return None


def _drop_contained(names: set[str], folded: Mapping[str, str]) -> set[str]:
    """A Chinese name that only ever occurs inside a longer one is part of that name."""
    kept = set(names)
    for short in names:
        longer = [n for n in names if short in n and n != short]
        if not longer:
            continue
        alone = sum(text.count(short) for text in folded.values())
        inside = sum(text.count(n) * n.count(short) for n in longer for text in folded.values())
        if alone <= inside:
            kept.discard(short)
    return kept


def _group(texts, folded, latin: LatinNames, han_names: set[str],
           edges: list[tuple[str, str, Evidence]], overrides: Overrides,
           tick: Callable[[], None] = lambda: None) -> list[Entity]:
    groups = _Groups()
    split = {node_of(n) for n in overrides.splits}
    for a, b, _evidence in edges:
        if a not in split and b not in split:
            groups.union(a, b)
    for a, b in overrides.merges:
        edges.append((node_of(a), node_of(b), Evidence("user", a, b, "merged by the reader")))
        groups.union(node_of(a), node_of(b))
    linked_nodes = {n for a, b, _ in edges for n in (a, b)}
    for node in han_names | linked_nodes:
        groups.find(node)
    mentions = _mentions(texts, folded, latin, han_names | linked_nodes, tick)
    members: dict[str, list[str]] = defaultdict(list)
    for node in groups.parent:
        members[groups.find(node)].append(node)
    entities = []
    for nodes in members.values():
        node_set = set(nodes)
        found = [m for node in nodes for m in mentions.get(node, [])]
        if not found:
            continue
        surface = Counter(m.name for m in found)
        names = sorted(surface, key=lambda n: (-surface[n], n))
        latin_forms = [n for n in names if not _HAN_RUN.search(n)]
        name = latin_forms[0] if latin_forms else names[0]
        evidence = list({(e.kind, e.first.lower(), e.second): e for a, b, e in edges
                         if a in node_set and b in node_set}.values())
        key = min(nodes)
        entities.append(Entity(
            id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:10], name=name, names=names,
            articles=sorted({m.article for m in found}),
            evidence=evidence,
            mentions=sorted(found, key=lambda m: (m.article, m.start))))
    return sorted(entities, key=lambda e: (-len(e.mentions), e.name))


def _mentions(texts, folded, latin: LatinNames, nodes: set[str],
              tick: Callable[[], None] = lambda: None) -> dict[str, list[Mention]]:
    """Every occurrence of every name, as reading offsets (folding keeps offsets)."""
    result: dict[str, list[Mention]] = defaultdict(list)
    han = sorted((n for n in nodes if _HAN_RUN.search(n)), key=len, reverse=True)
    latin_nodes = {n for n in nodes if not _HAN_RUN.search(n)}
    latin_forms = sorted({f for f in latin.counts if node_of(f) in latin_nodes} |
                         {n for n in latin_nodes}, key=len, reverse=True)
    han_pattern = re.compile("|".join(map(re.escape, han))) if han else None
    latin_pattern = (re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, latin_forms)) +
                                r")(?![\w])", re.IGNORECASE) if latin_forms else None)
    for article, text in texts.items():
        tick()
        folded_text = folded[article]
        if han_pattern:
            for match in han_pattern.finditer(folded_text):
                result[match.group(0)].append(
                    Mention(article, match.start(), match.end(), text[match.start():match.end()]))
        if latin_pattern:
            for match in latin_pattern.finditer(text):
                surface = match.group(0)
                if surface[:1].isupper():
                    result[node_of(surface)].append(
                        Mention(article, match.start(), match.end(), surface))
    return result
