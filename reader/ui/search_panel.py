"""Library-wide search: a query box, a result count and a list of hits with snippets."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import (QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF,
                            QSize, Qt, QTimer, Signal)
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import (QLabel, QLineEdit, QListView, QStyle, QStyledItemDelegate,
                               QVBoxLayout, QWidget)

from reader.ui.search_filters import SearchFilters
from reader.ui.i18n import translate

if TYPE_CHECKING:
    from reader.core.library.facade import SearchHit

HitRole = Qt.ItemDataRole.UserRole + 10
DEBOUNCE_MS = 250


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title}\n{hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.path} · {len(hit.matches)} match(es) · score {hit.score:.2f}"
        if role == HitRole:
            return hit
        return None


def hit_html(hit: SearchHit, mark_color: str) -> str:
    """Title and snippet with every match in the snippet marked."""
    snippet = hit.snippet
    base = hit.snippet_start
    parts, cursor = [], 0
    for match in hit.matches:
        start, end = match.start - base, match.end - base
        if end <= 0 or start >= len(snippet):
            continue
        start, end = max(start, 0), min(end, len(snippet))
        parts.append(html.escape(snippet[cursor:start]))
        parts.append(f'<span style="background:{mark_color}; color:#1a1a1a">'
                     f"{html.escape(snippet[start:end])}</span>")
        cursor = end
    parts.append(html.escape(snippet[cursor:]))
    count = len(hit.matches)
    return (f"<b>{html.escape(hit.title)}</b> <small>({count} match"
            f"{'es' if count != 1 else ''})</small><br>{''.join(parts)}")


class HitDelegate(QStyledItemDelegate):
    MARK = "#ffe066"

    def _document(self, option, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(hit_html(index.data(HitRole), self.MARK))
        doc.setTextWidth(max(50, option.rect.width() - 8))
        return doc

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        doc = self._document(option, index)
        if option.state & QStyle.StateFlag.State_Selected:
            color = option.palette.color(QPalette.ColorRole.HighlightedText).name()
            doc.setDefaultStyleSheet(f"body {{ color: {color}; }}")
            doc.setHtml(hit_html(index.data(HitRole), self.MARK))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        doc.drawContents(painter, QRectF(0, 0, option.rect.width() - 8, option.rect.height()))
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)


class SearchPanel(QWidget):
    """Emits ``searchRequested`` (debounced) and ``hitActivated`` when a hit is opened."""

    searchRequested = Signal(str)
    hitActivated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.query_edit = QLineEdit(placeholderText=translate("search_panel", "Search the library (Ctrl+Shift+F)…"))
        self.query_edit.setClearButtonEnabled(True)
        self.filters = SearchFilters()  # issue 18: restrict and sort in the core
        self.filters.changed.connect(self._request)
        self.count_label = QLabel("")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)  # errors quote the query
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._request)
        self.query_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.query_edit.returnPressed.connect(self._enter)
        self.results.activated.connect(self._activate)
        self.results.clicked.connect(self._activate)

    def _request(self) -> None:
        text = self.query_edit.text().strip()
        if not text:
            self.model.set_hits([])
            self.count_label.setText("")
            return
        self.count_label.setText(translate("search_panel", "Searching…"))
        self.searchRequested.emit(text)

    def _enter(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self._request()
        elif self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0))
            self._activate(self.model.index(0))

    def show_results(self, query: str, total: int, hits: list[SearchHit],
                     error: str | None, indexing: bool) -> None:
        if query != self.query_edit.text().strip():
            return  # a newer query is on its way
        if error:
            self.model.set_hits([])
            self.count_label.setText(error)
            return
        self.model.set_hits(hits)
        text = translate("search_panel", "1 article") if total == 1 else translate(
            "search_panel", "{count} articles").format(count=total)
        if total > len(hits):
            text += " " + translate("search_panel", "(showing {count})").format(count=len(hits))
        if indexing:
            text += " · " + translate("search_panel", "still indexing")
        self.count_label.setText(text)

    def _activate(self, index) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.hitActivated.emit(hit)

    def focus_query(self) -> None:
        self.query_edit.setFocus()
        self.query_edit.selectAll()
