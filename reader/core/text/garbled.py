"""Garbled runs the GBK out-of-step repair alone misses: debris of lost characters.

When a text full of inserted pinyin — 為(wèi) — is decoded in the wrong encoding, a lost
character leaves *debris*: a ``?`` (or U+FFFD) standing for its bytes, often followed by the
tail of its pinyin gloss whose opening parenthesis was swallowed (``因?yàn)``, ``?rùn)``), or
glued to rare characters (``??傮w``). Private-Use characters draw as boxes. Next to debris,
GBK read one byte out of step is repairable once the run's boundary is known.

Evidence is always the shape of the damage, never a phrase: a lone ``?`` between common
characters, a real question mark, or rare characters with no debris near them are left alone
(clean text with rare names such as 鳗鲡 must not be flagged).
"""
from __future__ import annotations

import re
import unicodedata

from reader.core.text.hanzi import common_flags, is_han

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: A lost character: ``?`` / U+FFFD, then maybe a pinyin tail with no opening parenthesis.
_DEBRIS = re.compile(rf"[?\ufffd]+(?:[a-zü{_TONED}]{{1,6}}[)）])?")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
#: Cheap test first: a line with none of these has no debris (most lines).
DEBRIS_TRIGGER = re.compile("[?\ufffd\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
_PINYIN_TAIL = re.compile(rf"[a-zü{_TONED}]{{1,6}}[)）]")
#: How far a damaged run may reach past its debris looking for out-of-step characters.
_MAX_RUN = 12


def is_private_use(ch: str) -> bool:
    return unicodedata.category(ch) == "Co"


def debris_spans(body: str, flags: list[bool] | None = None) -> list[tuple[int, int]]:
    """Spans of debris in one line: ``?`` runs that carry a pinyin tail or touch a rare
    character, and Private-Use characters."""
    if not DEBRIS_TRIGGER.search(body):
        return []
    if flags is None:
        flags = common_flags(body)
    spans: list[tuple[int, int]] = []
    for m in _DEBRIS.finditer(body):
        start, end = m.span()
        has_tail = bool(_PINYIN_TAIL.search(m.group()))
        before = body[start - 1] if start else ""
        after = body[end] if end < len(body) else ""
        touches_rare = ((before and is_han(before) and not flags[start - 1])
                        or (after and is_han(after) and not flags[end])
                        or (after and is_private_use(after)))
        if has_tail and before and (is_han(before) or before in "?\ufffd"
                                     or is_private_use(before)):
            spans.append((start, end))
        elif touches_rare:
            spans.append((start, end))
    spans.extend(m.span() for m in _PRIVATE_USE.finditer(body))
    return _merge(spans)


def damaged_run_after(body: str, end: int, flags: list[bool]) -> int:
    """End of the out-of-step run that follows debris ending at ``end``: rare characters,
    with at most one plain ASCII letter glued between them (a GBK trail byte)."""
    last_rare = -1
    i = end
    while i < len(body) and i - end < _MAX_RUN:
        ch = body[i]
        if (is_han(ch) and not flags[i]) or is_private_use(ch) or _is_gbk_symbol(ch):
            last_rare = i
        elif ch.isascii() and ch.isalpha() or ch in "^?":
            if i - 1 != last_rare:
                break
        elif not is_han(ch):
            break
        elif i - last_rare > 2:  # common characters: the run is over
            break
        i += 1
    if last_rare < 0:
        return end
    return last_rare + 1


def _is_gbk_symbol(ch: str) -> bool:
    code = ord(ch)
    return (0x3100 <= code <= 0x312F or 0x2460 <= code <= 0x24FF
            or 0x2500 <= code <= 0x257F or 0x0370 <= code <= 0x04FF)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return _merge(spans)
