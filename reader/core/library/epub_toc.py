"""Inside an EPUB: its zip members read safely, and its table of contents (EPUB 3 nav
document or EPUB 2 NCX) as nested entries."""
from __future__ import annotations

import posixpath
import zipfile
import zlib
from dataclasses import dataclass, field
from urllib.parse import unquote, urldefrag

from lxml import etree

from reader.core.text.html_blocks import normalize_space, parse_xhtml

#: A member larger than this (uncompressed) is not read: a zip bomb, not a chapter.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                            recover=True)


@dataclass
class TocEntry:
    title: str
    path: str          # file inside the zip
    fragment: str
    level: int         # 1 = top
    children: list["TocEntry"] = field(default_factory=list)


# -- table of contents ---------------------------------------------------------------------
def nav_toc(archive, manifest) -> list[TocEntry]:
    nav_path = next((path for path, _, props in manifest.values() if "nav" in props.split()),
                    None)
    if not nav_path:
        return []
    data = read_member(archive, nav_path)
    root = parse_xhtml(data) if data else None
    if root is None:
        return []
    navs = [e for e in root.iter() if local_name(e.tag) == "nav"]
    toc_nav = next((n for n in navs if any(v == "toc" for k, v in n.attrib.items()
                                           if k.endswith("type"))), navs[0] if navs else None)
    if toc_nav is None:
        return []
    top = next((e for e in toc_nav.iter() if local_name(e.tag) == "ol"), None)
    return _nav_list(top, posixpath.dirname(nav_path), 1) if top is not None else []


def _nav_list(ol, base: str, level: int) -> list[TocEntry]:
    entries = []
    for li in ol:
        if local_name(li.tag) != "li":
            continue
        link = next((e for e in li if local_name(e.tag) in ("a", "span")), None)
        nested = next((e for e in li if local_name(e.tag) == "ol"), None)
        title = normalize_space("".join(link.itertext())) if link is not None else ""
        href = link.get("href") if link is not None else None
        children = _nav_list(nested, base, level + 1) if nested is not None else []
        if href and title:
            path, fragment = urldefrag(href)
            entries.append(TocEntry(title, join_href(base, path), fragment, level, children))
        elif children:
            entries.append(TocEntry(title or children[0].title, children[0].path,
                                    children[0].fragment, level, children))
    return entries


def ncx_toc(archive, ncx_path: str) -> list[TocEntry]:
    root = read_xml(archive, ncx_path)
    if root is None:
        return []
    nav_map = next((e for e in root.iter() if local_name(e.tag) == "navMap"), None)
    return _ncx_points(nav_map, posixpath.dirname(ncx_path), 1) if nav_map is not None else []


def _ncx_points(parent, base: str, level: int) -> list[TocEntry]:
    entries = []
    for point in parent:
        if local_name(point.tag) != "navPoint":
            continue
        label = next((e for e in point.iter() if local_name(e.tag) == "text"), None)
        content = next((e for e in point if local_name(e.tag) == "content"), None)
        title = normalize_space("".join(label.itertext())) if label is not None else ""
        src = content.get("src") if content is not None else None
        children = _ncx_points(point, base, level + 1)
        if src and title:
            path, fragment = urldefrag(src)
            entries.append(TocEntry(title, join_href(base, path), fragment, level, children))
    return entries


def flatten(entries: list[TocEntry]):
    for entry in entries:
        yield entry
        yield from flatten(entry.children)


def read_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        try:
            info = archive.getinfo(unquote(name))
        except KeyError:
            return None
    if info.file_size > MAX_MEMBER_BYTES:
        return None
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, NotImplementedError,
            EOFError, RuntimeError):
        return None  # a damaged member (bad CRC, unsupported compression, encrypted)


def read_xml(archive: zipfile.ZipFile, name: str | None):
    data = read_member(archive, name) if name else None
    if not data:
        return None
    try:
        return etree.fromstring(data, _SAFE_XML)
    except etree.XMLSyntaxError:
        return None


def join_href(base: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(base, unquote(href))).lstrip("/")


def local_name(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
