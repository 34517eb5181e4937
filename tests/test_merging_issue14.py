"""Issue 14: one row per real event. Each wrong merge and split the issue names, in records of our
own, and the property that the events table depends neither on the order of the mentions nor on
unrelated mentions beside them."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.langdata import resource
from pipeline.merging import merge_events
from pipeline.series import find_series, series_table, split_name
from pipeline.records import Mention


def mention(doc, type_="SUMMIT", **fields):
    base = dict(doc=doc, type=type_, language=fields.pop("language", "fr"), evidence=f"{doc} …",
                char_start=fields.pop("char_start", 0), char_end=10)
    base.update(fields)
    if base.get("start") and "end" not in fields:
        base["end"] = base["start"]
    return Mention(**base)


def zh(doc, type_="SUMMIT", **fields):
    return mention(doc, type_, language="zh", **fields)


def groups(mentions):
    """The documents of each event, as a sorted list of sorted lists."""
    merged, _ = merge_events(mentions)
    by_event = {}
    for m in merged:
        by_event.setdefault(m.event_id, []).append(m.doc)
    return sorted(sorted(docs) for docs in by_event.values())


# --- wrong merges the issue reports -------------------------------------------------------------


def test_a_summit_under_way_in_one_year_is_not_the_dated_summit_of_the_next():
    # undated, in a city, under way when reported in 2024; the other dated 2025, with no city
    astana = zh("a", name="上海合作组织峰会", city="Astana", status="ongoing", published="2024-07-04")
    tianjin = zh("b", name="上海合作组织峰会", start="2025", status="ongoing", published="2025-08-30")
    tianjin_2 = zh("c", name="上海合作组织峰会", start="2025", status="ongoing", published="2025-08-31")
    assert groups([astana, tianjin, tianjin_2]) == [["a"], ["b", "c"]]


def test_import_expo_brand_expo_and_commemoration_stay_three_events():
    # all three names hold only the id of China: that alone never makes them one name
    expo = zh("a", "FORUM", name="第五届中国国际进口博览会", name_key="CN", start="2022-11-05",
              end="2022-11-10", city="Shanghai")
    brand = zh("b", "FORUM", name="2023中国品牌博览会", name_key="CN", city="Shanghai")
    memorial = zh("c", "FORUM", name="纪念中国人民抗日战争胜利80周年大会", name_key="CN",
                  start="2025-09-03", city="Beijing")
    _, events = merge_events([expo, brand, memorial])
    assert len(events) == 3
    by_doc = {e.docs[0]: e for e in events}
    assert by_doc["a"].names == ("第五届中国国际进口博览会",)
    assert by_doc["a"].start == "2022-11-05"
    assert by_doc["c"].names == ("纪念中国人民抗日战争胜利80周年大会",)


def test_arab_league_summits_of_2023_and_2025_stay_apart_and_keep_their_years():
    jeddah = mention("a", name="sommet de la Ligue arabe", start="2023-05-19", city="Jeddah")
    jeddah_zh = zh("b", name="阿盟峰会", start="2023-05-19", city="Jeddah")
    baghdad = zh("c", name="阿拉伯国家联盟峰会", start="2025-05-17", city="Baghdad")
    older = mention("d", name="sommet de la Ligue arabe", start="2011", status="past",
                    published="2025-05-18")
    _, events = merge_events([jeddah, jeddah_zh, baghdad, older])
    assert sorted(e.docs for e in events) == [("a", "b"), ("c",), ("d",)]
    years = {e.docs: e.start[:4] for e in events}
    assert years == {("a", "b"): "2023", ("c",): "2025", ("d",): "2011"}


def test_cop27_is_not_a_meeting_with_the_general_assembly_president():
    cop_fr = mention("a", "FORUM", name="COP27", name_key="Q1065", start="2022-11-06",
                     end="2022-11-18", city="Sharm El Sheikh")
    cop_zh = zh("b", "FORUM", name="《联合国气候变化框架公约》第二十七次缔约方大会", name_key="Q1065",
                start="2022-11-07")
    talks = zh("c", "MEETING", name="联合国大会", name_key="Q1065", start="2022-11-07",
               persons=("Wang Yi", "Csaba Kőrösi"), countries=("CN",))
    _, events = merge_events([cop_fr, cop_zh, talks])
    assert groups([cop_fr, cop_zh, talks]) == [["a", "b"], ["c"]]
    cop = next(e for e in events if "a" in e.docs)
    assert cop.edition == 27 and cop.type == "FORUM"


@pytest.mark.parametrize("status, published", [(None, None), ("future", "2024-08-20"),
                                               ("past", "2024-09-10")])
def test_a_generic_focac_mention_does_not_join_the_2024_summit(status, published):
    generic = zh("a", "FORUM", name="中非合作论坛", status=status, published=published)
    summit = zh("b", name="2024年中非合作论坛北京峰会", start="2024-09-04", end="2024-09-06",
                city="Beijing")
    assert groups([generic, summit]) == [["a"], ["b"]]


def test_a_generic_mention_never_chains_two_editions():
    first = mention("a", name="sommet du G20", start="2023-09-09", city="New Delhi")
    second = mention("b", name="sommet du G20", start="2024-11-18", city="Rio de Janeiro")
    generic = zh("c", name="二十国集团峰会")  # no date, tense, edition or place
    assert groups([first, second, generic]) == [["a"], ["b"], ["c"]]


# --- splits the issue reports -------------------------------------------------------------------


def test_focac_2024_beijing_summit_in_six_forms_is_one_row():
    forms = [
        zh("a", name="中非合作论坛北京峰会", start="2024-09-04", end="2024-09-06", city="Beijing",
           status="past", published="2024-09-07"),
        zh("b", name="2024年中非合作论坛峰会", city="Beijing", status="future", published="2024-08-30"),
        zh("c", name="2024年中非合作论坛峰会", city="Beijing", status="future", published="2024-09-01"),
        mention("d", name="sommet du Forum sur la coopération sino-africaine", start="2024-09-05",
                city="Beijing", status="ongoing", published="2024-09-05"),
        mention("e", "FORUM", name="Forum sur la coopération sino–africaine (FOCAC)", start="2024-09",
                city="Beijing"),
        mention("f", name="sommet Chine-Afrique", start="2024-09-04", city="Beijing",
                published="2024-09-04", status="ongoing"),
    ]
    _, events = merge_events(forms)
    assert len(events) == 1
    event = events[0]
    assert event.docs == ("a", "b", "c", "d", "e", "f")
    assert event.type == "SUMMIT"
    assert (event.start, event.end) == ("2024-09-04", "2024-09-06")
    assert event.city == "Beijing"
    assert set(event.names) == {m.name for m in forms}


def test_china_central_asia_summits_of_2023_and_2025_are_two_rows():
    xian_zh = zh("a", name="首届中国—中亚峰会", start="2023-05-18", end="2023-05-19", city="Xi'an")
    xian_fr = mention("b", name="Sommet Chine-Asie centrale", name_key="CN|Central Asia",
                      start="2023-05-19", city="Xi'an")
    astana_zh = zh("c", name="第二届中国－中亚峰会", start="2025-06-17", city="Astana")
    astana_fr = mention("d", name="deuxième sommet Chine–Asie centrale", start="2025-06",
                        city="Astana")
    # undated, but placed: reported the day before, it can only be the 2023 summit in Xi'an
    eve = zh("e", name="中国－中亚峰会", city="Xi'an", status="future", published="2023-05-17")
    _, events = merge_events([xian_zh, xian_fr, astana_zh, astana_fr, eve])
    rows = {e.docs: e for e in events}
    assert set(rows) == {("a", "b", "e"), ("c", "d")}
    assert rows[("a", "b", "e")].edition == 1 and rows[("a", "b", "e")].start == "2023-05-18"
    assert rows[("c", "d")].edition == 2 and rows[("c", "d")].start == "2025-06-17"
    assert "Xi'an" not in (rows[("c", "d")].city or "")


def test_an_undated_mention_compatible_with_two_editions_does_not_chain_them():
    first = zh("a", name="中国－中亚峰会", start="2023-05-19", city="Xi'an")
    second = zh("b", name="第二届中国－中亚峰会", edition=2, start="2025")
    undated = zh("c", name="中国—中亚峰会", status="future", published="2023-05-18", city="Xi'an")
    _, events = merge_events([first, second, undated])
    assert groups([first, second, undated]) == [["a", "c"], ["b"]]
    second_row = next(e for e in events if e.docs == ("b",))
    assert second_row.names == ("第二届中国－中亚峰会",)  # no name only a contradicted mention had


@pytest.mark.parametrize("name", ["中国—中亚峰会", "中国－中亚峰会", "中国-中亚峰会", "中国–中亚峰会",
                                  "“中国—中亚”峰会"])
def test_dash_and_quote_variants_of_one_name_share_a_key(name):
    assert split_name(name)[0] == split_name("中国—中亚峰会")[0]
    assert find_series(split_name(name)[0]) == ("CCAS", "")


def test_dash_variants_merge_into_one_row():
    assert groups([zh("a", name="中国—中亚峰会", start="2023-05-19"),
                   zh("b", name="中国－中亚峰会", start="2023-05-19")]) == [["a", "b"]]


def test_g7_biarritz_in_french_and_chinese_is_one_row():
    fr = mention("a", name="sommet du G7 de Biarritz", name_key="3032797|G7", start="2019-08-24",
                 end="2019-08-26", city="Biarritz")
    fr_day = mention("b", name="sommet du G7", start="2019-08-25", city="Biarritz",
                     status="ongoing", published="2019-08-25")
    zh_report = zh("c", name="七国集团峰会", start="2019-08-26", city="Biarritz")
    zh_short = zh("d", name="G7峰会", start="2019-08", city="Biarritz")
    _, events = merge_events([fr, fr_day, zh_report, zh_short])
    assert len(events) == 1
    assert events[0].languages == ("fr", "zh")
    assert (events[0].start, events[0].end) == ("2019-08-24", "2019-08-26")


# --- rules --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, edition, year", [
    ("第二届中国－中亚峰会", 2, None), ("首届中国—中亚峰会", 1, None), ("deuxième sommet Chine-Asie centrale", 2, None),
    ("le 15e sommet des BRICS", 15, None), ("金砖国家领导人第十五次会晤", 15, None), ("COP27", 27, None),
    ("COP 28", 28, None), ("15th BRICS Summit", 15, None), ("2024年中非合作论坛北京峰会", None, 2024),
    ("sommet du G20 2019", None, 2019),
])
def test_ordinals_and_years_leave_the_name_for_edition_and_year(name, edition, year):
    folded, found_edition, found_year = split_name(name)
    assert (found_edition, found_year) == (edition, year)
    assert not any(ch.isdigit() for ch in folded.replace("g7", "").replace("g20", ""))


@pytest.mark.parametrize("fr_name, zh_name, series", [
    ("sommet du G20", "二十国集团峰会", "G20"),
    ("sommet de l'OCS", "上合组织峰会", "SCO"),
    ("sommet des BRICS", "金砖国家领导人会晤", "BRICS"),
    ("sommet de l'APEC", "亚太经合组织领导人非正式会议", "APEC"),
    ("Forum des nouvelles Routes de la soie", "“一带一路”国际合作高峰论坛", "BRF"),
    ("Forum sur la coopération sino-africaine", "中非合作论坛", "FOCAC"),
    ("Sommet Chine-Asie centrale", "中国—中亚峰会", "CCAS"),
    ("Salon international des importations de Chine", "中国国际进口博览会", "CIIE"),
    ("sommet de l'ASEAN", "东盟峰会", "ASEAN"),
    ("sommet de l'OTAN", "北约峰会", "NATO"),
    ("sommet UE-Chine", "中欧领导人会晤", "EU-CN"),
    ("Assemblée générale des Nations unies", "联合国大会", "UNGA"),
])
def test_french_and_chinese_names_of_a_series_share_its_key(fr_name, zh_name, series):
    assert find_series(split_name(fr_name)[0])[0] == series
    assert find_series(split_name(zh_name)[0])[0] == series


@pytest.mark.parametrize("name, series", [
    ("联合国气候变化巴库大会", "COP"), ("联合国气候变化贝伦大会", "COP"),
    ("二十国集团领导人约翰内斯堡峰会", "G20"), ("上海合作组织比什凯克峰会", "SCO"),
    ("上海国际电影节", ""), ("天津国际车展", ""),
])
def test_a_venue_city_inside_a_chinese_name_leaves_its_series(name, series):
    # "联合国气候变化" + city + "大会": the series' words with the venue put in between
    assert find_series(split_name(name)[0])[0] == series


@pytest.mark.parametrize("name", ["réunion des ministres des Affaires étrangères du G7", "七国集团外长会",
                                  "二十国集团工商峰会", "上海合作组织成员国政府首脑理事会"])
def test_a_qualified_meeting_of_a_series_is_not_its_summit(name):
    series, qualifier = find_series(split_name(name)[0])
    assert series and qualifier
    leaders = mention("a", name="sommet du " + series, start="2023-05-20")
    other = zh("b", name=name, start="2023-05-20")
    assert groups([leaders, other]) == [["a"], ["b"]]


def test_series_table_is_well_formed():
    table = series_table()
    # each series once in the file (a second entry of an id would silently replace the first)
    ids = [entry["id"] for entry in resource("event_series.json")["series"]]
    assert len(ids) == len(set(ids))
    for entry in table["series"].values():
        assert set(entry["names"]) >= {"en", "fr", "zh"}, entry["id"]
        assert entry["per_year"] in (0, 1) and entry["days"] >= 1
        for names in entry["names"].values():
            for name in names:
                # every form finds its own series (no longer form of another series hides it)
                assert find_series(split_name(name)[0])[0] == entry["id"], name


def test_disjoint_principals_are_other_talks():
    a = mention("a", "MEETING", persons=("Xi Jinping", "Emmanuel Macron"), countries=("CN", "FR"),
                start="2019-03-25")
    b = zh("b", "MEETING", persons=("Li Keqiang", "Édouard Philippe"), countries=("CN", "FR"),
           start="2019-03-25")
    assert groups([a, b]) == [["a"], ["b"]]


def test_one_guest_met_by_two_hosts_of_one_state_is_two_talks():
    """A guest received on one day by the head of state and by the head of parliament: the other
    principal of each report holds an office of the same state, so they are two talks."""
    xi = zh("a", "MEETING", persons=("Xi Jinping", "Gabriel Boric"), countries=("CL", "CN"),
            start="2023-10-17", city="Beijing")
    zhao = zh("b", "MEETING", persons=("Zhao Leji", "Gabriel Boric"), countries=("CL", "CN"),
              start="2023-10-17", city="Beijing")
    xi_again = mention("c", "MEETING", persons=("Gabriel Boric", "Xi Jinping"), countries=("CL", "CN"),
                       start="2023-10-17")
    assert groups([xi, zhao, xi_again]) == [["a", "c"], ["b"]]


def test_talks_reported_with_an_accompanying_person_second_still_merge():
    """"Xi Jinping and Peng Liyuan" with Macron's talks told by another report as Xi–Macron: the
    second persons are of two states, so nothing says the talks differ."""
    a = mention("a", "MEETING", persons=("Xi Jinping", "Peng Liyuan", "Emmanuel Macron"),
                countries=("CN", "FR"), start="2019-03-25", city="Paris")
    b = zh("b", "MEETING", persons=("Xi Jinping", "Emmanuel Macron"), countries=("CN", "FR"),
           start="2019-03-25", city="Paris")
    assert groups([a, b]) == [["a", "b"]]


def test_a_merged_row_takes_the_most_precise_date_all_admit():
    parts = [mention("a", name="sommet de l'OTAN", start="2023"),
             mention("b", name="sommet de l'OTAN", start="2023-07"),
             zh("c", name="北约峰会", start="2023-07-11", end="2023-07-12", city="Vilnius")]
    _, events = merge_events(parts)
    assert len(events) == 1
    assert (events[0].start, events[0].end, events[0].city) == ("2023-07-11", "2023-07-12", "Vilnius")


# --- stable ids and order independence ----------------------------------------------------------

RELATED = [
    zh("a1", name="首届中国—中亚峰会", start="2023-05-18", end="2023-05-19", city="Xi'an"),
    mention("a2", name="Sommet Chine-Asie centrale", name_key="CN|Central Asia", start="2023-05-19",
            city="Xi'an"),
    zh("a3", name="第二届中国－中亚峰会", start="2025-06-17", city="Astana"),
    zh("a4", name="中国－中亚峰会", city="Xi'an", status="future", published="2023-05-17"),
    mention("a5", name="sommet du G7", start="2019-08-25", city="Biarritz"),
    zh("a6", name="七国集团峰会", start="2019-08-24", end="2019-08-26", city="Biarritz"),
    mention("a7", name="sommet du G7", status="future", published="2019-08-20"),
    mention("a8", "MEETING", persons=("Xi Jinping", "Kassym-Jomart Tokayev"), countries=("CN", "KZ"),
            start="2023-05-17"),
    zh("a9", "MEETING", persons=("Kassym-Jomart Tokayev", "Xi Jinping"), countries=("CN", "KZ"),
       start="2023-05-17", city="Xi'an"),
    zh("a10", "FORUM", name="中非合作论坛"),
    zh("a11", name="中非合作论坛北京峰会", start="2024-09-04", end="2024-09-06", city="Beijing"),
]
UNRELATED = [
    mention("u1", name="sommet des BRICS", start="2024-10-22", city="Kazan"),
    zh("u2", "MEETING", persons=("Xi Jinping", "Luiz Inácio Lula da Silva"), countries=("BR", "CN"),
       start="2024-11-20"),
    zh("u3", name="上合组织峰会", start="2025-08-31", city="Tianjin"),
    mention("u4", "VISIT", persons=("Emmanuel Macron",), country="MA", countries=("FR", "MA"),
            start="2024-10-28"),
    mention("u5", name="sommet de l'APEC", start="2023-11-15", city="San Francisco"),
    zh("u6", "FORUM", name="第六届中国国际进口博览会", start="2023-11-05", city="Shanghai"),
    mention("u7", name="sommet du G7", start="2024-06-13", city="Borgo Egnazia"),
    zh("u8", name="第三届中国—中亚峰会", start="2027"),
]
RELATED_DOCS = {m.doc for m in RELATED}


def _related_events(mentions):
    _, events = merge_events(mentions)
    return sorted((e for e in events if set(e.docs) <= RELATED_DOCS), key=lambda e: e.event_id)


REFERENCE = _related_events(RELATED)


def test_reference_grouping_of_the_property_pool():
    assert sorted(e.docs for e in REFERENCE) == [
        ("a1", "a2", "a4"), ("a10",), ("a11",), ("a3",), ("a5", "a6", "a7"), ("a8", "a9")]


@settings(max_examples=80, deadline=None)
@given(st.permutations(RELATED), st.lists(st.sampled_from(UNRELATED), unique_by=lambda m: m.doc),
       st.randoms(use_true_random=False))
def test_events_do_not_depend_on_order_or_on_unrelated_mentions(related, unrelated, rng):
    pool = list(related) + list(unrelated)
    rng.shuffle(pool)
    assert _related_events(pool) == REFERENCE


def test_event_ids_stay_when_articles_are_added_and_removed():
    before, _ = merge_events(RELATED)
    after, _ = merge_events(RELATED + UNRELATED)
    again, _ = merge_events([m for m in after if m.doc in RELATED_DOCS])
    ids = lambda ms: {(m.doc, m.char_start): m.event_id for m in ms if m.doc in RELATED_DOCS}
    assert ids(before) == ids(after) == ids(again)


def test_a_parliamentary_forum_of_a_series_is_not_its_summit():
    from pipeline.series import find_series, split_name

    summit = find_series(split_name("金砖国家领导人第十六次会晤")[0])
    forum = find_series(split_name("第十届金砖国家议会论坛")[0])
    assert summit[0] == forum[0] == summit[0] and summit[1] != forum[1] == "parliamentary"


def test_a_generic_coming_summit_does_not_join_an_edition_only_dated_to_a_later_year():
    from pipeline.records import Mention

    coming = Mention(doc="a", type="SUMMIT", language="zh", evidence="", char_start=0, char_end=1,
                     name="G20峰会", status="future", published="2023-08-30", countries=("RU",))
    later = Mention(doc="b", type="SUMMIT", language="zh", evidence="", char_start=0, char_end=1,
                    name="二十国集团领导人峰会", start="2024", end="2024", status="future",
                    published="2024-06-07")
    mentions, events = merge_events([coming, later])
    assert len(events) == 2


def test_two_talks_reported_in_one_sentence_keep_two_ids():
    from pipeline.records import Mention

    common = dict(doc="a", type="MEETING", language="zh", evidence="s", char_start=0, char_end=10,
                  start="2024-10-20", end="2024-10-20", countries=("CN", "ID"))
    one = Mention(**common, persons=("Xi Jinping", "Han Zheng", "Prabowo Subianto"))
    other = Mention(**common, persons=("Xi Jinping", "Han Zheng", "Gibran Rakabuming"))
    mentions, events = merge_events([one, other])
    assert len({m.event_id for m in mentions}) == 2 and len(events) == 2


def test_a_forum_named_after_a_summit_series_is_not_the_summit():
    # summit mentions with no date of their own: nothing they state contradicts the forum's day
    summit = zh("a", name="上海合作组织峰会", city="Tianjin", status="past", published="2025-09-02")
    also_summit = zh("b", name="上海合作组织天津峰会", city="Tianjin", status="past", published="2025-09-03")
    side = zh("c", "FORUM", name="中国—上海合作组织数字经济合作论坛", start="2025-05-20", city="Tianjin",
              status="past", published="2025-05-21")
    assert groups([summit, also_summit, side]) == [["a", "b"], ["c"]]


def test_undated_coming_summits_of_a_series_in_two_host_states_stay_apart():
    # an upcoming G20 named in New Delhi, undated; one hosted by Brazil that year, reported the
    # next year: two editions, whatever the shared name and the missing date
    delhi = zh("a", name="二十国集团领导人峰会", city="New Delhi", country="IN", status="future",
               published="2023-08-30")
    brazil = zh("b", name="二十国集团领导人峰会", start="2024", country="BR", status="future",
                published="2024-03-02")
    brazil_2 = zh("c", name="二十国集团领导人峰会", start="2024", country="BR", status="future",
                  published="2024-05-10")
    assert groups([delhi, brazil, brazil_2]) == [["a"], ["b", "c"]]


def test_a_guest_come_to_attend_reported_the_morning_after_is_the_same_summit():
    # a summit over two days across a month's end: its welcome banquet on the eve, a guest "come
    # to attend" it (under way, known to the year) in a report filed the morning after it closed,
    # and a review of it by month: one summit; a year later, another
    banquet = zh("a", name="上海合作组织峰会", start="2026-06-30", city="Bishkek",
                 status="past", published="2026-07-01")
    guest = zh("b", name="上海合作组织峰会", start="2026", status="ongoing", city="Bishkek",
               published="2026-07-02")
    review = zh("c", name="上合组织比什凯克峰会", start="2026-07", status="past", city="Bishkek",
                published="2026-10-01")
    next_year = zh("d", name="上海合作组织峰会", start="2027", status="ongoing", published="2027-07-07")
    assert groups([banquet, guest, review, next_year]) == [["a", "b", "c"], ["d"]]
