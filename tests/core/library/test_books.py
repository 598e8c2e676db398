"""Issue 14, memory: a book is built in a worker process and its raw text is not kept; every
behaviour that needs the raw text still gets it, read again from the file.

The novel is small here (``BOOK_BYTES`` lowered) so the tests stay fast; characters outside
the BMP run all through it, so every offset is checked as code points."""
import json
import tracemalloc

import pytest

from bench.novel import novel_text
from reader.cli import main
from reader.core.library import books
from reader.core.library.books import RawFromFile
from reader.core.library.corpus import build_document
from reader.core.library.facade import Library
from reader.core.models import BlockSpans, RawInMemory
from reader.core.text.blocks import Block, BlockKind, of_kinds, starting_within
from reader.core.text.decoding import UnreadableFile


@pytest.fixture
def book(tmp_path, monkeypatch):
    monkeypatch.setattr(books, "BOOK_BYTES", 16 * 1024)
    library = tmp_path / "books"
    library.mkdir()
    text = novel_text(0.06, chapter_kb=6).replace("。", "。𠮷", 300)
    path = library / "novel.txt"
    path.write_bytes(text.encode("gb18030"))
    return path


def test_a_book_is_the_same_document_built_apart(book):
    apart = books.load_document(book, book.name)
    here = build_document(book.read_bytes(), book.name, ".txt")
    assert isinstance(apart.source, RawFromFile) and isinstance(here.source, RawInMemory)
    assert apart.text == here.text and "𠮷" in apart.text
    assert apart.info == here.info and apart.removed == here.removed
    assert apart.metadata == here.metadata and apart.damaged_spans == here.damaged_spans
    assert isinstance(apart.blocks, BlockSpans) and apart.blocks == here.blocks
    assert sum(b.kind is BlockKind.HEADING for b in apart.blocks) >= 4  # 第N章 chapters
    # The raw text comes back from the file, the same, and the map still joins them.
    raw, mapping = apart.raw, apart.raw_to_reading  # each read again from the file
    assert raw == here.raw == book.read_bytes().decode("gb18030")
    for block in apart.blocks:
        start, end = mapping.range_to_source(block.start, block.end)
        assert (start, end) == here.raw_to_reading.range_to_source(block.start, block.end)
        assert raw[start:end].strip() == apart.text[block.start:block.end].strip()


def test_a_book_keeps_one_copy_of_its_text_and_few_objects(book):
    """What a book's document holds in this process: its reading text once, its blocks as
    arrays — not the raw text, not one Python object per paragraph."""
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        document = books.load_document(book, book.name)
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    kept = [s for s in after.compare_to(before, "filename") if s.size_diff > 0]
    text_bytes = len(document.text) * 4  # UCS-4: the text has characters outside the BMP
    assert sum(s.size_diff for s in kept) < text_bytes + 64 * 1024
    assert sum(s.count_diff for s in kept) < len(document.blocks) // 2
    assert len(document.blocks) > 200


def test_show_raw_gives_a_books_file_text(book, tmp_path, capsys):
    common = ["--library", str(book.parent), "--data-dir", str(tmp_path / "data")]
    assert main(["list", "--json", *common]) == 0
    (article,) = json.loads(capsys.readouterr().out)["articles"]
    assert main(["show", article["id"], "--raw", *common]) == 0
    raw = book.read_bytes().decode("gb18030")
    assert capsys.readouterr().out.rstrip("\n") == raw.rstrip("\n")
    assert main(["show", article["id"], *common]) == 0
    assert "第一章" in capsys.readouterr().out


def test_an_old_position_in_a_book_moves_with_its_words(book, tmp_path):
    """A position saved under cleaning version 1 is moved on first open: the raw text it
    needs is read again from the book's file."""
    from reader.core.library.legacy_positions import old_reading_text

    raw = book.read_bytes().decode("gb18030")
    old_text = old_reading_text(raw, ".txt")
    words = old_text[len(old_text) // 2: len(old_text) // 2 + 12]
    data = tmp_path / "data"
    data.mkdir()
    library = Library(book.parent, data)
    library.load()
    article = library.articles.all()[0].id
    library.close()
    # a data folder from the release before cleaning versions, with a reading position
    (data / "cleaning-version").unlink()
    (data / "positions.json").write_text(json.dumps({article: old_text.index(words)}))
    library = Library(book.parent, data)
    library.load()
    assert isinstance(library.articles.document(article).source, RawFromFile)
    document = library.articles.document(article)
    original = book.read_bytes()
    book.write_bytes(original + "尾声".encode("gb18030"))  # changed since it was read
    library.open(article)  # opens; the position waits for a text it can be moved in
    book.write_bytes(original)
    opened = library.open(article)
    assert document.text[opened.position:].startswith(words)
    library.close()


def test_a_book_changed_on_disk_says_so_instead_of_a_wrong_raw_text(book):
    document = books.load_document(book, book.name)
    book.write_bytes(book.read_bytes().replace("第一章".encode("gb18030"), b"X", 1))
    with pytest.raises(UnreadableFile, match="changed"):
        document.raw


def test_block_spans_are_exact_and_found_by_position():
    blocks = [Block(BlockKind.TITLE, 0, 5), Block(BlockKind.HEADING, 6, 9, 2),
              Block(BlockKind.PARAGRAPH, 10, 20), Block(BlockKind.LIST_ITEM, 21, 30, 3)]
    spans = BlockSpans(blocks)
    assert list(spans) == blocks and spans == tuple(blocks) and len(spans) == 4
    assert spans[1] == blocks[1] and spans[-1] == blocks[-1] and list(spans[1:3]) == blocks[1:3]
    assert list(starting_within(spans, 6, 21)) == blocks[1:3]
    assert list(starting_within(tuple(blocks), 7, 40)) == blocks[2:]
    assert list(starting_within(spans, 31, 99)) == []
    heads = (BlockKind.TITLE, BlockKind.HEADING)
    assert of_kinds(spans, heads) == of_kinds(blocks, heads) == blocks[:2]
    assert of_kinds(spans, [BlockKind.LIST_ITEM]) == [blocks[3]] and of_kinds(spans, []) == []


def test_an_unreadable_book_is_reported_with_its_reason(book, tmp_path):
    book.write_bytes(b"\x00\xff" * 20_000)  # built apart, refused there: the same reason
    with pytest.raises(UnreadableFile, match="binary file"):
        books.load_document(book, book.name)
    library = Library(book.parent, tmp_path / "data")
    result = library.load()
    assert result.articles == [] and "binary file" in result.errors[0].reason
    library.close()


def test_without_worker_processes_a_book_is_built_here(book, monkeypatch):
    def no_processes(*args):
        raise OSError("no processes in this sandbox")

    monkeypatch.setattr(books, "_built_apart", no_processes)
    document = books.load_document(book, book.name)
    assert isinstance(document.source, RawFromFile) and "𠮷" in document.text
    assert document.raw == book.read_bytes().decode("gb18030")


def test_a_book_copied_into_the_library_reads_its_raw_text_from_the_copy(book, tmp_path):
    library = Library(tmp_path / "library", tmp_path / "data")
    (tmp_path / "library").mkdir()
    library.load()
    raw = book.read_bytes().decode("gb18030")
    (added,) = library.articles.add_paths([book]).added
    book.unlink()  # the user's original is gone; the library's copy is not
    document = library.articles.document(added.id)
    assert isinstance(document.source, RawFromFile) and document.raw == raw
    library.close()
