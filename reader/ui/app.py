"""GUI entry point."""
from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import __version__
from reader.core.library import Library
from reader.core.opencc_bridge import distribution_check
from reader.ui.fonts import RESOURCES, available_cjk_family, register_bundled_fonts
from reader.ui.main_window import MainWindow, start_after_first_paint
from reader.ui.theme import apply_theme


def settings_for(library: Library) -> QSettings:
    """UI state lives in the data dir too, so --data-dir isolates everything."""
    return QSettings(str(library.data_dir / "ui.ini"), QSettings.Format.IniFormat)


def create_window(library: Library) -> MainWindow:
    window = MainWindow(library, settings_for(library))
    icon = RESOURCES / "icons" / "reader.svg"
    if icon.exists():
        window.setWindowIcon(QIcon(str(icon)))
    return window


def run_gui(library: str | None = None, data_dir: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reader")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("reader")
    app.setDesktopFileName("reader")
    register_bundled_fonts()
    try:
        lib = Library(library, data_dir)
    except OSError as exc:
        QMessageBox.critical(None, "Reader", f"Cannot use the data folder:\n{exc}")
        return 2
    window = create_window(lib)
    apply_theme(app, str(window.settings.value("view/theme", "system")))
    window.show()
    problem = distribution_check()
    if problem:
        QMessageBox.warning(window, "Reader", problem)
    if available_cjk_family() is None:
        window.statusBar().showMessage(
            "No Chinese font found: install fonts-wqy-microhei or fonts-noto-cjk "
            "(make run does this).", 15000)
    start_after_first_paint(window)
    return app.exec()
