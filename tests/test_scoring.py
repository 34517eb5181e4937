"""Scoring rules of the annotation guide, on gold and predicted mentions written here."""
from __future__ import annotations

import pytest

from pipeline.scoring import gold_facts, matches, names_agree, pair_mentions, predicted_facts


def gold(**fields) -> dict:
    base = {"doc": "d", "event": "e", "type": "MEETING", "name": None, "edition": None, "start": None,
            "end": None, "status": None, "city": None, "country": None, "countries": [], "persons": [],
            "orgs": [], "agreements": None}
    return gold_facts({**base, **fields})


def predicted(**fields) -> dict:
    return predicted_facts({k: v for k, v in fields.items()})


@pytest.mark.parametrize("value, forms, expected", [
    ("Tokayev", ["Tokaïev"], False),  # short names: one letter apart is below ratio 90
    ("Kassym-Jomart Tokayev", ["Kassym-Jomart Tokaïev"], True),
    ("Xi'an", ["Xi’an"], True),
    ("xi an", ["Xi'an"], True),
    ("SOMMET CHINE-ASIE CENTRALE", ["sommet Chine–Asie centrale"], True),
    ("Astana", ["Almaty"], False),
    ("", ["Astana"], False),
    ("西安", ["Xi'an", "西安"], True),
])
def test_names_agree_after_folding_or_fuzzy_ratio(value, forms, expected):
    assert names_agree(value, forms) is expected


def test_a_wrong_type_with_the_right_name_still_pairs():
    p = [predicted(type="FORUM", name="sommet Chine-Asie centrale", start="2023-05-18")]
    g = [gold(type="SUMMIT", name=["Sommet Chine-Asie centrale"], start="2023-05-18")]
    assert pair_mentions(p, g) == [(0, 0)]


def test_a_wrong_type_with_another_name_does_not_pair():
    p = [predicted(type="FORUM", name="Forum de Boao")]
    g = [gold(type="SUMMIT", name=["Sommet du G7"])]
    assert pair_mentions(p, g) == []


def test_two_events_of_one_type_pair_by_most_agreeing_facts():
    p = [predicted(type="MEETING", start="2023-05-17", city="Xi'an", persons="Xi Jinping; Kassym-Jomart Tokayev"),
         predicted(type="MEETING", start="2023", city="Beijing", persons="Xi Jinping")]
    g = [gold(type="MEETING", start="2023", city=["Beijing"], persons=[["Xi Jinping"]]),
         gold(type="MEETING", start="2023-05-17", city=["Xi'an"],
              persons=[["Xi Jinping"], ["Kassym-Jomart Tokayev", "托卡耶夫"]])]
    assert sorted(pair_mentions(p, g)) == [(0, 1), (1, 0)]


def test_list_fields_count_each_element():
    p = predicted(countries="CN; KZ; US", persons="Xi Jinping; Qin Gang")
    g = gold(countries=["CN", "KZ", "UZ"], persons=[["Xi Jinping"], ["Kassym-Jomart Tokayev"]])
    assert len(matches("countries", p["countries"], g["countries"])) == 2
    assert len(matches("persons", p["persons"], g["persons"])) == 1


def test_one_gold_person_is_matched_once():
    p = predicted(persons="Xi Jinping; Xi")
    g = gold(persons=[["Xi Jinping", "Xi"]])
    assert len(matches("persons", p["persons"], g["persons"])) == 1


def test_unresolved_years_must_match_exactly():
    p = predicted(start="XXXX-10-17")
    assert matches("start", p["start"], gold(start="XXXX-10-17")["start"]) == [(0, 0)]
    assert matches("start", p["start"], gold(start="2023-10-17")["start"]) == []


def test_empty_prediction_and_empty_gold_pair_nothing():
    assert pair_mentions([], [gold(type="SUMMIT")]) == []
    assert pair_mentions([predicted(type="SUMMIT")], []) == []


def test_integers_from_a_table_compare_as_numbers():
    assert predicted(agreements="270.0")["agreements"] == [270]
    assert gold(agreements=270)["agreements"] == [270]
