"""Undoable highlight changes (QUndoStack): create, edit, recolour, re-attach, delete.

The change is written before the command is pushed (so a failed write never leaves a
command on the stack); undo and redo then put back whole Annotation snapshots. A write
that fails later (a full disk) is reported through ``report`` and changes nothing."""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from reader.core.annotations.store import Annotation, AnnotationError
from reader.core.library.facade import Library


class _Command(QUndoCommand):
    def __init__(self, text: str, library: Library, refresh: Callable[[], None],
                 report: Callable[[str], None]):
        super().__init__(text)
        self.library, self.refresh, self.report = library, refresh, report
        self._applied = True  # the first redo() only redraws: the change is already saved

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except AnnotationError as exc:
            self.report(str(exc))
        self.refresh()

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            self.refresh()
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)

    def do(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class CreateHighlight(_Command):
    def __init__(self, library, refresh, report, annotation: Annotation):
        super().__init__(f"highlight ({annotation.color})", library, refresh, report)
        self.annotation = annotation

    def do(self) -> None:
        self.library.annotations.restore(self.annotation)

    def revert(self) -> None:
        self.library.annotations.delete(self.annotation.uid)


class ChangeHighlight(_Command):
    """Any change from one snapshot to another (note, tags, colour, re-attach)."""

    def __init__(self, library, refresh, report, before: Annotation, after: Annotation,
                 text: str):
        super().__init__(text, library, refresh, report)
        self.before, self.after = before, after

    def do(self) -> None:
        self.library.annotations.restore(self.after)

    def revert(self) -> None:
        self.library.annotations.restore(self.before)


class DeleteHighlight(_Command):
    def __init__(self, library, refresh, report, annotation: Annotation):
        super().__init__("delete highlight", library, refresh, report)
        self.annotation = annotation

    def do(self) -> None:
        self.library.annotations.delete(self.annotation.uid)

    def revert(self) -> None:
        self.library.annotations.restore(self.annotation)
