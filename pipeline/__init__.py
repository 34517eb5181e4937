"""Event extraction for multilingual press: articles in, a table of diplomatic events out.

The Python API (``pipeline/api.py``) is importable from here: ``from pipeline import extract, run``.
It is imported on first use (module ``__getattr__``), so that ``import pipeline`` (and with it
the command line's start-up) stays as cheap as one small module: pandas, spaCy and the stages load
only when asked for.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

#: names of the Python API offered here, each from ``pipeline.api``
__all__ = ["Mentions", "Result", "__version__", "extract", "read_table", "run"]
_API = frozenset(__all__) - {"__version__"}

if TYPE_CHECKING:  # for type checkers and editors; at run time __getattr__ imports them on use
    from .api import Mentions, Result, extract, read_table, run


def __getattr__(name: str):
    if name in _API:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _API)
