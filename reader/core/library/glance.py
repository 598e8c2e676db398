"""A glance at an article file: its catalog entry at about the cost of reading and
decoding it (issue 15), before the article is cleaned (~100× that cost).

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

from pathlib import Path

from reader.core.library.corpus import read_file_bytes
from reader.core.library.structured import article_id, reading_hash
from reader.core.library.webpage import WEB_SUFFIXES, decode_page
from reader.core.models import ArticleInfo
from reader.core.text.decoding import UnreadableFile, decode_bytes
from reader.core.text.head_title import plain_title
from reader.core.text.metadata import detect_language

#: From this many files on, an import first glances at every file.
GLANCE_FROM = 400
#: Formats whose language is told from the decoded file (their title: plain text only).
GLANCED = (".txt", ".md", ".markdown")
_ABOUT_PAGE = ("title", "language", "script")
#: What a glance never knows: the fields that need the cleaned text.
ALWAYS_PENDING = ("chars", "date", "text_key")


def glance(path: Path, relative: str) -> ArticleInfo | None:
    """The article's catalog entry with its pending fields named, or None for formats not
    glanced at and files that cannot be read or hold no text (the full reading says why)."""
    suffix = path.suffix.lower()
    if suffix not in GLANCED and suffix not in WEB_SUFFIXES:
        return None
    try:
        data = read_file_bytes(path)
        decoded = decode_bytes(data) if suffix in GLANCED else decode_page(data, suffix)
    except (UnreadableFile, OSError):
        return None
    text = decoded.text
    if not text.strip():
        return None
    if suffix in WEB_SUFFIXES:
        return ArticleInfo(article_id(relative), relative, Path(relative).stem, "und", "Zyyy",
                           None, 0, reading_hash(data), decoded.encoding,
                           len(decoded.damaged), pending=ALWAYS_PENDING + _ABOUT_PAGE)
    title = plain_title(text) if suffix == ".txt" else None
    language, script = detect_language(text)
    return ArticleInfo(article_id(relative), relative, title or Path(relative).stem, language,
                       script, None, 0, reading_hash(data), decoded.encoding,
                       len(decoded.damaged),
                       pending=ALWAYS_PENDING + (() if title is not None else ("title",)))
