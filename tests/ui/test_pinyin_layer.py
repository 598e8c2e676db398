"""Pinyin above the characters: painted in the line spacing, the text and every offset
unchanged, highlights on the same characters before and after, in both scripts."""
import pytest
from PySide6.QtGui import QColor, QTextCursor

from reader.core.text.script import Script, make_view
from reader.ui.pinyin_layer import PinyinLayer
from reader.ui.reading_pane import HIGHLIGHT_COLORS, PaneHighlight, ReadingPane

READING = ("銀行行長說明\n他們在中國人民銀行工作，走了一行路𠀀。重慶的重要事情很多很多很多。\n"
           "Español mezclado 和中文。")


def highlighted_texts(pane):
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd(), s.cursor.selectedText())
            for s in pane.extraSelections()]


def share_of_color(pane, qt_position, color):
    """Share of the pixels of one character's box painted in ``color``."""
    cursor = QTextCursor(pane.document())
    cursor.setPosition(qt_position)
    left = pane.cursorRect(cursor)
    cursor.setPosition(qt_position + 1)
    right = pane.cursorRect(cursor)
    image = pane.viewport().grab().toImage()
    pixels = [image.pixelColor(x, y) for x in range(left.left() + 1, right.left() - 1)
              for y in range(left.top() + 1, left.bottom() - 1)]
    return sum(1 for p in pixels if p == color) / max(1, len(pixels))


@pytest.mark.parametrize("script", [Script.TRADITIONAL, Script.SIMPLIFIED])
def test_highlights_stay_on_the_same_characters_with_pinyin(qtbot, script):
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(520, 420)
    pane.show()
    qtbot.waitExposed(pane)
    view = make_view(READING, script)
    pane.show_view("a", view)
    start = READING.index("中國人民銀行")
    astral = READING.index("𠀀")
    pane.set_highlights([PaneHighlight("h1", start, start + 6, "yellow"),
                         PaneHighlight("h2", astral - 1, astral + 1, "green")])
    pane.set_marks([(READING.index("重慶"), READING.index("重慶") + 2)])
    before = highlighted_texts(pane)
    assert [t for *_, t in before] == [view.text[start:start + 6], view.text[astral - 1:astral + 1],
                                       view.text[READING.index("重慶"):][:2]]
    text_before = pane.toPlainText()
    yellow = QColor(HIGHLIGHT_COLORS["yellow"])
    share_before = share_of_color(pane, pane.to_qt(start + 1), yellow)
    assert share_before > 0.1

    pane.set_interlinear(PinyinLayer())
    assert pane.toPlainText() == text_before
    assert highlighted_texts(pane) == before
    for offset in (0, start, astral, astral + 1, len(READING)):
        assert pane.from_qt(pane.to_qt(offset)) == offset

    # The highlight colour is painted where the highlighted characters are now drawn.
    assert abs(share_of_color(pane, pane.to_qt(start + 1), yellow) - share_before) < 0.05
    assert share_of_color(pane, pane.to_qt(start - 1), yellow) == 0
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.to_qt(start + 1))
    rect = pane.cursorRect(cursor)

    # One syllable over each Han character, in the band above its line, centred on it.
    layer = pane.interlinear
    placed = layer.syllables(pane)
    over = [(syllable, baseline) for syllable, left, _right, baseline in placed
            if abs(left - rect.left()) <= 1 and rect.top() - rect.height() < baseline < rect.top()]
    assert over == [("guó", over[0][1])]  # above the character, not over it or elsewhere
    assert [s for s, *_ in placed[:6]] == ["yín", "háng", "háng", "zhǎng", "shuō", "míng"]
    assert "chóng" in [s for s, *_ in placed] and "zhòng" in [s for s, *_ in placed]

    pane.set_interlinear(None)
    assert highlighted_texts(pane) == before
    assert abs(share_of_color(pane, pane.to_qt(start + 1), yellow) - share_before) < 0.05


def test_pinyin_band_does_not_overlap_the_line_above(qtbot):
    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(300, 400)
    pane.show()
    pane.show_view("a", make_view("很多" * 60, Script.ORIGINAL))
    pane.set_interlinear(PinyinLayer())
    placed = pane.interlinear.syllables(pane)
    baselines = sorted({round(b) for *_, b in placed})
    assert len(baselines) > 3  # several wrapped lines, each with its pinyin
    block = pane.document().begin()
    layout = block.layout()
    for number in range(1, layout.lineCount()):
        above = layout.lineAt(number - 1)
        line_top = layout.position().y() + layout.lineAt(number).y()
        bottom_of_above = layout.position().y() + above.y() + above.height()
        assert line_top - bottom_of_above > 10  # room for the band


def test_a_long_paragraph_with_astral_characters_is_read_line_by_line(qtbot):
    from reader.ui import pinyin_layer

    pane = ReadingPane()
    qtbot.addWidget(pane)
    pane.resize(400, 300)
    pane.show()
    text = "x𠀀銀行" * 700
    assert len(text) > pinyin_layer.WHOLE_BLOCK
    pane.show_view("a", make_view(text, Script.ORIGINAL))
    pane.set_interlinear(PinyinLayer())
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum() // 2)
    placed = [s for s, *_ in pane.interlinear.syllables(pane)]
    assert len(placed) > 30
    phase = placed.index("yín")
    pattern = ("yín", "háng", "hē")
    assert placed[phase:] == [pattern[i % 3] for i in range(len(placed) - phase)]
    # Each astral character's syllable starts where the character is drawn.
    astral_boxes = set()
    for index in (i for i, ch in enumerate(text) if ch == "𠀀"):
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane.to_qt(index))
        rect = pane.cursorRect(cursor)
        astral_boxes.add((rect.left(), rect.top()))
    for syllable, left, _right, baseline in pane.interlinear.syllables(pane):
        if syllable == "hē":
            assert any(abs(x - left) <= 1 and 0 < y - baseline < 30 for x, y in astral_boxes)
