"""Light, dark and follow-the-system themes (Fusion style with a palette)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2e",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f22",
    QPalette.ColorRole.AlternateBase: "#2a2a2e",
    QPalette.ColorRole.Text: "#e8e6e3",
    QPalette.ColorRole.Button: "#323236",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#3a3a3f",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    QPalette.ColorRole.Link: "#8ab4f8",
}
_LIGHT_BASE = "#fdfcf8"
FOCUS_RING = ("QLineEdit:focus, QAbstractItemView:focus, QTextBrowser:focus "
              "{ border: 2px solid palette(highlight); }")  # a warm paper white for long reading


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return bool(scheme and scheme() == Qt.ColorScheme.Dark)


def effective_theme(name: str) -> str:
    if name == "system":
        return "dark" if system_prefers_dark() else "light"
    return name if name in THEMES else "light"


def apply_theme(app: QApplication, name: str) -> str:
    """Apply a theme; returns the one in effect ("light" or "dark")."""
    theme = effective_theme(name)
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    palette = fusion.standardPalette() if fusion is not None else QPalette()
    if theme == "dark":
        for role, color in _DARK.items():
            palette.setColor(role, QColor(color))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text,
                         QColor("#777777"))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                         QColor("#777777"))
    else:
        palette.setColor(QPalette.ColorRole.Base, QColor(_LIGHT_BASE))
    app.setPalette(palette)
    # Focus is always visible (issue 18): a ring in the highlight colour on focused fields
    # and lists; Fusion already draws focus frames on buttons and combo boxes.
    app.setStyleSheet(FOCUS_RING)
    return theme
