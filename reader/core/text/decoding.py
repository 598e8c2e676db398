"""Bytes → text for article files in any common encoding, or a clear reason why not."""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from reader.core.text.hanzi import han_rarity


class UnreadableFile(Exception):
    """The file is not text Reader can show; ``str(exc)`` is the reason for the user."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    #: Spans of ``text`` (one U+FFFD each) where damaged bytes were replaced.
    damaged: tuple[tuple[int, int], ...] = ()


#: A file with at most this many bad spots (and no more than one per ``_DAMAGE_DENSITY``
#: bytes) is damaged text, loaded with the spots replaced; more means another encoding.
_MAX_DAMAGE = 8
_DAMAGE_DENSITY = 500


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 controls other than tab/newline/carriage return/form feed, DEL, C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_PRIVATE_OR_UNASSIGNED = {"Co", "Cn", "Cs"}
_SAMPLE = 200_000  # characters examined when judging plausibility


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode an article file; raises UnreadableFile with a reason the user can act on.
    ``declared`` is the file's own claim (an HTML meta charset): tried after a BOM and
    valid UTF-8 (saved pages are often re-saved as UTF-8 with the old declaration)."""
    if not data.strip():
        raise UnreadableFile("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                damaged = _damaged_utf8(data[len(bom):]) if encoding == "utf-8-sig" else None
                if damaged is not None:
                    return _checked(damaged)
                raise UnreadableFile(f"damaged {encoding.upper()} text (byte {exc.start})") from None
            return _checked(Decoded(text.lstrip("\ufeff"), encoding.replace("-sig", "")))

    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return _checked(utf16)
        if not _few_damaged_spots(data.count(0), len(data)):
            raise UnreadableFile("binary file (contains NUL bytes)")
        # A stray NUL in text (a bad sector, a broken copy) damages one spot, not the file.
        return _nuls_replaced(_decode_text(data, declared))
    return _decode_text(data, declared)


def _nuls_replaced(decoded: Decoded) -> Decoded:
    text = decoded.text
    spots = [(i, i + 1) for i, ch in enumerate(text) if ch == "\x00"]
    return Decoded(text.replace("\x00", "\ufffd"), decoded.encoding,
                   tuple(sorted(set(decoded.damaged) | set(spots))))


def _decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Bytes with no BOM and (almost) no NUL."""
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    declared_text = _decode_declared(data, declared)
    if declared_text is not None:
        return _checked(declared_text)

    damaged_utf8 = _damaged_utf8(data)
    if damaged_utf8 is not None:
        return _checked(damaged_utf8)

    candidates = []  # (implausibility, preference, encoding, text)
    for preference, encoding in enumerate(("gb18030", "big5", "cp1252")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_implausibility(text), preference, encoding, text))
    detected = _charset_normalizer_guess(data)
    if detected is not None:
        candidates.append((_implausibility(detected.text), 9, detected.encoding, detected.text))
    if not candidates:
        raise UnreadableFile("not text in a known encoding (UTF-8, UTF-16, GB18030/GBK, Big5)")
    score, _, encoding, text = min(candidates, key=lambda c: (c[0], c[1]))
    if score > 0.35:
        raise UnreadableFile("not readable text (binary data or an unknown encoding)")
    return _checked(Decoded(text, encoding))


#: Declared names → the codec that reads them best (supersets: GBK pages use GB18030
#: characters, Big5 pages use HKSCS ones).
_DECLARED_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030",
                       "x-gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs",
                       "big5-hkscs": "big5hkscs", "cp950": "cp950",
                       "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                       "us-ascii": "cp1252", "ascii": "cp1252"}
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML or XML file declares in its first bytes (meta charset,
    http-equiv Content-Type, or the XML declaration), lower-cased."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _decode_declared(data: bytes, declared: str | None) -> Decoded | None:
    if not declared:
        return None
    codec = _DECLARED_SUPERSETS.get(declared.lower(), declared.lower())
    try:
        text = data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None
    if _implausibility(text) > 0.35:
        return None
    return Decoded(text, codecs.lookup(codec).name)


def _few_damaged_spots(spots: int, size: int) -> bool:
    return 0 < spots <= min(_MAX_DAMAGE, max(1, size // _DAMAGE_DENSITY))


def _damaged_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad spots (a file cut inside its last character, a stray byte): the
    spots become U+FFFD and are flagged. Text in a legacy encoding has bad spots all over, and
    a Latin one (cp1252) has no valid multi-byte sequence at all, so neither is taken for it."""
    parts: list[str] = []
    damaged: list[tuple[int, int]] = []
    position, length = 0, 0
    while position < len(data):
        try:
            chunk = data[position:].decode("utf-8")
            parts.append(chunk)
            length += len(chunk)
            break
        except UnicodeDecodeError as exc:
            chunk = data[position:position + exc.start].decode("utf-8")
            position += exc.end
            if not chunk and damaged and damaged[-1][1] == length:
                continue  # bad bytes in a row are one damaged spot, one U+FFFD
            parts.append(chunk + "\ufffd")
            length += len(chunk)
            damaged.append((length, length + 1))
            length += 1
            if len(damaged) > _MAX_DAMAGE:
                return None
    cut_at_end = len(damaged) == 1 and position >= len(data) and _is_utf8_lead(data)
    if not (cut_at_end or _few_damaged_spots(len(damaged), len(data))):
        return None
    text = "".join(parts)
    multibyte = sum(1 for ch in text if ch > "\x7f" and ch != "\ufffd")
    if not cut_at_end and multibyte < 2 * len(damaged):
        return None  # mostly ASCII with odd bytes: more likely a legacy code page
    return Decoded(text, "utf-8", tuple(damaged))


def _is_utf8_lead(data: bytes) -> bool:
    """Does the file end inside a multi-byte character (a lead byte and fewer followers)?"""
    tail = data[-3:]
    for back in range(1, len(tail) + 1):
        byte = tail[-back]
        if byte & 0xC0 == 0x80:
            continue
        needed = 2 if byte & 0xE0 == 0xC0 else 3 if byte & 0xF0 == 0xE0 else \
            4 if byte & 0xF8 == 0xF0 else 0
        return back < needed
    return False


def _checked(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not text.strip():
        raise UnreadableFile("empty file")
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 100):
        raise UnreadableFile("binary file (control characters)")
    return decoded


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: NULs cluster on one side of each byte pair for Latin text."""
    if len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    order = ("utf-16-le", "utf-16-be") if odd_nuls >= even_nuls else ("utf-16-be", "utf-16-le")
    for encoding in order:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _implausibility(text) <= 0.1 and not _CONTROL.search(text[:_SAMPLE]):
            return Decoded(text, encoding.replace("-le", "").replace("-be", ""))
    return None


def _implausibility(text: str) -> float:
    """0.0 for ordinary prose; towards 1.0 for text decoded with the wrong codec."""
    sample = text[:_SAMPLE]
    if not sample:
        return 1.0
    bad = 0
    letters = 0
    latin1 = 0
    for ch in sample:
        if ch.isspace():
            continue
        letters += 1
        if "\x80" <= ch <= "\xff":
            latin1 += 1
        category = unicodedata.category(ch)
        if category in _PRIVATE_OR_UNASSIGNED or _CONTROL.match(ch) or ch == "\ufffd":
            bad += 1
    if letters == 0:
        return 1.0
    # Wrongly decoded CJK is made of rare characters; CJK bytes read as a Latin code page
    # are mostly accented letters and symbols (Spanish prose has a few percent).
    return bad / letters + 0.8 * han_rarity(sample) + max(0.0, latin1 / letters - 0.2)


@dataclass(frozen=True)
class _Guess:
    text: str
    encoding: str


def _charset_normalizer_guess(data: bytes) -> _Guess | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data[:_SAMPLE]).best()
    if best is None:
        return None
    try:
        return _Guess(data.decode(best.encoding), best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
