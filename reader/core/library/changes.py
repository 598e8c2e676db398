"""Value types the facade hands out: what a pane needs to show an article, and what a
write changed (so each view redraws only that)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.core.models import ArticleInfo, Block, RemovedBlock

if TYPE_CHECKING:
    from reader.core.annotations.store import Annotation
    from reader.core.events.extract import Event
    from reader.core.text.script import ScriptView


@dataclass(frozen=True)
class OpenedArticle:
    """Everything a reading pane needs, from one call to ``Library.open``.

    ``highlights`` are placed on the current text in memory (nothing is written);
    ``events`` is None until the library's events were extracted once."""
    info: ArticleInfo
    view: ScriptView
    suspects: tuple[tuple[int, int], ...]
    highlights: tuple[Annotation, ...]
    events: tuple[Event, ...] | None
    position: int = 0
    #: why highlights could not be read (the article still opens), else ""
    highlights_problem: str = ""
    #: the document model (issue 12): block spans in reading offsets, the byline/source
    #: metadata, and the text kept out of the body with its reasons
    blocks: tuple[Block, ...] = ()
    metadata: dict = field(default_factory=dict, compare=False)
    removed: tuple[RemovedBlock, ...] = ()


@dataclass(frozen=True)
class Changes:
    """What one write changed. ``added``/``updated`` hold the annotations as stored now,
    ``removed`` their uids; ``articles`` every article whose highlights changed."""
    added: tuple[Annotation, ...] = ()
    updated: tuple[Annotation, ...] = ()
    removed: tuple[str, ...] = ()
    articles: frozenset[str] = field(default_factory=frozenset)

    @property
    def annotation(self) -> Annotation | None:
        """The one annotation a single add/update wrote (None for a delete)."""
        changed = self.added + self.updated
        return changed[0] if changed else None

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True)
class ReanchorReport:
    """What an explicit re-anchoring wrote: highlights moved to a new place in a changed
    text, and highlights whose passage is gone (orphans)."""
    moved: tuple[str, ...] = ()
    orphaned: tuple[str, ...] = ()
    changes: Changes = field(default_factory=Changes)
