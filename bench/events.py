"""Event extraction throughput: a scale corpus and one large file (texts already cleaned).

    python -m bench.events [--size 10000] [--megabytes 5]

* corpus: ``size`` articles of seed paragraphs (bench/corpus.py); lexicon, extraction and the
  cross-article timeline merge are timed separately.
Wall time depends on the machine's load; CPU time (process_time) is reported beside it.
* large file: one text of ``megabytes`` MB made of the seed paragraphs that hold a date, so
  every paragraph has one (the worst case for the per-date work); timed at 1/10 of the size
  too, to show the time grows linearly.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench.corpus import generate, seed_paragraphs
from reader.core.events.extract import ActorLexicon, extract_events
from reader.core.events.resolve import read_dates
from reader.core.events.timeline import merge_reports, precompute_labels
from reader.core.text.cleaning import clean


def measure_corpus(size: int, out: Path = Path("bench/out")) -> dict:
    paths = generate(size, out / f"corpus-{size}")
    texts = [clean(p.read_text("utf-8")).text for p in paths]
    started = time.perf_counter()
    lexicon = ActorLexicon.from_texts(texts)
    lexicon_s = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    events = []
    for i, text in enumerate(texts):
        events.extend(extract_events(str(i), f"{i}.txt", text, None, lexicon))
    extract_s = time.perf_counter() - started
    extract_cpu_s = time.process_time() - cpu
    started = time.perf_counter()
    entries = precompute_labels(merge_reports(events))
    merge_s = time.perf_counter() - started
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {"articles": size, "megabytes": round(megabytes, 1), "events": len(events),
            "timeline_entries": len(entries), "lexicon_s": round(lexicon_s, 2),
            "extract_s": round(extract_s, 2), "extract_cpu_s": round(extract_cpu_s, 2),
            "merge_and_labels_s": round(merge_s, 2),
            "articles_per_s": round(size / extract_s), "events_per_s": round(len(events) /
                                                                           extract_s),
            "mb_per_s": round(megabytes / extract_s, 2)}


def dated_text(megabytes: float) -> str:
    dated = [p for p in seed_paragraphs() if read_dates(p)]
    parts, size, i = [], 0, 0
    while size < megabytes * 1e6:
        paragraph = dated[i % len(dated)]
        parts.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
        i += 1
    return "\n".join(parts)


def measure_file(megabytes: float) -> dict:
    result = {}
    lexicon = ActorLexicon.from_texts([dated_text(0.2)])
    for size in (megabytes / 10, megabytes):
        text = dated_text(size)
        started, cpu = time.perf_counter(), time.process_time()
        events = extract_events("big", "big.txt", text, None, lexicon)
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu
        mentions = sum(len(e.mentions) for e in events)
        result[f"{size:g}MB"] = {"paragraphs": text.count("\n") + 1, "events": len(events),
                                 "date_mentions": mentions, "seconds": round(seconds, 2),
                                 "cpu_seconds": round(cpu_seconds, 2),
                                 "mentions_per_s": round(mentions / seconds)}
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--megabytes", type=float, default=5)
    args = parser.parse_args()
    print(json.dumps({"corpus": measure_corpus(args.size),
                      "large_file": measure_file(args.megabytes)}, indent=1))


if __name__ == "__main__":
    main()
