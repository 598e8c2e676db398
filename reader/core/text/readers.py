"""Format readers: a file's decoded text → source blocks, metadata and removed blocks.

Every reader has the shape ``read(raw) -> (blocks, metadata, removed)``. A reader that knows
where its blocks came from may give their raw spans; otherwise ``layout`` finds each block's
characters in the raw text (markup is what lies between them), so the raw ↔ reading offset
map stays exact for every character that is the same on both sides.

Plain text: one block per line (structure is found later, by ``structure``). Markdown: the
``markdown`` package's element tree (headings, lists, quotes, code; emphasis and links become
their text).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Callable
from xml.etree.ElementTree import Element

from reader.core.text.blocks import BlockKind, RemovedBlock, SourceBlock
from reader.core.text.offsets import OffsetMap

FormatReader = Callable[[str], tuple[list[SourceBlock], dict, list[RemovedBlock]]]

#: How far ahead in the raw text a block character is looked for before it counts as new.
_ALIGN_WINDOW = 2000


@dataclass
class Layout:
    """The extracted text (one line per block), its map from the raw text, and what the
    reader already knew: each line's kind and level, metadata, removed blocks."""

    text: str
    from_raw: OffsetMap
    kinds: list[tuple[BlockKind, int]]
    metadata: dict = field(default_factory=dict)
    removed: list[RemovedBlock] = field(default_factory=list)
    structured: bool = False  # did the reader find the structure (else: plain lines)


def plain_layout(raw: str) -> Layout:
    """Plain text: the raw text itself; every line a paragraph until classified."""
    lines = raw.count("\n") + 1
    return Layout(raw, OffsetMap.identity(len(raw)), [(BlockKind.PARAGRAPH, 0)] * lines)


def layout(raw: str, reader: FormatReader) -> Layout:
    """Run a block reader and align its blocks with the raw text."""
    blocks, metadata, removed = reader(raw)
    lines: list[tuple[str, BlockKind, int]] = []
    for block in blocks:
        for line in block.text.split("\n"):  # one block per line: Qt's blocks are lines too
            line = line.strip()
            if line:
                lines.append((line, block.kind, block.level))
    text, mapping = align(raw, [line for line, _, _ in lines])
    return Layout(text, mapping, [(kind, level) for _, kind, level in lines],
                  dict(metadata), list(removed), structured=True)


def align(raw: str, lines: list[str]) -> tuple[str, OffsetMap]:
    """``"\\n".join(lines)`` and a map from ``raw`` to it: each character found (in order)
    in the raw text maps one to one; what lies between is markup (a replaced segment)."""
    mapping = OffsetMap()
    cursor = 0
    pending_src = 0  # raw characters skipped since the last match
    pending_dst = 0  # extracted characters with no raw counterpart since the last match

    def flush() -> None:
        nonlocal pending_src, pending_dst
        mapping.add_replaced(pending_src, pending_dst)
        pending_src = pending_dst = 0

    for index, line in enumerate(lines):
        if index:
            pending_dst += 1  # the newline between lines
        for ch in line:
            found = raw.find(ch, cursor, cursor + _ALIGN_WINDOW)
            if found < 0:
                pending_dst += 1
                continue
            pending_src += found - cursor
            flush()
            mapping.add_equal(1)
            cursor = found + 1
    pending_src += len(raw) - cursor
    flush()
    return "\n".join(lines), mapping


# -- Markdown -------------------------------------------------------------------------
_PLACEHOLDER = re.compile("\x02wzxhzdk:(\\d+)\x03")
_TAG = re.compile(r"<[^>]*>")
_HEADINGS = {f"h{n}": n for n in range(1, 7)}


def read_markdown(raw: str) -> tuple[list[SourceBlock], dict, list[RemovedBlock]]:
    import markdown

    md = markdown.Markdown(extensions=["fenced_code", "tables"])
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for preprocessor in md.preprocessors:
        lines = preprocessor.run(lines)
    root = md.parser.parseDocument(lines).getroot()
    for processor in md.treeprocessors:
        result = processor.run(root)
        if result is not None:
            root = result
    stash = md.htmlStash.rawHtmlBlocks
    blocks: list[SourceBlock] = []
    _walk(root, blocks, stash, list_depth=0, in_quote=False)
    return blocks, {}, []


def _walk(element: Element, out: list[SourceBlock], stash, list_depth: int,
          in_quote: bool) -> None:
    for child in element:
        tag = child.tag
        if tag in _HEADINGS:
            out.append(SourceBlock(BlockKind.HEADING, _inline(child, stash), _HEADINGS[tag]))
        elif tag in ("ul", "ol"):
            _walk(child, out, stash, list_depth + 1, in_quote)
        elif tag == "li":
            nested = [c for c in child if c.tag in ("ul", "ol", "p", "blockquote", "pre")]
            if nested and any(c.tag == "p" for c in child):
                first = True
                for sub in child:
                    if sub.tag == "p" and first:
                        out.append(SourceBlock(BlockKind.LIST_ITEM, _inline(sub, stash),
                                               list_depth))
                        first = False
                    else:
                        _walk(_wrap(sub), out, stash, list_depth, in_quote)
            else:
                own = Element("li")
                own.text = child.text
                own.extend(c for c in child if c.tag not in ("ul", "ol"))
                out.append(SourceBlock(BlockKind.LIST_ITEM, _inline(own, stash), list_depth))
                for sub in child:
                    if sub.tag in ("ul", "ol"):
                        _walk(_wrap(sub), out, stash, list_depth, in_quote)
        elif tag == "blockquote":
            _walk(child, out, stash, list_depth, True)
        elif tag == "pre":
            out.append(SourceBlock(BlockKind.CODE, "".join(child.itertext())))
        elif tag == "p":
            code = _stashed_code("".join(child.itertext()), stash)
            if code is not None:
                out.append(SourceBlock(BlockKind.CODE, code))
            else:
                out.append(SourceBlock(BlockKind.QUOTE if in_quote else BlockKind.PARAGRAPH,
                                       _inline(child, stash)))
        elif tag == "table":
            for row in child.iter("tr"):
                cells = [" ".join("".join(c.itertext()).split()) for c in row]
                out.append(SourceBlock(BlockKind.PARAGRAPH, " | ".join(cells)))
        elif tag == "hr":
            continue
        else:
            _walk(child, out, stash, list_depth, in_quote)


def _wrap(element: Element) -> Element:
    holder = Element("div")
    holder.append(element)
    return holder


def _inline(element: Element, stash) -> str:
    text = "".join(element.itertext())
    text = _PLACEHOLDER.sub(lambda m: _stashed_text(stash, int(m.group(1))), text)
    # Soft line breaks inside a paragraph: Chinese joins directly, other text with a space.
    return re.sub(r"\s*\n\s*", lambda m: _joiner(text, m), text).strip()


def _joiner(text: str, match: re.Match) -> str:
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end()] if match.end() < len(text) else ""
    return "" if (before > "\u2e80" and after > "\u2e80") else " "


def _stashed_text(stash, index: int) -> str:
    if index >= len(stash):
        return ""
    return html.unescape(_TAG.sub("", str(stash[index])))


def _stashed_code(text: str, stash) -> str | None:
    """A fenced code block arrives as one stashed ``<pre><code>`` placeholder."""
    match = _PLACEHOLDER.fullmatch(text.strip())
    if not match or int(match.group(1)) >= len(stash):
        return None
    value = str(stash[int(match.group(1))])
    if not value.lstrip().startswith("<pre"):
        return None
    return html.unescape(_TAG.sub("", value)).strip("\n")
