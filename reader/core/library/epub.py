"""EPUB books and news issues read as articles (standard library zip + lxml).

A book is one article: its chapters in spine order, the table of contents (EPUB 3 nav or
EPUB 2 NCX, nested) as headings, images as a placeholder. A collection — a news or
magazine issue, which calibre and other tools mark as a periodical — is one article per
item of its table of contents, each with a stable id from ``book.epub#item``.
DRM-protected and damaged files are refused with the reason.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from urllib.parse import unquote, urldefrag

from lxml import etree

from reader.core.library.structured import article_id, document_from_blocks
from reader.core.models import Document
from reader.core.text.blocks import BlockKind, RemovedBlock, SourceBlock
from reader.core.text.decoding import UnreadableFile
from reader.core.text.html_blocks import normalize_space, parse_xhtml, tree_blocks

IMAGE_PLACEHOLDER = "[image{alt}]"  # "[image]", "[image: a map of Spain]"
#: A member larger than this (uncompressed) is not read: a zip bomb, not a chapter.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
#: Font obfuscation is not DRM: the text stays readable.
_FONT_OBFUSCATION = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
_PERIODICAL = re.compile(r"\b(news|newspaper|periodical|magazine|revista|noticias|"
                         r"新闻|新聞|报纸|報紙|杂志|雜誌|期刊)\b", re.IGNORECASE)
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                            recover=True)


@dataclass
class TocEntry:
    title: str
    path: str          # file inside the zip
    fragment: str
    level: int         # 1 = top
    children: list["TocEntry"] = field(default_factory=list)


@dataclass
class Epub:
    metadata: dict
    spine: list[str]               # content files in reading order
    toc: list[TocEntry]            # nested
    collection: bool
    archive: zipfile.ZipFile


def open_epub(data: bytes) -> Epub:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise UnreadableFile("damaged EPUB (not a readable zip archive)") from None
    _refuse_drm(archive, names)
    container = _xml(archive, "META-INF/container.xml")
    if container is None:
        raise UnreadableFile("not an EPUB (META-INF/container.xml is missing)")
    rootfile = next((e.get("full-path") for e in container.iter()
                     if _local(e.tag) == "rootfile" and e.get("full-path")), None)
    opf = _xml(archive, rootfile) if rootfile else None
    if opf is None:
        raise UnreadableFile("damaged EPUB (its package document is missing or broken)")
    base = posixpath.dirname(rootfile)
    metadata = _package_metadata(opf)
    manifest: dict[str, tuple[str, str, str]] = {}
    for item in opf.iter():
        if _local(item.tag) == "item" and item.get("id") and item.get("href"):
            manifest[item.get("id")] = (_join(base, item.get("href")),
                                        item.get("media-type") or "",
                                        item.get("properties") or "")
    spine_element = next((e for e in opf.iter() if _local(e.tag) == "spine"), None)
    spine = []
    if spine_element is not None:
        for ref in spine_element:
            entry = manifest.get(ref.get("idref") or "")
            if entry and ("html" in entry[1] or entry[0].endswith((".html", ".xhtml", ".htm"))):
                spine.append(entry[0])
    if not spine:
        raise UnreadableFile("damaged EPUB (no chapters in its spine)")
    toc = _nav_toc(archive, manifest)
    if not toc and spine_element is not None and spine_element.get("toc") in manifest:
        toc = _ncx_toc(archive, manifest[spine_element.get("toc")][0])
    if not toc:
        ncx = next((path for path, media, _ in manifest.values() if "ncx" in media), None)
        toc = _ncx_toc(archive, ncx) if ncx else []
    collection = _is_collection(opf, metadata)
    return Epub(metadata, spine, toc, collection, archive)


def epub_documents(data: bytes, relative_path: str, only: str | None = None) -> list[Document]:
    """The articles of an EPUB file: one for a book, one per item for a collection.
    ``only`` (``book.epub#item``) builds just that item."""
    book = open_epub(data)
    base_metadata = dict(book.metadata)
    if book.collection:
        items = _collection_items(book)
        if items:
            documents = []
            for key, title, section, files in items:
                path = f"{relative_path}#{key}"
                if only is not None and path != only:
                    continue
                body: list[SourceBlock] = []
                bars: list[str] = []
                for name in files:
                    body.extend(_chapter_blocks(book, name, link_bars=bars))
                if body and body[0].kind is BlockKind.HEADING and \
                        normalize_space(body[0].text) == normalize_space(title):
                    body = body[1:]  # the item's headline is its title block
                blocks = [SourceBlock(BlockKind.TITLE, title)] + body
                metadata = {**base_metadata, "title": title, "issue": book.metadata.get("title"),
                            "section": section, "item": key}
                # Not in the reading text (the raw text of an EPUB item is its assembled
                # text), so they are reported with an empty span at its start.
                removed = [RemovedBlock("navigation", "the issue's link bar (next, previous, "
                                        "section menu)", 0, 0, text) for text in bars]
                try:
                    documents.append(document_from_blocks(
                        article=article_id(path), relative_path=path, content=data,
                        encoding="epub", blocks=blocks, metadata=metadata, removed=removed))
                except UnreadableFile:
                    continue  # an empty item (a section index page): nothing to read
            if documents or only is not None:
                return documents
    blocks = _book_blocks(book)
    return [document_from_blocks(article=article_id(relative_path),
                                 relative_path=relative_path, content=data, encoding="epub",
                                 blocks=blocks, metadata=base_metadata)]


def book_path(relative_path: str) -> tuple[str, str | None]:
    """(path of the EPUB file, item path or None) from ``book.epub`` / ``book.epub#item``."""
    cut = relative_path.lower().rfind(".epub#")
    if cut < 0:
        return relative_path, None
    return relative_path[:cut + 5], relative_path


def item_document(data: bytes, relative_path: str) -> Document:
    """The one article ``relative_path`` names: the book, or one item of a collection."""
    base, item = book_path(relative_path)
    return select_item(epub_documents(data, base, only=item), relative_path)


def select_item(documents: list[Document], relative_path: str) -> Document:
    for document in documents:
        if document.info.path == relative_path:
            return document
    if "#" not in relative_path and documents:
        return documents[0]
    raise UnreadableFile("this item is no longer in the EPUB")


# -- the book as one article ---------------------------------------------------------------
def _book_blocks(book: Epub) -> list[SourceBlock]:
    title = book.metadata.get("title")
    blocks = [SourceBlock(BlockKind.TITLE, title)] if title else []
    by_file: dict[str, list[TocEntry]] = {}
    for entry in _flatten(book.toc):
        by_file.setdefault(entry.path, []).append(entry)
    for name in book.spine:
        chapter = _chapter_blocks(book, name)
        blocks.extend(_with_outline(chapter, by_file.get(name, [])))
    if len(blocks) <= (1 if title else 0):
        raise UnreadableFile("no readable text in this EPUB")
    return blocks


def _with_outline(chapter: list[SourceBlock], entries: list[TocEntry]) -> list[SourceBlock]:
    """Headings named in the table of contents take its level; entries with no matching
    heading become one at the chapter's start."""
    result = list(chapter)
    missing = []
    for entry in entries:
        key = normalize_space(entry.title).casefold()
        for i, block in enumerate(result):
            if block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH) and \
                    normalize_space(block.text).casefold() == key:
                result[i] = SourceBlock(BlockKind.HEADING, block.text, entry.level)
                break
        else:
            missing.append(SourceBlock(BlockKind.HEADING, entry.title, entry.level))
    return missing + result


def _chapter_blocks(book: Epub, name: str,
                    link_bars: list[str] | None = None) -> list[SourceBlock]:
    """Blocks of one content file; with ``link_bars``, navigation bars are taken out and
    their text appended to it."""
    data = _read(book.archive, name)
    if data is None:
        return [SourceBlock(BlockKind.CAPTION, f"[chapter {name} could not be read]")]
    root = parse_xhtml(data)
    if root is None:
        return []
    if link_bars is not None:
        link_bars.extend(_drop_link_bars(root))
    return tree_blocks(root, image_placeholder=IMAGE_PLACEHOLDER)


def _drop_link_bars(root) -> list[str]:
    """Navigation bars of generated issues (Next | Previous | Section menu): blocks whose
    whole text is two or more links and separators. Returns their text."""
    dropped = []
    gone = set()
    for element in list(root.iter()):
        if _local(element.tag) not in ("div", "p", "table", "td", "ul", "nav") or \
                any(ancestor in gone for ancestor in element.iterancestors()):
            continue
        links = [a for a in element.iter() if _local(a.tag) == "a"]
        if len(links) < 2:
            continue
        texts = ["".join(a.itertext()) for a in links]
        rest = "".join(element.itertext())
        for piece in texts:
            rest = rest.replace(piece, "", 1)
        if not re.sub(r"[\s|·•/\\\-–—>»<«]+", "", rest) and sum(map(len, texts)) < 200:
            parent = element.getparent()
            if parent is not None:
                dropped.append(normalize_space("".join(element.itertext())))
                tail = element.tail
                if tail and tail.strip():  # the text after the bar stays where it was
                    previous = element.getprevious()
                    if previous is not None:
                        previous.tail = (previous.tail or "") + tail
                    else:
                        parent.text = (parent.text or "") + tail
                parent.remove(element)
                gone.add(element)
    return dropped


# -- collections (news issues) -------------------------------------------------------------
def _is_collection(opf, metadata: dict) -> bool:
    for element in opf.iter():
        name = _local(element.tag)
        if name in ("subject", "type") and _PERIODICAL.search(element.text or ""):
            return True
        if name == "meta" and "publication_type" in (element.get("name") or "") and \
                "periodical" in (element.get("content") or ""):
            return True
    return False


def _collection_items(book: Epub) -> list[tuple[str, str, str | None, list[str]]]:
    """(key, title, section, content files) per item: the leaves of the table of contents
    (articles under their sections), else every spine document."""
    leaves: list[tuple[TocEntry, str | None]] = []

    def visit(entries: list[TocEntry], section: str | None) -> None:
        for entry in entries:
            if entry.children:
                visit(entry.children, entry.title)
            else:
                leaves.append((entry, section))

    visit(book.toc, None)
    leaves = [(e, s) for e, s in leaves if e.path in book.spine]
    if not leaves:
        return [(name, _spine_title(book, name), None, [name]) for name in book.spine]
    starts = sorted({book.spine.index(e.path) for e, _ in leaves} |
                    {book.spine.index(e.path) for e in _flatten(book.toc)
                     if e.path in book.spine})
    items = []
    seen = set()
    for entry, section in leaves:
        first = book.spine.index(entry.path)
        if first in seen:
            continue
        seen.add(first)
        following = [s for s in starts if s > first]
        last = following[0] if following else len(book.spine)
        key = entry.path + (f"#{entry.fragment}" if entry.fragment else "")
        items.append((key, entry.title, section, book.spine[first:last]))
    return items


def _spine_title(book: Epub, name: str) -> str:
    data = _read(book.archive, name)
    root = parse_xhtml(data) if data else None
    if root is not None:
        for element in root.iter():
            if _local(element.tag) in ("title", "h1", "h2"):
                text = normalize_space("".join(element.itertext()))
                if text:
                    return text
    return posixpath.basename(name)


# -- table of contents ---------------------------------------------------------------------
def _nav_toc(archive, manifest) -> list[TocEntry]:
    nav_path = next((path for path, _, props in manifest.values() if "nav" in props.split()),
                    None)
    if not nav_path:
        return []
    data = _read(archive, nav_path)
    root = parse_xhtml(data) if data else None
    if root is None:
        return []
    navs = [e for e in root.iter() if _local(e.tag) == "nav"]
    toc_nav = next((n for n in navs if any(v == "toc" for k, v in n.attrib.items()
                                           if k.endswith("type"))), navs[0] if navs else None)
    if toc_nav is None:
        return []
    top = next((e for e in toc_nav.iter() if _local(e.tag) == "ol"), None)
    return _nav_list(top, posixpath.dirname(nav_path), 1) if top is not None else []


def _nav_list(ol, base: str, level: int) -> list[TocEntry]:
    entries = []
    for li in ol:
        if _local(li.tag) != "li":
            continue
        link = next((e for e in li if _local(e.tag) in ("a", "span")), None)
        nested = next((e for e in li if _local(e.tag) == "ol"), None)
        title = normalize_space("".join(link.itertext())) if link is not None else ""
        href = link.get("href") if link is not None else None
        children = _nav_list(nested, base, level + 1) if nested is not None else []
        if href and title:
            path, fragment = urldefrag(href)
            entries.append(TocEntry(title, _join(base, path), fragment, level, children))
        elif children:
            entries.append(TocEntry(title or children[0].title, children[0].path,
                                    children[0].fragment, level, children))
    return entries


def _ncx_toc(archive, ncx_path: str) -> list[TocEntry]:
    root = _xml(archive, ncx_path)
    if root is None:
        return []
    nav_map = next((e for e in root.iter() if _local(e.tag) == "navMap"), None)
    return _ncx_points(nav_map, posixpath.dirname(ncx_path), 1) if nav_map is not None else []


def _ncx_points(parent, base: str, level: int) -> list[TocEntry]:
    entries = []
    for point in parent:
        if _local(point.tag) != "navPoint":
            continue
        label = next((e for e in point.iter() if _local(e.tag) == "text"), None)
        content = next((e for e in point if _local(e.tag) == "content"), None)
        title = normalize_space("".join(label.itertext())) if label is not None else ""
        src = content.get("src") if content is not None else None
        children = _ncx_points(point, base, level + 1)
        if src and title:
            path, fragment = urldefrag(src)
            entries.append(TocEntry(title, _join(base, path), fragment, level, children))
    return entries


def _flatten(entries: list[TocEntry]):
    for entry in entries:
        yield entry
        yield from _flatten(entry.children)


# -- package -------------------------------------------------------------------------------
def _package_metadata(opf) -> dict:
    metadata: dict = {}
    names = {"title": "title", "creator": "author", "date": "date", "language": "language",
             "publisher": "publisher", "description": "description"}
    for element in opf.iter():
        key = names.get(_local(element.tag))
        value = normalize_space("".join(element.itertext())) if key else ""
        if key and value and key not in metadata:
            metadata[key] = value
    return metadata


def _refuse_drm(archive: zipfile.ZipFile, names: set[str]) -> None:
    if "META-INF/rights.xml" in names:
        raise UnreadableFile("DRM-protected EPUB (its text is encrypted): Reader cannot open it")
    if "META-INF/encryption.xml" not in names:
        return
    root = _xml(archive, "META-INF/encryption.xml")
    algorithms = [e.get("Algorithm") or "" for e in root.iter()
                  if _local(e.tag) == "EncryptionMethod"] if root is not None else [""]
    if any(a not in _FONT_OBFUSCATION for a in algorithms):
        raise UnreadableFile("DRM-protected EPUB (its text is encrypted): Reader cannot open it")


def _read(archive: zipfile.ZipFile, name: str) -> bytes | None:
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


def _xml(archive: zipfile.ZipFile, name: str | None):
    data = _read(archive, name) if name else None
    if not data:
        return None
    try:
        return etree.fromstring(data, _SAFE_XML)
    except etree.XMLSyntaxError:
        return None


def _join(base: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(base, unquote(href))).lstrip("/")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
