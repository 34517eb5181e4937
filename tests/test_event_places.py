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


@pytest.mark.slow
@pytest.mark.parametrize("body, meeting, forum", [
    ("国务院总理李强5日在杭州会见来华出席第二届全球数字贸易论坛的老挝总理宋赛。", ("Hangzhou", "CN"), (None, "CN")),
    ("国家主席习近平11日在人民大会堂会见来华出席中国—太平洋岛国外长会的斐济总理兰布卡。", ("Beijing", "CN"), (None, "CN")),
    # the city the guest came to ("来京") is the forum's
    ("国家主席习近平11日在人民大会堂会见来京出席中国—太平洋岛国外长会的斐济总理兰布卡。", ("Beijing", "CN"), ("Beijing", "CN")),
])
def test_where_a_guest_is_met_is_not_where_the_forum_they_came_for_is_held(tmp_path, body, meeting, forum):
    """"在X会见来华出席论坛的Y": X is where the talks are held; the forum is only said to be in
    China (its city is not written)."""
    found = dict((t, (city, country)) for t, city, country in places(tmp_path, body, "2024-11-12"))
    assert (found["MEETING"], found["FORUM"]) == (meeting, forum)


@pytest.mark.slow
def test_where_a_state_visitor_is_met_is_one_city_of_the_visit(tmp_path):
    body = "国家主席习近平12日在北京会见来华进行国事访问的智利总统博里奇。"
    found = dict((t, (city, country)) for t, city, country in places(tmp_path, body, "2024-11-12"))
    assert found["VISIT"] == ("Beijing", "CN")


@pytest.mark.slow
@pytest.mark.parametrize("body, city", [
    ("老挝总理宋赛4日来到杭州出席第二届全球数字贸易论坛开幕式。", "Hangzhou"),
    ("尼泊尔总理奥利3日前往天津出席上海合作组织峰会。", "Tianjin"),
])
def test_the_city_a_guest_travels_to_for_a_forum_is_its_venue(tmp_path, body, city):
    found = [(t, c) for t, c, _ in places(tmp_path, body, "2024-11-05") if t in ("FORUM", "SUMMIT")]
    assert [c for _, c in found] == [city]


@pytest.mark.slow
@pytest.mark.parametrize("body, place", [
    # where the speaker spoke ("在X表示，") is not where the talks they tell of were held
    ("俄罗斯总统普京16日在克里姆林宫表示，15日他与美国总统特朗普举行了会晤。", (None, None)),
    ("法国总统马克龙16日在巴黎表示，他15日同德国总理默茨举行了会谈。", (None, None)),
    # talks told before the speech verb are where the speaker was
    ("法国总统马克龙16日在巴黎同德国总理默茨会谈时表示，欧洲必须团结。", ("Paris", "FR")),
])
def test_where_a_speaker_spoke_is_not_where_the_talks_they_tell_of_were_held(tmp_path, body, place):
    found = [(city, country) for t, city, country in places(tmp_path, body, "2025-08-17") if t == "MEETING"]
    assert found == [place]
