"""Run core work off the GUI thread; results come back through queued signals."""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal


class Job(QThread):
    """Runs ``func(progress)`` in a thread. ``progress(done, total, label)`` may be called
    from the function; it is delivered to the GUI thread as the ``progress`` signal."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, func: Callable[[Callable[[int, int, str], None]], Any],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._func = func
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:  # noqa: D401 - Qt override
        def report(done: int, total: int, label: str) -> None:
            self.progress.emit(done, total, label)
        try:
            result = self._func(report)
        except Exception as exc:  # surfaced to the user, never lost in a thread
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if not self._cancelled:
            self.succeeded.emit(result)
