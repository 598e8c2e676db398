"""Upgrading a data folder when the reading text changes (a new cleaning version).

Every stored position is an offset in an article's reading text, so a new cleaning recipe
moves them all. What moves them:

* highlights: the article's ``content_hash`` includes the cleaning version, so a highlight
  stored under another version no longer matches and is re-anchored through its quote and
  context selectors (or listed as an orphan) — ``AnnotationStore.reanchor``;
* reading positions: stored with the text around them (``PositionStore``) and found again
  the same way;
* the search index and events are keyed by the same hash, so they are rebuilt.

Before the first open under a new version, the data folder is copied once to
``backups/before-cleaning-v<N>`` (nothing is ever lost to an upgrade).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from reader.core.annotations.anchoring import anchor, describe
from reader.core.text.pipeline import CLEANING_VERSION

VERSION_FILE = "cleaning-version"
BACKUPS = "backups"
#: Files of a data folder made before versions were recorded (release 0.x = version 1).
_DATA_FILES = ("annotations.sqlite", "positions.json", "index")


def stored_version(data_dir: Path) -> int | None:
    """The cleaning version the data folder was last used with (None: a new folder)."""
    try:
        return int((data_dir / VERSION_FILE).read_text("utf-8").strip())
    except (OSError, ValueError):
        pass
    if any((data_dir / name).exists() for name in _DATA_FILES):
        return 1
    return None


def upgrade_data_dir(data_dir: Path) -> Path | None:
    """Back the folder up once if it was made under an older cleaning version, then record
    the current one. Returns the backup folder when one was made."""
    data_dir = Path(data_dir)
    version = stored_version(data_dir)
    backup = None
    if version is not None and version < CLEANING_VERSION:
        backup = data_dir / BACKUPS / f"before-cleaning-v{CLEANING_VERSION}"
        if not backup.exists():
            backup.mkdir(parents=True)
            for item in data_dir.iterdir():
                if item.name == BACKUPS or item.name.endswith(("-wal", "-shm")):
                    continue
                target = backup / item.name
                if item.is_dir():
                    shutil.copytree(item, target)
                else:
                    shutil.copy2(item, target)
                    for suffix in ("-wal", "-shm"):  # a SQLite file with its journal
                        journal = item.with_name(item.name + suffix)
                        if journal.exists():
                            shutil.copy2(journal, backup / journal.name)
        else:
            backup = None
    if version != CLEANING_VERSION:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            (data_dir / VERSION_FILE).write_text(str(CLEANING_VERSION), "utf-8")
        except OSError:
            pass  # a read-only data folder: upgrade again next time, losing nothing
    return backup


class PositionStore:
    """Reading positions that survive a change of the reading text: each offset is kept
    with the words around it and the text's hash, and found again through them."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def _read(self) -> dict:
        try:
            return json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def save(self, article: str, text: str, offset: int, content_hash: str) -> None:
        offset = max(0, min(offset, len(text)))
        end = min(len(text), offset + 16)
        selector = describe(text, offset, end) if end > offset else None
        data = self._read()
        data[article] = {"offset": offset, "hash": content_hash,
                         "exact": selector.exact if selector else "",
                         "prefix": selector.prefix if selector else "",
                         "suffix": selector.suffix if selector else ""}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
            tmp.replace(self.path)
        except OSError:
            pass  # a position is a convenience; never fail the reader for it

    def load(self, article: str, text: str, content_hash: str) -> int | None:
        """The saved position moved onto ``text`` (None: nothing saved)."""
        entry = self._read().get(article)
        if not entry:
            return None
        offset = int(entry.get("offset", 0))
        if entry.get("hash") == content_hash or not entry.get("exact"):
            return max(0, min(offset, len(text)))
        return move_offset(text, offset, entry["exact"], entry.get("prefix", ""),
                           entry.get("suffix", ""))


def move_offset(text: str, offset: int, exact: str, prefix: str, suffix: str) -> int:
    """Where the words once at ``offset`` are in ``text`` now (else the nearest offset)."""
    from reader.core.annotations.anchoring import Selector

    placed = anchor(text, Selector(offset, offset + len(exact), exact, prefix, suffix))
    return placed.start if placed is not None else max(0, min(offset, len(text)))


def legacy_position(raw: str, suffix: str, text: str, offset: int) -> int:
    """A position saved by a release before cleaning versions (an offset in ``clean(raw)``
    of a plain-text file), moved onto today's reading text."""
    if suffix.lower() not in (".txt", ""):
        return max(0, min(offset, len(text)))
    from reader.core.text.cleaning import clean

    old = clean(raw).text
    selector = describe(old, offset, min(len(old), offset + 16))
    if not selector.exact:
        return max(0, min(offset, len(text)))
    return move_offset(text, offset, selector.exact, selector.prefix, selector.suffix)
