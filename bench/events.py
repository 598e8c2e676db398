"""Event extraction throughput over a scale corpus (texts already cleaned, as in the app).

    python -m bench.events [--size 10000]
"""
from __future__ import annotations

import argparse
import json
import time

from bench.corpus import generate
from reader.core.text.cleaning import clean
from reader.core.events.extract import ActorLexicon, extract_events
from pathlib import Path


def measure(size: int, out: Path = Path("bench/out")) -> dict:
    paths = generate(size, out / f"corpus-{size}")
    texts = [clean(p.read_text("utf-8")).text for p in paths]
    started = time.perf_counter()
    lexicon = ActorLexicon.from_texts(texts)
    lexicon_s = time.perf_counter() - started
    started = time.perf_counter()
    events = 0
    for i, text in enumerate(texts):
        events += len(extract_events(str(i), f"{i}.txt", text, None, lexicon))
    extract_s = time.perf_counter() - started
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {"articles": size, "megabytes": round(megabytes, 1), "events": events,
            "lexicon_s": round(lexicon_s, 2), "extract_s": round(extract_s, 2),
            "articles_per_s": round(size / extract_s), "mb_per_s": round(megabytes / extract_s, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10000)
    args = parser.parse_args()
    print(json.dumps(measure(args.size), indent=1))


if __name__ == "__main__":
    main()
