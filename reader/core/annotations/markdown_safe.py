"""Text from files and notes placed into a Markdown export as text, never as markup that
escapes its place: no raw HTML (a previewer would fetch ``<img src=http…>`` or run a
``<script>``), no remote images, no line that starts a heading, a rule, a list or a code fence
of the export itself. Inline emphasis and links of a note are kept: they stay inside it."""
from __future__ import annotations

import re

#: A line that CommonMark would read as the start of a block: heading, quote, fence, table
#: row, HTML block, numbered item; bullets and rules below (``**bold**`` is no bullet).
_BLOCK_START = re.compile(r"^([#>|`~<]|\d{1,9}[.)]|[-+*](?=\s|$)|[-*_=](?=[-*_=\s]*$))")


def inline_text(text: str) -> str:
    """A span of text with no HTML and no image: ``<`` becomes an entity, ``![`` a plain
    exclamation mark and bracket (a link is fine: nothing is fetched until clicked)."""
    return text.replace("<", "&lt;").replace("![", "!\\[")


def block_lines(text: str) -> list[str]:
    """Lines of text that can only be paragraphs: block markers at a line start are escaped
    and indentation is dropped (it would make code blocks)."""
    lines = []
    for line in text.split("\n"):
        line = inline_text(line.strip())
        match = _BLOCK_START.match(line)
        if match:
            marker = match.group(1)
            line = (marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker) \
                + line[match.end():]
        lines.append(line)
    return lines


def indented(lines: list[str], prefix: str) -> str:
    return "\n".join(prefix + line if line else "" for line in lines)
