"""The dictionary popup, pinyin per pane and the vocabulary panel, in the main window."""
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from reader.core.dictionary.export import parse_csv
from reader.core.dictionary.vocabulary import VocabularyItem
from reader.core.text.script import Script
from reader.ui.vocabulary_panel import VocabularyModel
from tests.ui.test_annotations_ui import _ctrl, _drag_select


def _click(_qtbot, window, prefix):
    """Open the article whose file starts with ``prefix`` in the left pane."""
    (article,) = [a.id for a in window.library.articles.all() if a.path.startswith(prefix)]
    assert window.open_article(article, "left")
    window.pane.setFocus()
    return article


@pytest.fixture
def window(make_window, dictionary_data_dir):
    return make_window()


def _look_up(qtbot, window):
    with qtbot.waitSignal(window.dictionary.lookupShown, timeout=20000) as blocker:
        _ctrl(qtbot, window, Qt.Key.Key_D)
    return blocker.args[0]


def _place_caret(pane, reading_offset):
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.to_qt(reading_offset))
    pane.setTextCursor(cursor)


@pytest.mark.parametrize("script, shown", [(Script.SIMPLIFIED, "电子商务"),
                                           (Script.TRADITIONAL, "電子商務")])
def test_selection_popup_in_each_script_then_add_to_vocabulary(qtbot, window, script, shown):
    article = _click(qtbot, window, "001")
    window.workspace.set_script(script)
    text = window.library.articles.document(article).text
    start = text.index("电子商务")
    assert _drag_select(qtbot, window.pane, start, start + 4) == (start, start + 4)
    lookup = _look_up(qtbot, window)
    popup = window.dictionary.popup
    assert popup.isVisible()
    assert (lookup.start, lookup.end, lookup.article) == (start, start + 4, article)
    shown_text = popup.browser.toPlainText()
    assert "电子商务 · 電子商務" in shown_text and "diàn zǐ shāng wù" in shown_text
    assert "e-commerce" in shown_text
    qtbot.mouseClick(popup.add_button, Qt.MouseButton.LeftButton)
    assert popup.status.text() == "Added to vocabulary."
    (item,) = window.library.dictionary.vocabulary.list()
    assert (item.word, item.reading, item.start, item.end) == \
        (shown, "diàn zǐ shāng wù", start, start + 4)
    assert shown in item.sentence and item.article == article
    assert window.dictionary.panel.model.rowCount() == 1
    qtbot.mouseClick(popup.add_button, Qt.MouseButton.LeftButton)
    assert "already in your vocabulary" in popup.status.text()
    assert len(window.library.dictionary.vocabulary.list()) == 1


def test_caret_in_a_word_looks_up_the_dictionary_word_around_it(qtbot, window):
    article = _click(qtbot, window, "001")
    text = window.library.articles.document(article).text
    start = text.index("微信能够")
    _place_caret(window.pane, start + 1)  # between 微 and 信
    lookup = _look_up(qtbot, window)
    assert (lookup.start, lookup.end) == (start, start + 2)
    assert window.pane.selected_reading_range() == (start, start + 2)  # shown as selected
    assert any("WeChat" in d for e in lookup.definition.entries for d in e.definitions)


def test_phrase_shows_its_longest_words(qtbot, window):
    article = _click(qtbot, window, "001")
    text = window.library.articles.document(article).text
    start = text.index("微信能够后来居上")
    _drag_select(qtbot, window.pane, start, start + 8)
    lookup = _look_up(qtbot, window)
    assert [w.text for w in lookup.definition.words] == ["微信", "能够", "后来居上"]
    assert "hòu lái jū shàng" in window.dictionary.popup.browser.toPlainText()


def test_context_menu_offers_look_up_of_the_word_clicked(qtbot, window):
    article = _click(qtbot, window, "001")
    text = window.library.articles.document(article).text
    start = text.index("微信能够")
    pane = window.pane
    pane.reveal(start, start + 2)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.to_qt(start))
    click = pane.cursorRect(cursor).center() + QPoint(4, 0)
    menu = QMenu()
    pane.menuAboutToShow.emit(menu, click)
    (action,) = [a for a in menu.actions() if a.text() == "Look Up in Dictionary"]
    with qtbot.waitSignal(window.dictionary.lookupShown, timeout=20000) as blocker:
        action.trigger()
    assert (blocker.args[0].start, blocker.args[0].end) == (start, start + 2)


def test_spanish_word_shows_its_lemma_and_searches_the_library(qtbot, window):
    article = _click(qtbot, window, "002")
    text = window.library.articles.document(article).text
    start = text.index("tiendas")
    _place_caret(window.pane, start + 3)
    lookup = _look_up(qtbot, window)
    assert lookup.definition.lemma == "tienda" and (lookup.start, lookup.end) == (start, start + 7)
    popup = window.dictionary.popup
    assert "lemma: tienda" in popup.browser.toPlainText()
    results = []
    window.searchFinished.connect(results.append)
    qtbot.mouseClick(popup.search_button, Qt.MouseButton.LeftButton)
    assert window.search.panel.query_edit.text() == "tienda OR tiendas"
    # The window builds the index at start: a search clicked before the build is committed
    # shows what is indexed so far (marked partial) and runs again when the build is done.
    qtbot.waitUntil(lambda: bool(results) and article in [hit.id for hit in results[-1].hits],
                    timeout=30000)
    assert all(r.query == "tienda OR tiendas" and r.error is None for r in results)


def test_pinyin_per_pane_keeps_highlights_and_is_remembered(qtbot, window):
    article = _click(qtbot, window, "004")
    text = window.library.articles.document(article).text
    start = text.index("淘小鋪發布公告")
    window.library.annotations.add(article, start, start + 7)
    window.annotations.refresh()
    pane = window.pane
    before = [(s.cursor.selectionStart(), s.cursor.selectedText()) for s in pane.extraSelections()]
    assert ("淘小鋪發布公告" in [t for _p, t in before])
    _ctrl(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: pane.interlinear is not None, timeout=20000)
    assert window.dictionary.pinyin_action.isChecked()
    assert window.pane_named("right").interlinear is None  # per pane
    assert [(s.cursor.selectionStart(), s.cursor.selectedText())
            for s in pane.extraSelections()] == before
    assert pane.interlinear.syllables(pane)
    window.workspace.set_script(Script.SIMPLIFIED)
    assert pane.interlinear is not None
    assert "淘小铺发布公告" in [s.cursor.selectedText() for s in pane.extraSelections()]
    window.save_state()
    assert window.settings["panes/left/pinyin"] is True
    _ctrl(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert pane.interlinear is None and not window.dictionary.pinyin_action.isChecked()


def test_vocabulary_panel_opens_the_passage_and_exports(qtbot, window, tmp_path):
    article = _click(qtbot, window, "001")
    text = window.library.articles.document(article).text
    start = text.index("微信能够")
    window.library.dictionary.add_word(article, start, start + 2)
    window.dictionary.show_panel()
    panel = window.dictionary.panel
    assert panel.isVisible() and panel.model.rowCount() == 1
    _click(qtbot, window, "000")
    assert window.pane.article_id != article
    index = panel.proxy.index(0, 0)
    with qtbot.waitSignal(window.articleOpened, timeout=5000):
        panel.table.doubleClicked.emit(index)
    assert window.pane.article_id == article
    assert window.pane._flash == (start, start + 2)
    out = tmp_path / "vocab.csv"
    window.dictionary.export_to(out, "csv")
    (row,) = parse_csv(out.read_text("utf-8"))
    assert row["front"] == "微信" and row["back"].startswith("Wēi xìn — ")
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0 and window.library.dictionary.vocabulary.list() == []


def test_vocabulary_model_passes_the_model_tester(qtmodeltester):
    model = VocabularyModel()
    model.set_items([VocabularyItem("u1", "銀行", "zh", "yín háng", "bank", "他去銀行。", "a",
                                    "x.txt", "T", 1, 3),
                     VocabularyItem("u2", "tiendas", "es", "tienda", "", "x" * 300)])
    qtmodeltester.check(model)
    assert model.index(1, 3).data().endswith("…")
