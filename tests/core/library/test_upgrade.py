"""Issue 12: nothing lost when the reading text changes; one entry per article."""
import hashlib
import json
import shutil

from reader.core.annotations.store import AnnotationStore
from reader.core.library.corpus import article_id
from reader.core.library.facade import Library
from reader.core.library.migration import stored_version
from reader.core.text.cleaning import clean
from reader.core.text.pipeline import CLEANING_VERSION
from tests.conftest import SEEDS
from tests.test_cli import run_cli


def _release_data_folder(seeds_dir, data_dir, quotes):
    """A data folder as the current release (cleaning version 1) makes it: reading text =
    ``clean(raw)`` of a .txt file, content hash = the file's sha256, no version file."""
    store = AnnotationStore(data_dir / "annotations.sqlite")
    made = []
    for name, quote, occurrence in quotes:
        path = next(seeds_dir.glob(f"{name}_*.txt"))
        data = path.read_bytes()
        old_text = clean(data.decode("utf-8")).text
        start = -1
        for _ in range(occurrence + 1):
            start = old_text.index(quote, start + 1)
        made.append(store.create(article_id(path.name), old_text, start, start + len(quote),
                                 hashlib.sha256(data).hexdigest()[:16], path=path.name,
                                 note=quote))
    store.close()
    (data_dir / "index").mkdir()
    (data_dir / "index" / "old-segment").write_text("old index", "utf-8")
    return made


def test_a_release_data_folder_upgrades_without_losing_a_highlight(seeds_dir, data_dir):
    quotes = [
        ("003", "關注作者", 0),                    # page chrome: must become an orphan
        ("003", "一文讀懂阿里巴巴國際站流量運營", 0),   # the title, before removed chrome
        ("003", "重新認識阿里巴巴", 0),              # a heading in the body
        ("003", "越做越大,越做越長久", 0),            # the last sentence, before tail chrome
        ("001", "说到根上了", 0),                    # a reader's comment: now removed
        ("001", "马云和阿里在“来往”上是失败", 0),     # body before the comment box
        ("004", "互聯網巨頭們對社交電商", 0),          # body after the SEO title was cut
        ("000", "阿里巴巴为什么热衷外贸CRM软件", 0),   # after a removed stray symbol line
    ]
    made = _release_data_folder(seeds_dir, data_dir, quotes)
    assert stored_version(data_dir) == 1

    library = Library(seeds_dir, data_dir)
    backup = data_dir / "backups" / f"before-cleaning-v{CLEANING_VERSION}"
    assert library.backup == backup and (backup / "annotations.sqlite").exists()
    assert (backup / "index" / "old-segment").read_text("utf-8") == "old index"
    library.load()
    library.annotations.reanchor()
    moved = {a.uid: a for a in library.annotations.all()}
    for old in made:
        new = moved[old.uid]
        text = library.articles.document(new.article).text
        if new.orphan:
            assert old.exact not in text  # only clutter that left the body is orphaned
        else:
            assert text[new.start:new.end] == old.exact  # same words, new offsets
    orphans = {moved[a.uid].exact for a in made if moved[a.uid].orphan}
    assert orphans == {"關注作者", "说到根上了"}
    # The index is rebuilt from the new reading text (keyed by the new content hash).
    report = library.search.update_index()
    assert report.added + report.updated == 5
    assert library.search.query("關注作者").total == 0
    library.close()

    # Only once: a second open neither backs up again nor moves anything.
    shutil.rmtree(backup)
    again = Library(seeds_dir, data_dir)
    assert again.backup is None and not backup.exists()
    again.load()
    assert {a.uid: (a.start, a.end) for a in again.annotations.all()} == \
        {uid: (a.start, a.end) for uid, a in moved.items()}
    again.close()


def test_reading_positions_move_with_their_words_on_upgrade(seeds_dir, data_dir):
    """A position saved by the release (an offset in ``clean(raw)``) lands on the same words
    in today's reading text, whose head lost page chrome (003) — once, on first open."""
    positions = {}
    for name, words in (("003", "重新認識阿里巴巴"), ("001", "马云和阿里在“来往”上是失败")):
        path = next(seeds_dir.glob(f"{name}_*.txt"))
        old_text = clean(path.read_text("utf-8")).text
        positions[article_id(path.name)] = (old_text.index(words), words)
    _release_data_folder(seeds_dir, data_dir, [])
    (data_dir / "positions.json").write_text(
        json.dumps({a: offset for a, (offset, _w) in positions.items()}), "utf-8")
    library = Library(seeds_dir, data_dir)
    library.load()
    shifted = 0
    for article, (old_offset, words) in positions.items():
        opened = library.open(article)
        text = library.articles.document(article).text
        assert text[opened.position:].startswith(words)
        shifted += opened.position != old_offset
        assert library.open(article).position == opened.position  # moved only once
    assert shifted  # 003's head chrome left the text: its offset really moved
    library.close()
    reopened = Library(seeds_dir, data_dir)
    reopened.load()
    for article, (_offset, words) in positions.items():
        text = reopened.articles.document(article).text
        assert text[reopened.open(article).position:].startswith(words)
    reopened.close()


def test_a_new_data_folder_is_not_backed_up(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir / "fresh")
    assert library.backup is None
    assert stored_version(data_dir / "fresh") == CLEANING_VERSION
    library.close()


def test_adding_an_article_never_changes_another_articles_body(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    before = {a.id: library.articles.document(a.id).text for a in library.articles.all()}
    # Same site, same chrome, different article.
    page = (SEEDS / "003_fbbf78a2e9dba111.txt").read_text("utf-8")
    (seeds_dir / "005_same_site.txt").write_text(
        page.split("你好,我叫曉懂")[0] + "另一篇文章的正文。這是第二句。\n\n分享\n", "utf-8")
    library.articles._documents.clear()
    library.load()
    after = {a.id: library.articles.document(a.id).text for a in library.articles.all()}
    assert {k: after[k] for k in before} == before
    library.close()


def test_the_same_article_twice_is_one_entry_with_both_files(seeds_dir, data_dir):
    from reader.core.text.opencc_bridge import convert

    original = (seeds_dir / "000_ff02d452e9ff2108.txt").read_text("utf-8")
    (seeds_dir / "copy-of-000.txt").write_text(original, "utf-8")
    (seeds_dir / "000-traditional.txt").write_text(convert(original, "s2t"), "utf-8")
    library = Library(seeds_dir, data_dir)
    library.load()
    entries = [a for a in library.articles.all() if "000" in a.path]
    assert len(entries) == 1
    assert {entries[0].path, *entries[0].copies} == \
        {"000_ff02d452e9ff2108.txt", "copy-of-000.txt", "000-traditional.txt"}
    assert len(library.articles.all()) == 5
    library.close()
    code, out, _ = run_cli("list", "--library", str(seeds_dir), "--data-dir", str(data_dir),
                           "--json")
    listed = json.loads(out)["articles"]
    assert code == 0 and len(listed) == 5
    assert len(next(a for a in listed if "copies" in a)["copies"]) == 2


def test_show_blocks_json_and_report(seeds_dir, data_dir):
    common = ("--library", str(seeds_dir), "--data-dir", str(data_dir))
    code, out, _ = run_cli("show", "004", "--blocks", "--json", *common)
    assert code == 0
    payload = json.loads(out)
    assert set(payload) == {"id", "title", "metadata", "blocks", "removed"}
    assert payload["title"] == "微信拆墻,能為阿里社交電商續命嗎?"
    assert payload["metadata"]["author"] == "成招"
    code, text, _ = run_cli("show", "004", *common)
    text = text.rstrip("\n")
    for block in payload["blocks"]:
        assert set(block) <= {"kind", "start", "end", "level", "text"}
        assert text[block["start"]:block["end"]] == block["text"]
    assert payload["blocks"][0]["kind"] == "title"
    assert any(b["kind"] == "heading" and b["level"] == 2 for b in payload["blocks"])
    for removed in payload["removed"]:
        assert set(removed) == {"kind", "reason", "raw_start", "raw_end", "text"}
    assert {r["kind"] for r in payload["removed"]} >= {"byline", "credit", "title-prefix"}
    code, out, _ = run_cli("show", "003", "--report", *common)
    report = json.loads(out)
    assert report["removed"] and report["garbled"] and report["mojibake_repaired"] >= 7
