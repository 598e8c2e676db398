"""The Qt binding must not leak or drop references on calls the app makes thousands of times
(PySide6 6.12.0 decrefs None on void methods under Python 3.11 and aborts: pinned out)."""
import sys

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit


def test_void_methods_keep_none_alive(qtbot):
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("阿里巴巴国际站 " * 200)
    cursor = QTextCursor(edit.document())
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for i in range(3000):
        cursor.setPosition(i % 100)
        cursor.setPosition(i % 100 + 5, QTextCursor.MoveMode.KeepAnchor)
        fmt.setBackground(QColor("#ffe680"))
        edit.verticalScrollBar().setValue(i % 50)
    assert sys.getrefcount(None) - before > -100
