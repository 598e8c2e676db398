"""Find article files in a library folder and turn each into a Document."""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

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
        text_key=duplicate_key(reading.text),
    )
    return Document(info=info, raw=raw, text=reading.text,
                    raw_to_reading=reading.raw_to_reading, report=reading.report,
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


def load_document(path: Path, relative_path: str) -> Document:
    return build_document(read_file_bytes(path), relative_path, path.suffix)
