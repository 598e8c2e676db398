"""The outline of the open article (issue 12): its title and headings, the byline and source
kept as metadata, and — on request — the text kept out of the body, dimmed, with the reason.

Self-contained: it is given rows and talks back through signals (a heading's reading-text
offset; the "show removed text" switch); it never reaches into the window or the panes.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QListView, QVBoxLayout, QWidget
from reader.ui.core_messages import reason_text
from reader.ui.i18n import translate

OffsetRole = Qt.ItemDataRole.UserRole + 1
LevelRole = Qt.ItemDataRole.UserRole + 2
DIM = "#8a8a8a"
INDENT = "    "
#: Metadata shown in the header (bylines and sources of the text, a web page's author and
#: site), in this order; the rest (keywords, descriptions, URLs) stays in --blocks --json.
HEADER_FIELDS = {"author": "Author", "editor": "Editor", "source": "Source",
                 "account": "Account", "sitename": "Site", "date": "Date", "note": "Note"}


@dataclass(frozen=True)
class OutlineEntry:
    label: str
    start: int   # reading-text offset of the heading
    level: int   # 0 = the title, 1 = top heading (chapter), 2, 3, …


@dataclass(frozen=True)
class RemovedEntry:
    text: str
    kind: str    # chrome, comment, credit, byline, …
    reason: str


class _RowsModel(QAbstractListModel):
    """A read-only list of rows, replaced as a whole when another article is shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def _row(self, index):
        if not index.isValid() or index.parent().isValid() or \
                not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]


class OutlineModel(_RowsModel):
    """Title and headings, indented by level."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        entry = self._row(index)
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return INDENT * max(0, entry.level - 1) + entry.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.label
        if role == Qt.ItemDataRole.FontRole and entry.level <= 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == OffsetRole:
            return entry.start
        if role == LevelRole:
            return entry.level
        return None


class RemovedModel(_RowsModel):
    """Text kept out of the body, dimmed, each with its reason."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        entry = self._row(index)
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.text}  — {reason_text(entry.reason)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{reason_text(entry.kind)}: {reason_text(entry.reason)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(DIM)
        return None


class OutlinePanel(QWidget):
    headingActivated = Signal(int)       # reading-text offset of the chosen heading
    removedShownChanged = Signal(bool)   # the "show removed text" switch

    def __init__(self, parent=None):
        super().__init__(parent)
        self.header = QLabel()
        self.header.setObjectName("outline-metadata")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.hide()
        self.model = OutlineModel(self)
        self.list = QListView()
        self.list.setObjectName("outline-list")
        self.list.setAccessibleName("Outline")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activate)
        self.list.clicked.connect(self._activate)
        self.empty = QLabel(translate("outline_panel", "No headings in this article."))
        self.empty.setEnabled(False)
        self.show_removed = QCheckBox(translate("outline_panel", "Show text kept out of the body"))
        self.show_removed.toggled.connect(self._removed_toggled)
        self.removed_model = RemovedModel(self)
        self.removed_list = QListView()
        self.removed_list.setObjectName("outline-removed")
        self.removed_list.setAccessibleName("Text kept out of the body")
        self.removed_list.setModel(self.removed_model)
        self.removed_list.setWordWrap(True)
        self.removed_list.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.empty)
        layout.addWidget(self.show_removed)
        layout.addWidget(self.removed_list, 2)
        self.set_article([], [], {})

    # -- content --------------------------------------------------------------------------
    def set_article(self, headings: list[OutlineEntry], removed: list[RemovedEntry],
                    metadata: dict) -> None:
        self.model.set_rows(sorted(headings, key=lambda e: e.start))
        self.removed_model.set_rows(removed)
        self.empty.setVisible(not headings)
        self.show_removed.setText(translate("outline_panel", "Show text kept out of the body "
                                            "({count})").format(count=len(removed)))
        self.header.setText("\n".join(f"{label}: {metadata[key]}"
                                      for key, label in HEADER_FIELDS.items()
                                      if metadata.get(key)))
        self.header.setVisible(bool(self.header.text()))

    def heading_offsets(self) -> list[int]:
        return [entry.start for entry in self.model.rows()]

    def set_position(self, offset: int) -> None:
        """Mark the heading the reading position is under."""
        row = bisect.bisect_right(self.heading_offsets(), offset) - 1
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.list.clearSelection()

    def set_removed_shown(self, shown: bool) -> None:
        self.show_removed.setChecked(shown)

    def _removed_toggled(self, shown: bool) -> None:
        self.removed_list.setVisible(shown)
        self.removedShownChanged.emit(shown)

    def _activate(self, index: QModelIndex) -> None:
        offset = index.data(OffsetRole)
        if offset is not None:
            self.headingActivated.emit(int(offset))
