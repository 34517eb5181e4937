"""The language data of the events stage (``pipeline/lang/<language>/events.json``) is checked as a
schema: every file has the keys the stage needs, with the right types, and every pattern
compiles; a language added as data (English here) finds events with no code of its own."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline import langdata

LANG_DIR = Path(langdata.__file__).parent / "lang"
EVENT_FILES = sorted(LANG_DIR.glob("*/events.json"))
REQUIRED = {"cues": list, "name_side": str, "edition_side": str, "clause_break_pattern": str}
PATTERN_KEYS_END = ("_pattern", "_before", "_after", "_cues", "_marker", "_around", "_stems", "_before_noun")


@pytest.mark.parametrize("path", EVENT_FILES, ids=lambda p: p.parent.name)
def test_event_data_has_the_keys_the_stage_needs_with_their_types(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, kind in REQUIRED.items():
        assert isinstance(data.get(key), kind), f"{path}: {key} missing or not a {kind.__name__}"
    assert data["name_side"] in ("before_cue", "after_cue")
    assert data["edition_side"] in ("in_name", "before_cue")
    for cue in data["cues"]:
        assert cue["type"] in ("SUMMIT", "FORUM", "MEETING", "VISIT") and cue["kind"] in ("noun", "verb", "named")


@pytest.mark.parametrize("path", EVENT_FILES, ids=lambda p: p.parent.name)
def test_every_pattern_of_the_event_data_compiles(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, value in data.items():
        if isinstance(value, str) and key.endswith(PATTERN_KEYS_END):
            re.compile(value)
    for cue in data["cues"]:
        re.compile(cue["pattern"])


@pytest.mark.parametrize("path", EVENT_FILES, ids=lambda p: p.parent.name)
def test_no_event_data_key_is_dead(path):
    """Every key of the data is read by some code of the package (a key nobody reads misleads)."""
    code = "".join(p.read_text(encoding="utf-8") for p in Path(langdata.__file__).parent.rglob("*.py"))
    data = json.loads(path.read_text(encoding="utf-8"))
    dead = [key for key in data if not key.startswith("_") and f'"{key}"' not in code]
    assert dead == []


def test_a_language_added_as_data_finds_its_events():
    from pipeline.events import find_events
    from pipeline.records import Article, DateValue, Entity, Sentence

    text = "Xi Jinping held talks with Vladimir Putin in Moscow on May 5, 2024."
    entities = (Entity(0, 10, "Xi Jinping", "PERSON", "Xi Jinping", "en", kind="alias", country="CN"),
                Entity(27, 41, "Vladimir Putin", "PERSON", "Vladimir Putin", "en", kind="alias", country="RU"),
                Entity(45, 51, "Moscow", "CITY", "Moscow", "en", kind="gazetteer", entity_id="524901", country="RU"))
    dates = (DateValue(55, 66, "May 5, 2024", "2024-05-05", "2024-05-05", "explicit", "en"),)
    article = Article(doc_id="t", path="t.txt", sha256="", raw=text, text=text, published="2024-05-06",
                      sentences=(Sentence(0, len(text), "en"),), languages=("en",), entities=entities,
                      dates=dates)
    (meeting,) = find_events(article).mentions
    assert (meeting.type, meeting.start, meeting.city, meeting.countries) == ("MEETING", "2024-05-05", "Moscow",
                                                                          ("CN", "RU"))


def test_every_alias_names_one_person_and_every_canonical_name_is_one_entry():
    """A form two people share would give one of them the other's country and events."""
    entries = langdata.resource("aliases.json")["entries"]
    canonicals = [e["canonical"] for e in entries]
    assert len(canonicals) == len(set(canonicals))
    owners: dict[str, set[str]] = {}
    for e in entries:
        if e["label"] == "PERSON":
            for name in e["names"]:
                owners.setdefault(name, set()).add(e["canonical"])
    assert {name: people for name, people in owners.items() if len(people) > 1} == {}
