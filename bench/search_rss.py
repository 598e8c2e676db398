"""Resident memory of a process holding a built search index after its first query.

    python -m bench.search_rss reader INDEX_FOLDER QUERY
    python -m bench.search_rss fts5 FTS_DATABASE FTS_MATCH_EXPRESSION

Run in a fresh process per engine by ``bench/search.py``; prints the RSS in MB and the
time from opening to the first query's answer (imports excluded).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    engine, location, query = sys.argv[1:4]
    started = time.perf_counter()
    if engine == "reader":
        from reader.core.search.index import SearchIndex

        index = SearchIndex(Path(location))
        index.search(query, limit=20)
    else:
        import sqlite3  # nothing else: the FTS5 process holds only its database

        db = sqlite3.connect(location)
        db.execute("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 20",
                   (query,)).fetchall()
    print(json.dumps({"rss_mb": round(rss_mb(), 1),
                      "open_first_query_ms": round((time.perf_counter() - started) * 1000, 1)}))


if __name__ == "__main__":
    main()
