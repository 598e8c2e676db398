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


def _merged_panel(qtbot):
    from reader.core.events.extract import ActorLexicon, extract_events
    from reader.core.events.timeline import merge_reports, precompute_labels
    from reader.ui.events_panel import EventsPanel

    lexicon = ActorLexicon(["淘小铺", "京东"])
    events = (extract_events("a", "a.txt", "2021年9月12日,淘小鋪發布公告稱將停止服務。", None, lexicon)
              + extract_events("b", "b.txt", "2021年9月12日淘小铺发布公告,停止服务。", None, lexicon)
              + extract_events("c", "c.txt", "2020年3月,京东上线新功能。", None, lexicon))
    panel = EventsPanel()
    qtbot.addWidget(panel)
    panel.set_events(precompute_labels(merge_reports(events)),
                     {"a": "Article A", "b": "Article B", "c": "Article C"})
    return panel


def test_a_happening_reported_twice_is_one_row_whose_reports_expand(qtbot, qtmodeltester):
    panel = _merged_panel(qtbot)
    qtmodeltester.check(panel.model)
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())] \
        == ["2020  (1)", "2021  (1)"]
    entry = panel.proxy.index(0, 0, panel.proxy.index(1, 0))
    assert panel.proxy.rowCount(entry) == 2 and not panel.tree.isExpanded(entry)
    assert panel.proxy.index(0, 2, panel.proxy.index(1, 0)).data() == "Article A (+1)"
    assert "淘小鋪發布公告稱將停止服務" in panel.proxy.index(0, 1, panel.proxy.index(1, 0)).data(
        Qt.ItemDataRole.ToolTipRole)
    panel.tree.expand(entry)
    report = panel.proxy.index(1, 1, entry)
    assert report.data() == "2021年9月12日淘小铺发布公告,停止服务。"
    rect = panel.tree.visualRect(report)
    with qtbot.waitSignal(panel.eventActivated) as activated:
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args[0].article == "b"


def test_year_counts_follow_the_filters(qtbot):
    panel = _merged_panel(qtbot)
    panel.text_edit.setText("京东")  # (QTest cannot type non-ASCII keys)
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())] \
        == ["2020  (1)"]
    panel.text_edit.clear()
    panel.from_edit.setText("2021")
    entry = panel.proxy.index(0, 0, panel.proxy.index(0, 0))
    assert panel.proxy.rowCount(entry) == 2  # the reports stay under a visible entry


def test_an_entity_as_actor_shows_its_events_in_every_language_and_script(qtbot, make_window):
    """Issue 17: choosing Taobao shows 淘寶 events of the Chinese articles and Taobao ones of
    the Spanish article."""
    window = _window_with_events(qtbot, make_window)
    panel = window.events.panel
    combo = panel.actor_combo
    qtbot.waitUntil(lambda: combo.findText("Taobao") >= 0)
    combo.setFocus()
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Taobao")
    languages = lambda: {window.library.articles.info(e.article).path[:3]  # noqa: E731
                         for e in panel.visible_events()}
    # the entity's forms are known once the entities are built (on the pool)
    qtbot.waitUntil(lambda: {"002", "004"} <= languages(), timeout=60000)
    events = panel.visible_events()
    assert any("淘寶" in e.sentence and "Taobao" not in e.actors for e in events)
    assert any("Taobao" in e.actors for e in events)
    assert all(any(form in " ".join([e.sentence, *e.actors, *(s["sentence"] for s in e.sources)])
                   for form in ("Taobao", "淘宝", "淘寶")) for e in events)
    # a name that is no entity filters as before: only its own events
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "WeChat")
    qtbot.waitUntil(lambda: any("微信" in e.sentence for e in panel.visible_events()))


def test_a_narrow_panel_gives_the_event_the_room_and_keeps_the_article_in_its_tooltip(qtbot):
    panel = _merged_panel(qtbot)
    panel.resize(240, 400)
    panel.show()
    qtbot.waitExposed(panel)
    tree = panel.tree
    qtbot.waitUntil(lambda: tree.isColumnHidden(2))
    entry = panel.proxy.index(0, 0, panel.proxy.index(0, 0))
    label = panel.proxy.index(entry.row(), 1, entry.parent())
    assert tree.columnWidth(1) > tree.columnWidth(0) / 2   # the event is not squeezed away
    title = panel.proxy.index(entry.row(), 2, entry.parent()).data()
    assert title and title in label.data(Qt.ItemDataRole.ToolTipRole)
    panel.resize(520, 400)
    qtbot.waitUntil(lambda: not tree.isColumnHidden(2))
