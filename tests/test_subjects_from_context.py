"""Whole documents written for these tests, French and Chinese, through every per-document stage:
who meets when a sentence names them by an office of several words, by a pronoun, or after a
fronted participle, and when talks told "ensuite" / "随后" happen."""
from pathlib import Path

import pytest

from conftest import document_mentions


def talks(tmp_path: Path, body: str, published: str) -> list:
    return [m for m in document_mentions(tmp_path, body, published) if m.type == "MEETING"]


@pytest.mark.slow
@pytest.mark.parametrize("body, published, persons, start", [
    # an office of several words as the subject of a passive ("chef du gouvernement", "chef de la
    # diplomatie"), filled by the person the document named in it
    ("Le Premier ministre malaisien Anwar Ibrahim est arrivé lundi à Pékin. Le chef du gouvernement "
     "malaisien a été reçu mardi par le président Xi Jinping.", "2024-05-08",
     {"Anwar Ibrahim", "Xi Jinping"}, "2024-05-07"),
    ("Le ministre néerlandais des Affaires étrangères Caspar Veldkamp est arrivé jeudi à Rabat. Le chef "
     "de la diplomatie néerlandaise a été reçu vendredi par le roi Mohammed VI.", "2025-02-08",
     {"Caspar Veldkamp", "Mohammed VI"}, "2025-02-07"),
])
def test_an_office_of_several_words_receives_or_is_received(tmp_path, body, published, persons, start):
    found = talks(tmp_path, body, published)
    assert [(set(t.persons), t.start) for t in found] == [(persons, start)]


@pytest.mark.slow
def test_a_pronoun_after_a_fronted_participle_is_the_office_after_its_comma(tmp_path):
    """"Accueilli par le ministre X, le dirigeant chinois, accompagné de…, doit être reçu…. Il aura
    ensuite un entretien…": "Il" is the Chinese leader (the parse leaves the main verb without a
    subject), not the minister who welcomed him, and the talks are that Monday's."""
    body = ("Le président chinois Xi Jinping est arrivé dimanche à Madrid pour une visite d'État.\n"
            "Accueilli à l'aéroport de Barajas par le ministre José Manuel Albares, le dirigeant chinois, "
            "accompagné de son épouse Peng Liyuan, doit être reçu lundi matin au palais royal. Il aura "
            "ensuite un entretien au palais de la Moncloa avec Pedro Sánchez.")
    found = talks(tmp_path, body, "2024-05-05")
    assert [(set(t.persons), t.start, t.status) for t in found] == \
        [({"Xi Jinping", "Pedro Sánchez"}, "2024-05-06", "future")]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Emmanuel Macron aura un entretien au palais Bellevue avec le président allemand Frank-Walter Steinmeier.",
    "Olaf Scholz a eu un entretien au siège de l'Otan avec le secrétaire général Mark Rutte.",
])
def test_talks_at_a_palace_are_talks_not_an_interview_given_to_a_paper(tmp_path, body):
    assert len(talks(tmp_path, body, "2024-11-20")) == 1


@pytest.mark.slow
def test_an_interview_given_to_a_paper_is_still_no_talks(tmp_path):
    body = "Emmanuel Macron a accordé un entretien au Journal du Dimanche sur la situation au Proche-Orient."
    assert talks(tmp_path, body, "2024-11-20") == []


@pytest.mark.slow
@pytest.mark.parametrize("body, persons, start", [
    # "随后，他同X会谈": the pronoun is the subject though the counterpart stands before the cue, and
    # the talks take the one day of the sentence before
    ("11日上午，柬埔寨首相洪玛奈乘专机抵达北京。随后，他同国务院总理李强在人民大会堂举行会谈。",
     {"Hun Manet", "Li Qiang"}, "2025-03-11"),
    ("9日晚，印度尼西亚总统普拉博沃抵达北京。接着，他同国家主席习近平举行会谈。",
     {"Prabowo Subianto", "Xi Jinping"}, "2025-03-09"),
])
def test_a_chinese_pronoun_subject_with_the_counterpart_before_the_verb(tmp_path, body, persons, start):
    found = talks(tmp_path, body, "2025-03-12")
    assert [(set(t.persons), t.start) for t in found] == [(persons, start)]


@pytest.mark.slow
def test_then_after_a_span_of_days_does_not_date_the_next_visits(tmp_path):
    """"王毅于7日至9日访问埃及。随后，他还将访问坦桑尼亚": the next visit is after the span, not in it."""
    body = "外交部长王毅于7日至9日访问埃及。随后，他还将访问坦桑尼亚。"
    visits = [m for m in document_mentions(tmp_path, body, "2026-01-09") if m.type == "VISIT" and m.country == "TZ"]
    assert [(v.start, v.status) for v in visits] == [(None, "future")]


@pytest.mark.slow
@pytest.mark.parametrize("body, kind, joined", [
    # the closing list of an entourage attended the lead's talks, not the aside told last
    ("国家主席习近平20日在人民大会堂同智利总统博里奇举行会谈。\n博里奇表示，智方愿积极参与中拉论坛合作，办好明年的论坛部长级会议。\n"
     "蔡奇、王毅等陪同参加。", "MEETING", {"Cai Qi", "Wang Yi"}),
    # "上述活动": the report's own event whatever its type, here the summit of the lead
    ("金砖国家领导人第十七次会晤6日在里约热内卢举行，国家总理李强出席并讲话。\n会晤期间，李强还分别会见了印度总理莫迪和南非总统拉马福萨。\n"
     "吴政隆等出席上述活动。", "SUMMIT", {"Wu Zhenglong"}),
])
def test_a_closing_entourage_list_joins_the_reports_own_event(tmp_path, body, kind, joined):
    found = document_mentions(tmp_path, body, "2025-07-06")
    with_them = [m.type for m in found if joined <= set(m.persons)]
    assert with_them == [kind]


@pytest.mark.slow
def test_a_counterpart_after_with_and_an_office_leaves_the_subject_to_the_clause_before(tmp_path):
    """"X10日访问阿曼，并与阿曼苏丹海赛姆举行会谈": the sultan, after "与" and his office, is the
    counterpart; the talks' subject is the visitor of the clause before."""
    body = "伊朗最高国家安全委员会秘书拉里贾尼10日访问阿曼，并与阿曼苏丹海赛姆举行会谈。"
    found = talks(tmp_path, body, "2025-03-11")
    assert [set(t.persons) for t in found] == [{"Ali Larijani", "Haitham bin Tariq"}]


@pytest.mark.slow
def test_a_numbered_meeting_of_the_heads_of_state_council_is_the_summit(tmp_path):
    """"Cette 24e réunion du Conseil des chefs d'État…" is the summit of the sentence before (a
    heads-of-state meeting as a body), held where the summit "réuni à Astana" is; those who
    "participent aux travaux" or "assistent à la séance" attend it."""
    body = ("Les dirigeants de l'Organisation de coopération de Shanghai ont entériné jeudi l'adhésion de "
            "la Biélorussie, lors d'un sommet réuni à Astana.\n"
            "Cette 24e réunion du Conseil des chefs d'État de l'organisation rassemble notamment le président "
            "chinois Xi Jinping et son homologue russe Vladimir Poutine.\n"
            "Le président turc Recep Tayyip Erdogan et le président azerbaïdjanais Ilham Aliyev assistent à la "
            "séance en qualité d'invités.")
    found = document_mentions(tmp_path, body, "2024-07-04")
    assert [(m.type, m.city) for m in found] == [("SUMMIT", "Astana")]
    assert {"Xi Jinping", "Vladimir Putin", "Recep Tayyip Erdoğan", "Ilham Aliyev"} <= set(found[0].persons)


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    "Les ministres des Affaires étrangères russe et turc se sont rencontrés mardi soir à Astana. Cette rencontre "
    "a eu lieu en marge de la réunion des ministres des Affaires étrangères de l'Organisation du traité de "
    "sécurité collective, organisée mardi dans la capitale kazakhe.",
    "Les ministres de la Défense chinois et indien se sont rencontrés vendredi à Moscou. Cette rencontre a eu "
    "lieu en marge de la réunion des ministres de la Défense de l'OCS, tenue vendredi dans la capitale russe.",
])
def test_the_meeting_on_whose_margins_talks_were_held_is_another_event(tmp_path, body):
    assert len(talks(tmp_path, body, "2024-06-15")) == 2


@pytest.mark.slow
def test_attendance_told_present_with_a_close_to_come_joins_the_summit_under_way(tmp_path):
    """"X et Y participent aux travaux, qui s'achèveront jeudi": the attendance is present (the
    future is the close's), so they attend the summit under way; talks of theirs that day, told
    without a place, are held at it."""
    body = ("Les dirigeants de l'Union africaine sont réunis depuis lundi à Addis-Abeba pour un sommet "
            "consacré au Sahel.\nLe président kényan William Ruto et le président sénégalais Bassirou Diomaye "
            "Faye participent aux travaux, qui s'achèveront mercredi.\nEn marge de la réunion, William Ruto et "
            "Bassirou Diomaye Faye se sont entretenus mardi.")
    found = document_mentions(tmp_path, body, "2025-03-11")
    summit = [m for m in found if m.type == "SUMMIT"]
    assert len(summit) == 1 and {"William Ruto", "Bassirou Diomaye Faye"} <= set(summit[0].persons)
    assert [(m.city, m.start) for m in found if m.type == "MEETING"] == [("Addis Ababa", "2025-03-11")]


@pytest.mark.slow
def test_a_plural_subject_keeps_the_state_a_visit_went_to(tmp_path):
    """"Les deux hommes ne s'étaient plus parlé depuis la visite d'État effectuée par X en Chine":
    the pair stands for the visit's people, and the visit keeps China, where it went."""
    body = ("Xi Jinping et Pedro Sánchez se sont entretenus au téléphone lundi.\nLes deux hommes ne s'étaient "
            "plus parlé depuis la visite d'État effectuée par Pedro Sánchez en Chine en avril.")
    visits = [m for m in document_mentions(tmp_path, body, "2025-06-17") if m.type == "VISIT"]
    assert [(v.country, v.start) for v in visits] == [("CN", "2025-04")]


@pytest.mark.slow
@pytest.mark.parametrize("body, published", [
    # one state's leader "meeting" or calling his own troops, staff or a team: no counterpart of
    # another state anywhere in the document, so no diplomatic talks, whatever day they are dated
    ("国家主席习近平10日在北京同驻港部队官兵视频通话，慰问节日坚守岗位的指战员。", "2025-04-11"),
    ("Le président Emmanuel Macron s'est entretenu mardi à l'Elysée avec l'équipe de France de rugby.",
     "2025-04-09"),
])
def test_talks_with_no_one_of_another_state_in_the_document_are_not_diplomatic(tmp_path, body, published):
    assert talks(tmp_path, body, published) == []


@pytest.mark.slow
def test_talks_whose_counterpart_the_document_named_before_stay(tmp_path):
    """The counterpart named earlier and pointed back to by a description ("le dirigeant
    travailliste") keeps one official's talks of a given day."""
    body = ("Le Premier ministre néo-zélandais Chris Hipkins est arrivé dimanche à Pékin.\n"
            "Lundi, le dirigeant travailliste a été reçu par le président Xi Jinping au Grand Palais du Peuple.")
    found = talks(tmp_path, body, "2023-06-27")
    assert [t.start for t in found] == ["2023-06-26"]
