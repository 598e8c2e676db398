"""Find article files in a library folder and turn each into a Document."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from reader.core.text.cleaning import clean
from reader.core.text.decoding import UnreadableFile, decode_bytes
from reader.core.text.formats import markdown_edits
from reader.core.text.metadata import (detect_language, publication_date, shorten_title,
                                  title_from_text)
from reader.core.models import ArticleInfo, Document
from reader.core.text.offsets import MapChain, OffsetMap, apply_edits
from reader.core.library.epub import epub_documents, item_document
from reader.core.library.structured import article_id
from reader.core.library.webpage import WEB_SUFFIXES, web_document

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".mhtml", ".mht",
                    ".epub")
#: Larger files are refused with a message rather than freezing the reader.
MAX_FILE_BYTES = 64 * 1024 * 1024


def find_article_files(root: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Article files under ``root`` (sorted), and folders that could not be read."""
    files: list[Path] = []
    problems: list[tuple[Path, str]] = []

    def on_error(error: OSError) -> None:
        problems.append((Path(error.filename or root), _os_reason(error)))

    if root.is_file():
        return ([root] if root.suffix.lower() in ARTICLE_SUFFIXES else []), problems
    for folder, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            files.append(Path(folder) / name)
    return files, problems


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, FileNotFoundError):
        return "file disappeared while loading"
    if isinstance(error, IsADirectoryError):
        return "is a folder"
    return error.strerror or str(error)


def read_file_bytes(path: Path) -> bytes:
    """Read a file or raise UnreadableFile with the reason."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(f"too large ({size // (1024 * 1024)} MB; limit "
                                 f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(_os_reason(exc)) from None


def build_document(data: bytes, relative_path: str, suffix: str) -> Document:
    """Decode, extract and clean one article. Raises UnreadableFile."""
    suffix = suffix.lower()
    if suffix in WEB_SUFFIXES:  # web pages and EPUB (issue 13)
        return web_document(data, article_id(relative_path), relative_path, suffix)
    if suffix == ".epub":
        return item_document(data, relative_path)
    decoded = decode_bytes(data)
    raw = decoded.text
    format_title = None
    if suffix in (".md", ".markdown"):
        edits, format_title = markdown_edits(raw)
    else:
        edits = []
    extracted, format_map = apply_edits(raw, edits) if edits else (raw, OffsetMap.identity(len(raw)))
    cleaned = clean(extracted)
    if not cleaned.text.strip():
        raise UnreadableFile("no readable text")
    language, script = detect_language(cleaned.text)
    title = (shorten_title(format_title) if format_title
             else title_from_text(cleaned.text, cleaned.report.repeated_lines))
    info = ArticleInfo(
        id=article_id(relative_path),
        path=relative_path,
        title=title or Path(relative_path).stem,
        language=language,
        script=script,
        date=publication_date(cleaned.text),
        chars=len(cleaned.text),
        content_hash=hashlib.sha256(data).hexdigest()[:16],
        encoding=decoded.encoding,
    )
    return Document(info=info, raw=raw, text=cleaned.text,
                    raw_to_reading=MapChain([format_map, cleaned.raw_to_reading]),
                    report=cleaned.report)


def load_document(path: Path, relative_path: str) -> Document:
    """One article; for an item of an EPUB collection ``relative_path`` is
    ``book.epub#item`` (see load_documents)."""
    return build_document(read_file_bytes(path), relative_path, path.suffix)


def load_documents(path: Path, relative_path: str) -> list[Document]:
    """Every article of a file: one, or one per item of an EPUB collection (news issue)."""
    if path.suffix.lower() == ".epub":
        return epub_documents(read_file_bytes(path), relative_path)
    return [load_document(path, relative_path)]

