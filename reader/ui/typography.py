"""Typography (issue 19): Latin and CJK families chosen separately, line height, paragraph
spacing, side margins, a maximum line width (the measure, in characters) and justification,
with per-language defaults (Chinese, Spanish). Stored per language as one JSON setting.

It acts only through the pane's font, block formats (``set_paragraph_style``) and the
document's root frame margins, so it works whatever the pane's renderer does inside."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFontComboBox,
                               QFormLayout, QSpinBox)

from reader.ui.fonts import available_cjk_family
from reader.ui.settings import Settings
from reader.ui.i18n import QT_TRANSLATE_NOOP, translate

#: The CJK serif (Ming/Song) faces, first installed wins (fonts-arphic-uming on Debian).
CJK_SERIF = ("Noto Serif CJK SC", "AR PL UMing CN", "AR PL UMing TW", "Source Han Serif SC")
LATIN_SERIF = ("Noto Serif", "DejaVu Serif", "Liberation Serif")


@dataclass(frozen=True)
class Typography:
    latin_family: str = ""        # "" = the default sans face
    cjk_family: str = ""
    line_height: int = 150        # percent
    paragraph_spacing: int = 6    # pixels below each paragraph
    margin: int = 28              # pixels at least on each side
    measure: int = 66             # most characters per line (CJK: ideographs)
    justify: bool = False

    @classmethod
    def from_json(cls, text: str, default: "Typography") -> "Typography":
        try:
            data = json.loads(text) if text else {}
            fields = {k: type(getattr(default, k))(v) for k, v in data.items()
                      if k in cls.__dataclass_fields__}
            return replace(default, **fields)
        except (TypeError, ValueError):
            return default

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)


#: Chinese reads best with more leading, justified, ~30 ideographs a line; Spanish with
#: ragged right (no hyphenation) and ~66 characters.
DEFAULTS = {
    "zh": Typography(line_height=180, paragraph_spacing=12, measure=32, justify=True),
    "es": Typography(line_height=150, paragraph_spacing=8, measure=66, justify=False),
}


def language_group(language: str | None) -> str:
    return "zh" if (language or "").startswith("zh") else "es"


def setting_name(group: str) -> str:
    return f"typography/{group}"


def load(settings: Settings, group: str) -> Typography:
    return Typography.from_json(settings[setting_name(group)], DEFAULTS[group])


def measure_width(pane, typography: Typography, group: str) -> float:
    """The widest a line may be, in pixels, for the pane's font."""
    metrics = QFontMetricsF(pane.font())
    unit = metrics.horizontalAdvance("国") if group == "zh" else metrics.averageCharWidth()
    return typography.measure * unit


class TypographyController(QObject):
    """Applies each pane's language typography when an article is shown, a setting changes
    or a pane is resized (the measure keeps the text column narrow in a wide pane)."""

    def __init__(self, settings: Settings, workspace, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.workspace = workspace
        self._languages: dict[object, str] = {}
        workspace.articleShown.connect(
            lambda name, opened: self.apply(workspace.pane_named(name),
                                            opened.info.language))
        workspace.scriptChanged.connect(lambda name, _s: self.refresh(name))
        settings.changed.connect(lambda name, _v: name.startswith(("typography/", "view/serif",
                                                                   "reading/"))
                                 and self.refresh())
        for name in ("left", "right"):
            workspace.pane_named(name).viewport().installEventFilter(self)

    def refresh(self, name: str | None = None) -> None:
        for pane_name in ([name] if name else ["left", "right"]):
            pane = self.workspace.pane_named(pane_name)
            if pane in self._languages:
                self.apply(pane, self._languages[pane])

    def apply(self, pane, language: str) -> None:
        self._languages[pane] = language
        group = language_group(language)
        typography = load(self.settings, group)
        serif = self.settings["view/serif"]
        latin = typography.latin_family or (LATIN_SERIF[0] if serif else "")
        cjk = typography.cjk_family or (_first_installed(CJK_SERIF) if serif else "") \
            or available_cjk_family() or ""
        top = pane.top_reading_offset() if pane.article_id else None  # keep the place
        families = [f for f in (latin, cjk) if f] + list(pane.font().families())
        pane.set_reading_font(list(dict.fromkeys(families)),
                              self.settings["reading/point_size"])
        pane.set_paragraph_style(typography.line_height, typography.paragraph_spacing,
                                 typography.justify)
        self._fit(pane, typography, group)
        if top is not None:
            pane.scroll_to_reading_offset(top)

    def _fit(self, pane, typography: Typography, group: str) -> None:
        document = pane.document()
        available = pane.viewport().width() - 2 * document.documentMargin()
        # a frame's own left/right margin replaces the document margin: never below it, so
        # the text (and the event marks in the margin) keep their room in a narrow pane
        side = max(typography.margin, document.documentMargin(),
                   (available - measure_width(pane, typography, group)) / 2)
        frame = document.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) >= 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            frame.setFrameFormat(fmt)
        # The wrap width bounds every line whatever the layout does with frame margins.
        wrap = round(pane.viewport().width() - side)
        if pane.lineWrapColumnOrWidth() != wrap:
            pane.setLineWrapMode(pane.LineWrapMode.FixedPixelWidth)
            pane.setLineWrapColumnOrWidth(wrap)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            for pane, language in self._languages.items():
                if pane.viewport() is watched:
                    group = language_group(language)
                    self._fit(pane, load(self.settings, group), group)
        return False


def _first_installed(families) -> str:
    installed = set(QFontDatabase.families())
    return next((f for f in families if f in installed), "")


class TypographyDialog(QDialog):
    """Edits one language's typography; every change applies at once and is saved."""

    def __init__(self, settings: Settings, group: str = "zh", parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("typography", "Typography"))
        self.settings = settings
        self.language = QComboBox()
        self.language.addItem(translate("typography", "Chinese"), "zh")
        self.language.addItem(translate("typography", "Spanish and other languages"), "es")
        self.latin = QFontComboBox()
        self.cjk = QFontComboBox()
        self.cjk.setWritingSystem(QFontDatabase.WritingSystem.SimplifiedChinese)
        self.size = QSpinBox(minimum=7, maximum=40, suffix=" pt")
        self.line_height = QSpinBox(minimum=100, maximum=300, singleStep=10, suffix=" %")
        self.spacing = QSpinBox(minimum=0, maximum=60, suffix=" px")
        self.margin = QSpinBox(minimum=0, maximum=300, suffix=" px")
        self.measure = QSpinBox(minimum=10, maximum=200, suffix=translate("typography", " characters"))
        self.justify = QCheckBox(translate("typography", "Justify lines"))
        form = QFormLayout(self)
        for label, widget in ((QT_TRANSLATE_NOOP("typography", "Language"), self.language),
                              (QT_TRANSLATE_NOOP("typography", "Latin font"), self.latin),
                              (QT_TRANSLATE_NOOP("typography", "Chinese font"), self.cjk), (QT_TRANSLATE_NOOP("typography", "Size"), self.size),
                              (QT_TRANSLATE_NOOP("typography", "Line height"), self.line_height),
                              (QT_TRANSLATE_NOOP("typography", "Paragraph spacing"), self.spacing),
                              (QT_TRANSLATE_NOOP("typography", "Margins"), self.margin),
                              (QT_TRANSLATE_NOOP("typography", "Line width at most"), self.measure), ("", self.justify)):
            form.addRow(translate("typography", label) if label else "", widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close |
                                   QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        form.addRow(buttons)
        self._loading = False
        self.language.setCurrentIndex(self.language.findData(group))
        self.language.currentIndexChanged.connect(self._load)
        self._load()
        for spin in (self.size, self.line_height, self.spacing, self.margin, self.measure):
            spin.valueChanged.connect(self._save)
        self.latin.currentFontChanged.connect(self._save)
        self.cjk.currentFontChanged.connect(self._save)
        self.justify.toggled.connect(self._save)

    @property
    def group(self) -> str:
        return self.language.currentData()

    def _load(self) -> None:
        self._loading = True
        typography = load(self.settings, self.group)
        self.size.setValue(round(self.settings["reading/point_size"]))
        self.line_height.setValue(typography.line_height)
        self.spacing.setValue(typography.paragraph_spacing)
        self.margin.setValue(typography.margin)
        self.measure.setValue(typography.measure)
        self.justify.setChecked(typography.justify)
        if typography.latin_family:
            self.latin.setCurrentText(typography.latin_family)
        if typography.cjk_family:
            self.cjk.setCurrentText(typography.cjk_family)
        self._loading = False

    def _save(self) -> None:
        if self._loading:
            return
        current = load(self.settings, self.group)
        typography = replace(
            current, line_height=self.line_height.value(),
            paragraph_spacing=self.spacing.value(), margin=self.margin.value(),
            measure=self.measure.value(), justify=self.justify.isChecked(),
            latin_family=self.latin.currentFont().family() if self.latin.hasFocus()
            or current.latin_family else current.latin_family,
            cjk_family=self.cjk.currentFont().family() if self.cjk.hasFocus()
            or current.cjk_family else current.cjk_family)
        self.settings["reading/point_size"] = float(self.size.value())
        self.settings[setting_name(self.group)] = typography.to_json()

    def restore_defaults(self) -> None:
        self.settings[setting_name(self.group)] = DEFAULTS[self.group].to_json()
        self._load()
