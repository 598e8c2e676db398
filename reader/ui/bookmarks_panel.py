"""Bookmarks (issue 19): the list of the active article's bookmarks (go, delete) and their
marks in the pane's margin. The panel talks back by signals; the navigation controller
reads and writes them through ``library.shelf``."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPolygon, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from reader.core.library.facade import Bookmark
from reader.ui.models import ColumnsTableModel
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

BookmarkRole = Qt.ItemDataRole.UserRole + 30
BOOKMARK_MARK = "#2e7d5b"


class BookmarkModel(ColumnsTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("columns", "Bookmark"), QT_TRANSLATE_NOOP("columns", "Where"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Bookmark] = []
        self._length = 1

    def set_bookmarks(self, bookmarks: list[Bookmark], length: int) -> None:
        rows = sorted(bookmarks, key=lambda b: b.offset)
        if rows == self._rows and max(length, 1) == self._length:
            return  # focusing a pane again keeps the chosen row
        self.beginResetModel()
        self._rows = rows
        self._length = max(length, 1)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def bookmark(self, row: int) -> Bookmark:
        return self._rows[row]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        mark = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (mark.label or "…",
                    f"{round(100 * mark.offset / self._length)}%")[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{mark.label}\nAdded {mark.created[:16].replace('T', ' ')}"
        if role == BookmarkRole:
            return mark
        return None


class BookmarksPanel(QWidget):
    goRequested = Signal(object)       # Bookmark
    deleteRequested = Signal(object)   # Bookmark
    addRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = BookmarkModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(translate("bookmarks_panel", "No bookmarks in this article. Ctrl+B adds one where "
                                  "you are reading."))
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(translate("bookmarks_panel", "Add"))
        self.add_button.setToolTip(translate("bookmarks_panel", "Bookmark the top of the active pane (Ctrl+B)"))
        self.go_button = QPushButton(translate("bookmarks_panel", "Go"))
        self.delete_button = QPushButton(translate("bookmarks_panel", "Delete"))
        self.delete_button.setToolTip(translate("bookmarks_panel", "Delete the selected bookmark (Del)"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.go_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.activated.connect(lambda index: self._emit(self.goRequested, index))
        self.add_button.clicked.connect(self.addRequested)
        self.go_button.clicked.connect(
            lambda: self._emit(self.goRequested, self.table.currentIndex()))
        self.delete_button.clicked.connect(
            lambda: self._emit(self.deleteRequested, self.table.currentIndex()))
        self.table.installEventFilter(self)
        self.model.modelReset.connect(
            lambda: self.empty_label.setVisible(self.model.rowCount() == 0))

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self._emit(self.deleteRequested, self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _emit(self, signal, index: QModelIndex) -> None:
        mark = index.data(BookmarkRole) if index.isValid() else None
        if mark is not None:
            signal.emit(mark)


class BookmarkMarks(QObject):
    """Paints a ribbon in the right margin of a reading pane beside each bookmarked line,
    as a transparent layer over the text (the pane itself is not changed)."""

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane
        self.offsets: list[int] = []
        self.layer = _Layer(pane.viewport(), self)
        pane.viewport().installEventFilter(self)
        pane.verticalScrollBar().valueChanged.connect(lambda _v: self.layer.update())

    def set_offsets(self, offsets: list[int]) -> None:
        self.offsets = sorted(offsets)
        self.layer.update()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.layer.setGeometry(QRect(0, 0, watched.width(), watched.height()))
        return False

    def rects(self) -> list[QRect]:
        """Where each visible ribbon is, in viewport pixels."""
        pane = self.pane
        if pane.view is None or not self.offsets:
            return []
        cursor = QTextCursor(pane.document())
        last = pane.document().characterCount() - 1
        x = pane.viewport().width() - 30
        rects = []
        for offset in self.offsets:
            if not pane.in_window(offset):  # a book's window: it would clamp to an edge
                continue
            cursor.setPosition(min(pane.to_qt(offset), last))
            line = pane.cursorRect(cursor)
            if line.bottom() >= 0 and line.top() < pane.viewport().height():
                rects.append(QRect(x, line.top(), 8, 12))
        return rects


class _Layer(QWidget):
    def __init__(self, parent: QWidget, marks: BookmarkMarks):
        super().__init__(parent)
        self.marks = marks
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(parent.rect())
        self.show()

    def paintEvent(self, _event) -> None:
        rects = self.marks.rects()
        if not rects:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BOOKMARK_MARK))
        for r in rects:  # a ribbon: a rectangle with a notch at the bottom
            painter.drawPolygon(QPolygon([r.topLeft(), r.topRight(), r.bottomRight(),
                                          QPoint(r.center().x(), r.bottom() - 3),
                                          r.bottomLeft()]))
        painter.end()
