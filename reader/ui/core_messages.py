"""Text the core returns for people, listed for the translators (context ``core``).

The core never imports Qt: it returns stable English text (labels, reasons); the UI shows
it through ``reader.ui.i18n.core_text``, which looks it up in this context. A core text
not listed here is shown in English (the completeness test lists the catalogue, so a new
label added here shows up as unfinished until it is translated)."""
from __future__ import annotations

from reader.ui.i18n import QT_TRANSLATE_NOOP, core_text, translate

CORE_TEXTS = (
    # Script labels (reader/core/text/script.py)
    QT_TRANSLATE_NOOP("core", "Original"),
    QT_TRANSLATE_NOOP("core", "Simplified"),
    QT_TRANSLATE_NOOP("core", "Traditional"),
    QT_TRANSLATE_NOOP("core", "Taiwan (phrases)"),
    QT_TRANSLATE_NOOP("core", "Mainland (phrases)"),
    # Sort orders (reader/core/search/filters.py)
    QT_TRANSLATE_NOOP("core", "Relevance"),
    QT_TRANSLATE_NOOP("core", "Date published"),
    QT_TRANSLATE_NOOP("core", "Date added"),
)

#: Why a block was kept out of the body (reader/core/text/structure.py) and why a file
#: could not be read (reader/core/library/articles.py): stable English the core returns.
REASONS = (
    QT_TRANSLATE_NOOP("core", "photo credit"),
    QT_TRANSLATE_NOOP("core", "reprint or copyright notice"),
    QT_TRANSLATE_NOOP("core", "stray symbols"),
    QT_TRANSLATE_NOOP("core", "comment box"),
    QT_TRANSLATE_NOOP("core", "reader's comment"),
    QT_TRANSLATE_NOOP("core", "short line among page widgets"),
    QT_TRANSLATE_NOOP("core", "symbols only"),
    QT_TRANSLATE_NOOP("core", "site menu"),
    QT_TRANSLATE_NOOP("core", "page widget words"),
    QT_TRANSLATE_NOOP("core", "page widget link"),
    QT_TRANSLATE_NOOP("core", "not found"),
    # block kinds
    QT_TRANSLATE_NOOP("core", "credit"),
    QT_TRANSLATE_NOOP("core", "byline"),
    QT_TRANSLATE_NOOP("core", "chrome"),
    QT_TRANSLATE_NOOP("core", "comment"),
)
#: Reasons with a part filled in by the core: (English prefix or suffix, template).
_PREFIXED = (("byline: ", QT_TRANSLATE_NOOP("core", "byline: {fields}")),
             ("not an article file (", QT_TRANSLATE_NOOP("core", "not an article file ({detail}")))
_SUFFIXED = ((" (page head)", QT_TRANSLATE_NOOP("core", "{reason} (page head)")),
             (" (page tail)", QT_TRANSLATE_NOOP("core", "{reason} (page tail)")))


def reason_text(reason: str) -> str:
    """A reason the core gave, in the interface language (English when not catalogued)."""
    for suffix, template in _SUFFIXED:
        if reason.endswith(suffix):
            return core_text(template).format(reason=reason_text(reason[:-len(suffix)]))
    for prefix, template in _PREFIXED:
        if reason.startswith(prefix):
            field = "fields" if "{fields}" in template else "detail"
            return core_text(template).format(**{field: reason[len(prefix):]})
    return core_text(reason)

#: The reading pane's context menu names each colour (``f"Highlight {color}"``).
HIGHLIGHT_MENU = (
    QT_TRANSLATE_NOOP("reading_pane", "Highlight yellow"),
    QT_TRANSLATE_NOOP("reading_pane", "Highlight green"),
    QT_TRANSLATE_NOOP("reading_pane", "Highlight blue"),
    QT_TRANSLATE_NOOP("reading_pane", "Highlight pink"),
    QT_TRANSLATE_NOOP("reading_pane", "Highlight purple"),
)


def highlight_menu_text(color: str) -> str:
    source = f"Highlight {color}"  # listed above for lupdate
    return translate("reading_pane", source)
