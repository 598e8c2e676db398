"""The window shown the moment Reader starts, before anything heavy is imported.

It has the main window's saved size and place and says what is happening. A library opened
before is listed in it at once (issue 15): the real library panel, filled from the catalog
(one read, no manager), in the library dock where the main window has it. The reader can
filter, sort, select and open from it while the rest of the window is built; the main
window then takes the panel over as it is (rows, selection, filter, focus) and replaces
the shell, and an article asked for meanwhile opens then.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow
from reader.ui.i18n import translate

if TYPE_CHECKING:
    from reader.core.library.facade import LastListing
    from reader.ui.library_panel import LibraryPanel

DEFAULT_SIZE = (1420, 860)
LIBRARY_DOCK = "library-dock"   # the main window's dock of the same name (actions.DOCKS)


def ui_settings(data_dir: Path) -> QSettings:
    """UI state lives in the data dir too, so --data-dir isolates everything."""
    return QSettings(str(data_dir / "ui.ini"), QSettings.Format.IniFormat)


class StartupShell(QMainWindow):
    """The frame: a placeholder where the panes will be, and the library list if known."""
    closedByUser = Signal()

    def __init__(self, data_dir: Path, listing: "LastListing | None" = None):
        super().__init__()
        self.setWindowTitle(translate("startup", "Reader"))
        self.library_panel: LibraryPanel | None = None
        #: (article id, pane name or None) the reader asked to open before the window was
        #: ready; the last one wins, as it would in the window.
        self.requested: tuple[str, str | None] | None = None
        self.handing_over = False
        self._focus = None   # the panel's widget that had the keyboard focus
        settings = ui_settings(data_dir)
        label = QLabel(translate("startup", "Opening Reader…"))
        # A style-sheet property, not Qt.AlignmentFlag: the Qt namespace costs 14 ms to load.
        label.setStyleSheet("qproperty-alignment: AlignCenter; color: gray;")
        self.setCentralWidget(label)
        if listing is not None:
            self._list(listing)
            state = settings.value("window/state")
            if isinstance(state, QByteArray):  # the dock where the main window keeps it
                self.restoreState(state)
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)

    def _list(self, listing: "LastListing") -> None:
        from PySide6.QtCore import Qt

        from reader.ui.library_panel import LibraryPanel

        panel = self.library_panel = LibraryPanel()
        panel.model.set_shelf(listing.shelf)
        panel.model.set_articles(listing.articles)
        panel.articleActivated.connect(lambda article: self._request(article, None))
        panel.openRequested.connect(self._request)
        for edit in self._edits(panel):   # they need the library's managers, not here yet
            edit.connect(self._not_yet)
        dock = QDockWidget(translate("actions", "Library"), self)
        dock.setObjectName(LIBRARY_DOCK)
        dock.setWidget(panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.resizeDocks([dock], [min(300, max(180, self.width() // 5))],
                         Qt.Orientation.Horizontal)

    @staticmethod
    def _edits(panel: "LibraryPanel") -> tuple:
        return (panel.titleEditRequested, panel.labelsEditRequested, panel.removeRequested,
                panel.restoreRequested)

    def _not_yet(self, _article: str) -> None:
        self.statusBar().showMessage(translate(
            "startup", "Reader is still opening: try this again in a moment."))

    def _request(self, article: str, pane: str | None) -> None:
        self.requested = (article, pane)
        self.statusBar().showMessage(translate("startup", "Opening Reader…"))

    def hand_over(self) -> "LibraryPanel | None":
        """The library panel for the main window (which reparents it); the shell closes
        once the window is shown (``close_after``)."""
        panel = self.library_panel
        if panel is not None:
            panel.articleActivated.disconnect()
            panel.openRequested.disconnect()
            for edit in self._edits(panel):
                edit.disconnect(self._not_yet)
            focus = QApplication.focusWidget()
            self._focus = focus if focus is not None and panel.isAncestorOf(focus) else None
        return panel

    def close_after(self, window: QMainWindow) -> None:
        """Close the shell now that ``window`` shows; the keyboard focus goes back where it
        was in the library panel (its filter or its table)."""
        self.handing_over = True
        self.close()
        if self._focus is not None:
            window.activateWindow()
            self._focus.setFocus()

    def closeEvent(self, event) -> None:
        if not self.handing_over:  # the reader closed Reader before it was ready
            self.closedByUser.emit()
        super().closeEvent(event)


def listing_reader(root: str | None, data_dir: Path) -> Callable[[], "LastListing | None"]:
    """Start reading the library's last listing on a thread (its SQLite reads leave the GUI
    thread free to import and set up meanwhile); the function returned waits for it."""
    from reader.core.library.facade import last_listing  # light: no manager imported
    result: dict = {}

    def read() -> None:
        try:
            result["listing"] = last_listing(root, data_dir)
        except OSError:
            pass  # the frame shows without the list; the load says what is wrong
    thread = threading.Thread(target=read, name="reader-last-listing", daemon=True)
    thread.start()

    def wait() -> "LastListing | None":
        thread.join()
        return result.get("listing")
    return wait


def show_frame(data_dir: Path,
               read_listing: Callable[[], "LastListing | None"] | None = None) -> StartupShell:
    """The frame, with the library list when a listing is being read (``listing_reader``)."""
    if read_listing is not None:
        import reader.ui.library_panel  # noqa: F401 (imported while the listing is read)
    frame = StartupShell(data_dir, read_listing() if read_listing is not None else None)
    frame.show()
    return frame
