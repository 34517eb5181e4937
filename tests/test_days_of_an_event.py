"""Whole documents written for these tests, French and Chinese, through every per-document stage:
a day told as one day of a longer event ("au deuxième jour de sa visite", "峰会最后一天") dates the
event from it, and who pays a visit told in a phrase fronted before the main clause ("Lors de sa
visite…, le roi X", "在对越南进行国事访问期间，X…") is that clause's subject."""
from pathlib import Path

import pytest

from conftest import document_mentions


def mentions(tmp_path: Path, body: str, published: str, title: str = "Dépêche"):
    return document_mentions(tmp_path, body, published, title)


def of_type(found, kind: str) -> list:
    return [m for m in found if m.type == kind]


@pytest.mark.slow
@pytest.mark.parametrize("body, published, start", [
    # French: the day said, in the talks' sentence, is the visit's second or third day
    ("La présidente mexicaine Claudia Sheinbaum s'est entretenue lundi à Tokyo avec le Premier ministre "
     "Shigeru Ishiba, au deuxième jour de sa visite officielle au Japon.", "2025-03-10", "2025-03-09"),
    ("Au troisième jour de sa visite d'État en Argentine, le président sud-coréen Lee Jae-myung a "
     "rencontré jeudi à Buenos Aires le président Javier Milei.", "2025-11-06", "2025-11-04"),
    # Chinese: the days counted right after the visit word; "第二天" there is no date of its own
    ("11日，在对越南进行国事访问的第二天，法国总统马克龙同越南国家主席苏林在河内举行会谈。", "2025-03-11",
     "2025-03-10"),
    ("14日是巴西总统卢拉对日本进行国事访问的第三天，卢拉在东京会见了日本首相石破茂。", "2025-03-14",
     "2025-03-12"),
])
def test_a_numbered_day_of_a_visit_dates_its_start_and_leaves_its_end_open(tmp_path, body, published, start):
    visits = of_type(mentions(tmp_path, body, published), "VISIT")
    assert [(v.start, v.end, v.status) for v in visits] == [(start, None, "ongoing")]


@pytest.mark.slow
@pytest.mark.parametrize("body, published, span", [
    ("Les dirigeants de l'Union africaine sont réunis depuis lundi à Addis-Abeba pour un sommet "
     "extraordinaire sur la sécurité au Sahel.\n"
     "Le secrétaire général de l'ONU est attendu mercredi à Addis-Abeba pour la dernière journée du sommet.",
     "2025-03-11", ("2025-03-10", "2025-03-12")),
    ("第三届中国—中亚峰会10日在阿斯塔纳开幕。\n12日是峰会最后一天，各国元首将签署联合宣言。", "2025-03-11",
     ("2025-03-10", "2025-03-12")),
])
def test_the_last_day_of_a_summit_ends_it_and_makes_no_second_summit(tmp_path, body, published, span):
    summits = of_type(mentions(tmp_path, body, published), "SUMMIT")
    assert [(s.start, s.end) for s in summits] == [span]


@pytest.mark.slow
@pytest.mark.parametrize("body, published, visitor, host", [
    ("Lors de sa visite d'État en France, le roi Felipe VI a été reçu mardi par le président "
     "Emmanuel Macron.", "2025-03-11", "Felipe VI", "FR"),
    ("Pendant sa visite officielle au Brésil, le Premier ministre indien Narendra Modi s'est entretenu "
     "jeudi avec le président Lula.", "2025-07-10", "Narendra Modi", "BR"),
    ("在对老挝进行正式访问期间，菲律宾总统小马科斯10日会见了老挝国家主席通伦。", "2025-03-11",
     "Ferdinand Marcos Jr.", "LA"),
])
def test_a_visit_in_a_fronted_phrase_is_paid_by_the_main_clause_subject(tmp_path, body, published, visitor, host):
    found = mentions(tmp_path, body, published)
    visits = of_type(found, "VISIT")
    assert len(visits) == 1 and visitor in visits[0].persons and visits[0].country == host
    assert len(of_type(found, "MEETING")) == 1  # the talks stay talks of their own


@pytest.mark.slow
def test_a_place_opening_the_sentence_is_not_the_country_of_the_office_after_it(tmp_path):
    """"…en France, le roi Felipe VI": Spain's king, not a French one; so the talks with the
    French president are between two states."""
    body = "Lors de sa visite d'État en France, le roi Felipe VI a été reçu mardi par le président Emmanuel Macron."
    talks = of_type(mentions(tmp_path, body, "2025-03-11"), "MEETING")
    assert [t.countries for t in talks] == [("ES", "FR")]


@pytest.mark.slow
@pytest.mark.parametrize("body, published, country", [
    ("En visite au Vatican, le président Rafael Correa arrivera ce soir à Manta, frappée par un séisme.",
     "2016-04-17", "VA"),
    ("En visite officielle en Chine, le président Emmanuel Macron regagnera Paris dimanche soir.",
     "2023-04-07", "CN"),
])
def test_a_city_of_another_state_than_the_visited_one_is_not_the_visits_place(tmp_path, body, published, country):
    visits = of_type(mentions(tmp_path, body, published), "VISIT")
    assert [(v.country, v.city) for v in visits] == [(country, None)]


@pytest.mark.slow
@pytest.mark.parametrize("body, published", [
    ("二十国集团领导人第十九次峰会18日在里约热内卢举行。国家主席习近平出席峰会并发表讲话。\n"
     "与会领导人当天通过了《二十国集团领导人里约热内卢宣言》。", "2024-11-18"),
    ("Le sommet des BRICS s'est ouvert mardi à Kazan en présence de Xi Jinping et de Narendra Modi. "
     "Les dirigeants ont adopté mardi soir une déclaration finale sur la réforme des institutions "
     "financières internationales.", "2024-10-22"),
])
def test_a_summit_whose_closing_declaration_was_adopted_that_day_is_over(tmp_path, body, published):
    """A series that usually lasts days, reported on one of them, is under way — unless the text
    tells its closing act done: the declaration adopted or signed."""
    summits = of_type(mentions(tmp_path, body, published), "SUMMIT")
    assert [s.status for s in summits] == ["past"]


@pytest.mark.slow
@pytest.mark.parametrize("body, published, status", [
    # a guest who came to attend ("来华出席", under way by itself) and congratulates the host on
    # holding it successfully ("祝贺…成功举办", "祝贺…取得圆满成功") tells it done
    ("国务院总理李强5日在人民大会堂会见来华出席第二届全球数字贸易论坛的老挝总理宋赛。宋赛表示，祝贺中方成功举办此次论坛。",
     "2024-11-06", "past"),
    ("国家主席习近平6日会见来华出席第七届中国国际进口博览会的塞尔维亚总理武切维奇。武切维奇祝贺本届进博会取得圆满成功。",
     "2024-11-06", "past"),
    # a wish for its success ("预祝") or congratulations on its opening ("胜利召开") leave it under way
    ("第七届中国国际进口博览会5日在上海开幕。塞尔维亚总理武切维奇出席开幕式，并预祝本届进博会取得圆满成功。",
     "2024-11-05", "ongoing"),
    ("第二届全球数字贸易论坛5日在杭州开幕。老挝总理宋赛出席开幕式并致辞，祝贺论坛胜利召开。", "2024-11-05", "ongoing"),
])
def test_a_guest_congratulating_on_a_forum_held_successfully_tells_it_over(tmp_path, body, published, status):
    forums = of_type(mentions(tmp_path, body, published), "FORUM")
    assert [f.status for f in forums] == [status]


@pytest.mark.slow
def test_a_summit_day_with_no_closing_act_is_still_under_way(tmp_path):
    body = "二十国集团领导人第十九次峰会18日在里约热内卢开幕。国家主席习近平出席峰会并发表讲话。"
    summits = of_type(mentions(tmp_path, body, "2024-11-18"), "SUMMIT")
    assert [s.status for s in summits] == ["ongoing"]


@pytest.mark.slow
@pytest.mark.parametrize("body, published, span", [
    # the participle opening the sentence places its weekday in the past, whatever the main verb
    ("Le sommet de l'Union africaine s'est achevé dimanche à Addis-Abeba.\n"
     "Ouvert samedi par le président angolais João Lourenço, ce 38e sommet des chefs d'État restera "
     "celui de la réforme du financement.", "2025-02-16", ("2025-02-15", "2025-02-16")),
    # the opening told first, the close after: one summit from the one day to the other
    ("Le forum de coopération Chine-Afrique s'est ouvert mardi à Dakar en présence du président "
     "sénégalais Macky Sall.\nLe forum s'achèvera jeudi par l'adoption d'un plan d'action.",
     "2021-11-30", ("2021-11-30", "2021-12-02")),
])
def test_an_opening_day_and_a_closing_day_told_apart_are_one_event(tmp_path, body, published, span):
    found = [m for m in mentions(tmp_path, body, published) if m.type in ("SUMMIT", "FORUM")]
    assert [(m.start, m.end) for m in found] == [span]


@pytest.mark.slow
def test_the_next_visits_after_an_ended_one_are_visits_of_their_own(tmp_path):
    """"结束对X的访问后，…还将对Y和Z进行国事访问": X is the visit before, Y and Z are one visit
    each; "结束对X的国事访问后，抵达W" is the visit to X itself."""
    body = ("国家主席习近平21日抵达马德里，开始对西班牙进行国事访问。结束对西班牙的访问后，习近平还将应邀对葡萄牙和"
            "摩洛哥进行国事访问。")
    visits = of_type(mentions(tmp_path, body, "2025-03-21"), "VISIT")
    assert sorted((v.country, v.countries) for v in visits) == [
        ("ES", ("CN", "ES")), ("MA", ("CN", "MA")), ("PT", ("CN", "PT"))]
    body = "国家主席习近平30日结束对捷克的国事访问后，乘专机抵达华盛顿。"
    visits = of_type(mentions(tmp_path, body, "2016-03-31"), "VISIT")
    assert [v.country for v in visits] == ["CZ"]


@pytest.mark.slow
def test_two_days_of_one_edition_of_a_series_in_one_report_are_one_event(tmp_path):
    """The banquet of the eve dates the summit in the lead, the summit's own day in a later
    sentence: two single days within the series' usual length (two days for this one) and one
    edition are one summit."""
    body = ("18日晚，国家主席习近平在西安为出席中国－中亚峰会的中亚国家元首举行欢迎宴会。\n"
            "19日，中国—中亚峰会在西安举行，习近平主持峰会并发表主旨讲话。")
    summits = of_type(mentions(tmp_path, body, "2023-05-19"), "SUMMIT")
    assert len(summits) == 1
