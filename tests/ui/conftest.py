import pytest
from PySide6.QtCore import QSettings

from reader.core.library.facade import Library
from reader.ui import i18n
from reader.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_interface(monkeypatch):
    """Tests read English labels whatever the machine's locale; a test that switches the
    language leaves English behind (the translators are application-wide)."""
    monkeypatch.setattr(i18n, "resolve", lambda setting: setting if setting in
                        i18n.LANGUAGES else "en")
    yield
    i18n.apply_language("en")


@pytest.fixture
def make_window(qtbot, seeds_dir, data_dir):
    """Build a main window the way the app does; the library loads in a worker."""
    windows = []

    def factory(root=None, load=True) -> MainWindow:
        library = Library(root or seeds_dir, data_dir)
        settings = QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if load:
            with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
                window.start_loading()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        qtbot.waitUntil(window.tasks.idle, timeout=30000)
        window.tasks.shutdown()
