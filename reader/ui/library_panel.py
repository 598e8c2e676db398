"""The library dock: a filterable table of the articles. It only emits signals."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHeaderView, QLineEdit, QMenu,
                               QTableView, QVBoxLayout, QWidget)

from reader.ui.library_model import (LANGUAGE_NAMES, ArticleFilterProxy, ArticleIdRole,
                                     ArticleListModel)
from reader.ui.i18n import format_date, translate


class LibraryPanel(QWidget):
    articleActivated = Signal(str)          # article id (click or Enter)
    openRequested = Signal(str, str)        # article id, pane name
    # library management (issue 19): the shelf controller carries these out
    titleEditRequested = Signal(str)
    labelsEditRequested = Signal(str)       # tags and collections
    removeRequested = Signal(str)
    restoreRequested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ArticleListModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(placeholderText=translate("library_panel", "Filter by title…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.language_combo = QComboBox()
        self.language_combo.addItem(translate("library_panel", "All languages"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_language(self.language_combo.currentData()))
        table = self.table = QTableView()
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        table.setTabKeyNavigation(False)  # Tab leaves the table (issue 18)
        table.setAccessibleName("Articles")
        # Enter or double-click opens; a click or an arrow key only selects (issue 18).
        table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.language_combo)
        layout.addWidget(table)
        self.removed_check = QCheckBox(translate("library_panel", "Show removed articles"))
        self.removed_check.toggled.connect(self.proxy.set_show_removed)
        layout.addWidget(self.removed_check)

    def _fit_columns(self) -> None:
        """Language and date columns as wide as any value they can show. Not sized to the
        rows' contents: that reads thousands of rows (8 data() calls each) whenever rows
        come in, and every row when the table is hidden (issue 15)."""
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        padding = 2 * metrics.horizontalAdvance("M")
        samples = {1: LANGUAGE_NAMES.values(), 2: [format_date("2026-12-28")]}
        for column, values in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            width = max(metrics.horizontalAdvance(v) for v in values) + padding
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # dates and titles change width
            self._fit_columns()
        super().changeEvent(event)

    def current_article(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ArticleIdRole) if index.isValid() else None

    def first_article(self) -> str | None:
        return self.proxy.index(0, 0).data(ArticleIdRole) if self.proxy.rowCount() else None

    def select(self, article_id: str) -> None:
        row = self.model.row_of(article_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid() and self.table.currentIndex().row() != proxy_index.row():
            self.table.selectRow(proxy_index.row())

    def _activated(self, index) -> None:
        article_id = index.siblingAtColumn(0).data(ArticleIdRole)
        if article_id:
            self.articleActivated.emit(article_id)

    def _menu(self, position) -> None:
        index = self.table.indexAt(position)
        article = index.siblingAtColumn(0).data(ArticleIdRole) if index.isValid() else None
        if not article:
            return
        menu = QMenu(self)
        menu.addAction(translate("library_panel", "Open in Left Pane")).triggered.connect(
            lambda: self.openRequested.emit(article, "left"))
        menu.addAction(translate("library_panel", "Open in Right Pane")).triggered.connect(
            lambda: self.openRequested.emit(article, "right"))
        menu.addSeparator()
        menu.addAction(translate("library_panel", "Edit Title…")).triggered.connect(
            lambda: self.titleEditRequested.emit(article))
        menu.addAction(translate("library_panel", "Tags and Collections…")).triggered.connect(
            lambda: self.labelsEditRequested.emit(article))
        if self.model.shelf(article).get("removed"):
            menu.addAction(translate("library_panel", "Restore to Library")).triggered.connect(
                lambda: self.restoreRequested.emit(article))
        else:
            menu.addAction(translate("library_panel", "Remove from Library (Keep the File)")).triggered.connect(
                lambda: self.removeRequested.emit(article))
        menu.exec(self.table.viewport().mapToGlobal(position))
