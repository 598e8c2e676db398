"""`reader define` and `reader vocabulary` (issue 20)."""
import json
import subprocess
import sys

from reader.cli import main
from reader.core.dictionary.export import parse_csv


def cli(*args):
    proc = subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, encoding="utf-8")
    return proc.returncode, proc.stdout, proc.stderr


def test_define_wechat_and_bank_json_contract(seeds_dir, dictionary_data_dir):
    common = ["--library", str(seeds_dir), "--data-dir", str(dictionary_data_dir)]
    code, out, err = cli("define", "微信", "--json", *common)
    assert code == 0, err
    payload = json.loads(out)
    assert {"query", "entries"} <= set(payload) and payload["query"] == "微信"
    assert any("WeChat" in d for e in payload["entries"] for d in e["definitions"])
    for entry in payload["entries"]:
        assert {"simplified", "traditional", "pinyin", "definitions"} <= set(entry)
    code, out, _ = cli("define", "銀行", "--json", *common)
    assert code == 0 and json.loads(out)["entries"][0]["pinyin"] == "yín háng"


def test_define_a_phrase_and_a_spanish_word(seeds_dir, dictionary_data_dir, capsys):
    common = ["--library", str(seeds_dir), "--data-dir", str(dictionary_data_dir)]
    assert main(["define", "银行行长", "--json", *common]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert [w["word"] for w in payload["words"]] == ["银行", "行长"]
    assert main(["define", "tiendas", "--search", "--json", *common]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["lemma"] == "tienda" and payload["search"]["total"] >= 1


def test_define_nothing_useful_is_a_clear_message(seeds_dir, dictionary_data_dir, capsys):
    common = ["--library", str(seeds_dir), "--data-dir", str(dictionary_data_dir)]
    assert main(["define", "  ", *common]) == 2
    assert "give a word" in capsys.readouterr().err
    assert main(["define", "123", *common]) == 1
    assert "neither Chinese nor a Spanish word" in capsys.readouterr().err


def test_vocabulary_add_then_export_csv_that_parses_back(seeds_dir, dictionary_data_dir,
                                                         tmp_path, capsys):
    common = ["--library", str(seeds_dir), "--data-dir", str(dictionary_data_dir)]
    assert main(["list", "--json", *common]) == 0
    articles = json.loads(capsys.readouterr().out)["articles"]
    traditional = next(a for a in articles if a["path"].startswith("003"))
    text = subprocess.run([sys.executable, "-m", "reader", "show", traditional["id"], *common],
                          capture_output=True, text=True, encoding="utf-8").stdout
    han = next(i for i in range(len(text) - 1) if "\u4e00" <= text[i] <= "\u9fff"
               and "\u4e00" <= text[i + 1] <= "\u9fff" and i > 30)
    assert main(["vocabulary", "add", traditional["id"], str(han), str(han + 2), *common]) == 0
    item = json.loads(capsys.readouterr().out)
    assert item["added"] and item["word"] == text[han:han + 2] and item["sentence"]
    out = tmp_path / "vocab.csv"
    assert main(["vocabulary", "export", "--format", "csv", "-o", str(out), *common]) == 0
    rows = parse_csv(out.read_text("utf-8"))
    assert rows == [{"front": item["word"], "back": rows[0]["back"],
                     "sentence": item["sentence"].replace("\n", " "),
                     "source": f"{item['title']} [{item['path']}:{han}-{han + 2}]"}]
    assert main(["vocabulary", "export", "--format", "markdown", *common]) == 0
    assert f"## {item['word']}" in capsys.readouterr().out
    assert main(["vocabulary", "add", traditional["id"], "5", "2", *common]) == 1
    assert "not a range" in capsys.readouterr().err
