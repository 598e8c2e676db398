"""The search dock's filter row (issue 18): language, script, folder, highlight tag, date
range and sort order. It only builds a ``SearchFilter``; the core does the filtering."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from reader.core.library.facade import SearchFilter, SortOrder
from reader.ui.i18n import QT_TRANSLATE_NOOP, core_text, translate

LANGUAGES = ((QT_TRANSLATE_NOOP("search_filters", "Any language"), ""), (QT_TRANSLATE_NOOP("search_filters", "Chinese"), "zh"),
             (QT_TRANSLATE_NOOP("search_filters", "Spanish"), "es"))
SCRIPTS = ((QT_TRANSLATE_NOOP("search_filters", "Any script"), ""), (QT_TRANSLATE_NOOP("search_filters", "Simplified"), "Hans"),
           (QT_TRANSLATE_NOOP("search_filters", "Traditional"), "Hant"), (QT_TRANSLATE_NOOP("search_filters", "Latin"), "Latn"))


class SearchFilters(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.language = _combo(LANGUAGES, QT_TRANSLATE_NOOP("search_filters", "Restrict to a language"))
        self.script = _combo(SCRIPTS, QT_TRANSLATE_NOOP("search_filters", "Restrict to articles in a script"))
        self.folder = _combo(((QT_TRANSLATE_NOOP("search_filters", "Any folder"), ""),),
                             QT_TRANSLATE_NOOP("search_filters", "Restrict to a folder of the library"))
        self.sort = _combo(tuple((o.label, o.value) for o in SortOrder),
                           QT_TRANSLATE_NOOP("search_filters", "Order of results"), context="core")
        self.tag = _edit(QT_TRANSLATE_NOOP("search_filters", "Tag or collection"), QT_TRANSLATE_NOOP(
            "search_filters", "Only articles with this tag or collection, or a highlight carrying "
            "this tag"))
        self.date_from = _edit(QT_TRANSLATE_NOOP("search_filters", "From (2023 or 2023-05-04)"),
                               QT_TRANSLATE_NOOP("search_filters", "Published on or after"))
        self.date_to = _edit(QT_TRANSLATE_NOOP("search_filters", "To (2024-12)"), QT_TRANSLATE_NOOP("search_filters", "Published on or before"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("search_filters", "Sort"), self.sort)
        form.addRow(translate("search_filters", "Language"), self.language)
        form.addRow(translate("search_filters", "Script"), self.script)
        form.addRow(translate("search_filters", "Folder"), self.folder)
        form.addRow(translate("search_filters", "Tag"), self.tag)
        form.addRow(translate("search_filters", "Dates"), self.date_from)
        form.addRow("", self.date_to)
        for combo in (self.language, self.script, self.folder, self.sort):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for edit in (self.tag, self.date_from, self.date_to):
            edit.editingFinished.connect(self.changed)

    def set_folders(self, folders: list[str]) -> None:
        current = self.folder.currentData()
        self.folder.blockSignals(True)
        self.folder.clear()
        self.folder.addItem(translate("search_filters", "Any folder"), "")
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


def _combo(items, description: str, context: str = "search_filters") -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(translate(context, text), data)
    description = translate("search_filters", description)
    combo.setAccessibleDescription(description)
    combo.setToolTip(description)
    return combo


def _edit(placeholder: str, description: str) -> QLineEdit:
    edit = QLineEdit(placeholderText=translate("search_filters", placeholder))
    edit.setClearButtonEnabled(True)
    edit.setToolTip(translate("search_filters", description))
    edit.setAccessibleName(translate("search_filters", placeholder).split(" (")[0])
    return edit
