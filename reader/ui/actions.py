"""Every menu action, its shortcut and its handler, and every dock, declared as data (as
calibre's viewer does). ``MainWindow`` builds menus, the toolbar and docks from these
tables; a new feature adds rows here, not code in the window.

Handlers take the object that carries out commands (the main window, duck-typed: this
module never imports it) and call one method on it or on one of its controllers."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import Qt

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


def _script_action(number: int, script: Script) -> ActionSpec:
    return ActionSpec(f"script-{script.value}", script.label, (f"Alt+{number}",),
                      lambda w, s=script: w.workspace.set_script(s),
                      tip=f"Show the active pane in {script.label.lower()} script "
                          f"(Alt+{number})", checkable=True, group="script", toolbar=True)


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("add-files", "&Add Files…", ("Ctrl+O",), lambda w: w.jobs.add_files_dialog()),
    ActionSpec("add-folder", "Add &Folder…", ("Ctrl+Shift+O",),
               lambda w: w.jobs.add_folder_dialog()),
    ActionSpec("link-folder", "&Link Folder (Keep in Place)…", (),
               lambda w: w.jobs.add_folder_dialog(copy=False)),
    ActionSpec("open-library", "Open &Library Folder…", ("Ctrl+Shift+L",),
               lambda w: w.jobs.choose_library_dialog()),
    ActionSpec("reload", "&Reload Library", ("F5",), lambda w: w.jobs.start_loading()),
    ActionSpec("recent", "Recently Read…", ("Ctrl+R",), lambda w: w.recent.show_at(w.pane)),
    ActionSpec("errors", "Show &Unreadable Files…", (), lambda w: w.jobs.show_load_errors()),
    ActionSpec("export", "&Export Highlights…", ("Ctrl+E",),
               lambda w: w.annotations.export_dialog()),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), lambda w: w.close()),
    # Edit
    ActionSpec("undo", "&Undo", ("Ctrl+Z",), lambda w: w.annotations.undo_stack.undo()),
    ActionSpec("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"),
               lambda w: w.annotations.undo_stack.redo()),
    ActionSpec("highlight", "&Highlight Selection", ("Ctrl+H",),
               lambda w: w.annotations.recolor("yellow")),
    *(ActionSpec(f"color-{color}", f"Highlight / Recolour {color.capitalize()}",
                 (f"Ctrl+Alt+{number}",), lambda w, c=color: w.annotations.recolor(c))
      for number, color in enumerate(HIGHLIGHT_COLORS, start=1)),
    ActionSpec("note", "Add or Edit &Note…", ("Ctrl+Shift+N",),
               lambda w: w.annotations.note()),
    ActionSpec("delete-highlight", "&Delete Highlight", ("Ctrl+Shift+D",),
               lambda w: w.annotations.delete()),
    # Search
    ActionSpec("search", "Search &Library…", ("Ctrl+Shift+F",), lambda w: w.show_search()),
    ActionSpec("find", "&Find in Article…", ("Ctrl+F",), lambda w: w.search.open_find_bar()),
    ActionSpec("next-match", "Find &Next", ("F3",), lambda w: w.search.step_match(+1)),
    ActionSpec("previous-match", "Find &Previous", ("Shift+F3",),
               lambda w: w.search.step_match(-1)),
    ActionSpec("reindex", "&Update Search Index", (), lambda w: w.jobs.start_indexing()),
    ActionSpec("rebuild-index", "&Rebuild Search Index", (),
               lambda w: w.jobs.start_indexing(rebuild=True)),
    # View
    *(_script_action(number, script) for number, script in enumerate(PANE_SCRIPTS, 1)),
    ActionSpec("sync", "S&ynchronised Scrolling", ("Ctrl+Shift+Y",),
               lambda w: w.toggle_setting("view/sync", "sync"), checkable=True, toolbar=True),
    ActionSpec("partner", "&Jump to Partner Passage", ("Ctrl+Shift+J",),
               lambda w: w.workspace.jump_to_partner(),
               tip="In the other pane, the passage about what this pane shows"),
    ActionSpec("swap", "S&wap Panes", ("Ctrl+Shift+W",), lambda w: w.workspace.swap_panes(),
               toolbar=True),
    ActionSpec("open-left", "Open in &Left Pane", ("Ctrl+Alt+Left",),
               lambda w: w.open_selected("left")),
    ActionSpec("open-right", "Open in &Right Pane", ("Ctrl+Alt+Right",),
               lambda w: w.open_selected("right")),
    ActionSpec("zoom-in", "Zoom &In", ("Ctrl+=", "Ctrl++"), lambda w: w.zoom(+1)),
    ActionSpec("zoom-out", "Zoom &Out", ("Ctrl+-",), lambda w: w.zoom(-1)),
    ActionSpec("zoom-reset", "&Actual Size", ("Ctrl+0",), lambda w: w.zoom(0)),
    ActionSpec("caret", "&Caret Browsing", ("F7",),
               lambda w: w.toggle_setting("reading/caret", "caret"), checkable=True,
               tip="A text cursor in the reading pane: select with Shift+arrow keys"),
    ActionSpec("typography", "&Typography…", ("Ctrl+Shift+T",),
               lambda w: w.show_typography()),
    ActionSpec("serif", "&Serif Font", (), lambda w: w.toggle_setting("view/serif", "serif"),
               checkable=True),
    *(ActionSpec(f"theme-{theme}", theme.capitalize() if theme != "system"
                 else "Follow System", (), lambda w, t=theme: w.set_theme(t),
                 checkable=True, group="theme") for theme in THEMES),
    ActionSpec("hide-panels", "&Hide All Panels", ("F9",), lambda w: w.toggle_panels(),
               checkable=True, tip="Focused reading: hide every panel (F9 brings them back)"),
    ActionSpec("full-screen", "F&ull Screen", ("F11",), lambda w: w.toggle_full_screen(),
               checkable=True),
    ActionSpec("focus-library", "Focus &Library", ("Ctrl+1",),
               lambda w: w.library_panel.table.setFocus()),
    ActionSpec("focus-left", "Focus Left Pane", ("Ctrl+2",),
               lambda w: w.workspace.focus_pane("left")),
    ActionSpec("focus-right", "Focus Right Pane", ("Ctrl+3",),
               lambda w: w.workspace.focus_pane("right")),
    ActionSpec("annotations-panel", "&Annotations Panel", ("Ctrl+Shift+A",),
               lambda w: w.show_dock("annotations-dock")),
    ActionSpec("events-panel", "&Events Timeline", ("Ctrl+Shift+E",),
               lambda w: w.show_events()),
    ActionSpec("entities-panel", "E&ntities (Names Across Languages)", ("Ctrl+Shift+K",),
               lambda w: (w.show_dock("entities-dock"), w.entities.panel.filter_edit.setFocus()),
               tip="Each name in every script and language: merge or split them"),
    # Dictionary
    ActionSpec("look-up", "&Look Up in Dictionary", ("Ctrl+D",),
               lambda w: w.dictionary.look_up()),
    ActionSpec("pinyin", "&Pinyin Above Characters", ("Ctrl+Shift+P",),
               lambda w: w.dictionary.toggle_pinyin(), checkable=True),
    ActionSpec("vocabulary-panel", "&Vocabulary Panel", ("Ctrl+Shift+V",),
               lambda w: (w.show_dock("vocabulary-dock"), w.dictionary.show_panel())),
    # Navigation (issue 19)
    ActionSpec("back", "&Back", ("Alt+Left",), lambda w: w.navigation.back()),
    ActionSpec("forward", "&Forward", ("Alt+Right",), lambda w: w.navigation.forward()),
    ActionSpec("next-highlight", "Next &Highlight", ("Ctrl+]",),
               lambda w: w.navigation.step_highlight(+1)),
    ActionSpec("previous-highlight", "Previous Highlight", ("Ctrl+[",),
               lambda w: w.navigation.step_highlight(-1)),
    ActionSpec("bookmark", "Add &Bookmark", ("Ctrl+B",), lambda w: w.navigation.add_bookmark()),
    ActionSpec("next-bookmark", "Next Bookmark", ("Ctrl+Shift+B",),
               lambda w: w.navigation.next_bookmark()),
    # Outline (issue 12): headings and chapters; books use the same actions
    ActionSpec("next-heading", "Next &Heading", ("Alt+Down",),
               lambda w: w.outline.step_heading(+1)),
    ActionSpec("previous-heading", "Previous Heading", ("Alt+Up",),
               lambda w: w.outline.step_heading(-1)),
    ActionSpec("next-chapter", "Next &Chapter", ("Alt+PgDown",),
               lambda w: w.outline.step_chapter(+1)),
    ActionSpec("previous-chapter", "Previous Chapter", ("Alt+PgUp",),
               lambda w: w.outline.step_chapter(-1)),
    ActionSpec("show-removed", "Show Text &Kept Out of the Body", (),
               lambda w: (w.show_dock("outline-dock"), w.outline.panel.set_removed_shown(
                   w.action("show-removed").isChecked())), checkable=True,
               tip="Page chrome, comments and credits removed from the reading text, with why"),
    ActionSpec("bookmarks-panel", "Bookmarks &List", ("Ctrl+Alt+B",),
               lambda w: w.show_dock("bookmarks-dock")),
    # Help
    ActionSpec("shortcuts", "&Keyboard Shortcuts", ("F1",), show_shortcuts),
    ActionSpec("about", "&About Reader", (), show_about),
)

#: Menus: action ids in order; None is a separator, "dock:<id>" a dock's show/hide action,
#: ("submenu", title, ids) a submenu.
MENUS: tuple[tuple[str, tuple], ...] = (
    ("&File", ("add-files", "add-folder", "link-folder", None, "open-library", "reload",
               "errors", None, "export", None, "quit")),
    ("&Edit", ("undo", "redo", None, "highlight",
               *(f"color-{c}" for c in HIGHLIGHT_COLORS), "note", "delete-highlight")),
    ("&Search", ("search", "find", "next-match", "previous-match", None, "reindex",
                 "rebuild-index")),
    ("&View", (*(f"script-{s.value}" for s in PANE_SCRIPTS), None, "sync", "partner", "swap",
               "open-left", "open-right", None, "zoom-in", "zoom-out", "zoom-reset", "caret",
               "serif", "typography",
               None, ("submenu", "&Theme", tuple(f"theme-{t}" for t in THEMES)), None,
               "focus-library", "focus-left", "focus-right", None, "hide-panels", "full-screen", None, "annotations-panel",
               "events-panel", "show-removed", "dock:outline-dock", "dock:library-dock",
               "dock:search-dock", "dock:annotations-dock", "dock:events-dock", "entities-panel",
               "dock:entities-dock")),
    ("&Dictionary", ("look-up", "pinyin", "vocabulary-panel", "dock:vocabulary-dock")),
    ("&Go", ("back", "forward", None, "next-heading", "previous-heading", "next-chapter",
             "previous-chapter", None, "next-highlight", "previous-highlight", None,
             "bookmark", "next-bookmark", "bookmarks-panel", "dock:bookmarks-dock")),
    ("&Help", ("shortcuts", "about")),
)

_LEFT, _RIGHT = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea

DOCKS: tuple[DockSpec, ...] = (
    DockSpec("library-dock", "Library", _LEFT, True, lambda w: w.library_panel),
    DockSpec("search-dock", "Search", _RIGHT, False, lambda w: w.search.panel),
    DockSpec("annotations-dock", "Annotations", _RIGHT, False, lambda w: w.annotations.panel),
    DockSpec("events-dock", "Events", _RIGHT, True, lambda w: w.events.panel),
    DockSpec("vocabulary-dock", "Vocabulary", _RIGHT, False, lambda w: w.dictionary.panel),
    DockSpec("outline-dock", "Outline", _LEFT, False, lambda w: w.outline.panel),
    DockSpec("bookmarks-dock", "Bookmarks", _RIGHT, False,
             lambda w: w.navigation.bookmarks_panel),
    DockSpec("entities-dock", "Entities", _RIGHT, False, lambda w: w.entities.panel),
)
