"""Soak: SIGKILL a process in the middle of annotation writes, many times, and count what
was lost of what it had reported as saved.

Each writer adds highlights and edits notes through the facade (``Library``) in a loop and,
after each call returns, appends what it was told was saved to an acknowledgement log
(flushed and fsynced). The soak kills it with SIGKILL at a random moment, then checks the
database: every acknowledged highlight is present, every acknowledged note is there or a
later one, and ``PRAGMA integrity_check`` is ``ok``. Not part of the timed test suite.

    .venv/bin/python scripts/soak_annotations.py --kills 100
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WRITER = r"""
import os, random, sys
from reader.core.library.facade import Library
library_dir, data_dir, log_path, seed = sys.argv[1:5]
rng = random.Random(int(seed))
library = Library(library_dir, data_dir)
library.load()
articles = [a.id for a in library.articles.all()]
texts = {a: len(library.articles.document(a).text) for a in articles}
log = open(log_path, "a", encoding="utf-8")
def ack(record):
    log.write(record + "\n"); log.flush(); os.fsync(log.fileno())
ack("ready")
mine = []
version = 0
while True:
    article = rng.choice(articles)
    if mine and rng.random() < 0.3:
        uid = rng.choice(mine)
        version += 1
        library.annotations.update(uid, note=f"{seed}:{version}")
        ack(f"note {uid} {seed}:{version}")
    else:
        start = rng.randrange(0, texts[article] - 20)
        made = library.annotations.add(article, start, start + rng.randrange(2, 20)).annotation
        mine.append(made.uid)
        ack(f"add {made.uid}")
"""


def _version(note: str) -> tuple[int, int]:
    seed, _, number = note.partition(":")
    return (int(seed), int(number)) if number else (-1, -1)


def run(kills: int, min_delay: float, max_delay: float, seed: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from reader.core.annotations.store import AnnotationStore

    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="reader-soak-"))
    library_dir, data_dir = work / "library", work / "data"
    shutil.copytree(ROOT / "seeds", library_dir)
    data_dir.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    acknowledged: set[str] = set()
    notes: dict[str, tuple[int, int]] = {}
    lost: list[str] = []
    integrity_failures = 0
    writes_per_run = []
    started = time.perf_counter()
    for run_number in range(kills):
        log_path = work / f"acks-{run_number}.log"
        log_path.touch()
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(library_dir),
                                   str(data_dir), str(log_path), str(run_number)], env=env,
                                  stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while "ready" not in log_path.read_text("utf-8"):
            if writer.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"writer {run_number} did not start: "
                                 f"{writer.stderr.read().decode()[-2000:]}")
            time.sleep(0.02)
        time.sleep(rng.uniform(min_delay, max_delay))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stderr.close()
        records = log_path.read_text("utf-8").split("\n")
        writes = 0
        for record in records:
            kind, *rest = record.split(" ")
            if kind == "add":
                acknowledged.add(rest[0])
                writes += 1
            elif kind == "note":
                uid, note = rest
                notes[uid] = max(notes.get(uid, (-1, -1)), _version(note))
                writes += 1
        writes_per_run.append(writes)
        store = AnnotationStore(data_dir / "annotations.sqlite")
        present = {a.uid: a for a in store.list()}
        if store.integrity() != "ok":
            integrity_failures += 1
        store.close()
        for uid in acknowledged - present.keys():
            lost.append(f"run {run_number}: highlight {uid}")
        for uid, version in notes.items():
            if uid in present and _version(present[uid].note) < version:
                lost.append(f"run {run_number}: note of {uid} went back")
        acknowledged -= {u for u in acknowledged if u not in present}  # count each loss once
    seconds = time.perf_counter() - started
    shutil.rmtree(work, ignore_errors=True)
    return {"kills": kills, "acknowledged_writes": sum(writes_per_run),
            "writes_per_kill_min": min(writes_per_run), "writes_per_kill_max": max(writes_per_run),
            "highlights_acknowledged": len(acknowledged) + len(lost),
            "lost": len(lost), "lost_detail": lost[:20],
            "integrity_failures": integrity_failures, "seconds": round(seconds, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--min-delay", type=float, default=0.05)
    parser.add_argument("--max-delay", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    result = run(args.kills, args.min_delay, args.max_delay, args.seed)
    print(json.dumps(result, indent=2))
    return 0 if result["lost"] == 0 and result["integrity_failures"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
