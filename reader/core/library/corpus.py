"""Find article files in a library folder and turn each into a Document."""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from pathlib import Path
from typing import Iterable

from reader.core.library.filenames import display_name, name_bytes_or_replace
from reader.core.models import ArticleInfo, Document
from reader.core.text.blocks import BlockKind
from reader.core.text.decoding import UnreadableFile, decode_bytes
from reader.core.text.formats import html_edits
from reader.core.text.metadata import (detect_language, publication_date, shorten_title,
                                       title_from_text)
from reader.core.text.offsets import apply_edits
from reader.core.text.pipeline import CLEANING_VERSION, build_reading_text
from reader.core.text.readers import FormatReader, Layout, layout, plain_layout, read_markdown

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: Larger files are refused with a message rather than freezing the reader.
MAX_FILE_BYTES = 64 * 1024 * 1024


def article_id(relative_path: str) -> str:
    """Stable id from the path inside the library (survives edits of the file).

    Hashes the name's bytes as the OS holds them, so a name that is not UTF-8 gets an id of
    its own that stays the same across runs."""
    return hashlib.sha1(name_bytes_or_replace(relative_path)).hexdigest()[:12]


def find_article_files(root: Path, allowed: Iterable[Path] = ()
                       ) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Regular article files under ``root`` (sorted), and what was skipped, with why.

    FIFOs, devices and sockets are never opened (reading one hangs or never ends). A link is
    followed only when it points inside ``root`` or inside one of ``allowed`` (the sources the
    user added): a link to a system file is not an article the user gave Reader."""
    files: list[Path] = []
    problems: list[tuple[Path, str]] = []
    trusted = [_real(root)] + [_real(Path(a)) for a in allowed]

    def on_error(error: OSError) -> None:
        problems.append((Path(error.filename or root), _os_reason(error)))

    if not root.is_dir():
        reason = _not_readable_reason(root, trusted)
        if reason:
            problems.append((root, reason))
        elif root.suffix.lower() in ARTICLE_SUFFIXES:
            files.append(root)
        return files, problems
    for folder, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            path = Path(folder) / name
            reason = _not_readable_reason(path, trusted)
            if reason:
                problems.append((path, reason))
            else:
                files.append(path)
    return files, problems


def _real(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _not_readable_reason(path: Path, trusted: list[Path]) -> str | None:
    """Why ``path`` is not read as an article (None when it is a regular file we may read)."""
    try:
        if path.is_symlink():
            target = _real(path)
            if not any(target == t or t in target.parents for t in trusted):
                return (f"link to {display_name(str(target))}, outside the library: not "
                        "followed (add that file or folder to read it)")
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "broken link" if path.is_symlink() else "file disappeared while loading"
    except (OSError, RuntimeError) as exc:
        return _os_reason(exc) if isinstance(exc, OSError) else "link loop"
    if stat.S_ISREG(mode):
        return None
    return f"not a regular file ({_KINDS.get(stat.S_IFMT(mode), 'special file')})"


_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, FileNotFoundError):
        return "file disappeared while loading"
    if isinstance(error, IsADirectoryError):
        return "is a folder"
    if error.errno == errno.ELOOP:
        return "link loop"
    return error.strerror or str(error)


def read_file_bytes(path: Path) -> bytes:
    """Read a regular file or raise UnreadableFile with the reason.

    Opened without blocking and checked on the open descriptor (a file swapped for a FIFO
    after the scan cannot hang us); the size limit is enforced while reading, since a
    device or a growing file says nothing true in ``stat``."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise UnreadableFile(_os_reason(exc)) from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile(
                f"not a regular file ({_KINDS.get(stat.S_IFMT(status.st_mode), 'special file')})")
        # One read for a file of the size it claims; more only if it grew meanwhile.
        step = min(MAX_FILE_BYTES + 1, max(1 << 20, status.st_size + 1))
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, step)
            if not chunk:
                break
            total += len(chunk)
            if total > MAX_FILE_BYTES:
                raise UnreadableFile(f"too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB, "
                                     "the limit)")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFile(_os_reason(exc)) from None
    finally:
        os.close(fd)


def build_document(data: bytes, relative_path: str, suffix: str,
                   html_reader: FormatReader | None = None) -> Document:
    """Decode, lay out, clean and structure one article. Raises UnreadableFile.

    ``html_reader`` is a block reader for web pages (``read(raw) -> (blocks, metadata,
    removed)``); without one, HTML goes through the tag-stripping edits."""
    decoded = decode_bytes(data)
    raw = decoded.text
    layout = _layout(raw, suffix.lower(), html_reader)
    reading = build_reading_text(layout)
    if not reading.text.strip():
        raise UnreadableFile("no readable text")
    language, script = detect_language(reading.text)
    metadata = {**layout.metadata, **reading.metadata}
    title_block = reading.title_block
    if title_block is not None:
        title = shorten_title(reading.text[title_block.start:title_block.end])
    elif layout.metadata.get("title"):
        title = shorten_title(layout.metadata["title"])
    else:
        title = title_from_text(reading.text, reading.report.repeated_lines)
    info = ArticleInfo(
        id=article_id(relative_path),
        path=relative_path,
        title=title or Path(relative_path).stem,
        language=language,
        script=script,
        date=_date(metadata) or publication_date(layout.text),
        chars=len(reading.text),
        content_hash=reading_hash(data),
        encoding=decoded.encoding,
        damaged=len(decoded.damaged),
        text_key=duplicate_key(reading.text),
    )
    return Document(info=info, raw=raw, text=reading.text,
                    raw_to_reading=reading.raw_to_reading, report=reading.report,
                    damaged_spans=_damaged_reading_spans(decoded, reading.raw_to_reading,
                                                         len(reading.text)),
                    blocks=tuple(reading.blocks), metadata=metadata,
                    removed=tuple(reading.removed))


def reading_hash(data: bytes) -> str:
    """Identity of an article's reading text: the file's bytes and the cleaning recipe.
    Highlights, the index and events keyed by it are moved or rebuilt when either changes.
    Version 1 (before blocks) hashed the bytes alone, so old data is recognised as old."""
    digest = hashlib.sha256(data)
    if CLEANING_VERSION > 1:
        digest.update(f"\0cleaning:{CLEANING_VERSION}".encode())
    return digest.hexdigest()[:16]


_NOT_LETTERS = re.compile(r"[\W_]+")


def duplicate_key(text: str) -> str:
    """Identity of an article's words, blind to script (simplified/traditional), spacing
    and punctuation: two files with the same key are the same article."""
    from reader.core.text import opencc_bridge

    letters = _NOT_LETTERS.sub("", text).casefold()
    return hashlib.sha1(opencc_bridge.convert(letters, "t2s").encode("utf-8")).hexdigest()[:16]


def _layout(raw: str, suffix: str, html_reader: FormatReader | None) -> Layout:
    if suffix in (".md", ".markdown"):
        return layout(raw, read_markdown)
    if suffix in (".html", ".htm", ".xhtml"):
        if html_reader is not None:
            return layout(raw, html_reader)
        edits, title = html_edits(raw)
        extracted, mapping = apply_edits(raw, edits)
        lines = extracted.count("\n") + 1
        return Layout(extracted, mapping, [(BlockKind.PARAGRAPH, 0)] * lines,
                      {"title": title} if title else {})
    return plain_layout(raw)


def _date(metadata: dict) -> str | None:
    value = metadata.get("date")
    return publication_date("date:" + value) if value else None


def _damaged_reading_spans(decoded, raw_to_reading, length: int
                           ) -> list[tuple[int, int]]:
    spans = []
    for start, end in decoded.damaged:
        s, e = raw_to_reading.range_to_target(start, end)
        if e <= s and s < length:  # the spot itself was removed: flag the place it was
            e = s + 1
        if s < length:
            spans.append((s, min(e, length)))
    return spans


def load_document(path: Path, relative_path: str) -> Document:
    return build_document(read_file_bytes(path), relative_path, path.suffix)
