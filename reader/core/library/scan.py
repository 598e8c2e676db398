"""Which files make up a library: its folder and the linked sources, each file with the
name its article ids are made from (relative inside the library folder, absolute outside)."""
from __future__ import annotations

import os
from pathlib import Path

from reader.core.library.corpus import article_id, find_article_files
from reader.core.models import ArticleInfo, LoadError


def planned_files(root: Path, extra_sources: list[Path]
                  ) -> tuple[list[tuple[Path, str]], list[LoadError]]:
    """Every article file (path, relative name) in order, and what was skipped, with why."""
    planned: list[tuple[Path, str]] = []
    errors: list[LoadError] = []
    for source, in_root in [(root, True)] + [(p, False) for p in extra_sources]:
        if not source.exists():
            errors.append(LoadError(str(source), "not found"))
            continue
        files, problems = find_article_files(source, allowed=extra_sources)
        errors.extend(LoadError(_display_path(p, root, in_root), r) for p, r in problems)
        name_of = _relative_names(source, in_root)
        planned.extend((path, name_of(path)) for path in files)
    return planned, errors


def _relative_names(source: Path, in_root: bool):
    """How a file found under ``source`` is named (relative, "/"-separated, inside the
    library folder; absolute outside). Sliced from the path's text, which ``source /
    ...`` begins with: ``relative_to`` per file cost as much as reading a small file."""
    if not in_root:
        return lambda path: str(path.resolve())
    if not source.is_dir():
        return lambda path: path.name
    prefix = os.path.join(str(source), "")

    def name_of(path: Path) -> str:
        text = str(path)
        if not text.startswith(prefix):
            return path.relative_to(source).as_posix()
        rest = text[len(prefix):]
        return rest if os.sep == "/" else rest.replace(os.sep, "/")
    return name_of


def _display_path(path: Path, root: Path, in_root: bool) -> str:
    if in_root:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return str(path)


def source_name(location: Path, info: ArticleInfo, root: Path) -> str:
    """The relative path the article id was made from: ``info.path`` shows undecodable
    bytes of a file name as U+FFFD, the id hashes the bytes themselves."""
    if "\ufffd" not in info.path:
        return info.path
    for name in (_relative_or_none(location, root), str(location)):
        if name is not None and article_id(name) == info.id:
            return name
    return info.path


def _relative_or_none(path: Path, folder: Path) -> str | None:
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return None


def inside(path: Path, folder: Path) -> bool:
    """Is ``path`` inside ``folder``?"""
    try:
        path.resolve().relative_to(folder)
        return True
    except ValueError:
        return False
