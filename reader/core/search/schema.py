"""The index schema: which fields Reader stores and how the searchable terms are made."""
from __future__ import annotations

import zlib

from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, STORED, FieldType, Schema
from whoosh.formats import Frequency
from whoosh.system import pack_uint

from reader.core.search.integrity import INDEX_VERSION  # noqa: F401 (bumped there)
from reader.core.text.folding import fold, index_terms



class TermCounts(FieldType):
    """A field indexed from folded text by ``index_terms`` (no analyzer pass)."""

    def __init__(self):
        self.format = Frequency()
        # Reader ranks with its own BM25 over phrase counts, so Whoosh need not store field
        # lengths with every posting (a quarter of the build time).
        self.scorable = False
        self.stored = False
        self.unique = False
        self.vector = None
        self.analyzer = None

    def index(self, value, **kwargs):
        counts = index_terms(value) if isinstance(value, str) else value
        for term, count in counts.items():
            yield term.encode("utf-8"), count, float(count), pack_uint(count)


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        path=STORED(),
        title=STORED(),
        hash=STORED(),
        folded=COLUMN(VarBytesColumn()),  # folded UTF-8, read per candidate to verify
        # "id NUL hash": what an update compares, without unpickling every stored document
        catalog=COLUMN(VarBytesColumn()),
        # zlib-compressed reading text, unpacked only for shown hits; a column, not a stored
        # field, so that Whoosh does not compress it a second time inside its pickles
        reading=COLUMN(VarBytesColumn()),
        terms=TermCounts(),
    )


def document_fields(doc_id: str, path: str, title: str, content_hash: str, text: str
                    ) -> dict:
    """The field values of one article, as Whoosh's writer and the bulk writer take them."""
    folded = fold(text)
    return dict(id=doc_id, path=path, title=title, hash=content_hash,
                folded=folded.encode("utf-8"), catalog=catalog_value(doc_id, content_hash),
                reading=zlib.compress(text.encode("utf-8"), 1), terms=folded)


def catalog_value(doc_id: str, content_hash: str) -> bytes:
    """One document's catalog entry. Ids and hashes hold neither NUL nor newline; the
    newline lets a whole segment's column be split in one call (``whoosh_files.read_catalog``)."""
    return f"{doc_id}\0{content_hash}\n".encode("utf-8")


def parse_catalog_value(value: bytes) -> tuple[str, str]:
    doc_id, _, content_hash = value.decode("utf-8").rstrip("\n").partition("\0")
    return doc_id, content_hash
