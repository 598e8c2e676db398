"""Undoable highlight changes (QUndoStack): create, edit, recolour, re-attach, delete.

The change is written before the command is pushed (so a failed write never leaves a
command on the stack); undo and redo then put back whole Annotation snapshots. Every write
returns ``Changes``, handed to ``apply`` so views redraw only what changed. A write that
fails later (a full disk) is reported through ``report`` and changes nothing."""
from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from reader.core.library.facade import Annotation, AnnotationError, Changes, Library


class _Command(QUndoCommand):
    def __init__(self, text: str, library: Callable[[], Library],
                 apply: Callable[[Changes], None], report: Callable[[str], None],
                 first: Changes):
        super().__init__(text)
        self._library, self.apply, self.report = library, apply, report
        self._first: Changes | None = first  # already saved: the first redo() only shows it

    @property
    def library(self) -> Library:
        return self._library()

    def _run(self, action: Callable[[], Changes]) -> None:
        try:
            self.apply(action())
        except AnnotationError as exc:
            self.report(str(exc))

    def redo(self) -> None:
        if self._first is not None:
            first, self._first = self._first, None
            self.apply(first)
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)

    def do(self) -> Changes:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self) -> Changes:  # pragma: no cover - overridden
        raise NotImplementedError


class CreateHighlight(_Command):
    def __init__(self, library, apply, report, changes: Changes):
        self.annotation: Annotation = changes.annotation
        super().__init__(f"highlight ({self.annotation.color})", library, apply, report,
                         changes)

    def do(self) -> Changes:
        return self.library.annotations.restore(self.annotation)

    def revert(self) -> Changes:
        return self.library.annotations.delete(self.annotation.uid)


class ChangeHighlight(_Command):
    """Any change from one snapshot to another (note, tags, colour, re-attach)."""

    def __init__(self, library, apply, report, changes: Changes, before: Annotation,
                 text: str):
        super().__init__(text, library, apply, report, changes)
        self.before, self.after = before, changes.annotation

    def do(self) -> Changes:
        return self.library.annotations.restore(self.after)

    def revert(self) -> Changes:
        return self.library.annotations.restore(self.before)


class DeleteHighlight(_Command):
    def __init__(self, library, apply, report, changes: Changes, annotation: Annotation):
        super().__init__("delete highlight", library, apply, report, changes)
        self.annotation = annotation

    def do(self) -> Changes:
        return self.library.annotations.delete(self.annotation.uid)

    def revert(self) -> Changes:
        return self.library.annotations.restore(self.annotation)
