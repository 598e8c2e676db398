"""Issue 12 in the window: blocks styled in the pane, the outline panel and its model,
heading and chapter keys, removed text revealed on request with reasons, the byline header."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor, QTextDocument, QTextFormat

from reader.core.library.facade import Script
from reader.core.models import Block, BlockKind
from reader.ui.block_format import format_blocks
from reader.ui.outline_panel import (OffsetRole, OutlineEntry, OutlineModel, RemovedEntry,
                                     RemovedModel)

ALT = Qt.KeyboardModifier.AltModifier


def _blocks(lines_and_kinds):
    blocks, position = [], 0
    for line, kind, level in lines_and_kinds:
        blocks.append(Block(kind, position, position + len(line), level))
        position += len(line) + 1
    return "\n".join(line for line, _k, _l in lines_and_kinds), blocks


def _fragment_format(document, number):
    return document.findBlockByNumber(number).begin().fragment().charFormat()


def test_blocks_are_styled_without_changing_a_character(qtbot):
    text, blocks = _blocks([("Título 𠀋", BlockKind.TITLE, 0),
                            ("Capítulo 1", BlockKind.HEADING, 1),
                            ("Un párrafo con 😀 y 𠀋.", BlockKind.PARAGRAPH, 0),
                            ("uno", BlockKind.LIST_ITEM, 1), ("dos", BlockKind.LIST_ITEM, 1),
                            ("Una cita.", BlockKind.QUOTE, 0),
                            ("código()", BlockKind.CODE, 0)])
    document = QTextDocument()
    document.setDefaultFont(QFont("Sans", 12))
    document.setPlainText(text)
    utf16 = [len(text[:i].encode("utf-16-le")) // 2 for i in range(len(text) + 1)]
    assert format_blocks(document, blocks, lambda offset: utf16[offset]) == 6
    assert document.toPlainText() == text  # markers are drawn, never inserted
    adjust = QTextFormat.Property.FontSizeAdjustment
    title, heading = _fragment_format(document, 0), _fragment_format(document, 1)
    assert title.fontWeight() == QFont.Weight.Bold and heading.fontWeight() == QFont.Weight.Bold
    assert title.intProperty(adjust) > heading.intProperty(adjust) > 0
    assert document.findBlockByNumber(2).textList() is None
    first, second = document.findBlockByNumber(3), document.findBlockByNumber(4)
    assert first.textList() is not None and first.textList() == second.textList()
    assert document.findBlockByNumber(5).blockFormat().leftMargin() > 0
    assert _fragment_format(document, 5).fontItalic()
    assert "monospace" in _fragment_format(document, 6).fontFamilies()


def test_outline_models_pass_the_model_tester(qtmodeltester):
    model = OutlineModel()
    model.set_rows([OutlineEntry("標題", 0, 0), OutlineEntry("一、開始", 5, 1),
                    OutlineEntry("（二）細節", 20, 3)])
    qtmodeltester.check(model)
    assert model.index(2).data() == "        （二）細節"
    assert model.index(1).data(OffsetRole) == 5
    removed = RemovedModel()
    removed.set_rows([RemovedEntry("分享", "chrome", "page widget")])
    qtmodeltester.check(removed)
    assert removed.index(0).data() == "分享  — page widget"


def _open(qtbot, window, seed):
    article = window.library.articles.resolve(seed)
    window.open_article(article, "left")
    qtbot.waitUntil(lambda: window.pane.article_id == article)
    return article, window.library.articles.document(article)


def test_styled_pane_keeps_highlights_and_find_on_the_exact_characters(qtbot, make_window):
    window = make_window()
    article, document = _open(qtbot, window, "003")
    pane = window.pane
    heading = next(b for b in document.blocks if b.kind is BlockKind.HEADING)
    assert pane.toPlainText() == document.text
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.to_qt(heading.start) + 1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold
    # selecting the heading's characters in the styled pane gives back its exact offsets
    pane.select_reading_range(heading.start, heading.end)
    assert pane.selected_reading_range() == (heading.start, heading.end)
    assert pane.textCursor().selectedText() == document.text[heading.start:heading.end]


def test_outline_lists_headings_and_keys_move_between_them(qtbot, make_window):
    window = make_window()
    window.resize(900, 500)
    _article, document = _open(qtbot, window, "003")
    outline = window.outline.panel
    headings = [b for b in document.blocks if b.kind in (BlockKind.TITLE, BlockKind.HEADING)]
    assert outline.model.rowCount() == len(headings) > 3
    labels = [outline.model.index(i).data().strip() for i in range(outline.model.rowCount())]
    assert "一、重新認識阿里巴巴" in labels
    pane = window.pane
    pane.setFocus()
    pane.verticalScrollBar().setValue(0)
    qtbot.keyClick(pane, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: abs(pane.top_reading_offset() - headings[1].start) <= 2)
    qtbot.keyClick(pane, Qt.Key.Key_Down, ALT)
    qtbot.waitUntil(lambda: abs(pane.top_reading_offset() - headings[2].start) <= 2)
    assert outline.list.currentIndex().row() == 2
    qtbot.keyClick(pane, Qt.Key.Key_Up, ALT)
    qtbot.waitUntil(lambda: abs(pane.top_reading_offset() - headings[1].start) <= 2)
    # clicking a heading in the outline goes there
    window.show_dock("outline-dock")
    index = outline.model.index(3)
    rect = outline.list.visualRect(index)
    before = pane.top_reading_offset()  # the dock took room: the pane's lines reflowed
    qtbot.mouseClick(outline.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: abs(pane.top_reading_offset() - headings[3].start) <= 2)
    # Back (Alt+Left) returns to where the reader was before the outline jump (issue 19)
    qtbot.keyClick(window, Qt.Key.Key_Left, ALT)
    qtbot.waitUntil(lambda: pane.top_reading_offset() == before)
    # the labels follow the pane's script
    window.workspace.set_script(Script.SIMPLIFIED)
    labels = [outline.model.index(i).data().strip() for i in range(outline.model.rowCount())]
    assert "一、重新认识阿里巴巴" in labels


def test_chapters_in_chinese_and_spanish_are_in_the_outline(qtbot, make_window, tmp_path):
    folder = tmp_path / "books"
    folder.mkdir()
    body_zh = "他走進了城裡，天色已經很晚了。" * 8
    (folder / "novel.txt").write_text("長路\n\n" + "\n\n".join(
        f"第{n}章 出發\n\n{body_zh}\n\n{n}、小節\n\n{body_zh}" for n in "一二三"), "utf-8")
    body_es = "Caminó por la ciudad cuando ya era muy tarde y no quedaba nadie. " * 6
    (folder / "novela.txt").write_text("El camino\n\n" + "\n\n".join(
        f"Capítulo {n}\n\n{body_es}" for n in (1, 2, 3)), "utf-8")
    window = make_window(folder)
    window.resize(900, 400)
    for seed, chapter in (("novel", "第二章 出發"), ("novela", "Capítulo 2")):
        _article, document = _open(qtbot, window, seed)
        labels = [e.label for e in window.outline.headings()]
        assert chapter in labels
        chapters = [e.start for e in window.outline.headings() if e.level == 1]
        assert len(chapters) == 3
        pane = window.pane
        pane.setFocus()
        pane.verticalScrollBar().setValue(0)
        qtbot.keyClick(pane, Qt.Key.Key_PageDown, ALT)
        qtbot.keyClick(pane, Qt.Key.Key_PageDown, ALT)
        qtbot.waitUntil(lambda: window.outline._positions["left"] == chapters[1])
        assert document.text[chapters[1]:].startswith(chapter)


def test_removed_text_is_revealed_dimmed_with_reasons(qtbot, make_window):
    window = make_window()
    _article, document = _open(qtbot, window, "004")
    outline = window.outline.panel
    assert document.removed
    assert not outline.removed_list.isVisible()
    window.action("show-removed").trigger()  # View ▸ Show Text Kept Out of the Body
    qtbot.waitUntil(outline.removed_list.isVisible)
    model = outline.removed_model
    texts = [model.index(i).data() for i in range(model.rowCount())]
    assert len(texts) == len(document.removed)
    assert any("題圖來自Pexels" in t for t in texts)
    assert all(" — " in t for t in texts)  # each with its reason
    assert model.index(0).data(Qt.ItemDataRole.ForegroundRole).name() == "#8a8a8a"
    # the check box in the panel and the View action stay in step
    qtbot.mouseClick(outline.show_removed, Qt.MouseButton.LeftButton)
    assert not outline.removed_list.isVisible()
    assert not window.action("show-removed").isChecked()
    # the byline is a header, not body text
    assert outline.header.isVisible()
    assert "Author: 成招" in outline.header.text()
