"""The shelf's records as the library list takes them, without the shelf manager (issue 15).

The start-up list reads every article's record (10,000 at a warm start) before anything
else is shown: here in one query on a read-only connection (no schema check that writes,
no wait for another process's write), made in one comprehension with the collector
paused. ``ShelfManager.records`` makes them the same way."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from reader.core.library.collector import collector_paused

SHELF_FILE = "shelf.sqlite"
SCHEMA_VERSION = 1
QUERY = "SELECT article, title, tags, collections, added, last_read, removed FROM articles"


class NotReadable(Exception):
    """The shelf cannot be read as it is (missing, of another schema, busy): the manager's
    way (which creates or migrates it) is the one to take."""


def records_from(rows) -> dict[str, dict]:
    """``{article: ShelfEntry.to_json()}`` from ``QUERY``'s rows."""
    with collector_paused():
        return {article: {"title": title,   # most have no tags: no call for them
                          "tags": [] if tags == "[]" else list(json.loads(tags)),
                          "collections": [] if collections == "[]" else
                          list(json.loads(collections)),
                          "added": added, "last_read": last_read, "removed": bool(removed)}
                for article, title, tags, collections, added, last_read, removed in rows}


def read_records(data_dir: Path) -> dict[str, dict]:
    """Every record, read-only; NotReadable when the shelf is not there as this Reader
    keeps it."""
    path = Path(data_dir) / SHELF_FILE
    if not path.is_file():
        raise NotReadable(f"no {path}")
    # An URI for read-only; not Path.as_uri (it imports urllib.parse before the first paint)
    name = str(path.resolve()).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    try:
        db = sqlite3.connect(f"file:{name}?mode=ro", uri=True, timeout=1)
    except (sqlite3.Error, ValueError) as exc:   # ValueError: a name UTF-8 cannot hold
        raise NotReadable(str(exc)) from exc
    try:
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            raise NotReadable("another schema")
        return records_from(db.execute(QUERY).fetchall())
    except (sqlite3.Error, ValueError, TypeError) as exc:
        raise NotReadable(str(exc)) from exc
    finally:
        db.close()
