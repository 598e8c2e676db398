"""The core never imports Qt: scripts, the CLI and tests use it without a display."""
import pkgutil
import subprocess
import sys

import reader.core


def test_importing_every_core_module_loads_no_pyside6():
    modules = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
    assert "reader.core.library.facade" in modules and "reader.core.search.index" in modules
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'shiboken6')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_cli_list_loads_no_pyside6(tmp_path):
    code = ("import sys\nfrom reader.cli import main\n"
            f"main(['list', '--json', '--data-dir', {str(tmp_path)!r}])\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n")
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
