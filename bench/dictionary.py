"""Dictionary benchmarks (issue 20): cache build and open, lookups, segmentation, pinyin.

    python -m bench.dictionary

Each figure runs in a fresh process where start-up matters (cold build, warm open).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_OPEN = """
import sys, time
t = time.perf_counter()
from reader.core.dictionary.lookup import Dictionary
d = Dictionary(sys.argv[1])
print(time.perf_counter() - t)
"""


def _in_process(path: Path) -> float:
    out = subprocess.run([sys.executable, "-c", _OPEN, str(path)], capture_output=True,
                         text=True, check=True, cwd=ROOT).stdout
    return float(out.strip().splitlines()[-1])


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder) / "cedict.sqlite"
        results["cache_build_s"] = _in_process(cache)
        results["cache_size_mb"] = round(os.path.getsize(cache) / 2**20, 1)
        results["warm_open_s"] = statistics.median(_in_process(cache) for _ in range(5))
        from reader.core.dictionary import pinyin
        from reader.core.dictionary.lookup import Dictionary

        dictionary = Dictionary(cache)
        words = ["微信", "銀行", "中华人民共和国", "电子商务", "行"] * 200
        start = time.perf_counter()
        for word in words:
            dictionary.lookup(word)
        results["lookup_us"] = (time.perf_counter() - start) / len(words) * 1e6
        text = (ROOT / "seeds").glob("001_*.txt").__next__().read_text("utf-8")[:5000]
        start = time.perf_counter()
        segments = dictionary.segment(text)
        results["segment_5000_chars_s"] = time.perf_counter() - start
        results["segments"] = len(segments)
        start = time.perf_counter()
        for position in range(0, 1000, 10):
            dictionary.word_at(text, position)
        results["word_at_ms"] = (time.perf_counter() - start) / 100 * 1e3
        start = time.perf_counter()
        pinyin.warm_up()
        results["pypinyin_load_s"] = time.perf_counter() - start
        paragraphs = [p for p in text.split("\n") if p.strip()]
        start = time.perf_counter()
        for paragraph in paragraphs:
            pinyin.readings(paragraph)
        results["pinyin_per_paragraph_ms"] = (time.perf_counter() - start) / len(paragraphs) * 1e3
        start = time.perf_counter()
        from reader.core.dictionary import spanish
        spanish.lemma("tiendas")
        results["spanish_lexicon_load_s"] = time.perf_counter() - start
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v
                      for k, v in results.items()}, indent=2))


if __name__ == "__main__":
    main()
