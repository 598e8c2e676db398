"""The search query language and exact matching of a parsed query against a text.

Plain text means "contains this"; space-separated items must all be present (AND);
``"quoted phrase"`` keeps spaces; ``OR`` between items accepts either; ``-item`` excludes.
Matching works on folded text (see ``folding``), so offsets are reading-text offsets.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cached_property

from reader.core.text.folding import CJK_CLASS, SUBSTRING_RUN, WORD, fold, stems

LATIN_CHAR = f"[^\\W\\d_{CJK_CLASS}]"


class QuerySyntaxError(ValueError):
    """A message for the user about what is wrong with the query."""


@dataclass(frozen=True)
class Phrase:
    """One "contains this" unit, already folded."""

    text: str

    @cached_property
    def has_latin_words(self) -> bool:
        return bool(WORD.search(self.text))

    @cached_property
    def pattern(self) -> re.Pattern | None:
        """For phrases with Latin words: a regex where each word matches any inflection
        with the same stem (tienda ~ tiendas); CJK and punctuation match exactly and any
        run of spaces matches any run of non-word characters."""
        if not self.has_latin_words:
            return None
        parts = []
        pos = 0
        for m in re.finditer(r"\s+|" + WORD.pattern, self.text):
            parts.append(re.escape(self.text[pos:m.start()]))
            token = m.group()
            if token.isspace():
                parts.append(r"[\W_]+")
            else:
                prefix = re.escape(os.path.commonprefix([token, *stems(token)]) or token[:1])
                # The word's literal comes first and the "not inside a word" look-behind
                # after it (same matches): a pattern that starts with a literal is searched
                # for that literal, not tried at every position (50× faster on long texts).
                parts.append(f"{prefix}(?<!{LATIN_CHAR}{prefix}){LATIN_CHAR}*")
            pos = m.end()
        parts.append(re.escape(self.text[pos:]))
        return re.compile("".join(parts))

    def terms(self) -> list[tuple[str, ...]]:
        """Index terms every matching document has; each tuple is an OR of alternatives."""
        result: list[tuple[str, ...]] = []
        for run in SUBSTRING_RUN.findall(self.text):
            if len(run) == 1:
                result.append((run,))
            else:
                result.extend((run[i:i + 2],) for i in range(len(run) - 1))
        for word in WORD.findall(self.text):
            result.append(stems(word))
        return result

    def occurs_in(self, folded_text: str) -> bool:
        """Whether the phrase matches the text at least once (stops at the first match)."""
        if self.pattern is None:
            return self.text in folded_text
        return any(self._stems_agree(m.group()) for m in self.pattern.finditer(folded_text))

    def _stems_agree(self, matched: str) -> bool:
        found = [stems(w) for w in WORD.findall(matched)]
        return len(found) == len(self._wanted_stems) and \
            all(set(a) & set(b) for a, b in zip(found, self._wanted_stems))

    @cached_property
    def _wanted_stems(self) -> list[tuple[str, ...]]:
        return [stems(w) for w in WORD.findall(self.text)]

    def find_all(self, folded_text: str) -> list[tuple[int, int]]:
        if self.pattern is None:
            needle = self.text
            spans, start = [], folded_text.find(needle)
            while start >= 0:
                spans.append((start, start + len(needle)))
                start = folded_text.find(needle, start + len(needle))
            return spans
        return [m.span() for m in self.pattern.finditer(folded_text)
                if self._stems_agree(m.group())]


@dataclass(frozen=True)
class Query:
    groups: tuple[tuple[Phrase, ...], ...]   # AND of groups; each group is an OR
    excluded: tuple[Phrase, ...]
    source: str

    def match(self, folded_text: str) -> list[tuple[int, int]] | None:
        """Every match in the text, or None when the document does not satisfy the query."""
        for phrase in self.excluded:
            if phrase.find_all(folded_text):
                return None
        spans: list[tuple[int, int]] = []
        for group in self.groups:
            found = [span for phrase in group for span in phrase.find_all(folded_text)]
            if not found:
                return None
            spans.extend(found)
        return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _items(source: str) -> list[tuple[str, bool, bool]]:
    """(text, negated, is_operator) for each item of the query."""
    items: list[tuple[str, bool, bool]] = []
    i, n = 0, len(source)
    while i < n:
        if source[i].isspace():
            i += 1
            continue
        negated = source[i] == "-" and i + 1 < n and source[i + 1] == '"'
        if negated:
            i += 1
        if source[i] == '"':
            close = source.find('"', i + 1)
            if close < 0:
                raise QuerySyntaxError('A quote is not closed: add the closing ".')
            items.append((source[i + 1:close], negated, False))
            i = close + 1
            continue
        end = i
        while end < n and not source[end].isspace():
            end += 1
        word = source[i:end]
        i = end
        if word == "OR":
            items.append((word, False, True))
        elif word.startswith("-") and len(word) > 1:
            items.append((word[1:], True, False))
        else:
            items.append((word, False, False))
    return items


def parse_query(source: str) -> Query:
    items = _items(source)
    groups: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    join_next = False
    for i, (text, negated, is_operator) in enumerate(items):
        if is_operator:
            if not groups or join_next or i == len(items) - 1:
                raise QuerySyntaxError("OR needs a term on each side, e.g. 淘宝 OR 拼多多.")
            join_next = True
            continue
        phrase = Phrase(" ".join(fold(text).split()))
        if not phrase.text:
            if join_next:
                raise QuerySyntaxError("OR needs a term on each side.")
            continue
        if negated:
            if join_next:
                raise QuerySyntaxError("An excluded term (-term) cannot be part of OR.")
            excluded.append(phrase)
        elif join_next:
            groups[-1].append(phrase)
        else:
            groups.append([phrase])
        join_next = False
    if not groups:
        if excluded:
            raise QuerySyntaxError("Add at least one term to find; -term only excludes.")
        raise QuerySyntaxError("Type something to search for.")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded), source)


def find_in_text(text: str, query_text: str) -> list[tuple[int, int]]:
    """Every match of a query in one text (reading-text offsets). Raises QuerySyntaxError."""
    query = parse_query(query_text)
    return query.match(fold(text)) or []
