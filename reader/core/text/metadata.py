"""Title, publication date, language and script of an article."""
from __future__ import annotations

import re

from reader.core.text.cleaning import line_key
from reader.core.text.hanzi import HAN
from reader.core.text.char_classes import class_counts

_METADATA_KEYS = (r"时间|時間|日期|发布|發布|发表|發表|来源|來源|作者|编辑|編輯|"
                  r"fecha|publicado|date|published|autor|author|source|fuente")
_METADATA_LINE = re.compile(rf"^\s*(?:{_METADATA_KEYS})[^:：\n]{{0,4}}[:：]", re.IGNORECASE)
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.年])\s*(?P<m>\d{1,2})\s*(?:[-/.月])\s*(?P<d>\d{1,2})"
)
_SENTENCE_END = re.compile(r"[。！？!?；;]|[,，:：](?=.{12})")
_MAX_TITLE = 80
_SENTENCE_FINAL = ("。", ".", "!", "！", ";", "；")

_SPANISH_WORDS = frozenset(
    "de la que el en y a los del se las por un para con no una su al es lo como más "
    "pero sus le ya o este sí porque esta entre cuando muy sin sobre también".split())
_ENGLISH_WORDS = frozenset(
    "the of and to in is that for it as was with be by on not he this are or his "
    "from at which but have an they".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def is_metadata_line(line: str) -> bool:
    return bool(_METADATA_LINE.match(line))


def publication_date(text: str, max_lines: int = 15) -> str | None:
    """ISO date from a metadata line near the top (e.g. ``时间:2023-03-16 16:22:02``)."""
    for line in text.splitlines()[:max_lines]:
        if not is_metadata_line(line):
            continue
        m = _DATE.search(line)
        if m:
            year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def title_from_text(text: str, repeated_keys: set[str] | frozenset = frozenset()) -> str:
    """A repeated non-metadata line near the top (scraped pages repeat the headline),
    else the first line that is not metadata; long lines are cut at a clause end."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = lines[:12]
    for line in head:
        # A headline does not end like a sentence; a repeated paragraph does.
        if (line_key(line) in repeated_keys and not is_metadata_line(line)
                and not line.endswith(_SENTENCE_FINAL)):
            return shorten_title(line)
    for line in head:
        if not is_metadata_line(line):
            return shorten_title(line)
    return shorten_title(lines[0]) if lines else ""


def shorten_title(line: str) -> str:
    line = " ".join(line.split())
    if len(line) <= _MAX_TITLE and not (HAN.search(line) and len(line) > 40):
        return line
    limit = 40 if HAN.search(line) else _MAX_TITLE
    m = _SENTENCE_END.search(line, 8)
    if m and m.start() <= limit:
        return line[:m.start()] + "…"
    return line[:limit] + "…"


#: How much of an article's text its language is told from: its head (the language of
#: the catalog entry is computed from the file's head before cleaning, issue 15).
LANGUAGE_SAMPLE = 1000


def detect_language(text: str) -> tuple[str, str]:
    """(language tag, ISO 15924 script): zh-Hans/Hans, zh-Hant/Hant, es/Latn, und/…

    Told from the first ``LANGUAGE_SAMPLE`` characters of the text as the file gives it
    (before cleaning) by character classes (``char_classes``) and word counts — some
    microseconds, so the library's glance at a file and the full reading agree by
    construction."""
    sample = text[:LANGUAGE_SAMPLE]
    counts = class_counts(sample)
    han, latin_letters = counts.han, counts.latin
    if han and han >= 0.3 * (han + latin_letters):
        # Japanese writes Han with kana; Chinese never uses kana in running text.
        if counts.kana >= 0.1 * han:
            return "ja", "Jpan"
        if counts.traditional > counts.simplified:
            return "zh-Hant", "Hant"
        return "zh-Hans", "Hans"
    lowered = _WORD.findall(sample.lower())
    if not lowered:
        return "und", "Zyyy"
    spanish = sum(map(_SPANISH_WORDS.__contains__, lowered))
    english = sum(map(_ENGLISH_WORDS.__contains__, lowered))
    if spanish >= max(3, 0.15 * len(lowered)) and spanish > 1.5 * english:
        return "es", "Latn"
    return "und", "Latn" if latin_letters else "Zyyy"

