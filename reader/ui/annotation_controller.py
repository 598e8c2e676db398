"""Highlights in the reading panes, the annotations dock, and undo/redo of every change.

Writes return ``Changes``; the panes and the panel redraw only what changed. The panel's
list is read again only when its scope changes or the library reloads."""
from __future__ import annotations

from typing import Callable

import html
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.library.facade import Annotation, AnnotationError, Changes, render_note
from reader.ui.annotation_commands import ChangeHighlight, CreateHighlight, DeleteHighlight
from reader.ui.annotations_panel import AnnotationsPanel
from reader.ui.context import AppContext
from reader.ui.note_dialog import NoteDialog
from reader.ui.reading_pane import PaneHighlight, ReadingPane
from reader.ui.workspace import Workspace
from reader.ui.i18n import translate


class AnnotationController(QObject):
    changed = Signal()                # highlights shown changed (panes and panel)
    openRequested = Signal(str)       # article id to show in the active pane

    def __init__(self, context: AppContext, workspace: Workspace):
        super().__init__(context)
        self.context = context
        self.workspace = workspace
        self.before_jump: Callable[[], None] = lambda: None  # set by the window
        self.undo_stack = QUndoStack(self)
        self.panel = AnnotationsPanel()
        self.selected_uid: str | None = None
        self._listed: str | None = None   # the article whose highlights the panel lists
        self.panel.annotationActivated.connect(self.go_to)
        self.panel.editRequested.connect(self.edit)
        self.panel.deleteRequested.connect(self.delete)
        self.panel.reattachRequested.connect(self.reattach)
        self.panel.exportRequested.connect(self.export_dialog)
        self._restore_panel(context.settings)
        self.panel.scopeChanged.connect(self.refresh)
        self.panel.model.noteEdited.connect(  # in place (issue 19)
            lambda a, note: self.apply_edit(a, note, a.tags, a.color))
        # the row chosen by mouse or keys is the one Re-attach, Delete and recolour act on
        self.panel.table.selectionModel().selectionChanged.connect(self._row_chosen)
        for container in workspace.containers.values():
            self.connect_pane(container.pane)
        workspace.articleShown.connect(self._article_shown)
        workspace.activeChanged.connect(lambda _name: self._show_active_article())
        context.libraryChanged.connect(self.undo_stack.clear)

    @property
    def library(self):
        return self.context.library

    def _restore_panel(self, settings) -> None:
        """Scope and column widths as the reader left them (issue 18)."""
        header = self.panel.table.horizontalHeader()
        if settings["annotations/columns"] is not None:
            header.restoreState(settings["annotations/columns"])
        self.panel.set_scope(settings["annotations/scope"])
        self.panel.scopeChanged.connect(
            lambda: settings.__setitem__("annotations/scope", self.panel.scope))
        header.sectionResized.connect(
            lambda *_a: settings.__setitem__("annotations/columns", header.saveState()))

    def connect_pane(self, pane: ReadingPane) -> None:
        pane.highlightRequested.connect(lambda color, p=pane: self.highlight(color, p))
        pane.noteRequested.connect(lambda p=pane: self.note(p))
        pane.highlightClicked.connect(self.select)

    # -- showing ------------------------------------------------------------------------------
    def _article_shown(self, _name: str, opened) -> None:
        """An article was opened: its highlights came with it (no extra read)."""
        if opened.highlights_problem:
            self.context.show_message(translate("annotation_controller", "Highlights unavailable: {problem}").format(
                problem=opened.highlights_problem),
                                      8000)
        for pane in self.workspace.reading_panes():
            if pane.article_id == opened.info.id:
                pane.set_highlights(_pane_highlights(opened.highlights))
        self._show_active_article(opened.highlights if opened.info.id ==
                                  self.workspace.pane.article_id else None)

    def _show_active_article(self, highlights=None) -> None:
        """"This article" follows the focused pane; focusing the pane that shows the listed
        article again keeps the list (and its chosen row) as it is."""
        if self.panel.whole_library:
            return
        article = self.workspace.pane.article_id
        if highlights is None:
            if article == self._listed:
                return
            highlights = self._read(article) if article else []
        self._listed = article
        self._fill_panel(list(highlights))

    def _row_chosen(self, *_args) -> None:
        chosen = self.panel.selected()
        if chosen is not None:
            self.selected_uid = chosen.uid

    def _read(self, article: str | None) -> list[Annotation]:
        try:
            return (self.library.annotations.for_article(article) if article
                    else self.library.annotations.all())
        except Exception as exc:  # an unreadable file or database: say so, go on
            self.context.show_message(translate("annotation_controller", "Highlights unavailable: {problem}").format(
                problem=exc), 8000)
            return []

    def _fill_panel(self, items: list[Annotation]) -> None:
        titles = {a.id: a.title for a in self.library.articles.all()}
        self.panel.model.set_annotations(items, titles)
        if self.selected_uid:
            self.panel.select_uid(self.selected_uid)
        self.changed.emit()

    def refresh(self) -> None:
        """Read everything shown again (scope change, library reload)."""
        shown: dict[str, list[Annotation]] = {}
        for pane in self.workspace.reading_panes():
            if pane.article_id is None:
                continue
            if pane.article_id not in shown:
                shown[pane.article_id] = self._read(pane.article_id)
            pane.set_highlights(_pane_highlights(shown[pane.article_id]))
        if self.panel.whole_library:
            self._fill_panel(self._read(None))
        else:
            article = self.workspace.pane.article_id
            self._listed = article
            self._fill_panel(shown.get(article, []) if article else [])

    def apply(self, changes: Changes) -> None:
        """Redraw only what one write changed: the panes showing those articles and the
        panel's rows (row-level model signals, never a reset)."""
        touched = set(changes.removed) | {a.uid for a in changes.added + changes.updated}
        for pane in self.workspace.reading_panes():
            if pane.article_id not in changes.articles:
                continue
            kept = [h for h in pane.highlights if h.uid not in touched]
            fresh = _pane_highlights(a for a in changes.added + changes.updated
                                     if a.article == pane.article_id)
            pane.set_highlights(sorted(kept + fresh, key=lambda h: (h.start, h.end)))
        article = self.workspace.pane.article_id
        whole = self.panel.whole_library
        self.panel.model.apply_changes(changes, lambda a: whole or a.article == article)
        if self.selected_uid:
            self.panel.select_uid(self.selected_uid)
        self.changed.emit()

    def select(self, uid: str) -> None:
        self.selected_uid = uid
        self.panel.select_uid(uid)
        for pane in self.workspace.reading_panes():  # underlined in the text, colour kept
            pane.select_highlight(uid if any(h.uid == uid for h in pane.highlights) else None)

    def go_to(self, annotation: Annotation) -> None:
        self.before_jump()  # Back returns here (issue 19)
        self.selected_uid = annotation.uid
        pane = self.workspace.pane
        if pane.article_id != annotation.article:
            self.openRequested.emit(annotation.article)
        pane = self.workspace.pane
        if pane.article_id == annotation.article and not annotation.orphan:
            pane.select_highlight(annotation.uid)  # outlined in its own colour
            pane.reveal(annotation.start, annotation.end)

    # -- changing ------------------------------------------------------------------------------
    def highlight(self, color: str = "yellow", pane: ReadingPane | None = None,
                  note: str = "", tags=()) -> Annotation | None:
        pane = pane or self.workspace.pane
        selection = pane.selected_reading_range()
        if pane.article_id is None or selection is None:
            self.context.show_message(translate("annotation_controller", "Select some text to highlight."), 4000)
            return None
        try:
            changes = self.library.annotations.add(pane.article_id, selection[0],
                                                   selection[1], color, note, tags)
        except AnnotationError as exc:
            self.report(str(exc))
            return None
        self.selected_uid = changes.annotation.uid
        self._push(CreateHighlight, changes)
        self.panel.select_uid(self.selected_uid)
        return changes.annotation

    def recolor(self, color: str) -> None:
        """Colour shortcuts: recolour the selected highlight, or highlight the selection."""
        pane = self.workspace.pane
        if pane.selected_reading_range() is not None:
            self.highlight(color, pane)
            return
        current = self._current()
        if current is not None and current.color != color:
            self._change(current, lambda: self.library.annotations.update(
                current.uid, color=color), f"recolour to {color}")

    def note(self, pane: ReadingPane | None = None) -> None:
        """Add a note to the selection (a new highlight) or edit the selected highlight."""
        pane = pane or self.workspace.pane
        if pane.selected_reading_range() is not None:
            start, end = pane.selected_reading_range()
            text = self.library.articles.document(pane.article_id).text
            dialog = NoteDialog(text[start:end], parent=self.context.dialog_parent)
            if dialog.exec():
                self.highlight(dialog.color, pane, dialog.note, dialog.tags)
            return
        current = self._current()
        if current is not None:
            self.edit(current)

    def edit(self, annotation: Annotation) -> None:
        dialog = NoteDialog(annotation.exact, annotation.note, annotation.tags,
                            annotation.color, self.context.dialog_parent)
        if not dialog.exec():
            return
        self.apply_edit(annotation, dialog.note, dialog.tags, dialog.color)

    def apply_edit(self, annotation: Annotation, note: str, tags, color: str) -> None:
        current = self.library.annotations.get(annotation.uid) or annotation
        self._change(current, lambda: self.library.annotations.update(
            annotation.uid, note=note, tags=tags, color=color), "edit note")

    def delete(self, annotation: Annotation | None = None) -> None:
        annotation = annotation or self._current()
        if annotation is None:
            return
        try:
            changes = self.library.annotations.delete(annotation.uid)
        except AnnotationError as exc:
            self.report(str(exc))
            return
        self.selected_uid = None
        self._push(DeleteHighlight, changes, annotation)

    def _change(self, before: Annotation, write, text: str) -> None:
        """Write first; only a change that was saved goes on the undo stack."""
        try:
            changes = write()
        except AnnotationError as exc:
            self.report(str(exc))
            return
        self._push(ChangeHighlight, changes, before, text)

    def _push(self, command_class, *args) -> None:
        self.undo_stack.push(command_class(lambda: self.library, self.apply, self.report,
                                           *args))

    def report(self, message: str) -> None:
        """A change could not be saved: say so where the reader is looking."""
        self.context.show_message(message, 10000)
        self.context.warn(translate("annotation_controller", "Highlights"), message)

    def reattach(self, annotation: Annotation | None = None) -> None:
        """Attach a highlight to the passage selected in a pane showing its article (one
        try: the chosen row survives focusing the pane; either pane's selection counts)."""
        annotation = annotation or self._current()
        if annotation is None:
            self.context.show_message(translate("annotation_controller", "Choose the highlight to re-attach in the "
                                      "Annotations panel first."), 6000)
            return
        panes = [self.workspace.pane] + [p for p in self.workspace.reading_panes()
                                         if p is not self.workspace.pane]
        # wiring (issue 11): a highlight whose file is gone goes to the open article
        known = self.library.articles.known(annotation.article)
        chosen = next(((p, p.selected_reading_range()) for p in panes
                       if p.selected_reading_range() is not None
                       and (p.article_id == annotation.article or not known)), None)
        if chosen is None:
            QMessageBox.information(
                self.context.dialog_parent, translate("annotation_controller", "Re-attach highlight"),
                translate("annotation_controller", "Open the highlight's article, select the "
                          "passage it belongs to, then choose Re-attach again."))
            return
        pane, selection = chosen
        self._change(annotation, lambda: self.library.annotations.reattach(
            annotation.uid, *selection, article=pane.article_id), "re-attach highlight")

    def _current(self) -> Annotation | None:
        if self.selected_uid is None:
            return self.panel.selected()
        return self.library.annotations.get(self.selected_uid)

    # -- export --------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        parent = self.context.dialog_parent
        article = None if self.panel.whole_library else self.workspace.pane.article_id
        path, chosen = QFileDialog.getSaveFileName(
            parent, translate("annotation_controller", "Export highlights"), str(self._export_folder() / "highlights.md"),
            "Markdown (*.md);;W3C Web Annotation JSON (*.json)")
        if not path:
            return
        fmt = "json" if path.endswith(".json") or "JSON" in chosen else "markdown"
        try:
            Path(path).write_text(self.library.annotations.export(fmt, article), "utf-8")
        except OSError as exc:
            QMessageBox.warning(parent, translate("annotation_controller", "Export"), f"Could not write {path}:\n{exc}")
            return
        self.context.settings["export/folder"] = str(Path(path).parent)
        self.context.show_message(translate("annotation_controller", "Exported to {path}").format(path=path), 6000)

    def _export_folder(self) -> Path:
        """The last export's folder, else Documents, else home (never a folder gone)."""
        for folder in (self.context.settings["export/folder"], QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)):
            if folder and Path(folder).is_dir():
                return Path(folder)
        return Path.home()


def _pane_highlights(annotations) -> list[PaneHighlight]:
    return [PaneHighlight(a.uid, a.start, a.end, a.color, _tooltip(a))
            for a in annotations if not a.orphan]


def _tooltip(annotation: Annotation) -> str:
    parts = []
    if annotation.note:
        parts.append(render_note(annotation.note))
    if annotation.tags:
        parts.append("<i>" + html.escape(", ".join("#" + t for t in annotation.tags)) + "</i>")
    return "".join(parts)
