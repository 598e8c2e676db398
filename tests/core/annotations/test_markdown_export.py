"""Issue 11 item 10: notes and file text in the Markdown export stay inside their highlight's
block and carry no raw HTML, checked by rendering the export (Python-Markdown, the renderer
Reader itself uses) and by reading its lines as CommonMark would start blocks."""
import re
from html.parser import HTMLParser

import markdown
from hypothesis import given, strategies as st

from reader.core.annotations.export import markdown_export
from reader.core.annotations.store import Annotation
from reader.core.models import ArticleInfo

HOSTILE_NOTE = """# H1 from a note
Plain line
---
Setext title
===
<img src=http://evil.example/pixel.png>
<iframe src="http://evil.example/"></iframe>
<script>alert(1)</script>
![remote](http://evil.example/x.png)
```
fenced
- list item
1. numbered
> quote
    indented code
| a | b |
**bold stays bold**"""


def _annotation(uid: str, exact: str, note: str, start: int = 0, orphan=False) -> Annotation:
    return Annotation(uid, "a1", start, start + len(exact), exact, "", "", "h", "yellow", note,
                      ("x",), "2024-01-01T00:00:00+00:00", "2024-01-01T00:00:00+00:00",
                      orphan, "a.txt")


def _info(title="Title <b>bold</b><img src=http://evil.example/t.png>"):
    return ArticleInfo("a1", "dir/`odd` name.txt", title, "es", "Latn", None, 10, "h", "utf-8")


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def _tags(html: str) -> list[str]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_a_hostile_note_stays_inside_its_highlight_and_no_html_survives():
    items = [_annotation("u1", "primera <script>x</script> cita", HOSTILE_NOTE, 0),
             _annotation("u2", "# segunda cita\n---", "nota corta", 50),
             _annotation("u3", "huérfana", "<img src=http://evil.example/o.png>", 90, True)]
    exported = markdown_export([(_info(), items)])
    html = markdown.markdown(exported)
    tags = _tags(html)
    assert not {"img", "iframe", "script", "b"} & set(tags), tags
    assert tags.count("h1") == 1 and "hr" not in tags and "pre" not in tags
    # Every note stays in its own highlight's list item, which holds its quote.
    items_html = re.findall(r"<li>(.*?)</li>", html, re.S)
    assert len(items_html) == 3
    assert "primera" in items_html[0] and "H1 from a note" in items_html[0] \
        and "<strong>bold stays bold</strong>" in items_html[0]
    assert "segunda" in items_html[1] and "nota corta" in items_html[1]
    assert "huérfana" in items_html[2] and "evil.example/o.png" in items_html[2]


def _block_starts_outside_items(exported: str) -> list[str]:
    """Lines at column 0 that start a block: only our own headings, items and prose."""
    bad = []
    for line in exported.split("\n"):
        if not line or line.startswith(("    ", "- > ", "# ", "## ")):
            continue
        if re.match(r"[#>=|`~<+*_-]|\d+[.)]", line):
            bad.append(line)
    return bad


@given(st.text(alphabet=st.sampled_from(list("#-=*+>|`~<!>[]()123. \nabc")), max_size=60))
def test_no_note_can_start_a_block_of_the_export(note):
    exported = markdown_export([(_info("T"), [_annotation("u1", "cita", note)])])
    assert _block_starts_outside_items(exported) == []
    assert "<" not in exported.replace("&lt;", "")
    html = markdown.markdown(exported)
    assert not {"img", "iframe", "script", "h2", "h3"} & set(_tags(html))
    assert _tags(html).count("h1") == 1
