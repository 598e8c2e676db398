import os

import pytest
from hypothesis import given, strategies as st

from reader.core.library.corpus import build_document
from reader.core.text.decoding import UnreadableFile
from reader.core.library.facade import Library, UnknownArticle
from tests.conftest import seed_text


def _mixed_library(root):
    root.mkdir()
    (root / "gbk.txt").write_bytes("阿里巴巴国际站\n2020年8月26日,阿里巴巴入局外贸软件。".encode("gbk"))
    (root / "big5.txt").write_bytes("淘小鋪發布公告\n社交電商是阿里的執念。".encode("big5"))
    (root / "utf16.txt").write_bytes("El 22 de mayo se lanzó Taoxiaopu, la tienda.".encode("utf-16"))
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "empty.md").write_bytes(b"")
    (root / "image.png").write_bytes(b"\x89PNG")  # not an article file: ignored
    sub = root / "sub"
    sub.mkdir()
    (sub / "nested.html").write_text("<title>嵌套</title><p>正文內容。</p>", "utf-8")
    locked = root / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text("秘密", "utf-8")
    locked.chmod(0)
    return locked


def test_mixed_library_loads_good_files_and_reports_bad_ones(tmp_path, data_dir):
    locked = _mixed_library(tmp_path / "lib")
    try:
        library = Library(tmp_path / "lib", data_dir)
        result = library.load()
    finally:
        locked.chmod(0o755)
    by_path = {a.path: a for a in result.articles}
    assert set(by_path) >= {"gbk.txt", "big5.txt", "utf16.txt", "sub/nested.html"}
    assert library.articles.document(by_path["gbk.txt"].id).text.startswith("阿里巴巴国际站\n2020年8月26日")
    assert "社交電商是阿里的執念" in library.articles.document(by_path["big5.txt"].id).text
    assert by_path["big5.txt"].language == "zh-Hant"
    assert by_path["gbk.txt"].language == "zh-Hans"
    assert by_path["utf16.txt"].language == "es"
    assert by_path["sub/nested.html"].title == "嵌套"
    errors = {e.path: e.reason for e in result.errors}
    assert "binary" in errors["binary.txt"]
    assert "empty" in errors["empty.md"]
    if os.geteuid() != 0:  # root reads any folder
        assert any("locked" in p for p in errors)


def test_ids_are_stable_and_follow_the_path(seeds_dir, data_dir):
    first = {a.path: a.id for a in Library(seeds_dir, data_dir).load().articles}
    path = seeds_dir / "000_ff02d452e9ff2108.txt"
    path.write_text(path.read_text("utf-8") + "\n补充一段。", "utf-8")
    second = Library(seeds_dir, data_dir).load().articles
    assert {a.path: a.id for a in second} == first
    assert len(set(first.values())) == 5


def test_content_hash_changes_with_the_content(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    before = {a.path: a.content_hash for a in library.load().articles}
    path = seeds_dir / "002_d232c155dda96fdd.txt"
    path.write_text(path.read_text("utf-8") + "\nUna línea más.", "utf-8")
    after = {a.path: a.content_hash for a in library.load().articles}
    assert before["002_d232c155dda96fdd.txt"] != after["002_d232c155dda96fdd.txt"]
    assert before["000_ff02d452e9ff2108.txt"] == after["000_ff02d452e9ff2108.txt"]


def test_resolve_accepts_id_path_and_stem(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    (info,) = [a for a in library.articles.all() if a.path.startswith("003")]
    for token in (info.id, info.path, "003_fbbf78a2e9dba111", "003"):
        assert library.articles.resolve(token) == info.id
    with pytest.raises(UnknownArticle):
        library.articles.resolve("nope")


def test_views_through_the_facade(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    view = library.articles.view("004", "simplified")
    assert "淘小铺" in view.text and "淘小鋪" not in view.text
    assert library.articles.view("000", "traditional").text.startswith("阿里巴巴國際站")


def test_add_files_copies_into_the_library_and_reports_bad_ones(tmp_path, seeds_dir, data_dir):
    outside = tmp_path / "outside"
    outside.mkdir()
    good = outside / "nuevo.txt"
    good.write_text("Artículo nuevo\n\nEl 22 de mayo de 2019 se lanzó la tienda.", "utf-8")
    bad = outside / "roto.txt"
    bad.write_bytes(b"\x00\x01\x02" * 10)
    library = Library(seeds_dir, data_dir)
    library.load()
    result = library.articles.add_paths([good, bad, outside / "missing.txt"])
    assert [a.title for a in result.added] == ["Artículo nuevo"]
    assert {e.reason for e in result.errors} >= {"not found"}
    assert (seeds_dir / "added" / "nuevo.txt").exists()
    assert "Artículo nuevo" in {a.title for a in library.articles.all()}  # listed at once
    reloaded = {a.title for a in Library(seeds_dir, data_dir).load().articles}
    assert "Artículo nuevo" in reloaded


def test_linked_folder_is_remembered(tmp_path, seeds_dir, data_dir):
    linked = tmp_path / "mine"
    linked.mkdir()
    (linked / "a.txt").write_text("我的文章\n内容。", "utf-8")
    library = Library(seeds_dir, data_dir)
    library.load()
    library.articles.add_paths([linked], copy=False)
    titles = {a.title for a in Library(seeds_dir, data_dir).load().articles}
    assert "我的文章" in titles and len(titles) == 6


def test_seed_003_reading_text_has_no_pinyin(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    text = library.articles.document("003").text
    assert "(guó)" not in text and "國際站" in text
    assert len(text) < len(seed_text("003"))


@given(st.binary(max_size=400), st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_build_a_document_or_give_a_reason(data, suffix):
    try:
        document = build_document(data, "x" + suffix, suffix)
    except UnreadableFile as exc:
        assert str(exc)
    else:
        assert document.text.strip() and document.info.chars == len(document.text)
        assert document.raw_to_reading.to_target(len(document.raw)) == len(document.text)


def test_a_book_keeps_one_converted_view(tmp_path):
    """Issue 14: a converted view of a book is a second copy of its text; only the last
    one stays cached (the original shares the reading text), an article keeps several."""
    from reader.core.library.facade import Script

    root = tmp_path / "books"
    root.mkdir()
    paragraph = "　　阿里巴巴国际站的流量运营，说到底是数据的运营。"
    (root / "book.txt").write_text("一本书\n\n" + "\n\n".join([paragraph] * 2)
                                   + "\n\n" + "\n\n".join(f"{paragraph}第{n}段" for n in
                                                          range(9000)), "utf-8")
    (root / "short.txt").write_text("短文\n\n" + paragraph, "utf-8")
    library = Library(root, tmp_path / "data")
    articles = library.load().articles
    book, short = (next(a.id for a in articles if a.path.endswith(name))
                   for name in ("book.txt", "short.txt"))
    assert library.articles.info(book).chars > 200_000
    for script in (Script.ORIGINAL, Script.TRADITIONAL, Script.SIMPLIFIED):
        library.articles.view(book, script)
        library.articles.view(short, script)
    assert library.articles.has_view(book, Script.SIMPLIFIED)
    assert not library.articles.has_view(book, Script.TRADITIONAL)
    assert library.articles.has_view(short, Script.TRADITIONAL)
    assert library.articles.view(book, Script.TRADITIONAL).text.startswith("一本書")
