"""Main-content extraction on saved web pages, scored by word-shingle F1.

    python -m bench.extraction            # prints the tables, rewrites their sections of
                                          # docs/benchmarks.md (development set, then the
                                          # real saved pages of tests/data/web/real)
    python -m bench.extraction --pages DIR   # any folder of NAME.html + NAME.txt pages:
                                             # prints its table, writes nothing

Pages are ``NAME.html`` (or ``.html.gz``) with the hand-checked expected body in
``NAME.txt`` (tests/data/web/pages, made by bench/web_pages.py plus real saved pages).

Scoring (the rule of the article-extraction benchmarks, adapted to Chinese): the body text
(the title is not scored) is cut into tokens — every Han character is one token, every
other run of letters or digits is one token, case-folded, punctuation ignored — and into
shingles of 4 consecutive tokens. Precision and recall count shingles as a multiset;
F1 is their harmonic mean. Per page and the mean over pages.
"""
from __future__ import annotations

import argparse
import gzip
import re
import statistics
import time
from collections import Counter
from pathlib import Path

from reader.core.library.webpage import decode_page
from reader.core.text.blocks import BlockKind
from reader.core.text.html_blocks import parse_html, tree_blocks
from reader.core.text.html_reader import read_html

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "web" / "pages"
REAL_PAGES = ROOT / "tests" / "data" / "web" / "real"
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- extraction:start -->", "<!-- extraction:end -->"
REAL_START, REAL_END = "<!-- extraction-real:start -->", "<!-- extraction-real:end -->"
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]|"
                    r"[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
SHINGLE = 4


def tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)]


def shingles(text: str) -> Counter:
    words = tokens(text)
    if len(words) < SHINGLE:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


def score(predicted: str, expected: str) -> tuple[float, float, float]:
    p, e = shingles(predicted), shingles(expected)
    overlap = sum((p & e).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(e.values()) if e else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def reader_body(page: str) -> str:
    blocks, _, _ = read_html(page)
    return "\n".join(b.text for b in blocks if b.kind is not BlockKind.TITLE)


def reader_document_body(page: str) -> str:
    """What the pane shows: the whole pipeline (extraction, cleaning, the document model's
    clutter classification), the title block left out."""
    from reader.core.library.corpus import build_document

    document = build_document(page.encode("utf-8"), "page.html", ".html")
    return "\n".join(document.text[b.start:b.end] for b in document.blocks
                     if b.kind is not BlockKind.TITLE)


def trafilatura_defaults(page: str) -> str:
    import trafilatura

    return trafilatura.extract(page) or ""


def trafilatura_options(**options):
    def run(page: str) -> str:
        import trafilatura

        return trafilatura.extract(page, **options) or ""
    return run


def plain_html_to_text(page: str) -> str:
    tree = parse_html(page)
    return "\n".join(b.text for b in tree_blocks(tree)) if tree is not None else ""


SYSTEMS = {
    "Reader as shown (extraction + document model: cleaning, clutter out)":
        reader_document_body,
    "Reader extraction alone (trafilatura XML, comments out, structure kept)": reader_body,
    "trafilatura 2 defaults (txt, comments in)": trafilatura_defaults,
    "trafilatura, comments out": trafilatura_options(include_comments=False),
    "trafilatura, comments out, favor_precision": trafilatura_options(
        include_comments=False, favor_precision=True),
    "trafilatura, comments out, favor_recall": trafilatura_options(
        include_comments=False, favor_recall=True),
    "plain html-to-text (whole page)": plain_html_to_text,
}


def load_pages(folder: Path) -> list[tuple[str, str, str]]:
    """(name, decoded HTML, expected body) for every page with an expected body."""
    pages = []
    for expected in sorted(folder.glob("*.txt")):
        name = expected.name[:-4]
        for candidate in (folder / f"{name}.html", folder / f"{name}.html.gz"):
            if candidate.exists():
                data = candidate.read_bytes()
                if candidate.suffix == ".gz":
                    data = gzip.decompress(data)
                pages.append((name, decode_page(data, ".html").text,
                              expected.read_text("utf-8")))
                break
    return pages


def run(folder: Path = PAGES) -> dict:
    pages = load_pages(folder)
    results: dict = {"pages": [name for name, _, _ in pages], "systems": {}}
    for system, extract in SYSTEMS.items():
        rows = []
        if pages:
            extract(pages[0][1])  # imports and caches are not the page's cost
        started = time.perf_counter()
        for name, page, expected in pages:
            rows.append(score(extract(page), expected))
        elapsed = time.perf_counter() - started
        results["systems"][system] = {
            "per_page": {name: round(f1, 3) for (name, _, _), (_, _, f1) in zip(pages, rows)},
            "precision": round(statistics.mean(r[0] for r in rows), 3),
            "recall": round(statistics.mean(r[1] for r in rows), 3),
            "f1": round(statistics.mean(r[2] for r in rows), 3),
            "ms_per_page": round(1000 * elapsed / max(1, len(pages)), 1),
        }
    return results


def render(results: dict) -> list[str]:
    names = results["pages"]
    lines = [START, "## Web page extraction (issue 13)", "",
             f"{len(names)} saved pages with hand-checked expected bodies "
             "(`tests/data/web/pages`: Chinese news portal in GBK, WeChat article, traditional-"
             "Chinese blog in Big5 without a declared charset, Spanish newspaper and blog, "
             "English blog, and a real English news page). Score: word-shingle F1 — 4-grams "
             "of tokens, where each Han character is a token and each other run of letters or "
             "digits is a token (case-folded, punctuation ignored); the title is not scored. "
             "Every system gets the same decoded text. Rerun: "
             "`.venv/bin/python -m bench.extraction`.", "",
             "| system | precision | recall | **F1** | ms/page |", "|---|---|---|---|---|"]
    for system, r in results["systems"].items():
        lines.append(f"| {system} | {r['precision']} | {r['recall']} | **{r['f1']}** | "
                     f"{r['ms_per_page']} |")
    lines += ["", "Per page (F1):", "",
              "| page | " + " | ".join(f"S{i + 1}" for i in range(len(results["systems"])))
              + " |", "|---|" + "---|" * len(results["systems"])]
    for name in names:
        lines.append(f"| {name} | " + " | ".join(
            str(r["per_page"][name]) for r in results["systems"].values()) + " |")
    reader = next(iter(results["systems"].values()))["per_page"]
    real = ", ".join(f"{n} {f1}" for n, f1 in reader.items() if ".real" in n)
    lines += ["", "S1…: the systems in the order of the table above.", "",
              "Caveats: most pages are real article text in templates written for this set, "
              "and their clutter is easier than the web's (plain html-to-text already scores "
              f"about 0.9); real saved pages are the better witness (Reader: {real}; on the "
              "FiveThirtyEight page it keeps one inline promotion of another story, which has "
              "no marker to tell it from a sentence, and trafilatura's precision mode drops "
              "the chart's title and notes, which the expected body counts; see also the "
              "real-page section below). The issue's target (F1 ≥ 0.96) is on a held-out set "
              "of real pages that was not available here. "
              "Times: one pass on a shared 2-core machine, comparable only within one run.",
              END]
    return lines


def render_folder(results: dict, folder: Path, heading: str, about: str,
                  markers: tuple[str, str] = ("", "")) -> list[str]:
    """The table and per-page scores of any folder of pages (the real-page set, or one
    given with --pages)."""
    names = results["pages"]
    systems = results["systems"]
    lines = ([markers[0]] if markers[0] else []) + [heading, "", about, "",
             "| system | precision | recall | **F1** | ms/page |", "|---|---|---|---|---|"]
    for system, r in systems.items():
        lines.append(f"| {system} | {r['precision']} | {r['recall']} | **{r['f1']}** | "
                     f"{r['ms_per_page']} |")
    lines += ["", f"Per page (F1; S1… in the order above; {len(names)} pages in "
              f"`{_shown(folder)}`):", "",
              "| page | " + " | ".join(f"S{i + 1}" for i in range(len(systems))) + " |",
              "|---|" + "---|" * len(systems)]
    for name in names:
        lines.append(f"| {name} | " + " | ".join(
            str(r["per_page"][name]) for r in systems.values()) + " |")
    return lines + ([markers[1]] if markers[1] else [])


def _shown(folder: Path) -> str:
    try:
        return str(folder.resolve().relative_to(ROOT))
    except ValueError:
        return str(folder)


REAL_ABOUT = (
    "Real pages saved from news sites and blogs, taken from the test data of Mozilla "
    "Readability, trafilatura and Newspaper and condensed (scripts, styles and long URLs "
    "out; the text blocks around the article kept in page order): Chinese news (光明网, "
    "腾讯网 in GB2312, BBC中文网), Spanish news (La Nación, El Universo, Infobae), an "
    "English blog post with comments. Expected bodies: Readability's expected output "
    "(2 pages) or written by hand (5 pages); see `tests/data/web/real/README.md` for "
    "sources, licences and what was left out. Same scoring as above. Rerun: "
    "`.venv/bin/python -m bench.extraction`.")


def write_section(lines: list[str], doc: Path = DOC,
                  markers: tuple[str, str] = (START, END)) -> None:
    start, end = markers
    text = doc.read_text("utf-8") if doc.exists() else "# Benchmarks\n"
    section = "\n".join(lines)
    if start in text and end in text:
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        text = before + section + after
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    doc.write_text(text, "utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=None,
                        help="score this folder of NAME.html + NAME.txt pages only")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    if args.pages is not None:
        lines = render_folder(run(args.pages), args.pages,
                              f"## Web page extraction: {_shown(args.pages)}",
                              "Pages given with --pages; scored as in docs/benchmarks.md.")
        print("\n".join(lines))
        return
    lines = render(run(PAGES))
    print("\n".join(lines))
    if not args.no_write:
        write_section(lines)
    if load_pages(REAL_PAGES):
        real = render_folder(run(REAL_PAGES), REAL_PAGES,
                             "## Web page extraction: real saved pages (issue 13)", REAL_ABOUT,
                             (REAL_START, REAL_END))
        print("\n".join(real))
        if not args.no_write:
            write_section(real, markers=(REAL_START, REAL_END))


if __name__ == "__main__":
    main()
