from PySide6.QtCore import Qt

from reader.core.text.script import Script
from reader.ui.events_panel import EventRole


def _window_with_events(qtbot, make_window):
    window = make_window(load=False)
    with qtbot.waitSignal(window.eventsReady, timeout=30000):
        window.start_loading()
    return window


def test_timeline_lists_every_event_grouped_by_year(qtbot, make_window, qtmodeltester):
    window = _window_with_events(qtbot, make_window)
    panel = window.events.panel
    assert panel.model.event_count() == len(window.library.events.list()) >= 30
    years = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert years[0].startswith("2007") and years == sorted(years)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)


def test_filters_text_actor_range_and_this_article(qtbot, make_window):
    window = _window_with_events(qtbot, make_window)
    panel = window.events.panel
    total = len(panel.visible_events())
    panel.text_edit.setText("淘小铺")  # simplified finds the traditional article's events
    assert panel.visible_events() and all("淘小鋪" in e.sentence or "淘小鋪" in e.actors
                                          for e in panel.visible_events())
    panel.text_edit.clear()
    panel.from_edit.setText("2020")
    panel.to_edit.setText("2020-12")
    assert {e.date.value[:4] for e in panel.visible_events()} == {"2020"}
    panel.from_edit.clear()
    panel.to_edit.clear()
    panel.actor_combo.setCurrentText("WeChat")
    assert panel.visible_events() and all(any(a.lower() == "wechat" for a in e.actors)
                                          for e in panel.visible_events())
    panel.actor_combo.setCurrentText("")
    article = next(a.id for a in window.library.articles.all() if a.path.startswith("001"))
    window.open_article(article)
    panel.this_article.setChecked(True)
    assert {e.article for e in panel.visible_events()} == {article}
    panel.this_article.setChecked(False)
    assert len(panel.visible_events()) == total


def test_clicking_an_event_opens_the_passage_and_flashes_it(qtbot, make_window):
    window = _window_with_events(qtbot, make_window)
    panel = window.events.panel
    panel.text_edit.setText("工信部")
    year = panel.proxy.index(0, 0)
    index = panel.proxy.index(0, 1, year)
    event = index.data(EventRole)
    rect = panel.tree.visualRect(index)
    with qtbot.waitSignal(window.articleOpened):
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane = window.pane
    assert pane.article_id == event.article
    flashed = [s.cursor.selectedText() for s in pane.extraSelections()]
    assert event.sentence.replace("\n", "\u2029") in flashed
    marks = pane.event_marks
    assert event.sentence_start in marks
    assert len(marks) == len([e for e in window.events.events if e.article == event.article])


def test_labels_follow_the_pane_script(qtbot, make_window):
    window = _window_with_events(qtbot, make_window)
    panel = window.events.panel
    panel.text_edit.setText("工信部")
    index = panel.proxy.index(0, 1, panel.proxy.index(0, 0))
    window.workspace.set_script(Script.SIMPLIFIED)
    assert "工信部召开" in index.data()
    window.workspace.set_script(Script.ORIGINAL)
    assert "工信部召開" in index.data()
