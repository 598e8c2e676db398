import pytest

from reader.core.library.corpus import build_document
from reader.core.text.metadata import detect_language, publication_date
from tests.conftest import SEEDS


@pytest.mark.parametrize("prefix, language, script", [
    ("000", "zh-Hans", "Hans"), ("001", "zh-Hans", "Hans"), ("002", "es", "Latn"),
    ("003", "zh-Hant", "Hant"), ("004", "zh-Hant", "Hant"),
])
def test_seed_language_and_script(prefix, language, script):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    info = build_document(path.read_bytes(), path.name, path.suffix).info
    assert (info.language, info.script) == (language, script)


def test_titles_and_dates_of_seeds():
    infos = {}
    for path in sorted(SEEDS.glob("*.txt")):
        infos[path.name[:3]] = build_document(path.read_bytes(), path.name, path.suffix).info
    assert infos["000"].title == "阿里巴巴国际站,究竟意欲何为?"
    assert infos["000"].date == "2023-03-16"
    assert infos["002"].title.startswith("La ambición de Alibaba")
    # Seed 003 opens with page chrome; its headline is the line the page repeats.
    assert infos["003"].title == "一文讀懂阿里巴巴國際站流量運營(認知篇)"
    assert infos["001"].title.startswith("2013年") and len(infos["001"].title) <= 41
    assert all(info.date is None for key, info in infos.items() if key != "000")


def test_html_and_markdown_titles_and_text():
    html = ("<html><head><title>Título &amp; más</title><script>alert(1)</script></head>"
            "<body><h1>Encabezado</h1><p>El 22 de mayo se lanzó.</p>"
            "<img src='http://example.com/x.png'><a href='javascript:alert(1)'>enlace</a>"
            "</body></html>").encode()
    doc = build_document(html, "a.html", ".html")
    assert doc.info.title == "Encabezado"  # the page's headline (issue 13: trafilatura)
    assert "alert" not in doc.text and "<" not in doc.text
    assert "El 22 de mayo se lanzó." in doc.text
    # A stray link after the article is left out of the body but never lost (issue 13).
    assert "enlace" in doc.text or any("enlace" in r.text for r in doc.removed)
    md = "# 标题\n\n正文有**重点**和[链接](http://x.y)。\n".encode()
    doc = build_document(md, "b.md", ".md")
    assert doc.info.title == "标题"
    assert doc.text == "标题\n正文有重点和链接。"  # blocks joined by one newline (issue 12)


def test_publication_date_only_from_metadata_lines():
    assert publication_date("标题\n发布时间:2021年10月11日 08:00\n正文") == "2021-10-11"
    assert publication_date("标题\n时间:2021年10月11日\n") == "2021-10-11"
    assert publication_date("标题\n2020年8月26日,阿里巴巴入局。") is None
    assert publication_date("Fecha: 2019/05/22\nTexto") == "2019-05-22"


def test_language_of_other_text_is_undetermined():
    assert detect_language("The quick brown fox jumps over the lazy dog and the cat.")[0] == "und"
    assert detect_language("12345 67890")[0] == "und"
