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
from array import array
from dataclasses import dataclass
from functools import cached_property

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

    # Made once per view (a book: ~0.1 s each), on the worker that made the view where it
    # is large, so that showing a cached view again costs nothing (issue 14).
    @cached_property
    def utf16_index(self) -> Utf16Index:
        return Utf16Index(self.text)

    @cached_property
    def line_ends(self) -> array:
        """Positions of the view text's line breaks."""
        ends, find, text = array("q"), self.text.find, self.text
        position = find("\n")
        while position >= 0:
            ends.append(position)
            position = find("\n", position + 1)
        return ends

    def prepared(self) -> "ScriptView":
        """This view with its indexes made (call on a worker for a long text)."""
        self.utf16_index, self.line_ends  # noqa: B018 (made and kept)
        return self


def make_view(reading: str, script: Script | str) -> ScriptView:
    script = Script(script)
    if script is Script.ORIGINAL:
        return ScriptView(script, reading, OffsetMap.identity(len(reading)))
    config = _CONFIGS[script]
    converted = opencc_bridge.convert(reading, config)  # in short pieces
    if len(converted) == len(reading):
        # Character configs always land here; phrase configs when no phrase changed length.
        return ScriptView(script, converted, OffsetMap.identity(len(reading)))
    return _aligned_view(reading, script, config)


def _aligned_view(reading: str, script: Script, config: str) -> ScriptView:
    pieces: list[str] = []
    mapping = OffsetMap()
    cursor = 0
    clauses = [m.span() for m in _CLAUSE.finditer(reading)]
    converted_clauses = _convert_many([reading[a:b] for a, b in clauses], config)
    for (start, end), converted in zip(clauses, converted_clauses):
        if start > cursor:
            pieces.append(reading[cursor:start])
            mapping.add_equal(start - cursor)
        source = reading[start:end]
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


_BATCH_CHARS = opencc_bridge.BATCH_CHARS


def _convert_many(texts: list[str], config: str) -> list[str]:
    """Convert many clauses with few OpenCC calls: joined by newlines, which no clause
    holds and no phrase rule spans (one call per clause cost seconds on a novel)."""
    results: list[str] = []
    batch: list[str] = []
    size = 0
    for text in texts + [None]:
        if text is None or size + len(text) > _BATCH_CHARS:
            if batch:
                converted = opencc_bridge.convert("\n".join(batch), config).split("\n")
                if len(converted) != len(batch):  # never expected; stay exact regardless
                    converted = [opencc_bridge.convert(t, config) for t in batch]
                results.extend(converted)
            batch, size = [], 0
        if text is not None:
            batch.append(text)
            size += len(text) + 1
    return results


def _add_segments(source: str, converted: str, config: str, mapping: OffsetMap) -> None:
    """Cut the clause wherever converting the two sides apart gives the same text as
    converting it whole: those are the edges of OpenCC's own phrase segments."""
    cuts = range(1, len(source))
    lefts = _convert_many([source[:k] for k in cuts], config)
    rights = _convert_many([source[k:] for k in cuts], config)
    previous_source, previous_target = 0, 0
    for k in range(1, len(source) + 1):
        if k < len(source):
            left = lefts[k - 1]
            if not converted.startswith(left) or rights[k - 1] != converted[len(left):]:
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
