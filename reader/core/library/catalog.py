"""A cache of article metadata keyed by file path, size and modification time.

A warm start with a large library reads no article file that has not changed: its
ArticleInfo (title, language, date, content hash …) comes from here.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from reader.core.library.filenames import storage_key
from reader.core.models import ArticleInfo

SCHEMA_VERSION = 1
#: Bump when cleaning or metadata rules change, so cached infos are recomputed.
PIPELINE_VERSION = 5  # 5: a comment box never cuts off the chapters after it


class Catalog:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        try:
            return self._open(self.path)
        except sqlite3.OperationalError:
            pass  # busy for too long, read-only, full: not damage, so keep the file
        except sqlite3.DatabaseError:
            # Damaged: a cache may always be thrown away.
            try:
                self.path.unlink(missing_ok=True)
                return self._open(self.path)
            except (sqlite3.Error, OSError):
                pass
        # One that cannot be written (read-only or full data folder) is kept in memory.
        return self._open(":memory:")

    @classmethod
    def _open(cls, path) -> sqlite3.Connection:
        db = sqlite3.connect(path, check_same_thread=False, timeout=10)
        try:
            if path != ":memory:":
                db.execute("PRAGMA journal_mode=WAL")
            if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                cls._create_schema(db)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _create_schema(db: sqlite3.Connection) -> None:
        """Check and create in one write transaction: two processes starting on a new data
        folder at once must not both create the table (``table files already exists``)."""
        db.isolation_level = None
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    db.execute("DROP TABLE IF EXISTS files")
                    db.execute("CREATE TABLE files (location TEXT PRIMARY KEY, size INTEGER, "
                               "mtime_ns INTEGER, pipeline INTEGER, info TEXT)")
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        finally:
            db.isolation_level = ""

    def lookup(self, location: Path, size: int, mtime_ns: int) -> ArticleInfo | None:
        row = self._db.execute(
            "SELECT info FROM files WHERE location=? AND size=? AND mtime_ns=? AND pipeline=?",
            (storage_key(location), size, mtime_ns, PIPELINE_VERSION)).fetchone()
        if row is None:
            return None
        try:
            return ArticleInfo(**json.loads(row[0]))
        except (TypeError, ValueError):
            return None

    def store_many(self, rows: list[tuple[Path, int, int, ArticleInfo]]) -> None:
        if not rows:
            return
        try:
            self._store(rows)
        except sqlite3.Error:
            pass  # a cache: a full or read-only disk only costs speed next time

    def _store(self, rows: list[tuple[Path, int, int, ArticleInfo]]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                [(storage_key(loc), size, mtime, PIPELINE_VERSION,
                  json.dumps(asdict(info), ensure_ascii=False))
                 for loc, size, mtime, info in rows])

    def close(self) -> None:
        self._db.close()
