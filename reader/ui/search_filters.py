"""The search dock's filter row (issue 18): language, script, folder, highlight tag, date
range and sort order. It only builds a ``SearchFilter``; the core does the filtering."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from reader.core.library.facade import SearchFilter, SortOrder

LANGUAGES = (("Any language", ""), ("Chinese", "zh"), ("Spanish", "es"))
SCRIPTS = (("Any script", ""), ("Simplified", "Hans"), ("Traditional", "Hant"),
           ("Latin", "Latn"))


class SearchFilters(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = _combo(LANGUAGES, "Restrict to a language")
        self.script = _combo(SCRIPTS, "Restrict to articles in a script")
        self.folder = _combo((("Any folder", ""),), "Restrict to a folder of the library")
        self.sort = _combo(tuple((o.label, o.value) for o in SortOrder), "Order of results")
        self.tag = _edit("Tag or collection", "Only articles with this tag or collection, "
                         "or a highlight carrying this tag")
        self.date_from = _edit("From (2023 or 2023-05-04)", "Published on or after")
        self.date_to = _edit("To (2024-12)", "Published on or before")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Sort", self.sort)
        form.addRow("Language", self.language)
        form.addRow("Script", self.script)
        form.addRow("Folder", self.folder)
        form.addRow("Tag", self.tag)
        form.addRow("Dates", self.date_from)
        form.addRow("", self.date_to)
        for combo in (self.language, self.script, self.folder, self.sort):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for edit in (self.tag, self.date_from, self.date_to):
            edit.editingFinished.connect(self.changed)

    def set_folders(self, folders: list[str]) -> None:
        current = self.folder.currentData()
        self.folder.blockSignals(True)
        self.folder.clear()
        self.folder.addItem("Any folder", "")
        for folder in folders:
            self.folder.addItem(folder, folder)
        self.folder.setCurrentIndex(max(0, self.folder.findData(current)))
        self.folder.blockSignals(False)

    def value(self) -> SearchFilter:
        return SearchFilter(language=self.language.currentData(),
                            script=self.script.currentData(),
                            folder=self.folder.currentData() or "",
                            tag=self.tag.text(), date_from=self.date_from.text(),
                            date_to=self.date_to.text(),
                            sort=SortOrder(self.sort.currentData()))


def _combo(items, description: str) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    combo.setAccessibleDescription(description)
    combo.setToolTip(description)
    return combo


def _edit(placeholder: str, description: str) -> QLineEdit:
    edit = QLineEdit(placeholderText=placeholder)
    edit.setClearButtonEnabled(True)
    edit.setToolTip(description)
    edit.setAccessibleName(placeholder.split(" (")[0])
    return edit
