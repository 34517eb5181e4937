"""Whole documents written for these tests, French and Chinese, through every per-document stage:
a planned meeting told with any verb before the infinitive ("s'apprête à rencontrer", "prévoit de
rencontrer") is an event even in a document with no other event word, while a wish ("se dit prêt à
rencontrer", "souhaite rencontrer", "愿意与…会晤") or a meeting "some day" is none."""
from pathlib import Path

import pytest

from conftest import document_mentions


def talks(tmp_path: Path, body: str, published: str = "2024-05-06") -> list:
    return [m for m in document_mentions(tmp_path, body, published) if m.type == "MEETING"]


@pytest.mark.slow
@pytest.mark.parametrize("body, persons, start", [
    ("Emmanuel Macron s'apprête à rencontrer jeudi le chancelier allemand Olaf Scholz à Berlin.",
     {"Emmanuel Macron", "Olaf Scholz"}, "2024-05-09"),
    ("Le Premier ministre japonais Fumio Kishida prévoit de rencontrer vendredi le président sud-coréen "
     "Yoon Suk-yeol.", {"Fumio Kishida", "Yoon Suk-yeol"}, "2024-05-10"),
    # a parse that loses the verb's object still leaves the talks to the events stage
    ("Consciente des obstacles, Ursula von der Leyen rencontrera mercredi matin les Premiers ministres "
     "grec et chypriote.", {"Ursula von der Leyen"}, "2024-05-08"),
])
def test_a_planned_meeting_in_any_verb_form_is_an_event_in_any_document(tmp_path, body, persons, start):
    found = talks(tmp_path, body)
    assert [(set(t.persons), t.start, t.status) for t in found] == [(persons, start, "future")]


#: a sentence with an event word before the wish, so that its verb is read in any case
SUMMIT_FR, SUMMIT_ZH = "Le sommet du G20 s'ouvre lundi à Rio.\n", "二十国集团峰会18日在里约开幕。\n"


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    SUMMIT_FR + "Donald Trump se dit prêt à rencontrer le dirigeant nord-coréen Kim Jong-un.",
    SUMMIT_FR + "Le président ukrainien Volodymyr Zelensky souhaite rencontrer Vladimir Poutine en personne.",
    SUMMIT_FR + "Javier Milei aimerait rencontrer le président brésilien Lula avant la fin de l'année.",
    SUMMIT_FR + "Donald Trump a dit lundi qu'il serait heureux de rencontrer un jour le président chinois Xi Jinping.",
    SUMMIT_ZH + "泽连斯基说，他仍然愿意与普京会晤。",
    SUMMIT_ZH + "米莱表示，希望今后能同卢拉总统会面。",
])
def test_a_wish_to_meet_or_a_meeting_some_day_is_no_event(tmp_path, body):
    assert talks(tmp_path, body) == []


@pytest.mark.slow
def test_talks_a_day_after_something_are_still_talks(tmp_path):
    body = "Le chancelier allemand Olaf Scholz a rencontré un jour après l'attentat le président turc Recep Tayyip Erdogan."
    assert len(talks(tmp_path, body)) == 1


@pytest.mark.slow
def test_a_wish_to_visit_is_no_visit_but_an_event_named_by_its_outcome_was_held(tmp_path):
    body = ("国家副主席韩正27日在北京会见巴拉圭外长拉米雷斯。拉米雷斯表示，佩尼亚总统愿尽快应邀来华访问。\n"
            "拉米雷斯说，巴方愿落实两国元首纽约会晤达成的共识。")
    found = document_mentions(tmp_path, body, "2025-03-27")
    assert [m.type for m in found if m.type == "VISIT"] == []
    assert sum(m.type == "MEETING" for m in found) == 2


@pytest.mark.slow
def test_an_undated_visit_with_talks_of_that_day_is_under_way(tmp_path):
    """"这是普京总统第二十五次访问中国", under a report of talks held that day: the visit goes on."""
    body = "国家主席习近平20日在人民大会堂同俄罗斯总统普京举行会谈。习近平指出，这是普京总统第二十五次访问中国。"
    visits = [m for m in document_mentions(tmp_path, body, "2026-05-20") if m.type == "VISIT"]
    assert [(v.start, v.status) for v in visits] == [(None, "ongoing")]


@pytest.mark.slow
def test_an_undated_visit_told_with_a_future_plan_is_under_way_on_the_day_of_its_talks(tmp_path):
    body = ("国务院总理李强24日在人民大会堂同来华进行正式访问的马来西亚总理安瓦尔举行会谈。\n"
            "访问期间，安瓦尔还将赴上海出席一场经贸论坛。")
    visits = [m for m in document_mentions(tmp_path, body, "2025-06-24") if m.type == "VISIT"]
    assert [v.status for v in visits] == ["ongoing"]


@pytest.mark.slow
def test_the_medium_of_repeated_talks_makes_no_talks_of_its_own(tmp_path):
    body = ("Le président brésilien Lula et le président argentin Javier Milei se rencontreront lundi à "
            "Brasilia.\nLes deux dirigeants se sont parlé à plusieurs reprises par téléphone ou par "
            "visioconférence depuis mars 2024, mais jamais face à face.")
    assert [t.start for t in talks(tmp_path, body, "2025-03-14")] == ["2025-03-17"]
    assert len(talks(tmp_path, "Xi Jinping et Joe Biden ont tenu mardi une réunion par visioconférence.")) == 1


@pytest.mark.slow
def test_talks_told_then_take_the_day_of_the_sentence_before(tmp_path):
    body = ("Le Premier ministre canadien Mark Carney a été reçu lundi à Paris par Emmanuel Macron.\nÀ Londres, "
            "le chef du gouvernement canadien s'est ensuite entretenu avec son homologue britannique Keir Starmer.")
    found = talks(tmp_path, body, "2025-03-18")
    assert sorted((t.city, t.start) for t in found) == [("London", "2025-03-17"), ("Paris", "2025-03-17")]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "王毅表示，习近平主席同武契奇总统多次举行会晤，为两国关系发展指明了方向。",
    "两国外长去年数次进行会谈，就双边关系深入交换意见。",
])
def test_meetings_held_many_times_are_no_one_event(tmp_path, body):
    assert document_mentions(tmp_path, body, "2025-06-10") == ()


@pytest.mark.slow
def test_separate_meetings_with_people_listed_with_etc_stay_meetings(tmp_path):
    body = "与会期间，丁薛祥还分别同俄罗斯第一副总理曼图罗夫、副总理诺瓦克等举行会见。"
    assert [m.type for m in document_mentions(tmp_path, body, "2025-06-21")] != []


@pytest.mark.slow
@pytest.mark.parametrize("body, status", [
    # "计划" before the day, place or verb of the talks: planned, so still to come that day
    ("埃及外长阿卜杜勒阿提计划今天在开罗会见伊朗外长阿拉格齐。", "future"),
    ("土耳其总统埃尔多安计划在索契同俄罗斯总统普京举行会谈。", "future"),
    ("法国总统马克龙打算当天在巴黎会见德国总理默茨。", "future"),
    # "按计划" (as planned) tells how talks held went
    ("按计划，埃及外长阿卜杜勒阿提今天在开罗会见了伊朗外长阿拉格齐。", "past"),
])
def test_talks_planned_for_the_day_of_writing_are_still_to_come(tmp_path, body, status):
    assert [t.status for t in talks(tmp_path, body)] == [status]


@pytest.mark.slow
def test_a_plan_as_a_thing_plans_no_talks(tmp_path):
    """"提出的计划与…会晤讨论的内容一致": a plan put forward, compared with talks held."""
    body = "俄罗斯总统普京5日表示，欧盟提出的和平计划与他同美国总统特朗普在安克雷奇会晤所讨论的内容一致。"
    assert [t.status for t in talks(tmp_path, body)] == ["past"]
