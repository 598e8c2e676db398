"""Issue 15, library scale: a library opened before is listed from its catalog without
looking at its files; the files are checked afterwards (changed, new, gone); a first
import lists articles batch by batch and resumes after a stop; a damaged catalog is made
again from the files with a message, and nothing else is lost."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from bench.corpus import generate
from reader.core.library import reading
from reader.core.library.facade import Library


class Stop(Exception):
    pass


@pytest.fixture
def many(tmp_path):
    root = tmp_path / "many"
    generate(60, root)
    return root


def test_a_library_opened_before_is_listed_without_its_files(many, data_dir, tmp_path):
    first = Library(many, data_dir)
    expected = {(a.id, a.title, a.language, a.chars) for a in first.load().articles}
    first.close()
    hidden = tmp_path / "hidden"
    many.rename(hidden)  # no article file can be looked at now
    library = Library(many, data_dir)
    listed = library.articles.restore()
    assert {(a.id, a.title, a.language, a.chars) for a in listed.articles} == expected
    article = listed.articles[0].id
    assert library.articles.resolve(article) == article
    # the load that follows finds the files gone: stale entries leave the list then
    result = library.load()
    assert result.articles == [] and [e.reason for e in result.errors] == ["not found"]
    library.close()
    hidden.rename(many)


def test_the_load_after_the_listing_finds_changed_new_and_gone_files(many, data_dir):
    Library(many, data_dir).load()
    changed, gone = sorted(many.glob("*.txt"))[:2]
    changed.write_text("Un título cambiado 𠀋\n\nEl texto del artículo cambió por completo.\n",
                       "utf-8")
    gone.unlink()
    shutil.copy(changed, many / "nuevo.txt")
    library = Library(many, data_dir)
    before = {a.path: a for a in library.articles.restore().articles}
    assert before[changed.name].title != "Un título cambiado 𠀋" and gone.name in before
    batches = []
    result = library.load(on_batch=batches.append)
    after = {a.path: a for a in result.articles}
    assert after[changed.name].title == "Un título cambiado 𠀋" and gone.name not in after
    assert {a.path for batch in batches for a in batch} == {changed.name, "nuevo.txt"}
    # the listing kept for the next start is the checked one
    assert {a.path for a in Library(many, data_dir).articles.restore().articles} == set(after)


def test_a_first_import_lists_batches_and_resumes_after_a_stop(many, data_dir, monkeypatch):
    library = Library(many, data_dir)
    batches = []

    def progress(done, total, name):
        if batches:  # stop as soon as the first articles were listed
            raise Stop

    with pytest.raises(Stop):
        library.load(progress, on_batch=batches.append)
    listed = {a.id for a in library.articles.all()}
    assert batches and 0 < len(listed) < 60 and listed == {a.id for a in batches[0]}
    read = []
    original = reading.read_one
    monkeypatch.setattr(reading, "read_one", lambda job: read.append(job) or original(job))
    again = Library(many, data_dir)
    assert len(again.load().articles) == 60
    assert len(read) == 60 - len(listed)  # what the stopped import stored is not read again


def test_worker_processes_read_what_the_calling_thread_reads(many):
    jobs = [reading.FileJob(path, path.name, 0, 0) for path in sorted(many.glob("*.txt"))[:12]]
    here = [o for batch in reading.read_files(jobs, workers=1) for o in batch]
    there = [o for batch in reading.read_files(jobs, workers=2) for o in batch]
    assert [o.infos for o in there] == [o.infos for o in here]
    assert [o.fingerprints for o in there] == [o.fingerprints for o in here]
    assert all(o.documents for o in here) and not any(o.documents for o in there)


def test_a_damaged_catalog_is_made_again_and_nothing_is_lost(many, data_dir):
    library = Library(many, data_dir)
    articles = library.load().articles
    article = articles[0].id
    library.annotations.add(article, 0, 4, note="nota 𠀋")
    library.close()
    (data_dir / "catalog.sqlite").write_bytes(b"this is not a database" * 200)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"catalog.sqlite{suffix}").unlink(missing_ok=True)
    again = Library(many, data_dir)
    assert "damaged" in again.articles.catalog.problem
    assert again.articles.restore() is None
    assert {a.id for a in again.load().articles} == {a.id for a in articles}
    assert again.annotations.for_article(article)[0].note == "nota 𠀋"
    assert again.articles.restore() is not None  # listed again for the next start
    again.close()


def test_a_damaged_listing_is_reported_and_read_again_from_the_files(many, data_dir):
    Library(many, data_dir).load()
    with sqlite3.connect(data_dir / "catalog.sqlite") as db:
        db.execute("UPDATE listing SET data='[[\"cut'")
    library = Library(many, data_dir)
    assert library.articles.restore() is None
    assert "damaged" in library.articles.catalog.problem
    assert len(library.load().articles) == 60


def test_a_big_first_import_lists_every_article_from_a_glance_first(many, data_dir,
                                                                     monkeypatch):
    from reader.core.library import loading

    monkeypatch.setattr(loading, "GLANCE_FROM", 10)  # "big" for this test's 60 files
    (many / "nota.md").write_text("# Título en Markdown 𠀋\n\nUn párrafo del artículo.\n",
                                  "utf-8")
    batches = []
    result = Library(many, data_dir).load(on_batch=batches.append)
    listed, looked = ({a.id: a for a in batch} for batch in batches[:2])
    exact = {a.id: a for a in result.articles}
    assert exact.keys() == listed.keys() == looked.keys()
    assert not any(a.pending for a in exact.values())
    # 1. listed at once: the title shown is the first line, language and script wait
    assert all({"title", "language", "script"} <= set(a.pending) for a in listed.values())
    # (for most articles already the final one; here not for a file that opens with a
    # photo credit, which the full reading removes)
    assert sum(a.title == exact[a.id].title for a in listed.values()) >= 0.9 * 61
    # 2. a closer look: every field it gives is the final one; the rest is named pending
    for article, entry in looked.items():
        assert entry.pending
        for name in ("title", "language", "script", "content_hash", "encoding", "damaged"):
            if name not in entry.pending:
                assert getattr(entry, name) == getattr(exact[article], name), (article, name)
    assert all("title" in a.pending and a.title == listed[a.id].title
               for a in looked.values())  # the title waits for the full reading
    markdown = next(a for a in looked.values() if a.path == "nota.md")
    assert "title" in markdown.pending and markdown.language == "es"
    assert exact[markdown.id].title == "Título en Markdown 𠀋"


@pytest.mark.parametrize("stop_after", ["glance", "first read batch"])
def test_a_stopped_big_import_unlists_what_it_only_glanced_at(many, data_dir, monkeypatch,
                                                              stop_after):
    from reader.core.library import loading

    monkeypatch.setattr(loading, "GLANCE_FROM", 10)
    library = Library(many, data_dir)
    batches = []

    def progress(done, total, name):
        read = any(not a.pending for batch in batches for a in batch)
        if batches and (stop_after == "glance" or read):
            raise Stop

    with pytest.raises(Stop):
        library.load(progress, on_batch=batches.append)
    listed = library.articles.all()
    assert not any(a.pending for a in listed)
    assert len(listed) == 0 if stop_after == "glance" else 0 < len(listed) < 60
