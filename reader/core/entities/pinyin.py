"""Pinyin for name matching: Latin words split into toneless syllables, Han characters with
every reading they can have.

The syllable inventory is read from pypinyin's character table (every reading of every
character, tones removed), not written by hand. ``ü`` matches ``u`` and ``v`` as romanised
brand names spell it either way.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_SEGMENTATIONS = 8
_LATIN_LETTERS = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    from pypinyin.pinyin_dict import pinyin_dict

    unique = {reading for readings in pinyin_dict.values() for reading in readings.split(",")}
    found: set[str] = set()
    for reading in unique:
        found.update(_spellings(_toneless(reading)))
    # Syllables without a vowel (m, n, ng, hm) are interjections: they would let any
    # consonant cluster pass for pinyin.
    return frozenset(s for s in found if s.isascii() and s.isalpha() and re.search("[aeiouv]", s))


def _toneless(reading: str) -> str:
    """táo → tao, lǜ → lv (faster than pypinyin's converters, same result for readings)."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _spellings(normal: str) -> set[str]:
    if "ü" in normal or "v" in normal:
        base = normal.replace("ü", "v")
        return {base, base.replace("v", "u")}
    return {normal}


@lru_cache(maxsize=65536)
def readings(ch: str) -> frozenset[str]:
    """Every toneless reading of one Han character (empty for anything else)."""
    from pypinyin.pinyin_dict import pinyin_dict

    raw = pinyin_dict.get(ord(ch))
    if not raw:
        return frozenset()
    result: set[str] = set()
    for reading in raw.split(","):
        result.update(_spellings(_toneless(reading)))
    return frozenset(result)


def segmentations(name: str) -> list[tuple[str, ...]]:
    """Ways to read a Latin name as pinyin syllables (``Taoxiaopu`` → (tao, xiao, pu)).

    Spaces, hyphens and apostrophes are hard boundaries (``Xi'an`` is xi·an, ``Tao Xiaopu``
    keeps its two words); inside a word every split into known syllables is returned, the
    fewest-syllable readings first. Empty when the name is not pinyin."""
    plain = _toneless(name.lower())  # Shanghái, Pekín: accents are not pinyin tones here
    words = _LATIN_LETTERS.findall(plain)
    if not words or "".join(words) != re.sub(r"[\s'’\-·.]", "", plain):
        return []
    results: list[tuple[str, ...]] = [()]
    for word in words:
        splits = _split_word(word)
        if not splits:
            return []
        results = [r + s for r in results for s in splits][:MAX_SEGMENTATIONS]
    return sorted(results, key=len)


@lru_cache(maxsize=4096)
def _split_word(word: str) -> tuple[tuple[str, ...], ...]:
    inventory = syllables()
    out: list[tuple[str, ...]] = []

    def walk(position: int, taken: tuple[str, ...]) -> None:
        if len(out) >= MAX_SEGMENTATIONS:
            return
        if position == len(word):
            out.append(taken)
            return
        for end in range(min(len(word), position + 6), position, -1):
            piece = word[position:end]
            # Pinyin orthography: a syllable starting with a, o or e after another one is
            # written with an apostrophe (Xi'an), so inside a word it cannot start one.
            if position and piece[0] in "aoe":
                continue
            if piece in inventory:
                walk(end, taken + (piece,))

    walk(0, ())
    return tuple(out)


def toned(text: str) -> str:
    """Pinyin with tone marks of a Chinese string, words read in context (银行 → yín háng)."""
    from pypinyin import Style, pinyin

    return " ".join(item[0] for item in pinyin(text, style=Style.TONE, errors="ignore"))
