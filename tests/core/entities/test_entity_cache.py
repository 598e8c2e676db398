"""The entity table is built once per library state (issue 17): with progress, one build at a
time, kept on disk so the next start reads it; edits, merges and splits make it stale."""
import threading
import time

import pytest

import reader.core.library.entities as entities_module
from reader.core.library.facade import Library

ZH = "淘宝的故事\n\n人都知道淘宝。后来,淘宝在杭州开始做大。\n"
ES = "La historia de Taobao\n\nTodos conocen Taobao. Después, Taobao creció en Hangzhou.\n"


@pytest.fixture
def folders(tmp_path):
    root, data = tmp_path / "library", tmp_path / "data"
    root.mkdir()
    data.mkdir()
    (root / "a_zh.txt").write_text(ZH, "utf-8")
    (root / "b_es.txt").write_text(ES, "utf-8")
    return root, data


def _open(root, data):
    library = Library(root, data)
    library.load()
    return library


def _count_builds(monkeypatch) -> list[int]:
    builds = []
    real = entities_module.build_entities

    def counting(*args, **kwargs):
        builds.append(1)
        return real(*args, **kwargs)
    monkeypatch.setattr(entities_module, "build_entities", counting)
    return builds


def test_the_first_build_reports_progress_and_the_next_start_reads_the_cache(
        folders, monkeypatch):
    builds = _count_builds(monkeypatch)
    library = _open(*folders)
    seen = []
    table = library.entities.table(lambda done, total, _label: seen.append((done, total)))
    assert table.entity_of("Taobao") is table.entity_of("淘宝")
    assert builds == [1]
    assert seen[-1][0] == seen[-1][1] > 0
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    library.close()

    again = _open(*folders)  # a second start: no build, the same entities
    cached = again.entities.table()
    assert builds == [1]
    assert [e.to_json() for e in cached.entities] == [e.to_json() for e in table.entities]
    assert [m for e in cached.entities for m in e.mentions] == \
           [m for e in table.entities for m in e.mentions]
    again.close()


def test_an_edited_article_or_a_merge_makes_the_cache_stale(folders, monkeypatch):
    root, data = folders
    builds = _count_builds(monkeypatch)
    library = _open(root, data)
    library.entities.table()
    (root / "a_zh.txt").write_text(ZH.replace("后来", "很多年后"), "utf-8")
    library.load()
    taobao = library.entities.table().entity_of("淘宝")
    assert builds == [1, 1]
    text = library.articles.document(taobao.mentions[-1].article).text
    assert all(text[m.start:m.end] == m.name for m in taobao.mentions
               if m.article == taobao.mentions[-1].article)
    library.entities.merge("Hangzhou", "Taobao")
    assert library.entities.table().entity_of("Hangzhou") is \
        library.entities.table().entity_of("Taobao")
    assert builds == [1, 1, 1]
    library.close()


def test_callers_at_the_same_time_share_one_build(folders, monkeypatch):
    builds = _count_builds(monkeypatch)
    library = _open(*folders)
    tables = []
    threads = [threading.Thread(target=lambda: tables.append(library.entities.table()))
               for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds == [1]
    assert tables[0] is tables[1] is tables[2]
    library.close()


def test_a_build_stopped_by_its_progress_callback_leaves_nothing_behind(folders, monkeypatch):
    builds = _count_builds(monkeypatch)
    library = _open(*folders)

    class Stop(Exception):
        pass

    def stop(done, total, label):
        if done:
            raise Stop
    with pytest.raises(Stop):
        library.entities.table(stop)
    assert library.entities.table().entity_of("Taobao") is not None  # built afresh
    assert len(builds) == 2
    library.close()


def test_a_caller_waiting_for_another_callers_build_hears_its_progress(folders):
    library = _open(*folders)
    started, release, heard = threading.Event(), threading.Event(), []

    def slow_first(done, total, label):
        started.set()
        release.wait(10)
    first = threading.Thread(target=lambda: library.entities.table(slow_first))
    first.start()
    assert started.wait(10)
    second = threading.Thread(
        target=lambda: library.entities.table(lambda d, t, _l: heard.append((d, t))))
    second.start()
    deadline = time.monotonic() + 10
    while not library.entities._listeners[1:]:  # the second caller waits for the build
        assert time.monotonic() < deadline
        threading.Event().wait(0.01)
    release.set()
    first.join()
    second.join()
    assert heard and heard[-1][0] == heard[-1][1]
    library.close()
