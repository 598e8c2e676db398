"""Notes (issue 19): edit a note in place in the annotations panel (F2, type, Enter; undo
works), and find it by searching the notes."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit


def test_edit_note_in_place_search_it_and_undo(qtbot, make_window):
    window = make_window()
    library = window.library
    article = library.articles.resolve("002")
    text = library.articles.document(article).text
    start = text.index("Taobao")
    library.annotations.add(article, start, start + 6, note="old")
    window.open_article(article, "left")
    window.annotations.refresh()
    panel = window.show_dock("annotations-dock") and window.annotations.panel
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.proxy.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = qtbot.waitUntil(lambda: table.findChild(QLineEdit) is not None) or \
        table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "mercado social")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: library.annotations.for_article(article)[0].note == "mercado social")
    qtbot.keyClicks(panel.text_edit, "mercado")
    assert panel.proxy.rowCount() == 1
    panel.text_edit.clear()
    qtbot.keyClicks(panel.text_edit, "nothing like this")
    assert panel.proxy.rowCount() == 0
    window.annotations.undo_stack.undo()
    assert library.annotations.for_article(article)[0].note == "old"


def test_a_note_is_marked_in_the_margin(qtbot, make_window):
    from PySide6.QtGui import QColor, QTextCursor

    from reader.ui.reading_pane import NOTE_MARK
    window = make_window()
    library = window.library
    article = library.articles.resolve("002")
    text = library.articles.document(article).text
    start = text.index("Taobao")
    window.open_article(article, "left")
    pane = window.pane_named("left")

    def marked() -> bool:
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane.to_qt(start))
        y = pane.cursorRect(cursor).center().y()
        image = pane.viewport().grab().toImage()
        x = pane.viewport().width() - 12
        return image.pixelColor(x, y) == QColor(NOTE_MARK)

    assert not marked()
    library.annotations.add(article, start, start + 6, note="una nota")
    window.annotations.refresh()
    window.open_article(article, "left")
    qtbot.waitUntil(lambda: any(h.note_html for h in pane.highlights))
    qtbot.waitUntil(marked)
