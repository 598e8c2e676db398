"""Reader: an offline desktop reader for Chinese and Spanish articles."""
__version__ = "0.1.0"
