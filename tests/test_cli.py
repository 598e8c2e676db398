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


def test_search_json_contract(seeds_dir, data_dir):
    code, out, err = run_cli("search", "國際站", "--library", str(seeds_dir), "--data-dir",
                             str(data_dir), "--json", "--limit", "1")
    assert code == 0
    payload = json.loads(out)
    assert set(payload) == {"query", "total", "hits"}
    assert payload["query"] == "國際站" and payload["total"] == 2 and len(payload["hits"]) == 1
    hit = payload["hits"][0]
    assert set(hit) == {"id", "path", "title", "score", "matches", "snippet"}
    assert all(set(m) == {"start", "end", "text"} for m in hit["matches"])
    code, text, _ = run_cli("show", hit["id"], "--library", str(seeds_dir), "--data-dir",
                            str(data_dir))
    for match in hit["matches"]:
        assert text[match["start"]:match["end"]] == match["text"]
        assert match["text"] in ("国际站", "國際站")


def test_search_bad_syntax_is_a_message_not_a_traceback(seeds_dir, data_dir):
    code, out, err = run_cli("search", '"open', "--library", str(seeds_dir), "--data-dir",
                             str(data_dir))
    assert code == 2 and "quote" in err and "Traceback" not in err


def test_index_command_and_rebuild(seeds_dir, data_dir, capsys):
    common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
    assert main(["index", *common]) == 0
    assert "5 added" in capsys.readouterr().out
    assert main(["index", *common]) == 0
    assert "0 added, 0 updated, 0 removed" in capsys.readouterr().out
    assert main(["index", "--rebuild", *common]) == 0
    assert "5 added" in capsys.readouterr().out


def test_annotations_cli_round_trip(seeds_dir, data_dir, tmp_path):
    common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
    code, out, err = run_cli("annotations", "add", "002", "0", "12", "--color", "green",
                             "--note", "título", "--tag", "es", *common)
    assert code == 0, err
    added = json.loads(out)
    assert added["quote"] == "La ambición " and added["color"] == "green"
    code, out, _ = run_cli("annotations", "list", "--json", *common)
    (listed,) = json.loads(out)["annotations"]
    assert set(listed) == {"uid", "id", "start", "end", "quote", "color", "note", "tags",
                           "created", "modified", "orphan"}
    assert listed["uid"] == added["uid"] and listed["orphan"] is False
    exported = tmp_path / "a.json"
    assert run_cli("annotations", "export", "--format", "json", "-o", str(exported),
                   *common)[0] == 0
    code, out, _ = run_cli("annotations", "import", str(exported), *common)
    assert code == 0 and "imported 0, unchanged 1" in out
    code, out, _ = run_cli("annotations", "export", "--format", "markdown", *common)
    assert "> La ambición" in out and "título" in out


def test_annotations_cli_errors(seeds_dir, data_dir, tmp_path):
    common = ["--library", str(seeds_dir), "--data-dir", str(data_dir)]
    code, _, err = run_cli("annotations", "add", "002", "5", "2", *common)
    assert code == 1 and "not a range" in err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    code, _, err = run_cli("annotations", "import", str(bad), *common)
    assert code == 2 and "cannot read" in err


def test_events_json_contract(seeds_dir, data_dir):
    code, out, err = run_cli("events", "--json", "--library", str(seeds_dir), "--data-dir",
                             str(data_dir))
    assert code == 0, err
    events = json.loads(out)["events"]
    assert len(events) >= 30
    for event in events:
        assert set(event) == {"id", "path", "date", "precision", "qualifier", "inferred",
                              "start", "end", "sentence_start", "sentence_end", "sentence",
                              "label", "actors", "date_end", "sources"}
        assert event["sentence_start"] <= event["start"] < event["end"] <= event["sentence_end"]
        assert event["precision"] in ("year", "month", "week", "day")
        assert event["date_end"] is None or event["date_end"] >= event["date"]
        assert event["sources"][0]["id"] == event["id"]
        for source in event["sources"]:
            assert set(source) == {"id", "start", "end", "sentence"}
    dates = [e["date"] for e in events]
    assert dates.index("2008") < dates.index("2021-10-11")
    code, out, _ = run_cli("events", "--json", "--id", "004", "--library", str(seeds_dir),
                           "--data-dir", str(data_dir))
    assert {e["path"][:3] for e in json.loads(out)["events"]} == {"004"}


# -- web pages and EPUB (issue 13) --------------------------------------------------------
def _web_library(root):
    from tests.core.library.epub_factory import Chapter, Toc, build_epub

    root.mkdir()
    (root / "pagina.html").write_text(
        "<html><head><meta charset='utf-8'><title>La tienda abre | Diario</title></head><body>"
        "<nav><a href='/'>Portada</a> <a href='/eco'>Economía</a></nav><article>"
        "<h1>La tienda abre</h1><p>" + "La nueva tienda abrió sus puertas el lunes. " * 6 +
        "</p><h2>Detalles</h2><p>" + "Tiene dos plantas y cuarenta empleados. " * 5 +
        "</p></article><footer>Todos los derechos reservados.</footer></body></html>", "utf-8")
    (root / "libro.epub").write_bytes(build_epub(
        [Chapter("c1.xhtml", "<h1>Uno</h1><p>Érase una vez un lector.</p>"),
         Chapter("c2.xhtml", "<h1>Dos</h1><p>Y leyó hasta el final.</p>")],
        title="El libro", toc=[Toc("Uno", "c1.xhtml"), Toc("Dos", "c2.xhtml")]))


def test_list_and_show_web_page_and_epub(tmp_path, data_dir, capsys):
    root = tmp_path / "lib"
    _web_library(root)
    common = ["--library", str(root), "--data-dir", str(data_dir)]
    assert main(["list", "--json", *common]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["errors"] == []
    by_path = {a["path"]: a for a in payload["articles"]}
    assert by_path["pagina.html"]["title"] == "La tienda abre"
    assert by_path["pagina.html"]["language"] == "es"
    assert by_path["libro.epub"]["title"] == "El libro"
    assert main(["show", by_path["pagina.html"]["id"], *common]) == 0
    page = capsys.readouterr().out
    assert page.startswith("La tienda abre\n") and "Detalles\n" in page
    assert "Portada" not in page and "derechos reservados" not in page
    assert main(["show", "libro.epub", *common]) == 0
    book = capsys.readouterr().out
    assert book.split("\n")[:3] == ["El libro", "Uno", "Érase una vez un lector."]
    assert "Y leyó hasta el final." in book


def test_broken_epub_is_listed_as_an_error_not_a_traceback(tmp_path, data_dir):
    root = tmp_path / "lib"
    root.mkdir()
    (root / "roto.epub").write_bytes(b"PK\x03\x04 truncated")
    code, out, err = run_cli("list", "--json", "--library", str(root), "--data-dir",
                             str(data_dir))
    assert code == 0 and "Traceback" not in err
    errors = json.loads(out)["errors"]
    assert errors == [{"path": "roto.epub", "reason": errors[0]["reason"]}]
    assert "damaged EPUB" in errors[0]["reason"]
