import re

from PySide6.QtCore import Qt

from reader.core.text.script import Script
from reader.ui.search_panel import hit_html


def _indexed_window(qtbot, make_window):
    window = make_window(load=False)
    with qtbot.waitSignal(window.indexFinished, timeout=30000):
        window.start_loading()
    return window


def _search(qtbot, window, text, typed=False):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    assert window.docks["search-dock"].isVisible()
    assert window.search.panel.query_edit.hasFocus()
    with qtbot.waitSignal(window.searchFinished, timeout=10000) as blocker:
        if typed:
            qtbot.keyClicks(window.search.panel.query_edit, text)
        else:
            window.search.panel.query_edit.setText(text)
    return blocker.args[0]


def test_typing_a_query_lists_hits_and_enter_opens_the_first(qtbot, make_window):
    window = _indexed_window(qtbot, make_window)
    result = _search(qtbot, window, "tiendas", typed=True)
    assert result.total == 1
    panel = window.search.panel
    assert panel.model.rowCount() == 1 and panel.count_label.text().startswith("1 article")
    with qtbot.waitSignal(window.articleOpened):
        qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    hit = result.hits[0]
    assert window.pane.article_id == hit.id
    assert window.pane.marks == [(m.start, m.end) for m in hit.matches]
    text = window.pane.toPlainText()
    start, end = window.pane.marks[0]
    assert text[start:end].lower().startswith("tienda")


def test_simplified_query_finds_traditional_article_and_f3_steps(qtbot, make_window):
    window = _indexed_window(qtbot, make_window)
    result = _search(qtbot, window, "淘小铺")
    paths = {h.path[:3] for h in result.hits}
    assert "004" in paths
    hit = next(h for h in result.hits if h.path.startswith("004"))
    row = [window.search.panel.model.hit(r).id for r in
           range(window.search.panel.model.rowCount())].index(hit.id)
    view = window.search.panel.results
    with qtbot.waitSignal(window.articleOpened):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(window.search.panel.model.index(row)).center())
    pane = window.pane
    assert len(pane.marks) == len(hit.matches) > 1
    assert pane.current_mark == 0
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert pane.current_mark == 1
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert pane.current_mark == 0
    marked = pane.extraSelections()
    assert len(marked) == len(hit.matches)
    assert all(sel.cursor.selectedText() == "淘小鋪" for sel in marked)
    # Marks follow a script toggle.
    window.workspace.set_script(Script.SIMPLIFIED)
    assert all(sel.cursor.selectedText() == "淘小铺" for sel in pane.extraSelections())


def test_bad_query_shows_a_message(qtbot, make_window):
    window = _indexed_window(qtbot, make_window)
    result = _search(qtbot, window, '"unclosed')
    assert result.error
    assert "quote" in window.search.panel.count_label.text()


def test_find_in_article_counts_and_escape_closes(qtbot, make_window):
    window = _indexed_window(qtbot, make_window)
    window.open_article(next(a.id for a in window.library.articles.all() if a.language == "es"))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "taobao")
    marks = window.pane.marks
    assert len(marks) > 5
    assert window.find_bar.count_label.text().endswith(f"of {len(marks)}")
    assert window.pane.current_mark == 0  # the article is open at its top
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.pane.current_mark == 1
    assert window.find_bar.count_label.text() == f"2 of {len(marks)}"
    qtbot.keyClick(window.find_bar, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.pane.marks == []


def test_search_results_model_passes_model_tester(qtbot, qtmodeltester, make_window):
    window = _indexed_window(qtbot, make_window)
    _search(qtbot, window, "阿里巴巴")
    assert window.search.panel.model.rowCount() == 4
    qtmodeltester.check(window.search.panel.model)


def test_pinyin_query_marks_the_chinese_characters_in_snippet_and_pane(qtbot, make_window):
    """Issue 17: ``taoxiaopu`` finds the Chinese article; what is marked is 淘小鋪 itself,
    in the result's snippet and in the pane; exact hits come first."""
    window = _indexed_window(qtbot, make_window)
    result = _search(qtbot, window, "taoxiaopu", typed=True)
    panel = window.search.panel
    hits = [panel.model.hit(r) for r in range(panel.model.rowCount())]
    exact = [h for h in hits if h.path.startswith("002")]   # Spanish: "Taoxiaopu" itself
    chinese = next(h for h in hits if h.path.startswith("004"))
    assert exact and hits.index(exact[0]) < hits.index(chinese)
    # the delegate paints this HTML: the matched characters are the marked ones
    marked = re.findall(r"<span[^>]*>([^<]*)</span>", hit_html(chinese, "#fff0a0"))
    assert marked and set(marked) == {"淘小鋪"}
    view = panel.results
    with qtbot.waitSignal(window.articleOpened):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(panel.model.index(hits.index(chinese))).center())
    pane = window.pane
    assert pane.article_id == chinese.id and pane.marks
    text = pane.toPlainText()
    assert all(text[s:e] == "淘小鋪" for s, e in pane.marks)
    assert result.total >= 2
