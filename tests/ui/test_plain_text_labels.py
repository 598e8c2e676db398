"""Issue 11 item 11: labels that show words from files or notes are plain text: a title
``<b>…</b><img src=…>`` is shown as those characters, never as bold text with an image."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from reader.ui.note_dialog import NoteDialog
from tests.ui.test_main_window import _click

MARKUP = '<b>Negrita</b><img src="http://evil.example/x.png"> título'


def _shows_markup_as_text(label: QLabel) -> bool:
    # A plain-text label lays out every character of the tags; rich text would not.
    plain = QLabel()
    plain.setTextFormat(Qt.TextFormat.PlainText)
    plain.setWordWrap(label.wordWrap())
    plain.setText(label.text())
    return (label.textFormat() == Qt.TextFormat.PlainText
            and label.sizeHint().width() >= plain.sizeHint().width() - 1)


def test_pane_title_from_a_file_is_plain_text(qtbot, make_window, seeds_dir):
    (seeds_dir / "markup.txt").write_text(
        MARKUP + "\n\n" + "Un artículo de la tienda con texto suficiente para leer. " * 5,
        "utf-8")
    window = make_window()
    article = _click(qtbot, window, "markup")
    container = window.workspace.containers[window.workspace.active_name]
    assert window.library.articles.info(article).title.startswith("<b>Negrita</b>")
    assert "<img" in container.title_label.text()
    assert _shows_markup_as_text(container.title_label)
    assert _shows_markup_as_text(container.status_label)
    assert _shows_markup_as_text(window.status_label)


def test_note_dialog_quote_is_plain_text(qtbot):
    dialog = NoteDialog(MARKUP, "nota")
    qtbot.addWidget(dialog)
    quote = dialog.findChild(QLabel, "note-quote")
    assert quote.text() == MARKUP and _shows_markup_as_text(quote)
