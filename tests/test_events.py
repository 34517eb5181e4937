"""The events stage on hand-built records: sentences, entities and dates given, mentions checked."""
import re

import pytest

from pipeline.events import find_events
from pipeline.events.grammar import grammar
from pipeline.events.triggers import find_cues
from pipeline.timex import timex_overlap
from pipeline.records import Article, DateValue, Entity, Sentence

PEOPLE = {
    "Xi Jinping": ("Xi Jinping", "CN"), "习近平": ("Xi Jinping", "CN"),
    "Kassym-Jomart Tokaïev": ("Kassym-Jomart Tokayev", "KZ"), "托卡耶夫": ("Kassym-Jomart Tokayev", "KZ"),
    "Emmanuel Macron": ("Emmanuel Macron", "FR"), "Vladimir Poutine": ("Vladimir Putin", "RU"),
    "普京": ("Vladimir Putin", "RU"), "Mike Pompeo": ("Mike Pompeo", "US"),
}
PLACES = {
    "Astana": ("CITY", "Astana", "KZ"), "Xi'an": ("CITY", "Xi'an", "CN"), "西安": ("CITY", "Xi'an", "CN"),
    "Lanzhou": ("CITY", "Lanzhou", "CN"), "Biarritz": ("CITY", "Biarritz", "FR"), "Abuja": ("CITY", "Abuja", "NG"),
    "莫斯科": ("CITY", "Moscow", "RU"), "Moscou": ("CITY", "Moscow", "RU"), "Bormes-les-Mimosas": ("CITY", "Bormes-les-Mimosas", "FR"),
    "Chine": ("COUNTRY", "CN", "CN"), "中国": ("COUNTRY", "CN", "CN"), "Kazakhstan": ("COUNTRY", "KZ", "KZ"),
    "kazakh": ("COUNTRY", "KZ", "KZ"), "russe": ("COUNTRY", "RU", "RU"), "Russie": ("COUNTRY", "RU", "RU"), "japonais": ("COUNTRY", "JP", "JP"), "法国": ("COUNTRY", "FR", "FR"),
    "德国": ("COUNTRY", "DE", "DE"), "日本": ("COUNTRY", "JP", "JP"), "俄罗斯": ("COUNTRY", "RU", "RU"), "哈萨克斯坦": ("COUNTRY", "KZ", "KZ"),
}
REGIONS = {"Asie centrale": ("KG", "KZ", "TJ", "TM", "UZ"), "中亚": ("KG", "KZ", "TJ", "TM", "UZ")}


def article(text: str, language: str, published: str | None, dates=()) -> Article:
    """An Article with one sentence per line, entities from the tables above, the dates given as
    (surface, value, end_value, source)."""
    sentences, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Sentence(pos, pos + len(line), language))
        pos += len(line) + 1
    entities = []
    for table, label in ((PEOPLE, "PERSON"), (PLACES, None), (REGIONS, "REGION")):
        for surface, info in table.items():
            for m in re.finditer(re.escape(surface), text):
                if label == "PERSON":
                    entities.append(Entity(m.start(), m.end(), surface, "PERSON", info[0], language,
                                           kind="alias", country=info[1]))
                elif label == "REGION":
                    entities.append(Entity(m.start(), m.end(), surface, "REGION", "Central Asia",
                                           language, kind="alias", members=info))
                else:
                    kind, canonical, country = info
                    entities.append(Entity(m.start(), m.end(), surface, kind, canonical, language,
                                           kind="gazetteer", entity_id=country if kind == "COUNTRY" else "1",
                                           country=country))
    date_values = []
    for surface, value, end_value, source in dates:
        i = text.index(surface)
        date_values.append(DateValue(i, i + len(surface), surface, value, end_value, source, language))
    return Article(doc_id="t", path="t.txt", sha256="", raw=text, text=text, published=published,
                   sentences=tuple(sentences), languages=(language,), entities=tuple(entities),
                   dates=tuple(date_values))


def test_meeting_with_participants_place_and_relative_date_fr():
    a = article("M. Xi Jinping a fait ces remarques lors de sa rencontre lundi avec le président kazakh "
                "Kassym-Jomart Tokaïev à Astana.", "fr", "2025-06-17",
                dates=[("lundi", "2025-06-16", "2025-06-16", "relative")])
    (m,) = find_events(a).mentions
    assert m.type == "MEETING"
    assert m.start == m.end == "2025-06-16"
    assert m.city == "Astana" and m.country == "KZ"
    assert set(m.persons) == {"Xi Jinping", "Kassym-Jomart Tokayev"}
    assert m.countries == ("CN", "KZ")
    assert m.status == "past"


def test_named_summit_with_ordinal_and_region_expansion_fr():
    a = article("La Chine félicite le Kazakhstan pour la préparation du deuxième Sommet Chine-Asie centrale.",
                "fr", "2025-06-17")
    (m,) = find_events(a).mentions
    assert m.type == "SUMMIT"
    assert m.name == "Sommet Chine-Asie centrale"
    assert m.edition == 2
    assert m.countries == ("CN", "KG", "KZ", "TJ", "TM", "UZ")


def test_two_cues_in_one_sentence_keep_their_own_fields_fr():
    a = article("M. Xi a fait ces remarques lors de sa rencontre avec le président kazakh Kassym-Jomart "
                "Tokaïev à Astana, avant le deuxième Sommet Chine-Asie centrale.", "fr", "2025-06-17")
    by_type = {m.type: m for m in find_events(a).mentions}
    assert by_type["MEETING"].city == "Astana"
    assert by_type["SUMMIT"].city is None
    assert by_type["SUMMIT"].edition == 2


def test_forum_range_and_agreement_count_fr():
    a = article("Le huitième Forum de coopération Chine-Asie centrale s'est tenu les 16 et 17 octobre à Lanzhou.\n"
                "Lors du forum, plus de 120 accords ont été signés.", "fr", "2023-10-18",
                dates=[("les 16 et 17 octobre", "2023-10-16", "2023-10-17", "explicit")])
    (m,) = find_events(a).mentions
    assert m.name == "Forum de coopération Chine-Asie centrale"
    assert m.edition == 8
    assert (m.start, m.end) == ("2023-10-16", "2023-10-17")
    assert m.city == "Lanzhou"
    assert m.agreements == 120
    assert m.status == "past"


def test_anaphoric_mentions_join_the_named_event_fr():
    a = article("Le Sommet Chine-Asie centrale se tiendra les 18 et 19 mai à Xi'an.\n"
                "Ce sommet ouvrira une nouvelle ère.\nLe sommet renforcera la coopération.", "fr",
                "2023-05-10", dates=[("les 18 et 19 mai", "2023-05-18", "2023-05-19", "explicit")])
    mentions = find_events(a).mentions
    assert len(mentions) == 1
    assert mentions[0].status == "future"


def test_generic_plural_is_not_an_event_fr():
    a = article("Les sommets internationaux se multiplient depuis des années.", "fr", "2023-05-10")
    assert find_events(a).mentions == ()


def test_domestic_visit_is_not_diplomatic_fr():
    a = article("Emmanuel Macron a annoncé samedi, en marge d'une visite à Bormes-les-Mimosas, un plan.",
                "fr", "2019-07-27")
    assert [m.type for m in find_events(a).mentions] == []


def test_state_visit_and_talks_zh():
    a = article("5月17日下午，国家主席习近平在西安同来华进行国事访问的哈萨克斯坦总统托卡耶夫会谈。", "zh",
                "2023-05-18", dates=[("5月17日下午", "2023-05-17", "2023-05-17", "explicit")])
    by_type = {m.type: m for m in find_events(a).mentions}
    assert set(by_type) == {"MEETING", "VISIT"}
    meeting = by_type["MEETING"]
    assert meeting.start == "2023-05-17" and meeting.city == "Xi'an"
    assert set(meeting.persons) == {"Xi Jinping", "Kassym-Jomart Tokayev"}
    assert meeting.status == "past"


def test_chinese_summit_name_edition_and_future_zh():
    a = article("中方支持哈方明年举办第二届中国－中亚峰会。", "zh", "2024-07-03",
                dates=[("明年", "2025", "2025", "relative")])
    (m,) = find_events(a).mentions
    assert m.type == "SUMMIT"
    assert m.name == "第二届中国－中亚峰会"
    assert m.edition == 2
    assert m.start == "2025"
    assert m.status == "future"
    assert "CN" in m.countries and "UZ" in m.countries


def test_chinese_agreement_count_zh():
    a = article("会谈后，习近平同普京在莫斯科共同见证签署了20余份双边合作文件。", "zh", "2023-03-22")
    (m,) = find_events(a).mentions
    assert m.agreements == 20
    assert m.city == "Moscow"


@pytest.mark.parametrize("language,text,expected", [
    ("fr", "le sommet du G7 à Biarritz", "sommet du G7"),
    ("fr", "le Forum des nouvelles Routes de la soie pour la coopération internationale a eu lieu",
     "Forum des nouvelles Routes de la soie pour la coopération internationale"),
    ("fr", "lors du sommet de l'APEC au Vietnam", "sommet de l'APEC"),
    # a common noun between two "de" leading on to a capital belongs to the name
    ("fr", "le sommet du Conseil des chefs de gouvernement de la Communauté des États indépendants s'ouvre",
     "sommet du Conseil des chefs de gouvernement de la Communauté des États"),
    ("fr", "le sommet du G7 pour parler de Paris aura lieu", "sommet du G7"),
    # a quoted epithet inside the name, before the place that ends it
    ("fr", "au sommet africain « décisif » de Nairobi, les dirigeants ont signé", "sommet africain « décisif » de Nairobi"),
    # an adjective of the kind of meeting right after the cue word, then the sides' names
    ("fr", "les deux dirigeants tiendront le 15e sommet annuel Japon-Inde à Tokyo", "sommet annuel Japon-Inde"),
    ("fr", "un sommet informel UE-Ukraine aura lieu à Kyiv", "sommet informel UE-Ukraine"),
    ("zh", "习近平出席金砖国家领导人第十五次会晤并发表讲话", "金砖国家领导人第十五次会晤"),
    ("zh", "在北京举办的“一带一路”国际合作高峰论坛", "“一带一路”国际合作高峰论坛"),
    ("zh", "祝愿哈方主办的阿斯塔纳峰会取得圆满成功", "阿斯塔纳峰会"),
    # a boundary word that is only part of a noun ("共同体" holds "同"), words inside a quoted
    # title, and a conjunction between two common nouns stay in the name
    ("zh", "昨天举行的欧洲政治共同体领导人会议讨论了能源问题", "欧洲政治共同体领导人会议"),
    ("zh", "由两国智库合办的“数字时代的全球治理”对话会在开罗举行", "“数字时代的全球治理”对话会"),
    ("zh", "第三届中国—东盟商务与投资峰会在南宁开幕", "第三届中国—东盟商务与投资峰会"),
    # a title in quotes that holds the cue word: whatever words are inside the quotes
    ("zh", "国家主席习近平向“2025从化国际和平论坛”致贺信", "2025从化国际和平论坛"),
    # a word the segmenter took for a person's name holds no name ("应邀出席" tagged nr), a
    # conjunction word holding a boundary character is no boundary ("同时"), and "a new round"
    # is not part of the name
    ("zh", "总理访问新加坡，同时应邀出席东亚合作领导人会议", "东亚合作领导人会议"),
    ("zh", "双方商定共同筹备新一轮中日韩领导人会议", "中日韩领导人会议"),
])
def test_event_names_as_written(language, text, expected):
    g = grammar(language)
    names = [c.name for c in find_cues(text, 0, g, []) if c.name]
    assert expected in names


@pytest.mark.parametrize("a,b,overlap", [
    (("2023-05-18", "2023-05-19"), ("2023-05", "2023-05"), True),
    (("2023", "2023"), ("2023-05-17", "2023-05-17"), True),
    (("2023-05-18", "2023-05-19"), ("2023-05-20", "2023-05-20"), False),
    (("XXXX-10-17", "XXXX-10-17"), ("2023-10-17", "2023-10-17"), True),
    (("2024", "2024"), ("2023", "2023"), False),
])
def test_timex_overlap(a, b, overlap):
    assert timex_overlap(a[0], a[1], b[0], b[1]) is overlap


def test_accompanying_officials_join_the_talks_zh():
    PEOPLE_EXTRA = "王毅"
    a = article("国家主席习近平在莫斯科同俄罗斯总统普京举行会谈。\n王毅参加会谈。", "zh", "2023-03-22",
                dates=[])
    a = a.__class__(**{**a.__dict__, "entities": a.entities + (
        Entity(a.raw.index(PEOPLE_EXTRA), a.raw.index(PEOPLE_EXTRA) + 2, PEOPLE_EXTRA, "PERSON", "Wang Yi", "zh",
               kind="alias", country="CN"),)})
    mentions = find_events(a).mentions
    assert len(mentions) == 1
    assert set(mentions[0].persons) == {"Xi Jinping", "Vladimir Putin", "Wang Yi"}


def test_talks_have_no_name_but_summits_do():
    a = article("Emmanuel Macron a rencontré Vladimir Poutine à Biarritz, avant le sommet du G7 de Biarritz.",
                "fr", "2019-08-19")
    by_type = {m.type: m for m in find_events(a).mentions}
    assert by_type["MEETING"].name is None
    assert by_type["SUMMIT"].name.startswith("sommet du G7")


def test_a_forum_listed_among_frameworks_is_not_an_event():
    a = article("Le Kazakhstan coopère avec la Chine au sein des cadres multilatéraux tels que le Forum "
                "Boao pour l'Asie et la Conférence de Shanghai sur la sécurité.", "fr", "2025-06-17")
    assert find_events(a).mentions == ()


@pytest.mark.parametrize("text, edition", [
    ("Le Sommet Chine-Asie centrale de Xi'an est le premier sommet en personne entre les chefs d'Etat.", None),
    ("Le Premier Sommet Chine-Asie centrale s'est tenu à Xi'an.", 1),
    ("Le deuxième Sommet Chine-Asie centrale se tiendra à Astana.", 2),
])
def test_premier_numbers_an_edition_only_when_it_opens_a_name(text, edition):
    mentions = find_events(article(text, "fr", None)).mentions
    assert [m.edition for m in mentions] == [edition]


def test_the_session_of_a_named_assembly_is_its_edition():
    text = "La 79e session de l'Assemblée générale des Nations unies s'est ouverte mardi à New York."
    assert [m.edition for m in find_events(article(text, "fr", "2024-09-25")).mentions] == [79]


def test_two_meetings_in_two_cities_are_two_events_zh():
    a = article("去年，习近平和托卡耶夫在西安和莫斯科两次会晤。", "zh", "2024-07-03",
                dates=[("去年", "2023", "2023", "relative")])
    a = a.__class__(**{**a.__dict__, "entities": a.entities + (
        Entity(a.raw.index("托卡耶夫"), a.raw.index("托卡耶夫") + 4, "托卡耶夫", "PERSON", "Kassym-Jomart Tokayev",
               "zh", kind="alias", country="KZ"),)})
    mentions = find_events(a).mentions
    assert sorted(m.city for m in mentions) == ["Moscow", "Xi'an"]
    assert all(m.start == "2023" for m in mentions)


def test_an_attendance_sentence_adds_participants_zh():
    text = "峰会于8月23日在西安举行。俄罗斯总统普京出席。"
    a = article(text.replace("。", "。\n"), "zh", "2023-08-24", dates=[("8月23日", "2023-08-23", "2023-08-23", "relative")])
    mention = find_events(a).mentions[0]
    assert "Vladimir Putin" in mention.persons and "RU" in mention.countries


def test_a_landmark_stands_for_its_city():
    a = article("国家主席习近平在人民大会堂同俄罗斯总统普京举行会谈。", "zh", "2023-10-18")
    mention = find_events(a).mentions[0]
    assert (mention.city, mention.country) == ("Beijing", "CN")


def test_a_stated_duration_gives_the_end():
    a = article("Emmanuel Macron entame lundi une visite d'État de trois jours à Astana au Kazakhstan.", "fr",
                "2018-04-22", dates=[("lundi", "2018-04-23", "2018-04-23", "relative")])
    mention = find_events(a).mentions[0]
    assert (mention.start, mention.end) == ("2018-04-23", "2018-04-25")


def test_wishing_a_summit_success_is_not_taking_part_zh():
    a = article("习近平祝愿哈方主办的阿斯塔纳峰会取得圆满成功。", "zh", "2024-07-03")
    a = a.__class__(**{**a.__dict__, "entities": a.entities + (
        Entity(a.raw.index("阿斯塔纳"), a.raw.index("阿斯塔纳") + 4, "阿斯塔纳", "CITY", "Astana", "zh",
               kind="gazetteer", entity_id="1", country="KZ"),)})
    mention = find_events(a).mentions[0]
    assert mention.type == "SUMMIT" and "Xi Jinping" not in mention.persons and "CN" not in mention.countries


def test_a_visit_inside_a_participant_modifier_is_under_way_zh():
    a = article("5月17日，习近平在西安同来华进行国事访问的哈萨克斯坦总统托卡耶夫会谈。", "zh", "2023-05-18",
                dates=[("5月17日", "2023-05-17", "2023-05-17", "relative")])
    by_type = {m.type: m for m in find_events(a).mentions}
    assert by_type["MEETING"].start == "2023-05-17"
    assert by_type["VISIT"].start is None and by_type["VISIT"].status == "ongoing"


@pytest.mark.parametrize("text, language", [
    ("La comédienne a reçu d'innombrables messages de soutien de ses collègues.", "fr"),
    ("Dans un entretien au Magazine du Monde, Emmanuel Macron revient sur sa campagne.", "fr"),
    ("双方要全面落实中阿合作论坛成果，用好中非合作论坛等重要平台。", "zh"),
    ("《中国中医药大会》第二季今晚首播。", "zh"),
    ("L'affaire a été suivie jusqu'au sommet de l'État en France, à Paris, dès 2019.", "fr"),
    ("Les alpinistes ont atteint lundi le sommet du mont Kenya avec Emmanuel Macron.", "fr"),
    ("南非非洲人国民大会党主席2024年5月在约翰内斯堡表示，党将继续执政。", "zh"),
    ("Dans un entretien à Le Parisien, Emmanuel Macron a évoqué lundi à Paris sa réforme.", "fr"),
    # a cue word followed by an office is a person's title, not a gathering
    ("外交部长王毅5日在北京会见第79届联合国大会主席杨。", "zh"),
    ("贺电还来自世界经济论坛主席施瓦布和达沃斯论坛执行主席布伦德。", "zh"),
])
def test_words_that_look_like_events_but_are_not(text, language):
    assert find_events(article(text, language, "2024-05-30")).mentions == ()


def test_chinese_names_stop_at_the_verb():
    a = article("双方同意全面落实第十届中阿合作论坛成果，该论坛于2024年5月30日在北京举行。", "zh", "2024-06-01",
                dates=[("2024年5月30日", "2024-05-30", "2024-05-30", "explicit")])
    names = [m.name for m in find_events(a).mentions]
    assert names and all(not n.startswith("全面") for n in names if n)


@pytest.mark.parametrize("text, language, agreements", [
    ("Emmanuel Macron a rencontré Vladimir Poutine à Biarritz, après avoir dénoncé trois accords.", "fr", None),
    ("Emmanuel Macron a rencontré Vladimir Poutine à Biarritz et ils ont signé trois accords.", "fr", 3),
    ("习近平在莫斯科同普京举行会谈，两国元首见证交换数十项合作文件。", "zh", None),
    ("习近平在莫斯科同普京举行会谈，两国元首见证交换20余份合作文件。", "zh", 20),
])
def test_agreements_are_counted_only_when_signed_and_numbered(text, language, agreements):
    mention = next(m for m in find_events(article(text, language, "2019-08-19")).mentions if m.type == "MEETING")
    assert mention.agreements == agreements


def test_who_reports_on_an_event_is_not_its_participant_fr():
    a = article("Emmanuel Macron a déclaré que le sommet Chine-Asie centrale de Xi'an avait été utile.", "fr",
                "2023-05-20")
    summit = find_events(a).mentions[0]
    assert summit.type == "SUMMIT" and "Emmanuel Macron" not in summit.persons


def test_a_visit_to_an_abbreviated_country_zh():
    a = article("今年3月，习近平对俄进行国事访问。", "zh", "2023-10-18", dates=[("今年3月", "2023-03", "2023-03", "relative")])
    visit = find_events(a).mentions[0]
    assert (visit.type, visit.country, visit.start) == ("VISIT", "RU", "2023-03")


def test_a_trip_to_meet_someone_is_a_meeting_fr():
    a = article("Vendredi, Vladimir Poutine était à Biarritz pour rencontrer Emmanuel Macron.", "fr", "2019-08-25",
                dates=[("Vendredi", "2019-08-23", "2019-08-23", "relative")])
    meeting = find_events(a).mentions[0]
    assert meeting.type == "MEETING" and meeting.start == "2019-08-23" and meeting.city == "Biarritz"


def test_a_city_merely_named_is_not_the_venue_fr():
    a = article("Vladimir Poutine, venu de Moscou, a rencontré Emmanuel Macron.", "fr", "2019-08-19")
    meeting = find_events(a).mentions[0]
    assert meeting.city is None


def test_an_office_named_by_its_country_is_held_by_that_countrys_person_zh():
    text = "习近平同哈萨克斯坦总统举行会谈。\n托卡耶夫表示，哈方愿同中方深化合作。"
    a = article(text, "zh", "2024-07-03")
    meeting = next(m for m in find_events(a).mentions if m.type == "MEETING")
    assert set(meeting.persons) == {"Xi Jinping", "Kassym-Jomart Tokayev"}


@pytest.mark.parametrize("text, language", [("", "fr"), ("Hello there, nothing happens here.", "en")])
def test_no_sentence_or_no_event_grammar_gives_no_event(text, language):
    a = article(text, language, None)
    assert find_events(a).mentions == ()


def test_a_date_in_what_is_said_at_an_event_is_not_its_date_fr():
    text = ("Le sommet extraordinaire s'est tenu jeudi à Abuja.\n"
            "A l'ouverture du sommet, le président a rappelé qu'en 2012 un coup d'Etat avait eu lieu.")
    a = article(text, "fr", "2020-08-21", dates=[("jeudi", "2020-08-20", "2020-08-20", "relative"),
                                                  ("2012", "2012", "2012", "explicit")])
    mentions = find_events(a).mentions
    assert [(m.type, m.start) for m in mentions] == [("SUMMIT", "2020-08-20")]


# --------------------------------------------------------------------------------------------
# diplomatic precision: a gathering of one country is not an event, and the document says why


@pytest.mark.parametrize("language, text, published", [
    ("fr", "Le parti ouvrira jeudi à Lanzhou sa Conférence nationale des cadres de Chine.", "2024-03-04"),
    ("zh", "全国科技工作大会今天在西安开幕，中国各地代表出席。", "2024-03-04"),
    ("zh", "2024数字经济高峰论坛昨天在西安举行。", "2024-03-04"),
    ("fr", "Le forum des métiers du numérique s'est tenu le 5 mars à Lanzhou, en Chine.", "2024-03-07"),
    ("fr", "Le Forum international du numérique de Lanzhou s'ouvrira lundi en Chine.", "2024-03-07"),
    ("zh", "第三届世界数字经济博览会今天在西安开幕，中国各地企业参展。", "2024-03-04"),
])
def test_domestic_gatherings_give_no_event_and_say_why(language, text, published):
    a = find_events(article(text, language, published, dates=_first_date(text, published)))
    assert a.mentions == ()
    assert any(note.startswith("rejected FORUM") and "domestic" in note for note in a.notes)


@pytest.mark.parametrize("language, text, published", [
    ("fr", "Le Forum international de Lanzhou s'ouvrira lundi en présence de Vladimir Poutine.", "2024-03-07"),
    ("zh", "中俄能源商务论坛今天在西安开幕。", "2024-03-04"),
    ("zh", "首届中国－中亚合作论坛今天在西安开幕。", "2024-03-04"),
    ("fr", "Le forum économique s'ouvre le 5 mars à Moscou, où Xi Jinping est attendu.", "2024-03-04"),
])
def test_forums_with_a_foreign_party_or_an_international_name_are_events(language, text, published):
    a = find_events(article(text, language, published, dates=_first_date(text, published)))
    assert [m.type for m in a.mentions] == ["FORUM"]


def _first_date(text: str, published: str):
    """The first date of a sentence as the dates stage reads it, for hand-built articles."""
    from pipeline.dates import parse_dates

    found = parse_dates(text, "zh" if re.search("[\u4e00-\u9fff]", text) else "fr", published)
    return [(text[d.start:d.end], d.value, d.end_value, d.source) for d in found[:1]]


# --------------------------------------------------------------------------------------------
# one row per real event: several talks in one sentence are several meetings


@pytest.mark.parametrize("language, text, expected", [
    ("zh", "习近平当天分别会见法国总理和德国总理。", [{"CN", "FR"}, {"CN", "DE"}]),
    ("zh", "普京分别会见日本外长、哈萨克斯坦外长。", [{"RU", "JP"}, {"RU", "KZ"}]),
    ("fr", "Xi Jinping a rencontré séparément le Premier ministre japonais et le ministre kazakh.",
     [{"CN", "JP"}, {"CN", "KZ"}]),
])
def test_talks_held_separately_with_each_counterpart_are_separate_meetings(language, text, expected):
    mentions = find_events(article(text, language, "2024-05-06", dates=_first_date(text, "2024-05-06"))).mentions
    assert sorted(sorted(m.countries) for m in mentions if m.type == "MEETING") == sorted(sorted(e) for e in expected)


@pytest.mark.parametrize("language, text", [
    ("zh", "访俄期间，习近平将会见普京，同托卡耶夫举行会谈。"),
    ("fr", "À Astana, Xi Jinping rencontrera Vladimir Poutine, puis s'entretiendra avec Kassym-Jomart Tokaïev."),
])
def test_coordinated_talks_share_their_subject_and_stay_apart(language, text):
    mentions = [m for m in find_events(article(text, language, "2024-05-06")).mentions if m.type == "MEETING"]
    assert sorted(sorted(m.persons) for m in mentions) == [
        ["Kassym-Jomart Tokayev", "Xi Jinping"], ["Vladimir Putin", "Xi Jinping"]]


@pytest.mark.parametrize("language, text", [
    ("zh", "金砖国家领导人第十六次会晤在喀山举行。\n普京主持会晤，习近平出席。"),
    ("zh", "上海合作组织成员国元首理事会第二十四次会议在阿斯塔纳举行。\n托卡耶夫主持会议，习近平出席。"),
])
def test_a_bare_cue_word_ending_an_earlier_name_speaks_of_that_event(language, text):
    mentions = find_events(article(text, language, "2024-10-23")).mentions
    assert [m.type for m in mentions] == ["SUMMIT"]
    assert len(mentions[0].persons) == 2


@pytest.mark.parametrize("language, text", [
    ("zh", "习近平指出，去年我和托卡耶夫总统在西安和莫斯科两次会晤。"),
])
def test_n_meetings_in_n_named_cities_are_n_events(language, text):
    mentions = find_events(article(text, language, "2024-05-06")).mentions
    assert sorted(m.city for m in mentions if m.type == "MEETING") == ["Moscow", "Xi'an"]


def test_talks_reported_twice_in_one_document_on_the_same_day_are_one_mention():
    from pipeline.events.segmentation import merge_same_day_talks
    from pipeline.records import Mention

    lead = Mention(doc="d", type="MEETING", language="fr", evidence="", char_start=0, char_end=10,
                   start="2024-05-06", end="2024-05-06", countries=("CN", "FR"),
                   persons=("Xi Jinping", "Emmanuel Macron"))
    later = Mention(doc="d", type="MEETING", language="zh", evidence="", char_start=50, char_end=60,
                    start="2024-05-06", end="2024-05-06", city="Paris", countries=("CN", "FR"),
                    persons=("Xi Jinping",))
    other = Mention(doc="d", type="MEETING", language="fr", evidence="", char_start=80, char_end=90,
                    start="2024-05-06", end="2024-05-06", countries=("CN", "FR"),
                    persons=("Xi Jinping", "Gabriel Attal"))
    merged = merge_same_day_talks([lead, later, other])
    assert [(m.city, m.persons) for m in merged] == [
        ("Paris", ("Xi Jinping", "Emmanuel Macron")), (None, ("Xi Jinping", "Gabriel Attal"))]


@pytest.mark.parametrize("text, expected", [
    ("Le sommet que la Chine accueillera le 5 mai 2026 à Xi'an réunira les dirigeants d'Asie centrale.",
     "2026-05-05"),
    ("Le sommet que le Kazakhstan organisera le 12 juin 2026 à Astana sera consacré à l'énergie.", "2026-06-12"),
])
def test_a_date_in_a_relative_clause_about_the_event_dates_it(text, expected):
    a = article(text, "fr", "2026-01-10", dates=_first_date(text, "2026-01-10"))
    (m,) = find_events(a).mentions
    assert m.start == expected


def test_a_date_in_what_someone_says_at_the_event_does_not_date_it():
    text = "Au sommet d'Astana, Kassym-Jomart Tokaïev a rappelé que le 12 juin 2019 il avait été élu."
    a = article(text, "fr", "2026-01-10", dates=_first_date(text, "2026-01-10"))
    assert all(m.start != "2019-06-12" for m in find_events(a).mentions)


def test_one_series_named_in_two_scripts_in_one_document_is_one_event():
    text = ("Le Forum des nouvelles Routes de la soie s'est tenu le 14 mai 2017 à Pékin.\n"
            "2017年5月14日，“一带一路”国际合作高峰论坛在北京举行。")
    sentences = (Sentence(0, text.index("\n"), "fr"), Sentence(text.index("\n") + 1, len(text), "zh"))
    from dataclasses import replace as copy

    a = copy(article(text, "fr", "2017-05-20", dates=[("14 mai 2017", "2017-05-14", None, "absolute"),
                                                      ("2017年5月14日", "2017-05-14", None, "absolute")]),
             sentences=sentences)
    forums = [m for m in find_events(a).mentions if m.type == "FORUM"]
    assert len(forums) == 1


@pytest.mark.parametrize("language, text", [
    ("fr", "Emmanuel Macron a rencontré lundi à Astana son homologue kazakh.\n"
           "Kassym-Jomart Tokaïev a salué une visite historique."),
    ("fr", "Le président kazakh a rencontré lundi Emmanuel Macron à Astana.\n"
           "Kassym-Jomart Tokaïev a salué une visite historique."),
    ("zh", "习近平在西安同哈萨克斯坦总统举行会谈。\n托卡耶夫表示，哈方愿深化合作。"),
])
def test_an_office_named_by_its_country_is_held_by_that_countrys_person_in_the_document(language, text):
    mentions = find_events(article(text, language, "2024-05-07", dates=_first_date(text, "2024-05-07"))).mentions
    meeting = next(m for m in mentions if m.type == "MEETING")
    assert "Kassym-Jomart Tokayev" in meeting.persons


@pytest.mark.parametrize("language, text", [
    ("zh", "普京祝贺第二届中俄能源商务论坛圆满成功，表示，2015年签署的协议已取得巨大成功。"),
    ("fr", "Au sommet de Moscou, Vladimir Poutine a rappelé que l'accord de 2015 avait réussi."),
])
def test_a_date_in_what_a_participant_says_is_not_the_events_date(language, text):
    mentions = find_events(article(text, language, "2024-05-07", dates=_first_date(text, "2024-05-07"))).mentions
    assert mentions and all(m.start != "2015" for m in mentions)


@pytest.mark.parametrize("text, is_event", [
    ("La crise révèle une cacophonie au sommet de l'État, a reconnu Emmanuel Macron le 5 mars.", False),
    ("Ce modèle se place au sommet de la gamme depuis le 5 mars 2024.", False),
    ("Le sommet se tiendra le 5 mars à Astana.", True),
    ("Le sommet de l'OTAN se tiendra le 5 mars.", True),
])
def test_a_sommet_with_no_place_body_or_foreign_party_is_the_word_in_another_sense(text, is_event):
    from dataclasses import replace as copy

    a = article(text, "fr", "2024-03-01", dates=_first_date(text, "2024-03-01"))
    if "OTAN" in text:
        at = text.index("OTAN")
        a = copy(a, entities=a.entities + (Entity(at, at + 4, "OTAN", "ORG", "NATO", "fr", kind="alias"),))
    summits = [m for m in find_events(a).mentions if m.type == "SUMMIT"]
    assert bool(summits) == is_event


@pytest.mark.parametrize("text", [
    "Dans un entretien donné au Monde le 5 mars, Emmanuel Macron a défendu sa réforme.",
    "Le manque d'entretien des routes inquiète Emmanuel Macron depuis le 5 mars.",
])
def test_entretien_as_an_interview_or_as_upkeep_is_not_talks(text):
    a = article(text, "fr", "2024-03-07", dates=_first_date(text, "2024-03-07"))
    assert [m for m in find_events(a).mentions if m.type == "MEETING"] == []


@pytest.mark.parametrize("language, text, published", [
    ("zh", "习近平5日抵达莫斯科，对俄罗斯进行国事访问。", "2024-05-05"),
    ("fr", "Xi Jinping est arrivé le 5 mai à Moscou pour une visite d'État en Russie.", "2024-05-05"),
])
def test_the_arrival_day_starts_a_visit_that_is_under_way(language, text, published):
    a = article(text, language, published, dates=_first_date(text, published))
    (visit,) = [m for m in find_events(a).mentions if m.type == "VISIT"]
    assert (visit.start, visit.end, visit.status) == ("2024-05-05", None, "ongoing")


@pytest.mark.parametrize("language, text", [
    ("zh", "2024年中国－中亚合作论坛峰会在西安开幕，习近平出席。"),
    ("fr", "Le Sommet du Forum Chine-Asie centrale s'est ouvert le 5 mai à Xi'an."),
])
def test_a_cue_word_inside_another_events_name_is_part_of_that_name(language, text):
    a = article(text, language, "2024-05-06", dates=_first_date(text, "2024-05-06"))
    assert [m.type for m in find_events(a).mentions] == ["SUMMIT"]


@pytest.mark.parametrize("text", [
    "Vladimir Poutine s'apprêtait à rencontrer jeudi à Astana Kassym-Jomart Tokaïev.",
    "Vladimir Poutine doit rencontrer Kassym-Jomart Tokaïev le 5 mai à Astana.",
    "Vladimir Poutine et Kassym-Jomart Tokaïev se réuniront le 5 mai à Astana.",
])
def test_every_tense_and_mood_of_an_event_verb_triggers_through_the_parse(text):
    from pipeline.syntax import parse_sentences

    a = parse_sentences(article(text, "fr", "2024-05-02", dates=_first_date(text, "2024-05-02")))
    meetings = [m for m in find_events(a).mentions if m.type == "MEETING"]
    assert meetings and set(meetings[0].persons) == {"Vladimir Putin", "Kassym-Jomart Tokayev"}


@pytest.mark.parametrize("text", [
    "Vladimir Poutine n'a pas rencontré Kassym-Jomart Tokaïev le 5 mai à Astana.",
    "Le ministère entretient les routes d'Astana depuis le 5 mai, selon Kassym-Jomart Tokaïev.",
])
def test_a_negated_verb_or_a_verb_in_another_sense_triggers_nothing(text):
    from pipeline.syntax import parse_sentences

    a = parse_sentences(article(text, "fr", "2024-05-02", dates=_first_date(text, "2024-05-02")))
    assert [m for m in find_events(a).mentions if m.type == "MEETING"] == []


@pytest.mark.parametrize("language, text", [
    ("zh", "习近平此次并未同普京会谈。"),
    ("fr", "Xi Jinping n'a finalement pas rencontré Vladimir Poutine le 5 mai."),
])
def test_talks_said_not_to_happen_are_no_event(language, text):
    a = article(text, language, "2024-05-07", dates=_first_date(text, "2024-05-07"))
    assert [m for m in find_events(a).mentions if m.type == "MEETING"] == []


@pytest.mark.parametrize("language, text", [
    ("zh", "5月5日，习近平在西安出席中国－中亚峰会期间会见托卡耶夫。"),
    ("fr", "Le 5 mai, en marge du sommet Chine-Asie centrale à Xi'an, Xi Jinping a rencontré Kassym-Jomart Tokaïev."),
])
def test_the_day_of_talks_held_during_a_summit_is_the_talks_day_not_the_summits(language, text):
    a = article(text, language, "2024-05-06", dates=_first_date(text, "2024-05-06"))
    by_type = {m.type: m for m in find_events(a).mentions}
    assert by_type["MEETING"].start == "2024-05-05"
    assert by_type["SUMMIT"].start is None


@pytest.mark.parametrize("language, text", [
    ("fr", "Aucune rencontre entre Xi Jinping et Vladimir Poutine n'est prévue le 5 mai."),
    ("fr", "Il n'y aura pas de sommet à Astana le 5 mai."),
    ("zh", "5月5日习近平同普京之间没有会晤。"),
])
def test_an_event_said_not_to_happen_is_no_event(language, text):
    a = article(text, language, "2024-05-01", dates=_first_date(text, "2024-05-01"))
    assert find_events(a).mentions == ()


def test_plural_offices_with_their_countries_are_held_by_those_countries_people():
    text = ("Les présidents kazakh et russe se sont entretenus le 5 mai à Astana.\n"
            "Kassym-Jomart Tokaïev et Vladimir Poutine ont signé un accord.")
    from pipeline.syntax import parse_sentences

    a = parse_sentences(article(text, "fr", "2024-05-06", dates=_first_date(text, "2024-05-06")))
    meeting = next(m for m in find_events(a).mentions if m.type == "MEETING")
    assert set(meeting.persons) >= {"Kassym-Jomart Tokayev", "Vladimir Putin"}


@pytest.mark.parametrize("language, text", [
    ("zh", "习近平5月5日在莫斯科同普京举行会谈，克里姆林宫发言人佩斯科夫介绍了会谈情况。"),
    ("fr", "Xi Jinping a rencontré Vladimir Poutine le 5 mai à Moscou, a indiqué le porte-parole Dmitri Peskov."),
])
def test_a_spokesperson_who_reports_on_the_talks_is_no_participant(language, text):
    a = article(text, language, "2024-05-06", dates=_first_date(text, "2024-05-06"))
    names = {"佩斯科夫": "Dmitri Peskov", "Dmitri Peskov": "Dmitri Peskov"}
    from dataclasses import replace as copy

    extra = tuple(Entity(text.index(s), text.index(s) + len(s), s, "PERSON", c, language, kind="alias",
                         country="RU") for s, c in names.items() if s in text)
    a = copy(a, entities=tuple(sorted(a.entities + extra, key=lambda e: e.start)))
    meeting = next(m for m in find_events(a).mentions if m.type == "MEETING")
    assert "Dmitri Peskov" not in meeting.persons and "Vladimir Putin" in meeting.persons


def test_two_names_joined_by_ji_are_one_combined_event():
    text = "第五届中国—中亚博览会暨中国—中亚工商峰会5月5日在西安开幕。"
    a = article(text, "zh", "2024-05-06", dates=_first_date(text, "2024-05-06"))
    assert len(find_events(a).mentions) == 1


@pytest.mark.parametrize("language, text, published", [
    ("fr", "Le huitième Forum de coopération Chine-Asie centrale s'est achevé le 17 octobre à Xi'an.", None),
    ("zh", "第八届中国－中亚合作论坛10月17日在西安闭幕。", None),
])
def test_the_day_an_event_ended_is_its_end_and_its_start_is_unsaid(language, text, published):
    a = article(text, language, published, dates=_first_date(text, published))
    (forum,) = find_events(a).mentions
    assert (forum.start, forum.end) == (None, "XXXX-10-17")


@pytest.mark.parametrize("language, text", [
    ("fr", "Emmanuel Macron ne rencontrerait ni Xi Jinping ni Vladimir Poutine le 5 mai."),
    ("zh", "俄罗斯5月5日宣布停止同哈萨克斯坦方面的所有会晤。"),
    # talks called off
    ("zh", "普京5月5日取消了原定在阿斯塔纳同托卡耶夫会晤的安排。"),
    ("fr", "Donald Trump a annulé le 5 mai sa rencontre à Genève avec le ministre iranien Abbas Araghchi."),
    # talks forbidden
    ("zh", "法院5月5日裁定，该前官员今后不得同普京会晤。"),
])
def test_talks_refused_or_stopped_are_no_event(language, text):
    a = article(text, language, "2024-05-06", dates=_first_date(text, "2024-05-06"))
    assert [m for m in find_events(a).mentions if m.type == "MEETING"] == []


@pytest.mark.parametrize("language, text", [
    ("zh", "习近平对俄罗斯进行国事访问期间，5月5日同普京举行会谈。"),
    ("fr", "Lors de sa visite d'État en Russie, Xi Jinping a rencontré le 5 mai Vladimir Poutine."),
])
def test_talks_held_during_a_visit_take_the_visits_country(language, text):
    a = article(text, language, "2024-05-06", dates=_first_date(text, "2024-05-06"))
    meeting = next(m for m in find_events(a).mentions if m.type == "MEETING")
    assert meeting.country == "RU"


def test_a_host_who_welcomes_a_guest_to_a_summit_is_not_its_participant():
    text = "习近平欢迎托卡耶夫5月5日来华出席中国－中亚峰会。"
    a = article(text, "zh", "2024-05-04", dates=_first_date(text, "2024-05-04"))
    summit = next(m for m in find_events(a).mentions if m.type == "SUMMIT")
    assert "Xi Jinping" not in summit.persons and "Kassym-Jomart Tokayev" in summit.persons


def test_talks_before_a_summit_do_not_take_its_place():
    text = "Xi Jinping a rencontré le 5 mai Vladimir Poutine, avant le sommet de Moscou."
    a = article(text, "fr", "2024-05-06", dates=_first_date(text, "2024-05-06"))
    meeting = next(m for m in find_events(a).mentions if m.type == "MEETING")
    assert meeting.city is None


@pytest.mark.parametrize("text, org, name", [
    ("普京来华出席上海合作组织天津峰会。", "上海合作组织", "上海合作组织天津峰会"),
    ("习近平出席2025年上海合作组织峰会。", "上海合作组织", "上海合作组织峰会"),
    ("中方期待下一届中非合作论坛峰会在中国举行。", None, "中非合作论坛峰会"),
])
def test_a_chinese_event_name_keeps_the_organisation_inside_it_and_drops_next_edition_words(text, org, name):
    from pipeline.events.grammar import grammar
    from pipeline.events.triggers import find_cues

    spans = [(text.index(org), text.index(org) + len(org))] if org else []
    assert name in [c.name for c in find_cues(text, 0, grammar("zh"), spans)]


@pytest.mark.parametrize("language, text", [
    ("zh", "习近平出席联合国气候峰会并宣布中国2035年国家自主贡献目标。"),
    ("fr", "Au sommet de l'ONU sur le climat, Xi Jinping a présenté les objectifs 2035 de la Chine."),
])
def test_a_plans_horizon_year_never_dates_the_event(language, text):
    a = article(text, language, "2025-09-25", dates=_first_date(text, "2025-09-25"))
    assert all(m.start != "2035" for m in find_events(a).mentions)


@pytest.mark.parametrize("language, text", [
    ("zh", "原定于9月14日在阿斯塔纳举行的中国－中亚峰会已经推迟。"),
    ("fr", "Le sommet Chine-Asie centrale, initialement prévu le 14 septembre à Astana, a été reporté."),
    ("fr", "Le sommet Chine-Asie centrale, prévu initialement pour le 14 septembre, a été reporté."),
])
def test_a_date_given_up_never_dates_the_event(language, text):
    a = article(text, language, "2025-09-01", dates=_first_date(text, "2025-09-01"))
    (summit,) = find_events(a).mentions
    assert summit.start is None


@pytest.mark.parametrize("language, text", [
    ("zh", "托卡耶夫预祝第二届中国－中亚峰会取得圆满成功。"),
    ("fr", "Kassym-Jomart Tokaïev souhaite plein succès au Sommet Chine-Asie centrale."),
])
def test_an_event_wished_success_is_still_to_come(language, text):
    a = article(text, language, "2024-05-06")
    (summit,) = [m for m in find_events(a).mentions if m.type == "SUMMIT"]
    assert summit.status == "future"


def test_a_summit_a_guest_came_to_attend_is_under_way_whichever_sentence_names_it_first():
    text = "中国－中亚峰会备受关注。\n习近平同来华出席中国－中亚峰会的托卡耶夫会谈。"
    a = article(text, "zh", "2024-05-06")
    (summit,) = [m for m in find_events(a).mentions if m.type == "SUMMIT"]
    assert summit.status == "ongoing"


def test_arrival_words_between_the_date_and_the_visit_leave_it_open_zh():
    a = article("当地时间3月9日晚，习近平乘专机抵达莫斯科，开始对俄罗斯进行国事访问。", "zh", "2025-03-09",
                dates=[("3月9日", "2025-03-09", "2025-03-09", "explicit")])
    visit = next(m for m in find_events(a).mentions if m.type == "VISIT")
    assert (visit.start, visit.end, visit.status) == ("2025-03-09", None, "ongoing")


def test_undated_talks_during_a_current_visit_are_held_in_the_host_country():
    text = ("Xi Jinping est arrivé lundi au Kazakhstan pour une visite d'État.\n"
            "Xi Jinping a eu mardi un entretien avec Kassym-Jomart Tokaïev sur le commerce.")
    a = article(text, "fr", "2025-03-10", dates=[("lundi", "2025-03-10", "2025-03-10", "relative")])
    talks = next(m for m in find_events(a).mentions if m.type == "MEETING")
    assert talks.country == "KZ" and talks.city is None


def test_talks_with_their_own_date_do_not_take_the_visit_country():
    text = ("Xi Jinping est arrivé lundi au Kazakhstan pour une visite d'État.\n"
            "En 2019, Xi Jinping avait eu un entretien avec Kassym-Jomart Tokaïev.")
    a = article(text, "fr", "2025-03-10", dates=[("lundi", "2025-03-10", "2025-03-10", "relative"),
                                                 ("En 2019", "2019", "2019", "explicit")])
    talks = next(m for m in find_events(a).mentions if m.type == "MEETING")
    assert talks.country is None


def _with_people(a: Article, *names: str) -> Article:
    """The article with people of unknown country added (names the alias table would not know)."""
    extra = tuple(Entity(m.start(), m.end(), n, "PERSON", n, a.languages[0], kind="model")
                  for n in names for m in re.finditer(re.escape(n), a.raw))
    return a.__class__(**{**a.__dict__, "entities": tuple(sorted(a.entities + extra, key=lambda e: e.start))})


def test_talks_where_no_state_is_named_are_not_diplomatic_fr():
    a = _with_people(article("Une rencontre a eu lieu lundi entre Paul Durand et Julie Martin devant la mairie.",
                             "fr", "2024-03-12", dates=[("lundi", "2024-03-11", "2024-03-11", "relative")]),
                     "Paul Durand", "Julie Martin")
    assert find_events(a).mentions == ()


@pytest.mark.parametrize("text, language, expected", [
    ("300多家法国企业将参加第七届中国国际进口博览会。", "zh", 0),
    ("Plus de 200 entreprises japonaises exposeront au septième Salon international des importations de Chine.",
     "fr", 0),
    ("Emmanuel Macron assistera au septième Salon international des importations de Chine, à Shanghai en Chine.",
     "fr", 1),
])
def test_a_trade_fair_needs_a_foreign_official_not_foreign_firms(text, language, expected):
    a = article(text, language, "2024-10-20")
    assert len([m for m in find_events(a).mentions if m.type == "FORUM"]) == expected


def test_a_phone_call_does_not_take_the_city_of_other_talks_zh():
    text = ("6月5日晚，习近平同俄罗斯总统普京通电话。\n"
            "普京表示，双方团队在莫斯科举行的会谈很成功。")
    a = article(text, "zh", "2025-06-06", dates=[("6月5日", "2025-06-05", "2025-06-05", "explicit")])
    call = next(m for m in find_events(a).mentions if m.start == "2025-06-05")
    assert call.city is None and call.country is None


def test_a_video_call_does_not_take_the_city_of_other_talks_fr():
    text = ("Emmanuel Macron a eu mardi un entretien téléphonique avec Vladimir Poutine.\n"
            "Vladimir Poutine a rappelé les négociations tenues à Moscou, qu'il juge utiles.")
    a = article(text, "fr", "2025-06-11", dates=[("mardi", "2025-06-10", "2025-06-10", "relative")])
    call = next(m for m in find_events(a).mentions if m.start == "2025-06-10")
    assert call.city is None


def test_a_visit_whose_stated_days_include_publication_is_under_way_and_hosts_its_talks():
    text = ("Emmanuel Macron est arrivé lundi au Kazakhstan pour une visite d'État de trois jours.\n"
            "Mardi, Emmanuel Macron s'est entretenu avec Kassym-Jomart Tokaïev.")
    a = article(text, "fr", "2025-03-11", dates=[("lundi", "2025-03-10", "2025-03-10", "relative"),
                                                 ("Mardi", "2025-03-11", "2025-03-11", "relative")])
    by_type = {m.type: m for m in find_events(a).mentions}
    assert (by_type["VISIT"].start, by_type["VISIT"].end, by_type["VISIT"].status) == \
        ("2025-03-10", "2025-03-12", "ongoing")
    assert by_type["MEETING"].country == "KZ"


@pytest.mark.parametrize("text, language", [
    ("Emmanuel Macron se rendra samedi au sommet du G7 à Biarritz.\n"
     "Un nouveau sommet sur l'Ukraine pourrait être organisé à Moscou en octobre.", "fr"),
    ("习近平将出席在西安举行的中国—中亚峰会。\n下一届峰会将在莫斯科举行。", "zh"),
])
def test_another_event_of_the_same_kind_is_its_own_event(text, language):
    a = article(text, language, "2025-08-20")
    summits = [m for m in find_events(a).mentions if m.type == "SUMMIT"]
    assert len(summits) == 2 and summits[0].city in ("Biarritz", "Xi'an") and summits[1].city == "Moscow"


def test_the_next_summit_is_the_next_edition_of_the_series_zh():
    text = "第二届中国—中亚峰会今天在阿斯塔纳闭幕。\n下一届峰会将于2027年在中国举行。"
    a = article(text, "zh", "2025-06-17", dates=[("2027年", "2027", "2027", "explicit")])
    later = next(m for m in find_events(a).mentions if m.start == "2027")
    assert later.type == "SUMMIT" and later.edition == 3 and "中亚峰会" in later.name


@pytest.mark.parametrize("text, language, city, country", [
    ("Emmanuel Macron a reçu Vladimir Poutine à la Maison-Blanche.", "fr", "Washington", "US"),
    ("Vladimir Poutine a rencontré Emmanuel Macron au palais Chigi.", "fr", "Rome", "IT"),
    ("习近平在青瓦台同俄罗斯总统普京举行会谈。", "zh", "Seoul", "KR"),
])
def test_seats_of_power_stand_for_their_city(text, language, city, country):
    mention = find_events(article(text, language, "2024-05-02")).mentions[0]
    assert (mention.city, mention.country) == (city, country)


def test_talks_placed_only_in_the_host_country_take_the_summit_city():
    text = "Vladimir Poutine a rencontré Xi Jinping au Kazakhstan en marge du sommet d'Astana."
    a = article(text, "fr", "2024-07-04")
    talks = next(m for m in find_events(a).mentions if m.type == "MEETING")
    assert (talks.city, talks.country) == ("Astana", "KZ")


@pytest.mark.parametrize("text", [
    "5月4日，习近平在北京会见了全国劳动模范代表。",
    "会前，习近平在北京会见了老同志的亲属。",
])
def test_talks_with_groups_of_ones_own_society_are_not_diplomatic_zh(text):
    a = article(text, "zh", "2024-05-04", dates=[("5月4日", "2024-05-04", "2024-05-04", "explicit")]
                if "5月4日" in text else ())
    assert [m for m in find_events(a).mentions if m.type == "MEETING"] == []


def test_a_meeting_of_an_organisations_ministers_is_an_event_fr():
    text = "Le sujet sera abordé jeudi lors d'une réunion en visioconférence des ministres de la Défense de l'Otan."
    a = article(text, "fr", "2024-03-12", dates=[("jeudi", "2024-03-14", "2024-03-14", "relative")])
    at = text.index("Otan")
    a = a.__class__(**{**a.__dict__, "entities": (Entity(at, at + 4, "Otan", "ORG", "NATO", "fr", kind="alias"),)})
    meetings = [m for m in find_events(a).mentions if m.type == "MEETING"]
    assert len(meetings) == 1 and meetings[0].start == "2024-03-14"


@pytest.mark.parametrize("text, language", [
    ("双方同意共同落实中国—中亚峰会成果，深化各领域合作。", "zh"),
    ("5月6日，习近平在北京会见日本前首相。", "zh"),
    ("Emmanuel Macron a reçu lundi l'ancien Premier ministre japonais à l'Elysée.", "fr"),
])
def test_outcomes_of_a_series_and_former_officials_are_no_event(text, language):
    dates = [("5月6日", "2024-05-06", "2024-05-06", "explicit")] if "5月6日" in text else []
    assert find_events(article(text, language, "2024-05-07", dates=dates)).mentions == ()


def test_officials_of_a_territory_meeting_their_state_is_no_diplomacy_zh():
    text = "5月6日，习近平在北京会见来京述职的香港特别行政区行政长官。"
    a = article(text, "zh", "2024-05-07", dates=[("5月6日", "2024-05-06", "2024-05-06", "explicit")])
    at = text.index("香港")
    hk = Entity(at, at + 2, "香港", "COUNTRY", "HK", "zh", kind="gazetteer", entity_id="HK", country="HK")
    a = a.__class__(**{**a.__dict__, "entities": tuple(sorted(a.entities + (hk,), key=lambda e: e.start))})
    assert [m for m in find_events(a).mentions if m.type == "MEETING"] == []


def test_each_field_names_the_sentence_it_was_read_from():
    import json
    first = "Xi Jinping est arrivé lundi au Kazakhstan pour une visite d'État."
    text = first + "\nXi Jinping a eu mardi un entretien avec Kassym-Jomart Tokaïev sur le commerce."
    a = article(text, "fr", "2025-03-10", dates=[("lundi", "2025-03-10", "2025-03-10", "relative")])
    talks = next(m for m in find_events(a).mentions if m.type == "MEETING")
    fields = json.loads(talks.evidence_fields)
    assert fields["country"] == [0, len(first)]  # the host country, from the visit's sentence
    assert fields["persons"] == [[len(first) + 1, len(text)]] * 2


def test_a_seat_of_power_speaking_is_not_the_venue_fr():
    text = "Emmanuel Macron s'est entretenu mardi au téléphone avec Vladimir Poutine, a annoncé l'Élysée."
    a = article(text, "fr", "2024-03-13", dates=[("mardi", "2024-03-12", "2024-03-12", "relative")])
    call = next(m for m in find_events(a).mentions if m.type == "MEETING")
    assert (call.city, call.country) == (None, None)


def test_a_seat_after_its_city_is_still_introduced_zh():
    text = "6月7日下午，国家主席习近平在北京人民大会堂会见来华进行正式访问的俄罗斯总统普京。"
    a = article(text, "zh", "2024-06-08", dates=[("6月7日", "2024-06-07", "2024-06-07", "explicit")])
    assert {(m.type, m.city) for m in find_events(a).mentions} == {("MEETING", "Beijing"), ("VISIT", "Beijing")}


def test_an_indefinite_summit_with_a_date_and_a_place_is_specific_fr():
    text = "La crise sera au programme d'un sommet régional les 3 et 4 octobre à Abuja."
    a = article(text, "fr", "2024-09-20", dates=[("les 3 et 4 octobre", "2024-10-03", "2024-10-04", "explicit")])
    summit = next(m for m in find_events(a).mentions if m.type == "SUMMIT")
    assert (summit.start, summit.end, summit.city, summit.status) == ("2024-10-03", "2024-10-04", "Abuja", "future")


@pytest.mark.parametrize("text, language, topic", [
    ("Emmanuel Macron a rencontré lundi à Astana Kassym-Jomart Tokaïev pour parler de la guerre en Russie.",
     "fr", "RU"),
    ("5月6日，习近平在西安同哈萨克斯坦总统托卡耶夫会谈，双方就俄罗斯局势交换意见。", "zh", "RU"),
])
def test_a_country_talked_about_is_not_a_party(text, language, topic):
    dates = [("5月6日", "2024-05-06", "2024-05-06", "explicit")] if language == "zh" else \
        [("lundi", "2024-05-06", "2024-05-06", "relative")]
    talks = next(m for m in find_events(article(text, language, "2024-05-07", dates=dates)).mentions
                 if m.type == "MEETING")
    assert topic not in talks.countries and "KZ" in talks.countries


def test_a_commentator_stays_one_and_the_absent_do_not_take_part_fr():
    text = ("Le porte-parole Paul Durand a confirmé la visite d'État de Xi Jinping au Kazakhstan lundi.\n"
            "Xi Jinping a rencontré mardi Kassym-Jomart Tokaïev, a précisé Paul Durand, "
            "en l'absence de Vladimir Poutine.")
    a = _with_people(article(text, "fr", "2025-03-12", dates=[("mardi", "2025-03-11", "2025-03-11", "relative")]),
                     "Paul Durand")
    talks = next(m for m in find_events(a).mentions if m.type == "MEETING")
    assert "Paul Durand" not in talks.persons and "Vladimir Putin" not in talks.persons
    assert {"Xi Jinping", "Kassym-Jomart Tokayev"} <= set(talks.persons)


def test_a_range_before_a_visit_with_talks_in_its_sentence_dates_the_visit_fr():
    text = ("Emmanuel Macron effectuera du 5 au 7 avril une visite d'État au Kazakhstan, "
            "où il rencontrera Kassym-Jomart Tokaïev.")
    a = article(text, "fr", "2025-03-20", dates=[("du 5 au 7 avril", "2025-04-05", "2025-04-07", "explicit")])
    visit = next(m for m in find_events(a).mentions if m.type == "VISIT")
    assert (visit.start, visit.end) == ("2025-04-05", "2025-04-07")


@pytest.mark.parametrize("attendance", ["哈萨克斯坦总统托卡耶夫出席开幕式并致辞。",
                                        "哈萨克斯坦总统托卡耶夫出席开幕式，并在主论坛发表主旨演讲。"])
def test_attending_the_opening_and_speaking_joins_the_forum_zh(attendance):
    text = "第五届中国—中亚合作论坛6月3日在阿拉木图开幕。\n" + attendance
    a = _with_people(article(text, "zh", "2024-06-04", dates=[("6月3日", "2024-06-03", "2024-06-03", "explicit")]),
                     "托卡耶夫")
    forums = [m for m in find_events(a).mentions if m.type == "FORUM"]
    assert len(forums) == 1 and "Kassym-Jomart Tokayev" in forums[0].persons


def test_a_congratulatory_letter_is_not_taking_part_zh():
    text = "中国—中亚合作论坛12月3日在北京开幕。国家主席习近平向论坛致贺信。哈萨克斯坦总统托卡耶夫出席开幕式并致辞。"
    a = article(text, "zh", "2024-12-03", dates=[("12月3日", "2024-12-03", "2024-12-03", "explicit")])
    forums = [m for m in find_events(a).mentions if m.type == "FORUM"]
    assert len(forums) == 1 and "Xi Jinping" not in forums[0].persons


@pytest.mark.parametrize("text, language, dates, status", [
    ("Les négociations entre la Chine et le Kazakhstan se sont ouvertes jeudi à Astana. Elles doivent "
     "reprendre vendredi.", "fr", [("jeudi", "2021-04-01", "2021-04-01", "relative")], "ongoing"),
    ("Les négociations entre la Chine et le Kazakhstan ont eu lieu jeudi à Astana. Les délégations sont "
     "reparties vendredi.", "fr", [("jeudi", "2021-04-01", "2021-04-01", "relative")], "past"),
    ("中国和哈萨克斯坦4月1日在西安举行会谈，会谈仍在进行。", "zh", [("4月1日", "2021-04-01", "2021-04-01", "explicit")],
     "ongoing"),
])
def test_talks_the_text_says_go_on_are_under_way(text, language, dates, status):
    a = article(text.replace(". ", ".\n"), language, "2021-04-02", dates=dates)
    talks = [m for m in find_events(a).mentions if m.type == "MEETING"]
    assert talks and talks[0].status == status


@pytest.mark.parametrize("text, start, end", [
    ("Emmanuel Macron a achevé mardi à Astana une visite d'État de deux jours au Kazakhstan.", "2024-03-11", "2024-03-12"),
    ("Mardi, au dernier jour d'une visite d'État de trois jours au Kazakhstan, Emmanuel Macron était à Astana.",
     "2024-03-10", "2024-03-12"),
    ("Emmanuel Macron a entamé mardi à Astana une visite d'État de deux jours au Kazakhstan.", "2024-03-12", "2024-03-13"),
])
def test_a_stated_duration_counts_from_the_day_it_names(text, start, end):
    day = "Mardi" if text.startswith("Mardi") else "mardi"
    a = article(text, "fr", "2024-03-13", dates=[(day, "2024-03-12", "2024-03-12", "relative")])
    visits = [m for m in find_events(a).mentions if m.type == "VISIT"]
    assert visits and (visits[0].start, visits[0].end) == (start, end)


@pytest.mark.parametrize("text", [
    "Emmanuel Macron, qui effectue une visite d'État au Kazakhstan, a salué la coopération.",
    "Emmanuel Macron, qui est en visite au Kazakhstan, a salué la coopération.",
])
def test_a_visit_said_to_be_under_way_is_ongoing(text):
    a = article(text, "fr", "2024-03-13")
    visits = [m for m in find_events(a).mentions if m.type == "VISIT"]
    assert visits and visits[0].status == "ongoing"


def test_a_headline_meeting_two_leaders_tells_two_meetings_zh():
    text = ("习近平会见哈萨克斯坦总统和俄罗斯总统\n"
            "5月17日，习近平在西安会见哈萨克斯坦总统托卡耶夫。同日，习近平在西安会见俄罗斯总统普京。")
    a = article(text, "zh", "2023-05-18", dates=[("5月17日", "2023-05-17", "2023-05-17", "explicit"),
                                                  ("同日", "2023-05-17", "2023-05-17", "relative")])
    a = a.__class__(**{**a.__dict__, "title": "习近平会见哈萨克斯坦总统和俄罗斯总统", "title_start": 0})
    meetings = [m for m in find_events(a).mentions if m.type == "MEETING"]
    assert sorted(sorted(m.countries) for m in meetings) == [["CN", "KZ"], ["CN", "RU"]]


@pytest.mark.parametrize("text, expected", [
    ("习近平欢迎普京再次对中国进行国事访问。", 0),
    ("习近平邀请托卡耶夫早日对中国进行国事访问。", 0),
    ("应习近平邀请，普京将对中国进行国事访问。", 1),
])
def test_an_invitation_to_visit_is_no_visit_zh(text, expected):
    a = article(text, "zh", "2024-05-10")
    assert len([m for m in find_events(a).mentions if m.type == "VISIT"]) == expected


def test_a_cue_read_across_a_name_is_none_zh():
    text = "习近平会见托卡耶夫"
    a = article(text, "zh", "2024-05-10")
    a = a.__class__(**{**a.__dict__, "entities": a.entities + (
        Entity(0, 3, "何立峰", "PERSON", "何立峰", "zh", kind="model", country="CN"),)})
    a = a.__class__(**{**a.__dict__, "raw": "何立峰会见托卡耶夫", "text": "何立峰会见托卡耶夫"})
    assert not [m for m in find_events(a).mentions if m.type == "SUMMIT"]


def test_in_reported_speech_i_is_the_speaker_and_mr_president_the_counterpart_zh():
    text = ("5月17日，习近平在西安同哈萨克斯坦总统托卡耶夫举行会谈。\n"
            "习近平指出，去年，我同总统先生在莫斯科会晤。")
    a = article(text, "zh", "2023-05-18", dates=[("5月17日", "2023-05-17", "2023-05-17", "explicit"),
                                                  ("去年", "2022", "2022", "relative")])
    earlier = [m for m in find_events(a).mentions if m.type == "MEETING" and m.city == "Moscow"]
    assert earlier and {"Xi Jinping", "Kassym-Jomart Tokayev"} <= set(earlier[0].persons)


def test_leaders_who_meet_a_visitor_separately_are_separate_meetings_zh():
    text = "访问期间，习近平、普京将分别会见托卡耶夫。"
    a = article(text, "zh", "2024-05-29")
    meetings = [m for m in find_events(a).mentions if m.type == "MEETING"]
    assert sorted(sorted(m.persons) for m in meetings) == [
        ["Kassym-Jomart Tokayev", "Vladimir Putin"], ["Kassym-Jomart Tokayev", "Xi Jinping"]]


def test_the_day_of_a_press_briefing_does_not_date_the_talks_zh():
    text = "外交部发言人5月29日在例行记者会上宣布，习近平将同托卡耶夫在西安举行会谈。"
    a = article(text, "zh", "2024-05-29", dates=[("5月29日", "2024-05-29", "2024-05-29", "explicit")])
    meetings = [m for m in find_events(a).mentions if m.type == "MEETING"]
    assert meetings and meetings[0].start is None


@pytest.mark.parametrize("text, status", [
    # what a quotation says is someone's words: its future is not the summit's
    ("« Cette réforme va changer le pays », a déclaré Emmanuel Macron à la fin du sommet de Biarritz.", "past"),
    ("\"Nous allons gagner\", a lancé Emmanuel Macron lors du sommet de Biarritz.", "past"),
    # …unless the event is named inside the quotation
    ("Emmanuel Macron a déclaré : « Le sommet de Biarritz se tiendra en août. »", "future"),
])
def test_a_quotation_tells_the_tense_only_of_events_named_in_it(text, status):
    mentions = find_events(article(text, "fr", "2019-06-20")).mentions
    assert [(m.type, m.status) for m in mentions] == [("SUMMIT", status)]
