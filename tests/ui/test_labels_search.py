"""Issue 19: an article's own tags and collections are searchable (the search dock's tag
filter) and travel with its highlights in an export."""
import json

from PySide6.QtCore import Qt


def test_tags_and_collections_filter_the_search_and_go_with_the_export(qtbot, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: not window.search.indexing, timeout=30000)
    library = window.library
    labelled = library.articles.resolve("002")
    window.shelf.set_labels(labelled, "#comercio", "Lecturas de mayo")
    library.annotations.add(labelled, 0, 5, "green")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    panel = window.search.panel
    with qtbot.waitSignal(window.searchFinished, timeout=10000) as blocker:
        qtbot.keyClicks(panel.query_edit, "Alibaba")
    assert blocker.args[0].total > 1
    for label in ("comercio", "lecturas de mayo"):
        panel.filters.tag.clear()
        with qtbot.waitSignal(window.searchFinished, timeout=10000) as blocker:
            qtbot.keyClicks(panel.filters.tag, label)
            qtbot.keyClick(panel.filters.tag, Qt.Key.Key_Return)
        assert [h.id for h in blocker.args[0].hits] == [labelled]
    exported = json.loads(library.annotations.export("json", labelled))
    target = exported["first"]["items"][0]["target"]
    assert target["reader:articleTags"] == ["comercio"]
    assert target["reader:collections"] == ["Lecturas de mayo"]
    assert "Lecturas de mayo" in library.annotations.export("markdown", labelled)
