"""Every menu action, its shortcut and its handler, and every dock, declared as data (as
calibre's viewer does). ``MainWindow`` builds menus, the toolbar and docks from these
tables; a new feature adds rows here, not code in the window.

Handlers take the object that carries out commands (the main window, duck-typed: this
module never imports it) and call one method on it or on one of its controllers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from reader.core.library.facade import Script
from reader.ui.help_dialogs import show_about, show_shortcuts
from reader.ui.pane_container import PANE_SCRIPTS
from reader.ui.reading_pane import HIGHLIGHT_COLORS
from reader.ui.theme import THEMES

Handler = Callable[[Any], None]


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcuts: tuple[str, ...]
    handler: Handler
    tip: str = ""
    checkable: bool = False
    group: str = ""          # exclusive group (scripts, themes)
    toolbar: bool = False


@dataclass(frozen=True)
class DockSpec:
    id: str                  # object name: the place is saved with the window state
    title: str
    area: Qt.DockWidgetArea
    visible: bool            # on the very first run
    widget: Callable[[Any], Any]


#: Texts built from a name are listed whole, so each language can word them its own way.
SCRIPT_TEXTS = {
    Script.ORIGINAL: (QT_TRANSLATE_NOOP("actions", "Original"),
                      QT_TRANSLATE_NOOP("actions", "Show the active pane in its original script")),
    Script.SIMPLIFIED: (QT_TRANSLATE_NOOP("actions", "Simplified"),
                        QT_TRANSLATE_NOOP("actions", "Show the active pane in simplified script")),
    Script.TRADITIONAL: (QT_TRANSLATE_NOOP("actions", "Traditional"),
                         QT_TRANSLATE_NOOP("actions",
                                           "Show the active pane in traditional script")),
    Script.TAIWAN: (QT_TRANSLATE_NOOP("actions", "Taiwan (phrases)"),
                    QT_TRANSLATE_NOOP("actions", "Show the active pane in Taiwan script and "
                                                 "phrases")),
}
COLOR_TEXTS = {
    "yellow": QT_TRANSLATE_NOOP("actions", "Highlight / Recolour Yellow"),
    "green": QT_TRANSLATE_NOOP("actions", "Highlight / Recolour Green"),
    "blue": QT_TRANSLATE_NOOP("actions", "Highlight / Recolour Blue"),
    "pink": QT_TRANSLATE_NOOP("actions", "Highlight / Recolour Pink"),
    "purple": QT_TRANSLATE_NOOP("actions", "Highlight / Recolour Purple"),
}
THEME_TEXTS = {"system": QT_TRANSLATE_NOOP("actions", "Follow System"),
               "light": QT_TRANSLATE_NOOP("actions", "Light"),
               "dark": QT_TRANSLATE_NOOP("actions", "Dark")}


def _script_action(number: int, script: Script) -> ActionSpec:
    text, tip = SCRIPT_TEXTS[script]
    return ActionSpec(f"script-{script.value}", text, (f"Alt+{number}",),
                      lambda w, s=script: w.workspace.set_script(s),
                      tip=tip, checkable=True, group="script", toolbar=True)


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("add-files", QT_TRANSLATE_NOOP("actions", "&Add Files…"), ("Ctrl+O",), lambda w: w.jobs.add_files_dialog()),
    ActionSpec("add-folder", QT_TRANSLATE_NOOP("actions", "Add &Folder…"), ("Ctrl+Shift+O",),
               lambda w: w.jobs.add_folder_dialog()),
    ActionSpec("link-folder", QT_TRANSLATE_NOOP("actions", "&Link Folder (Keep in Place)…"), (),
               lambda w: w.jobs.add_folder_dialog(copy=False)),
    ActionSpec("open-library", QT_TRANSLATE_NOOP("actions", "Open &Library Folder…"), ("Ctrl+Shift+L",),
               lambda w: w.jobs.choose_library_dialog()),
    ActionSpec("reload", QT_TRANSLATE_NOOP("actions", "&Reload Library"), ("F5",), lambda w: w.jobs.start_loading()),
    ActionSpec("recent", QT_TRANSLATE_NOOP("actions", "Recently Read…"), ("Ctrl+R",), lambda w: w.recent.show_at(w.pane)),
    ActionSpec("errors", QT_TRANSLATE_NOOP("actions", "Show &Unreadable Files…"), (), lambda w: w.jobs.show_load_errors()),
    ActionSpec("export", QT_TRANSLATE_NOOP("actions", "&Export Highlights…"), ("Ctrl+E",),
               lambda w: w.annotations.export_dialog()),
    ActionSpec("quit", QT_TRANSLATE_NOOP("actions", "&Quit"), ("Ctrl+Q",), lambda w: w.close()),
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("actions", "&Undo"), ("Ctrl+Z",), lambda w: w.annotations.undo_stack.undo()),
    ActionSpec("redo", QT_TRANSLATE_NOOP("actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"),
               lambda w: w.annotations.undo_stack.redo()),
    ActionSpec("highlight", QT_TRANSLATE_NOOP("actions", "&Highlight Selection"), ("Ctrl+H",),
               lambda w: w.annotations.recolor("yellow")),
    *(ActionSpec(f"color-{color}", COLOR_TEXTS[color],
                 (f"Ctrl+Alt+{number}",), lambda w, c=color: w.annotations.recolor(c))
      for number, color in enumerate(HIGHLIGHT_COLORS, start=1)),
    ActionSpec("note", QT_TRANSLATE_NOOP("actions", "Add or Edit &Note…"), ("Ctrl+Shift+N",),
               lambda w: w.annotations.note()),
    ActionSpec("delete-highlight", QT_TRANSLATE_NOOP("actions", "&Delete Highlight"), ("Ctrl+Shift+D",),
               lambda w: w.annotations.delete()),
    # Search
    ActionSpec("search", QT_TRANSLATE_NOOP("actions", "Search &Library…"), ("Ctrl+Shift+F",), lambda w: w.show_search()),
    ActionSpec("find", QT_TRANSLATE_NOOP("actions", "&Find in Article…"), ("Ctrl+F",), lambda w: w.search.open_find_bar()),
    ActionSpec("next-match", QT_TRANSLATE_NOOP("actions", "Find &Next"), ("F3",), lambda w: w.search.step_match(+1)),
    ActionSpec("previous-match", QT_TRANSLATE_NOOP("actions", "Find &Previous"), ("Shift+F3",),
               lambda w: w.search.step_match(-1)),
    ActionSpec("reindex", QT_TRANSLATE_NOOP("actions", "&Update Search Index"), (), lambda w: w.jobs.start_indexing()),
    ActionSpec("rebuild-index", QT_TRANSLATE_NOOP("actions", "&Rebuild Search Index"), (),
               lambda w: w.jobs.start_indexing(rebuild=True)),
    # View
    *(_script_action(number, script) for number, script in enumerate(PANE_SCRIPTS, 1)),
    ActionSpec("sync", QT_TRANSLATE_NOOP("actions", "S&ynchronised Scrolling"), ("Ctrl+Shift+Y",),
               lambda w: w.toggle_setting("view/sync", "sync"), checkable=True, toolbar=True),
    ActionSpec("partner", QT_TRANSLATE_NOOP("actions", "&Jump to Partner Passage"), ("Ctrl+Shift+J",),
               lambda w: w.workspace.jump_to_partner(),
               tip=QT_TRANSLATE_NOOP("actions", "In the other pane, the passage about what this pane shows")),
    ActionSpec("swap", QT_TRANSLATE_NOOP("actions", "S&wap Panes"), ("Ctrl+Shift+W",), lambda w: w.workspace.swap_panes(),
               toolbar=True),
    ActionSpec("open-left", QT_TRANSLATE_NOOP("actions", "Open in &Left Pane"), ("Ctrl+Alt+Left",),
               lambda w: w.open_selected("left")),
    ActionSpec("open-right", QT_TRANSLATE_NOOP("actions", "Open in &Right Pane"), ("Ctrl+Alt+Right",),
               lambda w: w.open_selected("right")),
    ActionSpec("zoom-in", QT_TRANSLATE_NOOP("actions", "Zoom &In"), ("Ctrl+=", "Ctrl++"), lambda w: w.zoom(+1)),
    ActionSpec("zoom-out", QT_TRANSLATE_NOOP("actions", "Zoom &Out"), ("Ctrl+-",), lambda w: w.zoom(-1)),
    ActionSpec("zoom-reset", QT_TRANSLATE_NOOP("actions", "&Actual Size"), ("Ctrl+0",), lambda w: w.zoom(0)),
    ActionSpec("caret", QT_TRANSLATE_NOOP("actions", "&Caret Browsing"), ("F7",),
               lambda w: w.toggle_setting("reading/caret", "caret"), checkable=True,
               tip=QT_TRANSLATE_NOOP("actions", "A text cursor in the reading pane: select with Shift+arrow keys")),
    ActionSpec("typography", QT_TRANSLATE_NOOP("actions", "&Typography…"), ("Ctrl+Shift+T",),
               lambda w: w.show_typography()),
    ActionSpec("serif", QT_TRANSLATE_NOOP("actions", "&Serif Font"), (), lambda w: w.toggle_setting("view/serif", "serif"),
               checkable=True),
    *(ActionSpec(f"theme-{theme}", THEME_TEXTS[theme], (), lambda w, t=theme: w.set_theme(t),
                 checkable=True, group="theme") for theme in THEMES),
    ActionSpec("hide-panels", QT_TRANSLATE_NOOP("actions", "&Hide All Panels"), ("F9",), lambda w: w.toggle_panels(),
               checkable=True, tip=QT_TRANSLATE_NOOP("actions", "Focused reading: hide every panel (F9 brings them back)")),
    ActionSpec("full-screen", QT_TRANSLATE_NOOP("actions", "F&ull Screen"), ("F11",), lambda w: w.toggle_full_screen(),
               checkable=True),
    ActionSpec("focus-library", QT_TRANSLATE_NOOP("actions", "Focus &Library"), ("Ctrl+1",),
               lambda w: w.library_panel.table.setFocus()),
    ActionSpec("focus-left", QT_TRANSLATE_NOOP("actions", "Focus Left Pane"), ("Ctrl+2",),
               lambda w: w.workspace.focus_pane("left")),
    ActionSpec("focus-right", QT_TRANSLATE_NOOP("actions", "Focus Right Pane"), ("Ctrl+3",),
               lambda w: w.workspace.focus_pane("right")),
    ActionSpec("annotations-panel", QT_TRANSLATE_NOOP("actions", "&Annotations Panel"), ("Ctrl+Shift+A",),
               lambda w: w.show_dock("annotations-dock")),
    ActionSpec("events-panel", QT_TRANSLATE_NOOP("actions", "&Events Timeline"), ("Ctrl+Shift+E",),
               lambda w: w.show_events()),
    ActionSpec("entities-panel", QT_TRANSLATE_NOOP("actions", "E&ntities (Names Across Languages)"), ("Ctrl+Shift+K",),
               lambda w: (w.show_dock("entities-dock"), w.entities.panel.filter_edit.setFocus()),
               tip=QT_TRANSLATE_NOOP("actions", "Each name in every script and language: merge or split them")),
    # Dictionary
    ActionSpec("look-up", QT_TRANSLATE_NOOP("actions", "&Look Up in Dictionary"), ("Ctrl+D",),
               lambda w: w.dictionary.look_up()),
    ActionSpec("pinyin", QT_TRANSLATE_NOOP("actions", "&Pinyin Above Characters"), ("Ctrl+Shift+P",),
               lambda w: w.dictionary.toggle_pinyin(), checkable=True),
    ActionSpec("vocabulary-panel", QT_TRANSLATE_NOOP("actions", "&Vocabulary Panel"), ("Ctrl+Shift+V",),
               lambda w: (w.show_dock("vocabulary-dock"), w.dictionary.show_panel())),
    # Navigation (issue 19)
    ActionSpec("back", QT_TRANSLATE_NOOP("actions", "&Back"), ("Alt+Left",), lambda w: w.navigation.back()),
    ActionSpec("forward", QT_TRANSLATE_NOOP("actions", "&Forward"), ("Alt+Right",), lambda w: w.navigation.forward()),
    ActionSpec("next-highlight", QT_TRANSLATE_NOOP("actions", "Next &Highlight"), ("Ctrl+]",),
               lambda w: w.navigation.step_highlight(+1)),
    ActionSpec("previous-highlight", QT_TRANSLATE_NOOP("actions", "Previous Highlight"), ("Ctrl+[",),
               lambda w: w.navigation.step_highlight(-1)),
    ActionSpec("bookmark", QT_TRANSLATE_NOOP("actions", "Add &Bookmark"), ("Ctrl+B",), lambda w: w.navigation.add_bookmark()),
    ActionSpec("next-bookmark", QT_TRANSLATE_NOOP("actions", "Next Bookmark"), ("Ctrl+Shift+B",),
               lambda w: w.navigation.next_bookmark()),
    # Outline (issue 12): headings and chapters; books use the same actions
    ActionSpec("next-heading", QT_TRANSLATE_NOOP("actions", "Next &Heading"), ("Alt+Down",),
               lambda w: w.outline.step_heading(+1)),
    ActionSpec("previous-heading", QT_TRANSLATE_NOOP("actions", "Previous Heading"), ("Alt+Up",),
               lambda w: w.outline.step_heading(-1)),
    ActionSpec("next-chapter", QT_TRANSLATE_NOOP("actions", "Next &Chapter"), ("Alt+PgDown",),
               lambda w: w.outline.step_chapter(+1)),
    ActionSpec("previous-chapter", QT_TRANSLATE_NOOP("actions", "Previous Chapter"), ("Alt+PgUp",),
               lambda w: w.outline.step_chapter(-1)),
    ActionSpec("show-removed", QT_TRANSLATE_NOOP("actions", "Show Text &Kept Out of the Body"), (),
               lambda w: (w.show_dock("outline-dock"), w.outline.panel.set_removed_shown(
                   w.action("show-removed").isChecked())), checkable=True,
               tip=QT_TRANSLATE_NOOP("actions", "Page chrome, comments and credits removed from the reading text, with why")),
    ActionSpec("bookmarks-panel", QT_TRANSLATE_NOOP("actions", "Bookmarks &List"), ("Ctrl+Alt+B",),
               lambda w: w.show_dock("bookmarks-dock")),
    # Help
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("actions", "&Keyboard Shortcuts"), ("F1",), show_shortcuts),
    ActionSpec("about", QT_TRANSLATE_NOOP("actions", "&About Reader"), (), show_about),
)

#: Menus: action ids in order; None is a separator, "dock:<id>" a dock's show/hide action,
#: ("submenu", title, ids) a submenu.
MENUS: tuple[tuple[str, tuple], ...] = (
    (QT_TRANSLATE_NOOP("actions", "&File"), ("add-files", "add-folder", "link-folder", None, "open-library", "reload",
               "errors", None, "export", None, "quit")),
    (QT_TRANSLATE_NOOP("actions", "&Edit"), ("undo", "redo", None, "highlight",
               *(f"color-{c}" for c in HIGHLIGHT_COLORS), "note", "delete-highlight")),
    (QT_TRANSLATE_NOOP("actions", "&Search"), ("search", "find", "next-match", "previous-match", None, "reindex",
                 "rebuild-index")),
    (QT_TRANSLATE_NOOP("actions", "&View"), (*(f"script-{s.value}" for s in PANE_SCRIPTS), None, "sync", "partner", "swap",
               "open-left", "open-right", None, "zoom-in", "zoom-out", "zoom-reset", "caret",
               "serif", "typography",
               None, ("submenu", QT_TRANSLATE_NOOP("actions", "&Theme"), tuple(f"theme-{t}" for t in THEMES)), None,
               "focus-library", "focus-left", "focus-right", None, "hide-panels", "full-screen", None, "annotations-panel",
               "events-panel", "show-removed", "dock:outline-dock", "dock:library-dock",
               "dock:search-dock", "dock:annotations-dock", "dock:events-dock", "entities-panel",
               "dock:entities-dock")),
    (QT_TRANSLATE_NOOP("actions", "&Dictionary"), ("look-up", "pinyin", "vocabulary-panel", "dock:vocabulary-dock")),
    (QT_TRANSLATE_NOOP("actions", "&Go"), ("back", "forward", None, "next-heading", "previous-heading", "next-chapter",
             "previous-chapter", None, "next-highlight", "previous-highlight", None,
             "bookmark", "next-bookmark", "bookmarks-panel", "dock:bookmarks-dock")),
    (QT_TRANSLATE_NOOP("actions", "&Help"), ("shortcuts", "about")),
)

_LEFT, _RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea

DOCKS: tuple[DockSpec, ...] = (
    DockSpec("library-dock", QT_TRANSLATE_NOOP("actions", "Library"), _LEFT, True, lambda w: w.library_panel),
    DockSpec("search-dock", QT_TRANSLATE_NOOP("actions", "Search"), _RIGHT, False, lambda w: w.search.panel),
    DockSpec("annotations-dock", QT_TRANSLATE_NOOP("actions", "Annotations"), _RIGHT, False, lambda w: w.annotations.panel),
    DockSpec("events-dock", QT_TRANSLATE_NOOP("actions", "Events"), _RIGHT, True, lambda w: w.events.panel),
    DockSpec("vocabulary-dock", QT_TRANSLATE_NOOP("actions", "Vocabulary"), _RIGHT, False, lambda w: w.dictionary.panel),
    DockSpec("outline-dock", QT_TRANSLATE_NOOP("actions", "Outline"), _LEFT, False, lambda w: w.outline.panel),
    DockSpec("bookmarks-dock", QT_TRANSLATE_NOOP("actions", "Bookmarks"), _RIGHT, False,
             lambda w: w.navigation.bookmarks_panel),
    DockSpec("entities-dock", QT_TRANSLATE_NOOP("actions", "Entities"), _RIGHT, False, lambda w: w.entities.panel),
)
