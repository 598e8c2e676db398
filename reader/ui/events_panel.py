"""The events sidebar: every dated event of the library on one timeline, grouped by year."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
                               QHBoxLayout, QHeaderView, QLineEdit, QTreeView, QVBoxLayout,
                               QWidget)

from reader.core.library.facade import Script, fold
from reader.ui.models import FilterProxy
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from reader.core.library.facade import Event

EventRole = Qt.ItemDataRole.UserRole + 30
_NO_PARENT = 0xFFFFFFFF  # internal id of a year row
_SOURCE_BASE = 0x40000000  # internal ids of report rows: base + the event's flat number


# Parts of a year or month the core names in English ("2017 end"): shown in the interface's
# language; Q1…Q4 and H1/H2 read the same everywhere.
_QUALIFIERS = {"start": QT_TRANSLATE_NOOP("events_panel", "start"),
               "mid": QT_TRANSLATE_NOOP("events_panel", "mid"),
               "end": QT_TRANSLATE_NOOP("events_panel", "end")}


def _date_text(event: "Event") -> str:
    qualifier = event.date.qualifier
    if qualifier in _QUALIFIERS:
        qualifier = translate("events_panel", _QUALIFIERS[qualifier])
    date = event.date.value + (f" {qualifier}" if qualifier else "")
    if event.date.value_end:
        date += f" – {event.date.value_end}"
    return date + (" ~" if event.date.inferred else "")


class EventTimelineModel(QAbstractItemModel):
    """Three levels: years, the events of that year in date order, and — for a happening
    several articles report — one row per report (its article and sentence)."""

    COLUMNS = (QT_TRANSLATE_NOOP("columns", "Date"), QT_TRANSLATE_NOOP("columns", "Event"), QT_TRANSLATE_NOOP("columns", "Article"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._years: list[str] = []
        self._events: dict[str, list[Event]] = {}
        self._flat: list[tuple[int, int]] = []       # flat number → (year row, event row)
        self._flat_number: dict[tuple[int, int], int] = {}
        self._dates: dict[int, str] = {}             # id(event) → date text, made once
        self._titles: dict[str, str] = {}
        self._script: Script = Script.ORIGINAL
        # Text work done once per event (and per script), never in data() or the filter.
        self._labels: dict[int, str] = {}
        self.folded: dict[int, tuple[str, tuple[str, ...]]] = {}

    def _convert_labels(self) -> None:
        self._labels = {id(e): e.label_in(self._script.value)
                        for events in self._events.values() for e in events}

    def set_events(self, events: list[Event], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._events = {}
        for event in events:
            self._events.setdefault(event.date.value[:4], []).append(event)
        self._years = sorted(self._events)
        self._flat = [(y, r) for y, year in enumerate(self._years)
                      for r in range(len(self._events[year]))]
        self._flat_number = {pair: n for n, pair in enumerate(self._flat)}
        self._dates = {id(e): _date_text(e) for e in events}
        self._titles = dict(titles)
        # a merged entry is found by any of its reports' sentences
        self.folded = {id(e): (fold(" ".join([s["sentence"] for s in e.sources]
                                             or [e.sentence]) + " " + " ".join(e.actors)),
                               tuple(fold(a) for a in e.actors)) for e in events}
        self._convert_labels()
        self.endResetModel()

    def set_script(self, script: Script) -> None:
        """Labels follow the active pane's script."""
        if script != self._script:
            self._script = script
            self._convert_labels()
            if self._years:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._years) - 1, 2))
                for row, year in enumerate(self._years):
                    parent = self.index(row, 0)
                    self.dataChanged.emit(self.index(0, 0, parent),
                                          self.index(len(self._events[year]) - 1, 2, parent))

    def event_count(self) -> int:
        return sum(len(v) for v in self._events.values())

    # -- structure ---------------------------------------------------------------------------
    def _kind(self, index) -> str:
        internal = index.internalId()
        return "year" if internal == _NO_PARENT else "source" if internal >= _SOURCE_BASE \
            else "event"

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        if self._kind(parent) == "year":
            return self.createIndex(row, column, parent.row())
        number = self._flat_number[(parent.internalId(), parent.row())]
        return self.createIndex(row, column, _SOURCE_BASE + number)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or self._kind(index) == "year":
            return QModelIndex()
        if self._kind(index) == "event":
            return self.createIndex(index.internalId(), 0, _NO_PARENT)
        year_row, event_row = self._flat[index.internalId() - _SOURCE_BASE]
        return self.createIndex(event_row, 0, year_row)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._years)
        if parent.column() != 0:
            return 0
        if self._kind(parent) == "year":
            return len(self._events[self._years[parent.row()]])
        if self._kind(parent) == "event":
            sources = self.event_at(parent).sources
            return len(sources) if len(sources) > 1 else 0
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.COLUMNS)):
            return translate("columns", self.COLUMNS[section])
        return None

    def year_at(self, index) -> str:
        return self._years[index.row()]

    def event_at(self, index) -> Event | None:
        if not index.isValid():
            return None
        kind = self._kind(index)
        if kind == "event":
            return self._events[self._years[index.internalId()]][index.row()]
        if kind == "source":
            year_row, event_row = self._flat[index.internalId() - _SOURCE_BASE]
            return self._events[self._years[year_row]][event_row]
        return None

    def source_at(self, index) -> dict | None:
        if not index.isValid() or self._kind(index) != "source":
            return None
        return self.event_at(index).sources[index.row()]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind = self._kind(index)
        if kind == "year":
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                year = self._years[index.row()]
                return f"{year}  ({len(self._events[year])})"
            return None
        event = self.event_at(index)
        if kind == "source":
            source = self.source_at(index)
            if role == Qt.ItemDataRole.DisplayRole:
                return (None, source["sentence"], self._titles.get(source["id"], source["path"])
                        )[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return source["sentence"]
            if role == EventRole:
                return replace(event, article=source["id"], path=source["path"],
                               sentence_start=source["start"], sentence_end=source["end"],
                               sentence=source["sentence"], sources=[])
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self._dates[id(event)]
            if index.column() == 1:
                return self._labels.get(id(event), event.label)
            if index.column() == 2:
                title = self._titles.get(event.article, event.path)
                extra = len(event.sources) - 1
                return f"{title} (+{extra})" if extra > 0 else title
        elif role == Qt.ItemDataRole.ToolTipRole:
            inferred = "\n" + translate("events_panel", "(year inferred from the article)") \
                if event.date.inferred else ""
            actors = "\n" + translate("events_panel", "Actors: {actors}").format(
                actors=", ".join(event.actors)) if event.actors else ""
            reports = "\n" + translate("events_panel", "Reported by {count} articles").format(
                count=len(event.sources)) if len(event.sources) > 1 else ""
            title = self._titles.get(event.article, event.path)
            return f"{event.label}\n\n{event.sentence}{actors}{inferred}{reports}\n— {title}"
        elif role == EventRole:
            return event
        return None


class EventFilterProxy(FilterProxy):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._article = ""
        self._actor = ""
        self._forms: tuple[str, ...] = ()  # the actor's entity in every script and language
        self._text = ""
        self._date_from = ""
        self._date_to = ""

    def set_article(self, article: str) -> None:
        with self.filter_change():
            self._article = article

    def set_actor(self, actor: str, forms: list[str] = ()) -> None:
        """Events of an actor; ``forms`` (its entity's names: Taobao, 淘宝, 淘寶) let events
        through that name any of them, as an actor or in their sentence."""
        with self.filter_change():
            self._actor = fold(actor.strip())
            self._forms = tuple(fold(f) for f in forms if f.strip())

    def set_text(self, text: str) -> None:
        with self.filter_change():
            self._text = fold(text.strip())

    def set_range(self, date_from: str, date_to: str) -> None:
        with self.filter_change():
            self._date_from, self._date_to = date_from.strip(), date_to.strip()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """A year row counts the events the filters let through."""
        if (role == Qt.ItemDataRole.DisplayRole and index.column() == 0
                and index.isValid() and not index.parent().isValid()):
            year = self.sourceModel().year_at(self.mapToSource(index))
            return f"{year}  ({self.rowCount(index)})"
        return super().data(index, role)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        if not source_parent.isValid():
            return False  # a year shows when one of its events does (recursive filtering)
        # A report row shows with its event, and only then (it must not keep a filtered-out
        # event visible through recursive filtering).
        event = model.event_at(model.index(source_row, 0, source_parent))
        if event is None:
            return False
        if self._article and event.article != self._article and not any(
                s["id"] == self._article for s in event.sources):
            return False
        text, actors = model.folded.get(id(event), ("", ()))
        if self._actor and not any(self._actor in a for a in actors) and not any(
                f in a for f in self._forms for a in actors) and not any(
                _names(text, f) for f in self._forms):
            return False
        if self._text and self._text not in text:
            return False
        value = event.date.value
        if self._date_from and value[:len(self._date_from)] < self._date_from:
            return False
        if self._date_to and value[:len(self._date_to)] > self._date_to:
            return False
        return True


def _names(text: str, form: str) -> bool:
    """``form`` occurs in ``text`` as a name: Chinese anywhere, Latin as a whole word."""
    if not form.isascii():
        return form in text
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if (start == 0 or not text[start - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()):
            return True
        start = text.find(form, start + 1)
    return False


class EventsPanel(QWidget):
    eventActivated = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = EventTimelineModel(self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.text_edit = QLineEdit(placeholderText=translate("events_panel", "Filter events…"))
        self.text_edit.setClearButtonEnabled(True)
        self.actor_combo = QComboBox()
        self.actor_combo.setEditable(True)
        self.actor_combo.lineEdit().setPlaceholderText(translate("events_panel", "Actor"))
        self.from_edit = QLineEdit(placeholderText=translate("events_panel", "from (2019, 2019-05)"))
        self.to_edit = QLineEdit(placeholderText=translate("events_panel", "to"))
        self.this_article = QCheckBox(translate("events_panel", "This article only"))
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The event's words get the room: the date fits its text, the article a short column
        # (full titles in tooltips), so a narrow dock still reads.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 90)
        self.tree.setIndentation(12)
        row = QHBoxLayout()
        row.addWidget(self.actor_combo, 1)
        row.addWidget(self.from_edit)
        row.addWidget(self.to_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text_edit)
        layout.addLayout(row)
        layout.addWidget(self.this_article)
        layout.addWidget(self.tree, 1)
        self.text_edit.textChanged.connect(self._filters_changed)
        self.actor_combo.currentTextChanged.connect(self._filters_changed)
        self.from_edit.textChanged.connect(self._filters_changed)
        self.to_edit.textChanged.connect(self._filters_changed)
        self.tree.activated.connect(self._activate)
        self.tree.clicked.connect(self._activate)
        self.current_article = ""
        #: wiring (issue 17): the forms of the entity an actor names (set by the window)
        self.actor_forms: Callable[[str], list[str]] = lambda _actor: []
        self.this_article.toggled.connect(self._filters_changed)

    def resizeEvent(self, event) -> None:
        # A narrow dock (a laptop screen) drops the Article column rather than squeeze the
        # events to "…"; the article stays in each row's tooltip.
        super().resizeEvent(event)
        self.tree.setColumnHidden(2, self.width() < 320)

    def set_events(self, events: list[Event], titles: dict[str, str]) -> None:
        self.model.set_events(events, titles)
        actors = sorted({a for e in events for a in e.actors}, key=fold)
        current = self.actor_combo.currentText()
        self.actor_combo.blockSignals(True)
        self.actor_combo.clear()
        self.actor_combo.addItem("")
        self.actor_combo.addItems(actors)
        self.actor_combo.setCurrentText(current)
        self.actor_combo.blockSignals(False)
        self._expand_years()
        self.tree.resizeColumnToContents(0)

    def add_entities(self, names: list[str]) -> None:
        """Offer entity names in the actor filter too (one name stands for all its forms),
        and filter again: the forms of the chosen one may be known now."""
        known = {fold(self.actor_combo.itemText(i)) for i in range(self.actor_combo.count())}
        current = self.actor_combo.currentText()
        self.actor_combo.blockSignals(True)
        if not self.actor_combo.count():  # before the events: keep "no actor" first
            self.actor_combo.addItem("")
        for name in sorted(names, key=fold):
            if fold(name) not in known:
                self.actor_combo.addItem(name)
                known.add(fold(name))
        self.actor_combo.setCurrentText(current)  # offering names never chooses one
        self.actor_combo.blockSignals(False)
        self._filters_changed()

    def set_current_article(self, article: str | None) -> None:
        self.current_article = article or ""
        if self.this_article.isChecked():
            self._filters_changed()

    def _filters_changed(self, *_args) -> None:
        self.proxy.set_text(self.text_edit.text())
        actor = self.actor_combo.currentText()
        self.proxy.set_actor(actor, self.actor_forms(actor) if actor.strip() else [])
        self.proxy.set_range(self.from_edit.text(), self.to_edit.text())
        self.proxy.set_article(self.current_article if self.this_article.isChecked() else "")
        self._expand_years()

    def _expand_years(self) -> None:
        """Years open; a happening with several reports stays closed until expanded."""
        for row in range(self.proxy.rowCount()):
            self.tree.expand(self.proxy.index(row, 0))

    def visible_events(self) -> list[Event]:
        result = []
        for year_row in range(self.proxy.rowCount()):
            year = self.proxy.index(year_row, 0)
            for row in range(self.proxy.rowCount(year)):
                result.append(self.proxy.index(row, 0, year).data(EventRole))
        return result

    def _activate(self, index) -> None:
        event = index.data(EventRole) if index.isValid() else None
        if event is not None:
            self.eventActivated.emit(event)
