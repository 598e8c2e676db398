"""Does a Latin brand name sound like a Chinese name, as a *partial* transliteration?

Brand names often spell only part of each syllable: ``Tmall`` is 天猫 (T for tiān, mall
for māo), ``Xpeng`` is 小鹏, ``Yonyou`` is 用友, ``Qunar`` is 去哪儿 (``r`` is the erhua 儿),
``BYD`` is 比亚迪 (initials). The name is split into one piece per character; each piece
is the syllable's initial letter, or shares at least two leading letters with one of the
character's readings; only a piece that ends a word may carry up to two letters the
syllable does not have (``mall`` ~ mao). Pinyin alone links the exact spellings; this
match is weak evidence by itself — the linker only uses it together with an independent
piece of evidence (``coordination.py``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from reader.core.entities import pinyin

#: Letters at the end of a word that the syllable does not have (``mall`` ~ mao).
MAX_EXTRA_LETTERS = 2
#: Letters that must agree with the syllables overall (and at least half of the name).
MIN_AGREEING_LETTERS = 3
_WORD_SEPARATORS = re.compile(r"[\s\-'’·]+")


def sounds_like(latin: str, han: str) -> str | None:
    """How ``latin`` spells ``han`` (``T·mall ~ tiān māo``), or None if it does not."""
    return _match(latin, han)


@lru_cache(maxsize=65536)
def _match(latin: str, han: str) -> str | None:
    words = [w for w in _WORD_SEPARATORS.split(latin.strip()) if w]
    spelled = "".join(words)
    letters = spelled.lower()
    if len(han) < 2 or not letters.isascii() or not letters.isalpha():
        return None
    readings = [sorted(pinyin.readings(ch)) for ch in han]
    if not all(readings):
        return None
    word_ends = set()
    position = 0
    for word in words:
        position += len(word)
        word_ends.add(position)
    initialism = spelled.isupper() and len(letters) == len(han) >= 3
    best: tuple[int, list[str]] | None = None

    def walk(at: int, index: int, pieces: list[str], agreed: int, strong: bool) -> None:
        nonlocal best
        if index == len(han):
            if at == len(letters) and (strong or initialism) and (
                    agreed >= MIN_AGREEING_LETTERS or initialism) and agreed * 2 >= len(letters):
                if best is None or agreed > best[0]:
                    best = (agreed, list(pieces))
            return
        if at == len(letters):
            return
        for reading in readings[index]:
            for length, agree in _pieces(letters, at, reading, word_ends):
                walk(at + length, index + 1, pieces + [spelled[at:at + length]],
                     agreed + agree, strong or agree >= 2)

    walk(0, 0, [], 0, False)
    if best is None:
        return None
    return f"{'·'.join(best[1])} ~ {pinyin.toned(han)}"


def _pieces(letters: str, at: int, reading: str, word_ends: set[int]):
    """(piece length, letters agreeing) for each way a piece at ``at`` can spell ``reading``."""
    common = 0
    while (common < len(reading) and at + common < len(letters)
           and letters[at + common] == reading[common]):
        common += 1
    if common >= 2:
        yield common, common
        for extra in range(1, MAX_EXTRA_LETTERS + 1):
            if at + common + extra in word_ends:
                yield common + extra, common
    elif common == 1:
        yield 1, 1          # the initial letter only (T for tiān)
    if reading == "er" and letters[at] == "r":
        yield 1, 1          # erhua: 儿 written r (Qunar = 去哪儿)
