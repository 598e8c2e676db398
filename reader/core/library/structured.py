"""A Document from a layout (issue 12's pipeline) — shared by every format: plain text,
Markdown, web pages and EPUB (issue 13) all go through ``build_reading_text`` (cleaning,
structure, clutter out with reasons) and get the same identity, title and metadata rules.

``document_from_blocks`` is the entry for readers that produce source blocks themselves
(EPUB chapters, web pages): the blocks are aligned to the raw text and laid out."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from reader.core.library.filenames import name_bytes_or_replace
from reader.core.models import ArticleInfo, Document, RawInMemory
from reader.core.text.blocks import BlockSpans, RemovedBlock, SourceBlock
from reader.core.text.decoding import Decoded, UnreadableFile
from reader.core.text.metadata import (detect_language, publication_date, shorten_title,
                                       title_from_text)
from reader.core.text.pipeline import CLEANING_VERSION, build_reading_text
from reader.core.text.readers import Layout, layout


def article_id(relative_path: str) -> str:
    """Stable id from the path inside the library (survives edits of the file); an item of
    an EPUB collection uses ``book.epub#item``.

    Hashes the name's bytes as the OS holds them, so a name that is not UTF-8 gets an id of
    its own that stays the same across runs."""
    return hashlib.sha1(name_bytes_or_replace(relative_path)).hexdigest()[:12]


def document_from_layout(data: bytes, relative_path: str, decoded: Decoded,
                         text_layout: Layout, article: str | None = None,
                         language_text: str | None = None) -> Document:
    """Clean and structure a laid-out article into a Document. Raises UnreadableFile.

    The language is told from the head of ``language_text`` (default: the laid-out text),
    before cleaning: for plain text and Markdown the decoded file itself, so the library's
    glance at the file (``library.glance``) gives the same language without cleaning."""
    reading = build_reading_text(text_layout)
    if not reading.text.strip():
        raise UnreadableFile(text_layout.metadata.get("note") or "no readable text")
    language, script = detect_language(text_layout.text if language_text is None
                                       else language_text)
    metadata = {**text_layout.metadata, **reading.metadata}
    metadata.pop("note", None)
    title_block = reading.title_block
    if title_block is not None:
        title = shorten_title(reading.text[title_block.start:title_block.end])
    elif text_layout.metadata.get("title"):
        title = shorten_title(text_layout.metadata["title"])
    else:
        title = title_from_text(reading.text, reading.report.repeated_lines)
    info = ArticleInfo(
        id=article or article_id(relative_path),
        path=relative_path,
        title=title or Path(relative_path).stem,
        language=language,
        script=script,
        date=_date(metadata) or publication_date(text_layout.text),
        chars=len(reading.text),
        content_hash=reading_hash(data),
        encoding=decoded.encoding,
        damaged=len(decoded.damaged),
        text_key=duplicate_key(reading.text),
    )
    return Document(info=info, text=reading.text,
                    source=RawInMemory(decoded.text, reading.raw_to_reading),
                    report=reading.report,
                    damaged_spans=_damaged_reading_spans(decoded, reading.raw_to_reading,
                                                         len(reading.text)),
                    blocks=BlockSpans(reading.blocks), metadata=metadata,
                    removed=tuple(reading.removed))


def document_from_blocks(*, article: str, relative_path: str, content: bytes, encoding: str,
                         blocks: list[SourceBlock], metadata: dict,
                         removed: list[RemovedBlock] = (), raw: str | None = None
                         ) -> Document:
    """A Document from a reader's blocks; ``raw`` is the decoded source they came from
    (default: the blocks' own text, one per line, as for EPUB chapters)."""
    if raw is None:
        raw = "\n".join(block.text for block in blocks if block.text)
    if not raw.strip():
        raise UnreadableFile(metadata.get("note") or "no readable text")
    read = (list(blocks), dict(metadata), list(removed))
    return document_from_layout(content, relative_path, Decoded(raw, encoding),
                                layout(raw, lambda _raw: read), article)


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


_ISO_DATE = re.compile(r"((?:1[5-9]|20)\d{2})-(\d{2})-(\d{2})")


def _date(metadata: dict) -> str | None:
    value = metadata.get("date")
    if not value:
        return None
    match = _ISO_DATE.match(value)
    return match.group(0) if match else publication_date("date:" + value)


def _damaged_reading_spans(decoded: Decoded, raw_to_reading, length: int
                           ) -> list[tuple[int, int]]:
    spans = []
    for start, end in decoded.damaged:
        s, e = raw_to_reading.range_to_target(start, end)
        if e <= s and s < length:  # the spot itself was removed: flag the place it was
            e = s + 1
        if s < length:
            spans.append((s, min(e, length)))
    return spans


__all__ = ["article_id", "document_from_blocks", "document_from_layout", "duplicate_key",
           "reading_hash"]
