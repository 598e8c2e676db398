"""Issue 15, warm start: the facade is light to import (its managers and their heavy
dependencies load when a Library is made, its value types on first use), and a library
opened before can be listed from its catalog without opening the library."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reader.core.library import facade
from reader.core.library.facade import Library, last_listing
from reader.core.library.shelf import ShelfManager

HEAVY = ("whoosh", "opencc", "markdown", "lxml", "reader.core.search.index",
         "reader.core.library.articles", "reader.core.library.entities",
         "reader.core.dictionary.cedict", "reader.core.text.cleaning",
         "reader.core.events.extract")


def _imported_after(code: str) -> dict:
    """Which HEAVY modules a fresh interpreter holds after running ``code``."""
    probe = code + f"\nimport sys, json\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_importing_the_facade_imports_no_manager_nor_heavy_dependency():
    assert _imported_after("from reader.core.library.facade import Library, last_listing") == []


def test_the_value_types_load_on_first_use_and_a_library_still_works(seeds_dir, data_dir):
    code = ("from reader.core.library.facade import render_note, Script, SearchHit\n"
            f"from reader.core.library.facade import Library\n"
            f"library = Library({str(seeds_dir)!r}, {str(data_dir)!r})\n"
            "assert library.load().articles")
    loaded = _imported_after(code)
    assert "reader.core.library.articles" in loaded and "reader.core.search.index" in loaded


def test_every_exported_name_resolves_and_unknown_names_are_refused():
    for name in facade.__all__:
        assert getattr(facade, name) is not None, name
    from reader.core.text.script import Script
    assert facade.Script is Script
    assert facade.pinyin_readings.__name__ == "readings"
    assert not hasattr(facade, "no_such_name")
    with pytest.raises(ImportError):
        exec("from reader.core.library.facade import no_such_name")


def test_the_last_listing_is_what_the_library_restores(seeds_dir, data_dir):
    assert last_listing(seeds_dir, data_dir) is None   # never opened: nothing to show
    library = Library(seeds_dir, data_dir)
    loaded = library.load()
    article = loaded.articles[0].id
    library.shelf.set_title(article, "My title 𠀀")
    library.close()

    listed = last_listing(seeds_dir, data_dir)
    assert listed is not None and listed.root == seeds_dir.resolve()
    assert sorted(a.id for a in listed.articles) == sorted(a.id for a in loaded.articles)
    assert {a.id: a for a in listed.articles} == {a.id: a for a in loaded.articles}
    assert listed.shelf[article]["title"] == "My title 𠀀"
    again = Library(seeds_dir, data_dir)
    assert listed.shelf == {a: e.to_json() for a, e in again.shelf.entries().items()}
    again.close()


def test_the_default_library_is_the_one_chosen_last(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    library.set_default_library(seeds_dir)
    library.close()
    listed = last_listing(None, data_dir)
    assert listed is not None and listed.root == seeds_dir.resolve()


def test_a_damaged_catalog_lists_nothing_and_loses_nothing(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    library.close()
    (data_dir / "catalog.sqlite").write_bytes(b"not a database" * 100)
    assert last_listing(seeds_dir, data_dir) is None
    assert Library(seeds_dir, data_dir).load().articles   # the files are read again


def test_shelf_records_are_the_entries_as_json(data_dir):
    shelf = ShelfManager(data_dir)
    shelf.note_added(["a", "b"])
    shelf.set_title("a", "Título ñ 𠀀")
    shelf.mark_read("c")   # not yet written: still in the records
    records = shelf.records()
    assert records == {a: e.to_json() for a, e in shelf.entries().items()}
    assert records["c"]["last_read"] and records["a"]["title"] == "Título ñ 𠀀"
    shelf.close()
