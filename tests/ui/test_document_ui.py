"""Issue 12 in the window: blocks styled, outline, heading keys, removed text on request."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument

from reader.core.text.blocks import Block, BlockKind
from reader.ui.block_format import format_blocks
from tests.ui.test_main_window import _click


def test_blocks_are_styled_without_changing_a_character(qtbot):
    text = "Título\nCapítulo 1\nUn párrafo 𠀋.\nuno\ndos\nUna cita.\ncódigo()"
    kinds = [(BlockKind.TITLE, 0), (BlockKind.HEADING, 1), (BlockKind.PARAGRAPH, 0),
             (BlockKind.LIST_ITEM, 1), (BlockKind.LIST_ITEM, 1), (BlockKind.QUOTE, 0),
             (BlockKind.CODE, 0)]
    blocks, position = [], 0
    for line, (kind, level) in zip(text.split("\n"), kinds):
        blocks.append(Block(kind, position, position + len(line), level))
        position += len(line) + 1
    document = QTextDocument()
    document.setDefaultFont(QFont("Sans", 12))
    document.setPlainText(text)
    # In two chunks, as a chunked renderer would call it.
    assert format_blocks(document, blocks, 0, 3) + format_blocks(document, blocks, 3) == 7
    assert document.toPlainText() == text
    title, heading, body = (document.findBlockByNumber(i) for i in range(3))
    assert title.charFormat().fontWeight() == QFont.Weight.Bold or \
        title.begin().fragment().charFormat().fontWeight() == QFont.Weight.Bold
    assert title.begin().fragment().charFormat().fontPointSize() > \
        heading.begin().fragment().charFormat().fontPointSize() > 12
    assert body.textList() is None
    first_item, second_item = document.findBlockByNumber(3), document.findBlockByNumber(4)
    assert first_item.textList() is not None and first_item.textList() == second_item.textList()
    assert document.findBlockByNumber(5).blockFormat().leftMargin() > 0
    code_font = document.findBlockByNumber(6).begin().fragment().charFormat().fontFamilies()
    assert code_font and "monospace" in code_font


def test_outline_lists_headings_and_keys_move_between_them(qtbot, make_window):
    window = make_window()
    window.resize(900, 500)
    article = _click(qtbot, window, "003")
    document = window.library.document(article)
    outline = window.outline
    headings = [b for b in document.blocks if b.kind in (BlockKind.TITLE, BlockKind.HEADING)]
    assert outline.list.count() == len(headings) > 30
    assert outline.list.item(1).text().strip() == "一、重新認識阿里巴巴"
    # The pane shows the styled blocks; its text is still the reading text.
    assert window.pane.toPlainText() == document.text
    heading_block = window.pane.document().findBlockByNumber(document.blocks.index(headings[1]))
    assert heading_block.begin().fragment().charFormat().fontWeight() == QFont.Weight.Bold

    window.pane.setFocus()
    window.pane.scroll_to_reading_offset(0)
    qtbot.keyClick(window.pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.pane.top_reading_offset() == headings[1].start)
    qtbot.keyClick(window.pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.pane.top_reading_offset() == headings[2].start)
    qtbot.keyClick(window.pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.pane.top_reading_offset() == headings[1].start)

    # Clicking a heading in the outline goes there.
    window.outline_dock.show()
    item = outline.list.item(3)
    rect = outline.list.visualItemRect(item)
    qtbot.mouseClick(outline.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.pane.top_reading_offset() == headings[3].start)


def test_removed_text_is_revealed_dimmed_on_request(qtbot, make_window):
    window = make_window()
    article = _click(qtbot, window, "004")
    outline = window.outline
    window.outline_dock.show()
    assert not outline.removed_list.isVisible()
    qtbot.mouseClick(outline.show_removed, Qt.MouseButton.LeftButton)
    assert outline.removed_list.isVisible()
    removed = window.library.document(article).removed
    assert outline.removed_list.count() == len(removed)
    texts = [outline.removed_list.item(i).text() for i in range(outline.removed_list.count())]
    assert any("題圖來自Pexels" in t and "photo credit" in t for t in texts)
    assert "成招" in outline.header.text()


def test_the_title_follows_the_panes_script(qtbot, make_window):
    window = make_window()
    _click(qtbot, window, "004")
    container = window.containers[window.active_name]
    assert container.title_label.text() == "微信拆墻,能為阿里社交電商續命嗎?"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # simplified
    qtbot.waitUntil(lambda: container.title_label.text() == "微信拆墙,能为阿里社交电商续命吗?")
