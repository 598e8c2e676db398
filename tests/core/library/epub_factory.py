"""Small EPUB files built in memory for tests (EPUB 3 nav or EPUB 2 NCX, any encoding)."""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape


@dataclass
class Chapter:
    name: str                 # file name inside OEBPS/
    body: str                 # XHTML body content (markup)
    title: str = ""
    encoding: str = "utf-8"


@dataclass
class Toc:
    title: str
    href: str
    children: list["Toc"] = field(default_factory=list)


def chapter_xhtml(chapter: Chapter) -> bytes:
    text = (f'<?xml version="1.0" encoding="{chapter.encoding}"?>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
            f"<head><title>{escape(chapter.title)}</title></head><body>{chapter.body}</body></html>")
    return text.encode(chapter.encoding)


def _nav(toc: list[Toc]) -> str:
    def items(entries):
        return "<ol>" + "".join(
            f'<li><a href="{e.href}">{escape(e.title)}</a>{items(e.children) if e.children else ""}</li>'
            for e in entries) + "</ol>"
    return ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body>'
            f'<nav epub:type="toc"><h1>Contents</h1>{items(toc)}</nav></body></html>')


def _ncx(toc: list[Toc]) -> str:
    counter = iter(range(1, 10_000))

    def points(entries):
        return "".join(
            f'<navPoint id="p{n}" playOrder="{n}"><navLabel><text>{escape(e.title)}</text>'
            f'</navLabel><content src="{e.href}"/>{points(e.children)}</navPoint>'
            for e in entries for n in [next(counter)])
    return ('<?xml version="1.0" encoding="utf-8"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
            f'version="2005-1"><head/><docTitle><text>t</text></docTitle><navMap>{points(toc)}'
            '</navMap></ncx>')


def build_epub(chapters: list[Chapter], title: str = "A Book", author: str = "Ann Author",
               toc: list[Toc] | None = None, toc_kind: str = "nav",
               subjects: tuple[str, ...] = (), language: str = "en",
               extra_files: dict[str, bytes] | None = None) -> bytes:
    manifest = []
    spine = []
    files: dict[str, bytes] = {}
    for n, chapter in enumerate(chapters):
        manifest.append(f'<item id="c{n}" href="{chapter.name}" media-type="application/xhtml+xml"/>')
        spine.append(f'<itemref idref="c{n}"/>')
        files[f"OEBPS/{chapter.name}"] = chapter_xhtml(chapter)
    spine_attr = ""
    if toc is not None and toc_kind == "nav":
        manifest.append('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
                        'properties="nav"/>')
        files["OEBPS/nav.xhtml"] = _nav(toc).encode()
    elif toc is not None:
        manifest.append('<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>')
        files["OEBPS/toc.ncx"] = _ncx(toc).encode()
        spine_attr = ' toc="ncx"'
    subject_xml = "".join(f"<dc:subject>{escape(s)}</dc:subject>" for s in subjects)
    opf = ('<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
           'version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f'<dc:identifier id="id">urn:test</dc:identifier><dc:title>{escape(title)}</dc:title>'
           f'<dc:creator>{escape(author)}</dc:creator><dc:language>{language}</dc:language>'
           f'<dc:date>2020-05-01</dc:date>{subject_xml}</metadata>'
           f'<manifest>{"".join(manifest)}</manifest><spine{spine_attr}>{"".join(spine)}</spine>'
           '</package>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        archive.writestr("META-INF/container.xml",
                         '<?xml version="1.0"?><container version="1.0" '
                         'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                         '<rootfile full-path="OEBPS/content.opf" '
                         'media-type="application/oebps-package+xml"/></rootfiles></container>')
        archive.writestr("OEBPS/content.opf", opf)
        for name, data in {**files, **(extra_files or {})}.items():
            archive.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
