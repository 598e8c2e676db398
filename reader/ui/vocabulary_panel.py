"""The vocabulary panel: saved words in a table, filter, open the passage, delete, export.

Self-contained: it is given items (``set_items``) and reports what the reader asks for
through signals; it never touches the library or the main window.
"""
from __future__ import annotations

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from reader.core.library.facade import VocabularyItem, source_of
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

COLUMNS = (QT_TRANSLATE_NOOP("columns", "Word"), QT_TRANSLATE_NOOP("columns", "Reading"), QT_TRANSLATE_NOOP("columns", "Definition"), QT_TRANSLATE_NOOP("columns", "Sentence"), QT_TRANSLATE_NOOP("columns", "Source"))
ItemRole = Qt.ItemDataRole.UserRole + 1


class VocabularyModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[VocabularyItem] = []

    def set_items(self, items: list[VocabularyItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> VocabularyItem:
        return self._items[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ItemRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (item.word, item.reading, item.definition, item.sentence, source_of(item))
            value = values[index.column()]
            return value if role == Qt.ItemDataRole.ToolTipRole or len(value) < 120 \
                else value[:117] + "…"
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return translate("columns", COLUMNS[section])
        return None


class VocabularyPanel(QWidget):
    passageRequested = Signal(str, int, int)   # article id, reading-text start, end
    deleteRequested = Signal(str)               # uid
    exportRequested = Signal(str)               # "csv" or "markdown"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = VocabularyModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(placeholderText=translate("vocabulary_panel", "Filter words, readings, definitions…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.delete_button = QPushButton(translate("vocabulary_panel", "Delete"))
        self.delete_button.clicked.connect(self._delete)
        csv_button = QPushButton(translate("vocabulary_panel", "Export CSV (Anki)…"))
        csv_button.clicked.connect(lambda: self.exportRequested.emit("csv"))
        markdown_button = QPushButton(translate("vocabulary_panel", "Export Markdown…"))
        markdown_button.clicked.connect(lambda: self.exportRequested.emit("markdown"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(csv_button)
        buttons.addWidget(markdown_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def set_items(self, items: list[VocabularyItem]) -> None:
        self.model.set_items(items)

    def current_item(self) -> VocabularyItem | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, ItemRole) if index.isValid() else None

    def _open(self, index) -> None:
        item = self.proxy.data(index, ItemRole)
        if item is not None and item.article:
            self.passageRequested.emit(item.article, item.start, item.end)

    def _delete(self) -> None:
        item = self.current_item()
        if item is not None:
            self.deleteRequested.emit(item.uid)
