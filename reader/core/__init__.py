"""Reader's core: everything but the widgets. Never imports PySide6 (a test checks)."""
