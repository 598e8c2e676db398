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


def test_see_also_links_inside_the_body_are_removed_with_the_headlines_under_them():
    spanish = ["El Congreso aprobó la reforma tras un debate de doce horas en la sesión de ayer.",
               "Lee también: El Senado discutirá el presupuesto la próxima semana",
               "Los legisladores de la oposición anunciaron que recurrirán a la justicia."]
    assert _kept(spanish) == [spanish[0], spanish[2]]
    chinese = ["市政府昨天公布了新的交通规划，预计明年开始实施，市民可以在网上提出意见。",
               "延伸阅读：地铁新线路年底开通",
               "专家认为，这项规划将明显缓解早晚高峰的拥堵问题，但仍需配套措施。"]
    assert _kept(chinese) == [chinese[0], chinese[2]]
    lines = [Line(BODY[0]), Line("Noticias relacionadas", BlockKind.HEADING, 2),
             Line("El sismo de ayer en cifras", BlockKind.LIST_ITEM, 1),
             Line("Qué hacer durante una réplica", BlockKind.LIST_ITEM, 1), Line(BODY[1]),
             Line("Pasos para preparar la mochila de emergencia", BlockKind.LIST_ITEM, 1)]
    decisions, _ = classify(lines, structured=True)
    assert [d.kind is not None for d in decisions] == [True, False, False, False, True, True]


def test_sentences_that_start_like_a_see_also_label_stay():
    lines = ["Related to this, the ministry said the plan would be reviewed in the spring.",
             "Te recomendamos visitar el museo temprano, antes de que lleguen los grupos.",
             "See also the appendix, where the full table of results is printed with notes.",
             "相关新闻报道指出，该市去年的空气质量有所改善，但冬季污染仍然严重。"]
    assert _kept(lines) == lines
