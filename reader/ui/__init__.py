"""Reader's Qt user interface: widgets, Qt models and wiring; all data via the Library facade."""
