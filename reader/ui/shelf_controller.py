"""Library management (issue 19): edit an article's title, its tags and collections, remove
it from the library (the file and its highlights stay) and restore it, through
``library.shelf``. Gets the context and the library panel; never the window."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog

from reader.core.library.facade import ShelfError
from reader.ui.context import AppContext
from reader.ui.library_panel import LibraryPanel
from reader.ui.i18n import translate


class ShelfController(QObject):
    changed = Signal(str)          # article id whose shelf record changed

    def __init__(self, context: AppContext, panel: LibraryPanel, parent=None):
        super().__init__(parent)
        self.context = context
        self.panel = panel
        panel.titleEditRequested.connect(self.title_dialog)
        panel.labelsEditRequested.connect(self.labels_dialog)
        panel.removeRequested.connect(self.remove)
        panel.restoreRequested.connect(self.restore)

    @property
    def shelf(self):
        return self.context.library.shelf

    def refresh(self) -> None:
        try:
            entries = self.shelf.entries()
        except ShelfError as exc:
            self.context.show_message(str(exc), 8000)
            return
        self.panel.model.set_shelf({a: e.to_json() for a, e in entries.items()})
        self.panel.proxy.invalidate()

    def _write(self, article: str, write, message: str) -> None:
        try:
            write()
        except ShelfError as exc:
            self.context.warn(translate("shelf_controller", "Reader"), str(exc))
            return
        self.refresh()
        self.context.show_message(message, 5000)
        self.changed.emit(article)

    def set_title(self, article: str, title: str) -> None:
        self._write(article, lambda: self.shelf.set_title(article, title), translate("shelf_controller", "Title changed."))

    def set_labels(self, article: str, tags: str, collections: str) -> None:
        self._write(article, lambda: (self.shelf.set_tags(article, tags),
                                      self.shelf.set_collections(article, collections)),
                    translate("shelf_controller", "Tags and collections saved."))

    def remove(self, article: str) -> None:
        self._write(article, lambda: self.shelf.remove(article),
                    translate("shelf_controller", "Removed from the library; the file and its "
                              "highlights are kept (Show removed articles → Restore)."))

    def restore(self, article: str) -> None:
        self._write(article, lambda: self.shelf.restore(article), translate("shelf_controller", "Restored to the library."))

    def _ask(self, label: str, value: str, done) -> QInputDialog:
        dialog = QInputDialog(self.context.dialog_parent)
        dialog.setWindowTitle(translate("shelf_controller", "Reader"))
        dialog.setLabelText(label)
        dialog.setTextValue(value)
        dialog.textValueSelected.connect(done)
        dialog.open()
        return dialog

    def title_dialog(self, article: str) -> QInputDialog:
        info = self.context.library.articles.info(article)
        current = self.shelf.entry(article).title or info.title
        return self._ask(translate("shelf_controller", "Title:"), current, lambda text: self.set_title(article, text))

    def labels_dialog(self, article: str) -> QInputDialog:
        entry = self.shelf.entry(article)
        value = ", ".join(f"#{t}" for t in entry.tags)
        value += (" | " if value or entry.collections else "") + ", ".join(entry.collections)
        return self._ask(translate("shelf_controller", "Tags (#tag, …) | collections (comma "
                                   "separated):"), value,
                         lambda text: self.set_labels(article, *_split_labels(text)))


def _split_labels(text: str) -> tuple[str, str]:
    tags, _bar, collections = text.partition("|")
    return tags, collections
