"""Where the memory of an open book goes (issue 14): RSS split into anonymous heap and
mapped files, step by step, with the Python heap's share (tracemalloc) and what
``gc.collect()`` and glibc's ``malloc_trim(0)`` give back.

    python -m bench.books_memory [--size 5]

Steps: the window shown (baseline); the novel opened (loaded, cleaned, shown); its lazy
layout finished; a toggle to Taiwan phrases and back; the pane cleared; the library's
caches dropped. Each step prints VmRSS / RssAnon / RssFile (MB) and traced Python MB.
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench.novel import write_novel

OUT = Path(__file__).resolve().parent / "out"


def status_mb() -> dict:
    values = {}
    for line in open("/proc/self/status"):
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile"):
            values[key] = round(int(rest.split()[0]) / 1024, 1)
    return values


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
        "fordblks", "keepcost")]


def malloc_info() -> dict:
    """glibc's heap: in use (malloc'd, incl. Python's arenas) and free-but-kept, MB."""
    try:
        mallinfo2 = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):
        return {}
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return {"heap_in_use": round((info.uordblks + info.hblkhd) / 2**20, 1),
            "heap_free_kept": round(info.fordblks / 2**20, 1),
            "py_blocks_k": sys.getallocatedblocks() // 1000}


def malloc_trim() -> bool:
    try:
        return bool(ctypes.CDLL("libc.so.6").malloc_trim(0))
    except (OSError, AttributeError):
        return False


def child(novel: Path, trace: bool) -> list[dict]:  # noqa: C901 (one scenario, top to bottom)
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from reader.ui.heap import tune_allocator
    tune_allocator()  # as reader.ui.app does at start
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from reader.core.library.facade import Library, Script
    from reader.ui.main_window import MainWindow

    def settle(seconds: float):
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            # As the running event loop would: documents a pane replaced are deleted.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def wait_for(condition, limit: float = 300.0):
        end = time.perf_counter() + limit
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError("step never finished")
            app.processEvents()

    steps: list[dict] = []

    def step(name: str, collect: bool = True):
        row = {"step": name, **status_mb(), **malloc_info()}
        if trace:
            row["traced_mb"] = round(tracemalloc.get_traced_memory()[0] / 2**20, 1)
        if collect:
            gc.collect()
            row["after_gc"] = status_mb()["RssAnon"]
            malloc_trim()
            row["after_trim"] = status_mb()["RssAnon"]
        steps.append(row)

    data_dir, library_dir = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    (library_dir / novel.name).write_bytes(novel.read_bytes())
    window = MainWindow(Library(library_dir, data_dir),
                        QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat))
    window.jobs.start_indexing = lambda rebuild=False: None
    window.events.start = lambda: None
    window.resize(1200, 800)
    window.show()
    settle(0.5)
    step("window shown")
    warm_opencc()
    if trace:
        tracemalloc.start(1)
    step("OpenCC dictionaries loaded (baseline)")
    loaded = []
    window.libraryLoaded.connect(lambda: loaded.append(1))
    window.start_loading()
    wait_for(lambda: loaded)
    library, workspace = window.library, window.workspace
    article = library.articles.all()[0].id
    pane = workspace.pane_named("left")
    wait_for(lambda: pane.article_id == article)
    settle(0.5)
    step("novel open (first screen laid out)", collect=False)
    if trace:
        sites = tracemalloc.take_snapshot().statistics("filename")[:10]
        steps.append({"step": "python heap of the open novel, by module (MB)",
                      "sites": [(s.traceback[0].filename.split("/reader/")[-1],
                                 round(s.size / 2**20, 2)) for s in sites]})
    step("  after gc + malloc_trim")
    layout = pane.document().documentLayout()
    wait_for(lambda: layout.documentSize().height() > 0 and not _layout_pending(pane))
    step("lazy layout finished")
    workspace.set_script(Script.TAIWAN, "left")
    wait_for(lambda: pane.script is Script.TAIWAN)
    settle(0.5)
    step("toggled to Taiwan phrases")
    workspace.set_script(Script.ORIGINAL, "left")
    wait_for(lambda: pane.script is Script.ORIGINAL)
    settle(0.5)
    step("toggled back")
    if trace:
        after = tracemalloc.take_snapshot()
        top = after.statistics("lineno")[:12]
        steps.append({"step": "python heap, largest sites (MB)",
                      "sites": [(str(s.traceback[0]), round(s.size / 2**20, 2)) for s in top]})
    workspace.clear("left")
    settle(0.5)
    step("pane cleared (library caches kept)")
    library.articles._documents.clear()
    library.articles._views.clear()
    step("library's document and view caches dropped")
    if os.environ.get("BOOKS_MALLOCSTATS"):
        sys._debugmallocstats()
    return steps


def warm_opencc() -> None:
    """Load the OpenCC dictionaries (~45 MB, once per process, whichever article first
    needs a conversion or a script-folded find): part of the app's baseline, not the book's."""
    from reader.core.text import opencc_bridge
    for config in opencc_bridge.CONFIGS:
        opencc_bridge.convert("汉字", config)


def _layout_pending(pane) -> bool:
    """Qt lays a document out in steps between events; done when the last block has a
    layout."""
    document = pane.document()
    last = document.lastBlock()
    return not last.layout().lineCount()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=float, default=5)
    parser.add_argument("--trace", action="store_true", help="tracemalloc (slow)")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child), args.trace)), flush=True)
        os._exit(0)
    novel = write_novel(OUT / f"novel-{args.size:g}mb.txt", args.size)
    run = subprocess.run([sys.executable, "-m", "bench.books_memory", "--child", str(novel)]
                         + (["--trace"] if args.trace else []), capture_output=True, text=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=1800)
    if run.returncode != 0:
        raise SystemExit(run.stderr[-3000:])
    for row in json.loads(run.stdout.strip().splitlines()[-1]):
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
