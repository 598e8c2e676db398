"""Help: the keyboard shortcuts list (F1) and the About box."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from reader import __version__
from reader.ui.view_modes import menu_path
from reader.ui.i18n import translate


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """Every action of the window: its keys, or where it is in the menus (issue 18)."""
    rows = []
    for action in window.actions():
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                         for s in action.shortcuts()) or menu_path(window, action)
        rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


def show_shortcuts(window: QMainWindow) -> None:
    rows = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>"
                   for name, keys in shortcut_rows(window))
    QMessageBox(QMessageBox.Icon.NoIcon, translate("help_dialogs", "Keyboard shortcuts"), f"<table>{rows}</table>",
                QMessageBox.StandardButton.Ok, window).open()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, translate("help_dialogs", "About Reader"),
                      f"<h3>Reader {__version__}</h3><p>" + translate(
                          "help_dialogs", "An offline reader for Chinese (simplified and "
                          "traditional) and Spanish articles.") + "</p>"
                      "<p>Search: Whoosh · Scripts: OpenCC · UI: Qt for Python</p>")
