"""Find article files in a library folder and turn each into a Document."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from reader.core.text.cleaning import clean
from reader.core.text.decoding import UnreadableFile, decode_bytes
from reader.core.text.formats import html_edits, markdown_edits
from reader.core.text.metadata import (detect_language, publication_date, shorten_title,
                                  title_from_text)
from reader.core.models import ArticleInfo, Document
from reader.core.text.offsets import MapChain, OffsetMap, apply_edits

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
#: Larger files are refused with a message rather than freezing the reader.
MAX_FILE_BYTES = 64 * 1024 * 1024


def article_id(relative_path: str) -> str:
    """Stable id from the path inside the library (survives edits of the file)."""
    return hashlib.sha1(relative_path.encode("utf-8")).hexdigest()[:12]


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
    decoded = decode_bytes(data)
    raw = decoded.text
    format_title = None
    suffix = suffix.lower()
    if suffix in (".html", ".htm"):
        edits, format_title = html_edits(raw)
    elif suffix in (".md", ".markdown"):
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
    return build_document(read_file_bytes(path), relative_path, path.suffix)
