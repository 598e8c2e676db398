"""Reading positions saved before a cleaning change, moved with their words (issue 12).

A position is an offset in the reading text of the release that saved it. When the data
folder is upgraded to a new cleaning version, ``positions.json`` is noted as "to move"; the
first time each article is opened, its old reading text is rebuilt with the previous recipe
(the format's tag/markup edits, then ``clean``), the words at the old offset are described
like a highlight's selector and anchored in today's text. Words that cannot be found keep
the nearest offset: a reading position is a convenience, never worth failing for.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from reader.core.annotations.anchoring import anchor, describe
from reader.core.models import Document
from reader.core.text.decoding import UnreadableFile
from reader.core.text.offsets import apply_edits

PENDING_FILE = "positions-to-move.json"
#: Words taken at the old offset to find it again (a highlight's quote length).
QUOTE = 16


def mark_for_moving(data_dir: Path) -> None:
    """Called once by the upgrade: today's positions are offsets in the old text."""
    source = Path(data_dir) / "positions.json"
    if source.exists():
        shutil.copy2(source, Path(data_dir) / PENDING_FILE)


def old_reading_text(raw: str, suffix: str) -> str:
    """The reading text of the release before blocks (cleaning version 1)."""
    from reader.core.text.cleaning import clean
    from reader.core.text.formats import html_edits, markdown_edits

    suffix = suffix.lower()
    edits = (html_edits(raw)[0] if suffix in (".html", ".htm")
             else markdown_edits(raw)[0] if suffix in (".md", ".markdown") else [])
    extracted = apply_edits(raw, edits)[0] if edits else raw
    return clean(extracted).text


def moved_offset(old_text: str, text: str, offset: int) -> int:
    """Where the words once at ``offset`` of ``old_text`` are in ``text`` (else nearest)."""
    selector = describe(old_text, offset, min(len(old_text), offset + QUOTE))
    placed = anchor(text, selector) if selector.exact.strip() else None
    return placed.start if placed is not None else max(0, min(offset, len(text)))


class LegacyPositions:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / PENDING_FILE
        self._pending: dict[str, int] | None = None

    def _read(self) -> dict[str, int]:
        if self._pending is None:
            try:
                raw = json.loads(self.path.read_text("utf-8"))
            except (OSError, ValueError):
                raw = {}
            self._pending = {str(k): v for k, v in raw.items() if isinstance(v, int)} \
                if isinstance(raw, dict) else {}
        return self._pending

    def settle(self, document: Document, positions) -> None:
        """Move this article's old position onto today's text (once), into ``positions``."""
        pending = self._read()
        article = document.info.id
        if article not in pending:
            return
        try:
            raw = document.raw  # a book's is read again from its file (issue 14)
        except (UnreadableFile, OSError):
            return  # the file changed or went since it was read: moved when read again
        old = old_reading_text(raw, Path(document.info.path).suffix)
        positions.set(article, moved_offset(old, document.text, pending.pop(article)))
        try:
            if pending:
                tmp = self.path.with_suffix(".tmp")
                tmp.write_text(json.dumps(pending, ensure_ascii=False), "utf-8")
                os.replace(tmp, self.path)
            else:
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # moved again next time, from the same old offset: same result
