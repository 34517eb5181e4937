"""Language knowledge kept as data: ``pipeline/lang/<language>/<stage>.json``.

Every stage reads its cue words, patterns, month names, titles and so on through ``load``; adding a
language means adding files here, not editing code paths. Files are read once per process.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).parent / "lang"
RESOURCES_DIR = Path(__file__).parent / "resources"


@lru_cache(maxsize=None)
def load(stage: str, language: str) -> dict:
    """The data of one stage for one language, or {} when that language has none."""
    path = LANG_DIR / language / f"{stage}.json"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def languages_with(stage: str) -> list[str]:
    """Languages that ship data for a stage."""
    return sorted(p.parent.name for p in LANG_DIR.glob(f"*/{stage}.json"))


@lru_cache(maxsize=None)
def resource(name: str):
    """A JSON file from ``pipeline/resources`` (alias table and the like)."""
    with open(RESOURCES_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)
