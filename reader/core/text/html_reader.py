"""A saved web page read as an article: its main content as blocks, metadata, and what was
left out.

Main content comes from trafilatura (measured best on real pages, see docs/benchmarks.md)
with comments left out, in its XML form so headings, lists, quotes, code and tables keep
their structure. Nothing is fetched and no script runs: trafilatura and lxml only parse.
When trafilatura finds nothing (a tiny page, an unusual layout), a plain structured
html-to-text of the page is used instead, with a note in the metadata.

Everything the page holds that is not in the body is returned as ``RemovedBlock`` values,
with approximate offsets into the HTML source (see ``source_map``): nothing is lost.
"""
from __future__ import annotations

import email
import email.policy
import re
import threading

from lxml import etree

from reader.core.text.blocks import BlockKind, RemovedBlock, SourceBlock
from reader.core.text.html_blocks import (html_title, normalize_space, parse_html,
                                          parse_html_unlimited, tree_blocks)
from reader.core.text.source_map import VisibleText, locate_text

#: Bigger pages are cut before extraction: no saved article is this large, and the
#: extractor's time grows with the tree.
MAX_HTML_CHARS = 8_000_000

#: Comments out and precision favoured: each moved F1 by about half a point on the public
#: benchmark (shared design notes); on the development set (bench/extraction.py) precision
#: mode also keeps the structure of short pages that the balanced mode flattens.
EXTRACTION_OPTIONS = dict(
    output_format="xml",
    include_comments=False,
    include_tables=True,
    include_images=False,
    include_formatting=False,
    include_links=False,
    with_metadata=True,
    deduplicate=False,
    favor_precision=True,
    favor_recall=False,
    # Dates from the page's markup and metadata only: the free-text search (dateparser on
    # every date-like string) costs seconds on some pages and guesses from copyright lines.
    date_extraction_params={"extensive_search": False, "original_date": True},
)
METADATA_FIELDS = ("title", "author", "date", "sitename", "hostname", "description",
                   "categories", "tags", "url", "language")

#: Seconds the extractor may spend on one page; past that the page's own blocks are read
#: (as when it finds nothing) and the extraction left to end on its own: never a hang.
EXTRACTION_TIME_LIMIT = 20.0
#: Character comparisons allowed for "is this page block inside the article" (see _left_out).
_SUBSTRING_BUDGET = 400_000_000
_SEARCH_WINDOW = 200_000

_HEADING_LEVEL = re.compile(r"h([1-6])")
_WHITE_SPACE = re.compile(r"\s+")


def read_html(raw: str) -> tuple[list[SourceBlock], dict, list[RemovedBlock]]:
    """Blocks of the page's article (title block first), its metadata, and what was left
    out of the body with the reason."""
    page = raw[:MAX_HTML_CHARS]
    metadata: dict = {}
    visible = VisibleText(page)
    tree = parse_html(page)
    if tree is not None and _loses_text(tree, visible):
        # Nested too deep for libxml2 (and so for trafilatura): read the whole page.
        tree, body = parse_html_unlimited(page), []
    else:
        body = _extract_in_time(page, metadata)
    inventory = tree_blocks(tree) if tree is not None else []
    if not body:
        body = tree_blocks(tree, skip_chrome=True) if tree is not None else []
        if not body:
            body = inventory
        metadata["extraction"] = "fallback"
        metadata["note"] = ("The main content could not be told apart from the rest of the "
                            "page: the whole page text is shown.")
    else:
        body = _restructured(body, inventory)
        metadata["extraction"] = "main-content"
    title = metadata.get("title") or (html_title(tree) if tree is not None else None)
    removed: list[RemovedBlock] = []
    if body and title and body[0].kind is BlockKind.HEADING and \
            normalize_space(body[0].text) == normalize_space(title):
        body = body[1:]  # the headline: it is the title block
    blocks = ([SourceBlock(BlockKind.TITLE, normalize_space(title))] if title else []) + body
    if title:
        metadata["title"] = normalize_space(title)
    removed.extend(_left_out(visible, inventory, blocks))
    return blocks, metadata, removed


def _extract_in_time(page: str, metadata: dict) -> list[SourceBlock]:
    """``_extract`` on a daemon thread, waited for at most ``EXTRACTION_TIME_LIMIT`` seconds (a pathological
    page must not hang the library; lxml and trafilatura cannot be interrupted, so the
    thread is left to finish and its result dropped)."""
    found: dict = {}
    own_metadata: dict = {}
    done = threading.Event()

    def work() -> None:
        try:
            found["blocks"] = _extract(page, own_metadata)
        except Exception:  # never a traceback for a page: the fallback reads it
            found["blocks"] = []
        finally:
            done.set()

    threading.Thread(target=work, name="reader-page-extraction", daemon=True).start()
    if not done.wait(EXTRACTION_TIME_LIMIT):
        metadata["extraction_timeout"] = f"over {EXTRACTION_TIME_LIMIT:g} s"
        return []
    metadata.update(own_metadata)
    return found.get("blocks", [])


def _extract(page: str, metadata: dict) -> list[SourceBlock]:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a declared dependency
        return []
    try:
        result = trafilatura.extract(page, **EXTRACTION_OPTIONS)
    except Exception:  # a broken page must never stop the library: fall back
        return []
    if not result:
        return []
    try:
        doc = etree.fromstring(result.encode("utf-8"),
                               etree.XMLParser(resolve_entities=False, no_network=True,
                                               recover=True))
    except etree.XMLSyntaxError:
        return []
    if doc is None:
        return []
    for name in METADATA_FIELDS:
        value = doc.get(name)
        if value:
            metadata[name] = normalize_space(value)
    main = doc.find("main")
    if main is None:
        return []
    blocks: list[SourceBlock] = []
    for child in main:
        _convert(child, blocks, depth=0, in_quote=False)
    return blocks


def _convert(element, blocks: list[SourceBlock], depth: int, in_quote: bool) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "head":
        match = _HEADING_LEVEL.fullmatch(element.get("rend") or "")
        _add(blocks, BlockKind.HEADING, _inline(element), int(match[1]) if match else 2)
    elif tag == "list":
        for item in element:
            if item.tag != "item":
                _convert(item, blocks, depth + 1, in_quote)
                continue
            _add(blocks, BlockKind.LIST_ITEM, _inline(item, stop=("list",)), depth + 1)
            for nested in item:
                if nested.tag == "list":
                    _convert(nested, blocks, depth + 1, in_quote)
    elif tag == "quote":
        if any(child.tag in ("p", "list", "head", "quote") for child in element):
            if element.text and element.text.strip():
                _add(blocks, BlockKind.QUOTE, element.text)
            for child in element:
                _convert(child, blocks, depth, True)
        else:
            _add(blocks, BlockKind.QUOTE, _inline(element))
    elif tag == "code":
        text = "".join(element.itertext()).strip("\n")
        if text.strip():
            blocks.append(SourceBlock(BlockKind.CODE, text))
    elif tag == "table":
        for row in element.iter("row"):
            cells = [normalize_space(_inline(cell)) for cell in row.iter("cell")]
            _add(blocks, BlockKind.PARAGRAPH, " | ".join(c for c in cells if c))
    elif tag == "graphic":
        return
    elif tag:
        _add(blocks, BlockKind.QUOTE if in_quote else BlockKind.PARAGRAPH, _inline(element))


def _inline(element, stop: tuple[str, ...] = ()) -> str:
    """Text of an element; <lb/> is a line break; elements named in ``stop`` are skipped."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag in stop:
            parts.append(child.tail or "")
            continue
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_inline(child, stop))
        parts.append(child.tail or "")
    return "".join(parts)


def _add(blocks: list[SourceBlock], kind: BlockKind, text: str, level: int = 0) -> None:
    # A line break inside a paragraph (verse, addresses) becomes a block boundary: the
    # reading text keeps one line per block.
    for line in text.split("\n"):
        line = normalize_space(line)
        if line:
            blocks.append(SourceBlock(kind, line, level))


def _restructured(body: list[SourceBlock], inventory: list[SourceBlock]) -> list[SourceBlock]:
    """When trafilatura falls back to its baseline it returns the content as one flat
    paragraph: the page's own blocks inside that text give the structure back."""
    if len(body) > 2 or len(inventory) < 2:
        return body
    # White space is left out of the comparison: the baseline joins text nodes with spaces.
    content = "".join("".join(b.text.split()) for b in body)
    chosen = [b for b in inventory if len(b.text) >= 2 and "".join(b.text.split()) in content]
    covered = sum(len("".join(b.text.split())) for b in chosen)
    if len(chosen) <= len(body) or covered < 0.8 * len(content):
        return body
    return chosen


def _loses_text(tree, visible: VisibleText) -> bool:
    """Did the parser drop text the page shows (libxml2 stops at 256 nested elements)?"""
    parsed = len(_WHITE_SPACE.sub("", "".join(tree.itertext())))
    shown = len(visible.text) - visible.text.count(" ")
    return parsed < 0.9 * shown - 10


def _left_out(visible: VisibleText, inventory: list[SourceBlock],
              kept: list[SourceBlock]) -> list[RemovedBlock]:
    """Blocks of the page whose text is not in the article (with approximate offsets).

    Bounded work on huge pages: a block is looked for inside the article's text only while
    that stays cheap (else only whole kept blocks count), and in the page's visible text
    from where the previous one was found, within a window."""
    kept_lines = [normalize_space(b.text) for b in kept]
    kept_set = set(kept_lines)
    kept_text = "\n".join(kept_lines)
    substring_ok = len(inventory) * len(kept_text) <= _SUBSTRING_BUDGET
    removed: list[RemovedBlock] = []
    cursor = 0
    for block in inventory:
        text = normalize_space(block.text)
        if not text or text in kept_set or (substring_ok and text in kept_text):
            continue
        start, end, cursor = locate_text(visible, text, cursor, _SEARCH_WINDOW)
        removed.append(RemovedBlock("chrome", "outside the page's main content "
                                    "(navigation, links, comments, footer …)",
                                    start, end, text))
    return removed


def read_mhtml(data: bytes) -> str | None:
    """The HTML of a saved MHTML page (its first text/html part, decoded), or None."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            try:
                return part.get_content()
            except (LookupError, UnicodeDecodeError, ValueError):
                payload = part.get_payload(decode=True) or b""
                return payload.decode("utf-8", errors="replace")
    return None
