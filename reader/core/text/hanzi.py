"""Facts about Han characters that several modules need: which are common, which script.

"Common" means: its simplified form is one of GB2312's level-1 characters (the 3,755 most
frequent in modern Chinese). Real Chinese prose is ~99% common characters; text decoded in
the wrong encoding, or GBK bytes read one byte out of step, is full of rare ones. That single
measure chooses between candidate encodings and finds mojibake runs, with no per-file rule.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reader.core.text import opencc_bridge

HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN = re.compile(f"[{HAN_CLASS}]")


def is_han(ch: str) -> bool:
    return bool(HAN.match(ch))


@lru_cache(maxsize=65536)
def _is_common_simplified(ch: str) -> bool:
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xD7


def common_flags(text: str) -> list[bool]:
    """For each character of ``text``: is it a common Han character (see module doc)?

    Non-Han characters are reported as common, so only Han characters weigh.
    """
    flags = [True] * len(text)
    for position in rare_positions(text):
        flags[position] = False
    return flags


def rare_positions(text: str) -> list[int]:
    """Positions of the Han characters of ``text`` that are not common, in order.

    One OpenCC call and one regex scan, both in C: a multi-MB novel takes a fraction of a
    second where a per-character loop in Python took seconds.
    """
    simplified = opencc_bridge.convert(text, "t2s")
    if len(simplified) != len(text):  # t2s keeps length; be safe if it ever does not
        simplified = text
    # OpenCC maps Han to Han; checking the original keeps the definition exact regardless.
    return [m.start() for m in _rare_han().finditer(simplified)
            if simplified is text or HAN.match(text, m.start())]


@lru_cache(maxsize=1)
def _rare_han() -> re.Pattern:
    """Every Han character except the common simplified ones, as one character class."""
    common = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                common.add(ord(bytes((lead, trail)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    ranges = []
    for first, last in _HAN_RANGES:
        start = None
        for code in range(first, last + 2):
            inside = code <= last and code not in common
            if inside and start is None:
                start = code
            elif not inside and start is not None:
                ranges.append((start, code - 1))
                start = None
    return re.compile("[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}"
                                    for a, b in ranges) + "]")


_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))


def han_rarity(text: str) -> float:
    """Share of the Han characters in ``text`` that are not common (0.0 if none)."""
    han = len(HAN.findall(text))
    if not han:
        return 0.0
    return len(rare_positions(text)) / han
