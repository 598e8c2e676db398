"""From a file's decoded text to its reading text: layout → cleaning → structure → blocks.

1. a format reader gives the *layout*: one line per block, with an exact map from the raw
   text (``readers``);
2. ``cleaning.clean`` repairs and normalises the lines (its own exact map);
3. ``structure.classify`` decides what each line is — title, heading, list item, body — or
   which clutter it is (removed, with a reason, never lost);
4. removed lines, blank lines and cut prefixes become edits; the reading text is the kept
   lines joined by "\\n" (``blocks.assemble``'s contract) and every map is chained.

``CLEANING_VERSION`` names this recipe: stored positions made under another version are
moved through their text selectors (``library.migration``).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from reader.core.text.blocks import Block, BlockKind, RemovedBlock, SourceBlock, assemble
from reader.core.text.cleaning import CleaningReport, clean
from reader.core.text.offsets import Edit, MapChain, apply_edits
from reader.core.text.readers import Layout
from reader.core.text.structure import Line, classify
from reader.core.text.titles import seo_prefix

#: 1: one flat cleaned string (up to release 0.x); 2: blocks, clutter out (issue 12).
CLEANING_VERSION = 2


@dataclass
class ReadingText:
    text: str
    blocks: list[Block]
    raw_to_reading: MapChain
    report: CleaningReport
    metadata: dict = field(default_factory=dict)
    removed: list[RemovedBlock] = field(default_factory=list)

    @property
    def title_block(self) -> Block | None:
        if self.blocks and self.blocks[0].kind is BlockKind.TITLE:
            return self.blocks[0]
        return None


def build_reading_text(layout: Layout) -> ReadingText:
    cleaned = clean(layout.text)
    ctext = cleaned.text
    line_starts = _line_starts(layout.text)

    # The cleaned text's lines, each with what the reader said about its source line.
    spans: list[tuple[int, int]] = []
    lines: list[Line] = []
    position = 0
    for part in ctext.split("\n"):
        start, end = position, position + len(part)
        position = end + 1
        if not part:
            continue
        source = cleaned.raw_to_reading.to_source(start)
        kind, level = layout.kinds[min(len(layout.kinds) - 1,
                                       bisect.bisect_right(line_starts, source) - 1)]
        spans.append((start, end))
        lines.append(Line(part, kind, level))
    decisions, metadata = classify(lines, layout.structured)

    # The title: a reader's first heading of level 1 stands for it too.
    kept = [i for i, d in enumerate(decisions) if d.kind is not None]
    if kept and layout.structured and decisions[kept[0]].kind is BlockKind.HEADING \
            and decisions[kept[0]].level == 1:
        decisions[kept[0]].kind = BlockKind.TITLE
    body_text = "\n".join(lines[i].text for i in kept[1:])
    if kept and decisions[kept[0]].kind is BlockKind.TITLE:
        cut = seo_prefix(lines[kept[0]].text, body_text)
        if cut:
            decisions[kept[0]].cut_start, decisions[kept[0]].cut_end = cut

    edits: list[Edit] = []
    to_extracted = MapChain([layout.from_raw, cleaned.raw_to_reading])
    removed: list[RemovedBlock] = list(layout.removed)
    previous_end = 0  # end of the last kept line (or 0)
    first_kept = True
    for (start, end), line, decision in zip(spans, lines, decisions):
        if decision.kind is None:
            raw_start, raw_end = to_extracted.range_to_source(start, end)
            removed.append(RemovedBlock(decision.removed_kind, decision.reason, raw_start,
                                        raw_end, line.text))
            continue
        # Everything between the previous kept line and this one becomes one "\n".
        gap_start = previous_end
        if first_kept:
            if start > 0:
                edits.append(Edit(0, start))
        elif start - gap_start > 1:
            edits.append(Edit(gap_start, start, "\n"))
        if decision.cut_start:
            cut_end = start + decision.cut_start
            raw_start, raw_end = to_extracted.range_to_source(start, cut_end)
            removed.append(RemovedBlock(*(("title-prefix", "keywords in front of the headline")
                                          if decision.kind is BlockKind.TITLE else
                                          ("marker", "list marker")),
                                        raw_start, raw_end, ctext[start:cut_end]))
            edits.append(Edit(start, cut_end))
        if decision.cut_end:
            cut_start = end - decision.cut_end
            raw_start, raw_end = to_extracted.range_to_source(cut_start, end)
            removed.append(RemovedBlock("title-prefix", "closing bracket of the headline",
                                        raw_start, raw_end, ctext[cut_start:end]))
            edits.append(Edit(cut_start, end))
        previous_end = end
        first_kept = False
    if previous_end < len(ctext):
        edits.append(Edit(previous_end, len(ctext)))
    text, final = apply_edits(ctext, _drop_overlaps(edits))

    kept_sources = [SourceBlock(d.kind, "", d.level) for d in decisions if d.kind is not None]
    parts = text.split("\n") if text else []
    assembled, blocks = assemble(SourceBlock(s.kind, part, s.level)
                                 for s, part in zip(kept_sources, parts))
    assert assembled == text, "block spans must cover the reading text exactly"

    report = cleaned.report
    report.suspect_spans = [final.range_to_target(s, e) for s, e in report.suspect_spans
                            if final.range_to_target(s, e)[1] > final.range_to_target(s, e)[0]]
    removed.extend(_duplicates(layout, cleaned.report, line_starts))
    removed.sort(key=lambda r: (r.raw_start, r.raw_end))
    return ReadingText(text, blocks, MapChain([layout.from_raw, cleaned.raw_to_reading, final]),
                       report, metadata, removed)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _duplicates(layout: Layout, report: CleaningReport, starts: list[int]) -> list[RemovedBlock]:
    """Lines the cleaning dropped as repeats, as removed blocks in raw offsets."""
    result = []
    for number in report.duplicate_lines:
        start = starts[number - 1]
        end = starts[number] - 1 if number < len(starts) else len(layout.text)
        raw_start, raw_end = layout.from_raw.range_to_source(start, end)
        result.append(RemovedBlock("duplicate", "repeats an earlier line", raw_start, raw_end,
                                   layout.text[start:end].strip()))
    return result


def _drop_overlaps(edits: list[Edit]) -> list[Edit]:
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
    return kept
