"""Typed settings: declared once, a change signal, and settings of the current release
(string booleans, positions in ui.ini) migrated once."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from reader.core.library.facade import Library
from reader.ui.settings import OPTIONS, SCHEMA, Settings

#: ui.ini as release 0.1 writes it (QSettings INI: booleans as text, positions per article)
RELEASE_0_1_INI = """[General]

[panes]
active=right
left\\article=6e5289fe3782
left\\script=traditional
left\\visible=true
right\\article=418057246b20
right\\script=bogus
right\\visible=true

[positions]
6e5289fe3782=1234
418057246b20=56
broken=x

[reading]
point_size=15

[view]
serif=true
sync=false
theme=dark
"""


def _settings(path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_options_are_declared_once_with_type_default_and_description():
    for name, option in OPTIONS.items():
        assert option.name == name and option.description
        assert option.default is None or isinstance(option.default, option.type)


def test_release_settings_are_read_typed_and_migrated_once(tmp_path, seeds_dir):
    ini = tmp_path / "ui.ini"
    ini.write_text(RELEASE_0_1_INI, "utf-8")
    library = Library(seeds_dir, tmp_path / "data")
    settings = _settings(ini)
    assert settings.migrate(library.positions.set) is True
    assert settings["view/sync"] is False and settings["view/serif"] is True
    assert settings["view/theme"] == "dark" and settings["reading/point_size"] == 15.0
    assert settings["panes/left/script"] == "traditional"
    assert settings["panes/right/visible"] is True and settings["panes/active"] == "right"
    assert settings["panes/right/script"] == "bogus"  # the workspace falls back to original
    # Positions moved into the core, shared with the CLI, and out of ui.ini.
    assert library.positions.get("6e5289fe3782") == 1234
    assert library.positions.get("418057246b20") == 56
    library.positions.save()
    settings.sync()
    text = ini.read_text("utf-8")
    assert "[positions]" not in text and f"schema={SCHEMA}" in text
    # Once: a second start migrates nothing and reads the same values.
    again = _settings(ini)
    assert again.migrate(library.positions.set) is False
    assert again["view/sync"] is False and again["view/serif"] is True
    library.close()


def test_a_change_is_signalled_once_with_the_typed_value(qtbot, tmp_path):
    settings = _settings(tmp_path / "ui.ini")
    assert settings["view/sync"] is True  # the declared default
    seen = []
    settings.on_change("view/sync", seen.append)
    with qtbot.waitSignal(settings.changed) as changed:
        settings["view/sync"] = "false"
    assert changed.args == ["view/sync", False] and seen == [False]
    with qtbot.assertNotEmitted(settings.changed):
        settings["view/sync"] = False
    settings["reading/point_size"] = "not a number"
    assert settings["reading/point_size"] == OPTIONS["reading/point_size"].default


def test_the_window_restores_a_release_0_1_session(qtbot, seeds_dir, data_dir):
    from reader.ui.main_window import MainWindow

    (data_dir / "ui.ini").write_text(RELEASE_0_1_INI, "utf-8")
    library = Library(seeds_dir, data_dir)
    window = MainWindow(library, QSettings(str(data_dir / "ui.ini"),
                                           QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.libraryLoaded, timeout=20000):
        window.start_loading()
    assert not window.action("sync").isChecked() and window.action("serif").isChecked()
    assert window.pane_named("left").article_id == "6e5289fe3782"
    assert window.workspace.scripts["left"].value == "traditional"
    assert window.workspace.scripts["right"].value == "original"
    assert window.pane_named("left").top_reading_offset() > 0  # the migrated position
    qtbot.waitUntil(window.tasks.idle, timeout=30000)
    window.close()
