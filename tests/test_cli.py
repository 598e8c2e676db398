import json
import subprocess
import sys

from reader import __version__
from reader.cli import main


def run_cli(*args):
    proc = subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, encoding="utf-8")
    return proc.returncode, proc.stdout, proc.stderr


def test_version():
    code, out, _ = run_cli("--version")
    assert code == 0 and out.strip() == f"reader {__version__}"


def test_list_json_contract(seeds_dir, data_dir):
    code, out, _ = run_cli("list", "--library", str(seeds_dir), "--data-dir", str(data_dir),
                           "--json")
    assert code == 0
    payload = json.loads(out)
    assert set(payload) == {"articles", "errors"}
    assert payload["errors"] == []
    langs = {a["path"][:3]: a["language"] for a in payload["articles"]}
    assert langs == {"000": "zh-Hans", "001": "zh-Hans", "002": "es", "003": "zh-Hant",
                     "004": "zh-Hant"}
    for article in payload["articles"]:
        assert set(article) == {"id", "path", "title", "language", "script", "date", "chars"}


def test_list_reports_bad_files_and_exits_zero(seeds_dir, data_dir, capsys):
    (seeds_dir / "broken.txt").write_bytes(b"\x00\xff" * 100)
    assert main(["list", "--json", "--library", str(seeds_dir), "--data-dir", str(data_dir)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert len(payload["articles"]) == 5
    assert payload["errors"] == [{"path": "broken.txt", "reason": "binary file (contains NUL bytes)"}]


def test_show_in_each_script(seeds_dir, data_dir, capsys):
    common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
    assert main(["show", "004", "--script", "simplified", *common]) == 0
    simplified = capsys.readouterr().out
    assert "淘小铺" in simplified
    main(["list", "--json", *common])
    ids = {a["path"][:3]: a["id"] for a in json.loads(capsys.readouterr().out)["articles"]}
    assert main(["show", ids["000"], "--script", "traditional", *common]) == 0
    assert capsys.readouterr().out.startswith("阿里巴巴國際站")
    assert main(["show", ids["003"], *common]) == 0
    assert "(guó)" not in capsys.readouterr().out


def test_show_unknown_article_is_a_clear_error(seeds_dir, data_dir, capsys):
    assert main(["show", "nothing-like-this", "--library", str(seeds_dir),
                 "--data-dir", str(data_dir)]) == 1
    assert "no article matches 'nothing-like-this'" in capsys.readouterr().err


def test_missing_library_folder(tmp_path, data_dir, capsys):
    assert main(["list", "--library", str(tmp_path / "none"), "--data-dir", str(data_dir)]) == 2
    assert "library folder not found" in capsys.readouterr().err
