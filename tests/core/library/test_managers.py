"""The facade is a door onto managers; writes say what changed; reads never write."""
from __future__ import annotations

import sqlite3

import pytest

from reader.core.library.changes import Changes
from reader.core.library.facade import Library
from reader.core.text.script import Script


@pytest.fixture
def library(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    yield library
    library.close()


def _changes_on_disk(data_dir) -> int:
    """Rows as stored, read through a separate connection."""
    with sqlite3.connect(data_dir / "annotations.sqlite") as db:
        return db.execute("SELECT count(*), coalesce(sum(length(exact) + start), 0) "
                          "FROM annotations").fetchone()


def test_opening_returns_everything_a_pane_needs_in_one_call(library):
    article = library.articles.resolve("004")
    text = library.articles.document(article).text
    start = text.index("淘小鋪")
    library.annotations.add(article, start, start + 3, "green")
    library.positions.set(article, 42)
    opened = library.open(article, Script.SIMPLIFIED)
    assert opened.info.id == article and opened.position == 42
    assert "淘小铺" in opened.view.text and opened.view.script == Script.SIMPLIFIED
    assert [(h.start, h.color) for h in opened.highlights] == [(start, "green")]
    assert opened.events is None  # not extracted yet: opening does no library-wide work
    library.events.list(article)
    assert library.open(article).events == tuple(library.events.list(article))


def test_writes_return_what_changed(library):
    article = library.articles.resolve("000")
    text = library.articles.document(article).text
    start = text.index("国际站")
    added = library.annotations.add(article, start, start + 3)
    assert isinstance(added, Changes) and len(added.added) == 1 and not added.updated
    assert added.articles == {article} and added.annotation.exact == "国际站"
    updated = library.annotations.update(added.annotation.uid, color="blue")
    assert updated.updated[0].color == "blue" and not updated.added
    removed = library.annotations.delete(added.annotation.uid)
    assert removed.removed == (added.annotation.uid,) and removed.annotation is None
    restored = library.annotations.restore(updated.annotation)
    assert restored.added == (updated.annotation,)  # back from a delete: a new row again


def test_reading_never_writes_and_reanchoring_is_an_explicit_step(library, seeds_dir,
                                                                  data_dir):
    article = library.articles.resolve("000")
    text = library.articles.document(article).text
    kept_at = text.index("富通天下")
    kept = library.annotations.add(article, kept_at, kept_at + 4).annotation
    gone_at = text.index("\n", kept_at + 200) + 1
    gone_text = text[gone_at:gone_at + 12]
    gone = library.annotations.add(article, gone_at, gone_at + 12).annotation
    path = seeds_dir / library.articles.info(article).path
    raw = path.read_text("utf-8")
    path.write_text(raw.replace(gone_text, "", 1).replace("富通天下", "新增富通天下", 1), "utf-8")
    library.load()
    before = _changes_on_disk(data_dir)
    for script in Script:
        library.open(article, script)
    placed = {a.uid: a for a in library.annotations.for_article(article)}
    library.annotations.all()
    library.annotations.get(kept.uid)
    library.annotations.export("json")
    assert _changes_on_disk(data_dir) == before  # nothing written by reading
    assert placed[kept.uid].start == kept_at + 2 and placed[gone.uid].orphan
    report = library.annotations.reanchor()
    assert report.moved == (kept.uid,) and report.orphaned == (gone.uid,)
    assert report.changes.articles == {article}
    assert _changes_on_disk(data_dir) != before
    assert library.annotations.reanchor() .moved == ()  # once recorded, nothing moves


def test_positions_are_shared_and_saved_only_when_asked(library, seeds_dir, data_dir):
    article = library.articles.resolve("002")
    library.positions.set(article, 1234)
    assert not (data_dir / "positions.json").exists()  # scrolling writes nothing
    library.positions.save()
    again = Library(seeds_dir, data_dir)
    again.load()
    assert again.positions.get(article) == 1234 and again.open(article).position == 1234
    again.close()


def test_close_releases_database_and_index_handles(library):
    library.search.update_index()
    library.annotations.store
    library.close()
    assert library.annotations._store is None and library.search._index is None


def test_an_article_opens_even_when_its_highlights_cannot_be_read(library, data_dir):
    library.annotations.close()
    (data_dir / "annotations.sqlite").write_bytes(b"not a database" * 100)
    opened = library.open("003")
    assert opened.view.text and opened.highlights == ()
    assert "annotation database" in opened.highlights_problem
