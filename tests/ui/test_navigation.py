"""Navigation (issue 19) by keys: next/previous highlight, back/forward after jumps (within
an article and to another article), bookmarks that survive a restart."""
from PySide6.QtCore import Qt

ALT, CTRL, SHIFT = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier,
                    Qt.KeyboardModifier.ShiftModifier)


def test_highlight_steps_back_forward_and_bookmarks(qtbot, make_window):
    window = make_window()
    library = window.library
    article = library.articles.resolve("002")
    text = library.articles.document(article).text
    late = text.index("Taobao", len(text) // 2)
    library.annotations.add(article, late, late + 6)
    window.open_article(article, "left")
    window.annotations.refresh()
    pane = window.pane_named("left")
    pane.setFocus()
    qtbot.waitUntil(lambda: len(pane.highlights) == 1)
    assert pane.top_reading_offset() < late
    qtbot.keyClick(pane, Qt.Key.Key_BracketRight, CTRL)
    qtbot.waitUntil(lambda: pane.top_reading_offset() > late - 2000)
    jumped_to = pane.top_reading_offset()
    qtbot.keyClick(pane, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: pane.top_reading_offset() == 0)
    qtbot.keyClick(pane, Qt.Key.Key_Right, ALT)
    qtbot.waitUntil(lambda: abs(pane.top_reading_offset() - jumped_to) < 50)
    # a jump to another article (as a search hit or an event does) goes back too
    window.open_article(library.articles.resolve("000"), "left")
    qtbot.keyClick(window.pane, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: window.pane_named("left").article_id == article)
    # bookmarks
    pane = window.pane_named("left")
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_B, CTRL)
    (mark,) = library.shelf.bookmarks(article)
    pane.verticalScrollBar().setValue(0)
    qtbot.keyClick(pane, Qt.Key.Key_B, CTRL | SHIFT)
    qtbot.waitUntil(lambda: abs(pane.top_reading_offset() - mark.offset) < 50)


def test_bookmarks_list_goes_deletes_and_marks_the_margin(qtbot, make_window, qtmodeltester):
    window = make_window()
    library = window.library
    article = library.articles.resolve("002")
    window.open_article(article, "left")
    pane = window.pane_named("left")
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_B, CTRL)                       # at the top
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum() // 2)
    qtbot.keyClick(pane, Qt.Key.Key_B, CTRL)                       # half way
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL | ALT)               # the list
    panel = window.navigation.bookmarks_panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.model.rowCount() == 2 and not panel.empty_label.isVisible()
    qtmodeltester.check(panel.model)
    marks = window.navigation.marks["left"]
    pane.scroll_to_reading_offset(panel.model.bookmark(1).offset)
    assert len(marks.rects()) == 1                                  # a ribbon beside the text
    pane.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: pane.top_reading_offset() < 5)
    second = panel.model.bookmark(1)
    index = panel.model.index(1, 0)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(index).center())
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)                 # go
    qtbot.waitUntil(lambda: abs(pane.top_reading_offset() - second.offset) < 50)
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)                   # a jump: Back returns
    qtbot.waitUntil(lambda: pane.top_reading_offset() < 5)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [b.uid for b in library.shelf.bookmarks(article)] != [] and \
        second.uid not in [b.uid for b in library.shelf.bookmarks(article)]
    assert panel.model.rowCount() == 1


def test_back_returns_after_a_jump_from_search_events_and_annotations(qtbot, make_window):
    window = make_window()
    library = window.library
    article = library.articles.resolve("002")
    text = library.articles.document(article).text
    window.open_article(article, "left")
    pane = window.pane_named("left")
    qtbot.waitUntil(lambda: pane.top_reading_offset() == 0)
    # a search hit late in the same article
    word = "Pinduoduo"
    window.show_search()
    qtbot.keyClicks(window.search.panel.query_edit, word)
    results = window.search.panel.results
    # a search during the first index build answers from what is indexed, then reruns
    qtbot.waitUntil(lambda: any(results.model().hit(r).id == article
                                for r in range(results.model().rowCount())), timeout=30000)
    row = next(r for r in range(results.model().rowCount())
               if results.model().hit(r).id == article)
    results.setFocus()
    results.setCurrentIndex(results.model().index(row))
    qtbot.keyClick(results, Qt.Key.Key_Return)
    late = max(m.start for m in results.model().hit(row).matches)
    qtbot.waitUntil(lambda: pane.current_mark >= 0)
    pane.step_mark(len(pane.marks) - 1 - pane.current_mark)       # the last match
    qtbot.waitUntil(lambda: pane.top_reading_offset() > 0)
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: pane.top_reading_offset() == 0)
    # an annotation row, clicked
    start = text.index("Taobao", len(text) // 2)
    library.annotations.add(article, start, start + 6, "blue")
    window.annotations.refresh()
    panel = window.annotations.panel
    window.show_dock("annotations-dock")
    index = panel.proxy.index(0, 0)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(index).center())
    qtbot.waitUntil(lambda: pane.top_reading_offset() > 0)
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: pane.top_reading_offset() == 0)
    # an event of this article, activated from the keyboard
    with qtbot.waitSignal(window.eventsReady, timeout=30000):
        window.events.start()
    event = max((e for e in window.events.events if e.article == article),
                key=lambda e: e.sentence_start)
    tree, proxy = window.events.panel.tree, window.events.panel.proxy
    found = next(proxy.index(r, 0, proxy.index(y, 0)) for y in range(proxy.rowCount())
                 for r in range(proxy.rowCount(proxy.index(y, 0)))
                 if proxy.sourceModel().event_at(proxy.mapToSource(
                     proxy.index(r, 0, proxy.index(y, 0)))) == event)
    tree.setFocus()
    tree.setCurrentIndex(found)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.top_reading_offset() > 0)
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: pane.top_reading_offset() == 0)
    assert late > 0
