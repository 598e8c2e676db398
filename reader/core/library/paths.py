"""Where Reader keeps its data and finds its bundled library."""
from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "reader"


def default_data_dir() -> Path:
    env = os.environ.get("READER_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs  # only when no folder was given: keeps start-up light

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def bundled_library() -> Path:
    """The seeds shipped with Reader: next to the package in a checkout or editable install,
    else the copy installed under ``share/reader/seeds``."""
    here = Path(__file__).resolve().parents[3]  # reader/core/library/paths.py -> checkout
    candidates = [here / "seeds", Path(os.sys.prefix) / "share" / APP_NAME / "seeds"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def resolve_data_dir(explicit: str | os.PathLike | None) -> Path:
    path = Path(explicit).expanduser() if explicit else default_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path
