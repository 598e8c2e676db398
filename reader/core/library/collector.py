"""The cyclic garbage collector held off while many objects that all live on are made.

Listing 10,000 files or reading a 10,000-article listing at start creates ~20,000–50,000
objects (entries, jobs, paths, records) that hold no reference cycles; every 700 new
containers start a collection, and the older generations' collections walk the whole,
growing heap again and again (issue 15: 10–15 % of a first import's listing; a listing's
decode took 34 ms with the collector running, 17 ms with it paused). Reference counting
still frees everything short-lived meanwhile; the collector resumes afterwards.

Pauses are counted across threads (the start-up shell, the loading thread): the collector
runs again when the last one ends, and only if it was running before the first.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

_lock = threading.Lock()
_holders = 0
_was_enabled = False


def pause_collector() -> Callable[[], None]:
    """Pause it until the returned function is called (the first call counts; later calls
    do nothing)."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    released = False

    def release() -> None:
        global _holders
        nonlocal released
        with _lock:
            if released:
                return
            released = True
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
    return release


@contextmanager
def collector_paused() -> Iterator[None]:
    release = pause_collector()
    try:
        yield
    finally:
        release()
