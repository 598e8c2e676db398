"""Highlights and notes: the SQLite store, selectors and re-anchoring, export/import."""
