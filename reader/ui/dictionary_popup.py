"""The popup a lookup shows: the word in both scripts, pinyin, definitions; for Spanish the
lemma and a library search; "add to vocabulary". It only shows and emits: the controller
does the work."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from reader.core.library.facade import Definition
from reader.ui.i18n import translate


def definition_html(definition: Definition) -> str:
    """Rich text for a definition (every dictionary string escaped)."""
    parts = []
    if definition.language == "es":
        parts.append(f"<p><span style='font-size:x-large'>{escape(definition.query)}</span>"
                     f"</p><p>lemma: <b>{escape(definition.lemma)}</b></p>")
    for word in definition.words:
        if not word.entries:
            parts.append(f"<p><span style='font-size:large'>{escape(word.text)}</span> "
                         "<i>— " + translate("dictionary_popup", "not in the dictionary") + "</i></p>")
            continue
        for entry in word.entries:
            both = escape(entry.simplified)
            if entry.traditional != entry.simplified:
                both += f" · {escape(entry.traditional)}"
            senses = "".join(f"<li>{escape(s)}</li>" for s in entry.definitions)
            parts.append(f"<p><span style='font-size:x-large'>{both}</span>&nbsp;&nbsp;"
                         f"<b>{escape(entry.pinyin)}</b></p><ol>{senses}</ol>")
    if not parts:
        parts.append("<p><i>" + translate("dictionary_popup", "Nothing found for {query}.").format(
            query=escape(definition.query)) + "</i></p>")
    return "".join(parts)


class DictionaryPopup(QFrame):
    addRequested = Signal()
    searchRequested = Signal(str)   # a library query (Spanish: lemma OR word)

    def __init__(self, parent: QWidget | None = None):
        # A frameless, non-modal dialog rather than Qt.Popup: no keyboard or mouse grab, so
        # the reader keeps scrolling and selecting while it is open; Esc closes it.
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("dictionary-popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.definition: Definition | None = None
        self._query = ""
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setMinimumSize(340, 120)
        self.status = QLabel("")
        self.add_button = QPushButton(translate("dictionary_popup", "Add to vocabulary"))
        self.add_button.clicked.connect(self.addRequested)
        self.search_button = QPushButton(translate("dictionary_popup", "Search library"))
        self.search_button.clicked.connect(lambda: self.searchRequested.emit(self._query))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.resize(420, 300)

    def show_definition(self, definition: Definition, search_query: str,
                        at: QPoint | None = None) -> None:
        self.definition = definition
        self._query = search_query
        self.browser.setHtml(definition_html(definition))
        self.browser.document().setTextWidth(self.browser.viewport().width())
        content = self.browser.document().size().height()
        self.resize(self.width(), int(min(460, max(160, content + 70))))
        self.status.setText("")
        self.add_button.setEnabled(definition.found)
        self.search_button.setVisible(bool(search_query))
        self.search_button.setText(translate("dictionary_popup", "Search library for “{word}”").format(
            word=definition.lemma or definition.query))
        if at is not None:
            self.move(at)
        self.show()
        self.add_button.setFocus()

    def show_message(self, text: str, at: QPoint | None = None) -> None:
        """A message in place of a definition (e.g. while the dictionary loads)."""
        self.definition = None
        self.browser.setPlainText(text)
        self.status.setText("")
        self.add_button.setEnabled(False)
        self.search_button.hide()
        if at is not None:
            self.move(at)
        self.resize(self.width(), 160)
        self.show()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
