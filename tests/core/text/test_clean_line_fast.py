"""``clean_line`` skips the edit rules for a line none of them can touch (issue 15: a
glance cleans a few lines per file); it gives exactly what the rules give, on lines made of
every character a rule looks at."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.text.cleaning import CleaningReport, _implausible_positions, _line_edits
from reader.core.text.line_cleaning import clean_line
from reader.core.text.offsets import apply_edits

# Spaces of every kind, invisible and control characters, debris, private use, pinyin and
# its parentheses, rare and common Han (traditional and simplified), mojibake symbols,
# Latin with accents, a character outside the BMP.
ALPHABET = (" \t\u3000\xa0\u200b\ufeff\x01\x7f?\ufffd\ue000(（)）āǎzhōngguó"
            "國国際际讀读鍶锶嫘㐀䶵鎔镕╬ⅱЖΩ¿ñé𠮷ABC,。\r\n")


def _by_the_rules(body: str) -> str:
    edits = _line_edits(body, 0, CleaningReport(), [], _implausible_positions(body))
    return apply_edits(body, edits)[0]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
@example("國(guó)際")
@example("中国 ")
@example("  中国")
@example("鍶鎔㐀䶵嫘")
@example("")
def test_clean_line_equals_the_rules(body):
    assert clean_line(body) == _by_the_rules(body)
