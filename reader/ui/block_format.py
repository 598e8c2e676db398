"""Styling a reading pane's QTextDocument from the article's blocks.

The reading text has one line per block (``reader.core.text.blocks``) and every script view
keeps its lines, so QTextBlock *i* of the pane's document is ``blocks[i]``. Styling only
changes formats — never characters — so highlights, find and every offset stay on the exact
characters. List markers are QTextList bullets (drawn, not inserted into the text).

``format_blocks`` works on a range of QTextBlocks, so a renderer that fills the document in
chunks can style each chunk as it arrives.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtGui import (QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextListFormat)

from reader.core.text.blocks import Block, BlockKind

#: Font size of titles and headings relative to the body, by heading level (1 = top).
TITLE_SCALE = 1.6
HEADING_SCALES = {1: 1.4, 2: 1.25, 3: 1.12, 4: 1.05}
QUOTE_INDENT = 24.0
CODE_FAMILIES = ["Menlo", "Consolas", "DejaVu Sans Mono", "monospace"]
QUOTE_COLOR = "#555555"


def block_style(kind: BlockKind, level: int, base_point_size: float) -> tuple[
        QTextBlockFormat, QTextCharFormat]:
    """The block and character formats one block kind gets (merged over the pane's own)."""
    block_format = QTextBlockFormat()
    char_format = QTextCharFormat()
    if kind is BlockKind.TITLE:
        char_format.setFontPointSize(base_point_size * TITLE_SCALE)
        char_format.setFontWeight(QFont.Weight.Bold)
        block_format.setBottomMargin(base_point_size)
    elif kind is BlockKind.HEADING:
        scale = HEADING_SCALES.get(level, 1.0)
        char_format.setFontPointSize(base_point_size * scale)
        char_format.setFontWeight(QFont.Weight.Bold)
        block_format.setTopMargin(base_point_size * 0.8)
    elif kind is BlockKind.QUOTE:
        block_format.setLeftMargin(QUOTE_INDENT)
        block_format.setRightMargin(QUOTE_INDENT)
        char_format.setFontItalic(True)
        char_format.setForeground(QColor(QUOTE_COLOR))
    elif kind is BlockKind.CODE:
        char_format.setFontFamilies(CODE_FAMILIES)
        block_format.setBackground(QColor("#f3f3f3"))
        block_format.setBottomMargin(0)
    elif kind is BlockKind.CAPTION:
        char_format.setFontItalic(True)
        char_format.setFontPointSize(base_point_size * 0.9)
    return block_format, char_format


def format_blocks(document: QTextDocument, blocks: Sequence[Block], first: int = 0,
                  last: int | None = None, base_point_size: float | None = None) -> int:
    """Style QTextBlocks ``first`` ≤ i < ``last`` from ``blocks[i]``; returns how many were
    styled. Blocks the document does not (yet) hold are skipped."""
    if base_point_size is None or base_point_size <= 0:
        base_point_size = document.defaultFont().pointSizeF()
        if base_point_size <= 0:
            base_point_size = 12.0
    last = len(blocks) if last is None else min(last, len(blocks))
    styled = 0
    current_list = None
    previous_list_level = 0
    text_block = document.findBlockByNumber(first)
    for index in range(first, last):
        if not text_block.isValid():
            break
        block = blocks[index]
        cursor = QTextCursor(text_block)
        if block.kind is BlockKind.LIST_ITEM:
            level = max(1, block.level)
            if current_list is None or level != previous_list_level:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc if level % 2
                                     else QTextListFormat.Style.ListCircle)
                list_format.setIndent(level)
                current_list = cursor.createList(list_format)
            else:
                current_list.add(text_block)
            previous_list_level = level
        else:
            current_list, previous_list_level = None, 0
            if block.kind is not BlockKind.PARAGRAPH:
                block_format, char_format = block_style(block.kind, block.level,
                                                        base_point_size)
                cursor.mergeBlockFormat(block_format)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                    QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(char_format)
        styled += 1
        text_block = text_block.next()
    return styled
