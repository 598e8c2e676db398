"""Script views of a reading text (original / simplified / traditional / Taiwan phrases).

Every view carries an ``OffsetMap`` from the reading text to the view text. Character
configurations (s2t, t2s, s2tw, tw2s) keep the number of code points, so their map is the
identity. Phrase configurations (s2twp, tw2sp) rewrite words with other lengths
(用户 → 使用者); their map cuts each changed clause at the edges of OpenCC's phrase
segments, found by converting the clause in two parts.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from reader.core.text import opencc_bridge
from reader.core.text.offsets import OffsetMap, Utf16Index


class Script(str, enum.Enum):
    ORIGINAL = "original"
    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    TAIWAN = "taiwan"  # Taiwan standard with Taiwan phrases (s2twp)
    MAINLAND = "mainland"  # simplified with mainland phrases (tw2sp)

    @property
    def label(self) -> str:
        return {"original": "Original", "simplified": "Simplified",
                "traditional": "Traditional", "taiwan": "Taiwan (phrases)",
                "mainland": "Mainland (phrases)"}[self.value]


#: Script → OpenCC configuration.
_CONFIGS = {
    Script.SIMPLIFIED: "t2s",
    Script.TRADITIONAL: "s2t",
    Script.TAIWAN: "s2twp",
    Script.MAINLAND: "tw2sp",
}

# Phrase rules never span these, so converting clause by clause equals converting the whole.
_CLAUSE = re.compile(r"[^\s。，、；：？！,.;:?!「」『』“”‘’()（）《》〈〉【】…—\-]+")


@dataclass(frozen=True)
class ScriptView:
    script: Script
    text: str
    from_reading: OffsetMap  # reading text → view text

    def utf16(self) -> Utf16Index:
        return Utf16Index(self.text)


def make_view(reading: str, script: Script | str) -> ScriptView:
    script = Script(script)
    if script is Script.ORIGINAL:
        return ScriptView(script, reading, OffsetMap.identity(len(reading)))
    config = _CONFIGS[script]
    converted = opencc_bridge.convert(reading, config)
    if len(converted) == len(reading):
        # Character configs always land here; phrase configs when no phrase changed length.
        return ScriptView(script, converted, OffsetMap.identity(len(reading)))
    return _aligned_view(reading, script, config)


def _aligned_view(reading: str, script: Script, config: str) -> ScriptView:
    pieces: list[str] = []
    mapping = OffsetMap()
    cursor = 0
    for clause in _CLAUSE.finditer(reading):
        start, end = clause.span()
        if start > cursor:
            pieces.append(reading[cursor:start])
            mapping.add_equal(start - cursor)
        source = clause.group()
        converted = opencc_bridge.convert(source, config)
        if len(converted) == len(source):
            mapping.add_equal(len(source))
        else:
            _add_segments(source, converted, config, mapping)
        pieces.append(converted)
        cursor = end
    if cursor < len(reading):
        pieces.append(reading[cursor:])
        mapping.add_equal(len(reading) - cursor)
    return ScriptView(script, "".join(pieces), mapping)


def _add_segments(source: str, converted: str, config: str, mapping: OffsetMap) -> None:
    """Cut the clause wherever converting the two sides apart gives the same text as
    converting it whole: those are the edges of OpenCC's own phrase segments."""
    previous_source, previous_target = 0, 0
    for k in range(1, len(source) + 1):
        if k < len(source):
            left = opencc_bridge.convert(source[:k], config)
            if not converted.startswith(left) or \
                    opencc_bridge.convert(source[k:], config) != converted[len(left):]:
                continue
            target = len(left)
        else:
            target = len(converted)
        source_len, target_len = k - previous_source, target - previous_target
        if source_len == target_len:
            mapping.add_equal(source_len)
        else:
            mapping.add_replaced(source_len, target_len)
        previous_source, previous_target = k, target
