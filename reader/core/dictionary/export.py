"""Vocabulary exports: CSV that Anki imports, and Markdown.

CSV columns (documented in docs/dictionary.md): ``front`` (the word), ``back`` (reading —
definitions), ``sentence`` (where it was met), ``source`` (article title, file and
reading-text offsets). The file starts with Anki's header lines (``#separator:comma``,
``#html:false``, ``#columns:…``) so Anki maps the columns without asking; other CSV readers
skip lines starting with ``#`` or see them as one-cell rows.
"""
from __future__ import annotations

import csv
import io

from reader.core.dictionary.vocabulary import VocabularyItem

CSV_COLUMNS = ("front", "back", "sentence", "source")


def back_of(item: VocabularyItem) -> str:
    if item.language == "es":
        return f"lemma: {item.reading}" + (f" — {item.definition}" if item.definition else "")
    parts = [p for p in (item.reading, item.definition) if p]
    return " — ".join(parts)


def source_of(item: VocabularyItem) -> str:
    where = f"{item.path}:{item.start}-{item.end}" if item.path else f"{item.start}-{item.end}"
    return f"{item.title} [{where}]" if item.title else where


def csv_export(items: list[VocabularyItem]) -> str:
    out = io.StringIO()
    out.write("#separator:comma\n#html:false\n#columns:" + ",".join(CSV_COLUMNS) + "\n")
    writer = csv.writer(out, lineterminator="\n")
    for item in items:
        writer.writerow([item.word, back_of(item), item.sentence.replace("\n", " "),
                         source_of(item)])
    return out.getvalue()


def parse_csv(text: str) -> list[dict[str, str]]:
    """Read an exported CSV back (Anki's header lines skipped)."""
    lines = [line for line in text.splitlines(keepends=True) if not line.startswith("#")]
    return [dict(zip(CSV_COLUMNS, row)) for row in csv.reader(lines) if row]


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_") \
        .replace("<", "&lt;").replace("\n", " ")


def markdown_export(items: list[VocabularyItem]) -> str:
    lines = ["# Vocabulary", ""]
    for item in items:
        heading = f"## {_md(item.word)}"
        if item.reading:
            heading += f" ({_md(item.reading)})"
        lines += [heading, ""]
        if item.language == "es" and item.reading:
            lines.append(f"- lemma: {_md(item.reading)}")
        for definition in filter(None, item.definition.split("; ") if item.language != "es"
                                 else [item.definition]):
            lines.append(f"- {_md(definition)}")
        if item.sentence:
            lines += ["", f"> {_md(item.sentence)}"]
        lines += ["", f"Source: {_md(source_of(item))}", ""]
    return "\n".join(lines).rstrip() + "\n"
