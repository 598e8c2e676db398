"""Search folding: one comparable form for text and queries, of the same length.

``fold`` maps every character independently enough that positions survive: traditional →
simplified (OpenCC t2s keeps code-point length), case, accents (electrónico = electronico)
and full-width forms (ＡＢＣ = ABC). A character whose folded form would be longer or shorter
is left as it is, so an offset in the folded text is an offset in the reading text.

``index_terms`` turns folded text into the terms the index stores: CJK characters and
digits as overlapping bigrams plus single characters (a 2–4 character substring is always
found, unlike with a word segmenter), Latin words as Spanish and English stems.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from operator import add

from reader.core.text import opencc_bridge
from reader.core.text.hanzi import HAN_CLASS

CJK_CLASS = HAN_CLASS + "\u3040-\u30ff\u3005\u3007"
#: Matched as substrings (bigrams): CJK characters and digits (2013年 is found by 13年).
SUBSTRING_RUN = re.compile(f"[{CJK_CLASS}0-9]+")
#: Matched as words, with stemming: runs of letters outside CJK.
WORD = re.compile(f"[^\\W\\d_{CJK_CLASS}]+")



@lru_cache(maxsize=2)
def _stemmer(language: str):
    from whoosh.lang import stemmer_for_language  # first use only: keeps start-up light

    return stemmer_for_language(language)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        folded = ch
    lowered = folded.lower()
    if len(lowered) == 1:
        folded = lowered
    base = unicodedata.normalize("NFD", folded)[0]
    if base != folded and len(base) == 1 and base.isascii():
        folded = base
    return folded


_ASCII_TABLE = {i: chr(i).lower() for i in range(65, 91)}


def fold(text: str) -> str:
    """Comparable form of ``text`` with exactly the same length."""
    simplified = opencc_bridge.convert(text, "t2s")
    if len(simplified) != len(text):
        simplified = text
    if simplified.isascii():
        return simplified.translate(_ASCII_TABLE)
    if len(simplified) <= _PIECE:
        return simplified.translate(_FOLD_TABLE)  # per character in C; misses fill the table
    return "".join(simplified[i:i + _PIECE].translate(_FOLD_TABLE)
                   for i in range(0, len(simplified), _PIECE))


#: A book is translated and scanned in pieces of about this many characters: one C call
#: over a whole novel held the GIL 0.1–0.5 s, freezing the window while it was indexed
#: (issue 14).
_PIECE = 1 << 16


def _line_pieces(text: str):
    """``text`` in pieces cut after line breaks (no term spans one)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + _PIECE)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


class _FoldTable(dict):
    """code point → folded character, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = ch if ch.isascii() and not ch.isupper() else _fold_char(ch)
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[str, ...]:
    """Index/query terms of one folded Latin word: its Spanish and English stems."""
    spanish, english = _stemmer("es")(word), _stemmer("en")(word)
    return (spanish,) if spanish == english else (spanish, english)


def index_terms(folded: str) -> Counter:
    counts: Counter = Counter()
    for piece in _line_pieces(folded):
        for run in SUBSTRING_RUN.findall(piece):
            counts.update(run)
            counts.update(map(add, run, run[1:]))  # overlapping bigrams, built in C
        for word in WORD.findall(piece):
            counts.update(stems(word))
    return counts
