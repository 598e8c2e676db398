"""Soak: two processes indexing the same library at once, many times; count duplicate
documents and tracebacks (issue 11, item 2). Not part of the timed test suite.

Each round starts `reader index --rebuild` and `reader index` (or a search, every other
round) together on one data folder, then checks that every article is in the index exactly
once and that neither process printed a traceback.

    .venv/bin/python scripts/soak_index.py --rounds 20
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "reader", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", cwd=ROOT)


def indexed_ids(library_dir: Path, data_dir: Path) -> list[str]:
    from reader.core.library.facade import Library

    library = Library(library_dir, data_dir)
    library.load()
    with library.search.index.ix.searcher() as searcher:
        ids = [fields["id"] for fields in searcher.all_stored_fields()]
    library.close()
    return ids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--copies", type=int, default=8, help="copies of each seed article")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reader-soak-index-"))
    library_dir, data_dir = work / "library", work / "data"
    shutil.copytree(ROOT / "seeds", library_dir)
    seeds = sorted(library_dir.glob("*.txt"))
    for copy in range(args.copies):
        for path in seeds:
            # a body line of its own: a copy with the same text is one article (issue 12)
            title, body = path.read_text("utf-8").split("\n", 1)
            own = f"这是第{copy}份副本，编号{copy * 7919}，与其他副本都不相同。"
            (library_dir / f"copy{copy:02d}_{path.name}").write_text(
                f"{title}\n{own}\n{body}", "utf-8")
    common = ["--library", str(library_dir), "--data-dir", str(data_dir)]
    started = time.monotonic()
    expected = len(list(library_dir.glob("*.txt")))
    duplicates = tracebacks = failures = 0
    for round_no in range(args.rounds):
        second = (["search", "阿里巴巴", "--json", "--limit", "1000"] if round_no % 2
                  else ["index"])
        runs = [cli("index", "--rebuild", *common), cli(*second, *common)]
        for run in runs:
            out, err = run.communicate(timeout=600)
            if "Traceback" in err:
                tracebacks += 1
                print(f"round {round_no + 1}, {' '.join(run.args[3:5])}: traceback\n{err}",
                      flush=True)
            failures += run.returncode != 0
            if run.args[3:4] == ["search"] and run.returncode == 0:
                hits = [hit["id"] for hit in json.loads(out)["hits"]]
                duplicates += len(hits) - len(set(hits))
        ids = indexed_ids(library_dir, data_dir)
        duplicates += len(ids) - len(set(ids))
        missing = expected - len(set(ids))
        print(f"round {round_no + 1}: {len(ids)} documents ({expected} articles), "
              f"{missing} missing", flush=True)
    print(f"{args.rounds} rounds, {expected} articles: {duplicates} duplicates, "
          f"{tracebacks} tracebacks, {failures} failed runs, "
          f"{time.monotonic() - started:.0f} s")
    shutil.rmtree(work, ignore_errors=True)
    return 1 if duplicates or tracebacks or failures else 0


if __name__ == "__main__":
    sys.exit(main())
