"""Where Reader keeps its data and finds its bundled library."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "reader"
#: The library's catalog in the data folder (what a start lists before any file is read).
CATALOG_FILE = "catalog.sqlite"


def default_data_dir() -> Path:
    env = os.environ.get("READER_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no folder was given: keeps start-up light

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _bundled(name: str) -> Path:
    """A folder shipped with Reader: in a checkout or editable install it is next to the
    package; a wheel carries it inside the package (``reader/_bundled``); an older install
    may have put it under ``share/reader``."""
    package = Path(__file__).resolve().parents[2]  # reader/core/library/paths.py -> reader
    candidates = [package.parent / name, package / "_bundled" / name,
                  Path(sys.prefix) / "share" / APP_NAME / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def bundled_library() -> Path:
    """The seeds shipped with Reader (the default library)."""
    return _bundled("seeds")


def bundled_resources() -> Path:
    """Icons, the desktop file, AppStream metadata (and fonts, if any are bundled)."""
    return _bundled("resources")


def resolve_data_dir(explicit: str | os.PathLike | None) -> Path:
    path = Path(explicit).expanduser() if explicit else default_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path
