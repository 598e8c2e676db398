"""Giving freed heap back to the operating system after a big load (issue 14).

Reading and cleaning a 5 MB novel churns through ~150 MB of short-lived objects on a
worker; CPython frees them, but glibc keeps the pages in its arenas, so the process looked
~150 MB bigger for as long as it ran. ``malloc_trim(0)`` returns them, and a fixed mmap
threshold keeps big blocks (a book's texts) out of the heap, where small survivors pinned the
pages around them (another ~25 MB; measured: bench/books_memory.py). Elsewhere than glibc
this does nothing.
"""
from __future__ import annotations

import ctypes

_libc = None


def _malloc_trim():
    global _libc
    if _libc is None:
        try:
            # By its usual name: find_library runs ldconfig in a subprocess (~0.1–0.4 s).
            _libc = ctypes.CDLL("libc.so.6")
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


#: glibc's mallopt parameter, and the size from which a block gets its own mapping.
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 256 * 1024


def tune_allocator() -> bool:
    """Big blocks in their own mappings, given back as soon as they are freed (glibc raises
    the threshold by itself after the first big free, up to 32 MB, which kept a book's
    freed texts in the heap). Called once at start; whether it could be done."""
    if _malloc_trim() is None:
        return False
    try:
        return bool(_libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))
    except AttributeError:
        return False
