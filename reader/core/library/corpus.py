"""Find article files in a library folder and turn each into a Document."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Iterable

from reader.core.library.epub import epub_documents, item_document
from reader.core.library.filenames import display_name
from reader.core.library.structured import (article_id, document_from_layout,  # noqa: F401
                                            duplicate_key, reading_hash)
from reader.core.library.webpage import WEB_SUFFIXES, decode_page, web_layout
from reader.core.models import Document
from reader.core.text.decoding import UnreadableFile, decode_bytes
from reader.core.text.html_reader import read_html
from reader.core.text.readers import FormatReader, Layout, layout, plain_layout, read_markdown

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".mhtml", ".mht",
                    ".epub")
#: Larger files are refused with a message rather than freezing the reader.
MAX_FILE_BYTES = 64 * 1024 * 1024


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

    Web pages (issue 13) are read by ``html_reader`` (default: the main-content reader,
    ``read(raw) -> (blocks, metadata, removed)``) after their declared charset or MHTML
    archive is honoured; an EPUB is one article or an item of a collection."""
    suffix = suffix.lower()
    if suffix == ".epub":
        return item_document(data, relative_path)
    if suffix in WEB_SUFFIXES:
        decoded = decode_page(data, suffix)
        text_layout = web_layout(decoded.text, html_reader or read_html)
    else:
        decoded = decode_bytes(data)
        return document_from_layout(data, relative_path, decoded,
                                    _layout(decoded.text, suffix), language_text=decoded.text)
    return document_from_layout(data, relative_path, decoded, text_layout)


def _layout(raw: str, suffix: str) -> Layout:
    if suffix in (".md", ".markdown"):
        return layout(raw, read_markdown)
    return plain_layout(raw)


def load_document(path: Path, relative_path: str) -> Document:
    """One article; for an item of an EPUB collection ``relative_path`` is
    ``book.epub#item`` (see load_documents)."""
    return build_document(read_file_bytes(path), relative_path, path.suffix)


def load_documents(path: Path, relative_path: str) -> list[Document]:
    """Every article of a file: one, or one per item of an EPUB collection (news issue)."""
    if path.suffix.lower() == ".epub":
        return epub_documents(read_file_bytes(path), relative_path)
    return [load_document(path, relative_path)]
