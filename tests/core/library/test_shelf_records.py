"""Issue 15: the start-up list reads the shelf's records without the shelf manager — one
query on a read-only connection — and gets what the manager gives; a shelf it cannot read
as it is (none yet, another schema) goes the manager's way, and nothing is written."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from reader.core.library.facade import Library, last_listing
from reader.core.library.shelf import ShelfManager
from reader.core.library.shelf_records import NotReadable, read_records


def _shelf(data_dir) -> ShelfManager:
    shelf = ShelfManager(data_dir)
    shelf.note_added(["a", "b", "c"])
    shelf.set_title("a", "Título ñ 𠀀")
    shelf.set_tags("b", "uno, dos 𠀋")
    shelf.set_collections("b", "Semana 1")
    shelf.remove("c")
    return shelf


@pytest.mark.parametrize("folder", ["data", "da%20ta #1?x"])
def test_the_records_read_alone_are_the_managers(tmp_path, folder):
    data_dir = tmp_path / folder
    data_dir.mkdir()
    shelf = _shelf(data_dir)
    expected = shelf.records()
    assert read_records(data_dir) == expected
    assert expected["b"]["tags"] == ["uno", "dos 𠀋"] and expected["c"]["removed"] is True
    shelf.close()


def test_a_write_in_progress_elsewhere_does_not_stop_the_read(data_dir):
    shelf = _shelf(data_dir)
    before = shelf.records()
    writer = sqlite3.connect(data_dir / "shelf.sqlite", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE articles SET title='a medias' WHERE article='a'")
    assert read_records(data_dir) == before     # what was committed, at once
    writer.execute("ROLLBACK")
    writer.close()
    shelf.close()


def test_a_shelf_not_there_or_of_another_schema_goes_the_managers_way(seeds_dir, data_dir):
    with pytest.raises(NotReadable):
        read_records(data_dir)
    library = Library(seeds_dir, data_dir)
    library.load()
    library.close()
    (data_dir / "shelf.sqlite").unlink()
    listed = last_listing(seeds_dir, data_dir)          # the manager makes a new shelf
    assert listed is not None and listed.shelf == {}
    assert (data_dir / "shelf.sqlite").exists()
    with sqlite3.connect(data_dir / "shelf.sqlite") as db:
        db.execute("PRAGMA user_version=7")             # a newer Reader's shelf
    with pytest.raises(NotReadable):
        read_records(data_dir)
    listed = last_listing(seeds_dir, data_dir)
    assert listed is not None and listed.shelf == {}    # listed all the same
    with sqlite3.connect(data_dir / "shelf.sqlite") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 7   # left as it was


def test_listing_a_library_imports_no_shelf_manager_nor_text_blocks():
    """What the first paint waits for stays small (issue 15)."""
    probe = ("import sys\nfrom reader.core.library.facade import last_listing\n"
             "print(sorted(m for m in ('reader.core.library.shelf', 'reader.core.text.blocks',"
             " 'reader.core.text.offsets', 'uuid') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
