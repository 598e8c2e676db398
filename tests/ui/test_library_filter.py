"""The library list's filter (issue 15: Qt's own filter over one role, so that with nothing
to filter no row costs a Python call when 10,000 are listed at a start): the filter text
matches title, the reader's title, path, date, tags and collections as typed — characters
a regular expression treats specially included, and characters outside the BMP — with the
language and the removed articles as before."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.models import ArticleInfo
from reader.ui.library_model import ArticleIdRole, ArticleListModel, FilterRole
from reader.ui.library_panel import LibraryPanel


def _info(article: str, title: str, language: str = "es", path: str = "") -> ArticleInfo:
    return ArticleInfo(article, path or f"{article}.txt", title, language,
                       "Latn" if language == "es" else "Hans", None, 10, article, "utf-8")


ARTICLES = [_info("a", "C++ (1) [x] a.b*"), _info("b", "El mercado 𠀀 de hoy"),
            _info("c", "中国的市场", "zh-Hans"), _info("d", "Tab\there", path="linea\nnueva.txt"),
            _info("e", "Otro artículo")]


class CountingModel(ArticleListModel):
    """Counts how often the proxy asks for a row's filter text."""

    def __init__(self):
        super().__init__()
        self.asked = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == FilterRole:
            self.asked += 1
        return super().data(index, role)


@pytest.fixture
def panel(qtbot):
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.model.set_shelf({"e": {"title": "Mi título propio", "tags": ["Semana+1"],
                                 "collections": [], "added": "", "last_read": "",
                                 "removed": False}})
    panel.model.set_articles(ARTICLES)
    panel.show()
    return panel


def _shown(panel) -> set[str]:
    return {panel.proxy.index(row, 0).data(ArticleIdRole)
            for row in range(panel.proxy.rowCount())}


@pytest.mark.parametrize("typed, expected", [
    ("c++ (1)", {"a"}), ("[X] A.B*", {"a"}), (".", {"a", "b", "c", "d", "e"}),
    ("𠀀", {"b"}), ("市场", {"c"}), ("TAB\tHERE", {"d"}), ("nueva", {"d"}),
    ("propio", {"e"}), ("semana+1", {"e"}), ("artículo", {"e"}), ("nada así", set()),
])
def test_the_filter_matches_what_is_typed_literally(qtbot, panel, typed, expected):
    panel.filter_edit.setText(typed)
    assert _shown(panel) == expected
    panel.filter_edit.clear()
    assert _shown(panel) == {a.id for a in ARTICLES}


def test_typing_filters_as_it_goes_with_the_language_too(qtbot, panel):
    qtbot.keyClicks(panel.filter_edit, "MERCADO")
    assert _shown(panel) == {"b"}
    panel.language_combo.setCurrentIndex(panel.language_combo.findData("zh-Hans"))
    assert _shown(panel) == set()
    panel.filter_edit.clear()
    assert _shown(panel) == {"c"}
    panel.language_combo.setCurrentIndex(0)
    assert _shown(panel) == {a.id for a in ARTICLES}


def test_removed_articles_are_hidden_or_shown_alone(qtbot, panel):
    records = {"b": {"title": "", "tags": [], "collections": [], "added": "",
                     "last_read": "", "removed": True}}
    panel.model.set_shelf(records)   # no invalidate: the list follows by itself
    assert _shown(panel) == {"a", "c", "d", "e"}
    qtbot.mouseClick(panel.removed_check, Qt.MouseButton.LeftButton)
    assert _shown(panel) == {"b"}
    panel.filter_edit.setText("hoy")
    assert _shown(panel) == {"b"}
    panel.filter_edit.setText("otro")
    assert _shown(panel) == set()
    panel.filter_edit.clear()
    qtbot.mouseClick(panel.removed_check, Qt.MouseButton.LeftButton)
    panel.model.set_shelf({})        # restored: none removed any more
    assert _shown(panel) == {a.id for a in ARTICLES}


def test_with_nothing_to_filter_no_row_is_asked(qtbot):
    model = CountingModel()
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.proxy.setSourceModel(model)
    model.set_articles([_info(f"x{i}", f"Artículo {i}") for i in range(500)])
    assert panel.proxy.rowCount() == 500 and model.asked == 0
    panel.proxy.set_text("artículo 49")
    assert panel.proxy.rowCount() == 11 and model.asked > 0
