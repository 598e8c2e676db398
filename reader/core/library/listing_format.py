"""How the catalog keeps a library's last listing: one value, cheap to read (issue 15).

A warm start reads the listing of every article before the list paints, so its decoding is
on the reader's clock: ``marshal`` (C, built in) of plain values — a location list, one
dict of ArticleInfo fields per article (made into the ArticleInfo by taking the dict as
it is), the copies — is about twice as fast as JSON and its per-entry Python. marshal
trusts what it is given, so the value carries a checksum and the field names it was
written with: anything damaged, cut, from another Reader or of another shape decodes to
an error, never a crash, and the caller lists the library from its files instead.

Listings written as JSON by earlier versions are still read (``decode`` takes both)."""
from __future__ import annotations

import json
import marshal
import os
import zlib
from dataclasses import fields
from pathlib import Path

from reader.core.library.collector import collector_paused
from reader.core.models import ArticleInfo

MAGIC = b"RLS1"   # Reader listing, format 1
MARSHAL_VERSION = 4   # pinned: readable by every Python Reader supports
#: The fields kept per article (``copies`` is worked out again on loading, ``pending`` is
#: empty: a listing is saved when every entry is exact).
FIELDS = tuple(f.name for f in fields(ArticleInfo) if f.name not in ("copies", "pending"))
#: Fields with few distinct values: written once each and shared on reading (marshal keeps
#: an object met twice as a reference).
_SHARED = ("language", "script", "date", "encoding", "damaged")

Entry = tuple[str, ArticleInfo, "tuple | None"]


class ListingError(ValueError):
    """A kept listing that cannot be used (damaged, cut, or of another shape)."""


def encode(entries: list[tuple[Path | str, ArticleInfo, tuple | None]]) -> bytes:
    """(location, info without copies, its copies — None when it is itself a copy) each."""
    shared: dict = {}
    locations, infos, copies = [], [], []
    for location, info, its_copies in entries:
        values = {name: getattr(info, name) for name in FIELDS}
        for name in _SHARED:
            values[name] = shared.setdefault(values[name], values[name])
        values["copies"], values["pending"] = (), ()
        locations.append(os.fspath(location))
        infos.append(values)
        copies.append(None if its_copies is None else tuple(its_copies))
    payload = marshal.dumps((FIELDS, locations, infos, copies), MARSHAL_VERSION)
    return MAGIC + zlib.crc32(payload).to_bytes(4, "little") + payload


def decode(stored: bytes | str) -> list[Entry]:
    """The entries ``encode`` was given (locations as text); ListingError when unusable."""
    if isinstance(stored, str):
        return _decode_json(stored)
    stored = bytes(stored)
    if stored[:4] != MAGIC:
        raise ListingError("listing of an unknown format")
    payload = memoryview(stored)[8:]
    if zlib.crc32(payload) != int.from_bytes(stored[4:8], "little"):
        raise ListingError("listing damaged (checksum)")
    try:
        with collector_paused():
            return _entries(*marshal.loads(payload))
    except (ValueError, TypeError, EOFError) as exc:   # ListingError is a ValueError
        raise ListingError(str(exc)) from exc


def _entries(names: tuple, locations: list, infos: list, copies: list) -> list[Entry]:
    """The ArticleInfos take the dicts as they are (their names were made displayable
    when first made; nothing per field: 10,000 of them a start)."""
    if names != FIELDS:
        raise ListingError("listing of another shape")
    if not len(locations) == len(infos) == len(copies):
        raise ListingError("listing cut")
    new, take = object.__new__, object.__setattr__
    articles = [new(ArticleInfo) for _ in infos]
    for article, values in zip(articles, infos):
        take(article, "__dict__", values)
    return list(zip(locations, articles, copies))


def _decode_json(stored: str) -> list[Entry]:
    """A listing written by an earlier Reader (one JSON list per article)."""
    try:
        return [(entry[0], _stored_info(entry[1:-1]),
                 None if entry[-1] is None else tuple(entry[-1]))
                for entry in json.loads(stored)]
    except (ValueError, TypeError, IndexError) as exc:
        raise ListingError(str(exc)) from exc


def _stored_info(values: list) -> ArticleInfo:
    if len(values) != len(FIELDS):
        raise ValueError("listing entry of another shape")
    info = object.__new__(ArticleInfo)
    info.__dict__.update(zip(FIELDS, values), copies=(), pending=())
    return info
