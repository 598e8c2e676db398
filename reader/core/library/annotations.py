"""``library.annotations``: highlights and notes of the library.

Reads never write: ``for_article``/``all``/``get`` place stored highlights on the current
text in memory. ``reanchor`` is the explicit step that writes what moved or became an
orphan after a file changed. Every write returns ``Changes`` (what it changed)."""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Callable, Iterable

from reader.core.annotations.anchoring import anchor, describe
from reader.core.annotations.store import AnnotationError
from reader.core.library.articles import ArticleManager
from reader.core.library.changes import Changes, ReanchorReport
from reader.core.models import ArticleInfo

if TYPE_CHECKING:
    from pathlib import Path

    from reader.core.annotations.store import Annotation, AnnotationStore


@dataclass
class ImportReport:
    imported: int = 0
    unchanged: int = 0
    orphans: int = 0
    problems: list[str] = field(default_factory=list)


def place(annotation: Annotation, text: str, content_hash: str) -> Annotation:
    """The annotation as it lies on this text (in memory; nothing is written)."""
    if annotation.content_hash == content_hash and not annotation.orphan:
        return annotation
    placed = anchor(text, annotation.selector)
    if placed is None:
        return replace(annotation, orphan=True)
    fresh = describe(text, placed.start, placed.end)
    # A fuzzy placement adopts the words now there as the quote to look for.
    return replace(annotation, start=fresh.start, end=fresh.end, prefix=fresh.prefix,
                   suffix=fresh.suffix, exact=fresh.exact, content_hash=content_hash,
                   orphan=False)


class AnnotationManager:
    def __init__(self, articles: ArticleManager, path: Path):
        self._articles = articles
        self._path = path
        self._store: AnnotationStore | None = None
        # Opened once: the GUI (opening an article) and the store worker (re-anchoring)
        # may ask at the same moment; two openers racing on a new file hit "database is
        # locked" while one switches it to WAL.
        self._opening = threading.Lock()
        #: article id → the shelf's record (tags, collections …), exported with highlights
        self.article_meta: Callable[[str], dict] = lambda _article: {}

    @property
    def store(self) -> AnnotationStore:
        with self._opening:
            return self._open_store()

    def _open_store(self) -> AnnotationStore:
        if self._store is None:
            import sqlite3

            from reader.core.annotations.store import AnnotationStore

            try:
                self._store = AnnotationStore(self._path)
            except (sqlite3.Error, OSError) as exc:
                raise AnnotationError(f"cannot open the annotation database {self._path}: "
                                      f"{exc}") from exc
        return self._store

    # -- reads (never write) ------------------------------------------------------------
    def for_article(self, article: str) -> list[Annotation]:
        """One article's highlights placed on its current text."""
        article = self._articles.resolve(article)
        document = self._articles.document(article)
        return [place(a, document.text, document.info.content_hash)
                for a in self.store.list(article)]

    def all(self) -> list[Annotation]:
        """Highlights of the whole library; those of a vanished file as stored."""
        result = []
        for stored in sorted({a.article for a in self.store.list()}):
            if self._articles.known(stored):
                result.extend(self.for_article(stored))
            else:  # its file is gone: keep showing what was stored
                result.extend(self.store.list(stored))
        return result

    # -- search filters (issue 18) --
    def tags_by_article(self) -> dict[str, set[str]]:
        """Tags used on each article's highlights, as stored (no placing, no write)."""
        result: dict[str, set[str]] = {}
        for annotation in self.store.list():
            if annotation.tags:
                result.setdefault(annotation.article, set()).update(annotation.tags)
        return result

    def get(self, uid: str) -> Annotation | None:
        """One highlight as it lies now (None when it does not exist or was deleted)."""
        stored = self.store.get(uid)
        if stored is None or not self._articles.known(stored.article):
            return stored
        document = self._articles.document(stored.article)
        return place(stored, document.text, document.info.content_hash)

    # -- writes (each returns what changed) ---------------------------------------------------
    def add(self, article: str, start: int, end: int, color: str = "yellow",
            note: str = "", tags: Iterable[str] = ()) -> Changes:
        document = self._articles.document(article)
        created = self.store.create(document.info.id, document.text, start, end,
                                    document.info.content_hash, color, note, tags,
                                    path=document.info.path)
        return Changes(added=(created,), articles=frozenset({created.article}))

    def update(self, uid: str, **changes) -> Changes:
        updated = self.store.update(uid, **changes)
        return Changes(updated=(updated,), articles=frozenset({updated.article}))

    def delete(self, uid: str) -> Changes:
        current = self.store.get(uid)
        self.store.delete(uid)
        return Changes(removed=(uid,),
                       articles=frozenset({current.article} if current else ()))

    def restore(self, annotation: Annotation) -> Changes:
        """Put back an annotation exactly as it was (undo of a delete or an edit)."""
        existed = self.store.get(annotation.uid) is not None
        self.store.put(annotation)
        kind = "updated" if existed else "added"
        return Changes(**{kind: (annotation,)}, articles=frozenset({annotation.article}))

    def reattach(self, uid: str, start: int, end: int,
                 article: str | None = None) -> Changes:
        """Put a highlight on START–END of its article, or of ``article`` (a highlight whose
        file is gone goes to the article the user chose)."""
        current = self.store.get(uid)
        if current is None:
            raise AnnotationError(f"no annotation {uid}")
        document = self._articles.document(article or current.article)
        updated = self.store.reattach(uid, document.text, start, end,
                                      document.info.content_hash,
                                      article=document.info.id, path=document.info.path)
        return Changes(updated=(updated,),
                       articles=frozenset({current.article, updated.article}))

    # -- moved files (issue 11) ------------------------------------------------------------
    def move_article(self, old_id: str, new_id: str, new_path: str) -> None:
        """A file was recognised elsewhere: its highlights follow it (re-anchored on read)."""
        if self._path.exists():
            self.store.move_article(old_id, new_id, new_path)

    def detached_articles(self) -> list[tuple[str, str, int]]:
        """(old id, its last path, highlight count) for highlights whose file is gone and
        was not recognised elsewhere: candidates for ``reattach_article``."""
        return sorted((article, path, count) for article, (path, count)
                      in self.store.articles().items() if not self._articles.known(article))

    def reattach_article(self, old_id: str, article: str) -> list[Annotation]:
        """Give the highlights of a vanished article to ``article`` (the user says it is the
        same); each is re-anchored, and those not found there become orphans."""
        from reader.core.library.moves import Move

        new_id = self._articles.resolve(article)
        if self._articles.known(old_id):
            raise AnnotationError(f"article {old_id} is still in the library")
        if old_id not in self.store.articles():
            raise AnnotationError(f"no highlights belong to {old_id}")
        info = self._articles.info(new_id)
        self._articles.carry_over(Move(old_id, new_id, "", info.path, "re-attached by the user"))
        return self.for_article(new_id)

    def reanchor(self, article: str | None = None) -> ReanchorReport:
        """The explicit step after files changed: write where highlights moved and which
        became orphans (of one article, or of every loaded article)."""
        if article is None:
            articles = sorted({a.article for a in self.store.list()
                               if self._articles.known(a.article)})
        else:
            articles = [self._articles.resolve(article)]
        moved, orphaned, updated = [], [], []
        for article_id in articles:
            document = self._articles.document(article_id)
            for stored in self.store.list(article_id):
                placed = place(stored, document.text, document.info.content_hash)
                if placed == stored:
                    continue
                self.store.put(placed)
                updated.append(placed)
                (orphaned if placed.orphan else moved).append(placed.uid)
        changes = Changes(updated=tuple(updated),
                          articles=frozenset(a.article for a in updated))
        return ReanchorReport(tuple(moved), tuple(orphaned), changes)

    # -- export and import --------------------------------------------------------------
    def export(self, fmt: str, article: str | None = None) -> str:
        from reader.core.annotations.export import json_export, markdown_export

        annotations = self.for_article(article) if article is not None else self.all()
        if fmt == "json":
            collection = json_export(annotations)
            page = collection.get("first", {})  # one embedded page (W3C collection)
            for item, annotation in zip(page.get("items", []), annotations):
                _add_article_meta(item["target"], self.article_meta(annotation.article))
            return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
        if fmt != "markdown":
            raise AnnotationError(f"unknown export format {fmt!r}: use markdown or json")
        by_article: dict[str, list[Annotation]] = {}
        for annotation in annotations:
            by_article.setdefault(annotation.article, []).append(annotation)
        sections = []
        for stored, items in by_article.items():
            info = (self._articles.info(stored) if self._articles.known(stored) else
                    ArticleInfo(stored, items[0].path, items[0].path or stored, "und", "Zyyy",
                                None, 0, "", ""))
            sections.append((info, items))
        sections.sort(key=lambda section: section[0].title)
        return markdown_export(sections, {info.id: self.article_meta(info.id)
                                          for info, _items in sections})

    def import_w3c(self, data: dict) -> ImportReport:
        """Import W3C JSON: existing uids are replaced only by newer versions (so importing
        twice changes nothing), then the imported articles are re-anchored."""
        articles = self._articles

        def resolve(exported_id: str, path: str) -> str | None:
            if articles.known(exported_id):
                return exported_id
            moved_to = articles.moved_to(exported_id)
            if moved_to is not None:  # its file was recognised elsewhere (issue 11)
                return moved_to
            for info in articles.all():
                if path and info.path == path:
                    return info.id
            return None

        from reader.core.annotations.export import parse_w3c

        parsed, problems = parse_w3c(data, resolve)
        report = ImportReport(problems=problems)
        for annotation in parsed:
            existing = self.store.get(annotation.uid)
            if existing is not None and existing.modified >= annotation.modified:
                report.unchanged += 1
                continue
            self.store.put(annotation)
            report.imported += 1
        uids = {a.uid for a in parsed}
        for article in sorted({a.article for a in parsed}):
            self.reanchor(article)
            report.orphans += sum(1 for a in self.store.list(article)
                                  if a.orphan and a.uid in uids)
        return report

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _add_article_meta(target: dict, meta: dict) -> None:
    """The article's tags and collections (from the shelf) travel with its highlights."""
    if meta.get("tags"):
        target["reader:articleTags"] = list(meta["tags"])
    if meta.get("collections"):
        target["reader:collections"] = list(meta["collections"])
