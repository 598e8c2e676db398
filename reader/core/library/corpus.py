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

    if not root.is_dir():
        reason = _not_readable_reason(root, trusted)
        if reason:
            problems.append((root, reason))
        elif root.suffix.lower() in ARTICLE_SUFFIXES:
            files.append(root)
        return files, problems
    _walk(root, trusted, files, problems)
    return files, problems


def _walk(folder: Path, trusted: list[Path], files: list[Path],
          problems: list[tuple[Path, str]]) -> None:
    """``os.walk``'s order (a folder's files, sorted, then its sub-folders, sorted; links to
    folders not entered; dot names skipped) with one directory read per folder: a regular
    file is known from the directory entry itself, so a 10,000-file library is listed
    without a system call per file (issue 15: the first import's catalog)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=_entry_name)
    except OSError as error:
        problems.append((Path(error.filename or folder), _os_reason(error)))
        return
    subfolders = []
    # pathlib's own child constructor (what Path.glob uses) skips re-parsing the folder's
    # path: half the cost of listing a big folder; ``/`` where it does not exist.
    child = getattr(folder, "_make_child_relpath", folder.__truediv__)
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir()  # follows a link, as os.walk does
        except OSError:
            is_folder = False
        if is_folder:
            subfolders.append(entry)
            continue
        if not name.lower().endswith(ARTICLE_SUFFIXES):
            continue
        path = child(name)
        try:
            plain_file = entry.is_file(follow_symlinks=False)  # no link, no FIFO, no device
        except OSError:
            plain_file = False
        reason = None if plain_file else _not_readable_reason(path, trusted)
        if reason:
            problems.append((path, reason))
        else:
            files.append(path)
    for entry in subfolders:
        try:
            if entry.is_symlink():
                continue  # like os.walk(followlinks=False): listed, never entered
        except OSError:
            continue
        _walk(folder / entry.name, trusted, files, problems)


def _entry_name(entry: os.DirEntry) -> str:
    return entry.name


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
    def read_all(fd: int, status: os.stat_result) -> bytes:
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
    return _read_regular(path, read_all)


def read_file_head(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of a regular file (all of a smaller one), with the checks
    of ``read_file_bytes``; one read, for listing a file by its head (issue 15)."""
    return _read_regular(path, lambda fd, _status: os.read(fd, size))


def _read_regular(path: Path, read) -> bytes:
    """``read(fd, status)`` on ``path`` opened without blocking, once the open descriptor
    is known to be a regular file; every failure as UnreadableFile with its reason."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise UnreadableFile(_os_reason(exc)) from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise UnreadableFile(
                f"not a regular file ({_KINDS.get(stat.S_IFMT(status.st_mode), 'special file')})")
        return read(fd, status)
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
