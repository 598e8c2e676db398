"""Edit a highlight's note (Markdown, previewed safely), tags and colour."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QSplitter, QTextBrowser, QVBoxLayout)

from reader.core.library.facade import COLORS
from reader.core.library.facade import render_note
from reader.ui.i18n import translate


class NoteDialog(QDialog):
    def __init__(self, quote: str, note: str = "", tags=(), color: str = "yellow",
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("note_dialog", "Note"))
        self.resize(640, 420)
        quote_label = QLabel(quote if len(quote) < 300 else quote[:300] + "…")
        quote_label.setObjectName("note-quote")
        quote_label.setTextFormat(Qt.TextFormat.PlainText)  # the file's words, never markup
        quote_label.setWordWrap(True)
        quote_label.setStyleSheet("font-style: italic; padding: 4px;")
        self.editor = QPlainTextEdit(note)
        self.editor.setPlaceholderText(translate("note_dialog", "Markdown: **bold**, *italic*, lists, [links](https://…)"))
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.tags_edit = QLineEdit(", ".join(tags))
        self.tags_edit.setPlaceholderText(translate("note_dialog", "tags, separated by commas"))
        self.color_combo = QComboBox()
        for name in COLORS:
            self.color_combo.addItem(name, name)
        self.color_combo.setCurrentIndex(COLORS.index(color) if color in COLORS else 0)
        splitter = QSplitter()
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        form = QFormLayout()
        form.addRow(translate("note_dialog", "Tags"), self.tags_edit)
        form.addRow(translate("note_dialog", "Colour"), self.color_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(quote_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.editor.textChanged.connect(self._render)
        self._render()
        self.editor.moveCursor(QTextCursor.MoveOperation.End)  # continue an existing note
        self.editor.setFocus()

    def _render(self) -> None:
        self.preview.setHtml(render_note(self.editor.toPlainText()))

    @property
    def note(self) -> str:
        return self.editor.toPlainText().strip()

    @property
    def tags(self) -> list[str]:
        return [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]

    @property
    def color(self) -> str:
        return self.color_combo.currentData()
