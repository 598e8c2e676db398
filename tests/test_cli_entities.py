"""`reader entities` and `reader align`: the JSON contracts of the linking issue."""
import json

from tests.test_cli import run_cli


def test_entities_json_contract(seeds_dir, data_dir):
    code, out, _ = run_cli("entities", "--json", "--library", str(seeds_dir),
                           "--data-dir", str(data_dir))
    assert code == 0
    entities = json.loads(out)["entities"]
    for entity in entities:
        assert set(entity) == {"id", "name", "names", "articles", "evidence"}
    taobao = next(e for e in entities if e["name"] == "Taobao")
    assert {"Taobao", "淘宝", "淘寶"} <= set(taobao["names"])
    assert len(taobao["articles"]) >= 3
    assert all({"kind", "names", "detail"} <= set(v) for v in taobao["evidence"])


def test_align_json_contract_is_monotonic(seeds_dir, data_dir):
    code, out, _ = run_cli("align", "002", "004", "--json", "--library", str(seeds_dir),
                           "--data-dir", str(data_dir))
    assert code == 0
    anchors = json.loads(out)["anchors"]
    assert anchors
    keys = {"left_start", "left_end", "right_start", "right_end", "kind", "text_left",
            "text_right"}
    assert all(set(a) == keys and a["kind"] in {"entity", "date", "number"} for a in anchors)
    for first, second in zip(anchors, anchors[1:]):
        assert first["left_start"] < second["left_start"]
        assert first["right_start"] < second["right_start"]
    assert any(a["text_left"] == "Taoxiaopu" for a in anchors)


def test_search_taoxiaopu_returns_the_chinese_article(seeds_dir, data_dir):
    code, out, _ = run_cli("search", "taoxiaopu", "--json", "--library", str(seeds_dir),
                           "--data-dir", str(data_dir))
    assert code == 0
    hits = json.loads(out)["hits"]
    chinese = [h for h in hits if h["path"].startswith("004")]
    assert chinese and {m["text"] for m in chinese[0]["matches"]} == {"淘小鋪"}


def test_align_unknown_article_is_a_message(seeds_dir, data_dir):
    code, _, err = run_cli("align", "002", "nope", "--library", str(seeds_dir),
                           "--data-dir", str(data_dir))
    assert code == 1 and "nope" in err and "Traceback" not in err


def test_entities_id_takes_an_entity_id_a_name_or_an_article(seeds_dir, data_dir):
    where = ("--json", "--library", str(seeds_dir), "--data-dir", str(data_dir))
    _, out, _ = run_cli("entities", *where)
    tmall = next(e for e in json.loads(out)["entities"] if e["name"] == "Tmall")
    for which in (tmall["id"], "天猫", "tmall"):
        code, out, _ = run_cli("entities", "--id", which, *where)
        assert code == 0 and [e["id"] for e in json.loads(out)["entities"]] == [tmall["id"]]
    code, out, _ = run_cli("entities", "--id", "004", *where)  # an article: what it names
    names = {e["name"] for e in json.loads(out)["entities"]}
    assert code == 0 and {"Taoxiaopu", "WeChat"} <= names and "Tmall" not in names
    code, _, err = run_cli("entities", "--id", "nope", *where)
    assert code == 1 and "nope" in err and "Traceback" not in err
