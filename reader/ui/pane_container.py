"""One of the two reading panes with its header (title, script, close) and status line."""
from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy,
                               QToolButton, QVBoxLayout)

from reader.ui.i18n import QT_TRANSLATE_NOOP, core_text, translate
from reader.core.models import ArticleInfo
from reader.core.library.facade import Script
from reader.ui.library_model import LANGUAGE_NAMES
from reader.ui.reading_pane import ReadingPane

#: Reading speed, characters a minute: Chinese ~400 characters, Spanish ~200 words.
READING_SPEED = {"zh": 400, "es": 1000}


def minutes_left(info: ArticleInfo, offset: int) -> int:
    """Minutes to read from ``offset`` (a reading-text code point) to the end."""
    speed = READING_SPEED["zh" if info.language.startswith("zh") else "es"]
    remaining = max(0, info.chars - offset)
    return -(-remaining // speed)


#: Han characters (CJK unified ideographs, extension A, compatibility, extensions B…):
#: where there are none, a script conversion changes nothing (issue 18).
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def has_chinese(text: str) -> bool:
    return _HAN.search(text) is not None


PANE_SCRIPTS = (Script.ORIGINAL, Script.SIMPLIFIED, Script.TRADITIONAL, Script.TAIWAN)
EMPTY_TEXT = QT_TRANSLATE_NOOP("pane_container", "No article here.\n\nOpen one from the library (select it, then Enter), "
              "or drag one onto this pane.")
SCRIPT_TIP = QT_TRANSLATE_NOOP("pane_container", "Script of this pane (Alt+1…4 for the active pane)")


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when narrow (the full text stays its text, for
    tooltips and screen readers)."""

    def minimumSizeHint(self):
        return QSize(40, super().minimumSizeHint().height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             rect.width())
        self.style().drawItemText(painter, rect, int(Qt.AlignmentFlag.AlignLeft |
                                                     Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), text,
                                  QPalette.ColorRole.WindowText)


class PaneContainer(QFrame):
    scriptChosen = Signal(object)   # Script
    closeRequested = Signal()
    activated = Signal()

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"pane-{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.pane = ReadingPane(self)
        self.pane.setObjectName(f"reading-pane-{name}")
        self.title_label = ElidedLabel("")
        self.title_label.setObjectName("pane-title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # titles come from files
        self.title_label.setMinimumWidth(40)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.script_combo = QComboBox()
        self.script_combo.setToolTip(translate("pane_container", SCRIPT_TIP))
        # never wider than needed: the title keeps the room (issue 18)
        self.script_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.script_combo.setMinimumContentsLength(8)
        self.script_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.chinese = True   # does the shown article have Chinese to convert
        for script in PANE_SCRIPTS:
            self.script_combo.addItem(translate("actions", script.label), script.value)
        self.script_combo.activated.connect(
            lambda i: self.scriptChosen.emit(Script(self.script_combo.itemData(i))))
        close_button = QToolButton(text="✕", toolTip=translate("pane_container", "Close this pane"))
        close_button.setAutoRaise(True)
        close_button.clicked.connect(self.closeRequested)
        self.status_label = QLabel("")
        self.status_label.setObjectName("pane-status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        header = QHBoxLayout()
        header.setContentsMargins(6, 2, 2, 2)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.script_combo)
        header.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.pane, 1)
        footer = QHBoxLayout()
        footer.setContentsMargins(8, 1, 8, 1)
        footer.addWidget(self.status_label)
        layout.addLayout(footer)
        self.pane.focused.connect(self.activated)
        # Qt paints a placeholder one line high (the empty document's first line): a
        # wrapped label over the empty pane says it whole (issue 18)
        self.pane.setPlaceholderText("")
        self.empty_label = QLabel(translate("pane_container", EMPTY_TEXT), self.pane.viewport())
        self.empty_label.setObjectName("empty-pane")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.empty_label.setEnabled(False)  # drawn in the placeholder (disabled) colour
        self.pane.viewport().installEventFilter(self)
        self.pane.positionChanged.connect(lambda _offset: self.refresh_status())
        self._info: ArticleInfo | None = None

    def eventFilter(self, watched, event) -> bool:
        if watched is self.pane.viewport() and event.type() == QEvent.Type.Resize:
            self.empty_label.setGeometry(watched.rect().adjusted(24, 20, -24, -20))
        return False

    def set_active(self, active: bool) -> None:
        self.setProperty("active", active)
        self.title_label.setStyleSheet("font-weight: bold;" if active else "")

    def show_info(self, info: ArticleInfo | None) -> None:
        self._info = info
        self.empty_label.setVisible(info is None)
        view = self.pane.view
        self.chinese = info is None or view is None or has_chinese(view.text)
        self.script_combo.setEnabled(self.chinese)
        self.script_combo.setToolTip(translate("pane_container", SCRIPT_TIP) if self.chinese else
                                     translate("pane_container", "No Chinese in this article: the script does not "
                                               "apply"))
        self.title_label.setText(info.title if info else "")
        self.title_label.setToolTip(info.path if info else "")
        self.refresh_status()

    def set_script(self, script: Script) -> None:
        self.script_combo.setCurrentIndex(PANE_SCRIPTS.index(script)
                                          if script in PANE_SCRIPTS else 0)

    def refresh_status(self) -> None:
        info = self._info
        if info is None or self.pane.article_id is None:
            self.status_label.setText("")
            return
        parts = [LANGUAGE_NAMES.get(info.language, info.language)]
        if self.pane.script:
            parts.append(core_text(self.pane.script.label))
        if info.date:
            parts.append(info.date)
        parts.append(f"{self.pane.position_percent()}%")
        left = minutes_left(info, self.pane.top_reading_offset())  # progress (issue 19)
        parts.append(translate("pane_container", "{minutes} min left").format(minutes=left)
                     if left else translate("pane_container", "end"))
        self.status_label.setText(" · ".join(parts))

    @property
    def info(self) -> ArticleInfo | None:
        return self._info
