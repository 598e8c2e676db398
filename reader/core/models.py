"""Plain data passed between the core, the UI and the CLI."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Protocol, Sequence

from reader.core.library.filenames import display_name

if TYPE_CHECKING:  # cleaning compiles many patterns: not needed to list a library
    from reader.core.text.blocks import (Block, BlockKind, BlockSpans,  # noqa: F401
                                         RemovedBlock, of_kinds, starting_within)
    from reader.core.text.cleaning import CleaningReport
    from reader.core.text.offsets import MapChain

#: Given here for the UI and callers, imported on first use: the start-up list needs only
#: ArticleInfo, and the first paint waits for every import before it (issue 15).
_ELSEWHERE = {"Block": "reader.core.text.blocks", "BlockKind": "reader.core.text.blocks",
              "BlockSpans": "reader.core.text.blocks", "RemovedBlock": "reader.core.text.blocks",
              "of_kinds": "reader.core.text.blocks", "starting_within": "reader.core.text.blocks",
              "MapChain": "reader.core.text.offsets"}


def __getattr__(name: str):
    if name not in _ELSEWHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib
    return getattr(importlib.import_module(_ELSEWHERE[name]), name)


@dataclass(frozen=True)
class ArticleInfo:
    """What the library list shows about an article; cheap to keep for every file."""

    id: str
    path: str            # relative to the library root (absolute for files added from outside)
    title: str
    language: str        # zh-Hans, zh-Hant, es, und
    script: str          # ISO 15924: Hans, Hant, Latn, Zyyy
    date: str | None     # ISO publication date, when the text carries one
    chars: int           # code points in the reading text
    content_hash: str
    encoding: str
    #: Spots where the file's bytes were damaged and replaced by U+FFFD while decoding.
    damaged: int = 0
    text_key: str = ""   # same for the same article in either script (duplicates)
    copies: tuple[str, ...] = ()  # paths of the other files holding this article
    #: Fields not known yet: an article listed from a glance at its file before it is
    #: cleaned (issue 15) names here what the full reading will fill in ("title", "chars",
    #: "date", "text_key"); every other field already has its final value. () = exact.
    pending: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A file name with bytes UTF-8 cannot hold is shown (and stored) with U+FFFD.
        object.__setattr__(self, "path", display_name(self.path))
        object.__setattr__(self, "title", display_name(self.title))

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("content_hash")
        data.pop("encoding")
        data.pop("text_key")
        if self.copies:  # only for an article held by several files (keeps the contract)
            data["copies"] = list(self.copies)
        else:
            data.pop("copies")
        if not data["damaged"]:
            data.pop("damaged")
        if self.pending:  # listed from a glance: these fields are not final yet
            data["pending"] = list(self.pending)
        else:
            data.pop("pending")
        return data


@dataclass(frozen=True)
class LoadError:
    path: str
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", display_name(self.path))

    def to_json(self) -> dict:
        return {"path": self.path, "reason": self.reason}


class RawSource(Protocol):
    """Where a document's raw text (as decoded from its file) and its map onto the reading
    text come from: kept in memory, or read again from the file for a book (issue 14)."""

    def raw(self) -> str: ...

    def raw_to_reading(self) -> MapChain: ...


@dataclass(frozen=True)
class RawInMemory:
    text: str
    mapping: MapChain

    def raw(self) -> str:
        return self.text

    def raw_to_reading(self) -> MapChain:
        return self.mapping


@dataclass(frozen=True)
class Document:
    """An article with its texts: raw (as decoded from the file) and reading text.

    ``blocks`` cover ``text`` exactly (title block first, then body blocks, joined by
    "\n"); ``removed`` is what was kept out of the body (raw offsets); ``metadata`` holds
    bylines (author, editor, source …). ``raw`` and ``raw_to_reading`` come from
    ``source``: a book's are read again from its file when asked (rarely: ``reader show
    --raw``, moving old positions), not kept beside its reading text."""

    info: ArticleInfo
    text: str
    source: RawSource = field(compare=False)
    report: CleaningReport = field(compare=False)
    #: Reading-text spans of bytes that were damaged in the file (replaced by U+FFFD).
    damaged_spans: list[tuple[int, int]] = field(default_factory=list, compare=False)
    blocks: Sequence[Block] = ()
    metadata: dict = field(default_factory=dict, compare=False)
    removed: tuple[RemovedBlock, ...] = ()

    @property
    def raw(self) -> str:
        return self.source.raw()

    @property
    def raw_to_reading(self) -> MapChain:
        return self.source.raw_to_reading()

    @property
    def search_text(self) -> str:
        """The reading text with garbled runs blanked (same length, same offsets): what
        search and event extraction read, so damaged characters never match or count."""
        if not self.report.suspect_spans:
            return self.text
        chars = list(self.text)
        for start, end in self.report.suspect_spans:
            for i in range(start, min(end, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)

    def blocks_json(self) -> dict:
        return {"id": self.info.id, "title": self.info.title, "metadata": dict(self.metadata),
                "blocks": [b.to_json(self.text) for b in self.blocks],
                "removed": [r.to_json() for r in self.removed]}
