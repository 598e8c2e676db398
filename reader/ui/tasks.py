"""One way to run background work: ``TaskRunner``.

Work runs on a few long-lived threads ("lanes"), never a thread per call:
- ``Lane.STORE``: one worker for everything that writes the store or the index (loading,
  indexing, adding files, events, re-anchoring), so writes never race;
- ``Lane.QUERY``: one worker for reads that must not wait behind a long index update
  (search queries, opening a large article);
- ``Lane.POOL``: a small pool for independent work only.

A task submitted with a ``key`` supersedes the previous task with that key: a queued one is
skipped, a running one is told to stop (its ``progress`` callback raises ``Cancelled``) and
its result is dropped. Results, progress and errors come back on the GUI thread.
"""
from __future__ import annotations

import enum
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from reader.ui.daemon_pool import DaemonPool

#: progress(done, total, label); raises Cancelled once the task was superseded
Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside a task whose result nobody wants any more."""


class Lane(enum.Enum):
    STORE = "store"
    QUERY = "query"
    POOL = "pool"


_LANE_THREADS = {Lane.STORE: 1, Lane.QUERY: 1, Lane.POOL: 2}


class Task:
    def __init__(self, runner: "TaskRunner", func: Callable[[Progress], Any], label: str,
                 key: str | None, show_progress: bool,
                 on_done: Callable[[Any], None] | None,
                 on_error: Callable[[str], None] | None,
                 on_progress: Callable[[int, int, str], None] | None = None):
        self.runner = runner
        self.func = func
        self.label = label
        self.key = key
        self.show_progress = show_progress
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.cancelled = False
        self.finished = False

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, done: int, total: int, label: str) -> None:
        if self.cancelled:
            raise Cancelled
        if self.show_progress or self.on_progress:
            self.runner._report.emit(self, ("progress", (done, total, label)))

    def _run(self) -> None:  # on a worker thread
        if self.cancelled:
            self.runner._report.emit(self, ("cancelled", None))
            return
        try:
            result = self.func(self._progress)
        except Cancelled:
            self.runner._report.emit(self, ("cancelled", None))
        except Exception as exc:  # surfaced to the user, never lost in a thread
            traceback.print_exc()
            self.runner._report.emit(self, ("failed", f"{type(exc).__name__}: {exc}"))
        else:
            self.runner._report.emit(self, ("done", result))


class TaskRunner(QObject):
    progress = Signal(str, int, int)     # label, done, total (of tasks that show progress)
    busyChanged = Signal(bool)           # some task that shows progress is running
    failed = Signal(str, str)            # label, message (tasks without their own on_error)
    finished = Signal()                  # a task finished (done, failed or cancelled)

    _report = Signal(object, object)     # worker → GUI thread (queued)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._executors = {lane: DaemonPool(count, f"reader-{lane.value}")
                           for lane, count in _LANE_THREADS.items()}
        self._by_key: dict[str, Task] = {}
        self._pending: set[Task] = set()
        self._report.connect(self._on_report)
        self._closed = False
        self.abandoned = False

    def submit(self, func: Callable[[Progress], Any], *, label: str = "",
               lane: Lane = Lane.STORE, key: str | None = None, show_progress: bool = False,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[str], None] | None = None,
               on_progress: Callable[[int, int, str], None] | None = None) -> Task:
        """Run ``func(progress)`` on a lane; ``on_done(result)`` runs on the GUI thread."""
        if key is not None and key in self._by_key:
            self._by_key.pop(key).cancel()
        task = Task(self, func, label, key, show_progress, on_done, on_error, on_progress)
        if self._closed:  # shut down (the window is closing): nothing new starts
            task.cancelled = task.finished = True
            return task
        if key is not None:
            self._by_key[key] = task
        was_busy = self.busy
        self._pending.add(task)
        if show_progress and not was_busy:
            self.busyChanged.emit(True)
        self._executors[lane].submit(task._run)
        return task

    def cancel(self, key: str) -> None:
        task = self._by_key.pop(key, None)
        if task is not None:
            task.cancel()

    @property
    def busy(self) -> bool:
        return any(t.show_progress for t in self._pending)

    def running(self, key: str) -> bool:
        return key in self._by_key

    def idle(self) -> bool:
        return not self._pending

    def _on_report(self, task: Task, report: tuple[str, Any]) -> None:
        kind, value = report
        if kind == "progress":
            if not task.cancelled:
                if task.show_progress:
                    self.progress.emit(task.label, *value[:2])
                if task.on_progress is not None:
                    task.on_progress(*value)
            return
        task.finished = True
        self._pending.discard(task)
        if task.key is not None and self._by_key.get(task.key) is task:
            del self._by_key[task.key]
        try:
            if task.cancelled or kind == "cancelled":
                pass
            elif kind == "done":
                if task.on_done is not None:
                    task.on_done(value)
            elif task.on_error is not None:
                task.on_error(value)
            else:
                self.failed.emit(task.label, value)
        finally:
            if task.show_progress and not self.busy:
                self.busyChanged.emit(False)
            self.finished.emit()

    def shutdown(self, wait: bool = True) -> None:
        """Stop: queued work is dropped, running work is asked to stop, threads end."""
        self._closed = True
        # Work still under way that nobody waits for (quitting, issue 14): see app.leave.
        self.abandoned = self.abandoned or (bool(self._pending) and not wait)
        for task in list(self._pending):
            task.cancel()
        for executor in self._executors.values():
            executor.shutdown(wait=wait)
        self._pending.clear()
        self._by_key.clear()
