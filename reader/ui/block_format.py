"""Styling a reading pane's QTextDocument from the article's blocks (issue 12).

Styling only changes formats — never characters — so highlights, find and every offset stay
on the exact characters. List markers are QTextList bullets (drawn, not inserted into the
text). Sizes are relative to the pane's font (``FontSizeAdjustment``, as HTML's ``large``
and ``x-large``), so zooming scales headings with the body.

Blocks are found through the pane's reading-offset → Qt-position map, not by block number,
so a script view that ever changed the line count would still style the right text.
"""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtGui import (QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor,
                           QTextDocument, QTextFormat, QTextListFormat)

from reader.core.models import Block, BlockKind

#: Font size steps over the body (0 = body, 1 = ×1.2, 2 = ×1.5, -1 = ×0.8: Qt's HTML scale).
TITLE_SIZE = 2
HEADING_SIZES = {1: 1}          # deeper headings are bold at body size
CAPTION_SIZE = -1
QUOTE_INDENT = 28.0
QUOTE_COLOR = "#6a6a6a"
CODE_BACKGROUND = "#8080801f"   # translucent: readable in light and dark themes
CODE_FAMILIES = ["DejaVu Sans Mono", "Menlo", "Consolas", "Noto Sans Mono CJK SC", "monospace"]


def block_style(kind: BlockKind, level: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
    """The block and character formats one block kind gets (merged over the pane's own)."""
    block_format, char_format = QTextBlockFormat(), QTextCharFormat()
    if kind is BlockKind.TITLE:
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, TITLE_SIZE)
        char_format.setFontWeight(QFont.Weight.Bold)
        block_format.setBottomMargin(18)
    elif kind is BlockKind.HEADING:
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment,
                                HEADING_SIZES.get(level, 0))
        char_format.setFontWeight(QFont.Weight.Bold)
        block_format.setTopMargin(14)
    elif kind is BlockKind.QUOTE:
        block_format.setLeftMargin(QUOTE_INDENT)
        block_format.setRightMargin(QUOTE_INDENT)
        char_format.setFontItalic(True)
        char_format.setForeground(QColor(QUOTE_COLOR))
    elif kind is BlockKind.CODE:
        char_format.setFontFamilies(CODE_FAMILIES)
        block_format.setBackground(QColor(CODE_BACKGROUND))
    elif kind is BlockKind.CAPTION:
        char_format.setFontItalic(True)
        char_format.setProperty(QTextFormat.Property.FontSizeAdjustment, CAPTION_SIZE)
    return block_format, char_format


def format_blocks(document: QTextDocument, blocks: Sequence[Block],
                  to_qt: Callable[[int], int]) -> int:
    """Style every block that is not a plain paragraph; returns how many were styled.

    ``to_qt`` maps a reading-text offset to a position in ``document``."""
    styled = 0
    current_list, list_level, previous = None, 0, None
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH:
            previous = block
            continue
        text_block = document.findBlock(to_qt(block.start))
        if not text_block.isValid():
            continue
        cursor = QTextCursor(text_block)
        if block.kind is BlockKind.LIST_ITEM:
            level = max(1, block.level)
            follows_item = previous is not None and previous.kind is BlockKind.LIST_ITEM
            if current_list is None or not follows_item or level != list_level:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc if level % 2
                                     else QTextListFormat.Style.ListCircle)
                list_format.setIndent(level)
                current_list, list_level = cursor.createList(list_format), level
            else:
                current_list.add(text_block)
        else:
            block_format, char_format = block_style(block.kind, block.level)
            cursor.mergeBlockFormat(block_format)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(char_format)
        previous = block
        styled += 1
    return styled
