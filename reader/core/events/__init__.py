"""Dated events: date expressions, resolution, and events across the library."""
