"""The library's own small settings file (``library.json`` in the data dir): the default
library folder and the sources linked from outside it. Written atomically."""
from __future__ import annotations

import json
import os
import threading
from pathlib import Path

SETTINGS_FILE = "library.json"


class LibrarySettingsFile:
    def __init__(self, data_dir: Path):
        self.path = data_dir / SETTINGS_FILE

    def read(self) -> dict:
        try:
            return json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def write(self, settings: dict) -> None:
        # A name of its own per process: two Readers saving at once must not share it.
        tmp = self.path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(settings, ensure_ascii=False, indent=2), "utf-8")
        os.replace(tmp, self.path)

    def set_default_library(self, folder: str | os.PathLike) -> None:
        settings = self.read()
        settings["library"] = str(Path(folder).expanduser().resolve())
        self.write(settings)

    def linked(self) -> list[Path]:
        return [Path(p) for p in self.read().get("linked", [])]

    def link(self, items: list[Path]) -> None:
        """Remember sources outside the library folder (kept in place, not copied)."""
        settings = self.read()
        linked = settings.setdefault("linked", [])
        for item in items:
            if str(item) not in linked:
                linked.append(str(item))
        self.write(settings)
