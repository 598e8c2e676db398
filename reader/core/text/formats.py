"""Plain text out of HTML and Markdown files, as edits against the file text.

Expressed as edits so that the file text keeps one offset map to the reading text. Nothing
in an HTML file is executed or fetched: scripts, styles and embedded objects are dropped,
and only their text content is kept.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from reader.core.text.offsets import Edit

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer blockquote "
    "pre hr dt dd figcaption title".split())
_SKIP_TAGS = frozenset("script style noscript template iframe object embed svg head".split())


class _HtmlEdits(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.edits: list[Edit] = []
        self.skip_depth = 0
        self.skip_start: int | None = None
        self.title: str | None = None
        self.h1: str | None = None
        self._capture: str | None = None
        self._captured: list[str] = []
        self._line_starts = [0]
        for m in re.finditer("\n", text):
            self._line_starts.append(m.end())

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _tag_span(self) -> tuple[int, int]:
        start = self._offset()
        raw = self.get_starttag_text()
        if raw is not None and self.text.startswith(raw, start):
            return start, start + len(raw)
        end = self.text.find(">", start)
        return start, (end + 1 if end >= 0 else len(self.text))

    def handle_starttag(self, tag, attrs):
        start, end = self._tag_span()
        if tag in _SKIP_TAGS and tag != "head":
            if self.skip_depth == 0:
                self.skip_start = start
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        self.edits.append(Edit(start, end, "\n" if tag in _BLOCK_TAGS else ""))
        if tag in ("title", "h1"):
            self._capture, self._captured = tag, []

    def handle_startendtag(self, tag, attrs):
        if self.skip_depth:
            return
        start, end = self._tag_span()
        self.edits.append(Edit(start, end, "\n" if tag in _BLOCK_TAGS else ""))

    def handle_endtag(self, tag):
        start = self._offset()
        end = self.text.find(">", start)
        end = end + 1 if end >= 0 else len(self.text)
        if tag in _SKIP_TAGS and tag != "head":
            if self.skip_depth:
                self.skip_depth -= 1
                if self.skip_depth == 0 and self.skip_start is not None:
                    self.edits.append(Edit(self.skip_start, end))
                    self.skip_start = None
            return
        if self.skip_depth:
            return
        self.edits.append(Edit(start, end, "\n" if tag in _BLOCK_TAGS else ""))
        if tag == self._capture:
            value = " ".join("".join(self._captured).split())
            if tag == "title" and self.title is None:
                self.title = value
            elif tag == "h1" and self.h1 is None:
                self.h1 = value
            self._capture = None

    def handle_data(self, data):
        if self._capture and not self.skip_depth:
            self._captured.append(data)

    def _replace_ref(self, text: str) -> None:
        if self.skip_depth:
            return
        start = self._offset()
        end = self.text.find(";", start)
        end = end + 1 if end >= 0 else start + len(text) + 1
        value = html.unescape(self.text[start:end])
        self.edits.append(Edit(start, end, value))
        if self._capture:
            self._captured.append(value)

    def handle_entityref(self, name):
        self._replace_ref(name)

    def handle_charref(self, name):
        self._replace_ref(name)

    def _drop(self, _data) -> None:
        start = self._offset()
        for closer in ("-->", ">"):
            end = self.text.find(closer, start)
            if end >= 0:
                self.edits.append(Edit(start, end + len(closer)))
                return

    handle_comment = handle_decl = handle_pi = unknown_decl = _drop


def html_edits(text: str) -> tuple[list[Edit], str | None]:
    """Edits turning an HTML document into text, and its title (<title>, else <h1>)."""
    parser = _HtmlEdits(text)
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # HTMLParser is lenient; never let a broken page stop the library
        pass
    if parser.skip_depth and parser.skip_start is not None:
        parser.edits.append(Edit(parser.skip_start, len(text)))
    return parser.edits, (parser.title or parser.h1 or None)


_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE)
_MD_IMAGE_OR_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^)\n]*)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def markdown_edits(text: str) -> tuple[list[Edit], str | None]:
    """Edits removing Markdown markup (heading marks, link targets, emphasis marks)."""
    edits: list[Edit] = []
    title = None
    for m in _MD_HEADING.finditer(text):
        edits.append(Edit(m.start(1), m.start(2)))
        if m.end(2) < m.end():
            edits.append(Edit(m.end(2), m.end()))
        if title is None and len(m.group(1)) <= 2:
            title = m.group(2).strip()
    for m in _MD_IMAGE_OR_LINK.finditer(text):
        edits.append(Edit(m.start(), m.start(2)))  # "![" or "["
        edits.append(Edit(m.end(2), m.end()))        # "](target)"
    for m in _MD_EMPHASIS.finditer(text):
        edits.append(Edit(m.start(1), m.end(1)))
        edits.append(Edit(m.end(2), m.end()))
    return edits, title
