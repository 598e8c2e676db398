"""The library list: a table model of ArticleInfo rows and a filtering proxy."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from reader.ui.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from reader.core.models import ArticleInfo
from reader.ui.models import ColumnsTableModel, FilterProxy
from reader.ui.reading_pane import ARTICLE_MIME

LANGUAGE_NAMES = {"zh-Hans": "中文 (简)", "zh-Hant": "中文 (繁)", "es": "Español",
                  "und": "—"}

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
LanguageRole = Qt.ItemDataRole.UserRole + 2


class ArticleListModel(ColumnsTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("columns", "Title"), QT_TRANSLATE_NOOP("columns", "Language"), QT_TRANSLATE_NOOP("columns", "Date"), QT_TRANSLATE_NOOP("columns", "Added"), QT_TRANSLATE_NOOP("columns", "Last read"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._articles: list[ArticleInfo] = []
        self._shelf: dict[str, dict] = {}     # article id → shelf record (issue 19)
        self._haystacks: dict[str, str] = {}  # filter text per article, folded once

    def haystack(self, row: int) -> str:
        article = self._articles[row]
        text = self._haystacks.get(article.id)
        if text is None:
            shelf = self._shelf.get(article.id, {})
            text = " ".join([article.title, shelf.get("title", ""), article.path,
                             article.date or "", *shelf.get("tags", ()),
                             *shelf.get("collections", ())]).casefold()
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

    def set_shelf(self, entries: dict[str, dict]) -> None:
        """Edited titles, tags, collections, dates and removal from the library's shelf."""
        self._shelf = dict(entries)
        self._haystacks = {}
        if self._articles:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._articles) - 1, len(self.COLUMNS) - 1))

    def shelf(self, article_id: str) -> dict:
        return self._shelf.get(article_id, {})

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
        shelf = self._shelf.get(article.id, {})
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return shelf.get("title") or article.title
            if column == 1:
                return LANGUAGE_NAMES.get(article.language, article.language)
            if column == 2:
                return format_date(article.date or "")  # wiring (issue 21): the locale's
            return format_date((shelf.get("added", "") if column == 3 else
                                shelf.get("last_read", ""))[:10])
        elif role == Qt.ItemDataRole.ToolTipRole:
            labels = [*(f"#{t}" for t in shelf.get("tags", ())), *shelf.get("collections", ())]
            count = translate("library_model", "{count} characters").format(
                count=format_number(article.chars))
            return (f"{article.title}\n{article.path}\n{count}" +
                    (f"\n{' · '.join(labels)}" if labels else ""))
        elif role == Qt.ItemDataRole.UserRole:  # sort keys: ISO dates, whatever the locale
            if column == 2:
                return article.date or ""
            if column < 2:
                return self.data(index)
            return shelf.get("added" if column == 3 else "last_read", "")
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
        self.show_removed = False
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_text(self, text: str) -> None:
        with self.filter_change():
            self._text = text.strip().casefold()

    def set_show_removed(self, show: bool) -> None:
        with self.filter_change():
            self.show_removed = show

    def set_language(self, language: str) -> None:
        with self.filter_change():
            self._language = language

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ArticleListModel) or source_row >= model.rowCount():
            return True
        article = model.article(source_row)
        if bool(model.shelf(article.id).get("removed")) != self.show_removed:
            return False
        if self._language and article.language != self._language:
            return False
        if self._text:
            return self._text in model.haystack(source_row)
        return True
