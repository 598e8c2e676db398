"""Markdown notes rendered safely: no raw HTML, no images, no scripts, only web/mail links."""
from __future__ import annotations

import html

from functools import lru_cache

_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def _safe_links(root):
    """Only web and mail links survive; event handlers, styles and sources are dropped."""
    for element in root.iter():
        if element.tag == "a":
            href = (element.get("href") or "").strip()
            if not href.lower().startswith(_SAFE_SCHEMES):
                element.attrib.pop("href", None)
                element.tag = "span"
        for attribute in list(element.attrib):
            if attribute.lower().startswith("on") or attribute.lower() in ("style", "src"):
                del element.attrib[attribute]
    return root


@lru_cache(maxsize=1)
def _extension_class():
    # Markdown is imported when the first note is rendered, not at start-up.
    from markdown.extensions import Extension
    from markdown.treeprocessors import Treeprocessor

    class SafeLinks(Treeprocessor):
        def run(self, root):
            return _safe_links(root)

    class SafeNotes(Extension):
        def extendMarkdown(self, md):
            # Raw HTML is shown as text; images are never loaded (they would be remote).
            md.preprocessors.deregister("html_block")
            md.inlinePatterns.deregister("html")
            for name in ("image_link", "image_reference", "short_image_ref"):
                if name in md.inlinePatterns:
                    md.inlinePatterns.deregister(name)
            md.treeprocessors.register(SafeLinks(md), "reader_safe_links", 0)

    return SafeNotes


def render_note(note: str) -> str:
    """HTML for a note; anything that looks like markup is escaped, not interpreted."""
    import markdown

    renderer = markdown.Markdown(extensions=[_extension_class()()], output_format="html")
    # Escaping first turns <script> into text; Markdown syntax has no use for < & >.
    escaped = html.escape(note, quote=False).replace("&gt;", ">")
    return renderer.convert(escaped)
