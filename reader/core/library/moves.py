"""Recognise a moved or renamed file as the article it was.

An article's id is a hash of its path, so a renamed file is a new id. The registry
remembers, per library, every article seen (id, path, content hash, fingerprint). After a
load, articles that vanished are matched to articles that appeared: same content hash first
(a pure rename or move), else a fingerprint at least ``SIMILAR`` alike that is clearly the
best for both (moved and edited). A match is recorded as an alias, so the old id still
resolves; the caller carries highlights and positions over. Unmatched vanished articles stay
known: their highlights can be re-attached by hand."""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from reader.core.library.fingerprint import similarity
from reader.core.models import ArticleInfo

#: Fingerprints at least this alike are the same article (edited); measured: a seed with a
#: paragraph rewritten scores 0.7–0.9, two different seeds under 0.05.
SIMILAR = 0.5
#: … and the best candidate must beat the second best by this much.
MARGIN = 0.15

_SCHEMA = """
CREATE TABLE IF NOT EXISTS known (root TEXT NOT NULL, id TEXT NOT NULL, path TEXT NOT NULL,
    content_hash TEXT NOT NULL, fingerprint TEXT, seen REAL NOT NULL, PRIMARY KEY (root, id));
CREATE TABLE IF NOT EXISTS aliases (root TEXT NOT NULL, old_id TEXT NOT NULL,
    new_id TEXT NOT NULL, moved REAL NOT NULL, PRIMARY KEY (root, old_id));
"""


@dataclass(frozen=True)
class KnownArticle:
    id: str
    path: str
    content_hash: str
    fingerprint: tuple[int, ...] | None


@dataclass(frozen=True)
class Move:
    old_id: str
    new_id: str
    old_path: str
    new_path: str
    how: str  # "same content" or "similar content (0.83)"


class ArticleRegistry:
    """Articles seen in one library (``root``), and the moves recognised among them."""

    def __init__(self, path: Path, root: str):
        self.root = root
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30,
                                   isolation_level=None)
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.execute("PRAGMA journal_mode=WAL")
        self._transaction(lambda: [self._db.execute(statement)
                                   for statement in _SCHEMA.split(";") if statement.strip()])

    def _transaction(self, work: Callable[[], object]):
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                result = work()
                self._db.execute("COMMIT")
                return result
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def known(self) -> dict[str, KnownArticle]:
        with self._lock:
            rows = self._db.execute("SELECT id, path, content_hash, fingerprint FROM known "
                                    "WHERE root=?", (self.root,)).fetchall()
        return {r[0]: KnownArticle(r[0], r[1], r[2], tuple(json.loads(r[3])) if r[3] else None)
                for r in rows}

    def remember(self, infos: Iterable[ArticleInfo],
                 fingerprints: dict[str, tuple[int, ...]]) -> None:
        """Record articles as they are now (a fingerprint already known is kept when none
        is given: the text is not read again just for it)."""
        rows = [(self.root, i.id, i.path, i.content_hash,
                 json.dumps(list(fingerprints[i.id])) if i.id in fingerprints else None,
                 time.time()) for i in infos]
        if not rows:
            return
        self._transaction(lambda: self._db.executemany(
            "INSERT INTO known VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (root, id) DO UPDATE SET "
            "path=excluded.path, fingerprint=CASE WHEN excluded.content_hash=known.content_hash"
            " THEN coalesce(excluded.fingerprint, known.fingerprint) ELSE excluded.fingerprint"
            " END, content_hash=excluded.content_hash, seen=excluded.seen", rows))

    def record_move(self, move: Move) -> None:
        def work():
            self._db.execute("INSERT OR REPLACE INTO aliases VALUES (?, ?, ?, ?)",
                             (self.root, move.old_id, move.new_id, time.time()))
            # Earlier names of the old id now lead to the new one too.
            self._db.execute("UPDATE aliases SET new_id=? WHERE root=? AND new_id=?",
                             (move.new_id, self.root, move.old_id))
            self._db.execute("DELETE FROM aliases WHERE root=? AND old_id=?",
                             (self.root, move.new_id))
            self._db.execute("DELETE FROM known WHERE root=? AND id=?", (self.root, move.old_id))
        self._transaction(work)

    def alias(self, old_id: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT new_id FROM aliases WHERE root=? AND old_id=?",
                                   (self.root, old_id)).fetchone()
        return row[0] if row else None

    def former_ids(self, article: str) -> list[str]:
        with self._lock:
            rows = self._db.execute("SELECT old_id FROM aliases WHERE root=? AND new_id=? "
                                    "ORDER BY moved DESC", (self.root, article)).fetchall()
        return [r[0] for r in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def match_moves(vanished: list[KnownArticle], newcomers: list[ArticleInfo],
                fingerprint_of: Callable[[str], tuple[int, ...]]) -> list[Move]:
    """Pairs (vanished → newcomer) that are the same article; each side used at most once."""
    moves: list[Move] = []
    by_hash_old: dict[str, list[KnownArticle]] = {}
    for known in vanished:
        by_hash_old.setdefault(known.content_hash, []).append(known)
    by_hash_new: dict[str, list[ArticleInfo]] = {}
    for info in newcomers:
        by_hash_new.setdefault(info.content_hash, []).append(info)
    used_old: set[str] = set()
    used_new: set[str] = set()
    for content_hash, olds in by_hash_old.items():
        news = by_hash_new.get(content_hash, [])
        for old, new in _pair_identical(olds, news):
            moves.append(Move(old.id, new.id, old.path, new.path, "same content"))
            used_old.add(old.id)
            used_new.add(new.id)

    rest_old = [k for k in vanished if k.id not in used_old and k.fingerprint]
    rest_new = [i for i in newcomers if i.id not in used_new]
    if not rest_old or not rest_new:
        return moves
    new_prints = {i.id: fingerprint_of(i.id) for i in rest_new}
    scores = {(o.id, n.id): similarity(o.fingerprint, new_prints[n.id])
              for o in rest_old for n in rest_new}
    for old in rest_old:
        ranked = sorted(((scores[old.id, n.id], n) for n in rest_new), key=lambda s: -s[0])
        best, new = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        rivals = max((scores[o.id, new.id] for o in rest_old if o.id != old.id), default=0.0)
        if best >= SIMILAR and best - runner_up >= MARGIN and best - rivals >= MARGIN \
                and new.id not in used_new:
            moves.append(Move(old.id, new.id, old.path, new.path,
                              f"similar content ({best:.2f})"))
            used_new.add(new.id)
    return moves


def _pair_identical(olds: list[KnownArticle], news: list[ArticleInfo]):
    """Identical files: one each is a move; several are paired by file name, else left."""
    if len(olds) == 1 and len(news) == 1:
        return [(olds[0], news[0])]
    pairs = []
    for old in olds:
        same_name = [n for n in news if Path(n.path).name == Path(old.path).name]
        if len(same_name) == 1:
            pairs.append((old, same_name[0]))
            news = [n for n in news if n is not same_name[0]]
    return pairs


class MovedFiles:
    """What the facade delegates to: the registry of one library, opened on first use, and
    the carrying over of highlights. Best effort: a registry that cannot be read or written
    costs the recognition, never a load."""

    def __init__(self, path: Path, root: str, fingerprint_of: Callable[[str], tuple[int, ...]],
                 move_annotations: Callable[[Move], None]):
        self._path = path
        self._root = root
        self._fingerprint_of = fingerprint_of
        self._move_annotations = move_annotations
        self._registry: ArticleRegistry | None = None

    @property
    def registry(self) -> ArticleRegistry:
        if self._registry is None:
            self._registry = ArticleRegistry(self._path, self._root)
        return self._registry

    def recognise(self, current: list[ArticleInfo],
                  fingerprints: dict[str, tuple[int, ...]]) -> list[Move]:
        """Match vanished articles to new ones, carry their highlights over, and remember the
        library as it is now (fingerprints of the files read in this load)."""
        try:
            known = self.registry.known()
            present = {a.id for a in current}
            newcomers = [a for a in current if a.id not in known]
            vanished = [k for k in known.values() if k.id not in present]
            moves = match_moves(vanished, newcomers, self._fingerprint_of) \
                if vanished and newcomers else []
            for move in moves:
                self.carry_over(move)
            changed = [a for a in current if a.id in fingerprints or a.id not in known
                       or known[a.id].content_hash != a.content_hash]
            self.registry.remember(changed, fingerprints)
            return moves
        except (sqlite3.Error, OSError, ValueError):  # AnnotationError is a ValueError
            return []

    def carry_over(self, move: Move) -> None:
        self._move_annotations(move)
        self.registry.record_move(move)

    def moved_to(self, old_id: str) -> str | None:
        try:
            return self.registry.alias(old_id)
        except (sqlite3.Error, OSError):
            return None

    def former_ids(self, article: str) -> list[str]:
        try:
            return self.registry.former_ids(article)
        except (sqlite3.Error, OSError):
            return []

    def close(self) -> None:
        if self._registry is not None:
            self._registry.close()
