"""Spanish words: the word under the caret and its lemma (dictionary form).

The lemma comes from simplemma's Spanish lexicon (shipped in the package: tiendas → tienda,
corrieron → correr, dijo → decir), which the Snowball stemmer used by search cannot give
(it cuts to "tiend"). Loading the lexicon takes ~2.5 s the first time: call ``lemma``
from a worker first.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reader.core.text.folding import WORD

_LETTERS = re.compile(r"[^\W\d_]")


def is_latin_word(text: str) -> bool:
    return bool(WORD.fullmatch(text.strip()))


def word_at(text: str, position: int) -> tuple[int, int] | None:
    """The run of letters around ``position`` (a caret just after a word counts)."""
    for match in WORD.finditer(text, max(0, position - 64), position + 64):
        if match.start() <= position < match.end() or \
                (match.end() == position and position > 0):
            return match.start(), match.end()
    return None


@lru_cache(maxsize=4096)
def lemma(word: str) -> str:
    import simplemma

    word = word.strip()
    found = simplemma.lemmatize(word, lang="es")
    if found == word and word[:1].isupper():
        found = simplemma.lemmatize(word.lower(), lang="es")
    return found.lower() if word.islower() or not found[:1].isupper() else found


def search_query(word: str) -> str:
    """The library query for a word: its lemma, or either form when they differ (search
    stems both, so tienda finds tiendas; an irregular form like dijo needs itself)."""
    found = lemma(word)
    return found if found.lower() == word.lower() else f"{found} OR {word}"
