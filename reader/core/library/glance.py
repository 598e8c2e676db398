"""A glance at an article file: its catalog entry before the article is cleaned (cleaning
and structuring cost ~75× reading and decoding, issue 15).

A big first import looks at every file twice before reading it (``reading.read_files``):

1. ``listing_entry`` — listed at once from the file's head (less than reading and decoding
   the file): id and path exact; the title is the file's first line (``provisional_title``,
   the final one for most articles); the rest waits.
2. ``glance`` without its title rules — a closer look at about twice that cost: the whole
   file decoded and hashed, language and script exact; the title still the first line,
   pending. (With them, the title is exact wherever the few lines that decide it do,
   ``head_title.plain_title``, at ~10× the cost: for a single file, and for tests.)

Every field is either exact — the value the full reading (``corpus.load_documents``) gives,
computed by the same code — or named in ``ArticleInfo.pending`` until that reading replaces
the entry:

- id, path: from the file's name; encoding and damaged spots: the same decoding;
  content hash: ``reading_hash`` of the bytes read;
- language and script: ``detect_language`` over the decoded file's head, which is what the
  full reading uses for plain text and Markdown;
- title (plain text): ``head_title.plain_title``, the pipeline's rules applied to the lines
  that decide it; pending when those lines cannot decide it, and for Markdown;
- date, reading-text length (chars) and duplicate key: pending (they need the cleaned text).

Web pages are decoded as the full reading decodes them (declared charset, MHTML archive);
their title, language and script are pending (the main-content reader is the expensive
part). EPUB books are not glanced at: they are listed when read.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from reader.core.library.corpus import read_file_bytes, read_file_head
from reader.core.library.structured import article_id, reading_hash
from reader.core.library.webpage import WEB_SUFFIXES, decode_page
from reader.core.models import ArticleInfo
from reader.core.text.decoding import Decoded, UnreadableFile, decode_bytes
from reader.core.text.head_title import plain_title
from reader.core.text.metadata import detect_language, shorten_title

#: From this many files on, an import first lists every file from a glance.
GLANCE_FROM = 400
#: Formats whose language is told from the decoded file (their title: plain text only).
GLANCED = (".txt", ".md", ".markdown")
#: What a glance never knows: the fields that need the cleaned text.
ALWAYS_PENDING = ("chars", "date", "text_key")
_TITLE_PENDING = ALWAYS_PENDING + ("title",)
_ABOUT_PENDING = ALWAYS_PENDING + ("title", "language", "script")
#: A listing entry knows only its id and path for sure (``listing_entry``).
_LISTED_PENDING = _ABOUT_PENDING + ("content_hash", "encoding", "damaged")
#: What of a file is read to list it: its first line is in there.
LISTING_HEAD = 8192


def listing_entry(path: Path, relative: str) -> ArticleInfo | None:
    """The entry a big first import lists at once, from the file's head: id and path exact,
    the title shown meanwhile the file's first line, the rest pending. None for a format not
    glanced at, an unreadable file and one with nothing in its head."""
    web = _is_web_page(relative)
    if web is None:
        return None
    try:
        head = read_file_head(path, LISTING_HEAD)
    except (UnreadableFile, OSError):
        return None
    if not head.strip():
        return None
    title = "" if web else provisional_title(_head_text(head))
    return ArticleInfo(article_id(relative), relative, title or Path(relative).stem, "und",
                       "Zyyy", None, 0, "", "", 0, pending=_LISTED_PENDING)


def _head_text(head: bytes) -> str:
    """A file's head as text: UTF-8 (the usual case), else as the full reading decodes it
    ("" when that finds no text). A head cut short ends at its last line end, so no
    character is cut in two (no GBK or Big5 byte after the first of a pair is a line end)."""
    if len(head) == LISTING_HEAD and b"\x00" not in head:
        head = head[:head.rfind(b"\n") + 1] or head
    if b"\x00" not in head:
        try:
            return head.decode("utf-8").lstrip("\ufeff")
        except UnicodeDecodeError:
            pass
    try:
        return decode_bytes(head).text
    except UnreadableFile:
        return ""


def glance(path: Path, relative: str, with_title: bool = True) -> ArticleInfo | None:
    """The article's catalog entry with its pending fields named, or None for formats not
    glanced at and files that cannot be read or hold no text (the full reading says why).

    Not ``with_title``: the title is always the file's first line, pending (the title rules
    cost ~10× the rest of a glance)."""
    read = _read(path, relative)
    if read is None:
        return None
    data, decoded, web = read
    if web:
        return ArticleInfo(article_id(relative), relative, Path(relative).stem, "und", "Zyyy",
                           None, 0, reading_hash(data), decoded.encoding,
                           len(decoded.damaged), pending=_ABOUT_PENDING)
    text = decoded.text
    title = (plain_title(text) if with_title and relative.lower().endswith(".txt")
             else None)
    language, script = detect_language(text)
    return ArticleInfo(article_id(relative), relative,
                       title or provisional_title(text) or Path(relative).stem, language,
                       script, None, 0, reading_hash(data), decoded.encoding,
                       len(decoded.damaged),
                       pending=_TITLE_PENDING if title is None else ALWAYS_PENDING)


def _read(path: Path, relative: str) -> tuple[bytes, Decoded, bool] | None:
    """(bytes, decoded text, is a web page), or None: not a glanced format, unreadable, or
    no text."""
    web = _is_web_page(relative)
    if web is None:
        return None
    try:
        data = read_file_bytes(path)
        # (an empty or blank file raises: it holds no text)
        decoded = (decode_page(data, os.path.splitext(relative)[1].lower()) if web
                   else decode_bytes(data))
    except (UnreadableFile, OSError):
        return None
    if web and not decoded.text.strip():
        return None
    return data, decoded, web


def _is_web_page(relative: str) -> bool | None:
    """Is the file a web page (True), plain text or Markdown (False), or neither (None)?"""
    name = relative.lower()
    if name.endswith(WEB_SUFFIXES):
        return True
    return False if name.endswith(GLANCED) else None


#: The first line with a letter or digit in it, Markdown's heading marks aside.
_FIRST_LINE = re.compile(r"^[#>\s]*(\S[^\r\n]*\w[^\r\n]*|\w)", re.MULTILINE)


def provisional_title(text: str) -> str:
    """What a title that is not decided yet shows meanwhile: the first line that holds a
    letter or digit — the title the full reading finds for most articles."""
    found = _FIRST_LINE.search(text, 0, 4000)
    return shorten_title(found.group(1)) if found else ""
