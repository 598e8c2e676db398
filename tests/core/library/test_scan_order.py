"""The library's folder walk (one directory read per folder, issue 15) finds the same files
in the same order, with the same problems, as the ``os.walk`` it replaced."""
from __future__ import annotations

import os
from pathlib import Path

from reader.core.library.corpus import ARTICLE_SUFFIXES, _not_readable_reason, find_article_files
from reader.core.library.scan import planned_files


def _reference(root: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    files, problems = [], []
    trusted = [root.resolve()]
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            path = Path(folder) / name
            reason = _not_readable_reason(path, trusted)
            (problems.append((path, reason)) if reason else files.append(path))
    return files, problems


def _tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / ".hidden" / "x.txt").write_text("不读", "utf-8")
    for name in ("z.txt", "A.MD", "m.html", "note.pdf", ".dot.txt", "𠮷 名.txt"):
        (root / name).write_text("正文", "utf-8")
    (root / "b" / "2.txt").write_text("二", "utf-8")
    (root / "a" / "1.txt").write_text("一", "utf-8")
    (root / "a" / "deep" / "0.htm").write_text("<p>零</p>", "utf-8")
    (root / "folder.txt").mkdir()                      # a folder named like an article
    (root / "linked").symlink_to(root / "a")            # a link to a folder: not entered
    (root / "inside.txt").symlink_to(root / "z.txt")    # a link inside: read
    (root / "broken.txt").symlink_to(root / "gone.txt")
    (root / "outside.txt").symlink_to("/etc/hostname")
    os.mkfifo(root / "pipe.txt")


def test_the_walk_equals_os_walk(tmp_path):
    root = tmp_path / "lib"
    _tree(root)
    assert find_article_files(root) == _reference(root)
    files, problems = find_article_files(root)
    assert [p.relative_to(root).as_posix() for p in files] == [
        "A.MD", "inside.txt", "m.html", "z.txt", "𠮷 名.txt", "a/1.txt", "a/deep/0.htm",
        "b/2.txt"]
    assert {p.name for p, _ in problems} == {"broken.txt", "outside.txt", "pipe.txt"}


def test_planned_names_are_relative_with_slashes(tmp_path):
    root = tmp_path / "lib"
    _tree(root)
    planned, _errors = planned_files(root, [])
    assert [(path, name) for path, name in planned] == [
        (path, path.relative_to(root).as_posix()) for path in find_article_files(root)[0]]
