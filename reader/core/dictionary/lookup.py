"""Dictionary lookups: by simplified or traditional headword, longest-match segmentation.

Parsing the 122,000-line CC-CEDICT file takes ~2 s; the parsed entries are cached in a
SQLite file in the data folder (built once, ~3 s, atomically replaced; keyed by the data
package's identity), after which opening is ~1 ms and one lookup ~10 µs. Without a
writable folder the cache is built in memory. Word boundaries come from the dictionary:
the longest headword that matches, never a fixed width.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from reader.core.dictionary.cedict import Entry, Source, parse, shipped_source

CACHE_FORMAT = 1
#: Headwords are looked up at most this long (CC-CEDICT's longest is 19 characters).
MAX_WORD = 20


@dataclass(frozen=True)
class Segment:
    start: int     # code point offsets in the looked-up text
    end: int
    text: str
    entries: tuple[Entry, ...] = field(default_factory=tuple)

    @property
    def is_word(self) -> bool:
        return bool(self.entries)


def _breaks_words(ch: str) -> bool:
    """Spaces and punctuation never belong to a headword looked up from running text."""
    return unicodedata.category(ch)[0] in "ZPC"


class Dictionary:
    def __init__(self, cache_path: str | os.PathLike | None,
                 source: Source | None = None):
        self._lock = threading.RLock()
        self._db = self._open(Path(cache_path) if cache_path else None,
                              source or shipped_source())
        row = self._db.execute("SELECT value FROM meta WHERE key='max_len'").fetchone()
        self.max_word = min(MAX_WORD, int(row[0]) if row else MAX_WORD)

    # -- cache --------------------------------------------------------------------------
    def _open(self, path: Path | None, source: Source) -> sqlite3.Connection:
        if path is not None:
            db = self._try_cached(path, source)
            if db is not None:
                return db
            # Built beside the cache and renamed over it: a reader never sees half a cache,
            # and two processes building at once each rename a complete one.
            tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._build(tmp, source).close()
                os.replace(tmp, path)
                db = self._try_cached(path, source)
                if db is not None:
                    return db
            except (OSError, sqlite3.Error):
                pass  # an unwritable data folder: fall back to memory
            finally:
                with contextlib.suppress(OSError):
                    tmp.unlink(missing_ok=True)
        return self._build(":memory:", source)

    @staticmethod
    def _connect(target) -> sqlite3.Connection:
        return sqlite3.connect(target, check_same_thread=False, isolation_level=None)

    def _try_cached(self, path: Path, source: Source) -> sqlite3.Connection | None:
        if not path.exists():
            return None
        db = self._connect(path)
        try:
            stored = dict(db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error:
            db.close()
            return None  # damaged or from elsewhere: rebuilt
        if stored.get("format") == str(CACHE_FORMAT) and stored.get("source") == source.identity:
            return db
        db.close()
        return None

    def _build(self, target, source: Source) -> sqlite3.Connection:
        text = source.read()
        db = self._connect(str(target))
        db.execute("BEGIN")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, traditional TEXT, "
                   "simplified TEXT, pinyin TEXT, definitions TEXT)")
        max_len = 1
        rows = []
        for number, entry in enumerate(parse(text.splitlines())):
            max_len = max(max_len, len(entry.simplified), len(entry.traditional))
            rows.append((number, entry.traditional, entry.simplified, entry.pinyin_numbered,
                         "\x1f".join(entry.definitions)))
        db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?)", rows)
        db.execute("CREATE INDEX entries_simplified ON entries(simplified)")
        db.execute("CREATE INDEX entries_traditional ON entries(traditional)")
        db.executemany("INSERT INTO meta VALUES (?, ?)",
                       [("format", str(CACHE_FORMAT)), ("source", source.identity),
                        ("max_len", str(max_len)), ("entries", str(len(rows)))])
        db.execute("COMMIT")
        return db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def size(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM entries").fetchone()[0]

    # -- lookups --------------------------------------------------------------------------
    def lookup(self, word: str) -> list[Entry]:
        """Entries whose simplified or traditional headword is ``word``, in CEDICT order."""
        word = word.strip()
        if not word:
            return []
        with self._lock:
            rows = self._db.execute(
                "SELECT traditional, simplified, pinyin, definitions FROM entries "
                "WHERE simplified=? OR traditional=? ORDER BY id", (word, word)).fetchall()
        return [Entry(t, s, p, tuple(d.split("\x1f")) if d else ()) for t, s, p, d in rows]

    def known(self, candidates: Iterable[str]) -> set[str]:
        """The candidates that are headwords (in either script), in one query."""
        wanted = sorted(set(candidates))
        found: set[str] = set()
        for i in range(0, len(wanted), 400):
            chunk = wanted[i:i + 400]
            marks = ",".join("?" * len(chunk))
            with self._lock:
                rows = self._db.execute(
                    f"SELECT simplified, traditional FROM entries WHERE simplified IN ({marks})"
                    f" OR traditional IN ({marks})", chunk + chunk).fetchall()
            found.update(w for row in rows for w in row)
        return found & set(wanted)

    def _candidates_from(self, text: str, start: int) -> list[str]:
        words = []
        for end in range(start + 1, min(len(text), start + self.max_word) + 1):
            if _breaks_words(text[end - 1]):
                break
            words.append(text[start:end])
        return words

    def segment(self, text: str) -> list[Segment]:
        """Forward longest match: each segment is the longest headword starting there, or
        one character that starts none."""
        segments: list[Segment] = []
        position = 0
        while position < len(text):
            candidates = self._candidates_from(text, position)
            known = self.known(candidates) if candidates else set()
            word = next((w for w in reversed(candidates) if w in known), None)
            end = position + (len(word) if word else 1)
            piece = text[position:end]
            segments.append(Segment(position, end, piece,
                                    tuple(self.lookup(piece)) if word else ()))
            position = end
        return segments

    def word_at(self, text: str, position: int) -> tuple[int, int] | None:
        """The longest headword covering the character at ``position`` (the earliest one
        when several are as long); the character alone when it is in no headword; None on
        a space or punctuation."""
        if not 0 <= position < len(text) or _breaks_words(text[position]):
            return None
        spans: dict[str, list[tuple[int, int]]] = {}
        for start in range(max(0, position - self.max_word + 1), position + 1):
            for word in self._candidates_from(text, start):
                end = start + len(word)
                if end > position:
                    spans.setdefault(word, []).append((start, end))
        known = self.known(spans)
        best = sorted((span for word in known for span in spans[word]),
                      key=lambda span: (span[0] - span[1], span[0]))
        return best[0] if best else (position, position + 1)

    def explain(self, text: str) -> list[Segment]:
        """What a popup shows for a selection: the whole of it when it is a headword, else
        its longest-match words (spaces and punctuation left out)."""
        text = text.strip()
        whole = self.lookup(text) if len(text) <= self.max_word else []
        if whole:
            return [Segment(0, len(text), text, tuple(whole))]
        return [s for s in self.segment(text) if not _breaks_words(s.text[0])]
