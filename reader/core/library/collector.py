"""The cyclic garbage collector held off while a big first import lists its files.

Listing 10,000 files creates ~50,000 objects that all live on (entries, jobs, paths) and
hold no reference cycles; the collector would walk the growing heap again and again —
~100 young and one full collection, 10–15 % of the listing's time (issue 15). Reference
counting still frees everything short-lived meanwhile; the collector resumes afterwards.
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Nested and concurrent uses are counted: the last one out restores what was."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
