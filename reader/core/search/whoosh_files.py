"""Whoosh's on-disk format (whoosh-reloaded 2.7.5, pinned) read without importing Whoosh.

A process that only searches need not import Whoosh (its ``compat`` module alone pulls in
urllib, http, email and ssl: ~11 MB of RSS, ~16 MB with the codec) nor map the segment files
(every mapped page a query touches counts in the process's RSS). The accelerated query path
reads what it needs here with ``os.pread`` into small buffers: the table of contents, each
compound segment's directory, term lookups in the segment's on-disk hash table, posting
lists, columns and stored fields. The byte layouts follow Whoosh's own readers (named in
each docstring); anything unexpected raises, and ``SearchIndex`` then falls back to Whoosh.
"""
from __future__ import annotations

import io
import os
import pickle
import re
import struct
import threading
import zlib
from array import array
from binascii import crc32
from itertools import accumulate
from pathlib import Path

INDEX_NAME = "MAIN"
_TOC_NAME = re.compile(r"^_MAIN_([0-9]+)\.toc$")
_TOC_VERSION = -111  # whoosh.index._CURRENT_TOC_VERSION
_INT = struct.Struct("!i")
_LONG = struct.Struct("!q")
_HASH_SLOT = struct.Struct("!Iq")  # filetables._pointer: key hash, item position
_HASH_LENGTHS = struct.Struct("!ii")  # filetables._lengths: key length, value length
_HASH_TABLE = struct.Struct("!qi")  # filetables._dir_entry: table position, slot count
_TERM_INFO = struct.Struct("!BfIBBfII")  # W3TermInfo._struct
_LITTLE_ENDIAN = struct.pack("=H", 1) == b"\x01\x00"
_PREAD = getattr(os, "pread", None)


class FormatError(ValueError):
    """The files are not laid out as the pinned Whoosh version writes them."""


def latest_generation(folder: Path) -> int:
    """The newest table of contents' generation (``TOC._latest_generation``), -1 if none."""
    found = [int(m.group(1)) for m in map(_TOC_NAME.match, os.listdir(folder)) if m]
    return max(found, default=-1)


class _WhooshObject:
    """Stands in for a Whoosh class in a pickle: keeps the pickled state as attributes."""

    def __setstate__(self, state):
        if isinstance(state, tuple) and len(state) == 2:  # (dict, slots)
            state = {**(state[0] or {}), **(state[1] or {})}
        if not isinstance(state, dict):
            raise FormatError(f"unexpected pickled state of {type(self).__name__}")
        self.__dict__.update(state)


_STAND_INS: dict[tuple[str, str], type] = {}
_ALLOWED = {(module, name) for module in ("builtins", "__builtin__")  # protocol 2 says
            for name in ("set", "frozenset", "object", "int", "long", "dict", "list")} | \
    {("copyreg", "_reconstructor"), ("array", "_array_reconstructor"),
     ("collections", "defaultdict"), ("collections", "OrderedDict")}


class _Unpickler(pickle.Unpickler):
    """Loads Whoosh's pickles of plain data; Whoosh classes become ``_WhooshObject``s and
    nothing else may be named (a pickle is code: this one may construct no other object)."""

    def find_class(self, module, name):
        if module == "whoosh" or module.startswith("whoosh."):
            key = (module, name)
            if key not in _STAND_INS:
                _STAND_INS[key] = type(name, (_WhooshObject,), {})
            return _STAND_INS[key]
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise FormatError(f"unexpected {module}.{name} in a Whoosh file")


def _loads(data: bytes):
    return _Unpickler(io.BytesIO(data)).load()


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    """(value, next position) of a Whoosh varint (``whoosh.util.varints.read_varint``)."""
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos


class SegmentInfo:
    """What the table of contents says of one segment (``W3Segment``)."""

    def __init__(self, segment):
        self.name = f"{segment.indexname}_{segment.segid}"
        self.doc_count = int(segment._doccount)
        deleted = segment._deleted
        if deleted is not None and not isinstance(deleted, (set, frozenset)):
            raise FormatError("deleted documents are not a set")
        self.deleted = frozenset(deleted or ())
        if not getattr(segment, "compound", False):
            raise FormatError(f"segment {self.name} is not a compound file")


def read_toc(folder: Path, generation: int) -> list[SegmentInfo]:
    """The segments of one generation (``TOC.read``; the schema is skipped, not loaded)."""
    data = (Path(folder) / f"_{INDEX_NAME}_{generation}.toc").read_bytes()
    pos = 0
    sizes = []
    for _ in range(3):
        value, pos = _varint(data, pos)
        sizes.append(value)
    if sizes != [4, 8, 4] or _INT.unpack_from(data, pos)[0] != -12345:
        raise FormatError("table of contents from another architecture")
    version = _INT.unpack_from(data, pos + 4)[0]
    if version != _TOC_VERSION:
        raise FormatError(f"table of contents version {version}")
    pos += 8
    for _ in range(3):  # Whoosh's release
        _, pos = _varint(data, pos)
    schema_length, pos = _varint(data, pos)
    pos += schema_length
    if _INT.unpack_from(data, pos)[0] != generation:
        raise FormatError("table of contents of another generation")
    return [SegmentInfo(s) for s in _loads(data[pos + 8:])]


class SegmentFile:
    """One compound segment file (``CompoundStorage``): sub-files read with ``os.pread``,
    so that what a query reads stays in the page cache instead of this process's RSS."""

    def __init__(self, folder: Path, info: SegmentInfo):
        self.info = info
        self._file = open(Path(folder) / f"{info.name}.seg", "rb", buffering=0)
        self._lock = threading.Lock()  # for seek + read where there is no pread
        try:
            header = self.read(0, 12)
            directory_offset = _LONG.unpack_from(header)[0]
            directory_length = _INT.unpack_from(header, 8)[0]
            self._directory = _loads(self.read(directory_offset, directory_length))
        except BaseException:
            self._file.close()
            raise

    def close(self) -> None:
        self._file.close()

    def range(self, suffix: str) -> tuple[int, int]:
        """(offset in the segment file, length) of a sub-file, e.g. ``.pst``."""
        entry = self._directory[self.info.name + suffix]
        return entry["offset"], entry["length"]

    def read(self, offset: int, length: int) -> bytes:
        if _PREAD is not None:
            data = _PREAD(self._file.fileno(), length, offset)
        else:  # Windows
            with self._lock:
                self._file.seek(offset)
                data = self._file.read(length)
        if len(data) != length:
            raise FormatError(f"{self.info.name}.seg is shorter than its directory says")
        return data


def _md5_hash(key: bytes) -> int:
    try:
        from _md5 import md5  # CPython's own: hashlib would load OpenSSL (~4 MB of RSS)
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import md5
    return int(md5(key, usedforsecurity=False).hexdigest(), 16) & 0xFFFFFFFF


def _cdb_hash(key: bytes) -> int:
    h = 5381
    for c in key:
        h = (h + (h << 5)) & 0xFFFFFFFF ^ c
    return h


_HASHES = (_md5_hash, lambda key: crc32(key) & 0xFFFFFFFF, _cdb_hash)


class TermTable:
    """A segment's term index (``.trm``, an ``OrderedHashWriter`` file): term → term info."""

    def __init__(self, segment: SegmentFile):
        self._segment = segment
        self._base, length = segment.range(".trm")
        head = segment.read(self._base, 5)
        if head[:4] != b"HSH3":
            raise FormatError("unknown term index header")
        self._hash = _HASHES[head[4]]
        extras_length = _INT.unpack(segment.read(self._base + length - 4, 4))[0]
        extras_at = length - 4 - extras_length
        tables = segment.read(self._base + extras_at - 256 * _HASH_TABLE.size,
                              256 * _HASH_TABLE.size)
        self._tables = list(_HASH_TABLE.iter_unpack(tables))
        extras = _loads(segment.read(self._base + extras_at, min(extras_length, 1 << 16)))
        self._field_numbers = extras["fieldmap"]

    def lookup(self, field: str, term: str) -> bytes | None:
        """The term info bytes of a term, or None (``HashReader.ranges_for_key``)."""
        number = self._field_numbers.get(field)
        if number is None:
            return None
        key = struct.pack("!H", number) + term.encode("utf-8")
        key_hash = self._hash(key)
        table_at, slots = self._tables[key_hash & 255]
        if not slots:
            return None
        read, base = self._segment.read, self._base
        slot = (key_hash >> 8) % slots
        for _ in range(slots):
            slot_hash, item_at = _HASH_SLOT.unpack(
                read(base + table_at + slot * _HASH_SLOT.size, _HASH_SLOT.size))
            if not item_at:
                return None
            if slot_hash == key_hash:
                head = read(base + item_at, _HASH_LENGTHS.size + len(key))
                key_length, value_length = _HASH_LENGTHS.unpack_from(head)
                if key_length == len(key) and head[_HASH_LENGTHS.size:] == key:
                    return read(base + item_at + _HASH_LENGTHS.size + key_length,
                                value_length)
            slot = (slot + 1) % slots
        return None


def term_document_frequency(data: bytes) -> int:
    """How many documents of the segment hold the term, deleted ones included
    (``W3TermInfo``'s df), read without decoding the postings."""
    return _TERM_INFO.unpack_from(data)[2]


def parse_term_info(data: bytes) -> tuple[int, int] | tuple:
    """``W3TermInfo.from_bytes``: (offset, length) in the postings file, or the inlined
    (ids, weights, values) postings."""
    if data[0]:
        return _loads(data[_TERM_INFO.size:])
    offset = _LONG.unpack_from(data, _TERM_INFO.size)[0]
    length = _INT.unpack_from(data, _TERM_INFO.size + 8)[0]
    return offset, length


def decode_postings(raw: bytes, base: int = 0) -> tuple[array, array]:
    """(docnums, frequencies) of one posting list as ``W3PostingsWriter`` wrote it: a header
    magic, then blocks of pickled (count, …) info and zlib'd pickled (deltas, weights,
    values) tuples; a negative block length marks the last block. ``base`` is added to
    every docnum (a segment's first docnum in a snapshot)."""
    ids, freqs = array("i"), array("I")
    stream = io.BytesIO(raw)
    pos = 4
    while True:
        block_length = _INT.unpack_from(raw, pos)[0]
        pos += 4
        end = pos + abs(block_length)
        stream.seek(pos)
        count, _, _, compression, _, _ = pickle.load(stream)
        data = raw[stream.tell():end]
        deltas, weights, values = pickle.loads(zlib.decompress(data) if compression
                                               else data)
        # Each block restarts from docnum 0 (its first delta is its first docnum).
        ids.fromlist(list(accumulate(deltas, initial=base))[1:] if base else
                     list(accumulate(deltas)))
        if isinstance(values, bytes):  # Frequency: big-endian uint32 counts
            block = array("I", values)
            if _LITTLE_ENDIAN:
                block.byteswap()
            freqs.extend(block)
        elif weights is None:
            freqs.extend([1] * count)
        elif isinstance(weights, float):
            freqs.extend([int(weights)] * count)
        else:
            freqs.extend(map(int, weights))
        pos = end
        if block_length < 0:
            return ids, freqs


class BytesColumn:
    """A ``VarBytesColumn`` of a segment (``VarBytesColumn.Reader``): per-document offsets
    and lengths kept as compact arrays, values read on demand."""

    def __init__(self, segment: SegmentFile, field: str):
        self.segment = segment
        self.base, length = segment.range(f".{field}.col")
        count = segment.info.doc_count
        last = length - 1
        code = chr(segment.read(self.base + last, 1)[0])
        offsets = None
        if code == "X":  # offsets were written too
            code, offsets_code = segment.read(self.base + last - 2, 2).decode("ascii")
            size = struct.calcsize(offsets_code)
            last = last - 2 - count * size
            offsets = self._array(offsets_code, last, count)
        lengths = self._array(code, last - struct.calcsize(code) * count, count)
        if offsets is None:
            offsets = array("q", accumulate(lengths, initial=0))[:-1] if count else \
                array("q")
        self.offsets, self.lengths = offsets, lengths

    def _array(self, code: str, at: int, count: int) -> array:
        values = array(code, self.segment.read(self.base + at, count * array(code).itemsize))
        if _LITTLE_ENDIAN:
            values.byteswap()
        return values

    def value(self, docnum: int) -> bytes:
        return self.segment.read(self.base + self.offsets[docnum], self.lengths[docnum])


def stored_fields(column: BytesColumn, docnum: int) -> dict:
    """A document's stored fields (``STORED_COLUMN``: zlib'd pickles of a dict)."""
    data = column.value(docnum)
    return _loads(zlib.decompress(data)) if data else {}


def read_catalog(folder: Path) -> dict[str, str]:
    """id → content hash of every live document of the latest generation, from each
    segment's catalog column in one read and one split (``schema.catalog_value``)."""
    result: dict[str, str] = {}
    generation = latest_generation(folder)
    if generation < 0:
        return result
    for info in read_toc(folder, generation):
        segment = SegmentFile(folder, info)
        try:
            column = BytesColumn(segment, "catalog")
            data = segment.read(column.base, sum(column.lengths))
        finally:
            segment.close()
        lines = data.decode("utf-8").split("\n")
        if len(lines) != info.doc_count + 1:
            raise ValueError("catalog column does not have one entry per document")
        for docnum in sorted(info.deleted, reverse=True):
            del lines[docnum]
        result.update(line.split("\0", 1) for line in lines[:-1])
    return result
