"""The one place that talks to OpenCC.

Reader depends on the official binding (PyPI ``opencc``, 1.1.x+ binary wheel). The
pure-Python ``opencc-python-reimplemented`` installs under the same import name and fails
half of OpenCC's own test suite, so a clash is reported instead of silently used.
"""
from __future__ import annotations

import re
import threading


#: Configurations Reader uses; every one is checked against OpenCC's upstream suite.
CONFIGS = ("s2t", "t2s", "s2tw", "tw2s", "s2twp", "tw2sp")

_local = threading.local()


def distribution_check() -> str | None:
    """A message if the imported ``opencc`` is not the official binding, else None."""
    from importlib import metadata

    import opencc

    try:
        version = metadata.version("opencc")
    except metadata.PackageNotFoundError:
        version = ""
    if not hasattr(opencc, "OpenCC") or not version or version.startswith("0."):
        return ("The installed 'opencc' module is not the official OpenCC binding "
                "(pip install 'opencc>=1.1'); conversions would be wrong.")
    return None


def _converter(config: str):
    # OpenCC converters are not documented as thread-safe: one per thread and config.
    cache = getattr(_local, "converters", None)
    if cache is None:
        cache = _local.converters = {}
    conv = cache.get(config)
    if conv is None:
        if config not in CONFIGS:
            raise ValueError(f"unsupported OpenCC configuration: {config}")
        import opencc  # imported on first use: the window paints before it loads

        conv = cache[config] = opencc.OpenCC(f"{config}.json")
    return conv


_SURROGATE = re.compile("[\ud800-\udfff]")


def convert(text: str, config: str) -> str:
    """``text`` converted; a long text goes through in pieces cut at line ends (no OpenCC
    rule spans one), so a worker holds the GIL a few milliseconds at a time and the window
    stays responsive (one call on a 5 MB novel held it ~300 ms, issue 14)."""
    if len(text) <= BATCH_CHARS:
        return _convert_piece(text, config)
    pieces = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + BATCH_CHARS)
        end = len(text) if end < 0 else end + 1
        pieces.append(_convert_piece(text[start:end], config))
        start = end
    return "".join(pieces)


#: About 16K characters convert in a few milliseconds.
BATCH_CHARS = 1 << 14


def _convert_piece(text: str, config: str) -> str:
    if not text:
        return text
    try:
        return _converter(config).convert(text)
    except UnicodeEncodeError:
        # Lone surrogates cannot reach the C++ library; U+FFFD keeps the length.
        return _converter(config).convert(_SURROGATE.sub("\ufffd", text))
