"""A cache of article metadata keyed by file path, size and modification time.

A warm start with a large library reads no article file that has not changed: its
ArticleInfo (title, language, date, content hash …) comes from here. The library's last
listing (every article and where it lives) is kept too, as one row per library folder, so
that a library opened before is listed in one read, before any file is looked at.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import asdict
from pathlib import Path

from reader.core.library import listing_format
from reader.core.library.filenames import storage_key
from reader.core.models import ArticleInfo

SCHEMA_VERSION = 2  # 2: the listing table (version 1's files table is kept)
#: Bump when cleaning or metadata rules change, so cached infos are recomputed.
PIPELINE_VERSION = 6  # 6: language told from the file's head before cleaning


class Catalog:
    def __init__(self, path: Path):
        self.path = Path(path)
        #: Why the catalog was thrown away when opening it ("" when it was sound).
        self.problem = ""
        self._ahead: tuple | None = None  # (root, thread, its result): see read_ahead
        self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        try:
            return self._open(self.path)
        except sqlite3.OperationalError:
            pass  # busy for too long, read-only, full: not damage, so keep the file
        except sqlite3.DatabaseError as exc:
            # Damaged: a cache may always be thrown away.
            self.problem = f"damaged ({exc})"
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
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version != SCHEMA_VERSION:
                    if version != 1:  # version 1's rows are still good: no re-reading
                        db.execute("DROP TABLE IF EXISTS files")
                    db.execute("CREATE TABLE IF NOT EXISTS files (location TEXT PRIMARY KEY, "
                               "size INTEGER, mtime_ns INTEGER, pipeline INTEGER, info TEXT)")
                    db.execute("DROP TABLE IF EXISTS listing")
                    db.execute("CREATE TABLE listing (root TEXT PRIMARY KEY, pipeline INTEGER,"
                               " data TEXT)")
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
        return self.info_from(row[0])

    def lookup_all(self) -> dict[str | bytes, tuple[int, int, str]]:
        """Every file's (size, mtime_ns, info as stored), in one query: checking 10,000
        files against it costs a dictionary look-up each, not a query each."""
        try:
            rows = self._db.execute("SELECT location, size, mtime_ns, info FROM files WHERE "
                                    "pipeline=?", (PIPELINE_VERSION,)).fetchall()
        except sqlite3.Error:
            return {}
        return {row[0]: (row[1], row[2], row[3]) for row in rows}

    @staticmethod
    def info_from(stored: str) -> ArticleInfo | None:
        try:
            values = json.loads(stored)
            values["copies"] = ()  # only single-file articles are stored here
            values.pop("pending", None)  # only exact entries are stored
            return ArticleInfo(**values)
        except (TypeError, ValueError):
            return None

    # -- the listing: a library shown without looking at its files ---------------------------
    def save_listing(self, root: str, entries: list[tuple[Path, ArticleInfo, tuple | None]]
                     ) -> None:
        """Keep where every article of the library lives and what it is, as one value:
        (location, info without copies, its copies — None when it is itself a copy)."""
        data = listing_format.encode(entries)   # locations keep undecodable bytes as \udcXX
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO listing VALUES (?, ?, ?)",
                                 (storage_key(root), PIPELINE_VERSION, data))
        except sqlite3.Error:
            pass  # a cache: next start lists the library after reading it instead

    def read_ahead(self, root: str) -> None:
        """Start reading ``root``'s listing on a thread: the next ``listing(root)`` takes
        it from there (the window is built meanwhile)."""
        read: dict = {}
        thread = threading.Thread(target=lambda: read.update(listing=self._listing(root)),
                                  name="reader-listing", daemon=True)
        self._ahead = (root, thread, read)
        thread.start()

    def listing(self, root: str) -> list[tuple[str, ArticleInfo, tuple | None]] | None:
        """The library as last listed, locations as text (None: never listed, made by other
        rules, or the catalog cannot be read — ``problem`` then says why)."""
        ahead, self._ahead = self._ahead, None
        if ahead is not None and ahead[0] == root:
            ahead[1].join()
            return ahead[2].get("listing")
        return self._listing(root)

    def _listing(self, root: str) -> list[tuple[str, ArticleInfo, tuple | None]] | None:
        try:
            row = self._db.execute("SELECT data FROM listing WHERE root=? AND pipeline=?",
                                   (storage_key(root), PIPELINE_VERSION)).fetchone()
            if row is None:
                return None
            return listing_format.decode(row[0])
        except (sqlite3.Error, listing_format.ListingError) as exc:
            self.problem = f"damaged ({exc})"
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

