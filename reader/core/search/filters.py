"""Narrowing and ordering library search results by what is known about each article:
language, script, folder, publication date, highlight tags, and when it was added.

Filtering happens here, in the core, on the hits of the full query; the UI only passes a
``SearchFilter`` and shows what comes back."""
from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from pathlib import PurePosixPath
from typing import Callable, Iterable

from reader.core.models import ArticleInfo


class SortOrder(str, Enum):
    RELEVANCE = "relevance"
    PUBLISHED = "published"     # newest publication date first; undated last
    ADDED = "added"             # most recently added file first

    @property
    def label(self) -> str:
        return {"relevance": "Relevance", "published": "Date published",
                "added": "Date added"}[self.value]


@dataclass(frozen=True)
class SearchFilter:
    """Empty fields do not restrict. Dates are ISO prefixes ("2023", "2023-05",
    "2023-05-04"); an article without a date never passes a date restriction."""

    language: str = ""          # "zh" matches zh-Hans and zh-Hant; else exact
    script: str = ""            # ISO 15924 of the article: Hans, Hant, Latn
    tag: str = ""               # a tag on one of the article's highlights
    folder: str = ""            # the article's folder in the library ("" = anywhere)
    date_from: str = ""
    date_to: str = ""
    sort: SortOrder = SortOrder.RELEVANCE

    @property
    def restricts(self) -> bool:
        return bool(self.language or self.script or self.tag or self.folder
                    or self.date_from or self.date_to)

    @property
    def active(self) -> bool:
        return self.restricts or self.sort is not SortOrder.RELEVANCE

    def normalized(self) -> "SearchFilter":
        return replace(self, tag=self.tag.strip().lstrip("#").casefold(),
                       folder=self.folder.strip().strip("/"),
                       date_from=self.date_from.strip(), date_to=self.date_to.strip(),
                       sort=SortOrder(self.sort))


def folder_of(info: ArticleInfo) -> str:
    """The folder an article lives in, relative to the library ("" at the top)."""
    parent = PurePosixPath(info.path.replace("\\", "/")).parent
    return "" if str(parent) == "." else str(parent)


def folders(infos: Iterable[ArticleInfo]) -> list[str]:
    """Every folder that holds an article, with its parents, sorted."""
    found: set[str] = set()
    for info in infos:
        folder = folder_of(info)
        while folder and folder != "/":
            found.add(folder)
            folder = str(PurePosixPath(folder).parent)
            folder = "" if folder == "." else folder
    return sorted(found)


def _date_ok(date: str | None, date_from: str, date_to: str) -> bool:
    if not (date_from or date_to):
        return True
    if not date:
        return False
    # Compare on the shorter precision, so "2023" covers every day of 2023.
    if date_from and date[:len(date_from)] < date_from[:len(date)]:
        return False
    if date_to and date[:len(date_to)] > date_to[:len(date)]:
        return False
    return True


def accepts(info: ArticleInfo, wanted: SearchFilter, tags: Callable[[str], set[str]]) -> bool:
    """Whether an article passes every restriction (``wanted`` normalized)."""
    if wanted.language:
        if wanted.language == "zh":
            if not info.language.startswith("zh"):
                return False
        elif info.language != wanted.language:
            return False
    if wanted.script and info.script != wanted.script:
        return False
    if wanted.folder:
        folder = folder_of(info)
        if folder != wanted.folder and not folder.startswith(wanted.folder + "/"):
            return False
    if not _date_ok(info.date, wanted.date_from, wanted.date_to):
        return False
    if wanted.tag and not any(wanted.tag in t.casefold() for t in tags(info.id)):
        return False
    return True


def sort_key(order: SortOrder, info: ArticleInfo, added: Callable[[str], float]):
    """A key for ``sorted(..., reverse=True)``; relevance keeps the engine's order."""
    if order is SortOrder.PUBLISHED:
        return (info.date is not None, info.date or "")
    if order is SortOrder.ADDED:
        return added(info.id)
    return 0
