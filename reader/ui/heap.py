"""Giving freed heap back to the operating system after a big load (issue 14).

Reading and cleaning a 5 MB novel churns through ~150 MB of short-lived objects on a
worker; CPython frees them, but glibc keeps the pages in its arenas, so the process looked
~150 MB bigger for as long as it ran. ``malloc_trim(0)`` returns them (measured:
bench/books_memory.py). Elsewhere than glibc this does nothing.
"""
from __future__ import annotations

import ctypes
import ctypes.util

_libc = None


def _malloc_trim():
    global _libc
    if _libc is None:
        try:
            _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            _libc.malloc_trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            _libc = False
    return getattr(_libc, "malloc_trim", None) if _libc else None


def release_freed_heap() -> bool:
    """Hand free heap pages back to the system; whether it could be done."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
