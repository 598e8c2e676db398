"""Book-length test data: a GBK-encoded Chinese novel of a given size, made at run time.

    python -m bench.novel 5 bench/out/novel-5mb.txt

Chapters are headed ``第N章 …`` like real web novels; paragraphs are Chinese seed
paragraphs (only those GBK can encode), indented with two ideographic spaces. A fixed
random seed makes every run produce the same bytes.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from bench.corpus import seed_paragraphs

SEED = 20261123
_NUMERALS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 305 → 三百零五 (enough for chapter numbers)."""
    if n < 10:
        return _NUMERALS[n]
    if n < 20:
        return "十" + (_NUMERALS[n % 10] if n % 10 else "")
    if n < 100:
        return _NUMERALS[n // 10] + "十" + (_NUMERALS[n % 10] if n % 10 else "")
    rest = n % 100
    head = _NUMERALS[n // 100] + "百"
    if not rest:
        return head
    return head + ("零" if rest < 10 else "") + (chinese_number(rest) if rest >= 20 or rest < 10
                                                 else "一" + chinese_number(rest))


def _gbk_paragraphs() -> list[str]:
    chosen = []
    for paragraph in seed_paragraphs():
        han = sum("\u4e00" <= ch <= "\u9fff" for ch in paragraph)
        if han < len(paragraph) // 3:
            continue  # Spanish or mostly Latin
        try:
            paragraph.encode("gbk")
        except UnicodeEncodeError:
            continue
        chosen.append(paragraph.strip())
    return chosen


def novel_text(megabytes: float, seed: int = SEED, chapter_kb: int = 12) -> str:
    """About ``megabytes`` MB of GBK bytes worth of novel text."""
    rng = random.Random(seed)
    paragraphs = _gbk_paragraphs()
    target = int(megabytes * 1024 * 1024)
    parts, size, chapter = ["示例长篇小说", ""], 0, 0
    while size < target:
        chapter += 1
        heading = f"第{chinese_number(chapter)}章 {rng.choice(paragraphs)[:rng.randint(4, 9)]}"
        body = []
        chapter_size = 0
        while chapter_size < chapter_kb * 1024:
            # Two seed paragraphs spliced: no paragraph repeats (the cleaner drops repeats).
            first, second = rng.choice(paragraphs), rng.choice(paragraphs)
            paragraph = "\u3000\u3000" + first[:rng.randint(len(first) // 3, len(first))] \
                + second[rng.randint(0, len(second) // 2):]
            body.append(paragraph)
            chapter_size += 2 * len(paragraph)
        parts += [heading, ""] + body + [""]
        size += chapter_size
    return "\n".join(parts)


def write_novel(path: Path, megabytes: float, seed: int = SEED) -> Path:
    """Write the novel as GBK (reused when already there)."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(novel_text(megabytes, seed).encode("gbk"))
    return path


if __name__ == "__main__":
    print(write_novel(Path(sys.argv[2]), float(sys.argv[1])))
