"""The library's entities, looked up by name, pinyin or id; query expansion for search."""
from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.entities import pinyin
from reader.core.entities.linker import Entity, node_of
from reader.core.text.folding import fold

_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
_OPERATOR = re.compile(r'["\-]|\bOR\b')


@dataclass(frozen=True)
class Alias:
    term: str        # what the reader typed
    chinese: str     # a Chinese name of the same entity
    entity: Entity
    reason: str      # "name" | "pinyin"


class EntityTable:
    def __init__(self, entities: list[Entity]):
        self.entities = entities
        self._by_id = {e.id: e for e in entities}
        self._by_node: dict[str, Entity] = {}
        self._readings: dict[str, list[tuple[str, Entity]]] | None = None
        for entity in entities:
            for name in entity.names:
                node = node_of(name)
                self._by_node.setdefault(node, entity)
                self._by_node.setdefault(node.replace(" ", ""), entity)

    @property
    def _by_reading(self) -> dict[str, list[tuple[str, Entity]]]:
        """Chinese names by their toneless pinyin, made when search first needs them: the
        pinyin table is large to load, and marks or alignment never need it."""
        if self._readings is None:
            readings: dict[str, list[tuple[str, Entity]]] = {}
            for entity in self.entities:
                for name in entity.names:
                    if _HAN.search(name):
                        for key in _reading_keys(fold(name)):
                            readings.setdefault(key, []).append((name, entity))
            self._readings = readings
        return self._readings

    def get(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)

    def entity_of(self, name: str) -> Entity | None:
        node = node_of(name)
        return self._by_node.get(node) or self._by_node.get(node.replace(" ", ""))

    def chinese_names(self, entity: Entity) -> list[str]:
        return [n for n in entity.names if _HAN.search(n)]

    def aliases(self, term: str) -> list[Alias]:
        """Chinese names that a Latin search term stands for: the entity it names
        (``Taobao`` → 淘宝), or names whose pinyin it spells (``tao xiao pu`` → 淘小铺)."""
        if _HAN.search(term) or len(term.replace(" ", "")) < 2:
            return []
        found: dict[str, Alias] = {}
        entity = self.entity_of(term)
        if entity is not None:
            for name in self.chinese_names(entity):
                found.setdefault(fold(name), Alias(term, name, entity, "name"))
        for syllables in pinyin.segmentations(term):
            if len(syllables) < 2:
                continue
            for name, named in self._by_reading.get("".join(syllables), ()):
                found.setdefault(fold(name), Alias(term, name, named, "pinyin"))
        return list(found.values())

    def expand_query(self, query: str) -> list[Alias]:
        """Aliases of a plain query (no quotes or operators: quoting opts out). The whole
        query is tried first (``tao xiao pu``), then each word on its own."""
        if _OPERATOR.search(query) or not query.strip():
            return []
        whole = self.aliases(query.strip())
        if whole:
            return whole
        words = query.split()
        if len(words) == 1:
            return []
        return [alias for word in words for alias in self.aliases(word)]


def _reading_keys(han: str) -> set[str]:
    """Toneless pinyin spellings of a Chinese name, every reading of every character
    (bounded: names are short)."""
    keys = {""}
    for ch in han:
        options = pinyin.readings(ch) or {ch}
        keys = {k + o for k in keys for o in options}
        if len(keys) > 64:
            keys = set(list(keys)[:64])
    return keys
