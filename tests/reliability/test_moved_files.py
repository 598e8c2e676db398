"""Issue 11 item 8: a file moved or renamed (and perhaps edited) is recognised by its
content; its highlights, reading position and pane follow it, its old id still resolves, and
highlights of a file that is really gone can be re-attached. Real renames on disk."""
import json
import shutil

from PySide6.QtCore import QSettings

from reader.cli import main
from reader.core.library.facade import Library
from reader.core.library.fingerprint import fingerprint, similarity
from tests.conftest import seed_text


def _highlight(library, prefix, phrase, note=""):
    article = library.articles.resolve(prefix)
    text = library.articles.document(article).text
    start = text.index(phrase)
    return library.annotations.add(article, start, start + len(phrase), note=note).annotation


def test_a_renamed_file_keeps_its_highlights_and_its_old_id_resolves(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    made = _highlight(library, "002", "Taoxiaopu", note="nota")
    old_id = made.article
    (path,) = seeds_dir.glob("002_*.txt")
    (seeds_dir / "sub").mkdir()
    path.rename(seeds_dir / "sub" / "renamed.txt")

    result = library.load()
    (move,) = result.moves
    assert (move.old_id, move.new_path, move.how) == (old_id, "sub/renamed.txt", "same content")
    new_id = library.articles.resolve("renamed")
    assert new_id != old_id and library.articles.resolve(old_id) == new_id  # the old id still works
    (carried,) = library.annotations.for_article(new_id)
    assert (carried.uid, carried.note, carried.orphan) == (made.uid, "nota", False)
    assert library.articles.document(new_id).text[carried.start:carried.end] == "Taoxiaopu"
    assert library.articles.former_ids(new_id) == [old_id]
    assert library.annotations.detached_articles() == []
    library.close()


def test_a_moved_and_edited_file_is_recognised_by_its_fingerprint(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    made = _highlight(library, "000", "富通天下")
    (path,) = seeds_dir.glob("000_*.txt")
    text = path.read_text("utf-8")
    path.unlink()
    lines = text.split("\n")
    lines[5] = "这一段是新写的，和原来的不一样。"  # an edited paragraph
    (seeds_dir / "moved.txt").write_text("\n".join(lines) + "\n补充的一句。", "utf-8")

    result = library.load()
    (move,) = result.moves
    assert move.how.startswith("similar content") and move.new_path == "moved.txt"
    (carried,) = library.annotations.for_article("moved")
    assert carried.uid == made.uid and not carried.orphan
    library.close()


def test_an_unrelated_new_file_is_not_taken_for_a_deleted_one(seeds_dir, data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    made = _highlight(library, "000", "富通天下")
    (path,) = seeds_dir.glob("000_*.txt")
    path.unlink()
    (seeds_dir / "other.txt").write_text(seed_text("001"), "utf-8")  # different text
    result = library.load()
    assert result.moves == []
    assert library.annotations.detached_articles() == [(made.article, made.path, 1)]

    # The user says where they belong: re-attached, re-anchored (orphans where not found).
    placed = library.annotations.reattach_article(made.article, "other")
    assert [a.uid for a in placed] == [made.uid] and placed[0].orphan
    assert library.annotations.detached_articles() == []
    library.close()


def test_fingerprints_tell_edits_from_other_articles():
    a, b = seed_text("000"), seed_text("001")
    edited = a.replace(a.split("\n")[5], "完全不同的一段。")
    assert similarity(fingerprint(a), fingerprint(edited)) >= 0.6
    assert similarity(fingerprint(a), fingerprint(b)) < 0.1
    assert similarity(fingerprint(a), fingerprint(a.replace("\n", "\n\n"))) == 1.0


def test_cli_reports_the_move_and_reattaches_the_rest(seeds_dir, data_dir, capsys):
    common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
    assert main(["annotations", "add", "002", "0", "5", *common]) == 0
    assert main(["annotations", "add", "003", "0", "5", *common]) == 0
    capsys.readouterr()
    (renamed,) = seeds_dir.glob("002_*.txt")
    renamed.rename(seeds_dir / "nuevo nombre.txt")
    (gone,) = seeds_dir.glob("003_*.txt")
    gone_text = gone.read_text("utf-8")
    gone.unlink()
    assert main(["list", *common]) == 0
    assert "is now nuevo nombre.txt (same content)" in capsys.readouterr().err
    assert main(["annotations", "detached", "--json", *common]) == 0
    (detached,) = json.loads(capsys.readouterr().out)["detached"]
    assert detached["annotations"] == 1 and detached["path"].startswith("003_")
    # A rewrite too different to be recognised: the user re-attaches by hand.
    (seeds_dir / "copia.txt").write_text(gone_text[:300] + "\n" + seed_text("000"), "utf-8")
    capsys.readouterr()
    assert main(["annotations", "reattach", detached["id"], "copia", *common]) == 0
    assert "re-attached 1 highlight" in capsys.readouterr().out
    assert main(["annotations", "reattach", "nonexistent", "copia", *common]) == 1
    assert "no highlights belong" in capsys.readouterr().err


def test_the_app_reopens_a_renamed_article_at_its_reading_position(qtbot, seeds_dir,
                                                                   data_dir):
    from reader.ui.main_window import MainWindow

    library = Library(seeds_dir, data_dir)
    library.load()
    old_id = library.articles.resolve("004")
    library.positions.set(old_id, 1500)  # positions.json: the core's, shared with the CLI
    library.close()
    settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("panes/left/article", old_id)
    settings.setValue("panes/left/visible", "true")
    settings.sync()
    (path,) = seeds_dir.glob("004_*.txt")
    shutil.move(path, seeds_dir / "renamed-004.txt")

    window = MainWindow(Library(seeds_dir, data_dir), settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        window.start_loading()
    pane = window.pane_named("left")
    qtbot.waitUntil(lambda: pane.article_id == window.library.articles.resolve("renamed-004"))
    assert abs(pane.top_reading_offset() - 1500) < 200


def test_one_highlight_of_a_gone_file_can_be_reattached_to_another_article(seeds_dir,
                                                                           data_dir):
    library = Library(seeds_dir, data_dir)
    library.load()
    made = _highlight(library, "000", "富通天下", note="mine")
    (path,) = seeds_dir.glob("000_*.txt")
    path.unlink()
    library.load()
    target = library.articles.resolve("001")
    text = library.articles.document(target).text
    placed = library.annotations.reattach(made.uid, 0, 4, article=target).annotation
    assert (placed.article, placed.exact, placed.note) == (target, text[:4], "mine")
    assert [a.uid for a in library.annotations.for_article(target)] == [made.uid]
    assert library.annotations.detached_articles() == []
    library.close()
