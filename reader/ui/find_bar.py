"""Find in the open article (Ctrl+F): same folding and syntax as library search."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget
from reader.ui.i18n import translate


class FindBar(QWidget):
    queryChanged = Signal(str)
    nextRequested = Signal()
    previousRequested = Signal()
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(placeholderText=translate("find_bar", "Find in article…"))
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel("")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setMinimumWidth(90)
        previous_button = QToolButton(text="▲", toolTip=translate("find_bar", "Previous match (Shift+F3)"))
        next_button = QToolButton(text="▼", toolTip=translate("find_bar", "Next match (F3)"))
        close_button = QToolButton(text="✕", toolTip=translate("find_bar", "Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(translate("find_bar", "Find:")))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(previous_button)
        layout.addWidget(next_button)
        layout.addWidget(close_button)
        self.edit.textChanged.connect(self.queryChanged)
        self.edit.returnPressed.connect(self.nextRequested)
        next_button.clicked.connect(self.nextRequested)
        previous_button.clicked.connect(self.previousRequested)
        close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        if self.edit.text():
            self.queryChanged.emit(self.edit.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def set_status(self, text: str) -> None:
        self.count_label.setText(text)
