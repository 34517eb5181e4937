"""Event extraction for multilingual press: articles in, a table of diplomatic events out."""

__version__ = "0.1.0"
