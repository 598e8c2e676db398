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
from dataclasses import dataclass

from reader.core.library.epub_toc import (TocEntry, flatten, join_href, local_name, nav_toc,
                                          ncx_toc, read_member, read_xml)
from reader.core.library.structured import article_id, document_from_blocks
from reader.core.models import Document
from reader.core.text.blocks import BlockKind, RemovedBlock, SourceBlock
from reader.core.text.decoding import UnreadableFile
from reader.core.text.html_blocks import normalize_space, parse_xhtml, tree_blocks

IMAGE_PLACEHOLDER = "[image{alt}]"  # "[image]", "[image: a map of Spain]"
_FONT_OBFUSCATION = ("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC")
_PERIODICAL = re.compile(r"\b(news|newspaper|periodical|magazine|revista|noticias|"
                         r"新闻|新聞|报纸|報紙|杂志|雜誌|期刊)\b", re.IGNORECASE)


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
    container = read_xml(archive, "META-INF/container.xml")
    if container is None:
        raise UnreadableFile("not an EPUB (META-INF/container.xml is missing)")
    rootfile = next((e.get("full-path") for e in container.iter()
                     if local_name(e.tag) == "rootfile" and e.get("full-path")), None)
    opf = read_xml(archive, rootfile) if rootfile else None
    if opf is None:
        raise UnreadableFile("damaged EPUB (its package document is missing or broken)")
    base = posixpath.dirname(rootfile)
    metadata = _package_metadata(opf)
    manifest: dict[str, tuple[str, str, str]] = {}
    for item in opf.iter():
        if local_name(item.tag) == "item" and item.get("id") and item.get("href"):
            manifest[item.get("id")] = (join_href(base, item.get("href")),
                                        item.get("media-type") or "",
                                        item.get("properties") or "")
    spine_element = next((e for e in opf.iter() if local_name(e.tag) == "spine"), None)
    spine = []
    if spine_element is not None:
        for ref in spine_element:
            entry = manifest.get(ref.get("idref") or "")
            if entry and ("html" in entry[1] or entry[0].endswith((".html", ".xhtml", ".htm"))):
                spine.append(entry[0])
    if not spine:
        raise UnreadableFile("damaged EPUB (no chapters in its spine)")
    toc = nav_toc(archive, manifest)
    if not toc and spine_element is not None and spine_element.get("toc") in manifest:
        toc = ncx_toc(archive, manifest[spine_element.get("toc")][0])
    if not toc:
        ncx = next((path for path, media, _ in manifest.values() if "ncx" in media), None)
        toc = ncx_toc(archive, ncx) if ncx else []
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
    for entry in flatten(book.toc):
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
    data = read_member(book.archive, name)
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
        if local_name(element.tag) not in ("div", "p", "table", "td", "ul", "nav") or \
                any(ancestor in gone for ancestor in element.iterancestors()):
            continue
        links = [a for a in element.iter() if local_name(a.tag) == "a"]
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
        name = local_name(element.tag)
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
                    {book.spine.index(e.path) for e in flatten(book.toc)
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
    data = read_member(book.archive, name)
    root = parse_xhtml(data) if data else None
    if root is not None:
        for element in root.iter():
            if local_name(element.tag) in ("title", "h1", "h2"):
                text = normalize_space("".join(element.itertext()))
                if text:
                    return text
    return posixpath.basename(name)


# -- package -------------------------------------------------------------------------------
def _package_metadata(opf) -> dict:
    metadata: dict = {}
    names = {"title": "title", "creator": "author", "date": "date", "language": "language",
             "publisher": "publisher", "description": "description"}
    for element in opf.iter():
        key = names.get(local_name(element.tag))
        value = normalize_space("".join(element.itertext())) if key else ""
        if key and value and key not in metadata:
            metadata[key] = value
    return metadata


def _refuse_drm(archive: zipfile.ZipFile, names: set[str]) -> None:
    if "META-INF/rights.xml" in names:
        raise UnreadableFile("DRM-protected EPUB (its text is encrypted): Reader cannot open it")
    if "META-INF/encryption.xml" not in names:
        return
    root = read_xml(archive, "META-INF/encryption.xml")
    algorithms = [e.get("Algorithm") or "" for e in root.iter()
                  if local_name(e.tag) == "EncryptionMethod"] if root is not None else [""]
    if any(a not in _FONT_OBFUSCATION for a in algorithms):
        raise UnreadableFile("DRM-protected EPUB (its text is encrypted): Reader cannot open it")

