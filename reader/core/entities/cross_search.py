"""Search across languages: a Latin query also finds the Chinese names it stands for.

The exact query runs first and its hits keep their order and scores; each alias (the query,
or one of its words, replaced by a Chinese name of the same entity) runs as its own query.
Articles found only through an alias follow every exact hit, their scores scaled down;
articles found both ways gain the alias's matches, so the Chinese characters are marked
too. Quotes or operators in the query turn expansion off.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from reader.core.entities.table import Alias, EntityTable

#: Alias-only hits rank below every exact hit; within them, by their own score.
ALIAS_WEIGHT = 0.5


_LATIN = re.compile(r"[A-Za-z]")
_OPERATORS = re.compile(r'["\-]|\bOR\b')


def needs_aliases(query: str) -> bool:
    """Only a plain query with Latin letters can stand for a Chinese name."""
    return bool(_LATIN.search(query)) and not _OPERATORS.search(query)


def alias_queries(query: str, aliases: list[Alias]) -> list[str]:
    queries = []
    for alias in aliases:
        if alias.term.strip() == query.strip():
            queries.append(alias.chinese)
        else:
            queries.append(re.sub(rf"(?<!\S){re.escape(alias.term)}(?!\S)", alias.chinese,
                                  query, count=1))
    return list(dict.fromkeys(queries))


def search_with_aliases(query: str, limit: int | None, run: Callable, table: EntityTable | None):
    """``run(query, limit)`` is the plain search; returns the same result type."""
    exact = run(query, limit)
    aliases = table.expand_query(query) if table is not None and not exact.error else []
    if not aliases:
        return exact
    hits = {hit.id: hit for hit in exact.hits}
    extra: dict[str, object] = {}
    for variant in alias_queries(query, aliases):
        result = run(variant, limit)
        if result.error:
            continue
        for hit in result.hits:
            if hit.id in hits:
                merged = sorted(set(hits[hit.id].matches) | set(hit.matches),
                                key=lambda m: (m.start, m.end))
                hits[hit.id] = replace(hits[hit.id], matches=merged)
            elif hit.id in extra:
                merged = sorted(set(extra[hit.id].matches) | set(hit.matches),
                                key=lambda m: (m.start, m.end))
                extra[hit.id] = replace(extra[hit.id], matches=merged,
                                        score=max(extra[hit.id].score, hit.score * ALIAS_WEIGHT))
            else:
                extra[hit.id] = replace(hit, score=hit.score * ALIAS_WEIGHT)
    ordered = [hits[h.id] for h in exact.hits]
    ordered += sorted(extra.values(), key=lambda h: -h.score)
    if limit is not None:
        ordered = ordered[:limit]
    return replace(exact, hits=ordered, total=exact.total + len(extra))
