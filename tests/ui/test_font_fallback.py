"""Issue 11 item 12: a machine with no CJK font (a pip/pipx user's) gets the best installed
fallback and a one-line hint naming the font package, never silent boxes. Real fonts: a
child process sees only the fonts fontconfig is told about."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

_PROBE = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reader.ui.fonts import available_cjk_family, cjk_font_hint
print(available_cjk_family())
print(cjk_font_hint())
"""

_FONT_DIRS = {"latin only": ["/usr/share/fonts/truetype/dejavu"],
              "with a Chinese font": ["/usr/share/fonts/truetype/dejavu",
                                      "/usr/share/fonts/truetype/wqy"]}


def _probe(tmp_path: Path, dirs: list[str]) -> list[str]:
    conf = tmp_path / "fonts.conf"
    conf.write_text("<?xml version='1.0'?><!DOCTYPE fontconfig SYSTEM 'fonts.dtd'><fontconfig>"
                    + "".join(f"<dir>{d}</dir>" for d in dirs)
                    + f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                         env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip().split("\n")[-2:]


@pytest.mark.parametrize("case", list(_FONT_DIRS))
def test_hint_names_the_font_package_only_when_chinese_has_no_font(case, tmp_path):
    if not all(Path(d).is_dir() for d in _FONT_DIRS[case]):
        pytest.skip("the fonts this case needs are not installed")
    family, hint = _probe(tmp_path, _FONT_DIRS[case])
    if case == "latin only":
        assert family == "None"
        assert "fonts-noto-cjk" in hint and "\n" not in hint
    else:
        assert family.startswith("WenQuanYi") and hint == "None"
