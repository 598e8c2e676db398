"""What searching and indexing hand back to callers: hits, results, reports, sources."""
from __future__ import annotations

from dataclasses import dataclass, field

_SNIPPET_CONTEXT = 40


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class SearchHit:
    id: str
    path: str
    title: str
    score: float
    matches: list[Match]
    snippet: str
    snippet_start: int  # reading-text offset of the snippet's first character

    def to_json(self) -> dict:
        return {"id": self.id, "path": self.path, "title": self.title,
                "score": round(self.score, 4),
                "matches": [m.to_json() for m in self.matches], "snippet": self.snippet}


@dataclass
class SearchResult:
    query: str
    total: int
    hits: list[SearchHit]
    error: str | None = None

    def to_json(self) -> dict:
        data = {"query": self.query, "total": self.total,
                "hits": [h.to_json() for h in self.hits]}
        if self.error:
            data["error"] = self.error
        return data


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    rebuilt_because: str | None = None
    seconds: float = 0.0
    messages: list[str] = field(default_factory=list)
    skipped_because: str | None = None  # another process held the index; nothing written


@dataclass(frozen=True)
class IndexSource:
    """What the index needs of an article; text is fetched only when it must be indexed."""

    id: str
    path: str
    title: str
    content_hash: str


def make_hit(fields: dict, reading: str, score: float, spans: list[tuple[int, int]]
             ) -> SearchHit:
    matches = [Match(s, e, reading[s:e]) for s, e in spans]
    left, right = snippet_bounds(reading, spans[0][0], spans[0][1])
    return SearchHit(id=fields["id"], path=fields["path"], title=fields["title"], score=score,
                     matches=matches, snippet=reading[left:right], snippet_start=left)


def snippet_bounds(text: str, start: int, end: int, context: int = _SNIPPET_CONTEXT
                   ) -> tuple[int, int]:
    """A snippet around a match that does not cross paragraph breaks."""
    left = max(0, start - context)
    newline = text.rfind("\n", left, start)
    if newline >= 0:
        left = newline + 1
    right = min(len(text), end + context)
    newline = text.find("\n", end, right)
    if newline >= 0:
        right = newline
    return left, right
