import codecs

import pytest
from hypothesis import given, strategies as st

from reader.core.text.decoding import UnreadableFile, decode_bytes
from tests.conftest import seed_text

SIMPLIFIED = seed_text("000")
TRADITIONAL = seed_text("004")
SPANISH = seed_text("002")


@pytest.mark.parametrize("data, expected, encoding", [
    (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
    (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
    (TRADITIONAL.encode("utf-16"), TRADITIONAL, "utf-16"),
    (TRADITIONAL.encode("utf-16-be"), TRADITIONAL, "utf-16"),
    (SPANISH.encode("utf-16-le"), SPANISH, "utf-16"),
    (SIMPLIFIED.encode("gb18030"), SIMPLIFIED, "gb18030"),
    (SPANISH.replace("“", '"').replace("”", '"').encode("cp1252", "replace"), None, None),
])
def test_common_encodings_decode_to_the_same_text(data, expected, encoding):
    decoded = decode_bytes(data)
    if expected is not None:
        assert decoded.text == expected
        assert decoded.encoding == encoding
    else:
        assert "ambición" in decoded.text


def test_gbk_and_big5_without_declaration():
    gbk = SIMPLIFIED.encode("gbk", "replace")
    assert decode_bytes(gbk).text == gbk.decode("gbk")
    big5_source = TRADITIONAL.replace("墻", "牆")  # 墻 has no Big5 code
    big5 = big5_source.encode("big5", "replace")
    decoded = decode_bytes(big5)
    assert decoded.encoding == "big5"
    assert "社交電商續命" in decoded.text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (bytes(range(256)) * 20, "binary"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "binary"),
])
def test_unreadable_files_give_a_reason(data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        decode_bytes(data)


@given(st.binary(max_size=600))
def test_any_bytes_decode_or_give_a_reason(data):
    try:
        decoded = decode_bytes(data)
    except UnreadableFile as exc:
        assert str(exc)
    else:
        assert decoded.text.strip()
