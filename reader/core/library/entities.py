"""``library.entities``: names across scripts and languages, built from the library's texts,
cached per library state (derived data in the data folder, like the index), with the
reader's merges and splits stored beside it; alignment anchors for parallel reading."""
from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path
from reader.core.entities.align import Anchor, AnchorMap, Landmark, align
from reader.core.entities.linker import Entity, Evidence, Mention, Overrides, build_entities
from reader.core.entities.numbers import find_numbers
from reader.core.entities.table import EntityTable
from reader.core.library.articles import ArticleManager, Progress
from reader.core.library.events import EventManager

OVERRIDES_FILE = "entities.json"
#: Derived data, like the search index: rebuilt when the library or the overrides change.
CACHE_FILE = "entities-cache.json"
CACHE_VERSION = 2


class EntityManager:
    def __init__(self, articles: ArticleManager, events: EventManager, data_dir: Path):
        self._articles = articles
        self._events = events
        self._data_dir = data_dir
        self._lock = threading.Lock()
        self._building = threading.Lock()
        self._listeners: list[Progress] = []
        self._table: EntityTable | None = None
        self._state: tuple | None = None

    # -- the reader's decisions ---------------------------------------------------------
    @property
    def _overrides_path(self) -> Path:
        return self._data_dir / OVERRIDES_FILE

    def overrides(self) -> Overrides:
        try:
            data = json.loads(self._overrides_path.read_text("utf-8"))
        except (OSError, ValueError):
            return Overrides()
        return Overrides(tuple(tuple(pair) for pair in data.get("merges", [])
                               if isinstance(pair, list) and len(pair) == 2),
                         tuple(str(n) for n in data.get("splits", [])))

    def _save(self, overrides: Overrides) -> None:
        data = {"merges": [list(p) for p in overrides.merges], "splits": list(overrides.splits)}
        tmp = self._overrides_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")
        os.replace(tmp, self._overrides_path)
        with self._lock:
            self._table = None

    def merge(self, first: str, second: str) -> None:
        """Make two names one entity (persisted); undoes an earlier split of either."""
        current = self.overrides()
        splits = tuple(n for n in current.splits if n not in (first, second))
        self._save(Overrides(current.merges + ((first, second),), splits))

    def restore(self, overrides: Overrides) -> None:
        """Put back earlier decisions (undo of a merge or split)."""
        self._save(overrides)

    def split(self, name: str) -> None:
        """Take a name out of its entity: it keeps only the links the reader made."""
        current = self.overrides()
        merges = tuple(p for p in current.merges if name not in p)
        self._save(Overrides(merges, tuple(dict.fromkeys(current.splits + (name,)))))

    # -- reading ------------------------------------------------------------------------
    def table(self, progress: Progress | None = None) -> EntityTable:
        """Entities of the library as it is now: in memory, else from the cache file when
        it was made for this library state (the articles' content hashes and the reader's
        merges and splits), else built (seconds to minutes: call it off the GUI thread;
        ``progress`` may raise to stop). One build at a time: a second caller waits for it
        and gets its result."""
        articles = sorted(self._articles.all(), key=lambda a: a.path)
        overrides = self.overrides()
        state = (tuple((a.id, a.content_hash) for a in articles), overrides)
        with self._lock:
            if self._table is not None and self._state == state:
                return self._table
        if progress is not None:  # while waiting for another caller's build, hear its progress
            with self._lock:
                self._listeners.append(progress)
        try:
            with self._building:
                with self._lock:
                    if self._table is not None and self._state == state:
                        return self._table
                key = hashlib.sha1(repr((CACHE_VERSION, state)).encode("utf-8")).hexdigest()
                entities = self._read_cache(key)
                if entities is None:
                    entities = self._build(articles, overrides, self._reporter(progress))
                    self._write_cache(key, entities)
                table = EntityTable(entities)
                with self._lock:
                    self._table, self._state = table, state
            return table
        finally:
            if progress is not None:
                with self._lock:
                    self._listeners.remove(progress)

    def _reporter(self, own: Progress | None) -> Progress:
        """Progress of a build, for its caller (which may stop it by raising) and for the
        callers waiting for it (which may not)."""
        def report(done: int, total: int, label: str) -> None:
            with self._lock:
                waiting = [p for p in self._listeners if p is not own]
            for listener in waiting:
                try:
                    listener(done, total, label)
                except Exception:  # a waiter that stopped listening
                    with self._lock:
                        if listener in self._listeners:
                            self._listeners.remove(listener)
            if own is not None:
                own(done, total, label)
        return report

    def _build(self, articles, overrides: Overrides, progress: Progress) -> list[Entity]:
        count = len(articles)
        total = 3 * count  # reading the texts, then two passes of build_entities over them
        texts: dict[str, str] = {}
        removed: dict[str, str] = {}
        for done, info in enumerate(articles):
            if done % 10 == 0:
                progress(done, total, info.path)
            document = self._articles.document(info.id)
            texts[info.id] = document.text
            removed[info.id] = "\n".join(r.text for r in document.removed)
        entities = build_entities(
            texts, overrides=overrides, removed_texts=removed,
            progress=lambda done, of: progress(count + done * 2 * count // max(of, 1), total, ""))
        progress(total, total, "")
        return entities

    def _read_cache(self, key: str) -> list[Entity] | None:
        try:
            data = json.loads((self._data_dir / CACHE_FILE).read_text("utf-8"))
            if data.get("key") != key:
                return None
            return [Entity(e["id"], e["name"], e["names"], e["articles"],
                           [Evidence(v["kind"], *v["names"], v["detail"]) for v in e["evidence"]],
                           [Mention(*m) for m in e["mentions"]]) for e in data["entities"]]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write_cache(self, key: str, entities: list[Entity]) -> None:
        data = {"key": key, "entities": [
            dict(e.to_json(), mentions=[[m.article, m.start, m.end, m.name] for m in e.mentions])
            for e in entities]}
        path = self._data_dir / CACHE_FILE
        try:
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only data folder only costs the rebuild next time

    def list(self, which: str | None = None) -> list[Entity]:
        """Every entity; or the one an entity id or name stands for; or those an article
        names (``which`` an article id, its prefix or its file name)."""
        table = self.table()
        if which is None:
            return table.entities
        entity = table.get(which) or table.entity_of(which)
        if entity is not None:
            return [entity]
        article = self._articles.resolve(which)
        return [e for e in table.entities if article in e.articles]

    def events(self, name_or_id: str) -> list:
        """Events whose sentence names the entity, in every language and script."""
        table = self.table()
        entity = table.get(name_or_id) or table.entity_of(name_or_id)
        if entity is None:
            return []
        spans: dict[str, list[tuple[int, int]]] = {}
        for mention in entity.mentions:
            spans.setdefault(mention.article, []).append((mention.start, mention.end))
        result = []
        for article, mentions in spans.items():
            for event in self._events.list(article):
                if any(event.sentence_start <= start and end <= event.sentence_end
                       for start, end in mentions):
                    result.append(event)
        return sorted(result, key=lambda e: e.sort_key())

    def landmarks(self, article: str) -> list[Landmark]:
        """What one article offers for alignment: entity names, dates, amounts."""
        from reader.core.events.resolve import read_dates

        article = self._articles.resolve(article)
        document = self._articles.document(article)
        text = document.text
        marks = [Landmark(m.start, m.end, f"entity:{e.id}", "entity", m.name)
                 for e in self.table().entities for m in e.mentions if m.article == article]
        # The dates the events extractor reads (same mentions, same values), without the
        # library-wide actor names events need: aligning two articles reads only those two.
        for mention in read_dates(document.search_text, self._articles.info(article).date):
            marks.append(Landmark(mention.start, mention.end, f"date:{mention.value}", "date",
                                  text[mention.start:mention.end]))
        marks += [Landmark(n.start, n.end, n.key, "number", text[n.start:n.end])
                  for n in find_numbers(text)]
        return marks

    def align(self, left: str, right: str) -> list[Anchor]:
        return align(self.landmarks(left), self.landmarks(right))

    def anchor_map(self, left: str, right: str) -> AnchorMap:
        return AnchorMap(self.align(left, right), len(self._articles.document(left).text),
                         len(self._articles.document(right).text))
