"""Clutter seen on real saved pages (issue 13's real-page set, docs/benchmarks.md), each
reproduced in a small synthetic page or line list: app prompts under a WeChat-style
article, teasers for other stories, ad labels — and the body lines that look like them but
must stay."""
from reader.core.library.corpus import build_document
from reader.core.text.blocks import BlockKind
from reader.core.text.structure import Line, classify, is_promotion

BODY = [f"这是第{i}段正文，讲述了一个关于城市发展的长故事，其中包含许多细节和数据，以便读者理解。"
        for i in range(8)]


def _kept(lines: list[str]) -> list[str]:
    decisions, _ = classify([Line(text) for text in lines], structured=True)
    return [text for text, d in zip(lines, decisions) if d.kind is not None]


def _reading_body(page: str) -> list[str]:
    document = build_document(page.encode("utf-8"), "page.html", ".html")
    return [document.text[b.start:b.end] for b in document.blocks
            if b.kind is not BlockKind.TITLE]


def test_app_prompts_under_a_wechat_style_article_are_removed():
    paragraphs = "".join(f"<p><span>{p}</span></p>" for p in BODY)
    page = f"""<html><head><meta charset="utf-8"><title>城市发展的故事</title></head><body>
    <div id="js_article"><h1 id="activity-name">城市发展的故事</h1>
    <div id="js_content" style="visibility: hidden;">{paragraphs}</div>
    <div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div>
    <div class="weui-toast"><p>轻触阅读原文</p></div>
    <div class="weui-mask"><p>微信扫一扫可打开此内容，<br>使用完整服务</p></div>
    </body></html>"""
    assert _reading_body(page) == BODY


def test_short_lines_below_a_widget_go_with_it_but_not_without_one():
    assert _kept(BODY + ["轻触阅读原文", "微信扫一扫可打开此内容，", "使用完整服务"]) == BODY
    # A poem or a signature ends on short lines too: no widget above them, they stay.
    ending = ["春眠不觉晓", "处处闻啼鸟", "张三 2023年5月"]
    assert _kept(BODY + ending) == BODY + ending


def test_teasers_for_other_stories_are_removed_wherever_they_stand():
    english = ["The senator spoke for an hour about the budget and the vote that follows.",
               "Americans Don’t Trust Their Maps To Be Drawn Fairly. Read more. »",
               "Analysts expect the bill to pass the House before the recess next month."]
    assert _kept(english) == [english[0], english[2]]
    spanish = ["El gobierno presentó el plan de obras para el próximo año en el Congreso.",
               "Qué se sabe del nuevo sismo en la costa: Leer más",
               "Los diputados votarán el proyecto la semana próxima, según fuentes oficiales."]
    assert _kept(spanish) == [spanish[0], spanish[2]]
    assert is_promotion("点击阅读")


def test_a_sentence_that_only_mentions_reading_more_stays():
    lines = ["Readers who want to read more about the tax can find the report online.",
             "She told us to read more carefully next time, and then she left the room.",
             "Quien quiera leer más sobre el tema encontrará el informe en la biblioteca."]
    assert _kept(lines) == lines


def test_ad_labels_and_app_prompts_are_widgets_but_sentences_with_those_words_are_not():
    lines = ["Publicidad", "Scan to follow", "长按识别二维码"]
    assert _kept(BODY + lines) == BODY
    sentences = ["他用微信给母亲发了一条消息，说自己今年春节会早点回家，让她不要担心。",
                 "La publicidad oficial creció un 20% este año, según el informe del Senado."]
    assert _kept(BODY + sentences) == BODY + sentences
