"""Reading positions (a code point offset in the reading text, per article), shared by the
app and the CLI. Kept in memory while reading; written to ``positions.json`` only by
``save()`` (closing a pane or the window), never while scrolling."""
from __future__ import annotations

import json
import os
from pathlib import Path

POSITIONS_FILE = "positions.json"


class PositionManager:
    def __init__(self, data_dir: Path):
        self.path = data_dir / POSITIONS_FILE
        self._positions: dict[str, int] | None = None
        self._dirty = False

    def _all(self) -> dict[str, int]:
        if self._positions is None:
            try:
                raw = json.loads(self.path.read_text("utf-8"))
            except (OSError, ValueError):
                raw = {}
            self._positions = {str(k): int(v) for k, v in raw.items()
                               if isinstance(v, int) and v >= 0} if isinstance(raw, dict) \
                else {}
        return self._positions

    def get(self, article: str) -> int:
        return self._all().get(article, 0)

    def set(self, article: str, offset: int) -> None:
        positions = self._all()
        offset = max(0, int(offset))
        if positions.get(article) != offset:
            positions[article] = offset
            self._dirty = True

    def move(self, old_id: str, new_id: str) -> None:
        """A moved file keeps its place (issue 11); a position of the new id wins."""
        positions = self._all()
        if old_id in positions:
            offset = positions.pop(old_id)
            positions.setdefault(new_id, offset)
            self._dirty = True
            self.save()

    def known(self) -> bool:
        """Were any positions stored (used to migrate older app settings once)?"""
        return bool(self._all()) or self.path.exists()

    def save(self) -> None:
        if not self._dirty:
            return
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._all(), ensure_ascii=False, sort_keys=True), "utf-8")
        os.replace(tmp, self.path)
        self._dirty = False
