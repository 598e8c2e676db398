"""The article's real headline when a page put an SEO phrase in front of it.

Spam titles look like ``<keyword phrase>(<real headline>)``. The evidence that the part in
parentheses is the headline is the article itself: its words (character bigrams) occur in
the body, while the prefix's hardly do (at most a quarter, and half as often as the inner's). A real title with a parenthesised note — 流量運營(認知篇)
— fails the test (the note is short, and the part outside is what the body talks about).
"""
from __future__ import annotations

import re

_WRAPPED = re.compile(r"^(?P<prefix>[^()（）]{2,40})[(（](?P<inner>[^()（）]{8,80})[)）]$")
_MIN_INNER_HITS = 0.3
_MAX_PREFIX_HITS = 0.25  # spam picks related keywords: a few may occur in the body


def _bigrams(text: str) -> set[str]:
    letters = [ch for ch in text.casefold() if ch.isalnum()]
    return {a + b for a, b in zip(letters, letters[1:])}


def seo_prefix(title: str, body: str) -> tuple[int, int] | None:
    """Characters to cut from the title's start and end to leave the headline, or None."""
    m = _WRAPPED.match(title)
    if not m:
        return None
    prefix, inner = m.group("prefix"), m.group("inner")
    if len(inner) <= len(prefix) // 2:
        return None
    body_grams = _bigrams(body)
    inner_grams, prefix_grams = _bigrams(inner), _bigrams(prefix)
    if not inner_grams or not prefix_grams:
        return None
    inner_hits = len(inner_grams & body_grams) / len(inner_grams)
    prefix_hits = len(prefix_grams & body_grams) / len(prefix_grams)
    if (inner_hits >= _MIN_INNER_HITS and prefix_hits <= _MAX_PREFIX_HITS
            and inner_hits >= 2 * prefix_hits):
        return m.start("inner"), len(title) - m.end("inner")
    return None
