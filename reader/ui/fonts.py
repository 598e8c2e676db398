"""Fonts: a reading font that covers Chinese, and a check that it really does."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QImage, QPainter

from reader.ui.i18n import translate
from reader.core.library.facade import bundled_resources

RESOURCES = bundled_resources()  # the checkout's resources/, or the copy inside a wheel

#: Preferred families, first found wins; Qt falls back per glyph after these.
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans SC",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
                "AR PL UMing CN", "PingFang SC", "Microsoft YaHei")
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Liberation Sans")

_registered = False


def register_bundled_fonts() -> None:
    """Fonts shipped in resources/fonts are added to the application's database."""
    global _registered
    if _registered:
        return
    _registered = True
    folder = RESOURCES / "fonts"
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                QFontDatabase.addApplicationFont(str(path))


#: The Debian/Ubuntu package the hint names: the complete CJK family (simplified and traditional).
CJK_FONT_PACKAGE = "fonts-noto-cjk"
_HAN_SYSTEMS = ("SimplifiedChinese", "TraditionalChinese", "Japanese", "Korean")


def available_cjk_family() -> str | None:
    """The best installed family for Chinese: a preferred one, else any that declares
    Chinese, else (a fallback with Han glyphs of another shape) a Japanese or Korean one."""
    families = set(QFontDatabase.families())
    for family in CJK_FAMILIES:
        if family in families:
            return family
    for system_name in _HAN_SYSTEMS:
        system = getattr(QFontDatabase.WritingSystem, system_name)
        for family in sorted(families):
            if system in QFontDatabase.writingSystems(family):
                return family
    return None


def cjk_font_hint() -> str | None:
    """One line for the user when Chinese would show as boxes or in a borrowed font."""
    family = available_cjk_family()
    chinese = {QFontDatabase.WritingSystem.SimplifiedChinese,
               QFontDatabase.WritingSystem.TraditionalChinese}
    if family is None:
        return translate("fonts", "No Chinese font installed: Chinese shows as boxes. Install "
                         "one, e.g. `sudo apt install {package}`, and restart Reader.").format(
                             package=CJK_FONT_PACKAGE)
    if family not in CJK_FAMILIES and not chinese & set(QFontDatabase.writingSystems(family)):
        return translate("fonts", "No Chinese font installed: showing Chinese with {family}. "
                         "For proper Chinese glyphs install one, e.g. `sudo apt install "
                         "{package}`.").format(family=family, package=CJK_FONT_PACKAGE)
    return None


def reading_font(point_size: float = 13.0) -> QFont:
    register_bundled_fonts()
    families = [f for f in LATIN_FAMILIES if f in set(QFontDatabase.families())]
    cjk = available_cjk_family()
    if cjk:
        families.append(cjk)
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def _render(text: str, font: QFont) -> QImage:
    metrics = QFontMetrics(font)
    image = QImage(max(1, metrics.horizontalAdvance(text)) + 4, metrics.height() + 4,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor(Qt.GlobalColor.black))
    painter.drawText(2, 2 + metrics.ascent(), text)
    painter.end()
    return image


def missing_glyphs(text: str, font: QFont | None = None) -> list[str]:
    """Characters of ``text`` drawn as a missing-glyph box (identical to a private-use code
    point no font has) or not drawn at all."""
    font = font or reading_font()
    box = _render("\U0010FFFD", font)
    missing = []
    for ch in dict.fromkeys(text):
        if ch.isspace():
            continue
        image = _render(ch, font)
        blank = QImage(image.size(), image.format())
        blank.fill(QColor(Qt.GlobalColor.white))
        if image == blank or (image.size() == box.size() and image == box):
            missing.append(ch)
    return missing
