"""Dates: every ``lang/*/dates.json`` has the keys the grammar reads, of the right types, and compiles."""
from __future__ import annotations

import re

import pytest

from pipeline.dates import KINDS, MAX_ELAPSED, OPTIONAL, SCHEMA, WORD_TABLES, calendar_words, expand, grammar
from pipeline.langdata import languages_with, load

LANGUAGES = languages_with("dates")


def test_french_and_chinese_have_date_files():
    assert {"fr", "zh"} <= set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_date_file_has_every_key_with_its_type(language):
    data = load("dates", language)
    for key, kind in SCHEMA.items():
        assert isinstance(data.get(key), kind), f"{language}/dates.json: {key} must be a {kind.__name__}"
    # (a key opening with "_" documents the key it names, as in the events files)
    keys = {k for k in data if not k.startswith("_")}
    assert keys <= set(SCHEMA) | set(OPTIONAL), f"{language}/dates.json: unknown keys {keys - set(SCHEMA) - set(OPTIONAL)}"
    assert all(k[1:] in data for k in data if k.startswith("_") and k != "_doc"), "a doc key names no key"
    assert all(isinstance(data[key], kind) for key, kind in OPTIONAL.items() if key in data)
    low, high = data["year_range"]
    assert isinstance(low, int) and isinstance(high, int) and low < high
    assert all(1 <= n <= 12 for n in data["months"].values())
    assert all(0 <= n <= 6 for n in data["weekdays"].values())
    for table in ("relative_days", "relative_months", "relative_years", "week_offsets", "numbers"):
        assert all(isinstance(n, int) for n in data[table].values()), table
    assert set(data["ambiguous_months"]) <= set(data["months"])
    assert all(isinstance(n, int) and n > 0 for n in data.get("count_words", {}).values())
    assert set(data.get("duration_units", {}).values()) <= set(MAX_ELAPSED)  # day, week, month, year
    assert all(isinstance(words, list) and all(isinstance(w, str) for w in words)
               for words in data["word_lists"].values())
    assert set(data["tense"]) <= {"future", "ongoing", "past"} and set(data["tense_before"]) <= {"future", "ongoing", "past"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_date_pattern_compiles_and_reads_known_groups(language):
    data = load("dates", language)
    flags = re.IGNORECASE if data["ignore_case"] else 0
    groups = {"d", "m", "y", "yy", "d2", "m2", "y2", "dir", "wd", "this", "week", "rel", "n", "rm", "ry", "unit", "later"}
    for pattern in data["patterns"]:
        assert pattern["kind"] in KINDS
        compiled = re.compile(expand(data, pattern["regex"]), flags)
        assert set(compiled.groupindex) <= groups, pattern["regex"]
    for regex in [*data["tense"].values(), *data["tense_before"].values(), data["clause_breaks"]]:
        re.compile(regex, flags)
    if "year_ahead" in data:
        assert "y" in re.compile(expand(data, data["year_ahead"]), flags).groupindex
    assert grammar(language) is not None


def test_an_unknown_placeholder_names_itself():
    with pytest.raises(KeyError, match="nowhere"):
        expand({"fragments": {}, "word_lists": {}}, "{nowhere}")


def test_word_tables_are_the_schema_tables():
    assert set(WORD_TABLES) <= set(SCHEMA) | set(OPTIONAL)


@pytest.mark.parametrize("language, present, absent", [
    ("fr", {"janvier", "septembre", "lundi", "dimanche", "prochain", "dernier"}, {"hier", "le"}),
    ("zh", {"一月", "十二月", "周一", "星期日", "週三"}, {"今天"}),
])
def test_calendar_words_come_from_the_data(language, present, absent):
    words = calendar_words(language)
    assert present <= words and not (absent & words)
    assert all(w == w.lower() for w in words)


def test_calendar_words_of_a_language_without_data_are_empty():
    assert calendar_words("xx") == frozenset()
