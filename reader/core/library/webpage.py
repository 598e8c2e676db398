"""A saved web page file (.html, .htm, .mhtml) → a Document of its main content."""
from __future__ import annotations

from reader.core.library.structured import document_from_blocks
from reader.core.models import Document
from reader.core.text.decoding import Decoded, UnreadableFile, decode_bytes, declared_charset
from reader.core.text.html_reader import read_html, read_mhtml
from reader.core.text.source_map import source_map

WEB_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht")


def decode_page(data: bytes, suffix: str) -> Decoded:
    """The page's HTML as text: MHTML archives are unpacked, declared charsets honoured."""
    if suffix in (".mhtml", ".mht"):
        try:
            page = read_mhtml(data)
        except Exception:  # a damaged archive is reported, never a traceback
            page = None
        if page is None:
            raise UnreadableFile("MHTML archive without an HTML page")
        return Decoded(page, "mhtml")
    return decode_bytes(data, declared=declared_charset(data))


def web_document(data: bytes, article: str, relative_path: str, suffix: str) -> Document:
    decoded = decode_page(data, suffix.lower())
    blocks, metadata, removed = read_html(decoded.text)
    return document_from_blocks(
        article=article, relative_path=relative_path, content=data,
        encoding=decoded.encoding, blocks=blocks, metadata=metadata, removed=removed,
        raw=decoded.text, raw_map=source_map(decoded.text, blocks))
