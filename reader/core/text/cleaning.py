"""Reading text from raw text, with an offset map and a report of every change.

The rules are generic (they describe kinds of noise, never one file):

* zero-width and control characters are removed;
* runs of GBK bytes decoded one byte out of step ("mojibake") are repaired when a re-decode
  gives common characters, else reported as suspect;
* pinyin inserted after a character — 國(guó)際 — is removed; real parentheses stay:
  (70%), (AAC), (花名), (Běijīng) (capitalised or multi-syllable glosses are content);
* a line that repeats the previous non-blank line, ignoring spacing and punctuation, is
  dropped (scraped pages repeat titles and metadata), and so are later copies of a short
  line that occurs three or more times (image captions repeating the headline);
* whitespace is normalised: line ends → ``\\n``, no leading/trailing spaces on a line, runs
  of spaces → one, at most one blank line between paragraphs, none at either end.

All edits are computed against the raw text in one pass, so a single ``OffsetMap`` relates
raw and reading text both ways.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from reader.core.text.garbled import (DEBRIS_TRIGGER, damaged_run_after, debris_spans,
                                      merge_spans)
from reader.core.text.hanzi import common_flags, han_rarity, is_han, rare_positions
from reader.core.text.offsets import Edit, OffsetMap, apply_edits

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_LETTERS = f"a-zü{_TONED}"
# One lower-case pinyin syllable carrying a tone mark, glued to the preceding character.
_PINYIN_INSERT = re.compile(
    rf"(?<=[^\s(（])[(（]([{_PINYIN_LETTERS}]{{1,6}})[)）]"
)
_TONE_MARK = re.compile(f"[{_TONED}]")
_SYLLABLE = re.compile(
    r"^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouü]{1,3}(?:n|ng|r)?$"
)

_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LEADING_SPACE = re.compile("^[ \t\u3000\xa0]+")
_TRAILING_SPACE = re.compile("[ \t\u3000\xa0]+$")
#: A run of two or more spaces, or any run with a tab or no-break space, as a whole (so the
#: result has no run left: cleaning is idempotent).
_INNER_SPACE = re.compile("[ \t\xa0]{2,}|[\t\xa0]")
_NON_ASCII_RUN = re.compile("[^\\x00-\\x7f\\s]{4,}")
_NOT_KEY = re.compile(r"[\W_]+")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")

#: A Han run is suspect when at least this many of its characters are rare …
_MOJIBAKE_MIN_RARE = 3
#: … and at least this share of them.
_MOJIBAKE_MIN_SHARE = 0.4
#: A short line seen this many times in one article is boilerplate after its first use.
_BOILERPLATE_REPEATS = 3
_BOILERPLATE_MAX_CHARS = 60
#: A re-decoded run is accepted when no more than this share of its Han characters is rare.
_REPAIR_MAX_RARITY = 0.1


@dataclass(frozen=True)
class Repair:
    raw_start: int
    raw_end: int
    before: str
    after: str


@dataclass
class CleaningReport:
    pinyin_removed: int = 0
    duplicate_lines: list[int] = field(default_factory=list)  # raw line numbers, 1-based
    repairs: list[Repair] = field(default_factory=list)
    suspect_spans: list[tuple[int, int]] = field(default_factory=list)  # in reading text
    invisible_removed: int = 0
    repeated_lines: set[str] = field(default_factory=set)  # keys of lines seen repeated

    def summary(self) -> dict:
        return {
            "pinyin_removed": self.pinyin_removed,
            "duplicate_lines_dropped": len(self.duplicate_lines),
            "mojibake_repaired": len(self.repairs),
            "mojibake_suspect": len(self.suspect_spans),
            "invisible_removed": self.invisible_removed,
        }


@dataclass(frozen=True)
class CleanText:
    raw: str
    text: str
    raw_to_reading: OffsetMap
    report: CleaningReport


def line_key(line: str) -> str:
    """What two lines must share to count as repeats: letters and digits, case-folded."""
    return _NOT_KEY.sub("", line).casefold()  # [\W_] is exactly "not L*/N*" (isalnum)


def clean(raw: str) -> CleanText:
    report = CleaningReport()
    edits: list[Edit] = []
    suspects_raw: list[tuple[int, int]] = []
    # Each kept line's newline: (raw_start, raw_end, is_content_line); trimmed at the end.
    newlines: list[tuple[int, int, bool]] = []
    previous_key: str | None = None
    previous_blank = True  # no blank lines at the top of the text

    lines = []  # (number, start, end, body_end, edits, cleaned text, key)
    implausible = _implausible_positions(raw)  # one pass over the whole text, in C
    for number, match in enumerate(_LINE.finditer(raw), start=1):
        start, end = match.span()
        if start == end:
            break
        body_end = end
        while body_end > start and raw[body_end - 1] in "\r\n":
            body_end -= 1
        line_suspects: list[tuple[int, int]] = []
        line_edits = _line_edits(raw[start:body_end], start, report, line_suspects,
                                 implausible)
        cleaned, _ = apply_edits(raw[start:body_end],
                                 [Edit(e.start - start, e.end - start, e.replacement)
                                  for e in line_edits])
        lines.append((number, start, end, body_end, line_edits, cleaned, line_key(cleaned),
                      line_suspects))
    occurrences = Counter(line[6] for line in lines if line[6])
    seen: set[str] = set()

    for number, start, end, body_end, line_edits, cleaned, key, line_suspects in lines:
        if not cleaned:
            if previous_blank:
                edits.append(Edit(start, end))
                continue
            previous_blank = True
            if body_end > start:
                edits.append(Edit(start, body_end))
            newlines.append((body_end, end, False))
            continue
        # A repeat of the previous line, or of a short line the page repeats again and
        # again (image captions, headers): scraped pages are full of both.
        if key and (key == previous_key or (key in seen and occurrences[key] >= _BOILERPLATE_REPEATS
                                            and len(cleaned) <= _BOILERPLATE_MAX_CHARS)):
            report.duplicate_lines.append(number)
            report.repeated_lines.add(key)
            edits.append(Edit(start, end))
            continue
        seen.add(key)
        previous_key = key
        previous_blank = False
        edits.extend(line_edits)
        suspects_raw.extend(line_suspects)
        newlines.append((body_end, end, True))

    # Line ends: "\n" everywhere, and nothing after the last content line.
    last_content = max((i for i, nl in enumerate(newlines) if nl[2]), default=-1)
    for i, (nl_start, nl_end, _) in enumerate(newlines):
        if i >= last_content:
            if nl_end > nl_start:
                edits.append(Edit(nl_start, nl_end))
        elif raw[nl_start:nl_end] != "\n":
            edits.append(Edit(nl_start, nl_end, "\n"))
    edits = _drop_overlaps(edits)
    text, mapping = apply_edits(raw, edits)
    report.suspect_spans = merge_spans([mapping.range_to_target(s, e) for s, e in suspects_raw])
    return CleanText(raw=raw, text=text, raw_to_reading=mapping, report=report)


def _drop_overlaps(edits: list[Edit]) -> list[Edit]:
    """Keep the first of overlapping edits (rules never overlap by design; this guards the
    offset map should two ever touch the same characters)."""
    kept: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
    return kept


def _line_edits(body: str, offset: int, report: CleaningReport,
                suspects: list[tuple[int, int]], implausible: list[int]) -> list[Edit]:
    edits: list[Edit] = []
    for m in _INVISIBLE.finditer(body):
        edits.append(Edit(offset + m.start(), offset + m.end()))
        report.invisible_removed += 1
    edits.extend(_mojibake_edits(body, offset, report, suspects, implausible))
    for m in _PINYIN_INSERT.finditer(body):
        if _is_inserted_pinyin(body, m):
            edits.append(Edit(offset + m.start(), offset + m.end()))
            report.pinyin_removed += 1
    lead = _LEADING_SPACE.search(body)
    if lead:
        edits.append(Edit(offset + lead.start(), offset + lead.end()))
    trail = _TRAILING_SPACE.search(body)
    if trail and (not lead or trail.start() > lead.end()):
        edits.append(Edit(offset + trail.start(), offset + trail.end()))
    content_start = lead.end() if lead else 0
    content_end = trail.start() if trail else len(body)
    for m in _INNER_SPACE.finditer(body, content_start, content_end):
        edits.append(Edit(offset + m.start(), offset + m.end(), " "))
    return _drop_overlaps(edits)


def _is_inserted_pinyin(body: str, match: re.Match) -> bool:
    syllable = match.group(1)
    if not _SYLLABLE.match(_strip_tones(syllable)):
        return False
    before = body[match.start() - 1]
    after = body[match.end()] if match.end() < len(body) else ""
    # Inserted after a Han character, or inside a word (Y(jié)outube); never a gloss
    # after a Latin word, where "(sí)" may be real text.
    if not (is_han(before) or (after and is_han(after))
            or (before.isalpha() and after.isalpha())):
        return False
    if _TONE_MARK.search(syllable):
        return True
    # A toneless (neutral-tone) syllable counts only beside toned insertions: 什麼(shén)麼(me).
    window = body[max(0, match.start() - 12): match.end() + 12]
    return len(_PINYIN_INSERT.findall(window)) >= 2 and bool(_TONE_MARK.search(window))


def _strip_tones(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch == "\u0308") \
        .replace("u\u0308", "ü")


def _mojibake_edits(body: str, offset: int, report: CleaningReport,
                    suspects: list[tuple[int, int]], implausible: list[int]) -> list[Edit]:
    """``implausible``: sorted positions in the whole raw text (_implausible_positions)."""
    edits: list[Edit] = []
    claimed: list[tuple[int, int]] = []  # body spans already repaired or marked

    def repair(start: int, end: int, run_start: int, run_end: int) -> bool:
        best = _best_repair(body, start, end, run_start, run_end)
        if best is None:
            return False
        span_start, span_end, repaired = best
        edits.append(Edit(offset + span_start, offset + span_end, repaired))
        report.repairs.append(Repair(offset + span_start, offset + span_end,
                                     body[span_start:span_end], repaired))
        claimed.append((span_start, span_end))
        return True

    # Debris of lost characters first: it tells where an out-of-step run begins.
    has_debris = DEBRIS_TRIGGER.search(body) and _HAS_NON_ASCII.search(body)
    flags = common_flags(body) if has_debris else []
    for start, end in (debris_spans(body, flags) if has_debris else ()):
        if any(s <= start and end <= e for s, e in claimed):
            continue  # inside a run already repaired
        marked_start, marked_end = start, end
        while marked_start > 0 and is_han(body[marked_start - 1]) \
                and not flags[marked_start - 1] and start - marked_start < 6:
            marked_start -= 1  # rare characters glued before the debris belong to it
        run_end = damaged_run_after(body, end, flags)
        if run_end > end and not _repair_run(body, end, run_end, repair):
            marked_end = run_end
        suspects.append((offset + marked_start, offset + marked_end))
        claimed.append((marked_start, marked_end))
    first = bisect_left(implausible, offset)
    if first == len(implausible) or implausible[first] >= offset + len(body):
        return edits  # nothing implausible on this line: the usual case
    for run in _NON_ASCII_RUN.finditer(body):
        run_start = offset + run.start()
        low = bisect_left(implausible, run_start)
        high = bisect_left(implausible, offset + run.end(), low)
        rare = [position - run_start for position in implausible[low:high]]
        for start, end in _rare_clusters(rare):
            start, end = run.start() + start, run.start() + end
            if any(s < end + 1 and start < e + 1 for s, e in claimed):
                continue
            if repair(start, end, run.start(), run.end()):
                continue
            # Rare characters alone are not damage (names, classical words): flag only
            # with a sign of decoding trouble.
            if any(_is_mojibake_symbol(ch) for ch in body[start:end]):
                suspects.append((offset + start, offset + end))
                claimed.append((start, end))
    return edits


def _repair_run(body: str, start: int, end: int, repair) -> bool:
    """Repair a run whose start is known (it follows debris): its end is fuzzy only by the
    one ASCII byte the last GBK pair may have swallowed."""
    for right in (end, end + 1, end + 2, end - 1):
        if start + 2 <= right <= len(body) and repair(start, right, start, right):
            return True
    return False


_HAS_NON_ASCII = re.compile("[^\\x00-\\x7f]")


def _implausible_positions(text: str) -> list[int]:
    """Positions of characters implausible in Chinese prose: rare Han characters,
    private-use characters and the symbol blocks that GBK's lead rows hold (bopomofo, box
    drawing, enclosed numbers, Greek, Cyrillic) are what out-of-step GBK decoding produces.
    Found by regex scans over the whole text (a per-character loop cost seconds on a novel)."""
    positions = rare_positions(text)
    symbols = [m.start() for m in _MOJIBAKE_SYMBOL.finditer(text)]
    return sorted(positions + symbols) if symbols else positions


def _is_mojibake_symbol(ch: str) -> bool:
    return bool(_MOJIBAKE_SYMBOL.match(ch))


# Private use (category Co), bopomofo, enclosed alphanumerics, box drawing, Greek, Cyrillic.
_MOJIBAKE_SYMBOL = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
                              "\u3100-\u312f\u2460-\u24ff\u2500-\u257f\u0370-\u04ff]")


def _rare_clusters(rare: list[int]) -> list[tuple[int, int]]:
    """Spans dense in rare characters (sorted positions): rare ones at most two common
    ones apart."""
    spans: list[tuple[int, int]] = []
    cluster: list[int] = []
    for pos in rare + [None]:
        if pos is not None and (not cluster or pos - cluster[-1] <= 3):
            cluster.append(pos)
            continue
        if len(cluster) >= _MOJIBAKE_MIN_RARE:
            start, end = cluster[0], cluster[-1] + 1
            if len(cluster) / (end - start) >= _MOJIBAKE_MIN_SHARE:
                spans.append((start, end))
        cluster = [pos] if pos is not None else []
    return spans


def _best_repair(body: str, start: int, end: int, run_start: int,
                 run_end: int) -> tuple[int, int, str] | None:
    """Try the cluster and slightly wider spans (its edges are fuzzy, and the last GBK
    pair may have swallowed one ASCII byte); keep the widest span that re-decodes well."""
    best: tuple[int, int, str] | None = None
    for left in range(max(run_start, start - 2), start + 1):
        for right in range(end, min(run_end, end + 2) + 1):
            repaired = _redecode_out_of_step(body[left:right])
            if repaired is not None and (best is None or right - left > best[1] - best[0]):
                best = (left, right, repaired)
    if best is None and run_end < len(body) and 0x40 <= ord(body[run_end]) <= 0x7E:
        for left in range(max(run_start, start - 2), start + 1):
            repaired = _redecode_out_of_step(body[left:run_end + 1])
            if repaired is not None:
                return left, run_end + 1, repaired
    return best


def _redecode_out_of_step(span: str) -> str | None:
    try:
        data = span.encode("gb18030")
    except UnicodeEncodeError:
        return None
    try:
        candidate = data[1:].decode("gb18030")
    except UnicodeDecodeError:
        return None
    if any(unicodedata.category(ch)[0] == "C" for ch in candidate):
        return None
    han = sum(1 for ch in candidate if is_han(ch))
    if han >= 2 and han_rarity(candidate) <= _REPAIR_MAX_RARITY:
        return candidate
    return None
