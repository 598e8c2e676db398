"""What panels and controllers get at construction instead of the main window: the
library (which changes when the user opens another folder), typed settings, the task
runner, and a way to tell the user something. They talk back through signals."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.library.facade import Library
from reader.ui.settings import Settings
from reader.ui.tasks import TaskRunner


class AppContext(QObject):
    libraryChanged = Signal()
    message = Signal(str, int)      # status-bar text, milliseconds (0: until replaced)

    def __init__(self, library: Library, settings: Settings, tasks: TaskRunner,
                 dialog_parent: Callable[[], QWidget | None] = lambda: None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.tasks = tasks
        self._dialog_parent = dialog_parent

    @property
    def dialog_parent(self) -> QWidget | None:
        return self._dialog_parent()

    def switch_library(self, library: Library) -> None:
        """Use another library (the caller closes the old one's handles)."""
        self.library = library
        self.libraryChanged.emit()

    def show_message(self, text: str, milliseconds: int = 0) -> None:
        self.message.emit(text, milliseconds)

    def warn(self, title: str, text: str, details: str = "") -> None:
        """A non-blocking warning: background failures never stop the window."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Ok, self.dialog_parent)
        if details:
            box.setDetailedText(details)
        box.open()
