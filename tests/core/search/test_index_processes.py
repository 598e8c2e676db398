"""Issue 11 (items 2–4) with real processes and real damage: two `reader index --rebuild` at
once, a CLI run while another process holds the writer lock, and index files truncated,
filled with garbage or out of line with their manifest."""
import json
import os
import shutil
import subprocess
import sys

import pytest

from reader.core.library.facade import Library
from reader.core.search import integrity
from tests.conftest import SEEDS
from tests.core.search.test_index_recovery import HOLD_LOCK, finish, indexed_library


def run_cli(*args, env=None):
    return subprocess.Popen([sys.executable, "-m", "reader", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8",
                            env={**os.environ, **(env or {})})


def indexed_ids(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    with library.search.index.ix.searcher() as searcher:
        ids = [fields["id"] for fields in searcher.all_stored_fields()]
    library.close()
    return ids


def test_two_rebuilds_at_once_never_duplicate_nor_print_tracebacks(seeds_dir, data_dir):
    common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
    indexed_library(seeds_dir, data_dir)  # the catalog exists; both fight over the index
    for _ in range(2):
        runs = [run_cli("index", "--rebuild", *common) for _ in range(2)]
        for code, out, err in map(finish, runs):
            assert code == 0 and "Traceback" not in err, err
            assert "index up to date" in out or "index not updated" in err
        ids = indexed_ids(seeds_dir, data_dir)
        assert len(ids) == len(set(ids)) == 5
    code, out, err = finish(run_cli("search", "阿里巴巴", "--json", *common))
    hits = [hit["id"] for hit in json.loads(out)["hits"]]
    assert code == 0 and len(hits) == len(set(hits)) == 4


def test_cli_says_another_process_holds_the_index_and_still_searches(seeds_dir, data_dir):
    folder = indexed_library(seeds_dir, data_dir)
    (seeds_dir / "new.txt").write_text("一篇关于淘宝的新文章。", "utf-8")
    common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
    quick = {"READER_INDEX_LOCK_WAIT_S": "0.3"}
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(folder)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        code, out, err = finish(run_cli("index", *common, env=quick))
        assert code == 0 and "Traceback" not in err
        assert "index not updated: another Reader process is updating" in err
        code, out, err = finish(run_cli("search", "阿里巴巴", "--json", *common, env=quick))
        assert code == 0 and "Traceback" not in err and "another Reader process" in err
        assert json.loads(out)["total"] == 4  # what was indexed before
    finally:
        holder.communicate("\n", timeout=60)
    code, out, err = finish(run_cli("search", "新文章", "--json", *common))
    assert code == 0 and "Traceback" not in err and json.loads(out)["total"] == 1


def _truncate(path):
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path):
    path.write_bytes(os.urandom(path.stat().st_size))


def _forged_manifest(folder):
    meta = integrity.read_meta(folder)
    name = next(iter(meta["files"]))
    meta["files"][name][0] += 1  # a size the file does not have
    integrity.write_meta(folder, meta)


DAMAGE = {
    "truncated .seg": lambda f: _truncate(next(f.glob("*.seg"))),
    "garbage .seg": lambda f: _garbage(next(f.glob("*.seg"))),
    "truncated .toc": lambda f: _truncate(next(f.glob("*.toc"))),
    "garbage .toc": lambda f: _garbage(next(f.glob("*.toc"))),
    "manifest mismatch": _forged_manifest,
    "manifest garbage": lambda f: (f / integrity.META_FILE).write_bytes(b"\x00{not json"),
}


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory):
    """The seeds indexed once; each damage case gets its own copy."""
    root = tmp_path_factory.mktemp("seeds_index")
    shutil.copytree(SEEDS, root / "library")
    (root / "data").mkdir()
    return indexed_library(root / "library", root / "data")


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damaged_index_is_rebuilt_from_the_articles_with_a_message(seeds_dir, data_dir,
                                                                    seeds_index, damage):
    library = Library(seeds_dir, data_dir)
    folder = library.search.index.folder
    library.close()
    shutil.copytree(seeds_index, folder)
    DAMAGE[damage](folder)
    library = Library(seeds_dir, data_dir)
    library.load()
    reason = library.search.index.open()
    assert reason and "damaged" in reason
    report = library.search.update_index()
    assert report.added == 5 and report.skipped_because is None
    assert library.search.query("阿里巴巴").total == 4
    library.close()
    assert len(indexed_ids(seeds_dir, data_dir)) == 5


FAILING_ACCELERATOR = """
import sys
from reader.core.search import arrays
def broken(*_args, **_kwargs):
    raise RuntimeError("simulated accelerator failure")
arrays.ArraySnapshot.matches = broken
from reader.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_accelerator_failure_in_the_cli_is_one_line_and_keeps_the_index(seeds_dir, data_dir):
    """Fault injection (an accelerator cannot be made to fail from outside): the search is
    answered by the plain Whoosh path, the warning is one line, no traceback."""
    folder = indexed_library(seeds_dir, data_dir)
    segments = sorted(p.name for p in folder.iterdir())
    common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
    proc = subprocess.run([sys.executable, "-c", FAILING_ACCELERATOR, "search", "阿里巴巴",
                           "--json", *common], capture_output=True, text=True,
                          encoding="utf-8", timeout=300)
    assert proc.returncode == 0 and json.loads(proc.stdout)["total"] == 4
    assert "Traceback" not in proc.stderr
    assert "reader: accelerated search failed; using the plain Whoosh path" in proc.stderr
    assert sorted(p.name for p in folder.iterdir()) == segments  # never rebuilt
