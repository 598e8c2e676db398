"""Typography (issue 19): per-language defaults, a measure that holds in a wide pane (checked
on the laid-out lines), the dialog driven by keys, and settings that survive a restart."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from reader.ui.typography import DEFAULTS, load


def _open(qtbot, window, prefix):
    article = window.library.articles.resolve(prefix)
    window.open_article(article, "left")
    return window.pane_named("left")


def _line_widths(pane):
    block, widths = pane.document().begin(), []
    while block.isValid():
        layout = block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            widths.append((line.naturalTextWidth(), line.textLength()))
        block = block.next()
    return widths


def test_wide_pane_never_exceeds_the_chinese_measure(qtbot, make_window):
    window = make_window()
    window.resize(1900, 900)
    window.docks["library-dock"].hide()
    window.docks["events-dock"].hide()
    pane = _open(qtbot, window, "000")
    qtbot.waitUntil(lambda: pane.viewport().width() > 1200)
    measure = DEFAULTS["zh"].measure
    unit = QFontMetricsF(pane.font()).horizontalAdvance("国")
    widths = _line_widths(pane)
    assert widths and max(w for w, _n in widths) <= measure * unit + 1
    assert max(n for _w, n in widths) <= measure + 2   # ideographs (+ closing punctuation)
    fmt = pane.document().begin().next().blockFormat()
    assert fmt.alignment() & Qt.AlignmentFlag.AlignJustify
    assert fmt.lineHeight() == DEFAULTS["zh"].line_height


def test_spanish_defaults_differ_and_dialog_changes_persist(qtbot, make_window):
    window = make_window()
    pane = _open(qtbot, window, "002")
    assert not pane.document().begin().blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    from reader.ui.typography import TypographyDialog
    qtbot.waitUntil(lambda: window.findChild(TypographyDialog) is not None)
    dialog = window.findChild(TypographyDialog)
    assert dialog.group == "es"
    dialog.measure.setFocus()
    dialog.measure.selectAll()
    qtbot.keyClicks(dialog.measure.lineEdit(), "40")
    dialog.justify.setFocus()
    qtbot.keyClick(dialog.justify, Qt.Key.Key_Space)
    assert load(window.settings, "es").measure == 40
    assert load(window.settings, "es").justify
    assert pane.document().begin().blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
    qtbot.waitUntil(window.tasks.idle, timeout=30000)
    window.close()
    window.settings.sync()
    window.library.close()
    again = make_window()
    assert load(again.settings, "es").measure == 40 and load(again.settings, "es").justify
    assert load(again.settings, "zh") == DEFAULTS["zh"]


def test_progress_shows_time_left_and_it_shrinks_as_you_read(qtbot, make_window):
    window = make_window()
    pane = _open(qtbot, window, "002")
    status = window.workspace.containers["left"].status_label
    before = int(status.text().split(" min left")[0].split("· ")[-1])
    assert before >= 1
    pane.setFocus()
    for _ in range(40):
        qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: status.text().endswith("end") or
                    int(status.text().split(" min left")[0].split("· ")[-1]) < before)
    assert "100%" in status.text() or "min left" in status.text()
