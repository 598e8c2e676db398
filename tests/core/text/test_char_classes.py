"""``class_counts`` (one numpy table lookup per character) counts exactly what the regex
classes it replaced count, on every code point and on texts hypothesis makes."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.char_classes import class_counts
from reader.core.text.hanzi import HAN_CLASS
from reader.core.text.script_chars import script_tables

_TRADITIONAL, _SIMPLIFIED = script_tables()
REFERENCE = (re.compile(f"[{HAN_CLASS}]"),
             re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"),
             re.compile("[\u3041-\u3096\u30a1-\u30fa]"),
             re.compile(f"[{_TRADITIONAL}]"), re.compile(f"[{_SIMPLIFIED}]"))


def _reference(text: str) -> tuple[int, ...]:
    return tuple(len(pattern.findall(text)) for pattern in REFERENCE)


def test_every_code_point_is_counted_in_its_classes():
    # Surrogates too: a decoded file may hold lone ones (surrogateescape).
    for start in range(0, 0x110000, 0x8000):
        text = "".join(map(chr, range(start, min(start + 0x8000, 0x110000))))
        assert tuple(class_counts(text)) == _reference(text), hex(start)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("漢汉國国学學ひカAzñÉ𠮷𰀀 .,。\ud800\U0010ffff"
                                        + _TRADITIONAL[:50] + _SIMPLIFIED[:50])))
def test_mixed_texts(text):
    assert tuple(class_counts(text)) == _reference(text)


def test_an_empty_text_counts_nothing():
    assert tuple(class_counts("")) == (0, 0, 0, 0, 0)
