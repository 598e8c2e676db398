"""The entities panel (issue 17): each name of the library with its forms in every script and
language, and the evidence for each link; the reader merges two entities or splits a form
out of one.

Self-contained: it is given entities (``set_entities``) and reports what the reader asks
for through signals; it never touches the library or the main window."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter,
                               QScrollArea, QFrame,
                               QTableView, QVBoxLayout, QWidget)

from reader.ui.models import ColumnsTableModel
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

EntityRole = Qt.ItemDataRole.UserRole + 1
_EVIDENCE_LABEL = {"pinyin": "pinyin", "dictionary": "CC-CEDICT", "gloss": "the text",
                   "user": "you"}


def evidence_text(evidence) -> str:
    label = _EVIDENCE_LABEL.get(evidence.kind, evidence.kind)
    detail = evidence.detail if evidence.detail.startswith(label) or not evidence.detail \
        else f"{label} ({evidence.detail})"
    return f"{evidence.first} = {evidence.second}: {detail or label}"


class EntityListModel(ColumnsTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("columns", "Entity"), QT_TRANSLATE_NOOP("columns", "Forms"), QT_TRANSLATE_NOOP("columns", "Articles"), QT_TRANSLATE_NOOP("columns", "Evidence"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entities: list = []

    def set_entities(self, entities: list) -> None:
        self.beginResetModel()
        # Names linked across scripts or languages first, then the rest by name.
        self._entities = sorted(entities, key=lambda e: (len(e.names) < 2, e.name.casefold()))
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._entities)

    def entity(self, row: int):
        return self._entities[row]

    def row_of(self, entity_id: str) -> int:
        return next((i for i, e in enumerate(self._entities) if e.id == entity_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entities):
            return None
        entity = self._entities[index.row()]
        if role == EntityRole:
            return entity
        if role == Qt.ItemDataRole.DisplayRole:
            kinds = sorted({_EVIDENCE_LABEL.get(e.kind, e.kind) for e in entity.evidence})
            return (entity.name, " · ".join(entity.names), str(len(entity.articles)),
                    ", ".join(kinds))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([" · ".join(entity.names)]
                             + [evidence_text(e) for e in entity.evidence])
        return None


class EntitiesPanel(QWidget):
    mergeRequested = Signal(list)       # one name of each entity to make one
    splitRequested = Signal(str)        # a form to take out of its entity
    undoRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = EntityListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit(placeholderText=translate("entities_panel", "Filter entities…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(EntityListModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.forms = QListWidget()
        self.forms.setToolTip(translate("entities_panel", "The forms of the chosen entity; split one out if it is not "
                              "the same thing"))
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.evidence.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.evidence.setTextFormat(Qt.TextFormat.PlainText)
        self.merge_button = QPushButton(translate("entities_panel", "&Merge"))
        self.merge_button.setToolTip(translate("entities_panel", "Make the selected entities one (select two or more)"))
        self.split_button = QPushButton(translate("entities_panel", "&Split Off Form"))
        self.split_button.setToolTip(translate("entities_panel", "Take the chosen form out of its entity"))
        self.undo_button = QPushButton(translate("entities_panel", "&Undo"))
        self.undo_button.setToolTip(translate("entities_panel", "Undo the last merge or split"))
        self.status = QLabel(translate("entities_panel", "Entities are found when the panel opens."))
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.split_button, self.undo_button):
            buttons.addWidget(button)
        details = QWidget()
        detail_layout = QVBoxLayout(details)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.forms, 1)
        evidence_area = QScrollArea()  # long evidence (lists quoted from two texts) scrolls
        evidence_area.setWidget(self.evidence)
        evidence_area.setWidgetResizable(True)
        evidence_area.setFrameShape(QFrame.Shape.NoFrame)
        detail_layout.addWidget(evidence_area, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1000])  # the list first: a docked panel is often short
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.forms.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.forms.installEventFilter(self)
        self.merge_button.clicked.connect(self._merge)
        self.split_button.clicked.connect(self._split)
        self.undo_button.clicked.connect(self.undoRequested)
        self.set_can_undo(False)
        self._update_buttons()

    def set_entities(self, entities: list) -> None:
        chosen = self.current_entity()
        self.model.set_entities(entities)
        self.status.setText(translate("entities_panel", "{count} entities, {several} with several "
                                      "forms").format(count=len(entities), several=sum(
                                          len(e.names) > 1 for e in entities)))
        if chosen is not None:
            names = set(chosen.names)
            match = next((e for e in entities if names & set(e.names)), None)
            if match is not None:
                self.select_entity(match.id)
        self._selection_changed()

    def set_busy(self, text: str) -> None:
        self.status.setText(text)
        self.merge_button.setEnabled(False)
        self.split_button.setEnabled(False)

    def set_can_undo(self, can: bool) -> None:
        self.undo_button.setEnabled(can)

    def select_entity(self, entity_id: str) -> None:
        row = self.model.row_of(entity_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def selected_entities(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(EntityRole) for r in rows]

    def current_entity(self):
        index = self.table.currentIndex()
        return index.data(EntityRole) if index.isValid() else None

    def _selection_changed(self, *_args) -> None:
        entity = self.current_entity()
        selected = self.selected_entities()
        if len(selected) == 1:
            entity = selected[0]
        self.forms.clear()
        self.evidence.clear()
        if entity is not None and len(selected) <= 1:
            for name in entity.names:
                item = QListWidgetItem(name)
                item.setToolTip("\n".join(evidence_text(e) for e in entity.evidence
                                          if name in (e.first, e.second)) or name)
                self.forms.addItem(item)
            self.evidence.setText("\n".join(evidence_text(e) for e in entity.evidence))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(len(self.selected_entities()) >= 2)
        item = self.forms.currentItem()
        self.split_button.setEnabled(item is not None and self.forms.count() > 1)

    def _merge(self) -> None:
        entities = self.selected_entities()
        if len(entities) >= 2:
            self.mergeRequested.emit([e.name for e in entities])

    def _split(self) -> None:
        item = self.forms.currentItem()
        if item is not None and self.forms.count() > 1:
            self.splitRequested.emit(item.text())

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.forms and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Delete):
            self._split()  # Delete on a form splits it out, like the button
            return True
        return super().eventFilter(watched, event)
