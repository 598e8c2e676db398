"""Recently read (issue 19): File → Recently Read lists the articles last read (from
``library.shelf``, newest first); choosing one shows it where it is open, else in the
active pane. Ctrl+R opens the list at the reading pane."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QWidget

from reader.core.library.facade import ShelfError
from reader.ui.context import AppContext
from reader.ui.i18n import translate

RECENT_COUNT = 10


class RecentMenu(QMenu):
    def __init__(self, context: AppContext, open_article: Callable[[str], object],
                 parent: QWidget | None = None):
        super().__init__(translate("recent_menu", "Recently &Read"), parent)
        self.context = context
        self.open_article = open_article
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        self.clear()
        library = self.context.library
        try:
            recent = library.shelf.recently_read(RECENT_COUNT)
        except ShelfError as exc:
            self.addAction(str(exc)).setEnabled(False)
            return
        titles = {a.id: a.title for a in library.articles.all()}
        recent = [a for a in recent if a in titles]  # a file gone is not offered
        for number, article in enumerate(recent, start=1):
            title = titles[article].replace("&", "&&")
            action = self.addAction(f"&{number % 10} {title}" if number <= 10 else title)
            action.triggered.connect(lambda _=False, a=article: self.open_article(a))
        if not recent:
            self.addAction(translate("recent_menu", "Nothing read yet")).setEnabled(False)

    def show_at(self, widget: QWidget) -> None:
        self.popup(widget.mapToGlobal(QPoint(40, 40)))
