"""What each line of a cleaned article is: title, heading, list item, body — or page clutter.

Generic evidence only (kinds of clutter, never one file's phrases):

* **position**: page chrome sits at the head (before the title) and the tail (after the
  last body paragraph); the tail is walked from the end and stops at the first real line;
* **vocabulary of page widgets** (save, follow, share, comment, menus, "you may also like")
  — a line is a widget when almost nothing else is left once those words are removed;
* **shape**: a line of symbols only; a menu of many one-word items; a short line with no
  sentence end between widgets at the tail;
* **notices**: reprint / copyright notices and photo credits have a fixed phrasing;
* **comment sections**: a comment box prompt in the second half; what follows are comments;
* **bylines**: ``key: value`` fields (作者 / 编辑 / 来源 / fecha …) become metadata.

Nothing is dropped here: every removed line is returned with its kind and reason.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.text.blocks import BlockKind

_SENTENCE_END = "。.!！?？…\"”’»)）"

_WIDGET_WORDS = re.compile(
    "已收藏|收藏|分享到|分享|转发|轉發|点赞|點讚|点赞|打赏|打賞|举报|舉報|关注作者|關注作者|关注|關注|"
    "评论|評論|留言|登录|登錄|注册|註冊|我的资料库|我的資料庫|可在|中查看|查看|更多|获取|獲取|干货|乾貨|"
    "阅读原文|閱讀原文|您可能还需要|您可能還需要|你可能还喜欢|你可能還喜歡|相关推荐|相關推薦|相关阅读|相關閱讀|"
    "猜你喜欢|猜你喜歡|热门|熱門|最新|搜索|返回顶部|返回頂部|上一篇|下一篇|扫码|掃碼|二维码|二維碼|订阅|"
    "訂閱|首页|首頁|主页|主頁|在线反馈|在線反饋|反馈|反饋|点击|點擊|不易|"
    # App prompts around a shared article (scan, tap, long-press, open in the app).
    "扫一扫|掃一掃|微信|长按|長按|轻触|輕觸|轻点|輕點|识别|識別|打开|打開|小程序|公众号|公眾號|"
    "广告|廣告|"
    r"\b(?:share|follow|comments?|like|subscribe|related|read more|sign in|log in|"
    r"scan|wechat|weixin|mini program|got it|"
    r"compartir|seguir|comentarios?|suscr[ií]bete|leer m[aá]s|relacionad[oa]s|"
    r"iniciar sesi[oó]n|m[aá]s le[ií]d[oa]s|publicidad|advertisement)\b", re.IGNORECASE)
#: A teaser for another story: a short paragraph that ends by sending the reader away.
_PROMOTION_END = re.compile(
    r"(?:read (?:more|the full story)|continue reading|leer m[aá]s|sigue leyendo|"
    "阅读全文|閱讀全文|阅读更多|閱讀更多|查看全文|点击阅读|點擊閱讀"
    r")[\s.…:»>›→]*$", re.IGNORECASE)
#: A "see also" label, alone or before the headline it links to ("Lee también: …").
_SEE_ALSO = re.compile(
    "(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞|相关文章|相關文章|"
    "相关链接|相關鏈接|往期回顾|往期回顧|往期推荐|往期推薦|猜你喜欢|猜你喜歡|"
    r"(?:lee|lea|leer|ver) tambi[eé]n|tambi[eé]n (?:te )?puede interesarte|te puede interesar|"
    r"te recomendamos|seg(?:u[ií]|ir) leyendo|m[aá]s noticias|noticias relacionadas|"
    r"see also|read also|related(?: articles?| stories| coverage)?|recommended(?: reading)?|"
    r"more (?:from|on|stories))"
    r"\s*(?:[:：|｜»>›→]|$)", re.IGNORECASE)
_PROMOTION_MAX = 240
_NOTICE = re.compile(
    "未经授权|未經授權|禁止转载|禁止轉載|转载需|轉載需|转载请|轉載請|授权发布|授權發布|授权转载|授權轉載|"
    "经原作者授权|經原作者授權|版权归|版權歸|版权所有|版權所有|著作权归|著作權歸|"
    "不代表.{0,15}(?:立场|立場|观点|觀點)|仅代表作者|僅代表作者|"
    r"all rights reserved|todos los derechos reservados|prohibida (?:su )?reproducci[oó]n",
    re.IGNORECASE)
_PHOTO_CREDIT = re.compile(
    r"^[(（]?\s*(?:题图|題圖|头图|頭圖|配图|配圖|封面图|封面圖|图片|圖片|图源|圖源|图|圖|"
    r"foto(?:grafía)?|imagen|photo|image)\s*(?:来自|來自|来源|來源|由|credit|:|：|/)",
    re.IGNORECASE)
_COMMENT_NOUNS = ("评论", "評論", "留言")
_COMMENT_BOX = re.compile(
    "(?:请|請|登录|登錄|绑定|綁定|写下|寫下|发表|發表|我要|参与|參與).{0,20}(?:"
    + "|".join(_COMMENT_NOUNS) + ")|"
    r"(?:leave|post|write|add) (?:a )?comment|deja (?:un|tu) comentario|"
    r"escribe (?:un|tu) comentario", re.IGNORECASE)
#: A word every comment box line holds (a text without any has none: found in microseconds).
_COMMENT_BOX_WORDS = _COMMENT_NOUNS + ("comment", "comentario")
_SYMBOLS_ONLY = re.compile(r"^[\W_]+$")
_LETTERS = re.compile(r"[^\W\d_]")

# Headings: Chinese section markers and chapter words (level 1 = top).
_HEADING_MARKERS = (
    (re.compile(r"^第[0-9０-９一二三四五六七八九十百千零〇两]+[章回卷部篇]"), 1),
    (re.compile(r"^(?:cap[ií]tulo|chapter|parte|part)\s+(?:[0-9]+|[ivxlc]+\b)", re.I), 1),
    (re.compile(r"^第[0-9０-９一二三四五六七八九十百]+[节節]"), 2),
    (re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、.．]"), 2),
    (re.compile(r"^[(（][一二三四五六七八九十]{1,3}[)）]"), 3),
    (re.compile(r"^[0-9]{1,2}\s*[、．]"), 3),
    (re.compile(r"^[0-9]{1,2}\s*[)）]"), 4),
)
_HEADING_MAX_HAN = 30
_HEADING_MAX_LATIN = 80
_BULLET = re.compile(r"^[•·▪●◦\-*]\s+(?=\S)")

# Bylines: "key: value" fields.
_BYLINE_KEYS = {
    "author": "作者|撰文|文|author|autor|autora|por|by",
    "editor": "责任编辑|責任編輯|编辑|編輯|责编|責編|editor|editora",
    "source": "来源|來源|出处|出處|source|fuente",
    "date": "发布时间|發布時間|时间|時間|日期|发布|發布|date|fecha|publicado",
    "account": "公众号|公眾號|微信号|微信號",
    "reporter": "记者|記者|reporter|periodista",
    "photo": "摄影|攝影|图|圖|photo|foto",
}
_BYLINE_FIELD = re.compile(
    "(" + "|".join(f"(?P<{key}>{words})" for key, words in _BYLINE_KEYS.items())
    + r")\s*[:：]", re.IGNORECASE)
_BYLINE_MAX_VALUE = 30
_BYLINE_MAX_LINE = 100
_HEAD_LINES = 8
_TAIL_LINES = 12
_TAIL_PENDING = 3


@dataclass(frozen=True)
class Line:
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH  # what the format reader said
    level: int = 0


@dataclass
class Decision:
    kind: BlockKind | None = None  # None: removed
    level: int = 0
    removed_kind: str = ""
    reason: str = ""
    cut_start: int = 0  # characters cut from the line's start (bullet, SEO prefix)
    cut_end: int = 0


def parse_byline(text: str) -> dict[str, str] | None:
    """``{key: value}`` when the whole line is byline fields, else None."""
    stripped = text.strip()
    if stripped[:1] in "(（" and stripped[-1:] in ")）":
        stripped = stripped[1:-1]
    if len(stripped) > _BYLINE_MAX_LINE or not _BYLINE_FIELD.match(stripped):
        return None  # (the match at 0 is the first one finditer would give)
    matches = list(_BYLINE_FIELD.finditer(stripped))
    if not matches or matches[0].start() > 0:
        return None
    fields: dict[str, str] = {}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(stripped)
        value = stripped[m.end():end].strip(" \t,，|｜;；/　")
        key = next(k for k in _BYLINE_KEYS if m.group(k))
        if not value or len(value) > _BYLINE_MAX_VALUE:
            return None
        fields.setdefault(key, value)
    return fields


def is_widget_line(text: str) -> bool:
    if len(text) > 40:  # (before counting letters: most lines are long)
        return False
    letters = len(_LETTERS.findall(text))
    if not letters:
        return False
    left = len(_LETTERS.findall(_WIDGET_WORDS.sub("", text)))
    return left <= 0.25 * letters


def is_menu_line(text: str) -> bool:
    """Many one-word items, one of them a page widget (search, latest, home …): a site menu,
    not a list of words (word lists in a text have no widget among them)."""
    items = text.split()
    return (len(items) >= 6 and all(len(item) <= 4 for item in items)
            and not any(ch in _SENTENCE_END + ",，;；" for ch in text)
            and any(_WIDGET_WORDS.fullmatch(item) for item in items))


def is_notice(text: str) -> bool:
    return len(text) <= 160 and bool(_NOTICE.search(text))


def is_promotion(text: str) -> bool:
    """A teaser for another story ("… Read more »") inside or around the article."""
    return len(text) <= _PROMOTION_MAX and bool(_PROMOTION_END.search(text)
                                                 or _SEE_ALSO.match(text.strip(" *•·-—【[")))


def is_see_also_label(text: str) -> bool:
    """A "see also" label alone on its line: the list that follows links to other stories."""
    stripped = text.strip(" *•·-—【】[]:：")
    return len(stripped) <= 40 and bool(_SEE_ALSO.fullmatch(stripped + ":"))


def is_photo_credit(text: str) -> bool:
    return len(text) <= 60 and bool(_PHOTO_CREDIT.match(text))


def heading_level(text: str) -> int:
    """Level of a heading marked by a section or chapter marker (0: not a heading)."""
    if len(text) > _HEADING_MAX_LATIN or text.endswith(("。", ";", "；", ",", "，")):
        return 0
    level = next((level for pattern, level in _HEADING_MARKERS if pattern.match(text)), 0)
    if level and len(text) > _HEADING_MAX_HAN:
        han = sum(1 for ch in text if ch > "\u2e80")
        if han > len(text) / 3:
            return 0  # a long Chinese line is a paragraph that starts with a number
    return level


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(tuple(_SENTENCE_END))


def _strong_chrome(text: str) -> str:
    """The reason a line is page clutter wherever it stands near the edges, or ""."""
    if _SYMBOLS_ONLY.match(text):
        return "symbols only"
    if is_menu_line(text):
        return "site menu"
    if is_widget_line(text):
        return "page widget words"
    if "[" in text and "]" in text and is_widget_line(re.sub(r"[^\[\]]*$|^[^\[]*", "",
                                                              text).strip("[]")):
        return "page widget link"
    return ""


def may_hold_comment_box(text: str) -> bool:
    """False when no line of ``text`` can be a comment box (``_COMMENT_BOX``)."""
    lowered = text.lower()
    return any(word in lowered for word in _COMMENT_BOX_WORDS)


def classify(lines: list[Line], structured: bool) -> tuple[list[Decision], dict[str, str]]:
    """A decision for every line, and the metadata found in bylines."""
    decisions = [Decision(line.kind, line.level) for line in lines]
    metadata: dict[str, str] = {}
    count = len(lines)

    def remove(i: int, kind: str, reason: str) -> None:
        decisions[i] = Decision(None, 0, kind, reason)

    # Notices, photo credits and bylines: anywhere near the edges (credits anywhere).
    for i, line in enumerate(lines):
        removal = edge_removal(line, i < _HEAD_LINES or i >= count - _TAIL_LINES)
        if removal is None:
            continue
        kind, reason, fields = removal
        for key, value in fields.items():
            metadata.setdefault(key, value)
        remove(i, kind, reason)
        if kind == "chrome" and reason == _TEASER and is_see_also_label(line.text):
            # The headlines listed under the label are links to other stories too.
            for j in range(i + 1, count):
                if lines[j].kind is not BlockKind.LIST_ITEM:
                    break
                remove(j, "chrome", "link to another story")

    remove_head_chrome(lines, decisions)

    # Comment box after most of the text: it and everything after it are not the article.
    # Not before a chapter heading: a character in a novel may say "请留言" in chapter 200,
    # and comments never go on to chapter 201 (issue 14: half a novel was cut as comments).
    sizes = [len(line.text) for line in lines]
    total = sum(sizes)
    before = 0
    last_chapter = max((i for i, line in enumerate(lines)
                        if len(line.text) <= _HEADING_MAX_LATIN
                        and any(pattern.match(line.text) for pattern, _ in _HEADING_MARKERS[:2])),
                       default=-1)
    for i in range(count):
        text = lines[i].text
        before += sizes[i]
        if before < total / 2 or i < count // 2 or i < last_chapter:
            continue
        if decisions[i].kind is not None and len(text) <= 60 and _COMMENT_BOX.search(text):
            remove(i, "chrome", "comment box")
            for j in range(i + 1, count):
                if decisions[j].kind is not None:
                    reason = _strong_chrome(lines[j].text)
                    remove(j, "chrome" if reason else "comment",
                           (reason + " (page tail)") if reason else "reader's comment")
            break

    remove_tail_chrome(lines, decisions)

    if lines and all(d.kind is None for d in decisions):
        # Nothing left looks like an article: show it all rather than an empty page.
        decisions = [Decision(line.kind, line.level) for line in lines]
    if not structured:
        _plain_structure(lines, decisions)
    return decisions, metadata


_TEASER = "teaser for another story"


def edge_removal(line: Line, near_edge: bool) -> tuple[str, str, dict[str, str]] | None:
    """Why ``classify``'s first pass removes a line — (kind, reason, byline fields) — or
    None: notices, photo credits, teasers and bylines near the edges (credits anywhere)."""
    text = line.text
    if is_photo_credit(text):
        return "credit", "photo credit", {}
    if (line.kind is BlockKind.PARAGRAPH and is_promotion(text)) or \
            (line.kind is BlockKind.HEADING and is_see_also_label(text)):
        return "chrome", _TEASER, {}
    if is_notice(text) and (near_edge or len(text) <= 60):
        return "credit", "reprint or copyright notice", {}
    if near_edge and line.kind is not BlockKind.HEADING:
        fields = parse_byline(text)
        if fields:
            return "byline", "byline: " + ", ".join(sorted(fields)), fields
        return None
    if _SYMBOLS_ONLY.match(text):
        return "chrome", "stray symbols", {}
    return None


def remove_head_chrome(lines: list[Line], decisions: list[Decision]) -> int | None:
    """Widgets before the first real line are removed; that line's index (None: none among
    the first ``_HEAD_LINES``)."""
    for i in range(min(len(lines), _HEAD_LINES)):
        if decisions[i].kind is None:
            continue
        reason = _strong_chrome(lines[i].text)
        if not reason:
            return i
        decisions[i] = Decision(None, 0, "chrome", reason + " (page head)")
    return None


def remove_tail_chrome(lines: list[Line], decisions: list[Decision]) -> int | None:
    """From the end, widgets and the short lines between them are removed. Short lines below
    the last widget ("… / use the full service") are held until a widget above them is
    seen. The index of the kept line that ended the walk (None: the walk ran out first)."""
    def remove(i: int, reason: str) -> None:
        decisions[i] = Decision(None, 0, "chrome", reason)

    count = len(lines)
    seen_strong = False
    pending: list[int] = []
    for i in range(count - 1, max(-1, count - 1 - 3 * _TAIL_LINES), -1):
        if decisions[i].kind is None:
            seen_strong = True
            continue
        text = lines[i].text
        reason = _strong_chrome(text)
        if reason:
            remove(i, reason + " (page tail)")
            for j in pending:
                remove(j, "short line among page widgets (page tail)")
            pending.clear()
            seen_strong = True
            continue
        short = (len(text) <= 30 and not _ends_sentence(text)
                 and not heading_level(text) and lines[i].kind is BlockKind.PARAGRAPH)
        if short and seen_strong:
            remove(i, "short line among page widgets (page tail)")
            continue
        if short and len(pending) < _TAIL_PENDING:
            pending.append(i)
            continue
        return i
    return None


def _plain_structure(lines: list[Line], decisions: list[Decision]) -> None:
    """Headings, list items and the title of a plain-text article."""
    first = True
    for i, line in enumerate(lines):
        decision = decisions[i]
        if decision.kind is None:
            continue
        text = line.text
        if first:
            first = False
            following = next((lines[j].text for j in range(i + 1, len(lines))
                              if decisions[j].kind is not None), "")
            if looks_like_title(text, following):
                decision.kind = BlockKind.TITLE
                continue
        level = heading_level(text)
        if level:
            decision.kind, decision.level = BlockKind.HEADING, level
            continue
        bullet = _BULLET.match(text)
        if bullet:
            decision.kind, decision.level, decision.cut_start = \
                BlockKind.LIST_ITEM, 1, bullet.end()


def looks_like_title(text: str, following: str) -> bool:
    han = sum(1 for ch in text if ch > "\u2e80")
    limit = 60 if han > len(text) / 3 else 150
    if not following or len(text) > limit or text.endswith(("。", ",", "，", ";", "；", ":")):
        return False
    # One sentence at most: a paragraph has several.
    return len(re.findall(r"[。.!！?？](?=\s*[^\s)）\"”’」』»])", text)) == 0
