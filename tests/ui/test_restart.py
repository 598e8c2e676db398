"""Issue 19: what Reader remembers across restarts — recently read articles, the panes, and
the typed settings changed through the window — each checked in a second window built on
the same data folder, as the next start of the app would."""
import pytest
from PySide6.QtCore import Qt

CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # a popup menu
def test_recently_read_lists_the_last_articles_after_a_restart(qtbot, make_window):
    window = make_window()
    library = window.library
    first, second = library.articles.resolve("003"), library.articles.resolve("002")
    window.library.shelf.mark_read(first, "2026-01-01T10:00:00+00:00")
    window.open_article(second, "left")
    window.close()
    again = make_window()
    assert again.pane_named("left").article_id == second         # the pane reopens
    again.pane.setFocus()
    qtbot.keyClick(again, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(again.recent.isVisible)
    titles = [a.text() for a in again.recent.actions()]
    assert titles[0].endswith(again.library.articles.info(second).title)  # newest first
    where = next(i for i, t in enumerate(titles)
                 if t.endswith(again.library.articles.info(first).title))
    assert where == len(titles) - 1                                       # read longest ago
    for _ in range(where + 1):
        qtbot.keyClick(again.recent, Qt.Key.Key_Down)
    with qtbot.waitSignal(again.articleOpened, timeout=5000):
        qtbot.keyClick(again.recent, Qt.Key.Key_Return)
    assert again.pane.article_id == first


def test_settings_changed_in_the_window_persist_across_a_restart(qtbot, make_window):
    window = make_window()
    window.open_article(window.library.articles.resolve("003"), "left")
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)                 # zoom in
    qtbot.keyClick(window, Qt.Key.Key_F7)                          # caret browsing
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL | SHIFT)             # synchronised scrolling off
    qtbot.keyClick(window, Qt.Key.Key_2, ALT)                      # simplified
    window.set_theme("dark")
    zoom = window.settings["reading/point_size"]
    window.close()
    again = make_window()
    settings = again.settings
    assert settings["reading/point_size"] == zoom and zoom > 13
    assert settings["reading/caret"] and again.action("caret").isChecked()
    assert not settings["view/sync"] and not again.action("sync").isChecked()
    assert settings["view/theme"] == "dark" and again.action("theme-dark").isChecked()
    assert again.workspace.scripts["left"].value == "simplified"
    assert again.action("script-simplified").isChecked()
    assert again.zoom_label.text() != "Zoom 100%"
    again.set_theme("light")  # leave the application palette as the other tests expect
