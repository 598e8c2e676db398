"""library.shelf: titles, tags, collections, removal (file and highlights stay), dates,
bookmarks; all of it survives closing and reopening the library."""
import json

from reader.core.library.facade import Library


def _open(seeds_dir, data_dir) -> Library:
    library = Library(seeds_dir, data_dir)
    library.load()
    return library


def test_shelf_survives_a_restart_and_removal_keeps_file_and_highlights(seeds_dir, data_dir):
    library = _open(seeds_dir, data_dir)
    article = library.articles.resolve("000")
    text = library.articles.document(article).text
    start = text.index("国际站")
    library.annotations.add(article, start, start + 3, note="记住")
    assert library.shelf.entry(article).added  # first seen while loading
    library.shelf.set_title(article, "  我的  标题 ")
    library.shelf.set_tags(article, "经济, 𠀀tag , 经济")
    library.shelf.set_collections(article, ["Week 1"])
    library.shelf.remove(article)
    library.shelf.mark_read(article, "2026-01-02T03:04:05+00:00")
    library.shelf.add_bookmark(article, 12, "第二段\n开头")
    path = seeds_dir / library.articles.info(article).path
    library.close()

    again = _open(seeds_dir, data_dir)
    entry = again.shelf.entry(article)
    assert entry.title == "我的 标题"
    assert entry.tags == ("经济", "𠀀tag")
    assert entry.collections == ("Week 1",)
    assert entry.removed and article in again.shelf.removed()
    assert entry.last_read == "2026-01-02T03:04:05+00:00"
    assert [(b.offset, b.label) for b in again.shelf.bookmarks(article)] == [(12, "第二段 开头")]
    assert path.exists()                                   # the file stays
    (kept,) = again.annotations.for_article(article)       # and so do its highlights
    assert kept.note == "记住"
    again.shelf.restore(article)
    assert article not in again.shelf.removed()
    again.close()


def test_recently_read_is_newest_first_and_reading_alone_writes_nothing(seeds_dir, data_dir):
    library = _open(seeds_dir, data_dir)
    first, second = library.articles.resolve("000"), library.articles.resolve("003")
    writes = []
    library.shelf.db.set_trace_callback(
        lambda sql: sql.lstrip().upper().startswith(("INSERT", "UPDATE")) and writes.append(sql))
    library.shelf.mark_read(first, "2026-01-01T00:00:00+00:00")
    library.shelf.mark_read(second, "2026-02-01T00:00:00+00:00")
    assert writes == []
    assert library.shelf.recently_read() == [second, first]
    library.shelf.save()
    assert len(writes) == 2
    library.shelf.db.set_trace_callback(None)
    library.close()


def test_exports_carry_the_article_tags_and_collections(seeds_dir, data_dir):
    library = _open(seeds_dir, data_dir)
    article = library.articles.resolve("000")
    text = library.articles.document(article).text
    library.annotations.add(article, text.index("国际站"), text.index("国际站") + 3)
    library.shelf.set_tags(article, ["trade war"])
    library.shelf.set_collections(article, ["Econ"])
    markdown = library.annotations.export("markdown")
    assert "#trade-war" in markdown and "collection: Econ" in markdown
    (item,) = json.loads(library.annotations.export("json"))["first"]["items"]
    assert item["target"]["reader:articleTags"] == ["trade war"]
    assert item["target"]["reader:collections"] == ["Econ"]
    library.close()
