"""Highlights and notes: a SQLite store, anchored to reading text, with export/import.

Durability: WAL journal, ``synchronous=FULL`` and one transaction per change, so a change
that returned is on disk (a SIGKILL test checks it). Deleting is a soft delete, so undo
can always bring a highlight back. Two Reader processes may share the file: SQLite's
locking serialises their writes (``busy_timeout``), and a test runs two writers at once.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from reader.core.annotations.anchoring import Selector, anchor, describe

COLORS = ("yellow", "green", "blue", "pink", "purple")
SCHEMA_VERSION = 2

_MIGRATIONS = {
    1: """
        CREATE TABLE annotations (
            uid TEXT PRIMARY KEY,
            article TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            color TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            orphan INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX annotations_article ON annotations(article);
    """,
    2: """
        ALTER TABLE annotations ADD COLUMN path TEXT NOT NULL DEFAULT '';
    """,
}


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Annotation:
    uid: str
    article: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    content_hash: str
    color: str = "yellow"
    note: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    created: str = ""
    modified: str = ""
    orphan: bool = False
    path: str = ""

    @property
    def selector(self) -> Selector:
        return Selector(self.start, self.end, self.exact, self.prefix, self.suffix)

    def to_json(self) -> dict:
        return {"uid": self.uid, "id": self.article, "start": self.start, "end": self.end,
                "quote": self.exact, "color": self.color, "note": self.note,
                "tags": list(self.tags), "created": self.created, "modified": self.modified,
                "orphan": self.orphan}


class AnnotationError(ValueError):
    """A request the store refuses, with a message for the user."""


_COLUMNS = ("uid", "article", "start", '"end"', "exact", "prefix", "suffix", "content_hash",
            "color", "note", "tags", "created", "modified", "orphan", "path")


def _row_to_annotation(row) -> Annotation:
    (uid, article, start, end, exact, prefix, suffix, content_hash, color, note, tags,
     created, modified, orphan, path) = row
    return Annotation(uid, article, start, end, exact, prefix, suffix, content_hash, color,
                      note, tuple(json.loads(tags)), created, modified, bool(orphan), path)


class AnnotationStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30,
                                   isolation_level=None)
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._migrate()

    def _migrate(self) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                version = self._db.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise AnnotationError(
                        f"the annotation database is from a newer Reader (schema {version}); "
                        "update Reader to use it")
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in _MIGRATIONS[step].split(";"):
                        if statement.strip():
                            self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version={step}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- writes (each one transaction) ---------------------------------------------------
    def _write(self, sql: str, params: tuple) -> None:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    self._db.execute(sql, params)
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                # The transaction rolled back: what was saved before is untouched.
                raise AnnotationError(f"could not save the change ({exc}); "
                                      "nothing saved earlier was lost") from exc

    def create(self, article: str, text: str, start: int, end: int, content_hash: str,
               color: str = "yellow", note: str = "", tags: Iterable[str] = (),
               path: str = "", uid: str | None = None) -> Annotation:
        if not 0 <= start < end <= len(text):
            raise AnnotationError(f"offsets {start}–{end} are not a range inside the article "
                                  f"(0–{len(text)})")
        if not text[start:end].strip():
            raise AnnotationError("select some text to highlight")
        check_color(color)
        selector = describe(text, start, end)
        stamp = now()
        annotation = Annotation(uid or uuid.uuid4().hex, article, selector.start, selector.end,
                                selector.exact, selector.prefix, selector.suffix, content_hash,
                                color, note, normalise_tags(tags), stamp, stamp, False, path)
        self.put(annotation)
        return annotation

    def put(self, annotation: Annotation) -> None:
        """Insert or replace (undo/redo, import, re-anchoring)."""
        a = annotation
        self._write(
            f"INSERT OR REPLACE INTO annotations ({', '.join(_COLUMNS)}, deleted) "
            f"VALUES ({', '.join('?' * len(_COLUMNS))}, 0)",
            (a.uid, a.article, a.start, a.end, a.exact, a.prefix, a.suffix, a.content_hash,
             a.color, a.note, json.dumps(list(a.tags), ensure_ascii=False), a.created,
             a.modified, int(a.orphan), a.path))

    def update(self, uid: str, *, color: str | None = None, note: str | None = None,
               tags: Iterable[str] | None = None) -> Annotation:
        current = self.get(uid)
        if current is None:
            raise AnnotationError(f"no annotation {uid}")
        if color is not None:
            check_color(color)
        changed = replace(current,
                          color=current.color if color is None else color,
                          note=current.note if note is None else note,
                          tags=current.tags if tags is None else normalise_tags(tags),
                          modified=now())
        self.put(changed)
        return changed

    def move_article(self, old: str, new: str, path: str) -> int:
        """Give an article's highlights to another article id (its file moved); they are
        re-anchored to that article's text when next read. Returns how many moved."""
        with self._lock:
            count = self._db.execute("SELECT count(*) FROM annotations WHERE article=? AND "
                                     "deleted=0", (old,)).fetchone()[0]
        self._write("UPDATE annotations SET article=?, path=? WHERE article=?", (new, path, old))
        return count

    def articles(self) -> dict[str, tuple[str, int]]:
        """Every article id with highlights: (the path stored with them, how many)."""
        with self._lock:
            rows = self._db.execute("SELECT article, max(path), count(*) FROM annotations "
                                    "WHERE deleted=0 GROUP BY article").fetchall()
        return {article: (path, count) for article, path, count in rows}

    def delete(self, uid: str) -> None:
        self._write("UPDATE annotations SET deleted=1, modified=? WHERE uid=?", (now(), uid))

    # -- reads ------------------------------------------------------------------------------
    def get(self, uid: str) -> Annotation | None:
        with self._lock:
            row = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM annotations "
                                   "WHERE uid=? AND deleted=0", (uid,)).fetchone()
        return _row_to_annotation(row) if row else None

    def list(self, article: str | None = None) -> list[Annotation]:
        sql = f"SELECT {', '.join(_COLUMNS)} FROM annotations WHERE deleted=0"
        params: tuple = ()
        if article is not None:
            sql += " AND article=?"
            params = (article,)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY article, start, created", params).fetchall()
        return [_row_to_annotation(r) for r in rows]

    def integrity(self) -> str:
        with self._lock:
            return self._db.execute("PRAGMA integrity_check").fetchone()[0]

    # -- anchoring ---------------------------------------------------------------------------
    def reanchor(self, article: str, text: str, content_hash: str) -> list[Annotation]:
        """Re-place this article's highlights on its current text; returns them all.

        Nothing is written when the text did not change."""
        result = []
        for a in self.list(article):
            if a.content_hash == content_hash and not a.orphan:
                result.append(a)
                continue
            placed = anchor(text, a.selector)
            if placed is None:
                updated = replace(a, orphan=True)
            else:
                # Only the place changes: the quote (and the context it was made in) stays
                # what the user highlighted, so a later edit is judged against the original.
                updated = replace(a, start=placed.start, end=placed.end,
                                  content_hash=content_hash, orphan=False)
            if updated != a:
                self.put(updated)
            result.append(updated)
        return result

    def reattach(self, uid: str, text: str, start: int, end: int,
                 content_hash: str, article: str | None = None, path: str | None = None
                 ) -> Annotation:
        """Put an orphan (or any highlight) on newly selected text (of ``article``, when its
        own file is gone)."""
        current = self.get(uid)
        if current is None:
            raise AnnotationError(f"no annotation {uid}")
        if not 0 <= start < end <= len(text):
            raise AnnotationError("select the text to attach the highlight to")
        fresh = describe(text, start, end)
        updated = replace(current, start=fresh.start, end=fresh.end, exact=fresh.exact,
                          prefix=fresh.prefix, suffix=fresh.suffix, content_hash=content_hash,
                          orphan=False, modified=now(),
                          article=current.article if article is None else article,
                          path=current.path if path is None else path)
        self.put(updated)
        return updated


def check_color(color: str) -> None:
    if color not in COLORS:
        raise AnnotationError(f"unknown colour {color!r}; use one of: {', '.join(COLORS)}")


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    seen = []
    for tag in tags:
        tag = " ".join(str(tag).split()).lstrip("#")
        if tag and tag not in seen:
            seen.append(tag)
    return tuple(seen)
