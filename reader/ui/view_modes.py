"""Focused reading (issue 18): hide every panel with one key and bring back the same ones,
full screen, and dock sizes that leave the text most of the room on a laptop screen."""
from __future__ import annotations

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

#: a dock never squeezes the panes below readable width, nor collapses to a sliver
DOCK_MIN_WIDTH = 180
DOCK_MAX_WIDTH = 420


def limit_dock(dock: QDockWidget) -> None:
    dock.setMinimumWidth(DOCK_MIN_WIDTH)
    dock.setMaximumWidth(DOCK_MAX_WIDTH)


def fit_to_screen(window: QMainWindow, width: int, height: int) -> None:
    """The first window fits the screen it opens on (a 1024×700 laptop too)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)


def tabify_docks(window: QMainWindow, docks: list[QDockWidget]) -> None:
    """Docks on one side share its full height as tabs, so that none is left one result
    high (issue 18); the first stays in front."""
    for dock in docks[1:]:
        window.tabifyDockWidget(docks[0], dock)
    docks[0].raise_()


class PanelsToggle:
    """Hides all docks and toolbars; the second call shows exactly those that were shown."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.hidden: list = []

    @property
    def panels_hidden(self) -> bool:
        return bool(self.hidden)

    def toggle(self) -> bool:
        """Returns whether the panels are hidden now."""
        if self.hidden:
            for widget in self.hidden:
                widget.show()
            self.hidden = []
            return False
        window = self.window
        self.hidden = [w for w in window.findChildren(QDockWidget) + window.findChildren(QToolBar)
                       if w.isVisible()]
        for widget in self.hidden:
            widget.hide()
        return True


def toggle_full_screen(window: QMainWindow) -> bool:
    if window.isFullScreen():
        window.showNormal()
        return False
    window.showFullScreen()
    return True


def menu_path(window: QMainWindow, action: QAction) -> str:
    """Where an action without a shortcut is reached from the keyboard: Alt+menu."""
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for sub in [menu] + [a.menu() for a in menu.actions() if a.menu()]:
            if action in sub.actions():
                return "Alt: " + " → ".join(t.replace("&", "") for t in (
                    menu.title(), *(() if sub is menu else (sub.title(),)), action.text()))
    return "—"
