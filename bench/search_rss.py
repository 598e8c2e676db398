"""Resident memory of a process holding a built search index after its first query.

    python -m bench.search_rss reader INDEX_FOLDER QUERY
    python -m bench.search_rss fts5 FTS_DATABASE FTS_MATCH_EXPRESSION

Run in a fresh process per engine by ``bench/search.py``; prints the RSS in MB (and its
anonymous and file-backed parts, after the imports and after the first query) and the
time from opening to the first query's answer (imports excluded).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def memory_mb() -> dict[str, float]:
    """VmRSS, RssAnon and RssFile of this process, in MB."""
    wanted = {"VmRSS": "rss_mb", "RssAnon": "anon_mb", "RssFile": "file_mb"}
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in wanted:
            found[wanted[key]] = round(int(value.split()[0]) / 1024, 1)
    return found


def main() -> None:
    engine, location, query = sys.argv[1:4]
    if engine == "reader":
        from reader.core.search.index import SearchIndex
    else:
        import sqlite3  # nothing else: the FTS5 process holds only its database
    imported = memory_mb()
    started = time.perf_counter()
    if engine == "reader":
        index = SearchIndex(Path(location))
        index.search(query, limit=20)
    else:
        db = sqlite3.connect(location)
        db.execute("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 20",
                   (query,)).fetchall()
    elapsed_ms = (time.perf_counter() - started) * 1000
    after = memory_mb()
    print(json.dumps({**after, "open_first_query_ms": round(elapsed_ms, 1),
                      "after_imports": imported,
                      "modules": len(sys.modules)}))


if __name__ == "__main__":
    main()
