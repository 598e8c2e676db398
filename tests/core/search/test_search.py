import os
import shutil

import pytest
from hypothesis import given, settings, strategies as st

from reader.core.text.folding import WORD, fold, index_terms
from reader.core.library.facade import Library
from reader.core.search.query import QuerySyntaxError, find_in_text, parse_query
from reader.core.search.index import INDEX_VERSION, IndexSource, SearchIndex


@pytest.fixture
def library(seeds_dir, data_dir):
    lib = Library(seeds_dir, data_dir)
    lib.load()
    lib.search.update_index()
    yield lib
    lib.close()


def paths(result):
    return {hit.path[:3] for hit in result.hits}


# -- folding ----------------------------------------------------------------------------------
def test_folding_keeps_length_and_unifies_scripts_case_accents_width():
    for text in ("淘小鋪發布公告", "Electrónico ÁRBOL", "ＡＢＣ１２３", "二噁英", "İstanbul ß"):
        assert len(fold(text)) == len(text)
    assert fold("淘小鋪") == fold("淘小铺") == "淘小铺"
    assert fold("Electrónico") == "electronico"
    assert fold("ＡＢＣ") == "abc"


def test_index_terms_are_bigrams_characters_and_stems():
    terms = index_terms(fold("國際站 tiendas"))
    assert {"国", "际", "站", "国际", "际站", "tiend"} <= set(terms)


@given(st.text(max_size=60))
def test_fold_never_changes_length(text):
    assert len(fold(text)) == len(text)


# -- query language ------------------------------------------------------------------------------
@pytest.mark.parametrize("query, message", [
    ('"open', "quote"), ("OR x", "OR"), ("x OR", "OR"), ("-x", "at least one"), ("  ", "Type"),
    ("a OR -b", "excluded"),
])
def test_bad_syntax_gives_a_message(query, message):
    with pytest.raises(QuerySyntaxError, match=message):
        parse_query(query)


@given(st.text(alphabet=st.sampled_from('ab 國"-OR()*'), max_size=20))
def test_any_query_parses_or_gives_a_message(text):
    try:
        parse_query(text)
    except QuerySyntaxError as exc:
        assert str(exc)


def test_find_in_text_offsets_with_astral_characters():
    text = "𠀋國際站和二噁英，国际站。"
    spans = find_in_text(text, "国际站")
    assert [text[s:e] for s, e in spans] == ["國際站", "国际站"]
    assert spans[0] == (1, 4)  # code points: 𠀋 counts once
    assert find_in_text(text, "二𫫇英") == [(5, 8)]


# -- the index -----------------------------------------------------------------------------------
def test_cross_script_search_finds_both_scripts(library):
    simplified, traditional = library.search.query("国际站"), library.search.query("國際站")
    assert paths(simplified) == paths(traditional) == {"000", "003"}
    assert library.search.query("淘小铺").total == library.search.query("淘小鋪").total >= 1


def test_spanish_folding_and_stemming(library):
    assert paths(library.search.query("tiendas")) == {"002"}
    assert paths(library.search.query("electronico")) == {"002"}
    assert library.search.query("ELECTRÓNICO").total == library.search.query("electrónico").total


def test_match_offsets_are_exact_in_the_reading_text(library):
    result = library.search.query("流量運營")
    (hit,) = result.hits
    text = library.articles.document(hit.id).text
    assert hit.matches and all(text[m.start:m.end] == m.text == "流量運營" for m in hit.matches)
    assert all(m.text in hit.snippet for m in hit.matches[:1])


def test_and_or_exclude_and_phrases(library):
    both = paths(library.search.query("阿里巴巴 微信"))
    assert "001" in both
    for p in both:
        art = next(a for a in library.articles.all() if a.path.startswith(p))
        text = fold(library.articles.document(art.id).text)
        assert "阿里巴巴" in text and "微信" in text
    assert paths(library.search.query("Taobao OR 淘宝")) >= {"002"}
    excluded = paths(library.search.query("阿里巴巴 -微信"))
    assert excluded and not (excluded & both)
    assert paths(library.search.query('"de mayo"')) == {"002"}


def test_every_substring_of_an_article_is_found(library):
    """Chinese text is matched as substrings; Latin words as words (with stemming), so
    needles cutting a Latin word are left out here."""
    for article in library.articles.all():
        text = library.articles.document(article.id).text
        for start in range(0, len(text) - 4, max(1, len(text) // 12)):
            needle = text[start:start + 3]
            if needle.strip() != needle or '"' in needle or needle.startswith("-") \
                    or any(c.isalpha() and c.isascii() for c in needle):
                continue
            result = library.search.query(needle, limit=None)
            assert article.id in {h.id for h in result.hits}, needle


def test_incremental_update_adds_changes_and_removes(library, seeds_dir):
    (seeds_dir / "new.txt").write_text("新文章\n关于拼多多的讨论。", "utf-8")
    path = seeds_dir / "002_d232c155dda96fdd.txt"
    path.write_text(path.read_text("utf-8") + "\nPalabraÚnica al final.", "utf-8")
    (seeds_dir / "001_7e46b5cef2bc429b.txt").unlink()
    library.load()
    report = library.search.update_index()
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    assert report.rebuilt_because is None
    assert paths(library.search.query("拼多多的讨论")) == {"new"}
    assert paths(library.search.query("palabraunica")) == {"002"}
    assert "001" not in paths(library.search.query("阿里巴巴"))
    assert library.search.update_index().added == 0


def test_corrupted_index_is_rebuilt_with_a_reason(library, data_dir):
    folder = library.search.index.folder
    library.close()
    for name in os.listdir(folder):
        if name.endswith((".seg", ".toc")):
            (folder / name).write_bytes(b"garbage")
    again = Library(library.root, data_dir)
    again.load()
    report = again.search.update_index()
    assert report.rebuilt_because and "damaged" in report.rebuilt_because
    assert report.added == 5
    assert paths(again.search.query("国际站")) == {"000", "003"}
    again.close()


def test_version_change_rebuilds(library, data_dir):
    folder = library.search.index.folder
    library.close()
    (folder / "reader-index.json").write_text('{"version": %d}' % (INDEX_VERSION - 1))
    again = Library(library.root, data_dir)
    again.load()
    report = again.search.update_index()
    assert "format changed" in report.rebuilt_because and report.added == 5
    again.close()


def test_missing_index_folder_is_rebuilt(library, data_dir):
    library.close()
    shutil.rmtree(library.search.index.folder)
    again = Library(library.root, data_dir)
    again.load()
    assert again.search.update_index().added == 5
    again.close()


def test_search_sees_committed_batches_while_indexing(tmp_path):
    index = SearchIndex(tmp_path / "ix")
    sources = [IndexSource(str(i), f"{i}.txt", f"t{i}", "h") for i in range(3)]
    texts = {"0": "第一篇", "1": "第二篇", "2": "第三篇"}
    index.update(sources[:1], texts.__getitem__)
    assert index.search("第一").total == 1 and index.search("第二").total == 0
    index.update(sources, texts.__getitem__)
    assert index.search("篇").total == 3
    index.close()


@settings(max_examples=25)
@given(st.text(alphabet=st.sampled_from("國国際际站 abcñ𠀋"), min_size=1, max_size=30),
       st.data())
def test_search_offsets_match_the_text(tmp_path_factory, text, data):
    index = SearchIndex(tmp_path_factory.mktemp("ix"))
    index.update([IndexSource("a", "a.txt", "a", "h")], lambda _id: text)
    start = data.draw(st.integers(0, len(text) - 1))
    needle = text[start:start + data.draw(st.integers(1, 3))].strip()
    # Substring semantics hold for CJK; Latin letters are matched as whole words.
    if needle and '"' not in needle and not WORD.search(fold(needle)):
        result = index.search(f'"{needle}"')
        assert result.total == 1
        for match in result.hits[0].matches:
            assert fold(text[match.start:match.end]) == fold(needle)
    index.close()


def test_bulk_build_path_indexes_everything(tmp_path, monkeypatch):
    import reader.core.search.index as search_module
    monkeypatch.setattr(search_module, "BULK_MIN_DOCUMENTS", 8)
    monkeypatch.setattr(search_module, "BULK_SEGMENT_DOCUMENTS", 6)
    index = SearchIndex(tmp_path / "ix")
    texts = {str(i): f"第{i}篇文章，关于淘宝。" for i in range(20)}
    report = index.update([IndexSource(k, k, k, "h") for k in texts], texts.__getitem__)
    assert report.added == 20
    assert index.search("淘宝").total == 20
    assert index.search("第13篇").total == 1
    assert len(index.ix.reader().leaf_readers()) == 4  # 20 documents in segments of 6
    index.close()
