"""View ▸ Language: choose the interface language (or follow the system) and relabel the
window at once.

Menus, actions and docks are relabelled from the tables in ``actions.py`` (their English
text is the message id). Every other label, button, placeholder, tooltip, combo item and
tab of the window is relabelled by looking its current text up in the catalogue of the
language it was shown in (``.ts`` source → message), then translating that message again;
text that is not a catalogue message (an article title, a count being updated) is left to
the next update of its widget."""
from __future__ import annotations

from functools import lru_cache
from xml.etree import ElementTree

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu,
                               QTabWidget, QWidget)

from reader.ui.actions import ACTIONS, DOCKS, MENUS
from reader.ui.i18n import (I18N_DIR, LANGUAGES, TRANSLATED, apply_language, current_language,
                            translate, without_accelerator)


@lru_cache(maxsize=None)
def catalogue(language: str) -> dict[str, tuple[str, str]]:
    """Shown text in a language → (context, English source). English maps to itself."""
    result: dict[str, tuple[str, str]] = {}
    for code in ([language] if language in TRANSLATED else TRANSLATED):
        path = I18N_DIR / f"reader_{code}.ts"
        if not path.exists():
            continue
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                shown = source if language not in TRANSLATED else \
                    (message.findtext("translation") or source)
                result.setdefault(shown, (name, source))
    return result


def relabel(text: str, old: str) -> str | None:
    """The text in the language now in force, or None when it is no catalogue message."""
    found = catalogue(old).get(text)
    return translate(*found) if found else None


class LanguageMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        bar = window.menuBar().actions()
        self.menu_sources: list[tuple[QMenu, str]] = []
        for (title, items), bar_action in zip(MENUS, bar):
            self._collect(bar_action.menu(), title, items)
        view = bar[[title for title, _ in MENUS].index("&View")].menu()
        self.menu = QMenu(translate("LanguageMenu", "&Language"), view)
        theme = next(a for a in view.actions() if a.menu() is not None)
        view.insertMenu(view.actions()[view.actions().index(theme) + 1], self.menu)
        group = QActionGroup(self)
        chosen = window.settings["view/language"]
        self.system_action = self._add(group, translate("LanguageMenu", "Follow System"), "",
                                       chosen)
        for code, name in LANGUAGES.items():
            self._add(group, name, code, chosen)

    def _collect(self, menu: QMenu, title: str, items) -> None:
        self.menu_sources.append((menu, title))
        submenus = [a.menu() for a in menu.actions() if a.menu() is not None]
        for item in items:
            if isinstance(item, tuple):
                shown = translate("actions", item[1])
                match = next((m for m in submenus if m.title() == shown), None)
                if match is not None:
                    self._collect(match, item[1], item[2])

    def _add(self, group: QActionGroup, text: str, code: str, chosen: str) -> QAction:
        action = QAction(text, self.menu, checkable=True)
        action.setData(code)
        action.setChecked(code == chosen)
        action.triggered.connect(lambda _=False, c=code: self.choose(c))
        group.addAction(action)
        self.menu.addAction(action)
        return action

    def choose(self, code: str) -> None:
        old = current_language()
        self.window.settings["view/language"] = code
        if apply_language(code) != old:
            self.retranslate(old)

    def retranslate(self, old: str) -> None:
        window = self.window
        for spec in ACTIONS:
            action = window.action(spec.id)
            action.setText(translate("actions", spec.text))
            if spec.toolbar:
                action.setIconText(without_accelerator(action.text()))
            if spec.tip:
                action.setToolTip(translate("actions", spec.tip))
        for menu, title in self.menu_sources:
            menu.setTitle(translate("actions", title))
        for spec in DOCKS:
            window.docks[spec.id].setWindowTitle(translate("actions", spec.title))
        self.menu.setTitle(translate("LanguageMenu", "&Language"))
        self.system_action.setText(translate("LanguageMenu", "Follow System"))
        window.zoom_label.setText(window._zoom_text())
        for widget in [window, *window.findChildren(QWidget)]:
            _relabel_widget(widget, old)


def _relabel_widget(widget: QWidget, old: str) -> None:
    def swap(getter, setter):
        new = relabel(getter(), old)
        if new is not None:
            setter(new)
    swap(widget.toolTip, widget.setToolTip)
    swap(widget.windowTitle, widget.setWindowTitle)
    if isinstance(widget, (QLabel, QAbstractButton)):
        swap(widget.text, widget.setText)
    elif isinstance(widget, QLineEdit):
        swap(widget.placeholderText, widget.setPlaceholderText)
    elif isinstance(widget, QGroupBox):
        swap(widget.title, widget.setTitle)
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            swap(lambda i=index: widget.itemText(i), lambda t, i=index: widget.setItemText(i, t))
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            swap(lambda i=index: widget.tabText(i), lambda t, i=index: widget.setTabText(i, t))
    elif isinstance(widget, QMenu) and widget.property("i18n_skip") is None:
        swap(widget.title, widget.setTitle)
