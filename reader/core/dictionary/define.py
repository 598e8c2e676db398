"""What a lookup answers, for the CLI and the popup alike.

Chinese (any Han character in the query): the dictionary entries of the query when it is a
headword, else of the longest-match words it contains. Spanish (letters only): the lemma.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.dictionary import spanish
from reader.core.dictionary.cedict import Entry
from reader.core.dictionary.lookup import Dictionary, Segment
from reader.core.text.hanzi import HAN


@dataclass(frozen=True)
class Definition:
    query: str
    language: str                    # "zh", "es", or "" when neither applies
    words: tuple[Segment, ...] = field(default_factory=tuple)
    lemma: str = ""

    @property
    def entries(self) -> list[Entry]:
        return [entry for word in self.words for entry in word.entries]

    @property
    def found(self) -> bool:
        return bool(self.entries or self.lemma)

    def to_json(self) -> dict:
        payload = {"query": self.query, "language": self.language,
                   "entries": [e.to_json() for e in self.entries]}
        if self.language == "zh":
            payload["words"] = [{"word": w.text, "start": w.start, "end": w.end,
                                 "entries": [e.to_json() for e in w.entries]}
                                for w in self.words]
        if self.language == "es":
            payload["lemma"] = self.lemma
        return payload

    def vocabulary_fields(self) -> tuple[str, str]:
        """(reading, definition) to keep in the vocabulary."""
        if self.language == "es":
            return self.lemma, ""
        readings, senses = [], []
        for entry in self.entries:
            if entry.pinyin not in readings:
                readings.append(entry.pinyin)
            senses.extend(s for s in entry.definitions if s not in senses)
        if len(self.words) > 1:
            readings = [" ".join(w.entries[0].pinyin if w.entries else w.text
                                 for w in self.words)]
        return " / ".join(readings), "; ".join(senses)


def define(dictionary: Dictionary | None, query: str) -> Definition:
    """``dictionary`` may be None for a Spanish query (it is not needed)."""
    query = " ".join(query.split())
    if HAN.search(query):
        if dictionary is None:
            raise ValueError("a Chinese query needs the dictionary")
        return Definition(query, "zh", tuple(dictionary.explain(query)))
    if query and spanish.is_latin_word(query):
        return Definition(query, "es", (), spanish.lemma(query))
    return Definition(query, "")
