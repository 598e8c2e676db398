"""The library list: a table model of ArticleInfo rows and a filtering proxy."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from reader.core.models import ArticleInfo
from reader.ui.models import ColumnsTableModel, FilterProxy
from reader.ui.reading_pane import ARTICLE_MIME

LANGUAGE_NAMES = {"zh-Hans": "中文 (简)", "zh-Hant": "中文 (繁)", "es": "Español",
                  "und": "—"}

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
LanguageRole = Qt.ItemDataRole.UserRole + 2


class ArticleListModel(ColumnsTableModel):
    COLUMNS = ("Title", "Language", "Date")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._articles: list[ArticleInfo] = []
        self._haystacks: dict[str, str] = {}  # filter text per article, folded once

    def haystack(self, row: int) -> str:
        article = self._articles[row]
        text = self._haystacks.get(article.id)
        if text is None:
            text = f"{article.title} {article.path} {article.date or ''}".casefold()
            self._haystacks[article.id] = text
        return text

    def set_articles(self, articles: list[ArticleInfo]) -> None:
        self.beginResetModel()
        self._articles = list(articles)
        self._haystacks = {}
        self.endResetModel()

    def add_articles(self, articles: list[ArticleInfo]) -> None:
        known = {a.id: i for i, a in enumerate(self._articles)}
        fresh = [a for a in articles if a.id not in known]
        for a in articles:
            if a.id in known:
                row = known[a.id]
                self._articles[row] = a
                self._haystacks.pop(a.id, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        if fresh:
            first = len(self._articles)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._articles.extend(fresh)
            self.endInsertRows()

    def article(self, row: int) -> ArticleInfo:
        return self._articles[row]

    def row_of(self, article_id: str) -> int:
        for i, a in enumerate(self._articles):
            if a.id == article_id:
                return i
        return -1

    def row_count(self) -> int:
        return len(self._articles)

    def flags(self, index):
        default = super().flags(index)
        return default | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else default

    def mimeTypes(self) -> list[str]:
        return [ARTICLE_MIME]

    def mimeData(self, indexes):
        """Drag an article onto a reading pane to open it there."""
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(ARTICLE_MIME, QByteArray(self._articles[rows[0]].id.encode("utf-8")))
        return data

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._articles):
            return None
        article = self._articles[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return article.title
            if column == 1:
                return LANGUAGE_NAMES.get(article.language, article.language)
            if column == 2:
                return article.date or ""
        elif role == Qt.ItemDataRole.ToolTipRole:
            return f"{article.title}\n{article.path}\n{article.chars:,} characters"
        elif role == ArticleIdRole:
            return article.id
        elif role == LanguageRole:
            return article.language
        return None


class ArticleFilterProxy(FilterProxy):
    """Filters on title/path text and language; sorts by any column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self._language = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        with self.filter_change():
            self._text = text.strip().casefold()

    def set_language(self, language: str) -> None:
        with self.filter_change():
            self._language = language

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ArticleListModel) or source_row >= model.rowCount():
            return True
        article = model.article(source_row)
        if self._language and article.language != self._language:
            return False
        if self._text:
            return self._text in model.haystack(source_row)
        return True
