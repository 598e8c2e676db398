"""Dictionary lookups from the reading panes, pinyin above the characters, the vocabulary.

Gets the ``AppContext`` and the ``Workspace`` at construction and talks back through
signals; it never imports the main window. Anything that may load data (the CC-CEDICT
cache, the Spanish lexicon, pypinyin) runs on the task runner.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFileDialog, QMenu

from reader.core.library.facade import VocabularyError
from reader.ui.context import AppContext
from reader.ui.dictionary_popup import DictionaryPopup
from reader.ui.pinyin_layer import PinyinLayer
from reader.ui.reading_pane import ReadingPane
from reader.ui.tasks import Lane
from reader.ui.vocabulary_panel import VocabularyPanel
from reader.ui.workspace import PANES, Workspace
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from reader.core.library.facade import Definition

#: A selection longer than this is looked up by its beginning only.
MAX_LOOKUP = 200


@dataclass(frozen=True)
class Lookup:
    """One answered lookup: what was looked up and where it is in the reading text."""
    definition: Definition
    article: str
    start: int     # reading-text offsets
    end: int
    script: str
    search_query: str


class DictionaryController(QObject):
    passageRequested = Signal(str, int, int)   # article id, reading-text start, end
    searchRequested = Signal(str)               # a library query
    lookupShown = Signal(object)                # Lookup (or None when nothing was found)
    vocabularyChanged = Signal()
    pinyinChanged = Signal(str, bool)           # pane name, on

    def __init__(self, context: AppContext, workspace: Workspace):
        super().__init__(context)
        self.context = context
        self.workspace = workspace
        self._panes: dict[str, ReadingPane] = {}
        self._generation = 0
        self._pinyin_ready = False
        self._layer = PinyinLayer()
        self.current: Lookup | None = None
        self.popup = DictionaryPopup(context.dialog_parent)
        self.popup.addRequested.connect(self.add_current)
        self.popup.searchRequested.connect(self._search)
        self.panel = VocabularyPanel()
        self.panel.passageRequested.connect(self.passageRequested)
        self.panel.deleteRequested.connect(self._delete)
        self.panel.exportRequested.connect(self.export_dialog)
        self.pinyin_action = None  # the window's checkable "pinyin" action, when wired
        for name in PANES:
            self.attach_pane(name, workspace.pane_named(name))
        workspace.activeChanged.connect(lambda _name: self._sync_pinyin_action())

    # -- panes --------------------------------------------------------------------------
    def attach_pane(self, name: str, pane: ReadingPane) -> None:
        self._panes[name] = pane
        pane.menuAboutToShow.connect(lambda menu, pos, p=pane: self._extend_menu(p, menu, pos))
        if self.context.settings[f"panes/{name}/pinyin"]:
            self.set_pinyin(name, True)

    def _name_of(self, pane: ReadingPane) -> str | None:
        return next((n for n, p in self._panes.items() if p is pane), None)

    def _extend_menu(self, pane: ReadingPane, menu: QMenu, position: QPoint) -> None:
        if pane.view is None:
            return
        at = None if pane.textCursor().hasSelection() \
            else pane.cursorForPosition(position).position()
        menu.addAction(translate("dictionary_controller", "Look Up in Dictionary")).triggered.connect(
            lambda: self.look_up(pane, at))
        pinyin = menu.addAction(translate("dictionary_controller", "Pinyin Above Characters"))
        pinyin.setCheckable(True)
        pinyin.setChecked(pane.interlinear is not None)
        pinyin.triggered.connect(lambda checked: self.set_pinyin(self._name_of(pane), checked))
        menu.addSeparator()

    # -- lookups ---------------------------------------------------------------------------
    def look_up(self, pane: ReadingPane | None = None, qt_position: int | None = None) -> None:
        """Look up the pane's selection, or the word at ``qt_position`` (default: the
        caret); the answer comes back from a worker and opens the popup."""
        pane = pane or self.workspace.pane
        view, article = pane.view, pane.article_id
        if view is None or article is None:
            return
        selected = pane.selected_reading_range() if qt_position is None else None
        if selected:
            view_start, view_end = view.from_reading.range_to_target(*selected)
        else:
            position = pane.textCursor().position() if qt_position is None else qt_position
            view_start, view_end = view.from_reading.to_target(pane.from_qt(position)), None
        library = self.context.library
        self._generation += 1
        generation = self._generation
        self.current = None
        if not library.dictionary.ready:  # the first look-up may build the cache (~3 s)
            self.popup.show_message(translate("dictionary_controller", "Opening the dictionary…"), self._below(pane, selected))

        def work(_progress) -> Lookup | None:
            if view_end is not None:
                view_end_ = min(view_end, view_start + MAX_LOOKUP)
                span = library.dictionary.word_at(view.text, view_start, view_end_)
            else:
                span = library.dictionary.word_at(view.text, view_start)
            if span is None or span[1] <= span[0]:
                return None
            word = view.text[span[0]:span[1]]
            definition = library.dictionary.define(word)
            start, end = view.from_reading.range_to_source(*span)
            query = library.dictionary.search_query(word, definition)
            return Lookup(definition, article, start, end, view.script.value, query)

        self.context.tasks.submit(
            work, label=QT_TRANSLATE_NOOP("tasks", "Looking up"), lane=Lane.QUERY, key="dictionary-lookup",
            on_done=lambda result: self._show(generation, pane, result),
            on_error=lambda message: self._failed(generation, message))

    def _show(self, generation: int, pane: ReadingPane, lookup: Lookup | None) -> None:
        if generation != self._generation:
            return
        self.current = lookup
        if lookup is None:
            self.lookupShown.emit(None)
            return
        same = pane.article_id == lookup.article
        if not pane.textCursor().hasSelection() and same:
            pane.select_reading_range(lookup.start, lookup.end)  # show what was looked up
        at = self._below(pane, (lookup.start, lookup.end) if same else None)
        self.popup.show_definition(lookup.definition, lookup.search_query, at)
        self.lookupShown.emit(lookup)

    @staticmethod
    def _below(pane: ReadingPane, reading_range: tuple[int, int] | None) -> QPoint:
        """Global position just below a reading-text range (or the caret)."""
        cursor = QTextCursor(pane.document())
        if reading_range is not None:
            cursor.setPosition(pane.qt_range(*reading_range)[0])
        else:
            cursor = pane.textCursor()
        return pane.viewport().mapToGlobal(pane.cursorRect(cursor).bottomLeft() + QPoint(0, 6))

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.popup.set_status(f"Look-up failed: {message}")
            self.lookupShown.emit(None)

    def _search(self, query: str) -> None:
        self.popup.hide()
        if query:
            self.searchRequested.emit(query)

    # -- vocabulary ------------------------------------------------------------------------
    def add_current(self) -> None:
        lookup = self.current
        if lookup is None:
            return
        try:
            item, added = self.context.library.dictionary.add_word(
                lookup.article, lookup.start, lookup.end, lookup.script)
        except (VocabularyError, KeyError, OSError) as exc:
            self.popup.set_status(translate("dictionary_controller", "Not added: {error}").format(
                error=exc))
            return
        self.popup.set_status(translate("dictionary_controller", "Added to vocabulary.") if added
                              else translate("dictionary_controller",
                                             "“{word}” is already in your vocabulary.").format(
                                  word=item.word))
        self.refresh()
        self.vocabularyChanged.emit()

    def refresh(self) -> None:
        try:
            self.panel.set_items(self.context.library.dictionary.vocabulary.list())
        except VocabularyError as exc:
            self.panel.filter_edit.setPlaceholderText(str(exc))

    def show_panel(self) -> None:
        self.refresh()
        dock = self.panel.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        self.panel.filter_edit.setFocus()

    def _delete(self, uid: str) -> None:
        self.context.library.dictionary.vocabulary.delete(uid)
        self.refresh()
        self.vocabularyChanged.emit()

    def export_to(self, path: str | Path, fmt: str) -> None:
        Path(path).write_text(self.context.library.dictionary.export(fmt), "utf-8")

    def export_dialog(self, fmt: str) -> None:
        suffix = "csv" if fmt == "csv" else "md"
        path, _ = QFileDialog.getSaveFileName(
            self.context.dialog_parent, translate("dictionary_controller", "Export vocabulary"), str(Path.home() / f"vocabulary.{suffix}"),
            "CSV for Anki (*.csv)" if fmt == "csv" else "Markdown (*.md)")
        if path:
            try:
                self.export_to(path, fmt)
            except OSError as exc:
                self.panel.filter_edit.setPlaceholderText(translate("dictionary_controller", "Export failed: {error}").format(
                    error=exc.strerror))

    # -- pinyin ------------------------------------------------------------------------------
    def toggle_pinyin(self) -> None:
        pane = self.workspace.pane
        name = self._name_of(pane)
        if name is not None:
            self.set_pinyin(name, pane.interlinear is None)

    def set_pinyin(self, name: str | None, on: bool) -> None:
        """Pinyin above the characters of one pane (remembered); pypinyin loads in a worker
        the first time."""
        if name not in self._panes:
            return
        self.context.settings[f"panes/{name}/pinyin"] = on
        if on and not self._pinyin_ready:
            from reader.core.library.facade import warm_up_pinyin

            self.context.tasks.submit(lambda _progress: warm_up_pinyin(),
                                      label=QT_TRANSLATE_NOOP("tasks", "Loading pinyin"), lane=Lane.POOL,
                                      on_done=lambda _result: self._pinyin_loaded())
            return
        self._apply_pinyin(name, on)

    def _pinyin_loaded(self) -> None:
        self._pinyin_ready = True
        for name in self._panes:
            if self.context.settings[f"panes/{name}/pinyin"]:
                self._apply_pinyin(name, True)

    def _apply_pinyin(self, name: str, on: bool) -> None:
        pane = self._panes[name]
        if (pane.interlinear is not None) != on:
            pane.set_interlinear(self._layer if on else None)
        self._sync_pinyin_action()
        self.pinyinChanged.emit(name, on)

    def _sync_pinyin_action(self) -> None:
        if self.pinyin_action is not None:
            self.pinyin_action.setChecked(self.workspace.pane.interlinear is not None)
