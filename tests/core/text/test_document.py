"""Issue 12: structured reading text, clutter out of the body, nothing lost."""
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from reader.core.library.corpus import build_document, load_document
from reader.core.text.blocks import BlockKind
from reader.core.text.cleaning import clean
from reader.core.text.structure import heading_level, parse_byline
from reader.core.text.titles import seo_prefix
from tests.conftest import SEEDS

DATA = Path(__file__).parents[2] / "data"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
#: Page clutter the design note measured in the seeds (reading-text.md).
CLUTTER = ["已收藏", "關注作者", "您可能還需要", "評論", "最新 熱門", "分享不易", "請绑定", "请绑定",
           "发表评论", "未經授權", "禁止轉載", "題圖來自", "圖片來源", "作者:成招", "∨", "在线反馈",
           "轉載需經", "來源:曉懂", "蜜芽tv"]


@pytest.fixture(scope="module")
def seeds():
    return {p.name[:3]: load_document(p, p.name) for p in SEED_FILES}


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_every_sentence_of_the_hand_checked_body_is_there(seeds, seed):
    expected = (DATA / "seed_bodies" / f"{seed}.txt").read_text("utf-8").rstrip("\n")
    body = seeds[seed].text
    for line in expected.split("\n"):
        for sentence in re.split(r"(?<=[。!?！？])", line):
            assert sentence in body
    assert body == expected


def test_no_page_clutter_in_any_body(seeds):
    for seed, document in seeds.items():
        for phrase in CLUTTER:
            assert phrase not in document.text, (seed, phrase)
    comments = [r for r in seeds["001"].removed if r.kind == "comment"]
    assert len(comments) == 4


def test_removed_blocks_point_at_their_raw_text(seeds):
    for document in seeds.values():
        for removed in document.removed:
            raw = document.raw[removed.raw_start:removed.raw_end]
            assert removed.reason and removed.kind
            # Cleaning may have removed pinyin glosses: the raw span holds every kept char.
            assert all(ch in raw for ch in removed.text.replace(" ", ""))


def test_bylines_become_metadata(seeds):
    assert seeds["004"].metadata["author"] == "成招"
    assert seeds["004"].metadata["editor"] == "姚碧"
    assert seeds["000"].metadata["source"] == "电子商务"
    assert seeds["000"].info.date == "2023-03-16"
    assert parse_byline("編輯導讀:互聯網巨頭們對社交電商大都非常關注,然而,把社交電商做起來絕非易事。") is None


def test_titles_are_headlines(seeds):
    assert seeds["004"].info.title == "微信拆墻,能為阿里社交電商續命嗎?"
    assert seeds["004"].blocks[0].kind is BlockKind.TITLE
    assert seeds["003"].info.title == "一文讀懂阿里巴巴國際站流量運營(認知篇)"
    assert seeds["002"].blocks[0].kind is BlockKind.TITLE
    # A parenthesised note is not a headline; a spam prefix is only cut on the body's evidence.
    assert seo_prefix("阿里巴巴國際站(認知篇)", "阿里巴巴國際站的認知") is None
    assert seo_prefix("便宜機票查詢入口(阿里巴巴的社交電商之路)", "阿里巴巴的社交電商之路很長") \
        is not None


def test_no_unmarked_garbled_run_in_003(seeds):
    document = seeds["003"]
    marked = [False] * len(document.text)
    for start, end in document.report.suspect_spans:
        marked[start:end] = [True] * (end - start)
    debris = re.compile(r"\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)|[\ue000-\uf8ff]|\?(?=\?)")
    found = list(debris.finditer(document.text))
    assert len(found) >= 12
    for m in found:
        assert all(marked[m.start():m.end()]), m.group()
    assert document.text.count("因?yàn)") == 6
    # Marked runs are blanked for search and events, offsets unchanged.
    assert len(document.search_text) == len(document.text)
    assert "?yàn)" not in document.search_text
    # Out-of-step GBK next to the debris is repaired.
    assert "各種魚塘" in document.text and "逐漸轉變" in document.text


def _clean_corpus() -> list[str]:
    paragraphs = []
    for name in ("ud_zh_gsd_test.txt", "ud_es_gsd_test.txt"):
        paragraphs += (DATA / "clean_text" / name).read_text("utf-8").splitlines()
    cases = json.loads((DATA / "opencc" / "testcases.json").read_text("utf-8"))["cases"]
    paragraphs += [case["input"] for case in cases]
    paragraphs += [value for case in cases for value in case["expected"].values()]
    return [p.strip() for p in paragraphs if p.strip()]


def test_clean_outside_text_is_untouched_and_unflagged():
    paragraphs = _clean_corpus()
    assert len(paragraphs) > 400
    changed = [p for p in paragraphs if clean(p).text != " ".join(p.split())]
    flagged = [p for p in paragraphs if clean(p).report.suspect_spans]
    assert changed == [] and flagged == []
    # As whole articles too: every paragraph kept, nothing removed, nothing flagged.
    for start in range(0, len(paragraphs), 40):
        chunk = paragraphs[start:start + 40]
        document = build_document("\n\n".join(chunk).encode(), "clean.txt", ".txt")
        assert document.report.suspect_spans == []
        assert [r for r in document.removed if r.kind != "duplicate"] == []
        for paragraph in chunk:
            assert " ".join(paragraph.split()) in document.text


@pytest.mark.parametrize("line, level", [
    ("第三章 归来", 1), ("第12回 大闹天宫", 1), ("Capítulo 4", 1), ("CAPÍTULO IV El viaje", 1),
    ("一、重新認識阿里巴巴", 2), ("（二）流量的來源", 3), ("(三)结论", 3), ("1、開通平臺", 3),
    ("2)網絡效應", 4),
    ("一、 先不要急着单独搞一个即时通讯工具,而是先依托淘宝这个大平台,将阿里旺旺中的用户导过来。", 0),
    ("1、这是一整句话,说完了。", 0), ("第一次去北京的时候,我们很开心,也很累,回来以后大家都睡了很久", 0),
])
def test_heading_markers(line, level):
    assert heading_level(line) == level


def test_outline_of_003(seeds):
    headings = [b for b in seeds["003"].blocks if b.kind is BlockKind.HEADING]
    texts = [seeds["003"].text[b.start:b.end] for b in headings]
    assert texts[0] == "一、重新認識阿里巴巴" and headings[0].level == 2
    assert "四、商家寄語" in texts and len(headings) > 30


def test_blocks_cover_the_reading_text_exactly(seeds):
    for document in seeds.values():
        parts = [document.text[b.start:b.end] for b in document.blocks]
        assert "\n".join(parts) == document.text
        assert all(part and "\n" not in part for part in parts)


def test_raw_to_reading_map_is_exact_on_unchanged_text(seeds):
    document = seeds["002"]  # no cleaning change inside its lines
    for block in document.blocks:
        raw_start, raw_end = document.raw_to_reading.range_to_source(block.start, block.end)
        assert document.raw[raw_start:raw_end] == document.text[block.start:block.end]


MARKDOWN = """# El título

Un párrafo con **negrita**, *cursiva* y un [enlace](https://example.org) 𠀋.

## Capítulo 2

> Una cita
> en dos líneas.

- uno
- dos

1. primero

```
código = 1
```
"""


def test_markdown_blocks_have_no_markup():
    document = build_document(MARKDOWN.encode(), "a.md", ".md")
    kinds = [(b.kind, b.level) for b in document.blocks]
    assert kinds == [(BlockKind.TITLE, 1), (BlockKind.PARAGRAPH, 0), (BlockKind.HEADING, 2),
                     (BlockKind.QUOTE, 0), (BlockKind.LIST_ITEM, 1), (BlockKind.LIST_ITEM, 1),
                     (BlockKind.LIST_ITEM, 1), (BlockKind.CODE, 0)]
    assert document.text.split("\n") == [
        "El título", "Un párrafo con negrita, cursiva y un enlace 𠀋.", "Capítulo 2",
        "Una cita en dos líneas.", "uno", "dos", "primero", "código = 1"]
    assert document.info.title == "El título"
    for raw_marker in ("**", "](", "> ", "```", "- "):
        assert raw_marker not in document.text
    # Offsets map back into the Markdown source on the same characters.
    start = document.text.index("negrita")
    raw_start, raw_end = document.raw_to_reading.range_to_source(start, start + 7)
    assert document.raw[raw_start:raw_end] == "negrita"
    start = document.text.index("𠀋")
    raw_start, _ = document.raw_to_reading.range_to_source(start, start + 1)
    assert document.raw[raw_start] == "𠀋"


def test_a_web_reader_with_the_block_contract_is_accepted():
    from reader.core.text.blocks import RemovedBlock, SourceBlock

    raw = "<html><h1>Titular</h1><nav>Menú</nav><p>Primer p&aacute;rrafo.</p></html>"

    def read_html(text):
        return ([SourceBlock(BlockKind.TITLE, "Titular"),
                 SourceBlock(BlockKind.PARAGRAPH, "Primer párrafo.")],
                {"author": "Ana"},
                [RemovedBlock("chrome", "navigation", text.index("Menú"),
                              text.index("Menú") + 4, "Menú")])

    document = build_document(raw.encode(), "a.html", ".html", html_reader=read_html)
    assert document.text == "Titular\nPrimer párrafo."
    assert document.metadata["author"] == "Ana"
    assert [r.text for r in document.removed] == ["Menú"]
    start = document.text.index("Primer")
    raw_start, raw_end = document.raw_to_reading.range_to_source(start, start + 6)
    assert raw[raw_start:raw_end] == "Primer"


_LINES = st.lists(st.one_of(
    st.text(alphabet="阿里巴巴的流量。,?()a Zé1、一\u3000𠀋\ue746", min_size=0, max_size=30),
    st.sampled_from(["分享", "評論", "作者:某人", "# 標題", "- 項目", "> 引文", "第一章 開始",
                     "未經授權,禁止轉載", "∨", "", "請登錄後發表評論"])), min_size=1, max_size=12)


@given(lines=_LINES, suffix=st.sampled_from([".txt", ".md"]))
def test_any_text_gives_blocks_that_cover_the_reading_text(lines, suffix):
    from reader.core.text.decoding import UnreadableFile

    raw = "\n".join(lines)
    try:
        document = build_document(raw.encode(), "x" + suffix, suffix)
    except UnreadableFile as exc:
        assert str(exc) in ("no readable text", "empty file")  # a message, not a traceback
        return
    parts = [document.text[b.start:b.end] for b in document.blocks]
    assert "\n".join(parts) == document.text
    for block in document.blocks:
        raw_start, raw_end = document.raw_to_reading.range_to_source(block.start, block.end)
        assert 0 <= raw_start <= raw_end <= len(document.raw)
    for removed in document.removed:
        assert 0 <= removed.raw_start <= removed.raw_end <= len(document.raw)


def test_a_line_asking_for_comments_inside_a_novel_cuts_nothing():
    """Issue 14: a character saying "请在下面留言" in the second half of a novel is not a
    comment box: the chapters after it stay (half a generated novel was cut before)."""
    chapters = []
    for n, name in enumerate(["一", "二", "三", "四", "五", "六"], start=1):
        body = [f"　　第{n}章的第{k}段，他们沿着河走了很久，谈起这些年的变化。" for k in range(8)]
        if n == 4:
            body.append("　　“请在下面留言。”她说。")
        chapters.append("\n\n".join([f"第{name}章 河边"] + body))
    text = "长篇小说\n\n" + "\n\n".join(chapters)
    document = build_document(text.encode("utf-8"), "novel.txt", ".txt")
    assert not [r for r in document.removed if r.kind in ("comment", "chrome")]
    assert "第六章 河边" in document.text and "请在下面留言" in document.text
    # After the last chapter, a comment box still ends the article.
    tail = text + "\n\n请发表评论\n\n说得真好，支持作者！\n\n期待下一章"
    document = build_document(tail.encode("utf-8"), "novel.txt", ".txt")
    assert "说得真好" not in document.text and "第六章 河边" in document.text
    assert any(r.kind == "comment" for r in document.removed)
