"""Scoring rules of the annotation guide, on gold and predicted mentions built by hand."""
from __future__ import annotations

import math

import pytest

from pipeline.scoring import (Counts, agreeing, fold, gold_facts, matches, names_agree, pair_mentions,
                              pairable, pairwise_merge, predicted_facts, same_languages, same_published)

EMPTY_GOLD = {"doc": "d", "event": "e", "type": "MEETING", "name": None, "edition": None, "start": None,
              "end": None, "status": None, "city": None, "country": None, "countries": [], "persons": [],
              "orgs": [], "agreements": None}


def gold(**fields) -> dict:
    return gold_facts({**EMPTY_GOLD, **fields})


def predicted(**cells) -> dict:
    """Facts of a mentions.csv row given as its cell texts."""
    return predicted_facts(cells)


@pytest.mark.parametrize("value, forms, expected", [
    # French and Chinese forms side by side
    ("Kassym-Jomart Tokayev", ["Kassym-Jomart Tokaïev", "托卡耶夫"], True),   # fuzzy: one letter in 21
    ("托卡耶夫", ["Kassym-Jomart Tokaïev", "托卡耶夫"], True),
    ("Tokayev", ["Tokaïev"], False),            # one letter in 7 is below ratio 90
    ("Xi'an", ["Xi’an"], True),                 # apostrophes are punctuation
    ("西安", ["Xi'an", "西安"], True),
    ("PÉKIN", ["Pékin"], True),                 # case
    ("Pekin", ["Pékin", "北京"], True),         # accents
    ("北京", ["Pékin", "北京"], True),
    ("sommet Chine–Asie centrale", ["Sommet Chine-Asie centrale"], True),  # dash forms
    ("中国－中亚峰会", ["中国-中亚峰会"], True),
    ("Astana", ["Almaty"], False),
    ("上合组织", ["上海合作组织"], False),       # a short form counts only when listed
    ("", ["Astana"], False),
    ("…", ["…"], False),                       # nothing left after folding is no name
])
def test_names_agree_after_folding_or_by_fuzzy_ratio(value, forms, expected):
    assert names_agree(value, forms) is expected


def test_fold_strips_case_accents_and_punctuation():
    assert fold("  Xi’an, CHINE ") == fold("xi an chine") == "xi an chine"
    assert fold("Tokaïev") == "tokaiev"


def test_a_wrong_type_with_the_right_name_still_pairs():
    p = [predicted(type="FORUM", name="sommet Chine-Asie centrale", start="2023-05-18")]
    g = [gold(type="SUMMIT", name=["Sommet Chine-Asie centrale", "中国－中亚峰会"], start="2023-05-18")]
    assert pair_mentions(p, g) == [(0, 0)]


def test_a_wrong_type_with_another_name_does_not_pair():
    p = [predicted(type="FORUM", name="Forum de Boao")]
    g = [gold(type="SUMMIT", name=["Sommet du G7"])]
    assert not pairable(p[0], g[0])
    assert pair_mentions(p, g) == []


def test_two_events_of_one_type_pair_by_most_agreeing_facts():
    # greedy in order would pair prediction 0 with gold 0 (both MEETING); the best pairing crosses
    p = [predicted(type="MEETING", start="2023-05-17", city="Xi'an", persons="Xi Jinping; Kassym-Jomart Tokayev"),
         predicted(type="MEETING", start="2023", city="北京", persons="习近平")]
    g = [gold(type="MEETING", start="2023", city=["Beijing", "北京"], persons=[["Xi Jinping", "习近平"]]),
         gold(type="MEETING", start="2023-05-17", city=["Xi'an", "西安"],
              persons=[["Xi Jinping", "习近平"], ["Kassym-Jomart Tokaïev", "托卡耶夫"]])]
    assert pair_mentions(p, g) == [(0, 1), (1, 0)]


def test_a_tie_goes_to_the_lowest_gold_index():
    p = [predicted(type="VISIT", status="past")]
    g = [gold(type="VISIT", status="future"), gold(type="VISIT", status="future")]
    assert pair_mentions(p, g) == [(0, 0)]


def test_the_best_pairing_may_leave_an_earlier_prediction_unpaired():
    p = [predicted(type="SUMMIT", start="2019"),
         predicted(type="SUMMIT", start="2019", city="Bichkek", country="KG")]
    g = [gold(type="SUMMIT", start="2019", city=["Bishkek", "Bichkek", "比什凯克"], country="KG")]
    assert pair_mentions(p, g) == [(1, 0)]


@pytest.mark.parametrize("field, cell, gold_value, right", [
    ("countries", "CN; KZ; US", ["CN", "KZ", "UZ"], 2),
    ("countries", "kz; CN; KZ", ["CN", "KZ"], 2),      # a repeated code is one fact
    ("persons", "Xi Jinping; Qin Gang", [["Xi Jinping", "习近平"], ["Kassym-Jomart Tokaïev"]], 1),
    ("persons", "习近平; 秦刚", [["Xi Jinping", "习近平"], ["Kassym-Jomart Tokaïev"]], 1),
    ("orgs", "OCS; ASEAN", [["Shanghai Cooperation Organisation", "OCS", "上合组织"]], 1),
    ("orgs", "上合组织", [["Shanghai Cooperation Organisation", "OCS", "上合组织"]], 1),
])
def test_list_fields_count_each_element(field, cell, gold_value, right):
    p, g = predicted(**{field: cell}), gold(**{field: gold_value})
    assert len(matches(field, p[field], g[field])) == right


def test_one_gold_person_is_matched_once():
    p = predicted(persons="Xi Jinping; Xi")
    g = gold(persons=[["Xi Jinping", "Xi"]])
    assert matches("persons", p["persons"], g["persons"]) == [(0, 0)]


@pytest.mark.parametrize("cell, gold_value, agree", [
    ("XXXX-10-17", "XXXX-10-17", True),
    ("XXXX-10-17", "2023-10-17", False),   # an unresolved year is not the resolved one
    ("2023-10-17", "XXXX-10-17", False),
    ("2019", "2019", True),
    ("2019-05", "2019", False),            # granularity counts
    ("2023-05-18T00:00:00", "2023-05-18", True),
])
def test_dates_agree_only_exactly(cell, gold_value, agree):
    assert bool(matches("start", predicted(start=cell)["start"], gold(start=gold_value)["start"])) is agree


@pytest.mark.parametrize("cell, expected", [("270", [270]), ("270.0", [270]), ("", []), ("nan", []),
                                            (float("nan"), []), (None, []), ("beaucoup", [])])
def test_integers_from_a_table_compare_as_numbers(cell, expected):
    assert predicted(agreements=cell)["agreements"] == expected


def test_codes_compare_in_upper_case():
    p = predicted(type="summit", status="Past", country="kz")
    g = gold(type="SUMMIT", status="past", country="KZ")
    assert agreeing(p, g) == 3


def test_empty_cells_make_no_facts():
    facts = predicted(type="VISIT", name="", countries="", persons="None")
    assert sum(len(v) for v in facts.values()) == 1


def test_no_prediction_or_no_gold_pairs_nothing():
    assert pair_mentions([], [gold(type="SUMMIT")]) == []
    assert pair_mentions([predicted(type="SUMMIT")], []) == []
    assert pair_mentions([], []) == []


@pytest.mark.parametrize("counts, expected", [
    (Counts(tp=0, fp=0, fn=3), (0.0, 0.0, 0.0)),   # empty prediction: recall 0, precision 0
    (Counts(tp=0, fp=2, fn=0), (0.0, 0.0, 0.0)),   # empty gold
    (Counts(), (0.0, 0.0, 0.0)),
    (Counts(tp=3, fp=1, fn=2), (0.75, 0.6, 0.6667)),
])
def test_precision_recall_f1(counts, expected):
    score = counts.prf()
    assert (score["p"], score["r"], score["f1"]) == expected
    assert all(not math.isnan(score[k]) for k in ("p", "r", "f1"))


def test_merge_is_scored_over_pairs_of_mentions():
    # gold: a, b same event; c another. prediction joins a and c, and leaves b alone
    counts = pairwise_merge([("e1", "x"), ("e2", "x"), ("e1", "y")])
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)
    # an empty event id never joins two mentions
    assert pairwise_merge([("", "x"), ("", "x")]).fn == 1


@pytest.mark.parametrize("cell, gold_value, agree", [
    ("2023-05-19", "2023-05-19", True), ("", None, True), ("nan", None, True),
    ("2023-05-19", None, False), ("", "2023-05-19", False),
])
def test_publication_dates(cell, gold_value, agree):
    assert same_published(cell, gold_value) is agree


@pytest.mark.parametrize("cell, gold_value, agree", [
    ("fr; zh", ["zh", "fr"], True), ("fr", ["fr", "zh"], False), ("", [], True), (None, ["fr"], False),
])
def test_languages_compare_as_sets(cell, gold_value, agree):
    assert same_languages(cell, gold_value) is agree
