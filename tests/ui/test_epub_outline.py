"""Issue 13 in the window: an EPUB's table of contents is the outline; chapter keys move
between its top-level entries."""
from PySide6.QtCore import Qt

from tests.core.library.test_epub import _book

ALT = Qt.KeyboardModifier.AltModifier


def test_epub_toc_is_the_outline_and_chapter_keys_follow_it(qtbot, make_window, tmp_path):
    folder = tmp_path / "books"
    folder.mkdir()
    (folder / "test.epub").write_bytes(_book("nav"))
    window = make_window(folder)
    window.resize(900, 300)
    article = window.library.articles.resolve("test")
    window.open_article(article, "left")
    qtbot.waitUntil(lambda: window.pane.article_id == article)
    outline = window.outline.panel
    model = outline.model
    rows = [model.index(i).data() for i in range(model.rowCount())]
    assert rows == ["The Test Book", "Part One", "    Chapter One", "    Chapter Two",
                    "Part Two", "    Capítulo tres"]
    parts = [e.start for e in window.outline.headings() if e.level == 1]
    text = window.library.articles.document(article).text
    pane = window.pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_PageDown, ALT)  # next chapter: Part One
    qtbot.keyClick(pane, Qt.Key.Key_PageDown, ALT)  # Part Two
    qtbot.waitUntil(lambda: window.outline._positions["left"] == parts[1])
    assert text[parts[1]:].startswith("Part Two")
    assert outline.list.currentIndex().data() == "Part Two"
