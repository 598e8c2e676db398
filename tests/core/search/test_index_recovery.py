"""Damaged indexes, an index folder replaced by a file, and concurrent processes, with
real faults: bytes flipped in a segment file, real processes holding the writer lock or
indexing at the same time."""
import json
import os
import shutil
import subprocess
import sys

from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage

from reader.core.library.facade import Library
from reader.core.search.index import DAMAGED_MESSAGE, IndexSource, SearchIndex


def run_cli(*args):
    return subprocess.Popen([sys.executable, "-m", "reader", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8")


def finish(proc):
    out, err = proc.communicate(timeout=300)
    return proc.returncode, out, err


def indexed_library(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    library.search.update_index()
    folder = library.search.index.folder
    library.close()
    return folder


def flip(path, start, count=64):
    data = bytearray(path.read_bytes())
    for i in range(start, start + count):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def test_flipped_bytes_in_a_segment_are_detected_on_open_and_rebuilt(seeds_dir, data_dir):
    folder = indexed_library(seeds_dir, data_dir)
    (segment,) = folder.glob("*.seg")
    flip(segment, segment.stat().st_size // 2)
    common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
    code, out, err = finish(run_cli("search", "阿里巴巴", "--json", *common))
    assert code == 0 and "Traceback" not in err
    assert "rebuilt the search index" in err and "damaged" in err
    assert json.loads(out)["total"] == 4
    code, out, err = finish(run_cli("search", "阿里巴巴", "--json", *common))
    assert code == 0 and err == "" and json.loads(out)["total"] == 4  # rebuilt once


def test_damage_the_manifest_cannot_see_is_caught_while_searching(tmp_path):
    folder = tmp_path / "ix"
    index = SearchIndex(folder)
    texts = {str(i): f"第{i}篇文章，关于淘宝和拼多多。" * 20 for i in range(30)}
    sources = [IndexSource(k, k, k, "h") for k in texts]
    index.update(sources, texts.__getitem__)
    index.close()
    (segment,) = folder.glob("*.seg")
    # Damage the stored fields only, and keep the file's mtime (as bit rot would).
    with open(segment, "rb") as handle:
        storage = CompoundStorage(FileStorage(str(folder)).open_file(segment.name))
        (name,) = [n for n in storage.list() if n.endswith("_stored.col")]
        offset, length = storage.range(name)
        storage.close()
        assert handle
    stat = segment.stat()
    flip(segment, offset + length // 3, count=length // 3)
    os.utime(segment, ns=(stat.st_atime_ns, stat.st_mtime_ns))

    again = SearchIndex(folder)
    assert again.open() is None  # nothing visible yet
    result = again.search("淘宝", limit=None)
    assert result.error == DAMAGED_MESSAGE and result.total == 0
    report = again.update(sources, texts.__getitem__)
    assert "damaged" in report.rebuilt_because and report.added == 30
    assert again.search("淘宝", limit=None).total == 30
    again.close()


def test_damage_found_by_one_process_is_rebuilt_by_the_next(tmp_path):
    folder = tmp_path / "ix"
    index = SearchIndex(folder)
    index.update([IndexSource("a", "a", "a", "h")], lambda _id: "淘宝")
    index._mark_damaged("zlib.error while reading it")
    index.close()
    assert "damaged" in SearchIndex(folder).open()


def test_index_folder_replaced_by_a_file_recovers(seeds_dir, data_dir):
    folder = indexed_library(seeds_dir, data_dir)
    shutil.rmtree(folder)
    folder.write_text("not an index")
    library = Library(seeds_dir, data_dir)
    library.load()
    report = library.search.update_index()
    assert "replaced by a file" in report.rebuilt_because and report.added == 5
    assert library.search.query("阿里巴巴").total == 4
    library.close()


HOLD_LOCK = """
import sys
from pathlib import Path
from reader.core.search.locking import writer_lock
with writer_lock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_update_waits_then_skips_while_another_process_holds_the_lock(tmp_path):
    folder = tmp_path / "ix"
    index = SearchIndex(folder, lock_wait_s=0.2)
    texts = {"a": "淘宝", "b": "拼多多"}
    index.update([IndexSource("a", "a", "a", "h")], texts.__getitem__)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(folder)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        report = index.update([IndexSource(k, k, k, "h") for k in texts], texts.__getitem__)
        assert "another Reader process" in report.skipped_because and report.added == 0
        assert index.search("淘宝").total == 1  # searching still works meanwhile
    finally:
        holder.communicate("\n", timeout=60)
    report = index.update([IndexSource(k, k, k, "h") for k in texts], texts.__getitem__)
    assert report.skipped_because is None and report.added == 1
    index.close()


def test_two_processes_indexing_at_once_never_duplicate(seeds_dir, data_dir):
    for i, path in enumerate(sorted(seeds_dir.glob("*.txt")) * 6):
        # each copy says something of its own in its body (a copy with the same text would
        # be one article with two files, issue 12)
        title, body = path.read_text("utf-8").split("\n", 1)
        own = f"这是第{i}份副本，编号{i * 7919}，与其他副本都不相同。"
        (seeds_dir / f"copy{i:02d}.txt").write_text(f"{title}\n{own}\n{body}", "utf-8")
    common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
    # The catalog exists already (two processes creating it at once is another case of
    # issue 11); the index is what both processes fight over here.
    indexed_library(seeds_dir, data_dir)
    for _ in range(3):
        first = run_cli("index", "--rebuild", *common)
        second = run_cli("search", "阿里巴巴", "--json", "--limit", "1000", *common)
        (code1, _, err1), (code2, out2, err2) = finish(first), finish(second)
        assert code1 == code2 == 0 and "Traceback" not in err1 + err2
        hits = [hit["id"] for hit in json.loads(out2)["hits"]]
        assert len(hits) == len(set(hits))
    library = Library(seeds_dir, data_dir)
    library.load()
    with library.search.index.ix.searcher() as searcher:
        ids = [fields["id"] for fields in searcher.all_stored_fields()]
    assert len(ids) == len(set(ids)) == 35
    library.close()
