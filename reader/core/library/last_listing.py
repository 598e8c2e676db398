"""A library opened before, as last listed, read without opening the library (issue 15).

One read of the catalog's listing and one of the shelf: what the start-up shell shows
before the facade's managers (and their heavy imports) exist. Nothing here reads an article
file or changes a store; ``Library.load`` checks the files afterwards, as ever."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.library.catalog import Catalog
from reader.core.library.collector import collector_paused
from reader.core.library.paths import CATALOG_FILE, bundled_library
from reader.core.library.settings_file import LibrarySettingsFile
from reader.core.library.shelf_records import NotReadable, read_records
from reader.core.models import ArticleInfo


@dataclass(frozen=True)
class LastListing:
    root: Path
    articles: list[ArticleInfo]
    shelf: dict[str, dict]     # article id -> its shelf record as JSON (titles, tags, removed)


def library_root(root: str | os.PathLike | None, data_dir: Path) -> Path:
    """The library folder ``Library(root, data_dir)`` opens: the one given, else the one
    chosen last, else the bundled seeds."""
    if root is None:
        root = LibrarySettingsFile(data_dir).read().get("library") or bundled_library()
    return Path(root).expanduser().resolve()


def last_listing(root: str | os.PathLike | None, data_dir: Path) -> LastListing | None:
    """The articles as the library was last listed (None: never listed, listed under other
    rules, or the catalog cannot be read — the load then says why)."""
    folder = library_root(root, Path(data_dir))
    catalog_file = Path(data_dir) / CATALOG_FILE
    if not catalog_file.exists():
        return None
    with collector_paused():   # ~20,000 new containers, none of them garbage
        catalog = Catalog(catalog_file)
        try:
            listing = catalog.listing(str(folder))
        finally:
            catalog.close()
        if not listing:
            return None
        # The same entries ``ArticleManager.restore`` lists: copies folded into their article.
        articles = [replace(info, copies=copies) if copies else info
                    for _location, info, copies in listing if copies is not None]
        try:
            records = read_records(Path(data_dir))
        except NotReadable:
            records = _records_made(Path(data_dir))
    return LastListing(folder, articles, records)


def _records_made(data_dir: Path) -> dict[str, dict]:
    """The records through the shelf manager, which creates or migrates the shelf."""
    from reader.core.library.shelf import ShelfError, ShelfManager

    shelf = ShelfManager(data_dir)
    try:
        return shelf.records()
    except (ShelfError, sqlite3.Error):
        return {}  # shown when the load refreshes the shelf, as after any start
    finally:
        shelf.close()
