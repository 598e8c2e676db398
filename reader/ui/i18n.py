"""The interface language: Qt translators for Reader's own messages (``reader/i18n/*.qm``,
built from the Linguist ``.ts`` sources) and for Qt's standard dialogs (qtbase).

The language follows the system locale until the user picks one in View ▸ Language (the
``view/language`` setting; empty means "follow the system"). Installing a translator makes
Qt send ``LanguageChange`` to every widget; the main window relabels its menus, actions
and docks from the tables in ``actions.py`` then.

The core never imports Qt: where it returns text for people (reasons, errors) it is a
stable English template; :func:`core_text` translates it in the context ``core``."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import (QCoreApplication, QDate, QLibraryInfo, QLocale, QObject,
                            QTranslator)
from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 (the UI modules import it here)

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

#: Language code → its name in that language (the menu shows each in its own words).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文（台灣）",
    "es": "Español",
}
TRANSLATED = ("zh_CN", "zh_TW", "es")

_installed: list[QTranslator] = []
_current = "en"


def system_language(locale: QLocale | None = None) -> str:
    """The supported language closest to a locale (Taiwan, Hong Kong, Macau and
    traditional-script locales read 繁體; other Chinese 简体; any Spanish locale Spanish)."""
    locale = locale or QLocale.system()
    name = locale.name()  # e.g. zh_TW, es_MX
    if name.startswith("zh"):
        traditional = (locale.script() == QLocale.Script.TraditionalHanScript or
                       locale.territory() in (QLocale.Country.Taiwan, QLocale.Country.HongKong,
                                              QLocale.Country.Macau))
        return "zh_TW" if traditional else "zh_CN"
    if name.startswith("es"):
        return "es"
    return "en"


def resolve(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def current_locale() -> QLocale:
    """The locale for dates and numbers: the system's when it speaks the chosen language,
    otherwise the chosen language's own."""
    system = QLocale.system()
    if system_language(system) == _current and _current != "en":
        return system
    return QLocale(_current if _current != "en" else system.name() if
                   system.language() == QLocale.Language.English else "en_US")


def apply_language(setting: str) -> str:
    """Install the translators for a language (a code, or "" for the system's); returns the
    code in force. Idempotent: re-applying the current language changes nothing."""
    global _current
    code = resolve(setting)
    app = QCoreApplication.instance()
    if app is None or (code == _current and (_installed or code == "en")):
        _current = code
        return code
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{code}", qt_dir), (f"reader_{code}", str(I18N_DIR))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    _current = code
    QLocale.setDefault(current_locale())
    return code


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def without_accelerator(text: str) -> str:
    """A menu text for a toolbar button: no "&", and no "(&F)" as CJK menus write it."""
    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def core_text(text: str) -> str:
    """A message the core returned (a stable English template, already filled in when it
    has no parameters) in the interface language."""
    return QCoreApplication.translate("core", text)


def format_number(value: int | float) -> str:
    """A count with the locale's digit grouping (English keeps "12,345")."""
    return f"{value:,}" if _current == "en" else current_locale().toString(value)


def format_date(iso: str) -> str:
    """A full ISO date (YYYY-MM-DD…) in the locale's short form with a four-digit year;
    English, partial dates ("2023-05") and anything else stay as they are (ISO)."""
    if _current == "en" or len(iso) < 10:
        return iso
    date = QDate.fromString(iso[:10], "yyyy-MM-dd")
    if not date.isValid():
        return iso
    locale = current_locale()
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in form:
        form = form.replace("yy", "yyyy")
    return locale.toString(date, form)


class LanguageNames(QObject):
    """Keeps lupdate's context for the one translatable word of the language menu."""
    SYSTEM = QT_TRANSLATE_NOOP("LanguageMenu", "Follow System")
    TITLE = QT_TRANSLATE_NOOP("LanguageMenu", "&Language")
