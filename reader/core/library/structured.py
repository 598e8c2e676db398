"""A Document from source blocks (web pages, EPUB): assembled with ``blocks.assemble``,
cleaned with the same rules as every article, block spans kept in reading offsets."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from reader.core.models import ArticleInfo, Document
from reader.core.text.blocks import Block, RemovedBlock, SourceBlock, assemble
from reader.core.text.cleaning import clean
from reader.core.text.decoding import UnreadableFile
from reader.core.text.metadata import detect_language, publication_date, shorten_title
from reader.core.text.offsets import MapChain, OffsetMap

def article_id(relative_path: str) -> str:
    """Stable id from the path inside the library (survives edits of the file); an item of
    an EPUB collection uses ``book.epub#item``."""
    return hashlib.sha1(relative_path.encode("utf-8")).hexdigest()[:12]


_ISO_DATE = re.compile(r"((?:1[5-9]|20)\d{2})-(\d{2})-(\d{2})")


def document_from_blocks(*, article: str, relative_path: str, content: bytes, encoding: str,
                         blocks: list[SourceBlock], metadata: dict,
                         removed: list[RemovedBlock] = (), raw: str | None = None,
                         raw_map: OffsetMap | None = None) -> Document:
    """``raw`` is the decoded source (defaults to the assembled text) and ``raw_map`` maps
    it to the assembled text (identity when ``raw`` is the assembled text)."""
    assembled, spans = assemble(blocks)
    if not assembled.strip():
        raise UnreadableFile(metadata.get("note") or "no readable text")
    if raw is None:
        raw, raw_map = assembled, OffsetMap.identity(len(assembled))
    elif raw_map is None:
        raise ValueError("raw given without its map to the assembled text")
    cleaned = clean(assembled)
    if not cleaned.text.strip():
        raise UnreadableFile(metadata.get("note") or "no readable text")
    reading_blocks = _mapped_blocks(spans, cleaned.raw_to_reading)
    language, script = detect_language(cleaned.text)
    title = metadata.get("title") or next(
        (cleaned.text[b.start:b.end] for b in reading_blocks), "")
    info = ArticleInfo(
        id=article,
        path=relative_path,
        title=shorten_title(title) if title else Path(relative_path).stem,
        language=language,
        script=script,
        date=_iso_date(metadata.get("date")) or publication_date(cleaned.text),
        chars=len(cleaned.text),
        content_hash=hashlib.sha256(content).hexdigest()[:16],
        encoding=encoding,
    )
    return Document(info=info, raw=raw, text=cleaned.text,
                    raw_to_reading=MapChain([raw_map, cleaned.raw_to_reading]),
                    report=cleaned.report, blocks=tuple(reading_blocks),
                    metadata=dict(metadata), removed=tuple(removed))


def _mapped_blocks(spans: list[Block], mapping: OffsetMap) -> list[Block]:
    """Block spans moved through the cleaning map; blocks cleaning emptied are dropped."""
    result = []
    for block in spans:
        start, end = mapping.range_to_target(block.start, block.end)
        if end > start:
            result.append(Block(block.kind, start, end, block.level))
    return result


def _iso_date(value: str | None) -> str | None:
    match = _ISO_DATE.match(value or "")
    return match.group(0) if match else None


__all__ = ["document_from_blocks", "article_id"]
