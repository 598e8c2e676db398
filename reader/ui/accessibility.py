"""Accessible names and descriptions (issue 18): every control a screen reader can reach
says what it is. Controls named where they are built keep their name; the rest get one
from what a sighted user reads on or next to them (tooltip, placeholder, label, dock title)."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox,
                               QComboBox, QDockWidget, QLineEdit, QTextEdit, QWidget)

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QTextEdit)


def _dock_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDockWidget):
            return parent.windowTitle()
        parent = parent.parentWidget()
    return ""


def _guess(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return widget.placeholderText().rstrip("…. ")
    if isinstance(widget, QAbstractButton) and widget.text().strip("✕ "):
        return widget.text().replace("&", "").rstrip("…")
    if widget.toolTip():
        return widget.toolTip().split("(")[0].strip()
    if isinstance(widget, QComboBox) and widget.count():
        return f"{_dock_title(widget)} choice".strip()
    title = _dock_title(widget)
    kind = "list" if isinstance(widget, QAbstractItemView) else "field"
    return f"{title} {kind}".strip() or widget.objectName() or type(widget).__name__


def name_controls(root: QWidget) -> int:
    """Give every unnamed control under ``root`` a name and a description; returns how
    many were named here."""
    named = 0
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if not widget.accessibleName():
            widget.setAccessibleName(_guess(widget))
            named += 1
        if not widget.accessibleDescription():
            widget.setAccessibleDescription(widget.toolTip() or widget.accessibleName())
    return named
