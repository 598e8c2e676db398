"""Detecting a damaged index on open: a manifest of every index file's size and CRC-32,
written after each commit under the writer lock and checked when the index is opened.

Whoosh keeps no checksums, so a flipped byte inside a segment only shows up when that
document is read (``zlib.error`` on every search). Segment files never change after they
are written (deletions live in the TOC), so a file whose size or CRC differs from the
manifest is damaged. Files are re-hashed only when their size or mtime moved, which keeps
opening an unchanged index cheap.
"""
from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

META_FILE = "reader-index.json"
_NOT_INDEX_FILES = {META_FILE}
#: Bump when folding, terms or schema change: an index of another version is rebuilt.
INDEX_VERSION = 6


def _crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def _index_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir()
            if p.name not in _NOT_INDEX_FILES and not p.name.endswith(("WRITELOCK", ".tmp"))
            and p.is_file()]


def read_meta(folder: Path) -> dict:
    """The meta file; raises FileNotFoundError / ValueError when missing or unreadable."""
    meta = json.loads((folder / META_FILE).read_text("utf-8"))
    if not isinstance(meta, dict):
        raise ValueError("index meta is not an object")
    return meta


def write_meta(folder: Path, meta: dict) -> None:
    tmp = folder / (META_FILE + ".tmp")
    tmp.write_text(json.dumps(meta), "utf-8")
    os.replace(tmp, folder / META_FILE)


def record_files(folder: Path, meta: dict) -> dict:
    """Meta with the manifest brought up to date (call under the writer lock, after a
    commit). Files already recorded with the same size and mtime keep their CRC."""
    old = meta.get("files", {})
    files = {}
    for path in _index_files(folder):
        stat = path.stat()
        known = old.get(path.name)
        if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
            files[path.name] = known
        else:
            files[path.name] = [stat.st_size, stat.st_mtime_ns, _crc(path)]
    return {**meta, "files": files}


def find_damage(folder: Path, meta: dict) -> str | None:
    """Why the index files do not match the manifest, or None. Files the manifest does not
    know (a writer that stopped before recording them) are not judged here."""
    for name, (size, mtime_ns, crc) in meta.get("files", {}).items():
        path = folder / name
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue  # replaced by a later commit; Whoosh's TOC says what is needed
        if stat.st_size != size:
            return f"{name} changed size"
        if stat.st_mtime_ns != mtime_ns and _crc(path) != crc:
            return f"{name} is damaged"
    return None
