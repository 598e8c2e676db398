"""The outline of the open article: its headings, keyboard moves between them, and the text
that was kept out of the body (shown dimmed on request, with the reason).

Self-contained: it is given the article's blocks and talks back through ``headingActivated``
(a reading-text offset); it never reaches into the window.
"""
from __future__ import annotations

import bisect
from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout,
                               QWidget)

from reader.core.text.blocks import Block, BlockKind, RemovedBlock

OFFSET_ROLE = Qt.ItemDataRole.UserRole
DIM = QColor("#9a9a9a")


class OutlinePanel(QWidget):
    headingActivated = Signal(int)  # reading-text offset of the heading's start

    def __init__(self, parent=None):
        super().__init__(parent)
        self._starts: list[int] = []
        self._position = 0
        self.header = QLabel("")
        self.header.setWordWrap(True)
        self.header.setObjectName("outline-metadata")
        self.list = QListWidget()
        self.list.setObjectName("outline-list")
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        self.show_removed = QCheckBox("Show text kept out of the body")
        self.show_removed.toggled.connect(self._toggle_removed)
        self.removed_list = QListWidget()
        self.removed_list.setObjectName("outline-removed")
        self.removed_list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.show_removed)
        layout.addWidget(self.removed_list, 2)

        self.next_action = QAction("Next Heading", self)
        self.next_action.setShortcut(QKeySequence("Alt+Down"))
        self.next_action.triggered.connect(lambda: self.step(+1))
        self.previous_action = QAction("Previous Heading", self)
        self.previous_action.setShortcut(QKeySequence("Alt+Up"))
        self.previous_action.triggered.connect(lambda: self.step(-1))

    # -- content ---------------------------------------------------------------------------
    def set_article(self, text: str, blocks: Sequence[Block],
                    removed: Sequence[RemovedBlock] = (), metadata: dict | None = None) -> None:
        self.list.clear()
        self._starts = []
        for block in blocks:
            if block.kind not in (BlockKind.TITLE, BlockKind.HEADING):
                continue
            label = text[block.start:block.end]
            level = 0 if block.kind is BlockKind.TITLE else max(1, block.level)
            item = QListWidgetItem("    " * max(0, level - 1) + label)
            item.setData(OFFSET_ROLE, block.start)
            if block.kind is BlockKind.TITLE:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            self._starts.append(block.start)
        self.removed_list.clear()
        for block in removed:
            item = QListWidgetItem(f"{block.text}  — {block.reason}")
            item.setForeground(QBrush(DIM))
            item.setToolTip(f"{block.kind}: {block.reason}")
            self.removed_list.addItem(item)
        self.show_removed.setEnabled(bool(removed))
        self.header.setText(" · ".join(f"{key}: {value}"
                                       for key, value in (metadata or {}).items()))
        self.header.setVisible(bool(metadata))

    def clear_article(self) -> None:
        self.set_article("", [], [], {})

    def heading_offsets(self) -> list[int]:
        return list(self._starts)

    # -- navigation ------------------------------------------------------------------------
    def set_position(self, offset: int) -> None:
        """Follow the reading position (the heading above it is the current one)."""
        self._position = offset
        index = bisect.bisect_right(self._starts, offset) - 1
        if 0 <= index < self.list.count():
            self.list.blockSignals(True)
            self.list.setCurrentRow(index)
            self.list.blockSignals(False)

    def step(self, direction: int) -> None:
        """Go to the next (+1) or previous (-1) heading from the current position."""
        if not self._starts:
            return
        if direction > 0:
            index = bisect.bisect_right(self._starts, self._position)
        else:
            index = bisect.bisect_left(self._starts, self._position) - 1
        if 0 <= index < len(self._starts):
            self._position = self._starts[index]
            self.list.setCurrentRow(index)
            self.headingActivated.emit(self._starts[index])

    def _activate(self, item: QListWidgetItem) -> None:
        offset = item.data(OFFSET_ROLE)
        if offset is not None:
            self._position = int(offset)
            self.headingActivated.emit(int(offset))

    def _toggle_removed(self, shown: bool) -> None:
        self.removed_list.setVisible(shown)
