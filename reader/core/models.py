"""Plain data passed between the core, the UI and the CLI."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

from reader.core.library.filenames import display_name
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
    #: Spots where the file's bytes were damaged and replaced by U+FFFD while decoding.
    damaged: int = 0

    def __post_init__(self) -> None:
        # A file name with bytes UTF-8 cannot hold is shown (and stored) with U+FFFD.
        object.__setattr__(self, "path", display_name(self.path))
        object.__setattr__(self, "title", display_name(self.title))

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("content_hash")
        data.pop("encoding")
        if not data["damaged"]:
            data.pop("damaged")
        return data


@dataclass(frozen=True)
class LoadError:
    path: str
    reason: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", display_name(self.path))

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
    #: Reading-text spans of bytes that were damaged in the file (replaced by U+FFFD).
    damaged_spans: list[tuple[int, int]] = field(default_factory=list, compare=False)
