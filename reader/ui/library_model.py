"""The library list: a table model of ArticleInfo rows, kept sorted by the model itself,
and a filtering proxy."""
from __future__ import annotations

from operator import itemgetter

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont

from reader.ui.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from reader.core.models import ArticleInfo
from reader.ui.models import ARTICLE_MIME, ColumnsTableModel, FilterProxy

LANGUAGE_NAMES = {"zh-Hans": "中文 (简)", "zh-Hant": "中文 (繁)", "es": "Español",
                  "und": "—"}

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
LanguageRole = Qt.ItemDataRole.UserRole + 2
#: "<removed 0|1>\t<language>\t<filter text>" per row: what ArticleFilterProxy matches.
FilterRole = Qt.ItemDataRole.UserRole + 3


class ArticleListModel(ColumnsTableModel):
    removedChanged = Signal()   # has_removed changed: the filter changes with it

    COLUMNS = (QT_TRANSLATE_NOOP("columns", "Title"), QT_TRANSLATE_NOOP("columns", "Language"), QT_TRANSLATE_NOOP("columns", "Date"), QT_TRANSLATE_NOOP("columns", "Added"), QT_TRANSLATE_NOOP("columns", "Last read"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._articles: list[ArticleInfo] = []  # in the order shown (sorted here, see sort)
        self._keys: list[str] = []             # each row's sort key, for inserting in place
        self._shelf: dict[str, dict] = {}     # article id → shelf record (issue 19)
        self._titles: dict[str, str] = {}     # article id → the reader's title, if given
        self._haystacks: dict[str, str] = {}  # filter text per article, folded once
        self._sort_column = 0
        self._descending = False
        self.has_removed = False              # any article removed from the library?

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

    # -- order: sorted here, with Python keys (a proxy's sort calls data() ~30 times per row,
    # 2 s for 10,000 rows; this costs ~20 ms) -------------------------------------------
    def _sort_key(self, article: ArticleInfo) -> str:
        return self._sort_keys([article])[0]

    def _sort_keys(self, articles: list[ArticleInfo]) -> list[str]:
        """Each article's key for the sort column (comprehensions: 10,000 at a start)."""
        column, shelf = self._sort_column, self._shelf
        if column == 0:
            titles = self._titles
            return [(titles.get(a.id) or a.title).casefold() for a in articles]
        if column == 1:
            return [LANGUAGE_NAMES.get(a.language, a.language).casefold() for a in articles]
        if column == 2:
            return [a.date or "" for a in articles]
        field = "added" if column == 3 else "last_read"
        return [shelf[a.id].get(field, "") if a.id in shelf else "" for a in articles]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column if 0 <= column < len(self.COLUMNS) else 0
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._resort()

    def _resort(self, keys: list[str] | None = None) -> None:
        """Rows in order again (``keys``: the rows' sort keys when known)."""
        self.layoutAboutToBeChanged.emit()
        before = self._articles
        self._articles, self._keys = self._sorted(before, keys)
        rows = {a.id: row for row, a in enumerate(self._articles)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(rows[before[i.row()].id], i.column())
                                             for i in old])
        self.layoutChanged.emit()

    def _sorted(self, articles: list[ArticleInfo], keys: list[str] | None = None
                ) -> tuple[list[ArticleInfo], list[str]]:
        """The articles in order and their keys (each key made once)."""
        keyed = list(zip(keys if keys is not None else self._sort_keys(articles), articles))
        keyed.sort(key=itemgetter(0), reverse=self._descending)  # stable either way
        return [article for _key, article in keyed], [key for key, _article in keyed]

    def _position(self, key: str) -> int:
        """Where a row with ``key`` goes: after the rows that sort with it or before it."""
        keys, low, high = self._keys, 0, len(self._keys)
        while low < high:
            middle = (low + high) // 2
            if (keys[middle] >= key) if self._descending else (keys[middle] <= key):
                low = middle + 1
            else:
                high = middle
        return low

    # -- rows ----------------------------------------------------------------------------
    def set_articles(self, articles: list[ArticleInfo]) -> None:
        self.beginResetModel()
        self._articles, self._keys = self._sorted(list(articles))
        self._haystacks = {}
        self.endResetModel()

    def add_articles(self, articles: list[ArticleInfo]) -> None:
        """New articles go in their sorted place (the list grows while a library is read);
        known ones are updated in place, or moved when their place changed."""
        rows = {a.id: i for i, a in enumerate(self._articles)}
        fresh, moved, changed = [], [], []
        for a in articles:
            row = rows.get(a.id)
            if row is None:
                fresh.append(a)
            elif self._articles[row] == a:
                continue
            elif self._sort_key(a) != self._keys[row]:
                moved.append(row)
                fresh.append(a)
            else:
                self._articles[row] = a
                self._haystacks.pop(a.id, None)
                changed.append(row)
        runs = _runs(changed)
        if len(runs) > _SCATTERED_INSERTS:  # (a first import's closer look: rows all over)
            runs = [(runs[0][0], runs[-1][1])]  # one signal: each one costs the proxy a pass
        for first, last in runs:  # a proxy filters every row of a signal's range
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
        self._remove_rows(moved)
        fresh = list({a.id: a for a in fresh}.values())
        fresh.sort(key=self._sort_key, reverse=self._descending)
        groups: dict[int, list[ArticleInfo]] = {}
        for a in fresh:  # positions against the rows as they are; insert from the end
            groups.setdefault(self._position(self._sort_key(a)), []).append(a)
            if len(groups) > _SCATTERED_INSERTS:
                break  # (scattered: the places of the others are not needed)
        if len(groups) > _SCATTERED_INSERTS:
            # A first import lists hundreds of files at once, each landing somewhere else:
            # one insert and one re-sort (two sorted runs merged) instead of an insert each
            # (each made the filter proxy and the view go over the rows: 0.7 s stalls).
            start = len(self._articles)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._articles.extend(fresh)
            self._keys.extend(self._sort_keys(fresh))
            self.endInsertRows()
            self._resort(self._keys)
            return
        for position in sorted(groups, reverse=True):
            group = groups[position]
            self.beginInsertRows(QModelIndex(), position, position + len(group) - 1)
            self._articles[position:position] = group
            self._keys[position:position] = self._sort_keys(group)
            self.endInsertRows()

    def update_articles(self, articles: list[ArticleInfo]) -> None:
        """The list becomes ``articles`` by removing, changing and inserting rows (not a
        reset: the selection and the scroll position stay)."""
        if not self._articles:
            self.set_articles(articles)
            return
        keep = {a.id for a in articles}
        self._remove_rows([row for row, a in enumerate(self._articles) if a.id not in keep])
        self.add_articles(articles)

    def _remove_rows(self, rows: list[int]) -> None:
        for row in sorted(rows, reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            self._haystacks.pop(self._articles[row].id, None)
            del self._articles[row]
            del self._keys[row]
            self.endRemoveRows()

    def set_shelf(self, entries: dict[str, dict]) -> None:
        """Edited titles, tags, collections, dates and removal from the library's shelf."""
        if entries == self._shelf:
            return  # the same records (the start-up shell showed them): nothing to redraw
        self._shelf = dict(entries)
        self._titles = {a: e["title"] for a, e in self._shelf.items() if e.get("title")}
        had_removed = self.has_removed
        self.has_removed = any(e.get("removed") for e in self._shelf.values())
        if self.has_removed != had_removed:
            self.removedChanged.emit()
        self._haystacks = {}
        if self._articles:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._articles) - 1, len(self.COLUMNS) - 1))
            if self._sort_column != 2:  # the other columns' order may depend on the shelf
                self._resort()

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
        elif role == Qt.ItemDataRole.FontRole:
            if column == 0 and "title" in article.pending and not shelf.get("title"):
                return _provisional_font()  # a first import's first-line title, until read
            return None
        elif role == Qt.ItemDataRole.ToolTipRole:
            labels = [*(f"#{t}" for t in shelf.get("tags", ())), *shelf.get("collections", ())]
            count = (translate("library_model", "not read yet") if "chars" in article.pending
                     else translate("library_model", "{count} characters").format(
                         count=format_number(article.chars)))
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
        elif role == FilterRole:
            return (f"{1 if shelf.get('removed') else 0}\t{article.language}\t"
                    f"{self.haystack(index.row())}")
        return None


#: More separate places than this for the rows one batch adds: appended, then re-sorted.
_SCATTERED_INSERTS = 8


def _provisional_font() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Consecutive rows as (first, last) ranges."""
    runs: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class ArticleFilterProxy(FilterProxy):
    """Filters on title/path text and language, and shows removed articles or the others;
    the source model sorts (fast), this proxy keeps its order.

    The filter is Qt's own (a regular expression over the model's FilterRole), not a Python
    ``filterAcceptsRow``: Qt calls that for every row whenever the rows are set (10,000 at
    a start, ~25 ms), while with nothing to filter Qt's own accepts every row without
    asking Python at all."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self._language = ""
        self.show_removed = False
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.setFilterRole(FilterRole)
        self.setFilterKeyColumn(0)

    def setSourceModel(self, model) -> None:
        previous = self.sourceModel()
        if isinstance(previous, ArticleListModel):
            previous.removedChanged.disconnect(self._apply)
        super().setSourceModel(model)
        if isinstance(model, ArticleListModel):
            model.removedChanged.connect(self._apply)
        self._apply()

    def set_text(self, text: str) -> None:
        self._text = text.strip().casefold()
        self._apply()

    def set_show_removed(self, show: bool) -> None:
        self.show_removed = show
        self._apply()

    def set_language(self, language: str) -> None:
        self._language = language
        self._apply()

    def _apply(self) -> None:
        """The expression for the criteria: none when every row passes."""
        model = self.sourceModel()
        has_removed = getattr(model, "has_removed", True)
        if not (self._text or self._language or self.show_removed or has_removed):
            pattern = ""
        else:
            language = QRegularExpression.escape(self._language) if self._language \
                else "[^\t]*"
            text = f"[\\s\\S]*{QRegularExpression.escape(self._text)}" if self._text else ""
            pattern = f"^{1 if self.show_removed else 0}\t{language}\t{text}"
        if pattern != self.filterRegularExpression().pattern():
            self.setFilterRegularExpression(pattern)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (fast); this proxy keeps its order and only filters."""
        self._sort = (column, order)
        model = self.sourceModel()
        if isinstance(model, ArticleListModel):
            model.sort(column, order)

    def sortColumn(self) -> int:
        return self._sort[0]

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort[1]
