"""Issue 15: a glance at a file gives its catalog entry before cleaning, and every field it
gives is the one the full reading gives (the rest is named pending)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.library.corpus import build_document, load_documents
from reader.core.library.glance import glance
from reader.core.library.paths import bundled_library
from reader.core.models import ArticleInfo
from reader.core.text.cleaning import clean
from reader.core.text.line_cleaning import kept_lines, removes_glosses
from reader.core.text.head_title import plain_title

FIELDS = ("id", "path", "title", "language", "script", "date", "chars", "content_hash",
          "encoding", "damaged", "text_key")
PARAGRAPH_ZH = ("阿里巴巴国际站近年来不断调整策略，希望借助平台的数据能力帮助中小企业拓展海外市场，"
                "同时降低获客成本，这一点在业内引起了广泛讨论。")
PARAGRAPH_ES = ("El comercio electrónico transformó la manera en que las pequeñas empresas llegan a "
                "sus clientes, y los expertos creen que la tendencia seguirá durante la década.")


def assert_glance_agrees(path: Path, name: str) -> ArticleInfo:
    entry = glance(path, name)
    assert entry is not None
    exact = load_documents(path, name)[0].info
    for field in FIELDS:
        if field not in entry.pending:
            assert getattr(entry, field) == getattr(exact, field), field
    assert not exact.pending
    return entry


@pytest.mark.parametrize("seed", sorted(p.name for p in bundled_library().glob("*.txt")))
def test_glance_entries_equal_the_full_reading_on_the_seeds(seed):
    entry = assert_glance_agrees(bundled_library() / seed, seed)
    assert "language" not in entry.pending and "script" not in entry.pending


AWKWARD = {
    # the first lines are page clutter (a site menu, widgets, a byline): the title follows
    "clutter-first.txt": ("首页 > 新闻 > 国际\n分享到：微信 微博\n作者：王小明\n\n"
                          "国际站的新战略\n\n" + PARAGRAPH_ZH + "\n\n" + PARAGRAPH_ZH + "\n"),
    "espanol.txt": ("La apuesta de Alibaba por los mercados latinos\n\n" + PARAGRAPH_ES
                    + "\n\n" + PARAGRAPH_ES + "\n"),
    # the first line is a paragraph: the pipeline's fallback title rule decides
    "paragraph-first.txt": PARAGRAPH_ES + "\n\n" + PARAGRAPH_ES[:60] + " fin.\n",
    # keywords in front of the headline: the body decides what is cut
    "seo.txt": ("跨境电商平台入驻教程(阿里巴巴国际站的海外市场新战略)\n\n阿里巴巴国际站的海外市场新战略"
                + PARAGRAPH_ZH + "\n"),
    # a comment box near the end cuts what follows it
    "comments.txt": ("评论区的故事\n\n" + PARAGRAPH_ZH + "\n\n" + PARAGRAPH_ZH + "\n\n请登录后发表评论\n"
                     "网友甲：说得好\n"),
    "repeated-title.txt": ("国际站的新战略\n国际站的新战略\n\n" + PARAGRAPH_ZH + "\n\n" + PARAGRAPH_ZH
                           + "\n"),
    "short.txt": "一行\n",
    "notes.md": "# Un título con *énfasis*\n\n" + PARAGRAPH_ES + "\n",
    "page.html": ("<html><head><title>Noticias | Un sitio</title><meta charset='utf-8'></head>"
                  "<body><nav>Inicio Noticias</nav><article><h1>La apuesta de Alibaba</h1><p>"
                  + PARAGRAPH_ES + "</p><p>" + PARAGRAPH_ES + "</p></article></body></html>"),
}


@pytest.mark.parametrize("name", sorted(AWKWARD))
def test_glance_entries_equal_the_full_reading_on_awkward_files(tmp_path, name):
    path = tmp_path / name
    path.write_text(AWKWARD[name], "utf-8")
    entry = assert_glance_agrees(path, name)
    if name.endswith(".txt"):
        assert "title" not in entry.pending  # decided, by the fast or the slow way
    if name.endswith(".html"):
        assert {"title", "language"} <= set(entry.pending)


@pytest.mark.parametrize("encoding, text", [
    ("gbk", "国际站的新战略\n\n" + PARAGRAPH_ZH + "\n\n" + PARAGRAPH_ZH + "\n"),
    ("big5", "國際站的新戰略\n\n" + "阿里巴巴國際站近年來不斷調整策略，希望藉助平臺的數據能力幫助中小企業"
             "拓展海外市場，同時降低獲客成本，這一點在業內引起了廣泛討論。\n"),
])
def test_glance_decodes_legacy_encodings_as_the_reading_does(tmp_path, encoding, text):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    entry = assert_glance_agrees(path, path.name)
    assert "title" not in entry.pending and entry.title == text.split("\n")[0]
    assert entry.language == ("zh-Hans" if encoding == "gbk" else "zh-Hant")


def test_a_removed_pinyin_gloss_leaves_the_title_pending(tmp_path):
    path = tmp_path / "gloss.txt"
    path.write_text("國(guó)際站的新戰略\n\n" + PARAGRAPH_ZH + "\n", "utf-8")
    assert removes_glosses(path.read_text("utf-8"))
    assert "title" in assert_glance_agrees(path, path.name).pending


def test_formats_not_glanced_at_and_empty_files_give_no_entry(tmp_path):
    (tmp_path / "book.epub").write_bytes(b"PK not really")
    (tmp_path / "blank.txt").write_text(" \n\n", "utf-8")
    assert glance(tmp_path / "book.epub", "book.epub") is None
    assert glance(tmp_path / "blank.txt", "blank.txt") is None


def test_pending_fields_are_stated_in_the_json_entry(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Título\n\n" + PARAGRAPH_ES + "\n", "utf-8")
    assert glance(path, "a.txt").to_json()["pending"] == ["chars", "date", "text_key"]
    assert "pending" not in load_documents(path, "a.txt")[0].info.to_json()


# Lines of every kind the head, the tail and the cleaner treat specially, drawn at random.
LINES = ["国际站的新战略", "La apuesta de Alibaba", PARAGRAPH_ZH, PARAGRAPH_ES, PARAGRAPH_ES[:45],
         "首页 > 新闻", "分享到：微信", "关注", "作者：王小明", "来源：新华社", "时间：2023-03-16",
         "版权所有，禁止转载", "图片来自网络", "***", "请登录后发表评论", "相关阅读：", "阅读全文 >>",
         "  空格  很多   的一行  ", "\u200b", "\u3000", "第一章 开始", "• 列表项", "短句。",
         "跨境电商平台入驻教程(阿里巴巴国际站的海外市场新战略)", "Hello, world", "hello world",
         "国际站的新战略。"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LINES), st.sampled_from(["\n", "\n\n", "\r\n"])),
                min_size=1, max_size=24))
def test_the_head_title_is_the_pipeline_title_whenever_it_decides(parts):
    raw = "".join(line + end for line, end in parts)
    if not raw.strip():
        return
    try:
        exact = build_document(raw.encode("utf-8"), "x.txt", ".txt").info.title
    except Exception:  # nothing readable: a glance lists nothing either
        return
    title = plain_title(raw)
    assert title is None or (title or "x") == exact


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LINES), st.sampled_from(["\n", "\n\n", "\r\n", "\r"])),
                max_size=24))
def test_kept_lines_are_the_lines_cleaning_keeps(parts):
    raw = "".join(line + end for line, end in parts)
    spans, _repeated = kept_lines(raw)
    cleaned = clean(raw)
    assert [" ".join(raw[a:b].split()) for a, b in spans] == \
        [" ".join(line.split()) for line in cleaned.text.split("\n") if line]
    assert _repeated == cleaned.report.repeated_lines


def test_the_shipped_script_table_is_opencc_s_own():
    from reader.core.text.script_chars import TABLE, build

    assert TABLE.read_text("utf-8").split("\n")[:2] == list(build())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "big5", "utf-16"])
def test_a_listing_entry_shows_the_first_line_from_the_head_alone(tmp_path, encoding):
    from reader.core.library.glance import LISTING_HEAD, listing_entry

    title = "國際站的新戰略 𠮷" if encoding in ("big5", "utf-16") else "国际站的新战略"
    if encoding in ("gbk", "big5"):
        title = title.replace(" 𠮷", "")
    # far longer than the head: the cut falls inside a paragraph
    text = title + "\n\n" + (PARAGRAPH_ZH + "\n\n") * (3 * LISTING_HEAD // len(PARAGRAPH_ZH))
    if encoding == "big5":
        text = title + "\n\n" + ("國際站近年來不斷調整策略，希望藉助平台的數據能力。\n\n" * 400)
    path = tmp_path / "long.txt"
    path.write_bytes(text.encode(encoding))
    entry = listing_entry(path, "long.txt")
    assert entry.title == title and entry.id == load_documents(path, "long.txt")[0].info.id
    assert {"title", "language", "script", "content_hash", "encoding", "chars"} <= set(
        entry.pending)


def test_nothing_is_listed_for_an_empty_or_special_file(tmp_path):
    import os

    from reader.core.library.glance import listing_entry

    (tmp_path / "empty.txt").write_bytes(b"  \n\n")
    os.mkfifo(tmp_path / "pipe.txt")
    assert listing_entry(tmp_path / "empty.txt", "empty.txt") is None
    assert listing_entry(tmp_path / "pipe.txt", "pipe.txt") is None
    assert listing_entry(tmp_path / "notes.pdf", "notes.pdf") is None
