"""A fixed pool of daemon worker threads for the task runner's lanes (issue 14).

``concurrent.futures.ThreadPoolExecutor`` joins its threads when the interpreter exits, so
quitting Reader while a book was being indexed waited for the indexing step under way
(0.4–1.1 s, seconds before). These threads are daemons: quitting cancels what is queued,
asks what runs to stop, and never waits for it. What a worker writes is transactional
(SQLite, the search index's commit), so a write cut short by the exit is not kept, never
half kept.
"""
from __future__ import annotations

import queue
import threading
import traceback
from typing import Callable


class DaemonPool:
    def __init__(self, count: int, name: str):
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"{name}_{i}", daemon=True)
                         for i in range(count)]
        self._started = self._closed = False
        self._lock = threading.Lock()

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            if self._closed:
                return
            if not self._started:  # threads start with the first job, as in an executor
                self._started = True
                for thread in self._threads:
                    thread.start()
        self._jobs.put(job)

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                job()
            except BaseException:  # a job reports its own errors; never lose a worker
                traceback.print_exc()

    def shutdown(self, wait: bool = True) -> None:
        """Drop queued jobs and end the threads once their current job is over; ``wait``
        joins them (tests, which remove the files the jobs use)."""
        with self._lock:
            closing, self._closed = not self._closed, True  # no job is taken after this
        if not self._started:
            return
        if closing:  # once: a second call must not drain the ends the first one queued
            while True:
                try:
                    self._jobs.get_nowait()
                except queue.Empty:
                    break
            for _ in self._threads:
                self._jobs.put(None)
        if wait:
            for thread in self._threads:
                if thread is not threading.current_thread():
                    thread.join()
