"""Articles that tell the same story in two languages: second evidence for a sound-alike.

When a Latin article and a Chinese one share enough anchors — names already linked across
languages and the same amounts (``align.py``) — a passage of one lies between the same two
anchors as a passage of the other. A Latin name there that sounds like a Chinese name in
the partner passage (``transliteration.py``: T·mall ~ tiān māo) is taken as the same name,
when the passages are short and nothing else there sounds alike. The caller applies the
same guards as for lists (``coordination.py``) and drops names claimed twice.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable, Mapping

from reader.core.entities.align import Landmark, align
from reader.core.entities.coordination import SoundAlike
from reader.core.entities.numbers import find_numbers
from reader.core.entities.transliteration import sounds_like
from reader.core.text.hanzi import HAN_CLASS

#: Anchors two articles must share to count as telling the same story.
MIN_SHARED_ANCHORS = 4
#: The passages between two anchors, at most (characters of the Chinese one, of the Latin one).
MAX_HAN_GAP = 60
MAX_LATIN_GAP = 240
MAX_HAN_NAME = 6
#: Partners tried per Latin article: the Chinese articles sharing most of its rarer anchors
#: (a key found in more articles than ``COMMON_KEY`` tells no story apart).
PARTNERS_PER_ARTICLE = 5
COMMON_KEY = 50
_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")


def aligned_sound_alikes(
        texts: Mapping[str, str], folded: Mapping[str, str],
        bilingual: Mapping[str, tuple[list[str], list[str]]],
        candidates: Iterable[str],
        han_candidate: Callable[[str, str], bool]) -> list[SoundAlike]:
    """Sound-alike pairs found in passages that two articles align on. ``bilingual`` maps
    an entity key to its (Latin forms, Chinese forms, folded); ``candidates`` are the Latin
    names still unlinked."""
    names = sorted(set(candidates), key=len, reverse=True)
    if not names or not bilingual:
        return []
    name_pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    latin_forms = {form: key for key, (forms, _han) in bilingual.items() for form in forms}
    latin_pattern = re.compile(r"(?<![\w.])(?:" + "|".join(
        map(re.escape, sorted(latin_forms, key=len, reverse=True))) + r")(?!\w)")
    han_forms = {form: key for key, (_latin, forms) in bilingual.items() for form in forms}
    han_pattern = re.compile("|".join(map(re.escape, sorted(han_forms, key=len, reverse=True))))
    chinese = {a: _landmarks(texts[a], [(m, han_forms[m.group(0)])
                                        for m in han_pattern.finditer(folded[a])])
               for a in texts if _HAN_RUN.search(folded[a][:2000])}
    postings: dict[str, set[str]] = {}
    for partner, partner_marks in chinese.items():
        for mark in partner_marks:
            postings.setdefault(mark.key, set()).add(partner)
    found = []
    for article, text in texts.items():
        if article in chinese:
            continue
        mentions = list(name_pattern.finditer(text))
        if not mentions:
            continue
        marks = _landmarks(text, [(m, latin_forms[m.group(0)])
                                  for m in latin_pattern.finditer(text)])
        sharing: Counter = Counter()
        for key in {m.key for m in marks}:
            if len(postings.get(key, ())) <= COMMON_KEY:
                sharing.update(postings.get(key, ()))
        for partner, _count in sharing.most_common(PARTNERS_PER_ARTICLE):
            found += _in_partner(article, text, marks, mentions, partner, texts[partner],
                                 folded[partner], chinese[partner], han_candidate)
    return found


def _landmarks(text: str, names: list[tuple[re.Match, str]]) -> list[Landmark]:
    marks = [Landmark(m.start(), m.end(), f"entity:{key}", "entity", m.group(0))
             for m, key in names]
    return marks + [Landmark(n.start, n.end, n.key, "number", text[n.start:n.end])
                    for n in find_numbers(text)]


def _in_partner(article, text, marks, mentions, partner, partner_text, partner_folded,
                partner_marks, han_candidate) -> list[SoundAlike]:
    shared = {m.key for m in marks} & {m.key for m in partner_marks}
    if len(shared) < 2:
        return []
    anchors = align(marks, partner_marks)
    if len(anchors) < MIN_SHARED_ANCHORS:
        return []
    found = []
    for mention in mentions:
        before = [a for a in anchors if a.left.end <= mention.start()]
        after = [a for a in anchors if a.left.start >= mention.end()]
        if not before or not after:
            continue
        first, last = before[-1], after[0]
        if (last.left.start - first.left.end > MAX_LATIN_GAP
                or not 0 < last.right.start - first.right.end <= MAX_HAN_GAP):
            continue
        latin = mention.group(0)
        gap = range(first.right.end, last.right.start)
        options = {partner_folded[i:i + n] for i in gap for n in range(2, MAX_HAN_NAME + 1)
                   if i + n <= gap.stop and _HAN_RUN.fullmatch(partner_folded, i, i + n)}
        heard = [(h, sounds_like(latin, h)) for h in options]
        heard = [(h, sound) for h, sound in heard if sound and han_candidate(h, latin)]
        if len(heard) != 1:
            continue
        han, sound = heard[0]
        found.append(SoundAlike(latin, han, sound, "aligned", (
            f"«{text[first.left.start:last.left.end]}» ({article}) ≈ "
            f"«{partner_text[first.right.start:last.right.end]}» ({partner}): between the "
            f"same anchors of two articles that share {len(anchors)}")))
    return found
