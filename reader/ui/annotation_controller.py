"""Highlights in the reading panes, the annotations dock, and undo/redo of every change."""
from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.annotations.store import Annotation, AnnotationError
from reader.core.annotations.notes import render_note
from reader.ui.annotation_commands import ChangeHighlight, CreateHighlight, DeleteHighlight
from reader.ui.annotations_panel import AnnotationsPanel
from reader.ui.note_dialog import NoteDialog
from reader.ui.reading_pane import PaneHighlight, ReadingPane

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


class AnnotationController(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.panel = AnnotationsPanel(window)
        self.dock = window.add_side_dock("Annotations", "annotations-dock", self.panel,
                                         visible=False)
        self.selected_uid: str | None = None
        self.panel.annotationActivated.connect(self.go_to)
        self.panel.editRequested.connect(self.edit)
        self.panel.deleteRequested.connect(self.delete)
        self.panel.reattachRequested.connect(self.reattach)
        self.panel.exportRequested.connect(self.export_dialog)
        self.panel.scopeChanged.connect(self.refresh)

    def connect_pane(self, pane: ReadingPane) -> None:
        pane.highlightRequested.connect(lambda color, p=pane: self.highlight(color, p))
        pane.noteRequested.connect(lambda p=pane: self.note(p))
        pane.highlightClicked.connect(self.select)

    # -- showing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Redraw highlights in both panes and the panel after any change."""
        window = self.window
        shown: dict[str, list[Annotation]] = {}
        for pane in window.reading_panes():
            if pane.article_id is None:
                continue
            if pane.article_id not in shown:
                try:
                    shown[pane.article_id] = window.library.annotations(pane.article_id)
                except Exception as exc:  # an unreadable file or database: say so, go on
                    window.statusBar().showMessage(f"Highlights unavailable: {exc}", 8000)
                    shown[pane.article_id] = []
            pane.set_highlights([
                PaneHighlight(a.uid, a.start, a.end, a.color, _tooltip(a))
                for a in shown[pane.article_id] if not a.orphan])
        if self.panel.whole_library:
            try:
                items = window.library.annotations()
            except Exception as exc:
                window.statusBar().showMessage(f"Highlights unavailable: {exc}", 8000)
                items = []
        else:
            article = window.pane.article_id
            items = shown.get(article, []) if article else []
        titles = {a.id: a.title for a in window.library.articles()}
        self.panel.model.set_annotations(items, titles)
        if self.selected_uid:
            self.panel.select_uid(self.selected_uid)
        window.annotationsChanged.emit()

    def select(self, uid: str) -> None:
        self.selected_uid = uid
        self.panel.select_uid(uid)

    def go_to(self, annotation: Annotation) -> None:
        window = self.window
        self.selected_uid = annotation.uid
        if window.pane.article_id != annotation.article:
            window.open_article(annotation.article)
        if window.pane.article_id == annotation.article and not annotation.orphan:
            window.pane.flash(annotation.start, annotation.end)

    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()

    # -- changing ------------------------------------------------------------------------------
    def highlight(self, color: str = "yellow", pane: ReadingPane | None = None,
                  note: str = "", tags=()) -> Annotation | None:
        pane = pane or self.window.pane
        selection = pane.selected_reading_range()
        if pane.article_id is None or selection is None:
            self.window.statusBar().showMessage("Select some text to highlight.", 4000)
            return None
        try:
            annotation = self.window.library.add_annotation(pane.article_id, selection[0],
                                                            selection[1], color, note, tags)
        except AnnotationError as exc:
            self.report(str(exc))
            return None
        self.selected_uid = annotation.uid
        self._push(CreateHighlight, annotation)
        self.panel.select_uid(self.selected_uid)
        return annotation

    def recolor(self, color: str) -> None:
        """Colour shortcuts: recolour the selected highlight, or highlight the selection."""
        pane = self.window.pane
        if pane.selected_reading_range() is not None:
            self.highlight(color, pane)
            return
        current = self._current()
        if current is not None and current.color != color:
            self._change(current, lambda: self.window.library.update_annotation(
                current.uid, color=color), f"recolour to {color}")

    def note(self, pane: ReadingPane | None = None) -> None:
        """Add a note to the selection (a new highlight) or edit the selected highlight."""
        pane = pane or self.window.pane
        if pane.selected_reading_range() is not None:
            start, end = pane.selected_reading_range()
            text = self.window.library.document(pane.article_id).text
            dialog = NoteDialog(text[start:end], parent=self.window)
            if dialog.exec():
                self.highlight(dialog.color, pane, dialog.note, dialog.tags)
            return
        current = self._current()
        if current is not None:
            self.edit(current)

    def edit(self, annotation: Annotation) -> None:
        dialog = NoteDialog(annotation.exact, annotation.note, annotation.tags,
                            annotation.color, self.window)
        if not dialog.exec():
            return
        self.apply_edit(annotation, dialog.note, dialog.tags, dialog.color)

    def apply_edit(self, annotation: Annotation, note: str, tags, color: str) -> None:
        current = self.window.library.annotation(annotation.uid) or annotation
        self._change(current, lambda: self.window.library.update_annotation(
            annotation.uid, note=note, tags=tags, color=color), "edit note")

    def delete(self, annotation: Annotation | None = None) -> None:
        annotation = annotation or self._current()
        if annotation is None:
            return
        try:
            self.window.library.delete_annotation(annotation.uid)
        except AnnotationError as exc:
            self.report(str(exc))
            return
        self.selected_uid = None
        self._push(DeleteHighlight, annotation)

    def _change(self, before: Annotation, write, text: str) -> None:
        """Write first; only a change that was saved goes on the undo stack."""
        try:
            after = write()
        except AnnotationError as exc:
            self.report(str(exc))
            return
        self._push(ChangeHighlight, before, after, text)

    def _push(self, command_class, *args) -> None:
        self.undo_stack.push(command_class(self.window.library, self.refresh, self.report,
                                           *args))

    def report(self, message: str) -> None:
        """A change could not be saved: say so where the reader is looking."""
        self.window.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, "Highlights", message,
                          QMessageBox.StandardButton.Ok, self.window)
        box.open()

    def reattach(self, annotation: Annotation) -> None:
        pane = self.window.pane
        selection = pane.selected_reading_range()
        try:  # wiring (issue 11): a highlight whose file is gone goes to the open article
            self.window.library.info(annotation.article)
            target = annotation.article
        except KeyError:
            target = pane.article_id
        if selection is None or pane.article_id != target:
            QMessageBox.information(
                self.window, "Re-attach highlight",
                "Open the highlight's article, select the passage it belongs to, then "
                "choose Re-attach again.")
            return
        self._change(annotation, lambda: self.window.library.reattach_annotation(
            annotation.uid, *selection, article=target), "re-attach highlight")

    def _current(self) -> Annotation | None:
        if self.selected_uid is None:
            return self.panel.selected()
        return self.window.library.annotation(self.selected_uid)

    # -- export --------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        window = self.window
        article = None if self.panel.whole_library else window.pane.article_id
        path, chosen = QFileDialog.getSaveFileName(
            window, "Export highlights", str(Path.home() / "highlights.md"),
            "Markdown (*.md);;W3C Web Annotation JSON (*.json)")
        if not path:
            return
        fmt = "json" if path.endswith(".json") or "JSON" in chosen else "markdown"
        try:
            Path(path).write_text(window.library.export_annotations(fmt, article), "utf-8")
        except OSError as exc:
            QMessageBox.warning(window, "Export", f"Could not write {path}:\n{exc}")
            return
        window.statusBar().showMessage(f"Exported to {path}", 6000)


def _tooltip(annotation: Annotation) -> str:
    parts = []
    if annotation.note:
        parts.append(render_note(annotation.note))
    if annotation.tags:
        parts.append("<i>" + html.escape(", ".join("#" + t for t in annotation.tags)) + "</i>")
    return "".join(parts)

