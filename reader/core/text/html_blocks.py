"""Structured text out of an HTML or XHTML tree: headings, paragraphs, list items, quotes.

The plain walker behind three readers: the fallback when main-content extraction finds
nothing on a web page, the inventory of what a page holds (to report what extraction left
out), and EPUB chapters. Nothing is fetched or run: scripts, styles, forms and embedded
objects are skipped; images become an optional placeholder.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from lxml import etree, html as lxml_html

from reader.core.text.blocks import BlockKind, SourceBlock

_SKIP = frozenset("script style noscript template iframe object embed svg math head "
                  "form button select textarea input canvas audio video map".split())
#: Page furniture: skipped when the caller wants the article only (EPUB chapters keep all).
CHROME_TAGS = frozenset("nav header footer aside".split())
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCK = frozenset("p div section article main body html header footer nav aside address "
                   "figure figcaption dl dt dd table thead tbody tfoot tr caption center "
                   "details summary hgroup fieldset legend".split())
_LISTS = frozenset(("ul", "ol", "menu", "dir"))
_SPACE = re.compile(r"\s+")


def normalize_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _local(tag) -> str:
    """Tag name without namespace, lower-cased ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


class _Walker:
    def __init__(self, skip_chrome: bool, image_placeholder: str | None):
        self.skip_chrome = skip_chrome
        self.image_placeholder = image_placeholder
        self.blocks: list[SourceBlock] = []
        self.parts: list[str] = []
        self.kind = BlockKind.PARAGRAPH
        self.level = 0

    def flush(self) -> None:
        text = "".join(self.parts)
        self.parts = []
        if self.kind is BlockKind.CODE:
            text = text.strip("\n")
            if text.strip():
                self.blocks.append(SourceBlock(BlockKind.CODE, text))
            return
        text = normalize_space(text)
        if text:
            self.blocks.append(SourceBlock(self.kind, text, self.level))

    def start(self, kind: BlockKind, level: int = 0) -> tuple[BlockKind, int]:
        self.flush()
        previous = (self.kind, self.level)
        self.kind, self.level = kind, level
        return previous

    def walk(self, element, list_depth: int = 0, in_quote: bool = False) -> None:
        tag = _local(element.tag)
        if tag in _SKIP or (self.skip_chrome and tag in CHROME_TAGS) or not tag:
            self.tail(element)
            return
        if tag == "br":
            if self.kind is BlockKind.CODE:
                self.parts.append("\n")
            else:
                self.flush()  # a line break in verse or an address: its own block
            self.tail(element)
            return
        if tag == "img":
            alt = normalize_space(element.get("alt") or "")
            if self.image_placeholder is not None:
                previous = self.start(BlockKind.CAPTION)
                self.parts.append(self.image_placeholder.format(alt=f": {alt}" if alt else ""))
                self.flush()
                self.kind, self.level = previous
            self.tail(element)
            return
        previous = None
        child_depth = list_depth
        child_quote = in_quote
        if tag in _HEADINGS:
            previous = self.start(BlockKind.HEADING, _HEADINGS[tag])
        elif tag == "li":
            previous = self.start(BlockKind.LIST_ITEM, max(1, list_depth))
        elif tag in _LISTS:
            previous = self.start(self.kind, self.level)
            child_depth = list_depth + 1
        elif tag == "blockquote":
            previous = self.start(BlockKind.QUOTE)
            child_quote = True
        elif tag == "pre":
            previous = self.start(BlockKind.CODE)
        elif tag == "figcaption":
            previous = self.start(BlockKind.CAPTION)
        elif tag in _BLOCK:
            kind = BlockKind.QUOTE if in_quote else BlockKind.PARAGRAPH
            if self.kind is BlockKind.LIST_ITEM and tag in ("p", "div"):
                kind = BlockKind.LIST_ITEM  # a paragraph inside a list item stays the item
            previous = self.start(kind, self.level if kind is BlockKind.LIST_ITEM else 0)
        elif tag in ("td", "th"):
            if "".join(self.parts).strip() and (element.text or len(element)):
                self.parts.append(" | ")
        if element.text:
            self.parts.append(element.text)
        for child in element:
            self.walk(child, child_depth, child_quote)
        if previous is not None:
            self.flush()
            self.kind, self.level = previous
        self.tail(element)

    def tail(self, element) -> None:
        if element.tail:
            self.parts.append(element.tail)


def tree_blocks(root, skip_chrome: bool = False,
                image_placeholder: str | None = None) -> list[SourceBlock]:
    """Blocks of a parsed (X)HTML element, in document order."""
    walker = _Walker(skip_chrome, image_placeholder)
    body = root
    for element in root.iter():
        if _local(element.tag) == "body":
            body = element
            break
    try:
        walker.walk(body)
    except RecursionError:
        # Nesting deeper than Python's stack (hostile or broken pages): every text node
        # becomes a paragraph — no structure, but nothing lost.
        return [SourceBlock(BlockKind.PARAGRAPH, normalize_space(text))
                for text in body.itertext() if text.strip()]
    walker.flush()
    return walker.blocks


_HTML_PARSER = lxml_html.HTMLParser(huge_tree=True, no_network=True, remove_comments=True,
                                    remove_pis=True)


def parse_html(text: str):
    """A lenient HTML tree (never fetches anything); None when there is nothing to parse."""
    if not text.strip():
        return None
    # lxml refuses str input carrying an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        # huge_tree: libxml2 otherwise drops everything nested deeper than 256 elements.
        return lxml_html.document_fromstring(text, parser=_HTML_PARSER)
    except (etree.ParserError, ValueError):
        return None


def parse_xhtml(data: bytes):
    """An XHTML tree from bytes (its own declared encoding applies), else lenient HTML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, recover=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        pass
    try:
        return lxml_html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return None


def html_title(root) -> str | None:
    """<title>, else the first <h1>, whitespace-normalised."""
    for xpath in ("//*[local-name()='title']", "//*[local-name()='h1']"):
        for element in root.xpath(xpath):
            value = normalize_space("".join(element.itertext()))
            if value:
                return value
    return None


_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


class _StdlibTree(HTMLParser):
    """A tree from Python's own HTML parser: slower, but without libxml2's nesting limit
    (it silently drops everything deeper than 256 elements, e.g. after unclosed tags)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.builder = etree.TreeBuilder()
        self.stack = ["html"]
        self.builder.start("html", {})

    def handle_starttag(self, tag, attrs):
        self.builder.start(tag, {k: v or "" for k, v in attrs if _ATTRIBUTE.fullmatch(k)})
        if tag in _VOID:
            self.builder.end(tag)
        else:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.stack[1:]:
            while True:
                open_tag = self.stack.pop()
                self.builder.end(open_tag)
                if open_tag == tag:
                    break

    def handle_data(self, data):
        # lxml refuses text with characters XML forbids (e.g. a stray \x08 in a page).
        self.builder.data(_NOT_XML.sub("", data))

    def result(self):
        while self.stack:
            self.builder.end(self.stack.pop())
        return self.builder.close()


_ATTRIBUTE = re.compile(r"[A-Za-z_][\w.-]*")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def parse_html_unlimited(text: str):
    """Like ``parse_html`` for pages nested deeper than libxml2 allows."""
    parser = _StdlibTree()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):  # HTMLParser on malformed markup
        pass
    return parser.result()
