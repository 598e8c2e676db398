"""Upgrading a data folder when the reading text changes (a new cleaning version).

Every stored position is an offset in an article's reading text, so a new cleaning recipe
moves them all. What moves them:

* highlights: the article's ``content_hash`` includes the cleaning version, so a highlight
  stored under another version no longer matches and is re-anchored through its quote and
  context selectors (or listed as an orphan) — ``AnnotationStore.reanchor``;
* reading positions (``PositionManager``, ``positions.json``) are noted to be moved with
  their words when each article is next opened (``legacy_positions``);
* the search index and events are keyed by the same hash, so they are rebuilt.

Before the first open under a new version, the data folder is copied once to
``backups/before-cleaning-v<N>`` (nothing is ever lost to an upgrade).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from reader.core.library.legacy_positions import mark_for_moving
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
        mark_for_moving(data_dir)
    if version != CLEANING_VERSION:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            (data_dir / VERSION_FILE).write_text(str(CLEANING_VERSION), "utf-8")
        except OSError:
            pass  # a read-only data folder: upgrade again next time, losing nothing
    return backup


def upgrade_before_opening(data_dir: Path) -> Path | None:
    """``upgrade_data_dir``, but a backup that cannot be written (read-only, full) leaves
    the stored data untouched instead of stopping the library from opening."""
    try:
        return upgrade_data_dir(data_dir)
    except OSError:
        return None
