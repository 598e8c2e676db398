"""Shared pieces of Reader's Qt models: fixed-column tables and filter proxies."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)

from reader.ui.i18n import translate

#: What an article dragged from the library list carries (its id), for a pane to open it.
ARTICLE_MIME = "application/x-reader-article-id"


class ColumnsTableModel(QAbstractTableModel):
    """A flat table with a fixed list of column titles; subclasses hold the rows."""

    COLUMNS: tuple[str, ...] = ()

    def row_count(self) -> int:  # pragma: no cover - overridden
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return translate("columns", self.COLUMNS[section])
        return None


class FilterProxy(QSortFilterProxyModel):
    """A proxy whose filter criteria change through ``with self.filter_change(): …``."""

    @contextmanager
    def filter_change(self):
        # Qt ≥ 6.9 brackets the change; invalidateFilter() is deprecated there.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            yield
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            yield
            self.invalidateFilter()
