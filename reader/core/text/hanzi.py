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
    simplified = opencc_bridge.convert(text, "t2s")
    if len(simplified) != len(text):  # t2s keeps length; be safe if it ever does not
        simplified = text
    return [(not is_han(orig)) or _is_common_simplified(simp)
            for orig, simp in zip(text, simplified)]


def han_rarity(text: str) -> float:
    """Share of the Han characters in ``text`` that are not common (0.0 if none)."""
    han_positions = [i for i, ch in enumerate(text) if is_han(ch)]
    if not han_positions:
        return 0.0
    flags = common_flags(text)
    rare = sum(1 for i in han_positions if not flags[i])
    return rare / len(han_positions)


def script_counts(text: str) -> tuple[int, int]:
    """(traditional-only, simplified-only) character counts, via OpenCC's char tables."""
    to_simplified = opencc_bridge.convert(text, "t2s")
    to_traditional = opencc_bridge.convert(text, "s2t")
    traditional_only = sum(1 for a, b in zip(text, to_simplified) if a != b)
    simplified_only = sum(1 for a, b in zip(text, to_traditional) if a != b)
    return traditional_only, simplified_only
