"""The window frame shown the moment Reader starts, before anything heavy is imported.

It has the main window's saved size and place and says what is happening; the full main
window replaces it as soon as it is built (about a tenth of a second later), so a slow
import or a large library never leaves the user looking at nothing.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QLabel, QMainWindow
from reader.ui.i18n import translate

DEFAULT_SIZE = (1420, 860)


def ui_settings(data_dir: Path) -> QSettings:
    """UI state lives in the data dir too, so --data-dir isolates everything."""
    return QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)


def show_frame(data_dir: Path) -> QMainWindow:
    frame = QMainWindow()
    frame.setWindowTitle(translate("startup", "Reader"))
    geometry = ui_settings(data_dir).value("window/geometry")
    if not (isinstance(geometry, QByteArray) and frame.restoreGeometry(geometry)):
        frame.resize(*DEFAULT_SIZE)
    label = QLabel(translate("startup", "Opening Reader…"))
    # A style-sheet property, not Qt.AlignmentFlag: the Qt namespace costs 14 ms to load.
    label.setStyleSheet("qproperty-alignment: AlignCenter; color: gray;")
    frame.setCentralWidget(label)
    frame.show()
    return frame
