"""Merging mentions across documents and languages into events."""

from pipeline.merging import merge_events
from pipeline.records import Mention


def mention(doc, type_="SUMMIT", **fields):
    base = dict(doc=doc, type=type_, language=fields.pop("language", "fr"), evidence="…",
                char_start=fields.pop("char_start", 0), char_end=10)
    base.update(fields)
    return Mention(**base)


def test_french_and_chinese_reports_of_one_summit_merge():
    fr = mention("a", name="Sommet Chine-Asie centrale", name_key="CN|Central Asia", start="2023-05-18",
                 end="2023-05-19", city="Xi'an", countries=("CN", "KZ"))
    zh = mention("b", name="中国－中亚峰会", name_key="CN|Central Asia", language="zh", start=None,
                 city="Xi'an", countries=("CN", "UZ"))
    mentions, events = merge_events([fr, zh])
    assert len(events) == 1
    assert mentions[0].event_id == mentions[1].event_id
    event = events[0]
    assert event.languages == ("fr", "zh")
    assert event.docs == ("a", "b")
    assert set(event.names) == {"Sommet Chine-Asie centrale", "中国－中亚峰会"}
    assert event.countries == ("CN", "KZ", "UZ")
    assert event.start == "2023-05-18"


def test_editions_keep_two_summits_of_one_series_apart():
    first = mention("a", name="Sommet Chine-Asie centrale", name_key="CN|Central Asia", start="2023-05-18")
    second = mention("b", name="deuxième Sommet Chine-Asie centrale", name_key="CN|Central Asia",
                     edition=2, start="2025")
    _, events = merge_events([first, second])
    assert len(events) == 2


def test_meetings_merge_on_participants_and_compatible_dates():
    a = mention("a", "MEETING", persons=("Xi Jinping", "Kassym-Jomart Tokayev"), start="2023-05-17",
                end="2023-05-17", status="past", published="2023-05-18")
    b = mention("b", "MEETING", persons=("Kassym-Jomart Tokayev", "Xi Jinping"), start="2023",
                end="2023", status="past", published="2024-07-03", city="Xi'an")
    c = mention("b", "MEETING", persons=("Kassym-Jomart Tokayev", "Xi Jinping"), start="2023",
                end="2023", status="past", published="2024-07-03", city="Beijing", char_start=50)
    d = mention("c", "MEETING", persons=("Xi Jinping", "Kassym-Jomart Tokayev"), status="past",
                published="2024-07-03")
    mentions, events = merge_events([a, b, c, d])
    ids = {m.doc + str(m.char_start): m.event_id for m in mentions}
    assert ids["a0"] == ids["b0"]  # the same talks, reported a year later
    assert ids["b50"] != ids["a0"]  # another city: other talks
    assert ids["c0"] not in (ids["a0"], ids["b50"])  # undated, reported in 2024: other talks
    assert len(events) == 3


def test_year_missing_in_one_report_is_filled_in_the_event():
    a = mention("a", "FORUM", name="Forum de coopération", name_key="forum de cooperation",
                start="XXXX-10-17", end="XXXX-10-17")
    b = mention("b", "FORUM", name="Forum de coopération", name_key="forum de cooperation",
                start="2023-10-17", end="2023-10-17")
    mentions, events = merge_events([a, b])
    assert len(events) == 1
    assert events[0].start == "2023-10-17"
    # mentions keep what their own document says
    assert {m.start for m in mentions} == {"XXXX-10-17", "2023-10-17"}


from hypothesis import given, settings, strategies as st

POOL = [
    mention("a", name="Sommet Chine-Asie centrale", name_key="CN|Central Asia", start="2023-05-18", end="2023-05-19"),
    mention("b", name="中国－中亚峰会", name_key="CN|Central Asia", language="zh", start="2023-05-18", end="2023-05-19"),
    mention("c", name="deuxième Sommet Chine-Asie centrale", name_key="CN|Central Asia", edition=2, status="future",
            published="2025-06-17"),
    mention("d", "MEETING", persons=("Xi Jinping", "Kassym-Jomart Tokayev"), countries=("CN", "KZ"),
            start="2025-06-16", end="2025-06-16"),
    mention("e", "MEETING", persons=("Xi Jinping", "Kassym-Jomart Tokayev"), countries=("CN", "KZ"),
            language="zh", start="2025-06-16", end="2025-06-16"),
    mention("f", "MEETING", persons=("Xi Jinping", "Emomali Rahmon"), countries=("CN", "TJ"), status="past",
            published="2024-07-06"),
    mention("g", "VISIT", persons=("Xi Jinping",), country="TJ", countries=("CN", "TJ"), start="2024-07"),
]


def test_talks_on_one_day_between_the_same_countries_merge_whoever_is_named():
    fr = mention("a", "MEETING", persons=("Mohammad Javad Zarif", "Jean-Yves Le Drian"), countries=("FR", "IR"),
                 start="2019-08-25", end="2019-08-25", city="Biarritz", status="future", published="2019-08-25")
    other = mention("b", "MEETING", persons=("Jean-Yves Le Drian", "Emmanuel Macron"), countries=("DE", "FR", "IR"),
                    start="2019-08-25", end="2019-08-25", city="Biarritz", status="past", published="2019-08-25")
    elsewhere = mention("c", "MEETING", persons=("Emmanuel Macron", "Xi Jinping"), countries=("CN", "FR"),
                        start="2019-08-25", end="2019-08-25")
    merged, events = merge_events([fr, other, elsewhere])
    ids = {m.doc: m.event_id for m in merged}
    assert ids["a"] == ids["b"] != ids["c"]


@settings(max_examples=60, deadline=None)
@given(st.permutations(POOL))
def test_the_grouping_itself_does_not_depend_on_input_order(shuffled):
    """On the grouping function, which does not sort its input: the property holds by the
    grouping rules themselves, not by the sort ``merge_events`` does first."""
    from pipeline.merging import _group, profile

    def grouped(mentions):
        profiles = [profile(m) for m in mentions]
        return sorted(sorted(profiles[i].mention.doc for i in g) for g in _group(profiles))

    assert grouped(list(shuffled)) == grouped(POOL)
