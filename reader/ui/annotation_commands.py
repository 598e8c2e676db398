"""Undoable highlight changes (QUndoStack): create, edit, recolour, re-attach, delete.

Each command holds whole Annotation snapshots, so undo and redo put back exactly what was
there (the store's ``restore`` writes a snapshot as is)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from reader.core.annotations import Annotation
from reader.core.library import Library


class CreateHighlight(QUndoCommand):
    def __init__(self, library: Library, refresh: Callable[[], None], article: str,
                 start: int, end: int, color: str, note: str = "", tags=()):
        super().__init__(f"highlight ({color})")
        self.library, self.refresh = library, refresh
        self._args = (article, start, end, color, note, tuple(tags))
        self.annotation: Annotation | None = None

    def redo(self) -> None:
        if self.annotation is None:
            article, start, end, color, note, tags = self._args
            self.annotation = self.library.add_annotation(article, start, end, color, note,
                                                          tags)
        else:
            self.library.restore_annotation(self.annotation)
        self.refresh()

    def undo(self) -> None:
        self.library.delete_annotation(self.annotation.uid)
        self.refresh()


class ChangeHighlight(QUndoCommand):
    """Any change from one snapshot to another (note, tags, colour, re-attach)."""

    def __init__(self, library: Library, refresh: Callable[[], None], before: Annotation,
                 after: Annotation, text: str):
        super().__init__(text)
        self.library, self.refresh = library, refresh
        self.before, self.after = before, after

    def redo(self) -> None:
        self.library.restore_annotation(self.after)
        self.refresh()

    def undo(self) -> None:
        self.library.restore_annotation(self.before)
        self.refresh()


class DeleteHighlight(QUndoCommand):
    def __init__(self, library: Library, refresh: Callable[[], None], annotation: Annotation):
        super().__init__("delete highlight")
        self.library, self.refresh = library, refresh
        self.annotation = annotation

    def redo(self) -> None:
        self.library.delete_annotation(self.annotation.uid)
        self.refresh()

    def undo(self) -> None:
        self.library.restore_annotation(self.annotation)
        self.refresh()
