"""French offices as people (issue 12), end to end on short documents written for these tests.

In each document a participant of a diplomatic event is referred to, in the event's sentence, only
by an office or title ("le président russe", "son homologue libanais", "Il"), while another
sentence of the document names the holder. The event's mention must carry the holder in `persons`
and the office's country in `countries`; when the document names no holder, the country alone takes
part. Commentators (spokespeople, analysts, journalists) named beside the event are never
participants. Cases that the pipeline cannot do yet are marked xfail (strict) with the reason.
"""
from pathlib import Path
from typing import NamedTuple

import pytest

from conftest import document_mentions


def _mentions(tmp_path: Path, body: str, published: str):
    return document_mentions(tmp_path, body, published, title="Dépêche diplomatique")


class Case(NamedTuple):
    body: str
    type: str                    # MEETING, VISIT or SUMMIT
    evidence: str                # a piece of the event's sentence, to pick its mention
    persons: frozenset           # canonical names that must be in the mention's persons
    countries: frozenset         # ISO codes that must be in the mention's countries
    not_persons: frozenset = frozenset()  # canonical or written names that must not be persons
    exact_persons: bool = False  # no holder named: persons must be exactly `persons`
    published: str = "2024-05-02"


def case(body, type, evidence, persons=(), countries=(), not_persons=(), exact_persons=False,
         published="2024-05-02", *, id, xfail=None):
    values = Case(body, type, evidence, frozenset(persons), frozenset(countries),
                  frozenset(not_persons), exact_persons, published)
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(values, id=id, marks=marks)


# Why the xfail cases fail today (found by running the stages and printing the entities and the
# frames of each case); each names the function or data key that misses it.
UNKNOWN_HOLDER = (
    "the holder (Tamim ben Hamad Al Thani) is not in resources/aliases.json, so the "
    "model's PERSON has country '' and _office_holders only counts persons whose .country is the "
    "office's country")
COMMENTATOR_FAR_FROM_ROLE = (
    "participants._commentator looks 40 characters before a name and commentator_before allows 30 "
    "after 'porte-parole'; 'la porte-parole du ministère chinois des Affaires étrangères, Mao Ning' "
    "is 59 away, so Mao Ning (given CN by the entities stage) is a participant; and since she is "
    "CN and in the clause, _office_holders skips 'chinoise' (have_countries): Wang Yi is never added")


CASES = [
    # --- an office whose holder the document names in another sentence ---------------------------
    case("Vladimir Poutine a atterri mardi soir à Pékin pour deux jours. Le président russe a rencontré "
         "mercredi Xi Jinping au Grand Palais du Peuple.",
         "MEETING", "Le président russe a rencontré", {"Vladimir Putin", "Xi Jinping"}, {"RU", "CN"},
         id="president-russe"),
    case("Le Premier ministre japonais s'est entretenu lundi à l'Élysée avec Emmanuel Macron. Fumio "
         "Kishida doit ensuite gagner Bruxelles.",
         "MEETING", "Le Premier ministre japonais s'est entretenu", {"Fumio Kishida", "Emmanuel Macron"},
         {"JP", "FR"}, published="2024-05-07", id="premier-ministre-japonais-nomme-apres"),
    case("Wang Yi est attendu à Moscou en fin de semaine. Le chef de la diplomatie chinoise rencontrera "
         "samedi Sergueï Lavrov pour préparer la visite de son président.",
         "MEETING", "Le chef de la diplomatie chinoise rencontrera", {"Wang Yi", "Sergey Lavrov"},
         {"CN", "RU"}, id="chef-diplomatie-chinoise"),
    case("Hakan Fidan a entamé lundi une tournée au Proche-Orient. Le ministre jordanien des Affaires "
         "étrangères Aymane Safadi a reçu mardi à Amman son homologue turc.",
         "MEETING", "a reçu mardi à Amman son homologue turc", {"Hakan Fidan"}, {"TR", "JO"},
         id="son-homologue-turc"),
    case("Emmanuel Macron a fait de l'Afrique du Nord une priorité de son second mandat. Le chef de "
         "l'État français a reçu jeudi à l'Élysée le président égyptien Abdel Fattah al-Sissi.",
         "MEETING", "Le chef de l'État français a reçu", {"Emmanuel Macron", "Abdel Fattah el-Sisi"},
         {"FR", "EG"}, id="chef-etat-francais"),
    case("Angela Merkel quittera la chancellerie à l'automne. La chancelière allemande s'est entretenue "
         "mardi par visioconférence avec Xi Jinping, a indiqué Berlin.",
         "MEETING", "La chancelière allemande s'est entretenue", {"Angela Merkel", "Xi Jinping"},
         {"DE", "CN"}, published="2021-04-08", id="chanceliere-allemande"),
    case("Abbas Araghchi est arrivé dimanche soir à Mascate. Le ministre iranien des Affaires étrangères "
         "a rencontré lundi son homologue omanais Badr Albusaidi.",
         "MEETING", "Le ministre iranien des Affaires étrangères a rencontré", {"Abbas Araghchi"},
         {"IR", "OM"}, id="ministre-iranien-affaires-etrangeres"),
    case("Felipe VI a inauguré mardi une exposition au musée du Prado. Le roi d'Espagne a reçu "
         "mercredi au palais de la Zarzuela le président argentin Javier Milei.",
         "MEETING", "Le roi d'Espagne a reçu", {"Felipe VI", "Javier Milei"}, {"ES", "AR"},
         published="2024-06-20", id="roi-d-espagne"),
    case("Le roi Mohammed VI a présidé mercredi un conseil des ministres à Rabat. Le roi du Maroc a "
         "ensuite reçu le président mauritanien Mohamed Ould Ghazouani, en visite de travail.",
         "MEETING", "Le roi du Maroc a", {"Mohammed VI"}, {"MA", "MR"}, id="roi-du-maroc"),
    case("Cheikh Tamim ben Hamad Al Thani est attendu à Paris la semaine prochaine. L'émir du Qatar "
         "effectuera une visite d'État en France du 27 au 29 février, a annoncé l'Élysée.",
         "VISIT", "L'émir du Qatar effectuera une visite", {"Tamim ben Hamad Al Thani"}, {"QA", "FR"},
         published="2024-02-20", id="emir-du-qatar",
         xfail=UNKNOWN_HOLDER),
    case("Kassym-Jomart Tokaïev a présenté lundi ses priorités pour la présidence kazakhe de l'OCS. Le "
         "président kazakh effectuera une visite d'État en Chine du 3 au 5 juin.",
         "VISIT", "Le président kazakh effectuera une visite", {"Kassym-Jomart Tokayev"}, {"KZ", "CN"},
         id="president-kazakh"),
    case("Antony Blinken entame une nouvelle tournée régionale. Le secrétaire d'État américain a "
         "rencontré lundi à Riyad le prince héritier saoudien Mohammed ben Salmane.",
         "MEETING", "Le secrétaire d'État américain a rencontré",
         {"Antony Blinken", "Mohammed bin Salman"}, {"US", "SA"}, published="2024-04-30",
         id="secretaire-etat-americain"),
    case("Le chancelier allemand a reçu mardi à Berlin le président kazakh Kassym-Jomart Tokaïev. "
         "M. Scholz a salué un partenaire fiable pour l'énergie.",
         "MEETING", "Le chancelier allemand a reçu", {"Olaf Scholz", "Kassym-Jomart Tokayev"},
         {"DE", "KZ"}, published="2023-09-30", id="chancelier-allemand-m-scholz-apres"),
    case("Kim Jong-un a traversé la frontière russe à bord de son train blindé. Le dirigeant "
         "nord-coréen a rencontré mercredi Vladimir Poutine au cosmodrome de Vostotchny.",
         "MEETING", "Le dirigeant nord-coréen a rencontré", {"Kim Jong-un", "Vladimir Putin"},
         {"KP", "RU"}, published="2023-09-14", id="dirigeant-nord-coreen"),
    case("Le président Emmanuel Macron doit se rendre lundi en Slovaquie. Il y rencontrera le "
         "président du Kazakhstan, Kassym-Jomart Tokaïev, en tournée européenne.",
         "MEETING", "Il y rencontrera", {"Emmanuel Macron", "Kassym-Jomart Tokayev"}, {"FR", "KZ"},
         id="pronom-il-president-du-kazakhstan"),
    case("Le président kazakh Kassym-Jomart Tokaïev est arrivé lundi à Tachkent. Il s'est entretenu "
         "mardi avec le président ouzbek Chavkat Mirziyoïev.",
         "MEETING", "Il s'est entretenu", {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}, {"KZ", "UZ"},
         id="pronom-il-entretenu"),
    case("Recep Tayyip Erdoğan a quitté Ankara dimanche. Il s'est entretenu lundi au Kremlin avec le "
         "président russe, avant un dîner de travail.",
         "MEETING", "Il s'est entretenu", {"Recep Tayyip Erdoğan"}, {"TR", "RU"}, exact_persons=True,
         id="pronom-il-et-president-russe-sans-nom"),
    # --- plural offices ---------------------------------------------------------------------------
    case("Les présidents américain et russe ont eu mercredi à Genève un entretien de près de quatre "
         "heures. Joe Biden a parlé d'échanges constructifs, Vladimir Poutine d'un dialogue franc.",
         "MEETING", "Les présidents américain et russe", {"Joe Biden", "Vladimir Putin"}, {"US", "RU"},
         published="2021-06-17", id="presidents-americain-et-russe"),
    case("Les présidents américain et russe se sont rencontrés mercredi à Genève pendant près de "
         "quatre heures. Joe Biden a parlé d'échanges constructifs, Vladimir Poutine d'un dialogue franc.",
         "MEETING", "Les présidents américain et russe", {"Joe Biden", "Vladimir Putin"}, {"US", "RU"},
         published="2021-06-17", id="presidents-americain-et-russe-se-sont-rencontres"),
    case("Narendra Modi et Shehbaz Sharif sont arrivés jeudi au Kazakhstan. Les Premiers ministres indien "
         "et pakistanais auront vendredi à Astana un tête-à-tête en marge du sommet de l'OCS.",
         "MEETING", "Les Premiers ministres indien et pakistanais", {"Narendra Modi", "Shehbaz Sharif"},
         {"IN", "PK"}, published="2024-07-04", id="premiers-ministres-indien-et-pakistanais"),
    # --- the office matches one of several people of its country ----------------------------------
    case("Le ministre russe des Affaires étrangères Sergueï Lavrov a préparé le déplacement, et Lavrov "
         "a multiplié les appels à Pékin. Le président russe effectuera une visite d'État en Chine "
         "les 16 et 17 mai. Le président Vladimir Poutine y a été réélu chef de l'État en mars.",
         "VISIT", "Le président russe effectuera une visite", {"Vladimir Putin"}, {"RU", "CN"},
         not_persons={"Sergey Lavrov"}, published="2024-06-10", id="president-russe-pas-le-ministre"),
    case("Xi Jinping a salué les progrès du dialogue avec Washington, et Xi Jinping a appelé à la "
         "stabilité. Le chef de la diplomatie chinoise a reçu vendredi à Pékin Antony Blinken. Le "
         "ministre chinois des Affaires étrangères Wang Yi a évoqué la question de Taïwan.",
         "MEETING", "Le chef de la diplomatie chinoise a reçu", {"Wang Yi", "Antony Blinken"},
         {"CN", "US"}, not_persons={"Xi Jinping"}, published="2024-04-27",
         id="chef-diplomatie-pas-le-president"),
    case("La journée a commencé sous un ciel clément. Emmanuel Macron a d'abord flâné dans le quartier "
         "du Trastevere. La foule était nombreuse. Dans l'après-midi, le président français s'est "
         "entretenu au Quirinal avec le président Sergio Mattarella.",
         "MEETING", "le président français s'est", {"Emmanuel Macron", "Sergio Mattarella"}, {"FR", "IT"},
         published="2025-06-04", id="titulaire-nomme-loin-de-tout-mot-d-evenement"),
    case("Le président kényan William Ruto est arrivé mardi à Berlin. Salué à sa descente d'avion par "
         "la ministre Annalena Baerbock, le chef de l'État kényan doit être reçu mercredi matin à la "
         "chancellerie. Il aura ensuite un entretien avec le président Frank-Walter Steinmeier.",
         "MEETING", "Il aura ensuite un entretien", {"William Ruto", "Frank-Walter Steinmeier"}, {"KE", "DE"},
         not_persons={"Annalena Baerbock"}, published="2024-02-27", id="pronom-sujet-apres-une-apposition"),
    # --- no holder named: the country alone takes part --------------------------------------------
    case("Le président russe s'est entretenu mardi par téléphone avec Emmanuel Macron, a annoncé "
         "l'Élysée. Les deux dirigeants ont évoqué la sécurité de la centrale de Zaporijia.",
         "MEETING", "Le président russe s'est entretenu", {"Emmanuel Macron"}, {"RU", "FR"},
         exact_persons=True, id="sans-nom-president-russe"),
    case("Le roi du Maroc a reçu jeudi à Rabat le chef de la diplomatie française Jean-Noël Barrot. "
         "Les entretiens ont porté sur le Sahara occidental.",
         "MEETING", "Le roi du Maroc a reçu", {"Jean-Noël Barrot"}, {"MA", "FR"}, exact_persons=True,
         id="sans-nom-roi-du-maroc"),
    case("Vladimir Poutine a reçu mardi au Kremlin l'émir du Qatar. La médiation de Doha sur les "
         "enfants ukrainiens était au menu.",
         "MEETING", "a reçu mardi au Kremlin l'émir du Qatar", {"Vladimir Putin"}, {"RU", "QA"},
         exact_persons=True, id="sans-nom-emir-du-qatar"),
    case("Jean-Noël Barrot s'est entretenu lundi à Paris avec son homologue libanais. Les deux ministres "
         "ont parlé de la reconstruction du sud du pays.",
         "MEETING", "s'est entretenu lundi à Paris avec son homologue libanais", {"Jean-Noël Barrot"},
         {"FR", "LB"}, exact_persons=True, id="sans-nom-homologue-libanais"),
    case("Xi Jinping a rencontré jeudi le Premier ministre japonais en marge du forum de l'APEC à San "
         "Francisco. Les deux hommes ne s'étaient pas vus depuis un an.",
         "MEETING", "Xi Jinping a rencontré jeudi le Premier ministre japonais", {"Xi Jinping"},
         {"CN", "JP"}, exact_persons=True, published="2023-11-17", id="sans-nom-premier-ministre-japonais"),
    case("Le président russe s'est entretenu lundi par téléphone avec le Premier ministre japonais. "
         "Les deux dirigeants ont évoqué un traité de paix.",
         "MEETING", "Le président russe s'est entretenu", set(), {"RU", "JP"}, exact_persons=True,
         id="sans-nom-deux-offices"),
    case("Lors de sa rencontre mercredi avec le président brésilien, la Première ministre italienne "
         "a insisté sur l'accord commercial. Aucune déclaration commune n'a suivi.",
         "MEETING", "Lors de sa rencontre mercredi", set(), {"BR", "IT"}, exact_persons=True,
         published="2025-09-26", id="sans-nom-deux-offices-sans-lieu"),
    case("Le secrétaire d'État américain effectuera la semaine prochaine une visite officielle en "
         "Égypte, a annoncé le département d'État.",
         "VISIT", "Le secrétaire d'État américain effectuera", set(), {"US", "EG"}, exact_persons=True,
         id="sans-nom-secretaire-etat-americain"),
    # --- commentators are no participants ---------------------------------------------------------
    case("Vladimir Poutine a reçu mercredi au Kremlin le président chinois Xi Jinping, selon le "
         "porte-parole du Kremlin Dmitri Peskov. Les entretiens ont duré trois heures.",
         "MEETING", "a reçu mercredi au Kremlin", {"Vladimir Putin", "Xi Jinping"}, {"RU", "CN"},
         not_persons={"Dmitri Peskov", "Dmitry Peskov"}, published="2023-03-23",
         id="negatif-porte-parole-kremlin"),
    case("Vladimir Poutine est arrivé à Pékin pour sa première visite de l'année. Le président russe "
         "s'est entretenu jeudi avec Xi Jinping, selon le porte-parole du Kremlin Dmitri Peskov.",
         "MEETING", "Le président russe s'est entretenu", {"Vladimir Putin", "Xi Jinping"}, {"RU", "CN"},
         not_persons={"Dmitri Peskov", "Dmitry Peskov"}, published="2024-05-17",
         id="negatif-porte-parole-et-office"),
    case("Le chef de l'État français a rencontré jeudi à Pékin Xi Jinping. « Cette rencontre marque un "
         "réchauffement prudent », a déclaré l'analyste Jean Dupont à l'AFP. Emmanuel Macron repart "
         "vendredi pour Canton.",
         "MEETING", "Le chef de l'État français a rencontré", {"Emmanuel Macron", "Xi Jinping"},
         {"FR", "CN"}, not_persons={"Jean Dupont"}, published="2023-04-07", id="negatif-analyste"),
    case("Wang Yi se rendra aux États-Unis la semaine prochaine. Le chef de la diplomatie chinoise "
         "rencontrera son homologue Antony Blinken à Washington, a annoncé la porte-parole du ministère "
         "chinois des Affaires étrangères, Mao Ning.",
         "MEETING", "Le chef de la diplomatie chinoise rencontrera", {"Wang Yi", "Antony Blinken"},
         {"CN", "US"}, not_persons={"Mao Ning"}, published="2024-03-12",
         id="negatif-porte-parole-chinoise",
         xfail=COMMENTATOR_FAR_FROM_ROLE),
    case("Le président kazakh a reçu mardi à Astana Shavkat Mirziyoyev, a rapporté la journaliste "
         "Claire Moreau, présente sur place. Kassym-Jomart Tokaïev a qualifié son voisin de frère.",
         "MEETING", "Le président kazakh a reçu", {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"},
         {"KZ", "UZ"}, not_persons={"Claire Moreau"}, id="negatif-journaliste"),
]


@pytest.mark.slow
@pytest.mark.parametrize("expected", CASES)
def test_office_refers_to_its_holder_or_its_country(tmp_path, expected: Case):
    mentions = _mentions(tmp_path, expected.body, expected.published)
    found = [m for m in mentions if m.type == expected.type and expected.evidence in m.evidence]
    assert found, (f"no {expected.type} mention with evidence {expected.evidence!r}; got "
                   f"{[(m.type, m.evidence) for m in mentions]}")
    mention = found[0]
    persons, countries = set(mention.persons), set(mention.countries)
    assert expected.persons <= persons, f"persons {sorted(persons)}"
    if expected.exact_persons:
        assert persons == expected.persons, f"persons {sorted(persons)}"
    assert expected.countries <= countries, f"countries {sorted(countries)}"
    assert not expected.not_persons & persons, f"persons {sorted(persons)}"
