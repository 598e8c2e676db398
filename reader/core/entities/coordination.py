"""Names that stand in parallel lists: second, independent evidence for a sound-alike.

``Taobao y Tmall Mobile`` (Spanish) and ``淘宝客户端,天猫客户端`` (Chinese) coordinate a new
name with one entity already linked across languages (Taobao = 淘宝). When the Latin name
coordinated with that entity in one language sounds like the Chinese name coordinated
with it in the other (``transliteration.py``: T·mall ~ tiān māo), and no other name of the
library competes for either, the two are linked — with both pieces of evidence recorded.

Coordination is read from the text's own joiners: ``y, e, o, u, ni, and, or``, a comma or a
slash between Latin names; ``、 , ， / 和 与 及 以及 或 或者 跟 同`` between Chinese names, also
when both names carry the same word after them (``淘宝客户端,天猫客户端``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from reader.core.entities.names import name_runs
from reader.core.entities.transliteration import sounds_like
from reader.core.text.hanzi import HAN_CLASS

_LATIN_JOINER = re.compile(r"\s*(?:[,/&]\s*(?:(?:y|e|o|u|and|or)\s+)?|(?:y|e|o|u|ni|and|or)\s+)",
                           re.IGNORECASE)
HAN_JOINERS = ("以及", "或者", "、", ",", "，", "/", "和", "与", "及", "或", "跟", "同")
#: Characters of a shared word after both names (客户端 in 淘宝客户端,天猫客户端).
MAX_SHARED_SUFFIX = 4
MAX_HAN_NAME = 6
_HAN = re.compile(f"[{HAN_CLASS}]+")


@dataclass(frozen=True)
class Coordinated:
    partner: str  # the name already linked
    name: str     # the name coordinated with it
    article: str
    start: int    # the span of the list, for the evidence shown to the reader
    end: int


def latin_coordinations(article: str, text: str) -> list[Coordinated]:
    """Pairs of adjacent names of a Latin list (both directions); a multi-word name also
    stands for each of its words (``Tmall Mobile`` → Tmall)."""
    spans = name_runs(text)
    found = []
    for (a_start, a_end), (b_start, b_end) in zip(spans, spans[1:]):
        if not _LATIN_JOINER.fullmatch(text, a_end, b_start):
            continue
        first, second = text[a_start:a_end], text[b_start:b_end]
        for partner, name in ((first, second), (second, first)):
            for form in dict.fromkeys([name, *name.replace("-", " ").split()]):
                found.append(Coordinated(partner, form, article, a_start, b_end))
    return found


def han_coordinations(article: str, folded: str, partner: str) -> list[Coordinated]:
    """Strings of Chinese characters standing in a list with ``partner`` (folded text);
    every length up to ``MAX_HAN_NAME`` is offered: the caller tells which one is a name."""
    found = []
    start = folded.find(partner)
    while start != -1:
        end = start + len(partner)
        for k in range(MAX_SHARED_SUFFIX + 1):
            shared = folded[end:end + k]
            if k and not _HAN.fullmatch(shared):
                break
            found += _after(article, folded, start, end + k, shared)
            found += _before(article, folded, start, end, shared)
        start = folded.find(partner, start + 1)
    return [c for c in found if partner not in c.name and c.name not in partner]


def _after(article: str, text: str, first: int, at: int, shared: str) -> Iterable[Coordinated]:
    partner = text[first:at - len(shared)]
    for joiner in HAN_JOINERS:
        if not text.startswith(joiner, at):
            continue
        begin = at + len(joiner)
        for n in range(2, MAX_HAN_NAME + 1):
            stop = begin + n
            if not _HAN.fullmatch(text, begin, stop):
                break
            if shared and text[stop:stop + len(shared)] != shared:
                continue
            yield Coordinated(partner, text[begin:stop], article, first, stop + len(shared))


def _before(article: str, text: str, first: int, end: int, shared: str) -> Iterable[Coordinated]:
    partner = text[first:end]
    for joiner in HAN_JOINERS:
        if not text.endswith(joiner, 0, first):
            continue
        stop = first - len(joiner) - len(shared)
        if shared and text[stop:stop + len(shared)] != shared:
            continue
        for n in range(2, MAX_HAN_NAME + 1):
            begin = stop - n
            if begin < 0 or not _HAN.fullmatch(text, begin, stop):
                break
            yield Coordinated(partner, text[begin:stop], article, begin, end + len(shared))


@dataclass(frozen=True)
class SoundAlike:
    latin: str
    han: str
    sound: str   # T·mall ~ tiān māo
    kind: str    # the second evidence: coordination | aligned
    detail: str  # «Taobao y Tmall Mobile» (002) ∥ «淘宝客户端,天猫客户端» (001)


def coordinated_sound_alikes(
        texts: Mapping[str, str], folded: Mapping[str, str],
        partners_of: Callable[[str], list[str]],
        latin_candidate: Callable[[str], bool],
        han_candidate: Callable[[str, str], bool]) -> list[SoundAlike]:
    """Latin names and Chinese names that sound alike and stand in lists with the same
    linked entity. ``partners_of(latin)`` gives the Chinese names of a Latin name's entity
    (empty when it has none); ``latin_candidate`` and ``han_candidate(han, latin)`` say
    whether a name may still be linked. Every claim is returned: ``unambiguous`` keeps
    the ones to link."""
    han_lists: dict[str, list[Coordinated]] = {}
    claims: dict[tuple[str, str], SoundAlike] = {}
    for article, text in texts.items():
        for latin in latin_coordinations(article, text):
            if not latin_candidate(latin.name):
                continue
            for partner in partners_of(latin.partner):
                if partner not in han_lists:
                    han_lists[partner] = [c for a, f in folded.items()
                                          for c in han_coordinations(a, f, partner)]
                for han in han_lists[partner]:
                    if (latin.name, han.name) in claims:
                        continue
                    sound = sounds_like(latin.name, han.name)
                    if sound and han_candidate(han.name, latin.name):
                        claims[latin.name, han.name] = SoundAlike(
                            latin.name, han.name, sound, "coordination",
                            f"«{text[latin.start:latin.end]}» ({latin.article}) ∥ "
                            f"«{texts[han.article][han.start:han.end]}» ({han.article})")
    return list(claims.values())


def unambiguous(claims: Iterable[SoundAlike]) -> list[SoundAlike]:
    """The claims of pairs where neither name is claimed with another one (a name with two
    sound-alike partners links none); a pair may come with several pieces of evidence."""
    partners: dict[str, set[str]] = defaultdict(set)
    claimants: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        partners[claim.latin].add(claim.han)
        claimants[claim.han].add(claim.latin.lower())
    seen, kept = set(), []
    for claim in claims:
        key = (claim.latin, claim.han, claim.kind)
        if len(partners[claim.latin]) == 1 and len(claimants[claim.han]) == 1 and key not in seen:
            seen.add(key)
            kept.append(claim)
    return kept
