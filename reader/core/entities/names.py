"""Name candidates in article texts: Latin proper names, and names glossed in the text itself
(``淘小铺(Taoxiaopu)``, ``Taoxiaopu（淘小铺）``).

A Latin word counts as a name when the texts capitalise it where a common word would not be:
inside a sentence, or always. A word that also appears in lower case, or a Spanish function
word, is a *common* word: it may still be a name, but only stronger evidence than pinyin
(the dictionary, a gloss in the text) links it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from reader.core.text.hanzi import HAN_CLASS

_LATIN_RUN = re.compile(r"(?<![\w.])([A-Z][\w&'’]*(?:\.[A-Z]{2,})?(?:[ -][A-Z][\w&'’]*)*)")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?¡¿:;。！？\n“\"«(]\s*)$")
_GLOSS_AFTER_HAN = re.compile(
    rf"([{HAN_CLASS}]{{2,12}})[”」』\"]?\s*[（(]\s*([A-Z][A-Za-z0-9&'’.\- ]{{1,40}}?)\s*[)）]")
_GLOSS_AFTER_LATIN = re.compile(
    rf"(?<![\w.])([A-Z][A-Za-z0-9&'’.\-]*(?: [A-Z][A-Za-z0-9&'’.\-]*)*)\s*[（(]\s*"
    rf"([{HAN_CLASS}]{{2,12}})\s*[)）]")
MAX_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from whoosh.lang.stopwords import stoplists

    return frozenset(stoplists["es"]) | frozenset(stoplists["en"])


@dataclass
class LatinNames:
    """Capitalised names of a set of texts with their counts and the evidence on each."""

    counts: Counter = field(default_factory=Counter)        # surface form → occurrences
    inside_sentence: Counter = field(default_factory=Counter)
    inside_longer: Counter = field(default_factory=Counter)  # counted as part of a longer name
    lowercase_words: set[str] = field(default_factory=set)  # words seen in lower case

    def add_text(self, text: str) -> None:
        for word in _WORD.findall(text):
            if word.islower():
                self.lowercase_words.add(word)
        for match in _LATIN_RUN.finditer(text):
            run = match.group(1)
            words = run.replace("-", " ").split()
            # Leading function words are capitalised by position, not by being a name
            # ("El Taobao" → "Taobao").
            offset = 0
            while words and words[0].lower() in _function_words():
                offset += len(words[0]) + 1
                words = words[1:]
            if not words or len(words) > MAX_NAME_WORDS:
                continue
            name = run[offset:]
            at_start = offset == 0 and bool(_SENTENCE_START.search(text[:match.start()][-3:]))
            self._count(name, at_start)
            if len(words) > 1:  # "Tmall Mobile" also names Tmall
                for word in words:
                    self._count(word, at_start and word == words[0])
                    self.inside_longer[word] += 1

    def _count(self, name: str, at_start: bool) -> None:
        self.counts[name] += 1
        if not at_start:
            self.inside_sentence[name] += 1

    def is_common_word(self, name: str) -> bool:
        lower = name.lower()
        return lower in _function_words() or lower in self.lowercase_words

    def only_inside_longer(self, name: str) -> bool:
        """``Xiaopu`` seen only in ``Tao Xiaopu``: a part of a name, not a name of its own."""
        return self.inside_longer[name] >= self.counts[name]

    def names(self) -> list[str]:
        """Names worth linking: capitalised inside a sentence, or not a common word."""
        result = []
        for name, count in self.counts.items():
            if len(name) < 2 or name.lower() in _function_words():
                continue
            if self.inside_sentence[name] or not self.is_common_word(name):
                result.append(name)
        return sorted(result)


@dataclass(frozen=True)
class TextGloss:
    han: str
    latin: str
    start: int  # reading offset of the gloss in its article
    end: int


def text_glosses(text: str) -> list[TextGloss]:
    """Pairs a text states itself: a Chinese name with its Latin form in brackets, or back."""
    found = []
    for match in _GLOSS_AFTER_HAN.finditer(text):
        found.append(TextGloss(match.group(1), match.group(2).strip(), match.start(),
                               match.end()))
    for match in _GLOSS_AFTER_LATIN.finditer(text):
        found.append(TextGloss(match.group(2), match.group(1).strip(), match.start(),
                               match.end()))
    return [g for g in found if len(g.latin.split()) <= MAX_NAME_WORDS]


def name_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the capitalised names of a text, leading function words left out
    (``El Taobao`` → ``Taobao``), in text order."""
    spans = []
    for match in _LATIN_RUN.finditer(text):
        start, run = match.start(1), match.group(1)
        words = run.replace("-", " ").split()
        while words and words[0].lower() in _function_words():
            start += len(words[0]) + 1
            words = words[1:]
        if words and len(words) <= MAX_NAME_WORDS:
            spans.append((start, match.end(1)))
    return spans
