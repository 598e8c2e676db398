"""Bad input and bad days: every bad file is reported and the rest loads; nothing remote is
fetched, nothing executed; killed processes and full or read-only disks lose nothing."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from reader.cli import main
from reader.core.annotations.store import AnnotationError
from reader.core.library.facade import Library
from tests.conftest import seed_text


@pytest.fixture
def bad_library(tmp_path):
    """A library of every kind of trouble, next to three good articles."""
    root = tmp_path / "bad"
    root.mkdir()
    rng = __import__("random").Random(7)
    (root / "random.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (root / "truncated.txt").write_bytes("阿里巴巴国际站的流量。".encode("utf-8")[:-2] * 3
                                         + "阿里巴巴国际站的流量运营。".encode("utf-8") * 20)
    (root / "gbk.txt").write_bytes(seed_text("000").encode("gbk", "replace"))
    (root / "big5.txt").write_bytes(seed_text("004").replace("墻", "牆").encode("big5",
                                                                              "replace"))
    (root / "utf16-bom.txt").write_bytes(seed_text("002").encode("utf-16"))
    (root / "utf16-nobom.txt").write_bytes(seed_text("003").encode("utf-16-le"))
    (root / "empty.txt").write_bytes(b"")
    (root / "page.html").write_text(
        "<html><head><title>Página</title><script>fetch('http://evil.example/x')</script>"
        "</head><body><p>Texto <img src='http://evil.example/pixel.png'> del artículo con "
        "<a href='javascript:alert(1)'>un enlace</a>.</p><p>Segundo párrafo, tienda.</p>"
        "</body></html>", "utf-8")
    (root / "good.md").write_text("# Bueno\n\nUn artículo en español sobre la tienda.", "utf-8")
    locked = root / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text("看不见", "utf-8")
    return root


def _deny_folder(monkeypatch, folder):
    """Root reads any folder; make one unreadable the way the kernel would say it."""
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == os.fspath(folder):
            raise PermissionError(13, "Permission denied", os.fspath(folder))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_every_bad_file_is_reported_and_the_rest_loads(bad_library, data_dir, monkeypatch,
                                                       capsys):
    _deny_folder(monkeypatch, bad_library / "locked")
    assert main(["list", "--json", "--library", str(bad_library), "--data-dir",
                 str(data_dir)]) == 0
    payload = json.loads(capsys.readouterr().out)
    paths = {a["path"]: a for a in payload["articles"]}
    errors = {e["path"]: e["reason"] for e in payload["errors"]}
    assert set(paths) == {"truncated.txt", "gbk.txt", "big5.txt", "utf16-bom.txt",
                          "utf16-nobom.txt", "page.html", "good.md"}
    assert {"random.txt", "empty.txt"} <= set(errors) and errors["empty.txt"] == "empty file"
    assert any("locked" in path and "permission" in reason for path, reason in errors.items())
    assert paths["gbk.txt"]["language"] == "zh-Hans"
    assert paths["big5.txt"]["language"] == paths["utf16-nobom.txt"]["language"] == "zh-Hant"
    assert paths["utf16-bom.txt"]["language"] == "es"


def test_html_is_text_only_nothing_fetched_or_run(bad_library, data_dir):
    library = Library(bad_library, data_dir)
    library.load()
    text = library.articles.document("page.html").text
    assert "Texto del artículo con un enlace." in text
    assert "evil" not in text and "fetch" not in text and "javascript" not in text
    assert library.articles.info("page.html").title == "Página"


def test_the_app_reports_bad_files_and_shows_the_good_ones(bad_library, data_dir, qtbot,
                                                           monkeypatch):
    from PySide6.QtCore import QSettings

    _deny_folder(monkeypatch, bad_library / "locked")
    from reader.ui.main_window import MainWindow
    window = MainWindow(Library(bad_library, data_dir),
                        QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        window.start_loading()
    assert window.library_panel.model.rowCount() == 7
    assert "could not be read" in window.status_label.text()
    assert window.action("errors").isEnabled()
    qtbot.waitUntil(window.tasks.idle, timeout=30000)
    window.tasks.shutdown()


def test_a_50_mb_article_loads(tmp_path, data_dir):
    root = tmp_path / "big"
    root.mkdir()
    paragraphs = [p for p in seed_text("002").split("\n\n") if len(p) > 80]
    size = sum(len(p.encode()) + 12 for p in paragraphs)
    body = "".join(f"({n}) {p}\n\n" for n in range(50_000_000 // size + 1) for p in paragraphs)
    (root / "huge.txt").write_text("Un artículo enorme\n\n" + body, "utf-8")
    assert (root / "huge.txt").stat().st_size > 49_000_000
    library = Library(root, data_dir)
    started = time.perf_counter()
    result = library.load()
    assert [a.title for a in result.articles] == ["Un artículo enorme"]
    assert result.articles[0].chars > 45_000_000
    assert time.perf_counter() - started < 120


def test_a_file_that_disappears_while_indexing(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    (seeds_dir / "002_d232c155dda96fdd.txt").unlink()
    library.articles._documents.clear()  # as after a restart: the text must be read again
    report = library.search.update_index()
    assert report.added == 4 and any("002_" in m for m in report.messages)
    assert library.search.query("国际站").total == 2
    library.close()


INDEXER = textwrap.dedent("""
    import sys
    from reader.core.library.facade import Library
    library = Library(sys.argv[1], sys.argv[2])
    library.load()
    library.search.update_index(progress=lambda done, total, name: print(done, flush=True))
""")


def test_sigkill_during_indexing_is_recovered_on_the_next_start(tmp_path, data_dir):
    from bench.corpus import generate
    corpus = tmp_path / "corpus"
    generate(1200, corpus)
    for attempt in range(3):
        proc = subprocess.Popen([sys.executable, "-c", INDEXER, str(corpus), str(data_dir)],
                                stdout=subprocess.PIPE, text=True)
        # Kill it in the middle of a batch: after 150, 550, 950 documents.
        target = 150 + 400 * attempt
        while int(proc.stdout.readline() or target) < target:
            pass
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    library = Library(corpus, data_dir)
    library.load()
    report = library.search.update_index()  # no user action: resumes or rebuilds by itself
    assert len(library.search.index.indexed()) == 1200
    assert library.search.query("阿里巴巴").total > 0
    assert report.added + report.updated <= 1200
    library.close()


def test_full_disk_while_saving_a_highlight_keeps_what_was_saved(seeds_dir, data_dir,
                                                                 monkeypatch):
    library = Library(seeds_dir, data_dir)
    library.load()
    kept = library.annotations.add("000", 0, 6, note="已保存").annotation
    store = library.annotations.store

    class FullDisk:
        """The connection as SQLite behaves when the disk fills up during a write."""

        def __init__(self, db):
            self.db = db

        def execute(self, sql, *args):
            if sql.startswith(("INSERT", "UPDATE")):
                raise sqlite3.OperationalError("database or disk is full")
            return self.db.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self.db, name)

    monkeypatch.setattr(store, "_db", FullDisk(store._db))
    with pytest.raises(AnnotationError, match="disk is full.*nothing saved earlier was lost"):
        library.annotations.add("000", 10, 20).annotation
    monkeypatch.undo()
    assert [a.uid for a in library.annotations.for_article("000")] == [kept.uid]
    assert library.annotations.store.integrity() == "ok"
    library.close()


def test_read_only_data_folder_gives_a_clear_message(seeds_dir, tmp_path, monkeypatch, capsys):
    data = tmp_path / "ro"
    data.mkdir()
    real_connect = sqlite3.connect

    def read_only(path, *args, **kwargs):
        if str(path).startswith(str(data)):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real_connect(path, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    # Reading still works (the metadata cache falls back to memory) …
    assert main(["list", "--json", "--library", str(seeds_dir), "--data-dir", str(data)]) == 0
    assert len(json.loads(capsys.readouterr().out)["articles"]) == 5
    # … and writing a highlight says why it cannot.
    assert main(["annotations", "add", "000", "0", "5", "--library", str(seeds_dir),
                 "--data-dir", str(data)]) == 1
    assert "cannot open the annotation database" in capsys.readouterr().err
