"""Issue 15, warm start: the catalog keeps a library's last listing in a form that is cheap
to read (marshal of plain values with a checksum). It reads back exactly what was kept;
a listing written as JSON by an earlier Reader is still read; anything damaged, cut, of
another shape or another format is refused with a reason — never a crash — and the
library is then listed from its files, losing nothing."""
from __future__ import annotations

import gc
import json
import marshal
import sqlite3
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.corpus import generate
from reader.core.library import listing_format
from reader.core.library.facade import Library, last_listing
from reader.core.library.collector import collector_paused
from reader.core.library.listing_format import FIELDS, ListingError, decode, encode
from reader.core.models import ArticleInfo


def _entries() -> list:
    plain = ArticleInfo("a1", "uno.txt", "Título ñ 𠀀", "es", "Latn", "2024-05-01", 120,
                        "h1", "utf-8", 0, "k1")
    traditional = ArticleInfo("b2", "sub/二.txt", "標題 𠀋 #2", "zh-Hant", "Hant", None, 5,
                              "h2", "gb18030", 3, "k2")
    copy = ArticleInfo("c3", "copia.txt", "Título ñ 𠀀", "es", "Latn", "2024-05-01", 120,
                       "h1", "utf-8", 0, "k1")
    return [("/lib/uno.txt", plain, ("copia.txt",)),
            ("/lib/sub/\udcff二.txt", traditional, ()),   # a name with an undecodable byte
            ("/lib/copia.txt", copy, None)]                 # itself a copy of uno.txt


def _old_json(entries) -> str:
    """A listing as Reader wrote it before this format (one JSON list per article)."""
    return json.dumps([[location, *(getattr(info, name) for name in FIELDS),
                        None if copies is None else list(copies)]
                       for location, info, copies in entries])


def _sealed(payload: bytes) -> bytes:
    return listing_format.MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload


def test_a_listing_reads_back_exactly_what_was_kept():
    entries = _entries()
    decoded = decode(encode(entries))
    assert decoded == entries
    for (_, kept, _), (_, read, _) in zip(entries, decoded):
        assert type(read) is ArticleInfo and read.__dict__ == kept.__dict__
        assert hash(read) == hash(kept) and read.to_json() == kept.to_json()
    with pytest.raises(AttributeError):   # still frozen
        decoded[0][1].title = "otro"


def test_an_empty_library_lists_nothing():
    assert decode(encode([])) == []


def test_a_listing_written_by_an_earlier_reader_is_still_read():
    entries = _entries()
    assert decode(_old_json(entries)) == entries


@pytest.mark.parametrize("damage", [
    "flipped byte", "cut", "empty", "other format", "old format cut", "garbage sealed",
    "other fields", "columns of other lengths", "not dicts"])
def test_a_damaged_or_foreign_listing_is_refused_with_a_reason(damage):
    good = encode(_entries())
    payload = good[8:]
    stored = {
        "flipped byte": good[:len(good) // 2] + bytes([good[len(good) // 2] ^ 0x40])
        + good[len(good) // 2 + 1:],
        "cut": good[:len(good) - 7],
        "empty": b"",
        "other format": b"SQLite format 3\x00" + payload,
        "old format cut": _old_json(_entries())[:40],
        # the checksum holds but marshal meets nonsense: an error, not a crash
        "garbage sealed": _sealed(b"\xff\x00\x13" + payload[5:200]),
        "other fields": _sealed(marshal.dumps((FIELDS[:-1], [], [], []), 4)),
        "columns of other lengths": _sealed(marshal.dumps((FIELDS, ["/x"], [], []), 4)),
        "not dicts": _sealed(marshal.dumps((FIELDS, ["/x"], [7], [None]), 4)),
    }[damage]
    with pytest.raises(ListingError) as refused:
        decode(stored)
    assert str(refused.value)


def test_a_damaged_listing_in_the_catalog_is_listed_from_the_files(tmp_path, data_dir):
    root = tmp_path / "many"
    generate(12, root)
    articles = Library(root, data_dir).load().articles
    with sqlite3.connect(data_dir / "catalog.sqlite") as db:
        (kept,) = db.execute("SELECT data FROM listing").fetchone()
        assert isinstance(kept, bytes) and kept[:4] == listing_format.MAGIC
        db.execute("UPDATE listing SET data=?", (kept[:-100] + bytes(100),))
    assert last_listing(root, data_dir) is None        # the shell shows the plain frame
    library = Library(root, data_dir)
    assert library.articles.restore() is None
    assert "damaged" in library.articles.catalog.problem
    assert {a.id for a in library.load().articles} == {a.id for a in articles}
    library.close()
    again = last_listing(root, data_dir)               # kept again, whole, for next time
    assert again is not None and {a.id: a for a in again.articles} == \
        {a.id: a for a in articles}


def test_a_catalog_listed_by_an_earlier_reader_shows_at_once_and_is_kept_anew(
        tmp_path, data_dir):
    root = tmp_path / "many"
    generate(12, root)
    articles = Library(root, data_dir).load().articles
    with sqlite3.connect(data_dir / "catalog.sqlite") as db:
        entries = decode(db.execute("SELECT data FROM listing").fetchone()[0])
        db.execute("UPDATE listing SET data=?", (_old_json(entries),))
    listed = last_listing(root, data_dir)
    assert listed is not None and {a.id: a for a in listed.articles} == \
        {a.id: a for a in articles}
    Library(root, data_dir).load()
    with sqlite3.connect(data_dir / "catalog.sqlite") as db:
        assert db.execute("SELECT data FROM listing").fetchone()[0][:4] == \
            listing_format.MAGIC


def test_the_collector_is_paused_only_inside_and_a_pause_in_effect_is_kept():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()     # the inner block did not switch it back on
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError), collector_paused():
        1 / 0
    assert gc.isenabled()


_text = st.text(st.characters(blacklist_categories=()), max_size=20)   # surrogates too


@given(st.lists(st.tuples(_text, _text, _text, st.none() | _text, st.integers(0, 2**40),
                          st.none() | st.lists(_text, max_size=3)), max_size=8))
def test_any_listing_reads_back_as_it_was_kept(rows):
    entries = []
    for i, (location, path, title, date, chars, copies) in enumerate(rows):
        info = ArticleInfo(f"id{i}", path, title, "und", "Zyyy", date, chars, "h", "utf-8")
        entries.append((location, info, None if copies is None else tuple(copies)))
    assert decode(encode(entries)) == entries
