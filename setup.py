"""Packaging beyond what pyproject.toml can say: the bundled articles, icon, desktop file and
AppStream metadata travel inside the wheel (``reader/_bundled``), so ``pip``/``pipx``
installs open the bundled library; the desktop files also go to ``share/`` for menus."""
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("seeds", "resources")


class BuildWithBundledData(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the checkout
        target = Path(self.build_lib) / "reader" / "_bundled"
        for name in BUNDLED:
            shutil.copytree(ROOT / name, target / name, dirs_exist_ok=True)
        _release_translations(Path(self.build_lib) / "reader" / "i18n")


def _release_translations(folder: Path) -> None:
    """Compile the interface translations afresh when PySide6's lrelease is at hand (the
    .qm files committed beside the .ts sources ship otherwise)."""
    lrelease = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent))
    if not lrelease:
        return
    for source in sorted(folder.glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
                       check=False)


setup(
    cmdclass={"build_py": BuildWithBundledData},
    data_files=[
        ("share/applications", ["resources/reader.desktop"]),
        ("share/icons/hicolor/scalable/apps", ["resources/icons/reader.svg"]),
        ("share/metainfo", ["resources/io.github.reader.metainfo.xml"]),
    ],
)
