"""Issue 11 item 12: the wheel carries the bundled articles, icon, desktop file and AppStream
metadata, and a fresh virtual environment that installs it gets a working ``reader`` that
opens the bundled library. Real build, real venv, real console script; to stay fast and
offline the wheel is built without build isolation and the fresh venv sees the already
installed dependencies through a .pth file (the wheel itself is installed with --no-deps)."""
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

_SKIP = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__",
                               ".pytest_cache", ".hypothesis", "tests", "bench", "docs")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source") / "reader"
    shutil.copytree(ROOT, source, ignore=_SKIP)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--no-index", "-q", "-w", str(out), str(source)], check=True,
                   capture_output=True, timeout=300)
    (built,) = out.glob("reader-*.whl")
    return built


def test_the_wheel_carries_seeds_icon_desktop_file_and_appstream_metadata(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for seed in SEEDS.glob("*.txt"):
        assert f"reader/_bundled/seeds/{seed.name}" in names
    for inside in ("resources/icons/reader.svg", "resources/reader.desktop",
                   "resources/io.github.reader.metainfo.xml"):
        assert f"reader/_bundled/{inside}" in names
    for lang in ("zh_CN", "zh_TW", "es"):  # the interface translations (issue 21)
        assert {f"reader/i18n/reader_{lang}.qm", f"reader/i18n/reader_{lang}.ts"} <= names
    assert "reader/core/text/script_chars.txt" in names  # the language of a glance (issue 15)
    data = {n.split(".data/data/", 1)[1] for n in names if ".data/data/" in n}
    assert data == {"share/applications/reader.desktop",
                    "share/icons/hicolor/scalable/apps/reader.svg",
                    "share/metainfo/io.github.reader.metainfo.xml"}


def test_appstream_metadata_and_desktop_file_are_valid():
    appstream = shutil.which("appstreamcli")
    if appstream is None:
        pytest.skip("appstreamcli is not installed")
    run = subprocess.run([appstream, "validate", "--no-net",
                          str(ROOT / "resources" / "io.github.reader.metainfo.xml")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    desktop = (ROOT / "resources" / "reader.desktop").read_text("utf-8")
    assert "Exec=reader" in desktop and "Icon=reader" in desktop


def test_a_fresh_venv_with_the_wheel_runs_reader_on_the_bundled_library(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig."
                                "get_paths()['purelib'])"], check=True, capture_output=True,
                               text=True).stdout.strip())
    # The dependencies, not Reader: .pth files in that folder (the checkout's editable
    # install among them) are not processed for a path added this way.
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                    "--no-deps", "--no-index", str(wheel)], check=True, capture_output=True,
                   timeout=300)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "READER_DATA_DIR")}
    env["HOME"] = str(tmp_path / "home")  # no remembered library: the bundled one opens
    reader = venv / "bin" / "reader"
    run = subprocess.run([str(reader), "list", "--json"], capture_output=True, text=True,
                         cwd=tmp_path, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    articles = json.loads(run.stdout)["articles"]
    assert sorted(a["path"] for a in articles) == sorted(p.name for p in SEEDS.glob("*.txt"))
    where = subprocess.run([str(python), "-c", "import reader.core.library.paths as p; "
                            "print(p.bundled_library()); print(p.bundled_resources())"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)
    library, resources = where.stdout.split()
    assert Path(library).is_relative_to(venv) and Path(resources).is_relative_to(venv)
    assert (Path(resources) / "icons" / "reader.svg").is_file()
    shown = subprocess.run([str(reader), "show", "000"], capture_output=True, text=True,
                           cwd=tmp_path, env=env, timeout=120)
    assert shown.returncode == 0 and shown.stdout.startswith("阿里巴巴")
