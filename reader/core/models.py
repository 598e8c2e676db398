"""Plain data passed between the core, the UI and the CLI."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from reader.core.text.blocks import Block, RemovedBlock
from reader.core.text.cleaning import CleaningReport
from reader.core.text.offsets import MapChain


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

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("content_hash")
        data.pop("encoding")
        return data


@dataclass(frozen=True)
class LoadError:
    path: str
    reason: str

    def to_json(self) -> dict:
        return {"path": self.path, "reason": self.reason}


@dataclass(frozen=True)
class Document:
    """An article with its texts: raw (as decoded from the file) and reading text."""

    info: ArticleInfo
    raw: str
    text: str
    raw_to_reading: MapChain
    report: CleaningReport = field(compare=False)
    # -- web pages and EPUB (issue 13): structure and what was left out of the body --
    blocks: tuple[Block, ...] = field(default=(), compare=False)
    metadata: dict = field(default_factory=dict, compare=False)
    removed: tuple[RemovedBlock, ...] = field(default=(), compare=False)
