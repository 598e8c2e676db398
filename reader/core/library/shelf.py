"""``library.shelf``: what the reader keeps about articles besides their text — an edited
title, tags and collections, when it was added and last read, whether it was removed from
the library (the file stays; its highlights stay in their own store and come back with it),
and bookmarks.

SQLite (``shelf.sqlite`` in the data folder), WAL, one transaction per change, schema
versions in ``user_version``. "Last read" changes while reading, and reading never writes
(a test traces every statement): it is kept in memory and written by ``save()``, which the
app calls when it saves reading positions."""
from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from reader.core.library.shelf_records import QUERY, SCHEMA_VERSION, SHELF_FILE, records_from

_MIGRATIONS = {
    1: """
        CREATE TABLE articles (
            article TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            collections TEXT NOT NULL DEFAULT '[]',
            added TEXT NOT NULL DEFAULT '',
            last_read TEXT NOT NULL DEFAULT '',
            removed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE bookmarks (
            uid TEXT PRIMARY KEY,
            article TEXT NOT NULL,
            "offset" INTEGER NOT NULL,
            label TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE INDEX bookmarks_article ON bookmarks(article);
    """,
}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ShelfError(ValueError):
    """A shelf change that could not be saved, with a message for the user."""


@dataclass(frozen=True)
class ShelfEntry:
    article: str
    title: str = ""                      # the user's title; "" keeps the article's own
    tags: tuple[str, ...] = ()
    collections: tuple[str, ...] = ()
    added: str = ""                      # ISO time first seen in the library
    last_read: str = ""                  # ISO time last shown in a pane
    removed: bool = False

    def to_json(self) -> dict:
        return {"title": self.title, "tags": list(self.tags),
                "collections": list(self.collections), "added": self.added,
                "last_read": self.last_read, "removed": self.removed}


@dataclass(frozen=True)
class Bookmark:
    uid: str
    article: str
    offset: int          # code point offset in the reading text
    label: str
    created: str = field(default="")


def clean_names(names: Iterable[str]) -> tuple[str, ...]:
    """Tags or collections as typed (comma separated or a list): trimmed, no duplicates."""
    if isinstance(names, str):
        names = names.split(",")
    seen: dict[str, str] = {}
    for name in names:
        name = " ".join(str(name).split()).lstrip("#")
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return tuple(seen.values())


class ShelfManager:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / SHELF_FILE
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._entries: dict[str, ShelfEntry] | None = None
        self._read: dict[str, str] = {}   # last_read not yet written

    # -- storage ---------------------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        with self._lock:
            if self._db is None:
                try:
                    db = sqlite3.connect(self.path, check_same_thread=False, timeout=30,
                                         isolation_level=None)
                    db.execute("PRAGMA busy_timeout=30000")
                    db.execute("PRAGMA journal_mode=WAL")
                    self._migrate(db)
                except (sqlite3.Error, OSError) as exc:
                    raise ShelfError(f"cannot open {self.path}: {exc}") from exc
                self._db = db
            return self._db

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> None:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise ShelfError(f"the shelf database is from a newer Reader (schema "
                                 f"{version}); update Reader to use it")
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _MIGRATIONS[step].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version={step}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _write(self, statements: list[tuple[str, tuple]]) -> None:
        with self._lock:
            db = self.db
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    for sql, params in statements:
                        db.execute(sql, params)
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                raise ShelfError(f"could not save the change ({exc}); nothing saved "
                                 "earlier was lost") from exc

    def _all(self) -> dict[str, ShelfEntry]:
        with self._lock:
            if self._entries is None:
                rows = self.db.execute("SELECT article, title, tags, collections, added, "
                                       "last_read, removed FROM articles").fetchall()
                self._entries = {
                    r[0]: ShelfEntry(r[0], r[1], _names(r[2]), _names(r[3]), r[4], r[5],
                                     bool(r[6]))
                    for r in rows}
            return self._entries

    def _put(self, entry: ShelfEntry) -> ShelfEntry:
        return self._put_many([entry])[0]

    def _put_many(self, entries: list[ShelfEntry]) -> list[ShelfEntry]:
        """One transaction for all (a first import notes 10,000 articles at once)."""
        self._write([("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (entry.article, entry.title, json.dumps(list(entry.tags),
                                                              ensure_ascii=False),
                       json.dumps(list(entry.collections), ensure_ascii=False),
                       entry.added, entry.last_read, int(entry.removed)))
                     for entry in entries])
        with self._lock:
            for entry in entries:
                self._all()[entry.article] = entry
        return entries

    # -- reads -----------------------------------------------------------------------------
    def entry(self, article: str) -> ShelfEntry:
        with self._lock:
            stored = self._all().get(article, ShelfEntry(article))
            if article in self._read:
                stored = _replace(stored, last_read=self._read[article])
            return stored

    def entries(self) -> dict[str, ShelfEntry]:
        with self._lock:
            return {article: self.entry(article)
                    for article in set(self._all()) | set(self._read)}

    def records(self) -> dict[str, dict]:
        """``{article: entry.to_json()}`` for every entry, straight from one query (the
        start-up list reads them without a manager: ``shelf_records``)."""
        with self._lock:
            records = records_from(self.db.execute(QUERY).fetchall())
            for article, when in self._read.items():
                records.setdefault(article, ShelfEntry(article).to_json())["last_read"] = when
            return records

    def removed(self) -> set[str]:
        return {a for a, e in self._all().items() if e.removed}

    def recently_read(self, limit: int = 10) -> list[str]:
        read = [(e.last_read, a) for a, e in self.entries().items()
                if e.last_read and not e.removed]
        return [a for _when, a in sorted(read, reverse=True)[:limit]]

    def with_labels(self, tags: dict[str, set[str]]) -> dict[str, set[str]]:
        """``tags`` (article → highlight tags) plus each article's own tags and collections,
        so that a search's tag filter finds what the reader labelled (issue 19)."""
        merged = {article: set(names) for article, names in tags.items()}
        for article, entry in self._all().items():
            if entry.tags or entry.collections:
                merged.setdefault(article, set()).update(entry.tags + entry.collections)
        return merged

    def tags(self) -> list[str]:
        return sorted({t for e in self._all().values() for t in e.tags}, key=str.casefold)

    def collections(self) -> list[str]:
        return sorted({c for e in self._all().values() for c in e.collections},
                      key=str.casefold)

    # -- writes ----------------------------------------------------------------------------
    def note_added(self, articles: Iterable[str]) -> None:
        """Remember when articles were first seen (once each; later calls change nothing)."""
        fresh = [a for a in articles if not self._all().get(a, ShelfEntry(a)).added]
        if not fresh:
            return
        when = _now()
        self._put_many([_replace(self.entry(article), added=when) for article in fresh])

    def set_title(self, article: str, title: str) -> ShelfEntry:
        return self._put(_replace(self.entry(article), title=" ".join(title.split())))

    def set_tags(self, article: str, tags: Iterable[str]) -> ShelfEntry:
        return self._put(_replace(self.entry(article), tags=clean_names(tags)))

    def set_collections(self, article: str, collections: Iterable[str]) -> ShelfEntry:
        return self._put(_replace(self.entry(article), collections=clean_names(collections)))

    def remove(self, article: str) -> ShelfEntry:
        """Take an article out of the library; its file and highlights stay."""
        return self._put(_replace(self.entry(article), removed=True))

    def restore(self, article: str) -> ShelfEntry:
        return self._put(_replace(self.entry(article), removed=False))

    def mark_read(self, article: str, when: str | None = None) -> None:
        """In memory only: reading never writes. ``save()`` stores it."""
        with self._lock:
            self._read[article] = when or _now()

    def save(self) -> None:
        with self._lock:
            pending, self._read = self._read, {}
        if not pending:
            return
        for article, when in pending.items():
            self._put(_replace(self.entry(article), last_read=when))

    # -- bookmarks -------------------------------------------------------------------------
    def bookmarks(self, article: str) -> list[Bookmark]:
        with self._lock:
            rows = self.db.execute('SELECT uid, article, "offset", label, created FROM '
                                   'bookmarks WHERE article=? ORDER BY "offset"',
                                   (article,)).fetchall()
        return [Bookmark(*row) for row in rows]

    def add_bookmark(self, article: str, offset: int, label: str) -> Bookmark:
        import uuid  # here: the start-up list imports this module (uuid imports platform)

        bookmark = Bookmark(str(uuid.uuid4()), article, max(0, int(offset)),
                            " ".join(label.split())[:80], _now())
        self._write([("INSERT INTO bookmarks VALUES (?, ?, ?, ?, ?)",
                      (bookmark.uid, bookmark.article, bookmark.offset, bookmark.label,
                       bookmark.created))])
        return bookmark

    def delete_bookmark(self, uid: str) -> None:
        self._write([("DELETE FROM bookmarks WHERE uid=?", (uid,))])

    def close(self) -> None:
        with self._lock:
            self.save()
            if self._db is not None:
                self._db.close()
                self._db = None
                self._entries = None


def _names(stored: str) -> tuple[str, ...]:
    """Tags or collections as stored; most articles have none (10,000 at each start)."""
    return () if stored == "[]" else tuple(json.loads(stored))


def _replace(entry: ShelfEntry, **changes) -> ShelfEntry:
    return replace(entry, **changes)
