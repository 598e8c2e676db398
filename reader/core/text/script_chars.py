"""Which Han characters belong to one script only, by OpenCC's character tables.

``script_chars.txt`` (shipped) holds two lines: the characters OpenCC's ``t2s`` changes when
converted alone (traditional-only) and those ``s2t`` changes (simplified-only). Counting
them over an article's head tells its script in microseconds, without a phrase conversion
(issue 15: the library's catalog shows the language before the article is cleaned).
Rebuilt with ``python -m reader.core.text.script_chars`` when OpenCC's tables change (a test
compares the file with the installed OpenCC).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("script_chars.txt")
#: The BMP Han blocks (the supplementary planes hold no character OpenCC converts alone
#: that matters for telling the scripts apart).
_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def build() -> tuple[str, str]:
    """(traditional-only, simplified-only) characters, from the installed OpenCC."""
    from reader.core.text import opencc_bridge

    chars = [chr(code) for first, last in _BLOCKS for code in range(first, last + 1)]
    joined = "\n".join(chars)  # no OpenCC rule spans a line end: each converts alone
    result = []
    for config in ("t2s", "s2t"):
        converted = opencc_bridge.convert(joined, config).split("\n")
        result.append("".join(c for c, after in zip(chars, converted) if after != c))
    return result[0], result[1]


@lru_cache(maxsize=1)
def script_tables() -> tuple[str, str]:
    """(traditional-only, simplified-only) characters, as shipped."""
    traditional, simplified = TABLE.read_text("utf-8").split("\n")[:2]
    return traditional, simplified


if __name__ == "__main__":
    TABLE.write_text("\n".join(build()) + "\n", "utf-8")
    print(f"wrote {TABLE}")
