"""The index's inter-process writer lock: the same lock file Whoosh's own writer takes, so
Reader's bulk writer, its ordinary writer and any other Whoosh writer exclude each other."""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path

#: Whoosh's writer locks "<indexname>_WRITELOCK"; the default index name is "MAIN".
WRITER_LOCK_NAME = "MAIN_WRITELOCK"
#: How long an update waits for another process's update before it gives up (and searches
#: what is indexed so far). A full 10k build takes well under this on the bench machine.
#: ``READER_INDEX_LOCK_WAIT_S`` lets a script (or a test) wait less than a minute.
_POLL_S = 0.05


def _wait_from_environment(default: float = 60.0) -> float:
    try:
        return max(0.0, float(os.environ.get("READER_INDEX_LOCK_WAIT_S", default)))
    except ValueError:
        return default


DEFAULT_WAIT_S = _wait_from_environment()


class IndexBusy(Exception):
    """Another process (or window) is updating the index; the message is for the user."""


@contextmanager
def writer_lock(folder: Path, wait_s: float = DEFAULT_WAIT_S):
    """Hold the index's writer lock; wait up to ``wait_s`` for another holder, then raise
    IndexBusy. Polled rather than blocking so that a stuck holder never hangs Reader."""
    from whoosh.filedb.filestore import FileStorage  # only writers need Whoosh

    lock = FileStorage(str(folder)).lock(WRITER_LOCK_NAME)
    deadline = time.monotonic() + wait_s
    while not lock.acquire(blocking=False):
        if time.monotonic() >= deadline:
            raise IndexBusy("another Reader process is updating the search index; "
                            "the search used the articles indexed so far — try again when "
                            "it has finished")
        time.sleep(_POLL_S)
    try:
        yield
    finally:
        lock.release()
