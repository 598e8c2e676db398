import uuid
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from reader.core.annotations.store import COLORS, AnnotationError, AnnotationStore
from reader.core.library.facade import Library
from reader.core.annotations.notes import render_note


@pytest.fixture
def library(seeds_dir, data_dir):
    lib = Library(seeds_dir, data_dir)
    lib.load()
    yield lib
    lib.close()


def test_create_update_delete_restore(library):
    text = library.articles.document("003").text
    start = text.index("流量運營")
    a = library.annotations.add("003", start, start + 4, "green", "**重要**", ["流量", "#流量", "x y"]).annotation
    assert a.exact == "流量運營" and a.tags == ("流量", "x y")
    assert a.prefix == text[max(0, start - 32):start] and a.suffix == text[start + 4:start + 36]
    changed = library.annotations.update(a.uid, color="pink", note="新", tags=["z"]).annotation
    assert (changed.color, changed.note, changed.tags) == ("pink", "新", ("z",))
    library.annotations.delete(a.uid)
    assert library.annotations.for_article("003") == []
    library.annotations.restore(changed)
    assert [x.uid for x in library.annotations.for_article("003")] == [a.uid]


def test_bad_requests_are_refused_with_a_message(library):
    with pytest.raises(AnnotationError, match="not a range"):
        library.annotations.add("000", 10, 5).annotation
    with pytest.raises(AnnotationError, match="colour"):
        library.annotations.add("000", 0, 5, color="red").annotation
    assert set(COLORS) == {"yellow", "green", "blue", "pink", "purple"}


def test_highlights_survive_an_edited_file(library, seeds_dir):
    text = library.articles.document("000").text
    start = text.index("阿里巴巴以投资控股")
    kept = library.annotations.add("000", start, start + 9, note="入局").annotation
    gone_start = text.index("有兴趣的朋友")
    gone = library.annotations.add("000", gone_start, gone_start + 12).annotation
    path = seeds_dir / "000_ff02d452e9ff2108.txt"
    raw = path.read_text("utf-8")
    raw = "新增的一行开头。\n" + raw.replace("有兴趣的朋友,可以点击下方链接回顾下被投诉的文章。\n", "")
    path.write_text(raw, "utf-8")
    library.load()
    by_uid = {a.uid: a for a in library.annotations.for_article("000")}
    new_text = library.articles.document("000").text
    placed = by_uid[kept.uid]
    assert not placed.orphan and new_text[placed.start:placed.end] == "阿里巴巴以投资控股"
    assert placed.start != kept.start
    assert by_uid[gone.uid].orphan and by_uid[gone.uid].exact == gone.exact
    # An orphan can be re-attached by selecting new text.
    target = new_text.index("投诉")
    again = library.annotations.reattach(gone.uid, target, target + 2).annotation
    assert not again.orphan and again.exact == "投诉"


def test_highlights_are_stored_against_reading_text_and_survive_script_views(library):
    text = library.articles.document("004").text
    start = text.index("淘小鋪")
    a = library.annotations.add("004", start, start + 3).annotation
    view = library.articles.view("004", "simplified")
    view_start, view_end = view.from_reading.range_to_target(a.start, a.end)
    assert view.text[view_start:view_end] == "淘小铺"


def test_markdown_export_reading_order_and_orphans(library):
    text = library.articles.document("000").text
    second = text.index("收割企业")
    first = text.index("富通天下")
    library.annotations.add("000", second, second + 4, "blue", "第二", ["标签 一"]).annotation
    library.annotations.add("000", first, first + 4, "yellow", "第一").annotation
    exported = library.annotations.export("markdown", "000")
    assert exported.startswith("# 阿里巴巴国际站,究竟意欲何为?\n")
    assert exported.index("> 富通天下") < exported.index("> 收割企业")
    assert "#标签-一" in exported and "colour: blue" in exported


def test_json_export_is_w3c_and_import_is_idempotent(library, data_dir, seeds_dir, tmp_path):
    text = library.articles.document("002").text
    start = text.index("Taoxiaopu")
    a = library.annotations.add("002", start, start + 9, "purple", "nota", ["es"]).annotation
    payload = json.loads(library.annotations.export("json"))
    item = payload["first"]["items"][0]
    assert payload["type"] == "AnnotationCollection" and item["type"] == "Annotation"
    assert item["id"] == f"urn:uuid:{uuid.UUID(a.uid)}"
    selectors = {s["type"]: s for s in item["target"]["selector"]}
    assert selectors["TextPositionSelector"] == {"type": "TextPositionSelector",
                                                 "start": start, "end": start + 9}
    assert selectors["TextQuoteSelector"]["exact"] == "Taoxiaopu"
    report = library.annotations.import_w3c(payload)
    assert (report.imported, report.unchanged) == (0, 1)
    assert len(library.annotations.all()) == 1
    # Into a fresh data dir: imported once, then unchanged; anchored to the current text.
    other = Library(seeds_dir, tmp_path / "other")
    other.load()
    assert other.annotations.import_w3c(payload).imported == 1
    assert other.annotations.import_w3c(payload).imported == 0
    (imported,) = other.annotations.for_article("002")
    assert (imported.start, imported.end, imported.note) == (start, start + 9, "nota")
    other.close()


def test_import_reports_unusable_items(library):
    report = library.annotations.import_w3c({"items": [{"id": "x"}, {"nothing": 1}]})
    assert report.imported == 0 and len(report.problems) == 2


def test_schema_migrates_from_version_1(tmp_path):
    path = tmp_path / "annotations.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE annotations (uid TEXT PRIMARY KEY, article TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, exact TEXT NOT NULL,
            prefix TEXT NOT NULL, suffix TEXT NOT NULL, content_hash TEXT NOT NULL,
            color TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]',
            created TEXT NOT NULL, modified TEXT NOT NULL, orphan INTEGER NOT NULL DEFAULT 0,
            deleted INTEGER NOT NULL DEFAULT 0);
        INSERT INTO annotations VALUES ('u1', 'a', 0, 2, 'ab', '', 'c', 'h', 'green', 'n',
            '["t"]', '2026-01-01', '2026-01-01', 0, 0);
        PRAGMA user_version=1;
    """)
    db.close()
    store = AnnotationStore(path)
    (a,) = store.list()
    assert (a.uid, a.color, a.tags, a.path) == ("u1", "green", ("t",), "")
    assert store.integrity() == "ok"
    store.close()


def test_a_newer_database_is_refused_not_damaged(tmp_path):
    path = tmp_path / "annotations.sqlite"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(AnnotationError, match="newer Reader"):
        AnnotationStore(path)


def test_notes_render_safely():
    html = render_note("**b** <script>alert(1)</script> ![x](http://evil/x.png) "
                       "[ok](https://example.com) [bad](javascript:alert(1))")
    assert "<strong>b</strong>" in html and "<script" not in html
    assert "<img" not in html and 'href="https://example.com"' in html
    assert 'href="javascript' not in html


WRITER = textwrap.dedent("""
    import sys
    from reader.core.annotations.store import AnnotationStore
    store = AnnotationStore(sys.argv[1])
    text = "阿里巴巴国际站的流量运营" * 10
    for i in range(int(sys.argv[2])):
        a = store.create("article", text, i % 50, i % 50 + 5, "h", note=f"n{i}")
        print(a.uid, flush=True)
""")


def test_sigkill_during_writes_loses_nothing_committed(tmp_path):
    path = tmp_path / "annotations.sqlite"
    committed: set[str] = set()
    for round_number in range(8):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "100000"],
                                stdout=subprocess.PIPE, text=True)
        for _ in range(5 + 7 * round_number):
            committed.add(proc.stdout.readline().strip())
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        store = AnnotationStore(path)
        assert store.integrity() == "ok"
        stored = {a.uid for a in store.list()}
        assert committed <= stored
        store.close()


def test_two_processes_writing_at_once_keep_everything(tmp_path):
    path = tmp_path / "annotations.sqlite"
    AnnotationStore(path).close()
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), "150"],
                              stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate()[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    store = AnnotationStore(path)
    assert {a.uid for a in store.list()} == set(outputs[0]) | set(outputs[1])
    assert len(store.list()) == 300 and store.integrity() == "ok"
    store.close()


def test_reanchoring_never_moves_a_highlight_onto_other_words_nor_rewrites_its_quote(
        seeds_dir, data_dir):
    """Issue 11 item 7, as reported: `ás de 10` in the Spanish seed, passage then deleted."""
    from reader.core.library.facade import Library

    (path,) = seeds_dir.glob("002_*.txt")
    library = Library(seeds_dir, data_dir)
    library.load()
    article = library.articles.resolve("002")
    text = library.articles.document(article).text
    start = text.index("ás de 10")
    made = library.annotations.add(article, start, start + len("ás de 10"), note="keep me").annotation
    moved_text = "Un párrafo nuevo.\n" + path.read_text("utf-8")
    path.write_text(moved_text, "utf-8")
    library.load()
    (placed,) = library.annotations.for_article(article)
    assert not placed.orphan and placed.exact == made.exact
    assert library.articles.document(article).text[placed.start:placed.end] == "ás de 10"

    sentence = next(line for line in moved_text.split("\n") if "ás de 10" in line)
    path.write_text(moved_text.replace(sentence, ""), "utf-8")
    library.load()
    (after,) = library.annotations.for_article(article)
    assert after.orphan, library.articles.document(article).text[after.start:after.end]
    assert (after.exact, after.prefix, after.suffix, after.note) == \
        (made.exact, made.prefix, made.suffix, "keep me")
    assert library.annotations.get(made.uid).exact == "ás de 10"  # the stored quote is untouched
    library.close()
