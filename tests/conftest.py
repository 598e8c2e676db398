import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

settings.register_profile("default", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")


@pytest.fixture
def seeds_dir(tmp_path) -> Path:
    """A private copy of the bundled articles (tests may add files to it)."""
    target = tmp_path / "library"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8")


# -- dictionary (issue 20) --------------------------------------------------------------------
@pytest.fixture(scope="session")
def cedict_cache(tmp_path_factory) -> Path:
    """The shipped CC-CEDICT's SQLite cache, built once per test session (~3 s)."""
    from reader.core.dictionary.lookup import Dictionary

    path = tmp_path_factory.mktemp("cedict") / "cedict.sqlite"
    Dictionary(path).close()
    return path


@pytest.fixture
def dictionary_data_dir(data_dir, cedict_cache) -> Path:
    """A data folder whose dictionary cache is already built."""
    target = data_dir / "dictionary"
    target.mkdir()
    shutil.copy(cedict_cache, target / "cedict.sqlite")
    return data_dir
