"""App benchmarks: cold start to first paint, warm start with a large library, script toggle,
peak memory — each against a bare PySide6 baseline measured in the same run.

    python -m bench.app [--runs 5] [--large bench/out/corpus-10000]

Every figure is the median of several runs in fresh processes (offscreen Qt platform, so the
numbers do not depend on a display server).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")

# Peak resident memory of this process: VmHWM starts afresh at exec, unlike ru_maxrss,
# which Linux carries over from the (large) benchmark process that forked it.
_PEAK = """
def _peak_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
"""

_FIRST_PAINT = _PEAK + """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QThread, QTimer
from PySide6.QtWidgets import QApplication
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("PAINT", time.time(), flush=True)
            app.removeEventFilter(self)
            if QThread.currentThread().loopLevel() == 0:
                # painted from the start-up's processEvents(), before app.exec(): a quit
                # now would be lost and the process would run on, so end it here
                print("RSS", _peak_kb(), flush=True)
                os._exit(0)
            QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)
"""

BARE = _FIRST_PAINT + """
from PySide6.QtWidgets import QMainWindow
window = QMainWindow(); window.resize(1200, 800); window.show()
app.exec()
print("RSS", _peak_kb())
"""

READER = _FIRST_PAINT + """
from reader.ui.app import run_gui
run_gui(sys.argv[1], sys.argv[2])
"""

# The first paint of the full main window (after the start-up frame).
READER_MAIN = READER.replace(
    "if event.type() == QEvent.Type.Paint:",
    "if event.type() == QEvent.Type.Paint and type(obj.window()).__name__ == 'MainWindow':")

READER_LOADED = _PEAK + """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.core.library.facade import Library
from reader.ui.app import create_window
app = QApplication(sys.argv[:1])
window = create_window(Library(sys.argv[1], sys.argv[2]))
def loaded():
    print("LOADED", time.time(), flush=True)
    QTimer.singleShot(0, app.quit)
window.libraryLoaded.connect(loaded)
window.jobs.start_indexing = lambda *a, **k: None   # measure loading alone
window.events.start = lambda: None
window.show()
QTimer.singleShot(0, window.start_loading)
app.exec()
print("RSS", _peak_kb())
"""


def _run(code: str, *args: str, marker: str) -> tuple[float, int | None]:
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=ENV, timeout=900).stdout
    stamp = next(float(line.split()[1]) for line in out.splitlines() if line.startswith(marker))
    rss = next((int(line.split()[1]) for line in out.splitlines() if line.startswith("RSS")),
               None)
    return stamp - started, rss


def cold_start(runs: int, library: Path) -> dict:
    """First paint of a Reader window (the start-up frame), and of the full main window."""
    bare, reader, main_window = [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as data:
            bare.append(_run(BARE, marker="PAINT")[0])
            reader.append(_run(READER, str(library), data, marker="PAINT")[0])
            main_window.append(_run(READER_MAIN, str(library), data, marker="PAINT")[0])
    b, r, m = (statistics.median(x) for x in (bare, reader, main_window))
    return {"bare_ms": round(b * 1000), "reader_ms": round(r * 1000), "ratio": round(r / b, 2),
            "main_window_ms": round(m * 1000), "main_window_ratio": round(m / b, 2)}


def warm_start(runs: int, library: Path) -> dict:
    with tempfile.TemporaryDirectory() as data:
        cold, _ = _run(READER_LOADED, str(library), data, marker="LOADED")
        warm, rss = [], []
        for _ in range(runs):
            seconds, peak = _run(READER_LOADED, str(library), data, marker="LOADED")
            warm.append(seconds)
            rss.append(peak)
    bare_rss = statistics.median(_run(BARE, marker="PAINT")[1] for _ in range(runs))
    return {"articles": len(list(library.glob("*.txt"))), "first_load_s": round(cold, 2),
            "warm_load_s": round(statistics.median(warm), 2),
            "peak_rss_mb": round(statistics.median(rss) / 1024), "bare_rss_mb":
                round(bare_rss / 1024), "rss_ratio": round(statistics.median(rss) / bare_rss, 2)}


def script_toggle(runs: int, highlights: int) -> dict:
    """Toggle the longest seed between scripts with highlights shown, against a plain
    setPlainText of the same text."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTextEdit

    from reader.core.library.facade import Library
    from reader.core.library.paths import bundled_library
    from reader.core.text.script import Script
    from reader.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as data:
        library = Library(bundled_library(), data)
        library.load()
        longest = max(library.articles.all(), key=lambda a: a.chars)
        text = library.articles.document(longest.id).text
        step = max(1, len(text) // max(highlights, 1))
        for i in range(highlights):
            start = (i * step) % (len(text) - 10)
            if text[start:start + 6].strip():
                library.annotations.add(longest.id, start, start + 6).annotation
        window = MainWindow(library, QSettings(str(Path(data) / "ui.ini"),
                                               QSettings.Format.IniFormat))
        window.resize(1200, 800)
        window.show()
        window.library_panel.model.set_articles(library.articles.all())
        window.open_article(longest.id)
        scripts = [Script.TRADITIONAL, Script.SIMPLIFIED, Script.ORIGINAL]
        toggles = []
        for i in range(runs * 3):
            started = time.perf_counter()
            window.workspace.set_script(scripts[i % 3])
            app.processEvents()
            toggles.append(time.perf_counter() - started)
        plain = QTextEdit()
        plain.resize(1200, 800)
        plain.show()
        sets = []
        for _ in range(runs * 3):
            started = time.perf_counter()
            plain.setPlainText(text)
            app.processEvents()
            sets.append(time.perf_counter() - started)
        shown = len(window.pane.highlights)
        window.close()
        library.close()
    t, p = statistics.median(toggles), statistics.median(sets)
    return {"article_chars": len(text), "highlights": shown, "toggle_ms": round(t * 1000, 1),
            "set_plain_text_ms": round(p * 1000, 1), "ratio": round(t / p, 2)}


def compile_reader() -> None:
    """Byte-code caches as a user's install has them (pip compiles on install): in a shell
    with PYTHONDONTWRITEBYTECODE=1 every module changed since the last compile would
    otherwise be compiled again at each measured start (~0.25 s, issue 15)."""
    import compileall

    import reader
    compileall.compile_dir(Path(reader.__file__).parent, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large", type=Path, default=None)
    args = parser.parse_args()
    compile_reader()
    from reader.core.library.paths import bundled_library
    result = {"cold_start": cold_start(args.runs, bundled_library()),
              "toggle_100": script_toggle(args.runs, 100),
              "toggle_1000": script_toggle(args.runs, 1000)}
    if args.large:
        result["warm_start_large"] = warm_start(max(3, args.runs // 2), args.large)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
