"""The machinery shared by the tables of documents written for the tests
(``test_documents_fr_afp``, ``test_documents_fr_wire2``, ``test_documents_zh_wire``): each table
gives its articles (``DOCS``: title, publication date, body), what an analyst following
../shared/ANNOTATION.md expects of each (``EXPECTED``: counts per type, fields per event), the words
of sentences that must give no event (``DOMESTIC``), and the causes of what the pipeline misses
(``KNOWN``: an expectation missed stays as it is, marked ``xfail(strict=True)`` with its cause, so
that a fix shows up as an XPASS to unmark). ``table_tests`` turns them into the fixture and the tests
a table module binds."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import pytest

from conftest import document_mentions

FIELDS = ("type", "edition", "start", "end", "status", "city", "country", "persons", "countries",
          "no_persons", "no_countries")
TYPES = ("SUMMIT", "FORUM", "MEETING", "VISIT")


def add_known(known: dict, doc: str, cause: str, *cases: str) -> None:
    """Record ``cause`` for each ``"event:field"`` (or ``"counts:TYPE"``) case of ``doc``."""
    for case in cases:
        event, field = case.split(":")
        known[(doc, event, field)] = cause


def _name(value) -> str:
    """A name as the guide compares names: case folded, without accents or punctuation
    ("Xi'an" = "Xi’an")."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKD", value)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _names(values) -> set:
    return {_name(v) for v in values}


def agrees(mention, field: str, want) -> bool:
    if field == "persons":
        return _names(want) <= _names(mention.persons)
    if field == "countries":
        return set(want) <= set(mention.countries)
    if field == "no_persons":
        return not _names(want) & _names(mention.persons)
    if field == "no_countries":
        return not set(want) & set(mention.countries)
    if field == "city":
        return _name(mention.city) == _name(want)
    return getattr(mention, field) == want


def paired(mentions: tuple, events: dict) -> dict:
    """Expected events paired one-to-one with mentions of their type, as the scorer pairs them
    (maximising agreeing fields): the best-agreeing (expected, mention) pair first, and so on."""
    scored = sorted(((sum(agrees(m, f, v) for f, v in want.items()), -order, -i, label, i)
                     for order, (label, want) in enumerate(events.items())
                     for i, m in enumerate(mentions) if m.type == want["type"]), reverse=True)
    pairs: dict = dict.fromkeys(events)
    used = set()
    for _score, _order, _i, label, i in scored:
        if pairs[label] is None and i not in used:
            pairs[label] = mentions[i]
            used.add(i)
    return pairs


def table_tests(docs: dict, expected: dict, domestic: dict, known: dict, min_docs: int):
    """The ``run`` fixture and the five tests of one table, to bind in its module (in this order):
    every article has expectations and every known cause names a case; the number of events of
    each type; no event from a sentence with domestic words; each expected event found; each of
    its fields right."""

    def case(doc: str, event: str, field: str, *values):
        reason = known.get((doc, event, field))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        return pytest.param(doc, event, field, *values, id=f"{doc}-{event}-{field}", marks=marks)

    count_cases = [case(doc, "counts", type_, expected[doc]["counts"].get(type_, 0))
                   for doc in docs for type_ in TYPES]
    field_cases = [case(doc, event, field, want[field])
                   for doc in docs for event, want in expected[doc]["events"].items()
                   for field in FIELDS if field in want and field != "type"]
    found_cases = [case(doc, event, "found") for doc in docs for event in expected[doc]["events"]]
    domestic_cases = [case(doc, "domestic", words) for doc in domestic for words in domestic[doc]]

    @pytest.fixture(scope="module")
    def run(tmp_path_factory):
        @lru_cache(maxsize=None)
        def mentions_of(doc: str) -> tuple:
            d = docs[doc]
            folder = tmp_path_factory.mktemp(doc)
            return document_mentions(folder, d["body"], published=d["published"], title=d["title"])
        return mentions_of

    def test_every_article_has_expectations():
        assert set(docs) == set(expected) and len(docs) >= min_docs
        cases = {(c.values[0], c.values[1], c.values[2])
                 for c in count_cases + field_cases + found_cases + domestic_cases}
        assert set(known) <= cases, set(known) - cases  # every known failure names a case

    @pytest.mark.slow
    @pytest.mark.parametrize("doc, event, type_, expected_count", count_cases)
    def test_number_of_events_of_each_type(run, doc, event, type_, expected_count):
        found = Counter(m.type for m in run(doc))
        assert found[type_] == expected_count, \
            [(m.type, m.start, m.city, m.persons, m.evidence[:60]) for m in run(doc)]

    @pytest.mark.slow
    @pytest.mark.parametrize("doc, event, words", domestic_cases)
    def test_domestic_gatherings_are_no_event(run, doc, event, words):
        assert not [m for m in run(doc) if words in m.evidence], [(m.type, m.evidence[:60]) for m in run(doc)]

    @pytest.mark.slow
    @pytest.mark.parametrize("doc, event, field", found_cases)
    def test_expected_event_is_found(run, doc, event, field):
        assert paired(run(doc), expected[doc]["events"])[event] is not None, \
            [(m.type, m.start, m.evidence[:60]) for m in run(doc)]

    @pytest.mark.slow
    @pytest.mark.parametrize("doc, event, field, want", field_cases)
    def test_field_of_expected_event(run, doc, event, field, want):
        mention = paired(run(doc), expected[doc]["events"])[event]
        assert mention is not None, f"no {expected[doc]['events'][event]['type']} mention to pair"
        shown = {"persons": mention.persons, "countries": mention.countries, "no_persons": mention.persons,
                 "no_countries": mention.countries}.get(field, getattr(mention, field, None))
        assert agrees(mention, field, want), (shown, mention.evidence[:80])

    return (run, test_every_article_has_expectations, test_number_of_events_of_each_type,
            test_domestic_gatherings_are_no_event, test_expected_event_is_found, test_field_of_expected_event)
