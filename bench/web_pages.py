"""Write the development set of saved web pages for bench/extraction.py.

    python -m bench.web_pages          # rewrites tests/data/web/pages/

Each page is a realistic saved page of one kind (a Chinese news portal in GBK, a WeChat
article, a traditional-Chinese blog in Big5 without a declared charset, a Spanish
newspaper, a Spanish blog, an English blog) around a real article body, with the clutter
such pages carry: menus, breadcrumbs, share bars, related and most-read links, readers'
comments, newsletter boxes, footers. The body text comes from the bundled seeds (real
articles) or, for the blogs, from text written for this set; ``NAME.txt`` beside each page
is its expected body, checked by hand (title excluded; see docs/benchmarks.md). Real pages
(``*.real.html``) are kept as they were saved, with their own hand-checked ``.txt``.
"""
from __future__ import annotations

import html
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "web" / "pages"


def seed_lines(name: str) -> list[str]:
    path = next((ROOT / "seeds").glob(f"{name}_*.txt"))
    return [line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()]


def paragraphs(lines: list[str], tag: str = "p", attrs: str = "") -> str:
    return "\n".join(f"<{tag}{attrs}>{html.escape(line)}</{tag}>" for line in lines)


def links(items: list[str], cls: str = "") -> str:
    return "<ul%s>%s</ul>" % (f' class="{cls}"' if cls else "",
                              "".join(f'<li><a href="/a/{n}.html">{html.escape(t)}</a></li>'
                                      for n, t in enumerate(items)))


# -- Chinese news portal, GBK, declared gb2312 ----------------------------------------------
def chinese_portal() -> tuple[str, bytes, list[str]]:
    lines = seed_lines("000")
    title, body = lines[0], lines[3:-2]
    related = ["阿里巴巴国际站推出新政策,外贸企业如何应对", "跨境电商进入精细化运营时代",
               "2021年外贸形势分析:机遇与挑战并存", "中小企业出海指南:从选品到物流",
               "独立站还是平台?外贸人的两难选择", "数字化外贸的十个关键问题"]
    hot = ["央行宣布降准0.5个百分点", "多地出台稳外贸新举措", "一季度GDP同比增长",
           "新能源汽车出口再创新高", "人民币汇率保持基本稳定", "跨境支付迎来新规"]
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{html.escape(title)}_电子商务_财经频道_某某网</title>
<meta name="keywords" content="阿里巴巴,国际站,外贸"><script>var _hmt=_hmt||[];</script>
<style>body{{font-size:14px}}</style></head>
<body><div class="top-bar"><a href="/">某某网首页</a> <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="nav">{links(["首页", "新闻", "财经", "科技", "体育", "娱乐", "汽车", "房产", "教育", "视频"])}</div>
<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/finance">财经</a> &gt; 正文</div>
<div class="main"><div class="article-box"><h1>{html.escape(title)}</h1>
<div class="info">时间:2023-03-16 16:22:02 | 来源:电子商务 | 作者:佚名</div>
<div class="share">分享到:<a>微博</a><a>微信</a><a>QQ空间</a></div>
<div class="content" id="content">
{paragraphs(body)}
</div><div class="editor">责任编辑:王小明</div>
<div class="related"><h3>相关新闻</h3>{links(related)}</div>
<div class="comment-box"><h3>网友评论</h3><textarea placeholder="请绑定手机号后发表评论"></textarea>
<div class="comment"><span class="user">外贸老兵</span><p>说得太对了,平台费用越来越高,我们小企业真的扛不住。</p></div>
<div class="comment"><span class="user">深圳张先生</span><p>独立站才是未来,不要把鸡蛋放在一个篮子里。</p></div>
<div class="comment"><span class="user">路人甲</span><p>文章有点偏激,国际站还是有它的价值的。</p></div></div>
</div><div class="sidebar"><h3>热点排行</h3>{links(hot, "rank")}
<div class="ad">广告 <a href="/ad">点击领取外贸大礼包</a></div></div></div>
<div class="footer"><a>关于我们</a> | <a>联系我们</a> | <a>广告服务</a> | <a>网站地图</a>
<p>版权所有 某某网 京ICP备00000000号</p></div></body></html>"""
    return "zh-hans-portal-gbk", page.encode("gb18030"), body


# -- WeChat official-account article ---------------------------------------------------------
def wechat() -> tuple[str, bytes, list[str]]:
    lines = seed_lines("001")
    # The seed carries the page's comment box and four readers' comments at its end.
    cut = next(i for i, line in enumerate(lines) if "发表评论" in line)
    body, comments = lines[:cut], lines[cut + 1:]
    title = "阿里与微信的社交电商之争"
    sections = "\n".join(
        f'<section style="margin:0 8px;"><p style="line-height:1.75em;"><span style="font-size:15px;'
        f'color:#3e3e3e;">{html.escape(line)}</span></p></section>' for line in body)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:title" content="{title}"><title>{title}</title>
<script>var msg_title = "{title}"; var biz = "MzA5";</script></head>
<body id="activity-detail" class="zh_CN"><div class="rich_media_wrp"><div id="js_article" class="rich_media">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{title}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">电商观察</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2021-03-05 08:30</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">
<section><p style="text-align:center;"><img data-src="https://mmbiz.example/cover.jpg"></p></section>
{sections}
<section><p><span style="color:#888;">— END —</span></p></section>
<section><p style="text-align:center;"><span>长按二维码关注我们</span></p></section></div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 1.2万</span>
<span id="like">在看</span><span>赞</span></div>
<div id="js_cmt_area"><h3>精选留言</h3><p>写留言</p>
{paragraphs(comments, "div", ' class="discuss_item"')}</div>
<div class="rich_media_extra"><h3>喜欢此内容的人还喜欢</h3>{links(["淘宝的社交梦能实现吗", "微信小程序电商的机会", "拼多多为什么能成功"])}</div>
</div></div><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>
<div id="js_pc_qr_code"><p>继续滑动看下一个</p><p>轻触阅读原文</p><p>微信扫一扫<br>使用小程序</p>
<a>取消</a><a>允许</a><a>知道了</a></div></div></div></body></html>"""
    return "zh-hans-wechat", page.encode("utf-8"), body


# -- Traditional-Chinese blog, Big5 with no declared charset --------------------------------
def traditional_blog() -> tuple[str, bytes, list[str]]:
    lines = seed_lines("004")
    title = "微信拆牆,能為阿里社交電商續命嗎?"
    body = lines[1:-3]
    page = f"""<!DOCTYPE html><html><head><title>{title} :: 花心社的部落格</title></head>
<body><div id="header"><h2 class="blog-name"><a href="/">花心社的部落格</a></h2>
<p class="desc">網路、電商與生活的筆記</p>
<ul class="menu"><li><a>首頁</a></li><li><a>關於我</a></li><li><a>文章分類</a></li><li><a>聯絡我</a></li></ul></div>
<div id="content"><div class="post"><h1 class="entry-title">{title}</h1>
<div class="post-meta">發表於 2021-09-20 | 分類:<a>網路觀察</a> | <a>3 則留言</a></div>
<div class="entry-content">
{paragraphs(body)}
</div>
<div class="tags">標籤:<a>微信</a> <a>阿里巴巴</a> <a>社交電商</a></div>
<div class="share">分享此文:<a>Facebook</a> <a>Twitter</a> <a>LINE</a></div>
<div class="related-posts"><h3>相關文章</h3>{links(["淘寶與微信的恩怨情仇", "社交電商的下一步", "互聯互通之後的平台競爭"])}</div></div>
<div id="comments"><h3>3 則留言</h3><ol class="commentlist">
<li><cite>小明</cite> 說:<p>寫得很好,期待平台之間真的能打通。</p></li>
<li><cite>阿華</cite> 說:<p>我覺得阿里還是會有自己的打算,不會這麼簡單。</p></li>
<li><cite>Jenny</cite> 說:<p>謝謝分享,受益良多!</p></li></ol>
<div id="respond"><h3>發表迴響</h3><form><textarea></textarea><button>送出留言</button></form></div></div></div>
<div id="sidebar"><div class="widget"><h3>最新文章</h3>{links(["我的第一台電動車", "讀書筆記:網路效應", "台北咖啡廳推薦十選"])}</div>
<div class="widget"><h3>彙整</h3>{links(["2021 年九月", "2021 年八月", "2021 年七月"])}</div>
<div class="widget"><h3>熱門文章</h3>{links(["電商平台的護城河在哪裡", "從淘寶到抖音:購物習慣的變遷"])}</div></div>
<div id="footer">© 2021 花心社的部落格 · 使用 WordPress 建置</div></body></html>"""
    return "zh-hant-blog-big5", page.encode("big5hkscs", errors="xmlcharrefreplace"), body


# -- Spanish newspaper -------------------------------------------------------------------------
def spanish_news() -> tuple[str, bytes, list[str]]:
    lines = seed_lines("002")
    title, body = lines[0].rstrip("."), lines[1:]
    middle = len(body) // 2
    first, second = body[:middle], body[middle:]
    page = f"""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8">
<title>{html.escape(title)} | Economía | Diario Ejemplo</title>
<meta property="og:title" content="{html.escape(title)}">
<meta name="author" content="Ana García"><meta property="article:published_time" content="2021-06-14T10:30:00+02:00">
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{html.escape(title)}"}}</script></head>
<body><header><a class="logo" href="/">Diario Ejemplo</a>
<nav>{links(["Internacional", "España", "Economía", "Sociedad", "Cultura", "Deportes", "Tecnología", "Opinión"])}</nav>
<a class="subscribe" href="/suscripcion">Suscríbete por 1 € el primer mes</a> <a href="/login">Iniciar sesión</a></header>
<main><article><header><p class="kicker">Comercio electrónico</p><h1>{html.escape(title)}</h1>
<p class="byline"><a rel="author">Ana García</a> · Madrid · 14 jun 2021 - 10:30 CEST</p>
<div class="share"><a>Compartir en Facebook</a><a>Compartir en Twitter</a><a>Copiar enlace</a></div></header>
<div class="article-body">
{paragraphs(first)}
<aside class="related"><h4>Más información</h4>{links(["Pinduoduo supera a Alibaba en número de compradores", "Tencent y Alibaba, la guerra de los superapps"])}</aside>
{paragraphs(second)}
</div>
<div class="newsletter"><h3>Boletín de Economía</h3><p>Recibe cada mañana las claves económicas del día.</p><a>Apúntate</a></div>
<section class="comments"><h3>Comentarios (3)</h3>
<div class="comment"><b>Lector123</b><p>Muy buen análisis, aunque creo que Pinduoduo lo tiene más difícil de lo que parece.</p></div>
<div class="comment"><b>María P.</b><p>¿Alguien ha comprado en Taobao desde España? Los envíos tardan muchísimo.</p></div>
<div class="comment"><b>jlopez</b><p>El comercio social es el futuro, no hay duda.</p></div>
<p>Normas de participación · <a>Inicia sesión para comentar</a></p></section></article>
<aside class="most-read"><h3>Lo más visto</h3>{links(["El Gobierno aprueba la nueva ley de vivienda", "La inflación se modera en mayo", "Las claves del nuevo impuesto a las tecnológicas", "Así será el verano en las playas españolas"])}</aside></main>
<footer><p>© Ediciones Ejemplo S.L. Todos los derechos reservados.</p>
{links(["Aviso legal", "Política de cookies", "Contacto", "Publicidad"])}</footer></body></html>"""
    return "es-news", page.encode("utf-8"), body


SPANISH_BLOG = [
    "Llevaba años queriendo recorrer el Camino del Norte y este verano por fin me decidí. "
    "Salí de Irún un lunes de julio con una mochila de ocho kilos, unas botas ya domadas y "
    "muy pocas certezas sobre lo que me esperaba en las siguientes cinco semanas.",
    "Las primeras etapas por Gipuzkoa son duras: subidas cortas pero empinadas, bajadas que "
    "castigan las rodillas y un paisaje que compensa cada gota de sudor. Entre Pasaia y "
    "Donostia el sendero bordea el acantilado y el mar aparece a cada curva.",
    "Qué llevar en la mochila",
    "Después de muchas listas y pruebas, esto es lo imprescindible para mí:",
    "Dos camisetas técnicas y un forro polar ligero.",
    "Un chubasquero de verdad, porque en la costa cantábrica llueve incluso en agosto.",
    "Chanclas para el albergue y tiritas para las ampollas.",
    "Los albergues municipales cuestan entre seis y doce euros la noche. En julio conviene "
    "llegar antes de las tres de la tarde, porque en las etapas más populares se llenan "
    "enseguida y el siguiente pueblo puede estar a quince kilómetros.",
    "Lo mejor del camino",
    "Lo mejor, sin duda, es la gente. En la segunda semana ya caminaba con un grupo de "
    "italianos, una profesora de Berlín y un jubilado de Oviedo que conocía cada fuente del "
    "recorrido. Cenábamos juntos, compartíamos fruta y discutíamos sobre la etapa del día "
    "siguiente como si fuera una cuestión de Estado.",
    "Llegué a Santiago con cuatro kilos menos, las piernas de otra persona y la sensación de "
    "que el camino no termina en la catedral. Si estáis pensando en hacerlo, no lo dudéis: "
    "empezad por una semana y dejad que el camino decida el resto.",
]


def spanish_blog() -> tuple[str, bytes, list[str]]:
    title = "Mi Camino del Norte: cinco semanas a pie de Irún a Santiago"
    b = SPANISH_BLOG
    post = (paragraphs(b[:2]) + f"\n<h3>{b[2]}</h3>\n" + paragraphs(b[3:4]) +
            "<ul>" + "".join(f"<li>{x}</li>" for x in b[4:7]) + "</ul>\n" + paragraphs(b[7:8])
            + f"\n<h3>{b[8]}</h3>\n" + paragraphs(b[9:]))
    page = f"""<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Caminos y mochilas: {title}</title></head>
<body><div class="header-outer"><h1 class="blog-title"><a href="/">Caminos y mochilas</a></h1>
<p class="description">Viajes lentos, rutas a pie y consejos prácticos</p></div>
<div class="tabs">{links(["Inicio", "Rutas", "Equipo", "Sobre mí", "Contacto"])}</div>
<div class="main-outer"><div class="date-header"><span>jueves, 2 de septiembre de 2021</span></div>
<div class="post hentry"><h3 class="post-title entry-title">{title}</h3>
<div class="post-body entry-content">
{post}
</div><div class="post-footer"><span class="post-author">Publicado por Lucía M.</span> a las 19:42
<span class="post-comment-link"><a>12 comentarios</a></span><span class="post-labels">Etiquetas: <a>Camino de Santiago</a>, <a>senderismo</a></span>
<div class="share-buttons"><a>Enviar por correo electrónico</a><a>Escribe un blog</a><a>Compartir con Twitter</a><a>Compartir con Facebook</a></div></div></div>
<div class="comments"><h4>12 comentarios:</h4><dl>
<dt>Pedro dijo...</dt><dd><p>¡Qué envidia! Yo lo hice en 2019 y todavía me acuerdo de la subida a Zarautz.</p></dd>
<dt>Anónimo dijo...</dt><dd><p>¿Cuánto gastaste en total? Estoy organizándolo para el año que viene.</p></dd></dl>
<p><a>Publicar un comentario</a></p></div>
<div class="blog-pager"><a>Entrada más reciente</a> <a>Entrada antigua</a> <a>Página principal</a></div></div>
<div class="sidebar"><h2>Entradas populares</h2>{links(["Diez rutas para hacer en otoño", "Cómo elegir unas botas de montaña", "La Vía de la Plata en bicicleta"])}
<h2>Archivo del blog</h2>{links(["► 2021 (14)", "► 2020 (22)", "► 2019 (31)"])}</div>
<div class="footer">Tema Sencillo. Con la tecnología de Blogger.</div></body></html>"""
    return "es-blog", page.encode("utf-8"), list(b)


ENGLISH_BLOG = [
    "Last month our team moved a ten-year-old monolith from a single PostgreSQL server to a "
    "primary with two streaming replicas. The migration itself took an afternoon; getting "
    "the application to read from the replicas safely took three weeks.",
    "The problem nobody warned us about was replication lag. A user saves a form, the next "
    "request is routed to a replica that is a few hundred milliseconds behind, and the "
    "change they just made seems to have vanished.",
    "What we tried first",
    "Our first idea was to pin every user to the primary for a few seconds after a write. "
    "It worked, but it sent almost all traffic back to the primary during busy hours, which "
    "defeated the purpose of adding replicas in the first place.",
    "What actually worked",
    "We now record the write-ahead log position of each transaction that changes data and "
    "keep it in the user's session. Before a read, the application asks the replica how far "
    "it has replayed; if it is behind the session's position, the read goes to the primary.",
    "def pick_connection(session):\n    if replica_lsn() >= session.last_write_lsn:\n"
    "        return replica\n    return primary",
    "Three lessons from the migration:",
    "Measure lag continuously, not only when something breaks.",
    "Make read-your-writes a property of the session, not of the request.",
    "Test with artificial lag in staging; a replica that is never behind hides every bug.",
    "The result is that about eighty percent of our reads now go to replicas, and support "
    "tickets about disappearing changes have stopped entirely.",
]


def english_blog() -> tuple[str, bytes, list[str]]:
    title = "Reading your own writes with PostgreSQL replicas"
    b = ENGLISH_BLOG
    post = (paragraphs(b[:2]) + f"\n<h2>{b[2]}</h2>\n" + paragraphs(b[3:4]) +
            f"\n<h2>{b[4]}</h2>\n" + paragraphs(b[5:6]) +
            f"\n<pre><code>{html.escape(b[6])}</code></pre>\n" + paragraphs(b[7:8]) +
            "<ol>" + "".join(f"<li>{x}</li>" for x in b[8:11]) + "</ol>\n" +
            paragraphs(b[11:]))
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} — Notes from the ops room</title>
<meta name="description" content="How we made replica reads safe."></head>
<body><header class="site-header"><a class="site-title" href="/">Notes from the ops room</a>
<nav>{links(["Home", "Archive", "Tags", "About", "RSS"])}</nav></header>
<main class="page-content"><article class="post h-entry"><header class="post-header">
<h1 class="post-title p-name">{title}</h1><p class="post-meta"><time datetime="2022-04-11">Apr 11, 2022</time> • Sam Okafor</p></header>
<div class="post-content e-content">
{post}
</div>
<div class="post-tags">Tagged: <a>postgresql</a> <a>databases</a> <a>ops</a></div>
<div class="newsletter">Enjoyed this post? <a>Subscribe to the newsletter</a> for one email a month.</div>
<nav class="post-nav"><a>← Why we stopped using cron</a> <a>Zero-downtime migrations in practice →</a></nav>
<section id="comments"><h2>4 Comments</h2>
<div class="comment"><p class="author">Dana</p><p>We hit exactly the same problem. Did you consider synchronous replication for the session tables?</p></div>
<div class="comment"><p class="author">Lee</p><p>Great write-up, thanks for sharing the code.</p></div></section></article></main>
<footer class="site-footer"><p>© 2022 Sam Okafor. Built with Jekyll.</p>{links(["GitHub", "Mastodon", "Email"])}</footer></body></html>"""
    return "en-blog", page.encode("utf-8"), list(b)


BUILDERS = (chinese_portal, wechat, traditional_blog, spanish_news, spanish_blog, english_blog)


def main() -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    for build in BUILDERS:
        name, page, body = build()
        (PAGES / f"{name}.html").write_bytes(page)
        (PAGES / f"{name}.txt").write_text("\n".join(body) + "\n", "utf-8")
        print(f"wrote {name}.html ({len(page):,} bytes)")


if __name__ == "__main__":
    main()
