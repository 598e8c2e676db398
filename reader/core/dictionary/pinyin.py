"""Pinyin of running text, one reading per character, for the interlinear view.

pypinyin chooses the reading of a polyphonic character from the words around it (银行
yín háng, 行走 xíng zǒu, 重庆 chóng qìng). Its phrase table is simplified-only (銀行 gives
yín xíng), so text is read through OpenCC t2s first, which keeps every character in place.
Loading pypinyin takes ~0.7 s: ``warm_up`` lets a worker do it before the first paint.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reader.core.text import opencc_bridge
from reader.core.text.hanzi import HAN_CLASS

_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")


def warm_up() -> None:
    """Import pypinyin and its phrase table (call from a worker)."""
    readings("银行")


@lru_cache(maxsize=4096)
def readings(text: str) -> tuple[str, ...]:
    """For each code point of ``text`` its pinyin with tone marks ("" for anything that
    is not a Han character with a known reading)."""
    from pypinyin import Style, pinyin

    simplified = opencc_bridge.convert(text, "t2s")
    if len(simplified) != len(text):
        simplified = text
    result = [""] * len(text)
    for run in _HAN_RUN.finditer(simplified):
        items = pinyin(run.group(), style=Style.TONE, errors=lambda chars: [""] * len(chars))
        if len(items) != len(run.group()):  # never seen; read character by character
            items = [pinyin(ch, style=Style.TONE, errors=lambda c: [""])[0]
                     for ch in run.group()]
        for offset, item in enumerate(items):
            result[run.start() + offset] = item[0] if item else ""
    return tuple(result)
