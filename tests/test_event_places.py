"""Whole documents written for these tests through every per-document stage: where an event is
held when the text names a seat in another case than the table's, or opens a title with an
unaccented capital preposition."""
from pathlib import Path

import pytest

from conftest import document_mentions


def places(tmp_path: Path, body: str, published: str, title: str = "Dépêche") -> list:
    return [(m.type, m.city, m.country) for m in document_mentions(tmp_path, body, published, title)]


@pytest.mark.slow
@pytest.mark.parametrize("body, city", [
    ("Lundi, le Premier ministre néo-zélandais Christopher Luxon a été reçu par le président Xi Jinping "
     "au Palais du peuple.", "Beijing"),
    ("Mardi, le président kényan William Ruto a été reçu par Donald Trump à la maison blanche.", "Washington"),
])
def test_a_seat_names_its_city_in_any_case(tmp_path, body, city):
    assert places(tmp_path, body, "2024-06-12") == [("MEETING", city, "CN" if city == "Beijing" else "US")]


@pytest.mark.slow
def test_an_unaccented_capital_preposition_opening_a_title_introduces_the_place(tmp_path):
    found = document_mentions(tmp_path, "Le président français reçoit lundi son homologue ghanéen John Mahama.",
                              "2025-06-16", title="A Versailles, Macron reçoit John Mahama")
    assert [(m.type, m.city) for m in found] == [("MEETING", "Versailles")]


@pytest.mark.slow
def test_the_european_council_is_a_summit_but_its_president_is_an_office(tmp_path):
    body = ("Olaf Scholz a reçu mardi à Berlin le Premier ministre néerlandais Dick Schoof. Les deux dirigeants "
            "se retrouveront fin juin à Bruxelles pour le Conseil européen.\nLe président du Conseil européen, "
            "António Costa, a salué mercredi leur accord.")
    found = document_mentions(tmp_path, body, "2025-06-04")
    assert sorted((m.type, m.name, m.city) for m in found) == [
        ("MEETING", None, "Berlin"), ("SUMMIT", "Conseil européen", "Brussels")]
