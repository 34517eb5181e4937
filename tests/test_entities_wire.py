"""The entities stage on wire-style sentences written for these tests: a surname alone stands for
the full name the document gave; a town after a place preposition or in an all-caps dateline is a
city of any size; a portfolio between a country and a name gives the person that country; a known
person's repeated name wins over a city inside it; a place in a building's name is no place."""
import pytest

from test_entities import entities, one


@pytest.mark.parametrize("text, full", [
    ("Le ministre chinois Wang Wentao est arrivé lundi à Berlin.\nM. Wang a rencontré des industriels.",
     "Wang Wentao"),
    ("Le président sénégalais Bassirou Diomaye Faye a reçu des diplomates.\nM. Faye a parlé de la pêche.",
     "Bassirou Diomaye Faye"),
])
def test_a_surname_alone_is_the_full_name_given_before(text, full):
    found = entities(text, "fr")
    alone = [e for e in found if e.label == "PERSON" and " " not in e.text]
    assert alone and all(e.canonical == full for e in alone)


@pytest.mark.parametrize("text, surface, country", [
    ("Le forum s'est ouvert mardi à Davos en présence de nombreux dirigeants.", "Davos", "CH"),
    ("Les ministres se retrouveront jeudi à Biarritz pour préparer le sommet.", "Biarritz", "FR"),
])
def test_a_town_after_a_place_preposition_is_a_city(text, surface, country):
    town = one(entities(text, "fr"), surface)
    assert town.label == "CITY" and town.country == country


def test_an_all_caps_dateline_is_a_city():
    town = one(entities("HANOÏ, 12 décembre (Xinhua) -- Le président vietnamien a reçu une délégation.", "fr"),
               "HANOÏ")
    assert town.label == "CITY" and town.country == "VN"


@pytest.mark.parametrize("language, text, surface, country", [
    ("zh", "美国财政部长耶伦抵达广州。", "耶伦", "US"),
    ("zh", "法国经济和财政部长勒梅尔会见了中国企业家。", "勒梅尔", "FR"),
    ("fr", "La secrétaire américaine au Trésor Janet Yellen est arrivée à Pékin.", "Janet Yellen", "US"),
])
def test_a_portfolio_between_country_and_name_gives_the_country(language, text, surface, country):
    person = one(entities(text, language), surface)
    assert person.label == "PERSON" and person.country == country


def test_a_known_persons_repeated_name_is_no_city_inside_it():
    found = entities("新加坡总统尚达曼抵达北京。\n赵乐际会见了尚达曼。", "zh")
    assert not [e for e in found if e.label == "CITY" and e.text == "达曼"]


@pytest.mark.parametrize("text, surface", [
    ("Les délégations se sont retrouvées au palais Coburg, dans le centre de Vienne.", "Coburg"),
    ("Le ministre loge à l'hôtel Berlin pendant le sommet de Bruxelles.", "Berlin"),
])
def test_a_place_in_a_building_name_is_no_place(text, surface):
    assert not [e for e in entities(text, "fr") if e.text == surface and e.label in ("CITY", "COUNTRY")]


@pytest.mark.parametrize("language, text, surface", [
    ("zh", "韩正会见了美国彭博集团创始人布隆伯格。", "美国"),
    ("fr", "Le groupe chinois Huawei a ouvert une usine en Hongrie.", "chinois"),
])
def test_a_company_named_with_its_country_brings_no_country(language, text, surface):
    assert not [e for e in entities(text, language) if e.label == "COUNTRY" and e.text == surface]


def test_a_persons_country_given_once_holds_at_every_mention():
    found = entities("国务院副总理何立峰会见来华访问的美国财政部长耶伦。\n耶伦于4日至9日访华。", "zh")
    assert [e.country for e in found if e.text == "耶伦"] == ["US", "US"]


@pytest.mark.parametrize("text, word", [
    ("外交部发言人说，中方祝贺总统连任，愿同新政府加强合作。", "连任"),
    ("总理再次强调，两国应当扩大贸易。", "再次"),
    ("部长表示，总统坚强有力的领导为国家带来稳定。", "坚强"),
    ("发言人说，中方热烈祝贺总统先生当选。", "祝贺"),
])
def test_a_verb_adverb_or_adjective_after_an_office_is_no_name(text, word):
    assert not [e for e in entities(text, "zh") if e.label == "PERSON" and word in e.text]


def test_a_name_after_an_office_that_the_alias_table_knows_stays_a_name():
    assert [e.canonical for e in entities("英国外交大臣拉布当天抵达北京。", "zh") if e.label == "PERSON"] \
        == ["Dominic Raab"]


@pytest.mark.parametrize("text", [
    "Le parti a exclu ses élus pro-Macron avant le vote.",
    "Une manifestation anti-Trump a réuni mille personnes à Londres.",
])
def test_a_name_glued_to_a_prefix_of_stance_is_no_person(text):
    assert not [e for e in entities(text, "fr") if e.label == "PERSON"]
