"""The annotations panel: every highlight of the open article or of the library, filterable."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextDocumentFragment
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QLineEdit, QPushButton, QTableView, QToolButton, QVBoxLayout,
                               QWidget)

from reader.core.library.facade import COLORS, Annotation
from reader.core.library.facade import Changes
from reader.core.library.facade import fold, render_note
from reader.ui.models import ColumnsTableModel, FilterProxy
from reader.ui.reading_pane import HIGHLIGHT_COLORS
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

AnnotationRole = Qt.ItemDataRole.UserRole + 20
#: colours made once, not per paint
_COLOURS = {name: QColor(value) for name, value in HIGHLIGHT_COLORS.items()}
_COLOURS.setdefault("yellow", QColor("#ffe680"))
_ORPHAN_BRUSH = QBrush(QColor("#f6d7d7"))
_ORPHAN_TEXT = QBrush(QColor("#5a1010"))
#: Quote, Note, Tags, Date, Article: the quote reads at the dock's default width
DEFAULT_WIDTHS = (150, 120, 60, 80, 120)


@dataclass(frozen=True)
class _Row:
    """One highlight with its display texts computed once (never in ``data()``)."""
    annotation: Annotation
    quote: str
    note: str         # the note as it reads (Markdown rendered, then plain text)
    note_html: str    # the rendered note, for the tooltip
    tags: str

    @cached_property
    def folded(self) -> str:
        """What the text filter searches. Folded when a filter first asks, not when the row
        is made: a highlight over a whole book holds millions of characters, and folding
        them all froze the window for ~0.5 s."""
        a = self.annotation
        return fold(f"{a.exact}\n{a.note}\n{' '.join(a.tags)}")

    @classmethod
    def of(cls, a: Annotation) -> "_Row":
        quote = " ".join(a.exact[:400].split())   # the head is all the column can show
        long = len(quote) > 60 or len(a.exact) > 400
        quote = ("⚠ " if a.orphan else "") + (quote[:60] + "…" if long else quote)
        note_html = render_note(a.note) if a.note else ""
        plain = " ".join(QTextDocumentFragment.fromHtml(note_html).toPlainText().split()) \
            if note_html else ""
        return cls(a, quote, plain[:80] + ("…" if len(plain) > 80 else ""), note_html,
                   ", ".join(a.tags))


def _order(a: Annotation) -> tuple:
    return (a.article, a.start, a.created)  # the store's order


class AnnotationTableModel(ColumnsTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("columns", "Quote"), QT_TRANSLATE_NOOP("columns", "Note"), QT_TRANSLATE_NOOP("columns", "Tags"), QT_TRANSLATE_NOOP("columns", "Date"), QT_TRANSLATE_NOOP("columns", "Article"))
    ARTICLE_COLUMN = 4
    noteEdited = Signal(object, str)   # Annotation, new note (edited in place, issue 19)

    def flags(self, index):
        default = super().flags(index)
        return default | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else default

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 1 or not index.isValid():
            return False
        annotation = self._rows[index.row()].annotation
        if str(value) != annotation.note:
            self.noteEdited.emit(annotation, str(value))
        return True

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._titles: dict[str, str] = {}

    def set_annotations(self, annotations: list[Annotation], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = [_Row.of(a) for a in annotations]
        self._titles = dict(titles)
        self.endResetModel()

    def apply_changes(self, changes: Changes, shown: Callable[[Annotation], bool]) -> None:
        """Row-level update from what a write changed: inserts, removals and dataChanged,
        never a reset. ``shown`` says whether an annotation belongs in this list."""
        for uid in changes.removed:
            self._remove(uid)
        for annotation in changes.added + changes.updated:
            row = self.row_of(annotation.uid)
            if not shown(annotation):
                self._remove(annotation.uid)
            elif row >= 0 and _order(self._rows[row].annotation) == _order(annotation):
                self._rows[row] = _Row.of(annotation)
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, len(self.COLUMNS) - 1))
            else:
                self._remove(annotation.uid)
                key = _order(annotation)
                at = next((i for i, r in enumerate(self._rows) if _order(r.annotation) > key),
                          len(self._rows))
                self.beginInsertRows(QModelIndex(), at, at)
                self._rows.insert(at, _Row.of(annotation))
                self.endInsertRows()

    def _remove(self, uid: str) -> None:
        row = self.row_of(uid)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def annotation(self, row: int) -> Annotation:
        return self._rows[row].annotation

    def folded(self, row: int) -> str:
        return self._rows[row].folded

    def row_of(self, uid: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.annotation.uid == uid), -1)

    def row_count(self) -> int:
        return len(self._rows)

    def orphan_count(self) -> int:
        return sum(1 for r in self._rows if r.annotation.orphan)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        a = row.annotation
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.quote, row.note, row.tags, a.created[:10],
                    self._titles.get(a.article, a.path))[column]
        elif role == Qt.ItemDataRole.EditRole and column == 1:
            return a.note
        elif role == Qt.ItemDataRole.DecorationRole and column == 0:
            return _COLOURS.get(a.color, _COLOURS["yellow"])
        elif role == Qt.ItemDataRole.BackgroundRole and column == 0 and a.orphan:
            return _ORPHAN_BRUSH
        elif role == Qt.ItemDataRole.ForegroundRole and column == 0 and a.orphan:
            return _ORPHAN_TEXT  # dark on the pale mark in both themes
        elif role == Qt.ItemDataRole.ToolTipRole:
            where = self._titles.get(a.article, a.path)
            if column == 1 and row.note_html:
                return row.note_html
            state = "\n" + translate("annotations_panel", "Could not be placed in the current text: "
                                      "select new text and use Re-attach.") if a.orphan else ""
            return f"{a.exact}\n— {where}{state}"
        elif role == AnnotationRole:
            return a
        return None


class AnnotationFilterProxy(FilterProxy):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._color = ""
        self._tag = ""
        self._text = ""
        self._orphans_only = False

    def set_orphans_only(self, on: bool) -> None:
        with self.filter_change():
            self._orphans_only = on

    def set_color(self, color: str) -> None:
        with self.filter_change():
            self._color = color

    def set_tag(self, tag: str) -> None:
        with self.filter_change():
            self._tag = tag.strip().lstrip("#").casefold()

    def set_text(self, text: str) -> None:
        with self.filter_change():
            self._text = fold(text.strip())

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        if not isinstance(model, AnnotationTableModel) or source_row >= model.rowCount():
            return True
        a = model.annotation(source_row)
        if self._orphans_only and not a.orphan:
            return False
        if self._color and a.color != self._color:
            return False
        if self._tag and not any(self._tag in t.casefold() for t in a.tags):
            return False
        if self._text and self._text not in model.folded(source_row):
            return False
        return True


class AnnotationsPanel(QWidget):
    annotationActivated = Signal(object)   # Annotation
    editRequested = Signal(object)
    deleteRequested = Signal(object)
    reattachRequested = Signal(object)
    exportRequested = Signal()
    scopeChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(translate("annotations_panel", "This article"), "article")
        self.scope_combo.addItem(translate("annotations_panel", "Whole library"), "library")
        self.color_combo = QComboBox()
        self.color_combo.addItem(translate("annotations_panel", "All colours"), "")
        for color in COLORS:
            self.color_combo.addItem(color, color)
        self.tag_edit = QLineEdit(placeholderText=translate("annotations_panel", "Tag…"))
        self.tag_edit.setClearButtonEnabled(True)
        self.text_edit = QLineEdit(placeholderText=translate("annotations_panel", "Search quotes and notes…"))
        self.text_edit.setClearButtonEnabled(True)
        self.model = AnnotationTableModel(self)
        self.proxy = AnnotationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked |
                                   QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Every column keeps the width the reader gives it (remembered); the quote starts
        # widest so that it reads at the dock's default width (issue 18).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        header.setStretchLastSection(True)
        for column, width in enumerate(DEFAULT_WIDTHS):
            header.resizeSection(column, width)
        self.orphan_button = QToolButton(checkable=True)
        self.orphan_button.setToolTip(translate("annotations_panel", "Highlights whose passage is no longer in the text: "
                                      "show only them, then select new text and Re-attach"))
        self.orphan_button.hide()
        self.edit_button = QPushButton(translate("annotations_panel", "Edit…"))
        self.delete_button = QPushButton(translate("annotations_panel", "Delete"))
        self.reattach_button = QPushButton(translate("annotations_panel", "Re-attach"))
        self.reattach_button.setToolTip(translate("annotations_panel", "Attach the selected highlight to the text selected "
                                        "in the reading pane"))
        self.export_button = QPushButton(translate("annotations_panel", "Export…"))

        filters = QHBoxLayout()
        filters.addWidget(self.scope_combo)
        filters.addWidget(self.color_combo)
        filters.addWidget(self.tag_edit)
        filters.addWidget(self.orphan_button)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.delete_button, self.reattach_button,
                       self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.color_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_color(self.color_combo.currentData()))
        self.tag_edit.textChanged.connect(self.proxy.set_tag)
        self.text_edit.textChanged.connect(self.proxy.set_text)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._scope_changed())
        self.orphan_button.toggled.connect(self.proxy.set_orphans_only)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.dataChanged):
            signal.connect(self._count_orphans)
        self._scope_changed(emit=False)
        self.table.activated.connect(self._activate)
        self.table.clicked.connect(self._activate)
        self.edit_button.clicked.connect(lambda: self._emit_selected(self.editRequested))
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.deleteRequested))
        self.reattach_button.clicked.connect(  # no row chosen: the controller says so
            lambda: self.reattachRequested.emit(self.selected()))
        self.export_button.clicked.connect(self.exportRequested)

    def _scope_changed(self, emit: bool = True) -> None:
        self.table.setColumnHidden(AnnotationTableModel.ARTICLE_COLUMN, not self.whole_library)
        if emit:
            self.scopeChanged.emit()

    def _count_orphans(self, *_args) -> None:
        count = self.model.orphan_count()
        self.orphan_button.setText("⚠ " + translate("annotations_panel", "{count} not placed").format(
            count=count))
        self.orphan_button.setAccessibleName(translate(
            "annotations_panel", "Show only the {count} highlights not placed").format(count=count))
        self.orphan_button.setVisible(bool(count) or self.orphan_button.isChecked())

    def set_scope(self, scope: str) -> None:
        index = self.scope_combo.findData(scope)
        if index >= 0:
            self.scope_combo.setCurrentIndex(index)
        self._scope_changed(emit=False)  # a restored header must not hide the wrong column

    @property
    def scope(self) -> str:
        return self.scope_combo.currentData()

    @property
    def whole_library(self) -> bool:
        return self.scope_combo.currentData() == "library"

    def selected(self) -> Annotation | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(AnnotationRole) if indexes else None

    def select_uid(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def _activate(self, index) -> None:
        annotation = index.data(AnnotationRole)
        if annotation is not None:
            self.annotationActivated.emit(annotation)

    def _emit_selected(self, signal) -> None:
        annotation = self.selected()
        if annotation is not None:
            signal.emit(annotation)
