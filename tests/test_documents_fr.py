"""Whole French documents written for these tests, through every per-document stage: event verbs
read from the parse (a signing makes an encounter only with a partner, "avec", and an
agreement-like object, whatever the tense) and a lead that tells the day's event without its cue."""
from pathlib import Path

import pytest

from conftest import document_mentions


def mentions(tmp_path: Path, body: str, published: str = "2021-03-10"):
    return document_mentions(tmp_path, body, published)


@pytest.mark.slow
@pytest.mark.parametrize("body, persons", [
    ("Le Premier ministre belge Alexander De Croo a signé mardi avec le roi du Maroc Mohammed VI "
     "trois accords de coopération.", {"Alexander De Croo", "Mohammed VI"}),
    ("Justin Trudeau signera vendredi avec Emmanuel Macron une déclaration commune sur le climat.",
     {"Justin Trudeau", "Emmanuel Macron"}),
])
def test_signing_agreements_with_a_foreign_partner_is_a_meeting(tmp_path, body, persons):
    found = [m for m in mentions(tmp_path, body) if m.type == "MEETING"]
    assert len(found) == 1 and persons <= set(found[0].persons)


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Kylian Mbappé a signé mardi avec le Real Madrid un contrat de cinq ans.",
    "Le ministre Bruno Le Maire a signé mardi un décret sur les retraites.",
    "Marie Dupont a signé mardi avec son éditeur Jean Martin un roman policier.",
])
def test_signing_without_a_partner_or_an_agreement_is_no_event(tmp_path, body):
    assert mentions(tmp_path, body) == ()


@pytest.mark.slow
def test_a_lead_without_cue_word_is_the_antecedent_of_this_summit(tmp_path):
    body = ("Les chefs d'Etat d'Afrique de l'Ouest ont promis jeudi à Dakar de renforcer leur coopération "
            "sécuritaire face aux groupes armés.\n"
            "Le président sénégalais Macky Sall a salué des échanges francs.\n"
            "A l'issue de ce sommet, les dirigeants ont publié une déclaration commune.")
    summits = [m for m in mentions(tmp_path, body, published="2021-03-12") if m.type == "SUMMIT"]
    assert len(summits) == 1
    assert (summits[0].start, summits[0].city, summits[0].country) == ("2021-03-11", "Dakar", "SN")


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Emmanuel Macron a reçu jeudi les agriculteurs à l'Elysée pour parler des prix du lait.",
    "Emmanuel Macron doit rencontrer vendredi les syndicats et le patronat à l'Elysée.",
])
def test_talks_with_groups_of_ones_own_society_are_not_diplomatic(tmp_path, body):
    assert [m for m in mentions(tmp_path, body) if m.type == "MEETING"] == []


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Mardi soir, lors d'une rencontre avec les conseillers municipaux de Brive, Emmanuel Macron a "
    "défendu sa réforme des retraites.",
    "Le chef du gouvernement et Emmanuel Macron devraient se retrouver jeudi pour un nouveau déjeuner.",
    "La première fois que le député l'a rencontré, c'était en 2013 dans le bureau de François Hollande.",
])
def test_one_states_officials_among_their_own_are_not_diplomatic(tmp_path, body):
    assert [m for m in mentions(tmp_path, body) if m.type == "MEETING"] == []


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Le chef de la diplomatie Jean-Yves Le Drian a rencontré mardi à Paris son homologue.",
    "Le président Ibrahim Boubacar Keïta espère un geste des voisins ouest-africains, dont les "
    "dirigeants doivent se réunir vendredi.",
    "Lors de sa rencontre mardi avec le président kazakh Kassym-Jomart Tokaïev à Astana, le ministre a "
    "parlé d'énergie.",
    "La ministre sud-africaine Naledi Pandor est arrivée lundi à Lisbonne.\nLa ministre doit être reçue "
    "mercredi par le président Marcelo Rebelo de Sousa.",
])
def test_a_counterpart_of_another_state_left_unnamed_keeps_the_talks(tmp_path, body):
    assert [m for m in mentions(tmp_path, body, "2020-08-18") if m.type == "MEETING"]


@pytest.mark.slow
@pytest.mark.parametrize("body, country", [
    ("Emmanuel Macron a reçu jeudi son homologue ghanéen à l'Elysée.", "GH"),
    ("Emmanuel Macron a reçu jeudi une délégation d'entrepreneurs japonais à l'Elysée.", "JP"),
])
def test_talks_with_a_foreign_official_or_group_stay_events(tmp_path, body, country):
    found = [m for m in mentions(tmp_path, body) if m.type == "MEETING"]
    assert len(found) == 1 and country in found[0].countries


@pytest.mark.slow
@pytest.mark.parametrize("closing, persons, countries", [
    ("Le président brésilien Luiz Inácio Lula da Silva et le Premier ministre indien Narendra Modi "
     "figuraient parmi les participants.", {"Luiz Inácio Lula da Silva", "Narendra Modi"}, {"BR", "IN"}),
    ("La Première ministre italienne Giorgia Meloni a pris part aux travaux.", {"Giorgia Meloni"}, {"IT"}),
    ("Le chancelier allemand Olaf Scholz a confirmé sa participation.", {"Olaf Scholz"}, {"DE"}),
])
def test_who_attended_said_paragraphs_later_joins_the_event(tmp_path, closing, persons, countries):
    body = ("Un sommet consacré au financement de la transition énergétique s'est tenu lundi à Nairobi.\n"
            "Les débats ont porté sur la dette des pays pauvres et le prix du carbone.\n"
            "Plusieurs banques de développement ont annoncé de nouveaux fonds.\n" + closing)
    summits = [m for m in mentions(tmp_path, body) if m.type == "SUMMIT"]
    assert len(summits) == 1
    assert persons <= set(summits[0].persons) and countries <= set(summits[0].countries)


@pytest.mark.slow
def test_troops_present_in_a_country_are_no_attendance(tmp_path):
    body = ("Un sommet de l'Otan s'est tenu mardi à Vilnius.\n"
            "Les soldats britanniques sont présents en Estonie depuis 2017.")
    summits = [m for m in mentions(tmp_path, body) if m.type == "SUMMIT"]
    assert len(summits) == 1 and "EE" not in summits[0].countries


@pytest.mark.slow
def test_a_call_said_by_phone_after_the_verb_stays_apart_from_talks_in_a_city(tmp_path):
    body = ("Des pourparlers sur le Soudan se sont ouverts mardi à Djeddah en présence du ministre "
            "saoudien des Affaires étrangères Fayçal ben Farhane.\n"
            "Le secrétaire d'État américain Antony Blinken s'est entretenu mardi soir au téléphone avec "
            "Fayçal ben Farhane.")
    meetings = [m for m in mentions(tmp_path, body, "2023-05-10") if m.type == "MEETING"]
    call = next(m for m in meetings if "Antony Blinken" in m.persons)
    assert len(meetings) == 2 and call.city is None


@pytest.mark.slow
def test_an_office_is_not_given_to_a_compatriot_holding_another(tmp_path):
    body = ("Le président sénégalais Bassirou Diomaye Faye a reçu lundi à Dakar le Premier ministre "
            "mauritanien.\n"
            "Le président mauritanien, Mohamed Ould Ghazouani, avait effectué une visite d'État au "
            "Sénégal en 2023.")
    talks = [m for m in mentions(tmp_path, body, "2024-06-11") if m.type == "MEETING"]
    assert talks and "MR" in talks[0].countries and "Mohamed Ould Ghazouani" not in talks[0].persons


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "Le ministre doit être reçu jeudi par le président Cyril Ramaphosa.",
    "Jeudi, il sera reçu par le président Cyril Ramaphosa.",
])
def test_a_passive_event_verb_far_from_any_cue_word_is_read(tmp_path, later):
    body = ("Le ministre chinois des Affaires étrangères Wang Yi a entamé lundi à Pretoria une visite "
            "officielle en Afrique du Sud.\n"
            "Les échanges commerciaux entre les deux pays ont doublé en dix ans.\n"
            "Pékin est devenu le premier partenaire de l'Afrique australe.\n" + later)
    found = [m for m in mentions(tmp_path, body, "2024-01-16") if m.type == "MEETING"]
    assert any("Cyril Ramaphosa" in m.persons and m.start == "2024-01-18" for m in found)


@pytest.mark.slow
def test_a_subordinate_event_verb_keeps_its_own_time_and_place(tmp_path):
    body = ("Le Premier ministre japonais Fumio Kishida s'est entretenu mercredi à Tokyo avec le "
            "président philippin Ferdinand Marcos.\n"
            "Juste avant de recevoir son invité dans sa résidence, M. Kishida avait publié un communiqué "
            "sur les manoeuvres militaires menées en mai autour de Taïwan.")
    found = [m for m in mentions(tmp_path, body, "2024-06-13") if m.type == "MEETING"]
    assert found and all(m.start != "2024-05" and "TW" not in m.countries for m in found)


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Au sommet européen de mardi à Bruxelles, le Premier ministre hongrois Viktor Orbán s'est "
    "retrouvé isolé.",
    "Au sommet européen de mardi à Bruxelles, le Premier ministre hongrois Viktor Orbán s'est "
    "retrouvé au mauvais endroit.",
    "Au sommet européen de mardi à Bruxelles, Viktor Orbán et Robert Fico se sont retrouvés isolés.",
])
def test_finding_oneself_somewhere_is_no_meeting(tmp_path, body):
    assert not [m for m in mentions(tmp_path, body, "2024-03-05") if m.type == "MEETING"]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Les ministres des Affaires étrangères Annalena Baerbock et Stéphane Séjourné se sont retrouvés "
    "mardi à Berlin.",
    "Le ministre allemand Olaf Scholz s'est retrouvé mardi à Berlin avec le Premier ministre "
    "Gabriel Attal.",
])
def test_meeting_again_is_a_meeting(tmp_path, body):
    body += " Ils ont préparé le prochain sommet européen."
    found = [m for m in mentions(tmp_path, body, "2024-03-06") if m.type == "MEETING"]
    assert len(found) == 1 and found[0].start == "2024-03-05" and found[0].city == "Berlin"


@pytest.mark.slow
@pytest.mark.parametrize("statement", [", a annoncé jeudi l'Élysée", ", ont indiqué vendredi ses services"])
def test_the_day_of_an_announcement_does_not_date_the_talks(tmp_path, statement):
    body = ("Emmanuel Macron se rendra en Inde, où il s'entretiendra avec le Premier ministre Narendra "
            "Modi" + statement + ".")
    found = [m for m in mentions(tmp_path, body, "2024-01-19") if m.type == "MEETING"]
    assert found and all(m.start is None or m.start > "2024-01-19" for m in found)


@pytest.mark.slow
def test_no_longer_meeting_is_no_meeting(tmp_path):
    body = ("En marge du sommet de l'Union africaine mardi à Addis-Abeba, le président kényan William Ruto "
            "a dit ne plus rencontrer son homologue tanzanien Samia Suluhu Hassan depuis des mois.")
    assert not [m for m in mentions(tmp_path, body, "2024-02-14") if m.type == "MEETING"]


@pytest.mark.slow
@pytest.mark.parametrize("later", [
    "Les deux hommes s'étaient rencontrés en mars 2023 à Genève.",
    "Leur précédente rencontre avait eu lieu en mars 2023 à Genève.",
])
def test_a_plural_subject_stands_for_the_people_of_the_talks_told_last(tmp_path, later):
    body = ("Le président finlandais Alexander Stubb s'est entretenu lundi à Helsinki avec le Premier "
            "ministre suédois Ulf Kristersson.\n"
            "Ils ont évoqué la sécurité en mer Baltique.\n" + later)
    found = [m for m in mentions(tmp_path, body, "2024-05-14") if m.type == "MEETING"]
    earlier = [m for m in found if m.start == "2023-03"]
    assert len(earlier) == 1 and {"Alexander Stubb", "Ulf Kristersson"} <= set(earlier[0].persons)


@pytest.mark.slow
@pytest.mark.parametrize("fronted", ["Mardi, à Dakar, il", "La semaine dernière, il"])
def test_a_pronoun_subject_after_a_fronted_date_or_place(tmp_path, fronted):
    body = ("Le ministre marocain des Affaires étrangères Nasser Bourita a entamé lundi une tournée en "
            "Afrique de l'Ouest.\n" + fronted + " s'est entretenu avec le président sénégalais Bassirou "
            "Diomaye Faye.")
    found = [m for m in mentions(tmp_path, body, "2024-06-13") if m.type == "MEETING"]
    assert found and "Nasser Bourita" in found[0].persons and "MA" in found[0].countries


@pytest.mark.slow
def test_a_summit_held_by_video_is_one_summit_and_the_next_one_another(tmp_path):
    body = ("Les dirigeants du G7 ont tenu jeudi un sommet extraordinaire en visioconférence, à "
            "l'invitation du Premier ministre canadien Justin Trudeau, avec le chancelier allemand Olaf "
            "Scholz et la Première ministre italienne Giorgia Meloni.\n"
            "Le prochain sommet du groupe se tiendra en juin au Canada.")
    found = mentions(tmp_path, body, "2024-02-23")
    assert not [m for m in found if m.type == "MEETING"]
    summits = sorted((m.start for m in found if m.type == "SUMMIT"), key=str)
    assert summits == ["2024-02-22", "2024-06"]


@pytest.mark.slow
def test_talks_in_a_city_are_no_interview(tmp_path):
    body = ("Lundi, le président ghanéen Nana Akufo-Addo avait eu des entretiens à Accra avec le Premier "
            "ministre britannique Rishi Sunak.")
    found = [m for m in mentions(tmp_path, body, "2023-06-07") if m.type == "MEETING"]
    assert len(found) == 1 and found[0].city == "Accra" and found[0].start == "2023-06-05"


@pytest.mark.slow
def test_the_un_general_assembly_is_a_forum(tmp_path):
    body = "Le président colombien Gustavo Petro s'exprimera mardi à New York devant l'Assemblée générale des Nations unies."
    assert [m.type for m in mentions(tmp_path, body, "2023-09-18")] == ["FORUM"]


@pytest.mark.slow
def test_an_international_official_brings_no_country(tmp_path):
    body = ("Le secrétaire général de l'ONU António Guterres s'est entretenu mardi à Nairobi avec le "
            "président kényan William Ruto.")
    found = [m for m in mentions(tmp_path, body, "2023-05-10") if m.type == "MEETING"]
    assert found and "PT" not in found[0].countries and "KE" in found[0].countries


@pytest.mark.slow
@pytest.mark.parametrize("topic", ["la guerre à Gaza et au Liban", "la situation en Syrie et en Irak"])
def test_places_talked_about_are_neither_venue_nor_party(tmp_path, topic):
    body = ("Le roi de Jordanie Abdallah II a reçu lundi à Amman le président français Emmanuel Macron, "
            "pour des entretiens consacrés à " + topic + ".")
    found = [m for m in mentions(tmp_path, body, "2024-03-12") if m.type == "MEETING"]
    assert len(found) == 1 and found[0].city == "Amman" and set(found[0].countries) == {"JO", "FR"}


@pytest.mark.slow
def test_a_football_match_is_no_meeting(tmp_path):
    body = ("Le sommet de la Ligue arabe s'est tenu samedi à Bahreïn.\n"
            "Dans la capitale, la rencontre de football entre le Qatar et l'Arabie saoudite a été reportée "
            "à mercredi.")
    assert not [m for m in mentions(tmp_path, body, "2024-05-20") if m.type == "MEETING"]


@pytest.mark.slow
def test_the_host_of_a_visit_takes_part(tmp_path):
    body = "Le Premier ministre indien Narendra Modi a effectué mardi une visite officielle à Séoul."
    found = [m for m in mentions(tmp_path, body, "2024-03-13") if m.type == "VISIT"]
    assert found and {"IN", "KR"} <= set(found[0].countries)


@pytest.mark.slow
def test_the_host_met_during_a_visit_takes_part_in_it(tmp_path):
    body = ("Le Premier ministre indien Narendra Modi effectue depuis lundi une visite officielle au Japon.\n"
            "Mardi à Tokyo, il s'est entretenu avec le Premier ministre japonais Fumio Kishida.\n"
            "Le ministre japonais des Finances, présent lors de l'entretien, a évoqué les investissements.")
    visits = [m for m in mentions(tmp_path, body, "2023-05-24") if m.type == "VISIT"]
    assert visits and {"Narendra Modi", "Fumio Kishida"} <= set(visits[0].persons)


@pytest.mark.slow
def test_talks_between_state_delegations_with_a_place_are_an_event(tmp_path):
    body = ("Les délégations de l'Éthiopie, de l'Égypte et du Soudan se sont retrouvées lundi à Khartoum "
            "pour de nouvelles négociations sur le barrage de la Renaissance.")
    found = [m for m in mentions(tmp_path, body, "2021-04-06") if m.type == "MEETING"]
    assert len(found) == 1 and found[0].city == "Khartoum" and {"ET", "EG", "SD"} <= set(found[0].countries)


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Le président Emmanuel Macron recevra mardi à l'Élysée les représentants des banques.",
    "Le Premier ministre a reçu jeudi à Matignon les dirigeants des grandes entreprises du pays.",
])
def test_meeting_the_representatives_of_ones_society_is_no_diplomacy(tmp_path, body):
    assert not [m for m in mentions(tmp_path, body + " La rencontre doit durer deux heures.", "2020-03-23")
                if m.type == "MEETING"]


@pytest.mark.slow
def test_a_meeting_of_an_international_body_is_an_event(tmp_path):
    body = ("Les ministres des Affaires étrangères ont préparé mardi le sommet de Vilnius.\n"
            "Ils doivent être suivis jeudi d'une réunion extraordinaire de l'Otan à Bruxelles.")
    found = [m for m in mentions(tmp_path, body, "2023-07-04") if m.type == "MEETING"]
    assert len(found) == 1 and found[0].city == "Brussels" and found[0].start == "2023-07-06"
    assert not found[0].persons


@pytest.mark.slow
def test_talks_since_an_earlier_summit_keep_their_own_date(tmp_path):
    body = ("Les délégations chinoise et américaine ont entamé lundi à Stockholm des pourparlers sur le "
            "commerce.\n"
            "Ces pourparlers sont les premiers depuis le sommet entre Joe Biden et Xi Jinping à Bali en "
            "novembre 2022.")
    found = [m for m in mentions(tmp_path, body, "2023-05-09") if m.type == "MEETING"]
    assert len(found) == 1 and found[0].start == "2023-05-08"


@pytest.mark.slow
def test_a_country_that_receives_a_visitor_is_where_the_visit_is_paid(tmp_path):
    body = ("L'Indonésie s'apprête à accueillir le président turc Recep Tayyip Erdoğan pour une visite "
            "officielle la semaine prochaine.")
    found = [m for m in mentions(tmp_path, body, "2025-02-05") if m.type == "VISIT"]
    assert found and found[0].country == "ID" and {"TR", "ID"} <= set(found[0].countries)


@pytest.mark.slow
def test_who_speaks_of_a_summit_is_not_said_to_attend_it(tmp_path):
    body = ("Le sommet du G20 s'est tenu les 9 et 10 septembre à New Delhi.\n"
            "Le sommet a ouvert une nouvelle ère pour les pays du Sud, a estimé M. Kim Jong-su, analyste "
            "sud-coréen, selon qui la déclaration finale marque un tournant.")
    summits = [m for m in mentions(tmp_path, body, "2023-09-12") if m.type == "SUMMIT"]
    assert summits and not summits[0].persons


@pytest.mark.slow
def test_a_lead_without_cue_tells_one_event(tmp_path):
    body = ("Les dirigeants de l'Union africaine ont adopté dimanche à Addis-Abeba une déclaration sur la "
            "sécurité alimentaire.\n"
            "Ce sommet, ouvert samedi, a réuni une quarantaine de chefs d'État.\n"
            "Le président éthiopien, hôte de la rencontre, a salué un moment historique.")
    found = mentions(tmp_path, body, "2024-02-19")
    assert [m.type for m in found] == ["SUMMIT"]


@pytest.mark.slow
@pytest.mark.parametrize("dateline", ["ANKARA, 12 mars (Xinhua) --", "Ankara (AFP) -"])
def test_a_dateline_places_the_lead_event_but_its_day_is_the_filing_day(tmp_path, dateline):
    body = (f"{dateline} Le ministre turc des Affaires étrangères Hakan Fidan s'est entretenu mardi "
            "avec son homologue égyptien Badr Abdelatty. Les deux ministres ont évoqué le commerce.")
    found = [m for m in mentions(tmp_path, body, "2025-03-12") if m.type == "MEETING"]  # a Wednesday
    assert [(m.start, m.city, m.country) for m in found] == [("2025-03-11", "Ankara", "TR")]


@pytest.mark.slow
def test_a_dateline_is_not_the_place_of_a_trip_abroad(tmp_path):
    body = ("Madrid (AFP) - Le roi d'Espagne Felipe VI effectuera la semaine prochaine une visite d'État "
            "au Maroc, où il rencontrera le roi Mohammed VI, a annoncé mercredi le palais.")
    found = mentions(tmp_path, body, "2025-03-12")
    assert found and all(m.city != "Madrid" for m in found)
    assert {m.country for m in found} == {"MA"}


@pytest.mark.slow
def test_a_range_of_days_told_later_gives_the_span_of_an_event_opened_on_one_of_them(tmp_path):
    body = ("Le Forum Chine-Afrique sur l'agriculture s'est ouvert mardi à Dakar en présence du président "
            "sénégalais Bassirou Diomaye Faye et du vice-Premier ministre chinois Ding Xuexiang. "
            "Des délégations de quarante pays y participent. Le forum se tient du 14 au 16 octobre.")
    forums = [m for m in mentions(tmp_path, body, "2025-10-15") if m.type == "FORUM"]
    assert [(m.start, m.end, m.status) for m in forums] == [("2025-10-14", "2025-10-16", "ongoing")]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Le ministre français du Travail Olivier Dussopt recevra le 7 janvier les partenaires sociaux à Paris, "
    "a annoncé Matignon.",
    "La Première ministre Élisabeth Borne et le ministre Bruno Le Maire ont reçu mardi les organisations "
    "syndicales et patronales à Matignon.",
])
def test_ministers_receiving_their_social_partners_is_no_diplomatic_event(tmp_path, body):
    assert mentions(tmp_path, body, "2023-01-03") == ()


@pytest.mark.slow
def test_ending_up_with_someone_is_no_encounter(tmp_path):
    body = ("Après le retrait de son allié, le président Emmanuel Macron se retrouve samedi avec un candidat "
            "dissident à Paris. Une rencontre avec les électeurs est prévue.")
    assert [m for m in mentions(tmp_path, body, "2023-01-03") if m.type == "MEETING"] == []


@pytest.mark.slow
def test_a_host_receiving_many_counterparts_at_a_summit_is_that_summit(tmp_path):
    body = ("Le sommet de la Cédéao s'est ouvert mardi à Abuja. Le président nigérian Bola Tinubu recevait "
            "ses homologues ghanéen, sénégalais, ivoirien et béninois pour parler de sécurité régionale.")
    found = mentions(tmp_path, body, "2024-07-09")
    assert [m.type for m in found] == ["SUMMIT"]
    assert {"NG", "GH", "SN", "CI", "BJ"} <= set(found[0].countries)


@pytest.mark.slow
@pytest.mark.parametrize("body, persons", [
    ("Le président sénégalais Bassirou Diomaye Faye a accueilli jeudi à Dakar son homologue gambien "
     "Adama Barrow, qui espère relancer le projet de pont sur le fleuve.", {"Bassirou Diomaye Faye", "Adama Barrow"}),
    ("La Première ministre italienne Giorgia Meloni a été accueillie jeudi à Tunis par le président "
     "tunisien Kaïs Saïed.", {"Giorgia Meloni", "Kais Saied"}),
])
def test_welcoming_a_foreign_leader_is_a_meeting_without_any_cue_word(tmp_path, body, persons):
    found = [m for m in mentions(tmp_path, body, "2024-04-19") if m.type == "MEETING"]
    assert len(found) == 1 and persons <= set(found[0].persons) and found[0].start == "2024-04-18"


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "La commune de Saint-Malo a accueilli le 3 mars 2023 le ministre de l'Intérieur Gérald Darmanin.",
    "L'Italie a accueilli l'an dernier 150 000 migrants, a indiqué la Première ministre Giorgia Meloni.",
    "Marseille accueillera le Mondial de rugby en 2027, a annoncé le ministre des Sports.",
])
def test_a_place_hosting_someone_or_something_is_no_meeting(tmp_path, body):
    assert mentions(tmp_path, body, "2024-04-19") == ()


@pytest.mark.slow
@pytest.mark.parametrize("body, city, country", [
    ("La Première ministre italienne Giorgia Meloni a ouvert mardi le Forum de Cernobbio sur l'énergie, en "
     "présence du président indonésien Prabowo Subianto.", "Cernobbio", "IT"),
    ("Six mois après le sommet de Pau, les présidents malien et nigérien Assimi Goïta et Mohamed Bazoum "
     "ont fait le point sur la sécurité avec le président français Emmanuel Macron.", "Pau", "FR"),
])
def test_a_town_ending_an_event_name_is_its_place(tmp_path, body, city, country):
    found = [m for m in mentions(tmp_path, body, "2024-06-12") if m.type in ("FORUM", "SUMMIT")]
    assert [(m.city, m.country) for m in found] == [(city, country)]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Le patron de Tesla Elon Musk a reçu mardi le soutien du président américain Donald Trump. "
    "Le sommet du G7 s'ouvre samedi à Biarritz.",
    "Le président ukrainien Volodymyr Zelensky a reçu lundi une lettre du Premier ministre japonais. "
    "Le sommet du G7 s'ouvre samedi à Biarritz.",
])
def test_receiving_support_or_a_letter_is_no_meeting(tmp_path, body):
    assert [m for m in mentions(tmp_path, body, "2019-08-21") if m.type == "MEETING"] == []


@pytest.mark.slow
@pytest.mark.parametrize("continuation", ["devraient se prolonger jusqu'à mercredi", "doivent encore durer deux jours"])
def test_talks_said_to_go_on_are_under_way_on_their_first_day(tmp_path, continuation):
    body = (f"Les délégations arménienne et azerbaïdjanaise ont entamé lundi à Genève des négociations "
            f"de paix, qui {continuation}, selon la diplomatie suisse.")
    found = [m for m in mentions(tmp_path, body, "2025-03-10") if m.type == "MEETING"]  # a Monday
    assert [(m.start, m.status) for m in found] == [("2025-03-10", "ongoing")]


@pytest.mark.slow
def test_a_forum_held_until_a_later_day_ends_on_it(tmp_path):
    body = ("Le Forum mondial de l'eau s'est ouvert lundi à Dakar en présence du président sénégalais "
            "Bassirou Diomaye Faye et du Premier ministre malaisien Anwar Ibrahim. Le forum se tient "
            "jusqu'à vendredi.")
    forums = [m for m in mentions(tmp_path, body, "2025-03-11") if m.type == "FORUM"]
    assert [(m.start, m.end, m.status) for m in forums] == [("2025-03-10", "2025-03-14", "ongoing")]


@pytest.mark.slow
def test_countries_the_talks_discussed_are_no_parties(tmp_path):
    body = ("Le ministre indien des Affaires étrangères Subrahmanyam Jaishankar s'est entretenu mardi à "
            "Riyad avec son homologue saoudien Fayçal ben Farhane et a évoqué l'escalade au Yémen et "
            "les besoins du Soudan.")
    talks = [m for m in mentions(tmp_path, body, "2024-09-11") if m.type == "MEETING"]
    assert len(talks) == 1 and set(talks[0].countries) == {"IN", "SA"}


@pytest.mark.slow
def test_talks_by_phone_have_no_venue(tmp_path):
    body = "Emmanuel Macron s'est entretenu lundi au téléphone, à l'Élysée, avec le président kényan William Ruto."
    talks = [m for m in mentions(tmp_path, body, "2024-05-14") if m.type == "MEETING"]
    assert [(m.city, m.country) for m in talks] == [(None, None)]


@pytest.mark.slow
def test_an_apposition_after_a_cue_places_and_dates_it_up_to_the_event_around_it(tmp_path):
    body = ("Le président sud-coréen Yoon Suk-yeol doit rencontrer mardi à Tokyo le Premier ministre japonais "
            "Shigeru Ishiba. Lors de leur dernière rencontre, à Lima en novembre 2024 en marge du sommet de "
            "l'Apec, les deux dirigeants avaient promis de coopérer.")
    talks = {m.start: m for m in mentions(tmp_path, body, "2025-03-11") if m.type == "MEETING"}
    assert "2024-11" in talks and talks["2024-11"].city == "Lima"


@pytest.mark.slow
def test_the_ministers_of_a_body_meeting_again_are_its_next_meeting(tmp_path):
    body = ("Les ministres de la Défense de l'Otan se sont réunis mardi par visioconférence sous la présidence du "
            "secrétaire général Mark Rutte. Les ministres doivent se retrouver le 12 juin à Bruxelles.")
    talks = {m.start: m for m in mentions(tmp_path, body, "2025-03-12") if m.type == "MEETING"}
    assert "2025-06-12" in talks and talks["2025-06-12"].city == "Brussels"


@pytest.mark.slow
def test_a_year_in_what_was_said_at_a_forum_does_not_date_it(tmp_path):
    body = ("Le Premier ministre indien Narendra Modi a affirmé mercredi au Forum de Saint-Pétersbourg que la "
            "croissance de son pays avait atteint 7 % en 2023.")
    forums = [m for m in mentions(tmp_path, body, "2024-06-06") if m.type == "FORUM"]
    assert [m.start for m in forums] == [None]  # the day is the statement's, the year the growth's


@pytest.mark.slow
def test_il_y_goes_on_where_and_when_the_sentence_before_was(tmp_path):
    body = ("Le président sénégalais Bassirou Diomaye Faye a présidé mardi un conseil des ministres à Dakar. "
            "Lundi, il s'était rendu à Abidjan pour sa première visite officielle en Côte d'Ivoire. "
            "Il y a été reçu par le président ivoirien Alassane Ouattara au palais présidentiel.")
    talks = [m for m in mentions(tmp_path, body, "2024-05-15") if m.type == "MEETING"]
    assert [(m.start, m.city) for m in talks] == [("2024-05-13", "Abidjan")]


@pytest.mark.slow
def test_a_lead_meeting_a_group_of_ones_own_society_without_cue_word_is_no_event(tmp_path):
    body = ("Le Premier ministre français Michel Barnier a reçu mardi à Matignon les organisations syndicales "
            "et patronales pour parler des retraites. La rencontre a duré trois heures.")
    assert mentions(tmp_path, body, "2024-10-09") == ()


@pytest.mark.slow
@pytest.mark.parametrize("body, start", [
    ("Les manifestants se sont rassemblés vendredi à Nice, à la veille du sommet de l'Union pour la "
     "Méditerranée où sont attendus le président égyptien Abdel Fattah al-Sissi et Emmanuel Macron.",
     "2024-06-08"),
    ("Au lendemain de la rencontre entre Emmanuel Macron et Olaf Scholz, les diplomates ont salué "
     "vendredi un dialogue utile.", "2024-06-06"),
])
def test_the_eve_or_the_morrow_of_an_event_dates_it_a_day_off(tmp_path, body, start):
    found = [m for m in mentions(tmp_path, body, "2024-06-08") if m.type in ("SUMMIT", "MEETING")]
    assert [m.start for m in found] == [start]


def test_this_past_forum_keeps_what_was_told_of_it(tmp_path):
    """"Au cours de ce forum, 40 accords ont été signés", years after the forum: "ce" told in the
    past points at the past forum the article is about, and its agreements are counted."""
    body = ("Le deuxième Forum des nouvelles Routes de la soie s'est tenu les 25 et 26 avril 2019 à "
            "Pékin. Au cours de ce forum, plus de 40 accords ont été signés par les gouvernements.")
    forums = [m for m in mentions(tmp_path, body, published="2021-06-01") if m.type == "FORUM"]
    assert len(forums) == 1 and forums[0].agreements == 40 and forums[0].start == "2019-04-25"


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    # a cue word in the field of its other sense: a mountain's summit, a match
    "Un incendie a gagné mardi les flancs boisés près du sommet de Snowdon Peak, au pays de Galles, "
    "a indiqué un randonneur britannique.",
    "Cette rencontre a ouvert samedi à Auckland le championnat de rugby, entre les cinq équipes "
    "néo-zélandaises et les franchises australiennes.",
    # the top of a sports table: a match
    "Le Stade toulousain a battu le Racing 92 samedi à Toulouse, 27-20, dans le choc au sommet de "
    "ce tournoi de rugby.",
    # a gathering verb for a state one finds oneself in
    "Début mai, Angela Merkel et Boris Johnson se sont retrouvés malgré eux au cœur d'une polémique "
    "sur les vaccins.",
    "Le président Joe Biden et le chancelier Olaf Scholz se sont retrouvés mardi face à une crise "
    "énergétique sans précédent.",
    # the top of a party or a hierarchy
    "Tension au sommet du parti : le président de la formation, Jean Dupont, a limogé mardi à Lyon "
    "son secrétaire général.",
    # a forum of a society's groups, whatever countries they come from
    "Le Forum des associations humanitaires du Sahel, qui réunit 40 associations maliennes, nigériennes "
    "et françaises, s'est tenu mardi à Niamey.",
])
def test_cue_words_of_another_field_or_sense_or_of_society_groups_are_no_event(tmp_path, body):
    assert mentions(tmp_path, body, "2024-05-15") == ()


@pytest.mark.slow
@pytest.mark.parametrize("body, start", [
    ("Le Premier ministre a promis mercredi de défendre le libre-échange devant les pays du G20, qui "
     "s'ouvre vendredi à Rome.", "2021-10-29"),
    ("Le ministre iranien est arrivé dimanche à Rome, où se déroule le G20, pour parler du nucléaire.", None),
])
def test_a_club_told_with_its_opening_or_its_venue_in_a_relative_clause_is_its_summit(tmp_path, body, start):
    summits = [m for m in mentions(tmp_path, body, "2021-10-28") if m.type == "SUMMIT"]
    assert [(m.city, m.country) for m in summits] == [("Rome", "IT")]
    assert start is None or summits[0].start == start


@pytest.mark.slow
@pytest.mark.parametrize("body, visited", [
    ("Emmanuel Macron a salué lundi les soldats à Toulon. Actuellement en visite au Japon, le président "
     "de la République a loué l'accueil de ses hôtes.", "JP"),
    ("Emmanuel Macron ne fera pas de déclaration. Le président de la République effectuera une visite "
     "d'État en Inde en mars.", "IN"),
])
def test_the_president_of_the_republic_is_the_home_head_of_state_named_in_the_document(tmp_path, body, visited):
    visits = [m for m in mentions(tmp_path, body, "2019-02-12") if m.type == "VISIT"]
    assert len(visits) == 1 and visits[0].country == visited and "Emmanuel Macron" in visits[0].persons


@pytest.mark.slow
@pytest.mark.parametrize("body, end, status", [
    ("La présidente mexicaine Claudia Sheinbaum a entamé mardi une visite d'État au Canada.", None, "ongoing"),
    ("La présidente mexicaine Claudia Sheinbaum a entamé mardi une visite d'État de quatre jours au Canada.",
     "2025-03-14", "ongoing"),
    ("La présidente mexicaine Claudia Sheinbaum entamera jeudi une visite d'État au Canada.", None, "future"),
])
def test_a_visit_begun_on_a_day_goes_on_after_it(tmp_path, body, end, status):
    visits = [m for m in mentions(tmp_path, body, "2025-03-11") if m.type == "VISIT"]
    assert len(visits) == 1 and (visits[0].end, visits[0].status) == (end, status)


@pytest.mark.slow
def test_whose_envoy_someone_is_does_not_take_part_fr(tmp_path):
    body = ("Le président russe Vladimir Poutine a reçu jeudi à Moscou l'émissaire du président américain "
            "Donald Trump, Steve Witkoff.")
    found = [m for m in mentions(tmp_path, body, "2025-04-11") if m.type == "MEETING"]
    assert len(found) == 1 and "Donald Trump" not in found[0].persons


@pytest.mark.slow
def test_who_an_occasion_commemorates_is_not_a_participant(tmp_path):
    body = ("La chancelière allemande Angela Merkel effectuera mardi une visite à Varsovie à l'occasion du 80e anniversaire "
            "de l'insurrection menée par le général Tadeusz Bór-Komorowski.")
    visits = [m for m in mentions(tmp_path, body, "2024-07-29") if m.type == "VISIT"]
    assert len(visits) == 1 and "Angela Merkel" in visits[0].persons
    assert not any("Komorowski" in p for p in visits[0].persons)


@pytest.mark.slow
def test_whose_house_or_statue_a_place_is_is_not_a_participant(tmp_path):
    body = ("La chancelière allemande Angela Merkel a rencontré mardi le président Emmanuel Macron à "
            "Colombey-les-Deux-Églises, devant la maison natale de Charles de Gaulle.")
    talks = [m for m in mentions(tmp_path, body, "2024-07-29") if m.type == "MEETING"]
    assert len(talks) == 1 and set(talks[0].persons) == {"Angela Merkel", "Emmanuel Macron"}


@pytest.mark.slow
def test_places_in_what_is_said_at_an_event_are_not_its_venue(tmp_path):
    body = ("Le président sénégalais Macky Sall a reçu mardi son homologue gambien Adama Barrow, qui a assuré "
            "que les troupes resteraient à Banjul.")
    talks = [m for m in mentions(tmp_path, body, "2021-03-10") if m.type == "MEETING"]
    assert len(talks) == 1 and talks[0].city is None


@pytest.mark.slow
def test_a_span_of_years_sums_up_talks_without_telling_one(tmp_path):
    body = ("Ces dernières années, le président sénégalais Macky Sall et le président français Emmanuel "
            "Macron se sont rencontrés à Dakar et à Paris.")
    assert [m for m in mentions(tmp_path, body, "2021-03-10") if m.type == "MEETING"] == []


@pytest.mark.slow
@pytest.mark.parametrize("body, countries", [
    # a nationality after a noun of no office is no party: a businessman, an activist, soldiers
    ("Emmanuel Macron a rencontré mardi à Paris le Premier ministre indien Narendra Modi, en présence "
     "d'un homme d'affaires japonais.", ["FR", "IN"]),
    ("Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier Olaf Scholz, avant de saluer "
     "les soldats belges du défilé.", ["DE", "FR"]),
    # after an office, a side of a state or an event noun it is one
    ("Emmanuel Macron a rencontré mardi à Paris le ministre des Affaires étrangères iranien.", ["FR", "IR"]),
    ("Emmanuel Macron a reçu mardi à Paris la délégation iranienne.", ["FR", "IR"]),
    ("Le sommet italo-français s'est tenu mardi à Naples.", ["FR", "IT"]),
])
def test_a_nationality_is_a_party_only_of_a_states_side(tmp_path, body, countries):
    (event,) = mentions(tmp_path, body, "2020-02-26")
    assert sorted(event.countries) == countries


@pytest.mark.slow
@pytest.mark.parametrize("body, published, kind, status", [
    # talks held the day of writing are past, whatever is said of what follows
    ("Le ministre iranien Mohammad Javad Zarif a rencontré dimanche à Biarritz le président Emmanuel "
     "Macron. Les discussions vont se poursuivre, a indiqué la présidence.", "2019-08-25", "MEETING", "past"),
    ("Le chancelier Olaf Scholz s'est entretenu dimanche à Berlin avec le président Emmanuel Macron. Les deux "
     "dirigeants se reverront en juin.", "2019-08-25", "MEETING", "past"),
    # a summit in whose margin talks are told is under way on their day, over weeks later
    ("Le président Emmanuel Macron a rencontré dimanche le Premier ministre indien Narendra Modi en "
     "marge du sommet de l'Otan de Vilnius.", "2024-06-16", "SUMMIT", "ongoing"),
    ("Le président Emmanuel Macron a rencontré dimanche le Premier ministre indien Narendra Modi en "
     "marge du sommet de l'Otan de Vilnius.", "2024-07-20", "SUMMIT", "past"),
])
def test_the_status_of_talks_and_of_the_summit_around_them(tmp_path, body, published, kind, status):
    found = [m for m in mentions(tmp_path, body, published) if m.type == kind]
    assert [m.status for m in found] == [status]


@pytest.mark.slow
def test_an_indefinite_summit_of_a_named_series_with_a_date_is_an_event(tmp_path):
    body = "Le royaume saoudien s'apprête à accueillir un sommet du G20 en novembre."
    summits = [m for m in mentions(tmp_path, body, "2020-03-10") if m.type == "SUMMIT"]
    assert [(m.name, m.start) for m in summits] == [("sommet du G20", "2020-11")]


@pytest.mark.slow
def test_a_summit_of_business_leaders_is_a_forum(tmp_path):
    body = ("Le sommet Choose France s'est tenu lundi au château de Versailles, en présence du Premier "
            "ministre indien Narendra Modi et de dirigeants de groupes étrangers.")
    assert [m.type for m in mentions(tmp_path, body, "2025-05-20") if m.type in ("SUMMIT", "FORUM")] == ["FORUM"]


@pytest.mark.slow
@pytest.mark.parametrize("body, kind, edition", [
    # a numbered meeting is one of a series: a forum, or a summit of heads of state
    ("La 57e réunion des ministres des Affaires étrangères de l'ASEAN s'est ouverte lundi à Vientiane.",
     "FORUM", 57),
    ("Les membres de l'Opep+ se sont accordés jeudi à Vienne lors de leur 38e réunion ministérielle.",
     "FORUM", 38),
    ("La 25e réunion du Conseil des chefs d'État de l'OCS s'est tenue mardi à Tianjin.", "SUMMIT", 25),
])
def test_a_numbered_meeting_is_one_of_a_series(tmp_path, body, kind, edition):
    found = mentions(tmp_path, body, "2024-07-10")
    assert [(m.type, m.edition) for m in found] == [(kind, edition)]


@pytest.mark.slow
def test_a_first_meeting_of_two_leaders_is_still_talks(tmp_path):
    body = "La première rencontre entre Emmanuel Macron et Narendra Modi a eu lieu lundi à Paris."
    assert [m.type for m in mentions(tmp_path, body, "2024-07-10")] == ["MEETING"]
