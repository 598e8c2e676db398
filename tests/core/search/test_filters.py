"""Search filters: restrict hits by language, script, folder, date range and highlight tag,
and order them by relevance, date published or date added — in the core."""
import os

from hypothesis import given, strategies as st

from reader.core.library.facade import Library, SearchFilter, SortOrder, folders
from reader.core.models import ArticleInfo
from reader.core.search.filters import _date_ok, accepts


def _library(tmp_path, data_dir):
    root = tmp_path / "lib"
    (root / "news" / "2023").mkdir(parents=True)
    (root / "es").mkdir()
    (root / "news" / "2023" / "a.txt").write_text(
        "北京的天气\n时间:2023-05-04\n今天北京天气很好。𠀋字也在。", "utf-8")
    (root / "news" / "b.txt").write_text("臺北的天氣\n時間:2021-01-02\n今天臺北天氣很好，北京也是。",
                                         "utf-8")
    (root / "es" / "c.txt").write_text("El tiempo en Pekín\n\nHoy en Beijing (北京) hace sol.",
                                       "utf-8")
    library = Library(root, data_dir)
    library.load()
    library.search.update_index()
    return library


def _paths(result):
    return sorted(h.path for h in result.hits)


def test_filters_restrict_hits_by_language_script_folder_and_dates(tmp_path, data_dir):
    library = _library(tmp_path, data_dir)
    query = library.search.query
    assert len(query("北京").hits) == 3
    assert _paths(query("北京", filters=SearchFilter(language="es"))) == ["es/c.txt"]
    assert _paths(query("北京", filters=SearchFilter(language="zh"))) == [
        "news/2023/a.txt", "news/b.txt"]
    hant = query("北京", filters=SearchFilter(script="Hant"))
    assert _paths(hant) == ["news/b.txt"] and hant.total == 1
    assert _paths(query("北京", filters=SearchFilter(folder="news/"))) == [
        "news/2023/a.txt", "news/b.txt"]
    assert _paths(query("北京", filters=SearchFilter(folder="news/2023"))) == [
        "news/2023/a.txt"]
    assert _paths(query("北京", filters=SearchFilter(date_from="2022"))) == ["news/2023/a.txt"]
    assert _paths(query("北京", filters=SearchFilter(date_to="2021-12"))) == ["news/b.txt"]
    assert folders(library.articles.all()) == ["es", "news", "news/2023"]


def test_filters_by_highlight_tag_and_sorts_by_dates(tmp_path, data_dir):
    library = _library(tmp_path, data_dir)
    es = next(a for a in library.articles.all() if a.path == "es/c.txt")
    library.annotations.add(es.id, 0, 2, tags=("Viaje",))
    assert _paths(library.search.query("北京", filters=SearchFilter(tag="#viaje"))) == [
        "es/c.txt"]
    published = library.search.query("北京", filters=SearchFilter(sort=SortOrder.PUBLISHED))
    assert [h.path for h in published.hits] == ["news/2023/a.txt", "news/b.txt", "es/c.txt"]
    for age, path in enumerate(["news/b.txt", "es/c.txt", "news/2023/a.txt"]):
        stamp = 1_600_000_000 - age * 1000
        os.utime(library.root / path, (stamp, stamp))
    added = library.search.query("北京", limit=2, filters=SearchFilter(sort=SortOrder.ADDED))
    assert [h.path for h in added.hits] == ["news/b.txt", "es/c.txt"] and added.total == 3


def _info(date):
    return ArticleInfo("x", "f.txt", "t", "es", "Latn", date, 1, "h", "utf-8")


@given(st.dates(), st.dates(), st.dates())
def test_date_range_is_inclusive_at_any_precision(day, low, high):
    wanted = SearchFilter(date_from=low.isoformat()[:4], date_to=high.isoformat()[:7])
    inside = low.isoformat()[:4] <= day.isoformat()[:4] and \
        day.isoformat()[:7] <= high.isoformat()[:7]
    assert accepts(_info(day.isoformat()), wanted, lambda _a: set()) == inside
    assert not _date_ok(None, "2020", "")
