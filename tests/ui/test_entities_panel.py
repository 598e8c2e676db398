"""The entities panel (issue 17): names with their forms and evidence; merge two entities,
split a form out, undo; the reader's decisions survive a restart."""
from PySide6.QtCore import Qt

from reader.ui.entities_panel import EntityRole


def _open_panel(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    assert window.docks["entities-dock"].isVisible()
    panel = window.entities.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=60000)
    return panel


def _row(panel, name):
    for row in range(panel.proxy.rowCount()):
        if panel.proxy.index(row, 0).data(EntityRole).name == name:
            return row
    raise AssertionError(name)


def _click_row(qtbot, panel, name, modifier=Qt.KeyboardModifier.NoModifier):
    rect = panel.table.visualRect(panel.proxy.index(_row(panel, name), 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, modifier,
                     rect.center())


def _entity_with(window, name):
    return window.library.entities.table().entity_of(name)


def test_the_panel_lists_entities_with_forms_and_evidence(qtbot, make_window, qtmodeltester):
    window = make_window()
    panel = _open_panel(qtbot, window)
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)
    qtbot.keyClicks(panel.filter_edit, "taobao")
    assert panel.proxy.rowCount() >= 1
    _click_row(qtbot, panel, "Taobao")
    forms = [panel.forms.item(i).text() for i in range(panel.forms.count())]
    assert {"Taobao", "淘宝", "淘寶"} <= set(forms)
    assert "CC-CEDICT" in panel.evidence.text() or "pinyin" in panel.evidence.text()
    assert not panel.merge_button.isEnabled()  # one entity selected


def test_merge_split_and_undo_persist_across_a_restart(qtbot, make_window):
    window = make_window()
    panel = _open_panel(qtbot, window)
    assert _entity_with(window, "Ali").id != _entity_with(window, "Alibaba").id
    qtbot.keyClicks(panel.filter_edit, "ali")
    _click_row(qtbot, panel, "Ali")
    _click_row(qtbot, panel, "Alibaba", Qt.KeyboardModifier.ControlModifier)
    assert panel.merge_button.isEnabled()
    with qtbot.waitSignal(window.entities.ready, timeout=60000):
        qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    merged = _entity_with(window, "Ali")
    assert merged.id == _entity_with(window, "Alibaba").id
    assert {"阿里", "阿里巴巴"} <= set(merged.names)
    assert any(e.kind == "user" for e in merged.evidence)
    window.close()

    # Restart: the merge is still there.
    window = make_window()
    panel = _open_panel(qtbot, window)
    merged = _entity_with(window, "Alibaba")
    assert "Ali" in merged.names
    # Split 阿里 out again: click it in the forms list, then the button.
    panel.select_entity(merged.id)
    item = next(panel.forms.item(i) for i in range(panel.forms.count())
                if panel.forms.item(i).text() == "Ali")
    qtbot.mouseClick(panel.forms.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.forms.visualItemRect(item).center())
    assert panel.split_button.isEnabled()
    with qtbot.waitSignal(window.entities.ready, timeout=60000):
        qtbot.mouseClick(panel.split_button, Qt.MouseButton.LeftButton)
    assert "Ali" not in _entity_with(window, "Alibaba").names
    # Undo brings the merge back.
    assert panel.undo_button.isEnabled()
    with qtbot.waitSignal(window.entities.ready, timeout=60000):
        qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert "Ali" in _entity_with(window, "Alibaba").names
    assert not panel.undo_button.isEnabled()


def test_delete_on_a_form_asks_to_split_it_and_ctrl_click_asks_to_merge(qtbot):
    """The panel alone: what the reader asks for leaves as signals."""
    from types import SimpleNamespace

    from reader.ui.entities_panel import EntitiesPanel

    evidence = SimpleNamespace(kind="pinyin", first="Taoxiaopu", second="淘小鋪",
                               detail="táo xiǎo pù")
    entities = [SimpleNamespace(id="a", name="Taoxiaopu", names=["Taoxiaopu", "淘小鋪"],
                                articles=["x", "y"], evidence=[evidence]),
                SimpleNamespace(id="b", name="Ali", names=["Ali"], articles=["x"],
                                evidence=[])]
    panel = EntitiesPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_entities(entities)
    _click_row(qtbot, panel, "Taoxiaopu")
    assert "táo xiǎo pù" in panel.evidence.text()
    item = panel.forms.item(1)
    qtbot.mouseClick(panel.forms.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.forms.visualItemRect(item).center())
    with qtbot.waitSignal(panel.splitRequested) as split:
        qtbot.keyClick(panel.forms, Qt.Key.Key_Delete)
    assert split.args == ["淘小鋪"]
    _click_row(qtbot, panel, "Ali", Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(panel.mergeRequested) as merge:
        qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert sorted(merge.args[0]) == ["Ali", "Taoxiaopu"]
