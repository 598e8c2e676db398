import io
import zipfile

import pytest

from reader.core.library.corpus import article_id, build_document
from reader.core.library.epub import epub_documents
from reader.core.library.facade import Library
from reader.core.text.blocks import BlockKind
from reader.core.text.decoding import UnreadableFile
from tests.core.library.epub_factory import Chapter, Toc, build_epub


def _headings(document):
    return [(b.level, document.text[b.start:b.end]) for b in document.blocks
            if b.kind is BlockKind.HEADING]


def _book(toc_kind="nav", toc=True):
    chapters = [
        Chapter("c1.xhtml", "<h1>Chapter One</h1><p>It was a bright cold day in April.</p>"
                            "<p>The clocks were striking 𠀋 thirteen.</p>"),
        Chapter("c2.xhtml", "<h1>Chapter Two</h1><p>Outside, even through the shut window, "
                            "the world looked cold.</p><img src='map.png' alt='a map'/>"
                            "<ul><li>first</li><li>second</li></ul>"),
        Chapter("c3.xhtml", "<h2>Capítulo tres</h2><blockquote><p>Una cita.</p></blockquote>"
                            "<p>El final del libro.</p>"),
    ]
    contents = [Toc("Part One", "c1.xhtml", [Toc("Chapter One", "c1.xhtml"),
                                             Toc("Chapter Two", "c2.xhtml")]),
                Toc("Part Two", "c3.xhtml", [Toc("Capítulo tres", "c3.xhtml#start")])]
    return build_epub(chapters, title="The Test Book", toc=contents if toc else None,
                      toc_kind=toc_kind)


@pytest.mark.parametrize("toc_kind", ["nav", "ncx"])
def test_book_is_one_article_in_spine_order_with_nested_toc_as_headings(toc_kind):
    (document,) = epub_documents(_book(toc_kind), "books/test.epub")
    assert document.info.id == article_id("books/test.epub")
    assert document.info.title == "The Test Book"
    assert document.blocks[0].kind is BlockKind.TITLE
    assert _headings(document) == [(1, "Part One"), (2, "Chapter One"), (2, "Chapter Two"),
                                   (1, "Part Two"), (2, "Capítulo tres")]
    text = document.text
    assert text.index("bright cold day") < text.index("shut window") < text.index("El final")
    assert "𠀋" in text  # outside the BMP: offsets are code points
    assert "[image: a map]" in text
    kinds = {document.text[b.start:b.end]: b.kind for b in document.blocks}
    assert kinds["first"] is BlockKind.LIST_ITEM and kinds["Una cita."] is BlockKind.QUOTE
    for block in document.blocks:  # spans lie on the reading text
        assert document.text[block.start:block.end].strip()
    assert document.metadata["author"] == "Ann Author"


def test_missing_toc_keeps_the_chapters_own_headings():
    (document,) = epub_documents(_book(toc=False), "test.epub")
    assert _headings(document) == [(1, "Chapter One"), (1, "Chapter Two"),
                                   (2, "Capítulo tres")]


@pytest.mark.parametrize("encoding, text", [("gbk", "阿里巴巴国际站的第一章。"),
                                            ("big5", "淘小鋪發布公告,社交電商。"),
                                            ("iso-8859-1", "Había una vez una niña.")])
def test_chapters_in_declared_non_utf8_encodings(encoding, text):
    data = build_epub([Chapter("c1.xhtml", f"<p>{text}</p>", encoding=encoding)], title="T")
    (document,) = epub_documents(data, "x.epub")
    assert text in document.text


def _news_issue():
    nav = ('<div class="calibre_navbar"><a href="../index.html">Section menu</a> | '
           '<a href="../../index.html">Main menu</a> | <a href="next.html">Next</a></div>')
    chapters = [Chapter("index.html", "<h1>Contents</h1><ul><li><a>World</a></li></ul>"),
                Chapter("feed_0/index.html", "<h2>World</h2><ul><li><a>Storm</a></li></ul>"),
                Chapter("feed_0/article_0/index.html",
                        f"{nav}<h2>Storm hits the coast</h2><p>Heavy rain fell all night.</p>{nav}"),
                Chapter("feed_0/article_1/index.html",
                        "<h2>Markets calm</h2><p>Shares barely moved on Monday.</p>"),
                Chapter("feed_1/index.html", "<h2>Deportes</h2>"),
                Chapter("feed_1/article_0/index.html",
                        "<h2>Gana el equipo local</h2><p>El partido terminó dos a uno.</p>"
                        "<p>La afición celebró en la plaza.</p>")]
    toc = [Toc("World", "feed_0/index.html",
               [Toc("Storm hits the coast", "feed_0/article_0/index.html"),
                Toc("Markets calm", "feed_0/article_1/index.html")]),
           Toc("Deportes", "feed_1/index.html",
               [Toc("Gana el equipo local", "feed_1/article_0/index.html")])]
    return build_epub(chapters, title="The Daily [Mon, 02 Mar 2020]", toc=toc, toc_kind="ncx",
                      subjects=("News",))


def test_news_issue_is_one_article_per_item_with_stable_ids():
    documents = epub_documents(_news_issue(), "news/daily.epub")
    titles = [d.info.title for d in documents]
    assert titles == ["Storm hits the coast", "Markets calm", "Gana el equipo local"]
    storm = documents[0]
    assert storm.info.path == "news/daily.epub#OEBPS/feed_0/article_0/index.html"
    assert storm.info.id == article_id(storm.info.path)
    assert "Heavy rain fell all night." in storm.text
    assert "Main menu" not in storm.text and "Shares" not in storm.text
    assert [r.text for r in storm.removed] == ["Section menu | Main menu | Next"] * 2
    assert storm.metadata["section"] == "World" and storm.metadata["issue"].startswith("The Daily")
    assert documents[2].info.language == "es"
    again = epub_documents(_news_issue(), "news/daily.epub")
    assert [d.info.id for d in again] == [d.info.id for d in documents]
    # One item alone (what opening an article reads) is the same article.
    single = build_document(_news_issue(), documents[1].info.path, ".epub")
    assert single.text == documents[1].text and single.info.id == documents[1].info.id


def test_library_lists_each_news_item_and_opens_it(tmp_path, data_dir):
    root = tmp_path / "lib"
    root.mkdir()
    (root / "daily.epub").write_bytes(_news_issue())
    (root / "book.epub").write_bytes(_book())
    library = Library(root, data_dir)
    result = library.load()
    assert not result.errors
    assert len(result.articles) == 4
    by_title = {a.title: a for a in result.articles}
    library.articles._documents.clear()  # as after a restart: each item is read again from the file
    assert "El partido terminó" in library.articles.document(by_title["Gana el equipo local"].id).text
    assert "bright cold day" in library.articles.document(by_title["The Test Book"].id).text
    library.close()
    second = Library(root, data_dir)
    assert {a.id for a in second.load().articles} == {a.id for a in result.articles}
    second.close()


def test_drm_protected_epub_is_refused_with_the_reason():
    encryption = (b'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                  b'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                  b'<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
                  b'<enc:CipherData><enc:CipherReference URI="OEBPS/c1.xhtml"/></enc:CipherData>'
                  b'</enc:EncryptedData></encryption>')
    data = build_epub([Chapter("c1.xhtml", "<p>secret</p>")],
                      extra_files={"META-INF/encryption.xml": encryption})
    with pytest.raises(UnreadableFile, match="DRM"):
        epub_documents(data, "drm.epub")


def test_font_obfuscation_alone_is_not_drm():
    encryption = (b'<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
                  b'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
                  b'<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>'
                  b'</enc:EncryptedData></encryption>')
    data = build_epub([Chapter("c1.xhtml", "<p>Readable text here.</p>")],
                      extra_files={"META-INF/encryption.xml": encryption})
    (document,) = epub_documents(data, "fonts.epub")
    assert "Readable text here." in document.text


def test_broken_and_empty_epubs_are_reported_not_crashed_on():
    data = _book()
    with pytest.raises(UnreadableFile, match="damaged"):
        epub_documents(data[: len(data) // 2], "cut.epub")
    with pytest.raises(UnreadableFile, match="damaged"):
        epub_documents(b"not a zip at all", "junk.epub")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
    with pytest.raises(UnreadableFile, match="container.xml"):
        epub_documents(buffer.getvalue(), "no-container.epub")


def test_a_damaged_chapter_is_marked_and_the_rest_is_read():
    data = bytearray(_book())
    # Corrupt the compressed bytes of chapter two (its CRC no longer matches).
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("OEBPS/c2.xhtml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    data[start:start + 8] = b"\x00" * 8
    (document,) = epub_documents(bytes(data), "hurt.epub")
    assert "bright cold day" in document.text and "El final del libro." in document.text
    assert "could not be read" in document.text
