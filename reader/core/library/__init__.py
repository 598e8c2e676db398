"""The library: finding and loading article files, the catalog, and the facade ``Library``."""
