"""A bulk segment writer: many documents become one new segment in Whoosh's own format.

Whoosh's writer spends about 5 µs per posting in Python (pool, sort, one ``add_posting``
call each). Here each batch's term counts are inverted with numpy and every posting list
is encoded block by block exactly as ``W3PostingsWriter`` encodes it (same pickled block
tuples, same compression, same term info), so plain Whoosh reads the segment back
unchanged; stored fields and columns go through Whoosh's own per-document writer. The
caller holds the index's writer lock (``locking.writer_lock``); Whoosh's writer is opened
without taking it again.
"""
from __future__ import annotations

import pickle
import zlib
from itertools import chain, count

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.system import pack_ushort
from whoosh.util.numeric import length_to_byte
from whoosh.writing import MERGE_SMALL, SegmentWriter

from reader.core.search.batches import BULK_MIN_DOCUMENTS, BULK_SEGMENT_DOCUMENTS  # noqa: F401
from reader.core.text.folding import index_terms

_STORED_FIELDS = ("hash", "id", "path", "title")  # sorted, as Whoosh adds them
_COLUMN_FIELDS = ("catalog", "folded", "reading")


def merge_small_segments_only(writer, segments):
    """Whoosh's MERGE_SMALL, but never over bulk-sized segments: re-merging those would
    send every posting through the slow path again."""
    large = [s for s in segments if s.doc_count_all() >= BULK_MIN_DOCUMENTS]
    small = [s for s in segments if s.doc_count_all() < BULK_MIN_DOCUMENTS]
    return large + MERGE_SMALL(writer, small)


class BulkSegmentWriter:
    """Add documents (dicts from ``schema.document_fields``), then ``commit()`` once."""

    def __init__(self, ix):
        self._writer = SegmentWriter(ix, _lk=False)
        codec = self._writer.codec
        self._blocklimit = codec._blocklimit
        self._compression = codec._compression
        self._schema = self._writer.schema
        self._ids: list[str] = []
        self._term_lists: list = []
        self._count_lists: list = []

    def delete_by_id(self, doc_id: str) -> None:
        """Mark an older version of a document deleted (recorded in the same commit)."""
        self._writer.delete_by_term("id", doc_id)

    def add(self, fields: dict) -> None:
        writer, schema = self._writer, self._schema
        perdoc = writer.perdocwriter
        perdoc.start_doc(writer.docnum)
        for name in _STORED_FIELDS:
            perdoc.add_field(name, schema[name], fields[name], 0)
        for name in _COLUMN_FIELDS:
            field = schema[name]
            perdoc.add_column_value(name, field.column_type, field.to_column_value(fields[name]))
        perdoc.finish_doc()
        writer.docnum += 1
        counts = index_terms(fields["terms"])
        self._ids.append(fields["id"])
        self._term_lists.append(counts.keys())
        self._count_lists.append(counts.values())

    def __len__(self) -> int:
        return len(self._ids)

    def cancel(self) -> None:
        self._writer.cancel()

    def commit(self) -> None:
        writer = self._writer
        try:
            segments = merge_small_segments_only(writer, writer.segments)
            writer.perdocwriter.close()
            fieldwriter = writer.fieldwriter
            self._write_id_postings(fieldwriter)
            self._write_term_postings(fieldwriter)
            fieldwriter.close()
            writer.pool.cleanup()
            if self._ids:
                writer._assemble_segment()
                segments = segments + [writer.get_segment()]
            writer._commit_toc(segments)
        except BaseException:
            writer.cancel()
            raise
        writer._finish()

    # -- postings ---------------------------------------------------------------------------
    def _write_id_postings(self, fieldwriter) -> None:
        fieldwriter.start_field("id", self._schema["id"])
        docbase = self._writer.docbase
        for doc_id, docnum in sorted(zip(self._ids, count(docbase))):
            self._write_term(fieldwriter, doc_id.encode("utf-8"),
                             _Postings([docnum], [docnum], [1.0], None), 0, 1)
        fieldwriter.finish_field()

    def _write_term_postings(self, fieldwriter) -> None:
        field = self._schema["terms"]
        fieldwriter.start_field("terms", field)
        lengths = np.fromiter(map(len, self._term_lists), np.int64, len(self._term_lists))
        vocabulary: dict[str, int] = {}
        # setdefault with a running counter gives each new term a fresh id in C; ids of
        # repeated terms are skipped, so ids are unique but not contiguous.
        term_ids = np.fromiter(map(vocabulary.setdefault,
                                   chain.from_iterable(self._term_lists), count()),
                               np.int64, int(lengths.sum()))
        counts = np.fromiter(chain.from_iterable(self._count_lists), np.float64,
                             len(term_ids))
        self._term_lists = self._count_lists = []
        docbase = self._writer.docbase
        docnums = np.repeat(np.arange(docbase, docbase + len(lengths)), lengths)
        terms = sorted(vocabulary)  # code point order = UTF-8 byte order = Whoosh's order
        rank = np.empty(len(term_ids) + 1, np.int64)
        rank[np.fromiter((vocabulary[t] for t in terms), np.int64, len(terms))] = \
            np.arange(len(terms))
        ranks = rank[term_ids]
        order = np.argsort(ranks, kind="stable")  # docnums stay ascending within a term
        docnums, counts, ranks = docnums[order], counts[order], ranks[order]
        bounds = np.searchsorted(ranks, np.arange(len(terms) + 1))
        # Whoosh delta-encodes each block of a posting list from zero: compute all deltas
        # at once, restarting at every term's block boundaries.
        position = np.arange(len(docnums)) - np.repeat(bounds[:-1], np.diff(bounds))
        deltas = np.diff(docnums, prepend=0)
        block_starts = position % self._blocklimit == 0
        deltas[block_starts] = docnums[block_starts]
        values = counts.astype(">u4").tobytes() if field.format.fixed_value_size() else None
        postings = _Postings(docnums.tolist(), deltas.tolist(), counts.tolist(), values)
        value_size = field.format.fixed_value_size()
        bounds = bounds.tolist()
        for i, term in enumerate(terms):
            self._write_term(fieldwriter, term.encode("utf-8"), postings, bounds[i],
                             bounds[i + 1], value_size)
        fieldwriter.finish_field()

    def _write_term(self, fieldwriter, btext: bytes, postings: "_Postings", start: int,
                    end: int, value_size: int = 0) -> None:
        """One posting list, byte for byte what W3PostingsWriter writes for it."""
        postfile = fieldwriter._postfile
        start_offset = postfile.tell()
        postfile.write(WHOOSH3_HEADER_MAGIC)
        limit = self._blocklimit
        weights = postings.weights
        for block_start in range(start, end, limit):
            block_end = min(end, block_start + limit)
            block_weights = weights[block_start:block_end]
            lowest, highest = min(block_weights), max(block_weights)
            if lowest == highest == 1.0:
                mini_weights = None
            elif lowest == highest:
                mini_weights = lowest
            else:
                mini_weights = tuple(block_weights)
            values = None if not value_size else \
                postings.values[block_start * value_size:block_end * value_size]
            data = pickle.dumps((tuple(postings.deltas[block_start:block_end]), mini_weights,
                                 values), 2)
            if self._compression:
                data = zlib.compress(data, self._compression)
            info = pickle.dumps((block_end - block_start, postings.docnums[block_end - 1],
                                 highest, self._compression, length_to_byte(None),
                                 length_to_byte(0)), 2)
            block_length = len(info) + len(data)
            if block_end == end:
                block_length = -block_length  # the last block
            postfile.write_int(block_length)
            postfile.write(info)
            postfile.write(data)
        term_weights = weights[start:end]
        terminfo = W3TermInfo(weight=float(sum(term_weights)), df=end - start,
                              minlength=None, maxlength=0, maxweight=max(term_weights),
                              minid=postings.docnums[start], maxid=postings.docnums[end - 1])
        terminfo.set_extent(start_offset, postfile.tell() - start_offset)
        fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + btext, terminfo.to_bytes())


class _Postings:
    """Every posting of a field, sorted by term then document, as Python lists (slicing a
    list is far cheaper than many small numpy operations per term)."""

    __slots__ = ("docnums", "deltas", "weights", "values")

    def __init__(self, docnums: list, deltas: list, weights: list, values: bytes | None):
        self.docnums, self.deltas, self.weights, self.values = docnums, deltas, weights, values
