"""The app's settings, declared once (name, type, default, description), read and written
typed, with a change signal. Stored in ``ui.ini`` (QSettings, INI format).

Settings written by release 0.x (schema 1: booleans as "true"/"false" text, reading
positions under ``positions/<article>``) are migrated once: positions move into the core
(``library.positions``, shared with the CLI) and ``meta/schema`` is set to 2."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

SCHEMA = 2


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple = ()


def _options(*options: Option) -> dict[str, Option]:
    return {option.name: option for option in options}


OPTIONS = _options(
    Option("view/sync", bool, True, "Scroll the two panes together"),
    Option("view/serif", bool, False, "Use a serif reading font"),
    Option("view/theme", str, "system", "Colour theme", ("system", "light", "dark")),
    Option("view/language", str, "", "Interface language (empty: the system's)",
           ("", "en", "zh_CN", "zh_TW", "es")),
    Option("reading/point_size", float, 13.0, "Reading font size in points"),
    Option("reading/caret", bool, False, "Caret browsing: select text with the keyboard"),
    Option("typography/zh", str, "", "Typography for Chinese (JSON; empty: defaults)"),
    Option("typography/es", str, "", "Typography for Spanish and others (JSON)"),
    Option("panes/active", str, "left", "The pane that had the focus", ("left", "right")),
    Option("panes/left/script", str, "original", "Script of the left pane"),
    Option("panes/right/script", str, "original", "Script of the right pane"),
    Option("panes/left/article", str, "", "Article shown in the left pane"),
    Option("panes/right/article", str, "", "Article shown in the right pane"),
    Option("panes/left/visible", bool, True, "Is the left pane shown"),
    Option("panes/right/visible", bool, False, "Is the right pane shown"),
    Option("panes/left/pinyin", bool, False, "Pinyin above the characters in the left pane"),
    Option("panes/right/pinyin", bool, False, "Pinyin above the characters in the right pane"),
    Option("annotations/scope", str, "article", "Annotations panel: this article or the "
           "whole library", ("article", "library")),
    Option("annotations/columns", bytes, None, "Annotations panel: column widths"),
    Option("export/folder", str, "", "Folder of the last export (empty: Documents)"),
    Option("window/geometry", bytes, None, "Window size and place"),
    Option("window/state", bytes, None, "Toolbars and docks"),
    Option("window/splitter", bytes, None, "Widths of the two panes"),
)

_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off", ""}


def convert(option: Option, raw: Any) -> Any:
    """A stored value as the option's type; the default when it cannot be one."""
    if raw is None:
        return option.default
    try:
        if option.type is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in _TRUE or text in _FALSE:
                return text in _TRUE
            return option.default
        if option.type is bytes:
            return raw if isinstance(raw, QByteArray) else option.default
        value = option.type(raw)
    except (TypeError, ValueError):
        return option.default
    if option.choices and value not in option.choices:
        return option.default
    return value


class Settings(QObject):
    changed = Signal(str, object)   # name, new value

    def __init__(self, store: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._cache: dict[str, Any] = {}

    def has(self, name: str) -> bool:
        return self.store.contains(name)

    def __getitem__(self, name: str) -> Any:
        if name not in self._cache:
            self._cache[name] = convert(OPTIONS[name], self.store.value(name))
        return self._cache[name]

    def __setitem__(self, name: str, value: Any) -> None:
        option = OPTIONS[name]
        value = convert(option, value)
        self.store.setValue(name, value)
        if self._cache.get(name, object()) != value:
            self._cache[name] = value
            self.changed.emit(name, value)

    def on_change(self, name: str, slot: Callable[[Any], None]) -> None:
        self.changed.connect(lambda changed, value: slot(value) if changed == name else None)

    def sync(self) -> None:
        self.store.sync()

    def migrate(self, set_position: Callable[[str, int], None]) -> bool:
        """Bring settings of an older release up to this schema, once. Returns whether
        anything was migrated."""
        if int(self.store.value("meta/schema", 1) or 1) >= SCHEMA:
            return False
        self.store.beginGroup("positions")
        positions = {key: self.store.value(key) for key in self.store.childKeys()}
        self.store.endGroup()
        for article, offset in positions.items():
            try:
                set_position(article, int(offset))
            except (TypeError, ValueError):
                continue
        self.store.remove("positions")
        for name, option in OPTIONS.items():  # rewrite typed ("true" text → bool)
            if option.type is not bytes and self.store.contains(name):
                self.store.setValue(name, convert(option, self.store.value(name)))
        self.store.setValue("meta/schema", SCHEMA)
        self.store.sync()
        self._cache.clear()
        return True
