"""What the facade hands out besides ``Library``, each imported on first use.

The window's first frame needs none of these (issue 15: the library list is shown before
the search index, OpenCC, the dictionaries or the entity tables are imported), so the
facade resolves them here when a caller first asks (``from facade import render_note``)."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

#: name -> the module that defines it.
NAMES = {
    "render_note": "reader.core.annotations.notes",
    "COLORS": "reader.core.annotations.store", "Annotation": "reader.core.annotations.store",
    "AnnotationError": "reader.core.annotations.store",
    "Definition": "reader.core.dictionary.define", "source_of": "reader.core.dictionary.export",
    "VocabularyError": "reader.core.dictionary.vocabulary",
    "VocabularyItem": "reader.core.dictionary.vocabulary",
    "ImportReport": "reader.core.library.annotations",
    "AddResult": "reader.core.library.articles", "LoadResult": "reader.core.library.articles",
    "Progress": "reader.core.library.articles", "UnknownArticle": "reader.core.library.articles",
    "Changes": "reader.core.library.changes", "OpenedArticle": "reader.core.library.changes",
    "ReanchorReport": "reader.core.library.changes",
    "article_id": "reader.core.library.corpus", "Move": "reader.core.library.moves",
    "Bookmark": "reader.core.library.shelf", "ShelfEntry": "reader.core.library.shelf",
    "ShelfError": "reader.core.library.shelf",
    "SearchFilter": "reader.core.search.filters", "SortOrder": "reader.core.search.filters",
    "folders": "reader.core.search.filters", "QuerySyntaxError": "reader.core.search.query",
    "fold": "reader.core.text.folding", "Utf16Index": "reader.core.text.offsets",
    "distribution_check": "reader.core.text.opencc_bridge",
    "Script": "reader.core.text.script", "ScriptView": "reader.core.text.script",
    "make_view": "reader.core.text.script",
    "Event": "reader.core.events.extract", "IndexReport": "reader.core.search.index",
    "SearchHit": "reader.core.search.index", "SearchResult": "reader.core.search.index",
}
#: Exported under another name than the defining module's.
RENAMED = {"pinyin_readings": ("reader.core.dictionary.pinyin", "readings"),
           "warm_up_pinyin": ("reader.core.dictionary.pinyin", "warm_up")}

if TYPE_CHECKING:  # the same names for type checkers and the layout test's import graph
    from reader.core.annotations.notes import render_note  # noqa: F401
    from reader.core.annotations.store import COLORS, Annotation, AnnotationError  # noqa
    from reader.core.dictionary.define import Definition  # noqa: F401
    from reader.core.dictionary.export import source_of  # noqa: F401
    from reader.core.dictionary.pinyin import readings, warm_up  # noqa: F401
    from reader.core.dictionary.vocabulary import VocabularyError, VocabularyItem  # noqa
    from reader.core.events.extract import Event  # noqa: F401
    from reader.core.library.annotations import ImportReport  # noqa: F401
    from reader.core.library.articles import (AddResult, LoadResult, Progress,  # noqa
                                              UnknownArticle)
    from reader.core.library.changes import Changes, OpenedArticle, ReanchorReport  # noqa
    from reader.core.library.corpus import article_id  # noqa: F401
    from reader.core.library.moves import Move  # noqa: F401
    from reader.core.library.shelf import Bookmark, ShelfEntry, ShelfError  # noqa: F401
    from reader.core.search.filters import SearchFilter, SortOrder, folders  # noqa: F401
    from reader.core.search.index import IndexReport, SearchHit, SearchResult  # noqa
    from reader.core.search.query import QuerySyntaxError  # noqa: F401
    from reader.core.text.folding import fold  # noqa: F401
    from reader.core.text.offsets import Utf16Index  # noqa: F401
    from reader.core.text.opencc_bridge import distribution_check  # noqa: F401
    from reader.core.text.script import Script, ScriptView, make_view  # noqa: F401


def resolve(name: str):
    """The value the facade exports as ``name`` (AttributeError when it exports none)."""
    if name in RENAMED:
        module, attribute = RENAMED[name]
    elif name in NAMES:
        module, attribute = NAMES[name], name
    else:
        raise AttributeError(f"module 'reader.core.library.facade' has no attribute {name!r}")
    return getattr(importlib.import_module(module), attribute)
