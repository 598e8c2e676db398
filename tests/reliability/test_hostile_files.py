"""Issue 11, items 1, 5 and 6: file names, damaged bytes and special files a real library
holds. Real faults throughout: real non-UTF-8 names, real FIFOs, real links to devices and
system files, real byte damage."""
import json
import os
import subprocess
import sys

import pytest

from reader.cli import main
from reader.core.library.facade import Library
from reader.core.text.decoding import UnreadableFile, decode_bytes
from tests.conftest import SEEDS, seed_text

BAD_NAME = os.fsdecode(b"bad\xff name.txt")  # a byte UTF-8 cannot hold


def _list_json(library, data_dir, capsys) -> dict:
    assert main(["list", "--json", "--library", str(library), "--data-dir", str(data_dir)]) == 0
    return json.loads(capsys.readouterr().out)


# -- 1: file names that are not UTF-8 --------------------------------------------------------
def test_a_non_utf8_file_name_loads_displays_and_round_trips(tmp_path, data_dir, capsys):
    root = tmp_path / "lib"
    root.mkdir()
    (root / BAD_NAME).write_text(seed_text("000"), "utf-8")
    (root / os.fsdecode(b"bad\xfe name.txt")).write_text(seed_text("001"), "utf-8")
    (root / "good.txt").write_text(seed_text("002"), "utf-8")

    first = _list_json(root, data_dir, capsys)
    assert first["errors"] == []
    paths = sorted(a["path"] for a in first["articles"])
    assert paths == ["bad\ufffd name.txt", "bad\ufffd name.txt", "good.txt"]
    ids = {a["id"] for a in first["articles"]}
    assert len(ids) == 3  # two names that look alike are still two articles
    second = _list_json(root, data_dir, capsys)  # warm start, from the catalog
    assert {a["id"] for a in second["articles"]} == ids
    fresh = _list_json(root, data_dir.parent / "other-data", capsys)  # another data folder
    assert {a["id"] for a in fresh["articles"]} == ids

    library = Library(root, data_dir)
    library.load()
    article = next(a for a in library.articles.all() if a.title.startswith("阿里巴巴"))
    assert library.articles.document(article.id).text.startswith("阿里巴巴")  # opened by its real name
    library.annotations.add(article.id, 0, 4, note="kept")
    assert [a.article for a in library.annotations.for_article(article.id)] == [article.id]
    library.close()


def test_a_non_utf8_file_name_in_a_subprocess_prints_no_traceback(tmp_path, data_dir):
    root = tmp_path / "lib"
    root.mkdir()
    (root / BAD_NAME).write_text(seed_text("000"), "utf-8")
    for command in (["list"], ["list", "--json"], ["search", "阿里巴巴"]):
        run = subprocess.run([sys.executable, "-m", "reader", *command, "--library", str(root),
                              "--data-dir", str(data_dir)], capture_output=True, timeout=120,
                             env={**os.environ, "LC_ALL": "C"})
        assert run.returncode == 0, run.stderr
        assert b"Traceback" not in run.stderr
        assert "bad\ufffd name.txt".encode() in run.stdout


# -- 5: damaged bytes ------------------------------------------------------------------------
def _damaged_cases() -> dict[str, bytes]:
    chinese = seed_text("000").encode("utf-8")
    spanish = seed_text("002").encode("utf-8")
    middle = len(chinese) // 2
    while chinese[middle] & 0xC0 != 0x80:  # inside a character
        middle += 1
    return {
        "cut inside the last character": chinese + "国".encode()[:2],
        "one stray bad byte": chinese[:middle] + b"\xff" + chinese[middle + 1:],
        "one NUL": spanish[:500] + b"\x00" + spanish[500:],
        "spanish with a stray byte": spanish[:800] + b"\xc3" + spanish[800:],
    }


@pytest.mark.parametrize("case", list(_damaged_cases()))
def test_damaged_text_loads_with_the_spot_replaced_and_flagged(case, tmp_path, data_dir):
    data = _damaged_cases()[case]
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert len(decoded.damaged) == 1
    start, end = decoded.damaged[0]
    assert decoded.text[start:end] == "\ufffd"

    root = tmp_path / "lib"
    root.mkdir()
    (root / "damaged.txt").write_bytes(data)
    library = Library(root, data_dir)
    result = library.load()
    assert result.errors == [] and result.articles[0].damaged == 1
    document = library.articles.document("damaged.txt")
    if document.damaged_spans:
        (span,) = document.damaged_spans
        assert "\ufffd" in document.text[span[0]:span[1] + 1]
    else:  # the spot was in page chrome kept out of the body (issue 12): reported there
        assert any("\ufffd" in removed.text for removed in document.removed)
    library.close()


def test_damage_is_shown_in_the_cli_report(tmp_path, data_dir, capsys):
    root = tmp_path / "lib"
    root.mkdir()
    (root / "damaged.txt").write_bytes(_damaged_cases()["one stray bad byte"])
    assert main(["list", "--json", "--library", str(root), "--data-dir", str(data_dir)]) == 0
    (article,) = json.loads(capsys.readouterr().out)["articles"]
    assert article["damaged"] == 1
    assert main(["show", "damaged", "--report", "--library", str(root), "--data-dir",
                 str(data_dir)]) == 0
    assert len(json.loads(capsys.readouterr().out)["damaged_spans"]) == 1


def test_heavy_damage_and_binary_are_still_refused():
    rng = __import__("random").Random(3)
    with pytest.raises(UnreadableFile):
        decode_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    with pytest.raises(UnreadableFile):
        decode_bytes(b"text\x00\x00\x00\x00 with many NULs " * 10)


def test_legacy_encodings_are_not_taken_for_damaged_utf8():
    gbk = seed_text("000").encode("gbk", "replace")
    assert decode_bytes(gbk).encoding in ("gb18030", "gbk")
    assert decode_bytes(gbk).damaged == ()
    spanish = seed_text("002").encode("cp1252", "replace")
    decoded = decode_bytes(spanish)
    assert decoded.damaged == () and "ñ" in decoded.text


def test_shift_jis_is_not_labelled_traditional_chinese(tmp_path, data_dir):
    japanese = ("東京都は十日、新しい交通計画を発表した。市民の生活を支えるために、"
                "バスと電車の本数を増やし、駅の周りの道路を整備するという。"
                "計画は来年の春から始まり、五年かけて完成する予定だ。\n") * 12
    root = tmp_path / "lib"
    root.mkdir()
    (root / "japanese.txt").write_bytes(japanese.encode("shift_jis"))
    library = Library(root, data_dir)
    result = library.load()
    assert all(a.language != "zh-Hant" for a in result.articles)
    library.close()


# -- 6: FIFOs, devices, links ----------------------------------------------------------------
def test_a_fifo_and_a_link_to_a_device_are_skipped_with_a_reason(tmp_path, data_dir):
    root = tmp_path / "lib"
    root.mkdir()
    (root / "good.txt").write_text(seed_text("002"), "utf-8")
    os.mkfifo(root / "pipe.txt")
    (root / "zero.txt").symlink_to("/dev/zero")
    # Run in a real process with a time limit: a FIFO read would hang, /dev/zero never ends.
    run = subprocess.run([sys.executable, "-m", "reader", "list", "--json", "--library",
                          str(root), "--data-dir", str(data_dir)], capture_output=True,
                         timeout=60)
    assert run.returncode == 0 and b"Traceback" not in run.stderr
    payload = json.loads(run.stdout)
    assert [a["path"] for a in payload["articles"]] == ["good.txt"]
    errors = {e["path"]: e["reason"] for e in payload["errors"]}
    assert "FIFO" in errors["pipe.txt"]
    assert "/dev/zero" in errors["zero.txt"] and "not followed" in errors["zero.txt"]


def test_a_device_inside_an_added_folder_is_not_read(tmp_path, data_dir):
    """The user added the folder that holds the link, so the link is trusted as far as the
    folder goes; the device it names is still no regular file."""
    root = tmp_path / "lib"
    root.mkdir()
    (root / "zero.txt").symlink_to("/dev/zero")
    library = Library(root, data_dir)
    result = library.articles.add_paths([root / "zero.txt"], copy=False)
    assert result.added == []
    assert any("not a regular file" in e.reason or "not an article" in e.reason
               for e in result.errors)
    library.close()


def test_links_outside_the_library_are_followed_only_to_what_the_user_added(tmp_path,
                                                                           data_dir):
    root, outside = tmp_path / "lib", tmp_path / "elsewhere"
    root.mkdir()
    outside.mkdir()
    (root / "own.txt").write_text(seed_text("002"), "utf-8")
    (outside / "theirs.txt").write_text(seed_text("001"), "utf-8")
    (root / "system.txt").symlink_to("/etc/hostname" if os.path.exists("/etc/hostname")
                                     else "/etc/passwd")
    (root / "linked.txt").symlink_to(outside / "theirs.txt")
    (root / "inside-link.txt").symlink_to(root / "own.txt")

    library = Library(root, data_dir)
    result = library.load()
    # a link inside the library is fine (the same article twice: one entry, both files)
    loaded = {path for a in result.articles for path in (a.path, *a.copies)}
    errors = {e.path: e.reason for e in result.errors}
    assert loaded == {"own.txt", "inside-link.txt"}
    assert "not followed" in errors["system.txt"] and "not followed" in errors["linked.txt"]

    library.articles.add_paths([outside], copy=False)  # the user adds that folder themselves
    result = library.load()
    loaded = {path for a in result.articles for path in (a.path, *a.copies)}
    assert "linked.txt" in loaded
    assert "system.txt" not in loaded and "not followed" in \
        {e.path: e.reason for e in result.errors}["system.txt"]
    library.close()


def test_the_size_limit_is_checked_while_reading(tmp_path, monkeypatch):
    from reader.core.library import corpus

    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    monkeypatch.setattr(corpus, "MAX_FILE_BYTES", 4096)
    with pytest.raises(UnreadableFile, match="too large"):
        corpus.read_file_bytes(path)
