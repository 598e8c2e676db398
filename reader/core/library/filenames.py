"""File names the OS can hold but UTF-8 cannot: Python gives their undecodable bytes as lone
surrogates (PEP 383). They stay that way wherever the file is opened (so the name round-trips)
and become U+FFFD wherever they are shown, stored as text or printed."""
from __future__ import annotations

import os


def name_bytes(name: str) -> bytes:
    """The bytes of a file name as the OS holds them."""
    return name.encode("utf-8", "surrogateescape")


def display_name(name: str) -> str:
    """The name for people and JSON: undecodable bytes as U+FFFD (idempotent)."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name_bytes_or_replace(name).decode("utf-8", "replace")


def name_bytes_or_replace(name: str) -> bytes:
    try:
        return name_bytes(name)
    except UnicodeEncodeError:  # a surrogate that no byte stands for (not from the OS)
        return name.encode("utf-8", "replace")


def storage_key(path: str | os.PathLike) -> str | bytes:
    """A database key for a path: the text itself, or its OS bytes when UTF-8 cannot hold it."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return name_bytes_or_replace(text)
