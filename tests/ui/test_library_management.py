"""Library management (issue 19) through the panel: edit the title, tags and collections
(searchable in the filter), remove (file and highlights stay) and restore, last read."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from reader.ui.library_model import ArticleIdRole


def _answer(qtbot, text):
    qtbot.waitUntil(lambda: any(isinstance(w, QInputDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QInputDialog) and w.isVisible())
    edit = dialog.findChild(QLineEdit)
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def _visible_titles(panel):
    return [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]


def test_title_tags_collections_remove_and_restore(qtbot, make_window):
    window = make_window()
    panel = window.library_panel
    article = window.library.articles.resolve("002")
    text = window.library.articles.document(article).text
    window.library.annotations.add(article, 5, 15, note="nota")
    window.shelf.title_dialog(article)
    _answer(qtbot, "Alibaba social")
    assert "Alibaba social" in _visible_titles(panel)
    window.shelf.labels_dialog(article)
    _answer(qtbot, "#comercio, social | Semana 1")
    entry = window.library.shelf.entry(article)
    assert entry.tags == ("comercio", "social") and entry.collections == ("Semana 1",)
    qtbot.keyClicks(panel.filter_edit, "semana 1")
    assert _visible_titles(panel) == ["Alibaba social"]
    panel.filter_edit.clear()
    count = panel.proxy.rowCount()
    window.shelf.remove(article)
    assert panel.proxy.rowCount() == count - 1
    path = window.library.root / window.library.articles.info(article).path
    assert path.exists() and window.library.annotations.for_article(article)[0].note == "nota"
    panel.removed_check.setFocus()
    qtbot.keyClick(panel.removed_check, Qt.Key.Key_Space)
    assert _visible_titles(panel) == ["Alibaba social"]
    window.shelf.restore(article)
    qtbot.keyClick(panel.removed_check, Qt.Key.Key_Space)
    assert panel.proxy.rowCount() == count and text


def test_last_read_is_saved_and_sortable(qtbot, make_window):
    window = make_window()
    article = window.library.articles.resolve("003")
    window.open_article(article, "left")
    window.save_state()
    assert window.library.shelf.entry(article).last_read
    assert window.library.shelf.recently_read()[0] == article
    window.shelf.refresh()
    panel = window.library_panel
    header = panel.table.horizontalHeader()
    header.setSectionResizeMode(4, header.ResizeMode.Fixed)
    header.resizeSection(4, 60)
    panel.table.scrollTo(panel.proxy.index(0, 4))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(4) + 5, 5))
    assert panel.proxy.sortColumn() == 4
    rows = [panel.proxy.index(r, 0).data(ArticleIdRole) for r in range(panel.proxy.rowCount())]
    assert article in (rows[0], rows[-1])   # the only one read: first or last either way
