"""A saved web page file (.html, .htm, .xhtml, .mhtml): its HTML as text, honouring MHTML
archives and declared charsets. The main content is read by ``text.html_reader`` and laid
out like every article (``corpus.build_document``)."""
from __future__ import annotations

from reader.core.text.blocks import SourceBlock
from reader.core.text.decoding import Decoded, UnreadableFile, decode_bytes, declared_charset
from reader.core.text.html_reader import read_mhtml
from reader.core.text.readers import FormatReader, Layout
from reader.core.text.offsets import OffsetMap
from reader.core.text.source_map import VisibleText

#: How far past the last placed line (visible characters) the next one is looked for.
_SEARCH_WINDOW = 200_000
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


def web_layout(raw: str, reader: FormatReader) -> Layout:
    """A web reader's blocks as layout lines (one line per block), mapped to the HTML source:
    each line is first found in the page's visible text (``source_map.VisibleText``: tags
    dropped, entities decoded), so its words are taken where they are shown and not from the
    <title> or meta tags that repeat them; inside that span every character found in order
    maps one to one, the markup and entities between them are replaced segments."""
    blocks, metadata, removed = reader(raw)
    lines = [SourceBlock(block.kind, line.strip(), block.level)
             for block in blocks for line in block.text.split("\n") if line.strip()]
    return Layout("\n".join(line.text for line in lines), _map_lines(raw, lines),
                  [(line.kind, line.level) for line in lines], dict(metadata), list(removed),
                  structured=True)


def _map_lines(raw: str, lines: list[SourceBlock]) -> OffsetMap:
    visible = VisibleText(raw)
    mapping = OffsetMap()
    done = 0          # raw characters mapped so far
    pending_dst = 0   # extracted characters with no raw counterpart yet
    cursor = 0        # visible-text search position
    for index, line in enumerate(lines):
        if index:
            pending_dst += 1  # the newline between lines
        located = visible.locate(line.text, cursor, _SEARCH_WINDOW)
        if located is None or located[0] < done:
            pending_dst += len(line.text)
            continue
        start, end, cursor = located
        if end - start < len(line.text):  # only the line's head was found
            end = min(len(raw), start + 4 * len(line.text) + 200)
        position = start
        for ch in line.text:
            found = raw.find(ch, position, end)
            if found < 0:
                pending_dst += 1
                continue
            mapping.add_replaced(found - done, pending_dst)
            mapping.add_equal(1)
            done = position = found + 1
            pending_dst = 0
    mapping.add_replaced(len(raw) - done, pending_dst)
    return mapping
