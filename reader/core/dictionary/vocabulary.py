"""The vocabulary list: words a reader saved, with reading, definition and the sentence
they came from (article id and reading-text offsets link back to the passage).

Same durability as the annotation store: WAL, ``synchronous=FULL``, one transaction per
change, schema version in ``PRAGMA user_version`` with numbered migrations. A word is kept
once per language: adding it again returns the saved item.
"""
from __future__ import annotations

import re
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

SCHEMA_VERSION = 1

_MIGRATIONS = {
    1: """
        CREATE TABLE vocabulary (
            uid TEXT PRIMARY KEY,
            word TEXT NOT NULL,
            language TEXT NOT NULL,
            reading TEXT NOT NULL DEFAULT '',
            definition TEXT NOT NULL DEFAULT '',
            sentence TEXT NOT NULL DEFAULT '',
            article TEXT NOT NULL DEFAULT '',
            path TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            start INTEGER NOT NULL DEFAULT 0,
            "end" INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL
        );
        CREATE UNIQUE INDEX vocabulary_word ON vocabulary(word, language);
    """,
}

_COLUMNS = ("uid", "word", "language", "reading", "definition", "sentence", "article", "path",
            "title", "start", '"end"', "created")
#: Sentence ends: Chinese and Latin full stops, question and exclamation marks, new lines.
_SENTENCE_END = re.compile(r"[。！？!?…；;]+[”’」』\"')）]*|\.(?=\s|$)|\n")


class VocabularyError(ValueError):
    """A request the store refuses, with a message for the user."""


@dataclass(frozen=True)
class VocabularyItem:
    uid: str
    word: str
    language: str          # "zh" or "es"
    reading: str = ""      # pinyin with tone marks, or the Spanish lemma
    definition: str = ""
    sentence: str = ""
    article: str = ""
    path: str = ""
    title: str = ""
    start: int = 0         # reading-text offsets of the word in its article
    end: int = 0
    created: str = ""

    def to_json(self) -> dict:
        return {"uid": self.uid, "word": self.word, "language": self.language,
                "reading": self.reading, "definition": self.definition,
                "sentence": self.sentence, "id": self.article, "path": self.path,
                "title": self.title, "start": self.start, "end": self.end,
                "created": self.created}


def sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence of ``text`` that contains ``start``–``end`` (at most ``limit`` chars)."""
    begin = 0
    for match in _SENTENCE_END.finditer(text, max(0, start - limit), start):
        begin = match.end()
    begin = max(begin, start - limit)
    match = _SENTENCE_END.search(text, end)
    finish = match.end() if match and match.end() - end <= limit else min(len(text), end + limit)
    return text[begin:finish].strip()


class VocabularyStore:
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
                    raise VocabularyError(
                        f"the vocabulary database is from a newer Reader (schema {version}); "
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
                raise VocabularyError(f"could not save the vocabulary ({exc}); "
                                      "nothing saved earlier was lost") from exc

    def add(self, word: str, language: str, reading: str = "", definition: str = "",
            sentence: str = "", article: str = "", path: str = "", title: str = "",
            start: int = 0, end: int = 0) -> tuple[VocabularyItem, bool]:
        """(item, True) when added; (the saved item, False) when the word was there."""
        word = " ".join(word.split())
        if not word:
            raise VocabularyError("select a word to add to the vocabulary")
        if start < 0 or end < start:
            raise VocabularyError(f"offsets {start}–{end} are not a range")
        existing = self.find(word, language)
        if existing is not None:
            return existing, False
        item = VocabularyItem(uuid.uuid4().hex, word, language, reading, definition,
                              sentence, article, path, title, start, end,
                              datetime.now(timezone.utc).isoformat(timespec="seconds"))
        self.put(item)
        return item, True

    def put(self, item: VocabularyItem) -> None:
        """Insert or replace (undo of a delete)."""
        self._write(f"INSERT OR REPLACE INTO vocabulary ({', '.join(_COLUMNS)}) "
                    f"VALUES ({', '.join('?' * len(_COLUMNS))})",
                    (item.uid, item.word, item.language, item.reading, item.definition,
                     item.sentence, item.article, item.path, item.title, item.start, item.end,
                     item.created))

    def delete(self, uid: str) -> None:
        self._write("DELETE FROM vocabulary WHERE uid=?", (uid,))

    def find(self, word: str, language: str) -> VocabularyItem | None:
        with self._lock:
            row = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM vocabulary "
                                   "WHERE word=? AND language=?", (word, language)).fetchone()
        return VocabularyItem(*row) if row else None

    def get(self, uid: str) -> VocabularyItem | None:
        with self._lock:
            row = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM vocabulary "
                                   "WHERE uid=?", (uid,)).fetchone()
        return VocabularyItem(*row) if row else None

    def list(self) -> list[VocabularyItem]:
        with self._lock:
            rows = self._db.execute(f"SELECT {', '.join(_COLUMNS)} FROM vocabulary "
                                    "ORDER BY created, rowid").fetchall()
        return [VocabularyItem(*row) for row in rows]
