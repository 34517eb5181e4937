"""The entities stage on hand-built Articles: French and Chinese sentences written for these tests.

The spaCy model and the gazetteers are cached per process (``models.nlp_for``, ``gazetteer``), so
they load once for the whole test session.
"""
import re

import pytest
from dataclasses import replace

from pipeline import langdata
from pipeline.entities import find_entities
from pipeline.records import Article, Sentence


def article(text: str, language: str) -> Article:
    """One sentence per line."""
    sentences, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Sentence(pos, pos + len(line), language))
        pos += len(line) + 1
    return Article(doc_id="t", path="t.txt", sha256="", raw=text, text=text, sentences=tuple(sentences),
                   languages=(language,))


def entities(text: str, language: str):
    a = find_entities(article(text, language))
    for e in a.entities:  # every offset points at the entity's own text in raw
        assert a.raw[e.start:e.end] == e.text
    assert [e.start for e in a.entities] == sorted(e.start for e in a.entities)
    return a.entities


def one(found, surface: str):
    matches = [e for e in found if e.text == surface]
    assert matches, f"{surface!r} not found in {[(e.text, e.label) for e in found]}"
    return matches[0]


@pytest.mark.parametrize("language, text, surface", [
    ("fr", "Le Kazakhstan a signé un accord avec la Chine.", "Kazakhstan"),
    ("zh", "哈萨克斯坦同中国签署了协议。", "哈萨克斯坦"),
])
def test_country_names_in_both_scripts_give_iso_code(language, text, surface):
    e = one(entities(text, language), surface)
    assert (e.label, e.entity_id, e.canonical, e.kind) == ("COUNTRY", "KZ", "Kazakhstan", "gazetteer")


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Le président kazakh a salué la coopération.", {"kazakh": "KZ"}),
    ("fr", "Le partenariat sino-kazakhe progresse.", {"sino": "CN", "kazakhe": "KZ"}),
    ("fr", "Les relations américano-chinoises restent tendues.", {"américano": "US", "chinoises": "CN"}),
    ("zh", "中方坚定支持哈方维护国家独立。", {"中方": "CN", "哈方": "KZ"}),
    ("zh", "中哈两国人民友谊深厚。", {"中": "CN", "哈": "KZ"}),
])
def test_demonyms_and_sides_are_countries(language, text, expected):
    found = {e.text: e for e in entities(text, language) if e.label == "COUNTRY"}
    assert {t: e.entity_id for t, e in found.items()} == expected
    assert all(e.kind == "demonym" for e in found.values())


@pytest.mark.parametrize("text", ["这是一个完美方案。", "其中德国代表发言。"])
def test_chinese_abbreviations_inside_other_words_are_not_countries(text):
    codes = {e.entity_id for e in entities(text, "zh") if e.kind == "demonym"}
    assert codes == set()


@pytest.mark.parametrize("language, text, surface, geonameid, country", [
    ("fr", "Le sommet s'est tenu à Xi'an en mai.", "Xi'an", "1790630", "CN"),
    ("zh", "峰会在西安举行。", "西安", "1790630", "CN"),
    ("fr", "Les dirigeants se sont retrouvés à Astana.", "Astana", "1526273", "KZ"),
    ("zh", "领导人在阿斯塔纳会晤。", "阿斯塔纳", "1526273", "KZ"),
    # GeoNames lists Almaty only in traditional characters (阿拉木圖): the simplified form is derived
    ("zh", "论坛在阿拉木图开幕。", "阿拉木图", "1526384", "KZ"),
])
def test_cities_resolve_to_one_geonames_id_across_scripts(language, text, surface, geonameid, country):
    e = one(entities(text, language), surface)
    assert (e.label, e.entity_id, e.country) == ("CITY", geonameid, country)


@pytest.mark.parametrize("language, text, surface", [
    ("fr", "Le premier sommet Chine-Asie centrale a eu lieu.", "Asie centrale"),
    ("zh", "首届中国－中亚峰会举行。", "中亚"),
    ("zh", "中亚五国领导人出席。", "中亚五国"),
])
def test_central_asia_region_carries_its_members(language, text, surface):
    e = one(entities(text, language), surface)
    assert e.label == "REGION" and e.canonical == "Central Asia"
    assert e.members == ("KG", "KZ", "TJ", "TM", "UZ")


@pytest.mark.parametrize("language, text, surface", [
    ("fr", "Xi Jinping a prononcé un discours.", "Xi Jinping"),
    ("fr", "M. Xi a prononcé un discours.", "Xi"),
    ("zh", "国家主席习近平发表讲话。", "习近平"),
])
def test_alias_persons_share_canonical_name_and_wikidata_id(language, text, surface):
    e = one(entities(text, language), surface)
    assert (e.label, e.canonical, e.entity_id, e.country, e.kind) == ("PERSON", "Xi Jinping", "Q15031", "CN", "alias")


@pytest.mark.parametrize("language, text, surface, canonical, country", [
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev est arrivé.", "Kassym-Jomart Tokaïev",
     "Kassym-Jomart Tokayev", "KZ"),
    ("zh", "哈萨克斯坦总统托卡耶夫抵达。", "托卡耶夫", "Kassym-Jomart Tokayev", "KZ"),
    ("fr", "Le président russe Vladimir Poutine a répondu.", "Vladimir Poutine", "Vladimir Putin", "RU"),
    ("zh", "俄罗斯总统普京作出回应。", "普京", "Vladimir Putin", "RU"),
])
def test_leaders_spelt_per_language_resolve_to_one_person(language, text, surface, canonical, country):
    e = one(entities(text, language), surface)
    assert (e.label, e.canonical, e.country) == ("PERSON", canonical, country)


@pytest.mark.parametrize("language, text, name, country", [
    ("fr", "Le ministre ouzbek des Affaires étrangères Anvar Rakhimov a rencontré la presse.", "Anvar Rakhimov", "UZ"),
    ("fr", "Le Premier ministre chinois Zhang Wenming a rencontré la presse.", "Zhang Wenming", "CN"),
    ("zh", "吉尔吉斯斯坦外长图尔古纳利耶夫会见记者。", "图尔古纳利耶夫", "KG"),
])
def test_unknown_person_loses_title_and_takes_country_of_office(language, text, name, country):
    persons = [e for e in entities(text, language) if e.label == "PERSON"]
    assert [(p.text, p.canonical, p.country) for p in persons] == [(name, name, country)]


@pytest.mark.parametrize("text, persons", [
    # a message after an office is no person
    ("副总理在开幕式上宣读了国家主席贺信。", []),
    ("大会宣读了联合国秘书长贺电和总统致辞。", []),
    # a known name glued by the segmenter to a preposition or conjunction is found whole
    ("两国外长向普京汇报了会谈情况。", ["Vladimir Putin"]),
    ("代表团和普京进行了交谈。", ["Vladimir Putin"]),
    ("总理向托卡耶夫转交了亲署信。", ["Kassym-Jomart Tokayev"]),
    # a unique surname before an office is that leader
    ("去年11月，习主席同美国总统在旧金山会晤。", ["Xi Jinping"]),
    ("双方要落实习主席同总统先生会晤达成的共识。", ["Xi Jinping"]),
    ("各级干部认真学习主席讲话精神，会见代表。", []),  # 学习 is a word: no surname there
    ("李总理会见了外宾。", []),  # a surname several leaders share names no one
    # a foreign name with no office between a comitative word and a verb of talks is a person
    ("欢迎仪式后，国务院总理同马拉佩举行会谈。", ["James Marape"]),  # in the alias table
    ("外交部长当天同伊斯哈科夫举行了会谈。", ["伊斯哈科夫"]),
    ("副总理上午同卡拉巴耶娃进行了会谈。", ["卡拉巴耶娃"]),
    ("外长同美方举行会谈。", []),  # a side, not a name
    ("习近平同哈萨克斯坦举行会谈。", ["Xi Jinping"]),  # a country, not a name
    # a group named like a person is no person
    ("胡塞武装代表团抵达利雅得。", []),
    ("塔利班政权代表团抵达多哈。", []),
])
def test_persons_read_in_chinese_sentences(text, persons):
    assert [e.canonical for e in entities(text, "zh") if e.label == "PERSON"] == persons


def test_bosnia_has_a_short_chinese_name():
    assert ("COUNTRY", "波黑") in [(e.label, e.text) for e in entities("国家副主席会见波黑议会代表团。", "zh")]


def test_person_without_office_has_no_country():
    persons = [e for e in entities("Jean Dupont a visité la Chine hier.", "fr") if e.label == "PERSON"]
    assert [(p.canonical, p.country) for p in persons] == [("Jean Dupont", "")]


def test_surname_alone_links_to_full_name_of_same_document():
    text = ("Le ministre ouzbek Dilshod Nurmatov est arrivé à Pékin.\n"
            "Nurmatov a ensuite rencontré des journalistes.")
    found = entities(text, "fr")
    short = one(found, "Nurmatov")
    assert (short.label, short.canonical, short.kind, short.country) == ("PERSON", "Dilshod Nurmatov", "coreference", "UZ")


def test_alias_surname_alone_is_found_once_the_full_name_is_in_the_document():
    text = "Mike Pompeo a rencontré la presse.\nPompeo a ensuite quitté Washington."
    e = one(entities(text, "fr"), "Pompeo")
    assert (e.label, e.canonical, e.country) == ("PERSON", "Mike Pompeo", "US")
    # without the full name the bare surname is not searched for: spaCy may still tag it as some
    # person, but nothing links it to the alias entry
    alone = entities("Pompeo a ensuite quitté la ville.", "fr")
    assert all(x.canonical != "Mike Pompeo" and x.kind not in ("alias", "coreference") for x in alone)


def test_first_name_is_not_the_country_of_the_same_name():
    found = entities("Maurice Druon a parlé de l'île Maurice.", "fr")
    countries = [(e.text, e.start) for e in found if e.label == "COUNTRY"]
    assert countries == [("Maurice", 31)]


@pytest.mark.parametrize("language, text, surface", [
    ("fr", "Les membres de l'Organisation de coopération de Shanghai se réunissent.",
     "Organisation de coopération de Shanghai"),
    ("fr", "Le sommet de l'OCS a lieu en juillet.", "OCS"),
    ("zh", "上合组织成员国领导人出席。", "上合组织"),
    ("zh", "上海合作组织秘书长致辞。", "上海合作组织"),
])
def test_sco_names_in_both_languages_share_one_canonical(language, text, surface):
    e = one(entities(text, language), surface)
    assert (e.label, e.canonical, e.kind) == ("ORG", "Shanghai Cooperation Organisation", "alias")


@pytest.mark.parametrize("language, text, surface", [
    ("fr", "Selon l'agence Xinhua, la rencontre a eu lieu.", "Xinhua"),
    ("fr", "La rencontre a eu lieu, rapporte l'AFP.", "AFP"),
    ("zh", "据新华社报道，会谈在北京举行。", "新华社"),
])
def test_news_agencies_are_marked_as_agencies(language, text, surface):
    e = one(entities(text, language), surface)
    assert (e.label, e.kind) == ("ORG", "agency")


@pytest.mark.parametrize("language, text", [
    ("fr", "Le Kazakhstan accueille le sommet.\nLa Chine envoie une délégation.\nLe Japon observe."),
    ("zh", "哈萨克斯坦主办峰会。\n中国派出代表团。\n日本观察。"),
])
def test_only_candidate_sentences_are_read_for_entities(language, text):
    a = article(text, language)
    middle = a.sentences[1]
    found = find_entities(replace(a, candidates=(1,))).entities
    assert found and all(middle.start <= e.start and e.end <= middle.end for e in found)
    assert {e.entity_id for e in found} == {"CN"}
    everything = find_entities(a).entities
    assert {e.entity_id for e in everything if e.label == "COUNTRY"} == {"KZ", "CN", "JP"}


def test_stage_returns_new_article_and_keeps_other_fields():
    a = article("La Chine et le Kazakhstan.", "fr")
    b = find_entities(a)
    assert a.entities == () and b.entities
    assert (b.raw, b.sentences, b.doc_id) == (a.raw, a.sentences, a.doc_id)


def test_sentence_in_language_without_data_gets_no_crash():
    a = Article(doc_id="t", path="t", sha256="", raw="zzz qqq", text="zzz qqq",
                sentences=(Sentence(0, 7, "und"),))
    assert find_entities(a).entities == ()


# --------------------------------------------------------------------------------------------
# the data files


def test_alias_table_entries_are_well_formed():
    table = langdata.resource("aliases.json")
    assert "_format" in table
    seen = {}
    for entry in table["entries"]:
        assert entry["label"] in ("PERSON", "ORG")
        assert re.fullmatch(r"(Q\d+)?", entry.get("id", ""))
        assert entry["canonical"] and entry["names"]
        assert entry.get("kind", "alias") in ("alias", "agency")
        if entry["label"] == "PERSON":
            assert re.fullmatch(r"[A-Z]{2}", entry["country"])
        for name in entry["names"]:  # one name, one identity
            assert seen.setdefault(name, entry["canonical"]) == entry["canonical"], name


def test_table_of_terms_names_alias_persons_offices_and_ordered_dates():
    persons = {e["canonical"] for e in langdata.resource("aliases.json")["entries"] if e["label"] == "PERSON"}
    table = langdata.resource("offices_held.json")
    assert "_format" in table and len(table["terms"]) >= 500
    for term in table["terms"]:
        assert term["canonical"] in persons, term
        assert term["office"] in ("head_of_state", "head_of_government", "foreign_minister"), term
        assert re.fullmatch(r"[A-Z]{2}", term["country"]), term
        for bound in (term["from"], term["to"]):
            assert bound is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", bound), term
        assert term["to"] is None or term["from"][:len(term["to"])] <= term["to"], term


@pytest.mark.parametrize("canonical, office, day, held", [
    ("Angela Merkel", "head_of_government", "2020-08-21", True),
    ("Angela Merkel", "head_of_government", "2022-03-01", False),
    ("Emmanuel Macron", "head_of_state", "2016-05-01", False),
    ("Emmanuel Macron", "head_of_state", "2019-12-09", True),
    ("Vladimir Putin", "head_of_government", "2010-06-01", True),
    ("Vladimir Putin", "head_of_state", "2010-06-01", False),
    ("Emmanuel Macron", "head_of_state", None, False),  # no day, no answer
])
def test_who_held_an_office_on_a_day(canonical, office, day, held):
    from pipeline.events.offices import held_on
    assert held_on(canonical, office, day) is held


@pytest.mark.parametrize("language", ["fr", "zh"])
def test_language_data_names_known_codes(language):
    from babel import Locale

    known = set(Locale("en").territories)
    data = langdata.load("entities", language)
    codes = set(data.get("demonyms", {})) | set(data.get("side_abbreviations", {}).values()) \
        | set(data.get("compound_prefixes", {}).values()) | set(data.get("extra_country_names", {}))
    assert codes and codes <= known
    assert data["titles"] and data["model_labels"]


def test_a_place_name_ending_the_text_keeps_its_own_length():
    from pipeline.gazetteer import gazetteer

    hits = gazetteer("fr").find("Forum à Almaty")
    assert [(h.start, h.end) for h in hits] == [(8, 14)]


@pytest.mark.parametrize("language, text, name", [
    ("zh", "韩正同越南副总理会谈\n国家副主席韩正在北京同越南副总理举行会谈。", "韩正"),
    ("fr", "Jean-Yves Le Drian à Pékin\nLe ministre Le Drian a rencontré son homologue chinois.", "Le Drian"),
])
def test_a_name_found_once_is_a_name_wherever_else_the_document_writes_it(language, text, name):
    found = entities(text, language)
    second_line = text.index("\n")
    assert any(e.label == "PERSON" and e.start > second_line and name in e.text for e in found)


@pytest.mark.parametrize("text, surface, capital, code", [
    ("Le président tchadien est arrivé jeudi dans la capitale malienne.", "la capitale malienne", "Bamako", "ML"),
    ("Les négociateurs se retrouvent lundi à la capitale autrichienne.", "la capitale autrichienne", "Vienna", "AT"),
    ("Le sommet s'est ouvert dans la capitale sénégalaise sous la pluie.", "la capitale sénégalaise", "Dakar", "SN"),
    ("Le ministre colombien a atterri dans sa capitale péruvienne d'adoption.", "sa capitale péruvienne", "Lima", "PE"),
    # capitals whose GeoNames name differs from the country's record (a former name, no accents)
    ("Le sommet se tiendra dans la capitale kazakhe en juillet.", "la capitale kazakhe", "Astana", "KZ"),
    ("La délégation est attendue mardi dans la capitale brésilienne.", "la capitale brésilienne", "Brasília", "BR"),
    ("Les ministres ouest-africains se réunissent à la capitale togolaise.", "la capitale togolaise", "Lomé", "TG"),
])
def test_a_capital_named_by_its_demonym_is_the_capital_city(text, surface, capital, code):
    e = one(entities(text, "fr"), surface)
    assert (e.label, e.canonical, e.country) == ("CITY", capital, code)


@pytest.mark.parametrize("text, surface, code", [
    ("Le président burkinabè a reçu son homologue ivoirienne.", "ivoirienne", "CI"),
    ("La délégation mauritanienne a quitté la salle.", "mauritanienne", "MR"),
    ("Les ministres colombiens et péruviens se sont parlé.", "péruviens", "PE"),
])
def test_african_and_latin_american_demonyms_give_their_country(text, surface, code):
    e = one(entities(text, "fr"), surface)
    assert (e.label, e.entity_id) == ("COUNTRY", code)


@pytest.mark.parametrize("language, text, surface, code", [
    ("fr", "Le ministre a rencontré son homologue de Palestine à Ramallah.", "Palestine", "PS"),
    ("fr", "La délégation est arrivée au Vietnam lundi.", "Vietnam", "VN"),
    ("fr", "Le président de la RDC a reçu son homologue angolais.", "RDC", "CD"),
    ("zh", "习近平同到访的巴勒斯坦总统举行会谈。", "巴勒斯坦", "PS"),
    ("zh", "刚果民主共和国总统抵达北京。", "刚果民主共和国", "CD"),
])
def test_countries_in_their_press_forms(language, text, surface, code):
    e = one(entities(text, language), surface)
    assert (e.label, e.entity_id) == ("COUNTRY", code)


@pytest.mark.parametrize("text, surface, canonical, code", [
    ("韩国总统在首尔会见了中国外长。", "首尔", "Seoul", "KR"),
    ("两国领导人在开罗举行会谈。", "开罗", "Cairo", "EG"),
    ("美国国务卿在华盛顿会见日本外相。", "华盛顿", "Washington", "US"),
    ("柬埔寨首相在金边会见越南总理。", "金边", "Phnom Penh", "KH"),
])
def test_big_cities_named_in_chinese_even_when_the_segmenter_knows_the_word(text, surface, canonical, code):
    e = one(entities(text, "zh"), surface)
    assert (e.label, e.canonical, e.country) == ("CITY", canonical, code)


def test_a_city_name_that_is_a_common_phrase_stays_a_phrase():
    assert not [e for e in entities("要实现新疆社会稳定和长治久安。", "zh") if e.label == "CITY"]


@pytest.mark.parametrize("text, surface, canonical", [
    ("Les négociateurs sont arrivés à Doha dimanche.", "Doha", "Doha"),
    ("Le ministre s'est rendu à Lima puis à Accra.", "Lima", "Lima"),
    ("Le sommet s'est tenu à Hanoi en 2019.", "Hanoi", "Hanoi"),
])
def test_capitals_and_big_cities_are_places_though_the_vectors_know_a_word(text, surface, canonical):
    e = one(entities(text, "fr"), surface)
    assert (e.label, e.canonical) == ("CITY", canonical)


@pytest.mark.parametrize("language, text, surface, canonical, code", [
    # a capital of the country the text names wins over a bigger city of a country it does not
    ("zh", "国家副主席在维多利亚会见塞舌尔总统。", "维多利亚", "Victoria", "SC"),
    ("zh", "加拿大总理在维多利亚会见日本首相。", "维多利亚", "Victoria", "CA"),
    # two big cities of one name: the country the text names decides
    ("fr", "Le roi d'Espagne a reçu à Valencia le président portugais.", "Valencia", "Valencia", "ES"),
    ("fr", "Le président vénézuélien est arrivé à Valencia.", "Valencia", "Valencia", "VE"),
    ("fr", "Le Premier ministre pakistanais a reçu à Hyderabad son homologue afghan.", "Hyderabad", "Hyderabad", "PK"),
    ("fr", "Le Premier ministre indien a reçu à Hyderabad son homologue afghan.", "Hyderabad", "Hyderabad", "IN"),
    # a capital, or a city many times bigger than its namesake, keeps its name
    ("fr", "Le président américain est arrivé à Paris.", "Paris", "Paris", "FR"),
    ("fr", "Le Premier ministre canadien est arrivé à Sydney.", "Sydney", "Sydney", "AU"),
])
def test_a_city_name_of_several_countries_is_the_one_of_the_country_the_text_names(language, text, surface,
                                                                                    canonical, code):
    e = one(entities(text, language), surface)
    assert (e.label, e.canonical, e.country) == ("CITY", canonical, code)


@pytest.mark.parametrize("text, surface, city", [
    ("副总理24日在广西南宁会见了外宾。", "南宁", "Nanning"),
    ("博览会在云南昆明举行。", "昆明", "Kunming"),
    ("两国外长在四川成都举行会谈。", "成都", "Chengdu"),
])
def test_a_city_written_right_after_its_province_is_found(text, surface, city):
    """The segmenter reads "广西南宁" as one word: the province's name ends a word of its own."""
    e = one(entities(text, "zh"), surface)
    assert (e.label, e.canonical, e.country) == ("CITY", city, "CN")


@pytest.mark.parametrize("text, place", [
    ("Les dirigeants se sont retrouvés au centre de congrès Bharat Mandapam pour la séance d'ouverture.", "Mandapam"),
    ("Le sommet se tient au complexe hôtelier Grand Tirana, au bord du lac.", "Tirana"),
])
def test_a_place_name_ending_a_longer_proper_name_is_no_place(text, place):
    """A gazetteer name right after a capitalised word inside the sentence ends a longer proper
    name (a venue, a hotel): it is no city."""
    assert not any(e.text == place and e.label == "CITY" for e in entities(text, "fr"))


def test_a_place_name_at_the_head_of_a_sentence_or_after_a_title_stays_a_place():
    found = entities("Paris accueille le sommet. Le président a rencontré M. Macron à Saint-Denis.", "fr")
    assert one(found, "Paris").label == "CITY"


@pytest.mark.parametrize("text, name", [
    ("国家主席习近平在人民大会堂会见美国加利福尼亚州州长纽森。", "纽森"),
    ("赵乐际会见由美国国会参议院多数党领袖舒默率领的参议院代表团。", "舒默"),
    ("北京市市长殷勇会见了法国巴黎市长伊达尔戈。", "伊达尔戈"),
])
def test_a_name_after_a_governor_mayor_or_party_leader_office_is_read_whole(text, name):
    assert one(entities(text, "zh"), name).label == "PERSON"


@pytest.mark.parametrize("text", ["习近平祝贺普京总统连任。", "总统亲切会见了代表团。"])
def test_a_common_word_after_an_office_is_still_no_name(text):
    assert [e.text for e in entities(text, "zh") if e.label == "PERSON" and e.text not in ("习近平", "普京")] == []


def test_a_country_inside_an_event_name_stays_a_country():
    """"le deuxième Sommet Chine-Asie centrale": a capitalised word before a country makes no
    proper-name tail of it (only a city is read so); China is named, a party to the summit."""
    found = entities("La Chine a préparé le deuxième Sommet Chine-Asie centrale avec le Kazakhstan.", "fr")
    assert [e.text for e in found if e.label == "COUNTRY" and e.text == "Chine"] == ["Chine", "Chine"]


@pytest.mark.parametrize("text, name", [
    ("外交部长王毅同斯里兰卡外长赫拉特举行会谈。", "赫拉特"),
    ("国家主席习近平会见巴勒斯坦总统阿巴斯并举行会谈。", "阿巴斯"),
])
def test_a_name_a_city_shares_before_the_verb_of_talks_is_a_person(text, name):
    """"外长赫拉特举行会谈" (Herath, not the Afghan city of Herat): only a city right before the event
    word ("两国元首喀山会晤") is compounded with it."""
    assert one(entities(text, "zh"), name).label == "PERSON"
