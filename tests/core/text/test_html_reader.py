import quopri
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from reader.core.library.corpus import build_document
from reader.core.text.blocks import BlockKind
from reader.core.text.decoding import UnreadableFile, decode_bytes, declared_charset
from reader.core.text import html_reader
from reader.core.text.html_reader import read_html

PAGES = Path(__file__).resolve().parents[2] / "data" / "web" / "pages"
REAL_PAGES = PAGES.parent / "real"

ARTICLE = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>La tienda abre en Madrid | Diario</title>
<meta name="author" content="Ana García">
<meta property="article:published_time" content="2021-06-14T10:30:00+02:00"></head>
<body><nav><ul><li><a href="/">Portada</a></li><li><a href="/eco">Economía</a></li>
<li><a href="/dep">Deportes</a></li></ul></nav>
<article><h1>La tienda abre en Madrid</h1>
<p>La nueva tienda de la cadena abrió sus puertas el lunes en el centro de Madrid, con
colas desde primera hora de la mañana y una plantilla de cuarenta personas.</p>
<h2>Una apuesta por el centro</h2>
<p>La empresa explicó que el local de dos plantas es el mayor de los que tiene en España y
que servirá de modelo para las próximas aperturas en Barcelona y Valencia.</p>
<ul><li>Dos plantas de venta al público.</li><li>Cuarenta empleados contratados.</li></ul>
<blockquote><p>Queremos estar donde está la gente, dijo la directora general.</p></blockquote>
<p>Los vecinos de la zona se mostraron divididos entre la alegría por los nuevos empleos y
la preocupación por el tráfico que pueda generar en unas calles ya muy concurridas. 𠀋</p>
</article>
<section class="comments"><h3>Comentarios</h3>
<div class="comment"><p>Lector: ¡Por fin una tienda así en el barrio, qué ganas tenía!</p></div>
</section>
<footer><p>© Diario Ejemplo. Todos los derechos reservados.</p></footer></body></html>"""


def _texts(blocks, kind):
    return [b.text for b in blocks if b.kind is kind]


def test_main_content_with_structure_and_metadata():
    blocks, metadata, removed = read_html(ARTICLE)
    assert blocks[0].kind is BlockKind.TITLE and blocks[0].text == "La tienda abre en Madrid"
    assert _texts(blocks, BlockKind.HEADING) == ["Una apuesta por el centro"]
    assert _texts(blocks, BlockKind.LIST_ITEM) == ["Dos plantas de venta al público.",
                                                   "Cuarenta empleados contratados."]
    assert _texts(blocks, BlockKind.QUOTE) == [
        "Queremos estar donde está la gente, dijo la directora general."]
    body = "\n".join(b.text for b in blocks)
    assert "colas desde primera hora" in body and "𠀋" in body
    for chrome in ("Portada", "Deportes", "Lector", "derechos reservados"):
        assert chrome not in body
    assert metadata["author"] == "Ana García" and metadata["date"] == "2021-06-14"
    # What was left out is reported with its place in the source, not lost.
    left_out = {r.text: r for r in removed}
    comment = next(r for text, r in left_out.items() if "qué ganas tenía" in text)
    assert comment.reason and comment.kind == "chrome"
    assert "qué ganas tenía" in ARTICLE[comment.raw_start:comment.raw_end + 1]
    assert any("Deportes" in text for text in left_out)


def test_document_offsets_map_reading_text_back_to_the_html_source():
    document = build_document(ARTICLE.encode(), "es/tienda.html", ".html")
    assert document.raw == ARTICLE and document.info.language == "es"
    assert document.info.date == "2021-06-14"
    for block in document.blocks:
        start, end = document.raw_to_reading.range_to_source(block.start, block.end)
        assert 0 <= start < end <= len(document.raw)
        words = document.text[block.start:block.end].split()
        assert words[0] in document.raw[start:end] or block.kind is BlockKind.TITLE
    position = document.text.index("plantas de venta")
    source = document.raw_to_reading.to_source(position)
    assert document.raw[source:source + 8] == "plantas "  # verbatim blocks map exactly


def _chinese_page(title, paragraphs, charset=None):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' \
        if charset else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head>{meta}<title>{title}</title></head><body>"
            f"<div class='nav'><a>首頁</a> <a>新聞</a> <a>財經</a></div><h1>{title}</h1>"
            f"<div class='content'>{body}</div><div class='footer'>版權所有</div></body></html>")


SIMPLIFIED = ["阿里巴巴国际站近日推出了新的会员政策,外贸企业普遍表示费用上涨明显,中小企业压力加大。",
              "业内人士认为,平台需要在收费和服务之间找到新的平衡点,否则商家会转向独立站和其他渠道。",
              "记者走访了多家外贸公司,大多数负责人表示会继续观望一段时间,再决定是否续费。"]
TRADITIONAL = ["淘小鋪發布公告,宣布將在下個月調整店主的傭金比例,引起了不少店主的討論與關注。",
               "有店主表示,社交電商的門檻正在變高,新人想要做起來已經越來越難,需要更多投入。",
               "平台方面則回應說,新的規則是為了保障消費者權益,並會給予老店主一段時間過渡。"]


@pytest.mark.parametrize("encoding, declared, paragraphs", [
    ("gbk", "gb2312", SIMPLIFIED), ("gbk", None, SIMPLIFIED),
    ("big5", "big5", TRADITIONAL), ("big5", None, TRADITIONAL),
    ("utf-8", "gbk", SIMPLIFIED),  # re-saved as UTF-8 with the old declaration
])
def test_chinese_pages_in_both_scripts_declared_or_not(encoding, declared, paragraphs):
    page = _chinese_page("新聞標題", paragraphs, declared).encode(encoding)
    document = build_document(page, "zh.html", ".html")
    for paragraph in paragraphs:
        assert paragraph in document.text
    assert "版權所有" not in document.text
    assert document.info.language == ("zh-Hans" if paragraphs is SIMPLIFIED else "zh-Hant")


def test_declared_charset_is_found_and_wins_over_guessing():
    assert declared_charset(b'<meta charset="GB2312">') == "gb2312"
    assert declared_charset(b"<?xml version='1.0' encoding='Big5'?>") == "big5"
    assert declared_charset(b"<p>no declaration</p>") is None
    text = "淘小鋪發布公告,社交電商是阿里的執念。"
    assert decode_bytes(text.encode("big5"), declared="big5").text == text


def test_page_without_main_content_falls_back_with_a_note(monkeypatch):
    monkeypatch.setattr(html_reader, "_extract", lambda page, metadata: [])
    blocks, metadata, _ = read_html("<html><body><nav><a>Inicio</a></nav><div>Hola.</div>"
                                    "<div>Adiós.</div></body></html>")
    assert [b.text for b in blocks] == ["Hola.", "Adiós."]
    assert metadata["extraction"] == "fallback" and metadata["note"]


def test_empty_page_is_unreadable_with_a_message():
    with pytest.raises(UnreadableFile) as error:
        build_document(b"<html><head><script>var a=1;</script></head><body> </body></html>",
                       "empty.html", ".html")
    assert str(error.value)


def test_mhtml_page_is_read():
    html = _chinese_page("新闻标题", SIMPLIFIED, "gb2312").encode("gbk")
    mhtml = (b"From: <Saved by Blink>\r\nSubject: =?utf-8?Q?x?=\r\nMIME-Version: 1.0\r\n"
             b'Content-Type: multipart/related; type="text/html"; boundary="BOUND"\r\n\r\n'
             b"--BOUND\r\nContent-Type: text/html; charset=gb2312\r\n"
             b"Content-Transfer-Encoding: quoted-printable\r\n"
             b"Content-Location: http://example.com/a.html\r\n\r\n" +
             quopri.encodestring(html) + b"\r\n--BOUND\r\nContent-Type: image/png\r\n"
             b"Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--BOUND--\r\n")
    document = build_document(mhtml, "saved.mhtml", ".mhtml")
    assert SIMPLIFIED[1] in document.text


def test_nothing_is_fetched_or_run():
    page = ("<html><head><script>fetch('http://evil.example/')</script>"
            "<link rel='stylesheet' href='http://evil.example/a.css'></head><body>"
            "<iframe src='http://evil.example/frame'></iframe><article><p>" + "Texto. " * 40 +
            "</p><img src='http://evil.example/p.png' onerror='alert(1)'></article></body></html>")
    blocks, _, _ = read_html(page)
    text = "\n".join(b.text for b in blocks)
    assert "Texto." in text and "evil" not in text and "alert" not in text


def test_deeply_nested_page_does_not_crash_or_lose_text():
    depth = 3000
    page = ("<html><body><p>" + "Arriba del todo. " * 10 + "</p>" + "<div>" * depth +
            "<p>" + "Texto muy profundo. " * 10 + "</p>" + "</div>" * depth + "</body></html>")
    blocks, _, removed = read_html(page)
    everything = "\n".join([b.text for b in blocks] + [r.text for r in removed])
    assert "Arriba del todo." in everything and "Texto muy profundo." in everything


_TAGS = st.sampled_from(["p", "div", "h1", "h3", "li", "ul", "ol", "blockquote", "pre",
                         "table", "tr", "td", "script", "style", "br", "img", "a", "span",
                         "nav", "footer", "svg", "template", "iframe", "!--", "?xml", "body"])
_FRAGMENTS = st.one_of(
    _TAGS.map(lambda t: f"<{t}>"), _TAGS.map(lambda t: f"</{t}>"),
    st.sampled_from(["&amp;", "&#0;", "&#x1F600;", "&nbsp;", "&bogus;", "<", ">", "\x00",
                     "\ud7ff", "𠀋", "中文段落,", "Texto en español. ", "\n", "<![CDATA[x",
                     "<meta charset=big5>", "<p onclick='alert(1)'>", "-->"]),
    st.text(max_size=20))


@settings(max_examples=60)
@given(st.lists(_FRAGMENTS, max_size=60))
def test_hostile_html_never_crashes(fragments):
    page = "".join(fragments)
    try:
        document = build_document(page.encode("utf-8", "surrogatepass"), "x.html", ".html")
    except UnreadableFile as error:
        assert str(error)
        return
    for block in document.blocks:
        assert 0 <= block.start < block.end <= len(document.text)
        start, end = document.raw_to_reading.range_to_source(block.start, block.end)
        assert 0 <= start <= end <= len(document.raw)
    assert "<script" not in document.text


def _f1(predicted, expected):
    from bench.extraction import score
    return score(predicted, expected)[2]


@pytest.mark.parametrize("page", sorted(p.name for p in PAGES.glob("*.html")))
def test_development_pages_score_well(page):
    """A regression guard on the development set (bench/extraction.py reports the numbers)."""
    from bench.extraction import load_pages, reader_body
    ((name, html, expected),) = [p for p in load_pages(PAGES) if f"{p[0]}.html" == page]
    assert _f1(reader_body(html), expected) >= 0.9


@pytest.mark.parametrize("page", sorted(p.stem for p in REAL_PAGES.glob("*.html")))
def test_real_pages_read_as_the_pane_shows_them_score_well(page):
    """Real saved pages (tests/data/web/real): what the pane shows keeps the body and drops
    the clutter, at the issue's bar."""
    from bench.extraction import load_pages, reader_document_body
    ((name, html, expected),) = [p for p in load_pages(REAL_PAGES) if p[0] == page]
    assert _f1(reader_document_body(html), expected) >= 0.96


def test_a_page_the_extractor_never_finishes_is_read_from_its_own_blocks(monkeypatch):
    """The time guard: an extraction that does not end is given up, the page still reads."""
    import threading

    never = threading.Event()

    def stuck(_page, _metadata):
        never.wait()  # as a pathological page would keep the extractor busy
        return []

    monkeypatch.setattr(html_reader, "_extract", stuck)
    monkeypatch.setattr(html_reader, "EXTRACTION_TIME_LIMIT", 0.05)
    try:
        blocks, metadata, _removed = read_html(ARTICLE)
    finally:
        never.set()
    assert metadata["extraction"] == "fallback" and "extraction_timeout" in metadata
    text = "\n".join(b.text for b in blocks)
    assert "La nueva tienda de la cadena abrió sus puertas" in text


def test_a_huge_page_of_many_blocks_is_read_in_linear_time():
    """Thousands of link blocks and paragraphs (a forum dump): every bounded search keeps
    the work linear; the article is still found. (The bound is on the work, not a timer.)"""
    links = "".join(f'<li><a href="/t/{n}">話題 {n} número {n}</a></li>' for n in range(3000))
    paragraphs = "".join(f"<p>Párrafo {n} del artículo, con bastante texto para que cuente "
                         f"como cuerpo de la página y no como un enlace suelto.</p>"
                         for n in range(800))
    page = (f"<html><head><title>Foro</title></head><body><nav><ul>{links}</ul></nav>"
            f"<article><h1>Foro</h1>{paragraphs}</article></body></html>")
    document = build_document(page.encode(), "foro.html", ".html")
    assert "Párrafo 799 del artículo" in document.text
    assert len(document.removed) >= 1000  # the links, each kept out with its reason


def test_control_characters_in_deeply_parsed_text_are_dropped_not_fatal():
    """Found by the hypothesis test above: text lxml refuses (a backspace) after markup
    that sends the page to the stdlib parser."""
    document = build_document("</!--></!-->\x08 texto".encode("utf-8"), "x.html", ".html")
    assert "\x08" not in document.text
