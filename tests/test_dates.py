"""Dates: French and Chinese expressions written here, resolved to TIMEX3 values."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.dates import find_dates, infer_tense, parse_dates
from pipeline.records import Article, Sentence


def values(text, language, published=None, tense=None):
    return [(d.text, d.value, d.end_value) for d in parse_dates(text, language, published, tense=tense)]


@pytest.mark.parametrize("text, language, published, expected", [
    # absolute dates and ranges with a shared month
    ("Le forum s'est tenu les 14 et 15 mai 2017 à Pékin.", "fr", None, ("2017-05-14", "2017-05-15")),
    ("论坛于2017年5月14日至15日在北京举行。", "zh", None, ("2017-05-14", "2017-05-15")),
    ("Le sommet aura lieu du 3 au 5 juin 2026.", "fr", None, ("2026-06-03", "2026-06-05")),
    ("峰会将于2026年6月3日至5日举行。", "zh", None, ("2026-06-03", "2026-06-05")),
    # lists of days and "entre le … et le …" share the month too
    ("Les réunions se sont tenues les 14, 15 et 16 mai 2017.", "fr", None, ("2017-05-14", "2017-05-16")),
    ("会议于2017年5月14日至16日举行。", "zh", None, ("2017-05-14", "2017-05-16")),
    ("Le forum se tiendra entre le 3 et le 5 juin 2020.", "fr", None, ("2020-06-03", "2020-06-05")),
    ("论坛于5月14日至16日举行。", "zh", None, ("XXXX-05-14", "XXXX-05-16")),
    # a range across months
    ("La visite se déroulera du 30 mai au 2 juin 2019.", "fr", None, ("2019-05-30", "2019-06-02")),
    ("访问将于5月30日至6月2日进行。", "zh", "2019-05-01", ("2019-05-30", "2019-06-02")),
    # the first of the month, numerals, Chinese numerals
    ("Il est arrivé le 1er juin 2019.", "fr", None, ("2019-06-01", "2019-06-01")),
    ("二〇一九年五月十四日，会议开幕。", "zh", None, ("2019-05-14", "2019-05-14")),
    ("Publié le 20/05/2023 à Paris.", "fr", None, ("2023-05-20", "2023-05-20")),
    ("Mise à jour : 2023-05-19.", "fr", None, ("2023-05-19", "2023-05-19")),
    ("Le 7 sept. 2019, les deux pays ont signé un accord.", "fr", None, ("2019-09-07", "2019-09-07")),
    ("二〇二三年十月，双方签署了协议。", "zh", None, ("2023-10", "2023-10")),
    # the year written once after a list of dates belongs to each
    ("Les présidents se sont vus le 30 mai et le 2 juin 2019.", "fr", None,
     [("2019-05-30", "2019-05-30"), ("2019-06-02", "2019-06-02")]),
    # a range across the end of a year
    ("La visite a duré du 31 décembre au 2 janvier 2020.", "fr", None, ("2019-12-31", "2020-01-02")),
    ("访问于2019年12月31日至2020年1月2日进行。", "zh", None, ("2019-12-31", "2020-01-02")),
    ("La visite s'est déroulée du 31 décembre au 2 janvier.", "fr", "2020-01-10", ("2019-12-31", "2020-01-02")),
    ("访问于12月31日至1月2日进行了。", "zh", "2020-01-10", ("2019-12-31", "2020-01-02")),
    # the month written once, after the end day: the start is in the month before when its day is later
    ("Le salon se tient du 29 au 2 octobre à Lyon.", "fr", "2024-09-30", ("2024-09-29", "2024-10-02")),
    ("La conférence se tiendra du 30 au 3 janvier à Doha.", "fr", "2024-12-20", ("2024-12-30", "2025-01-03")),
    ("本届博览会于29日至10月2日在杭州举行。", "zh", "2024-09-30", ("2024-09-29", "2024-10-02")),
    ("会议于30日至1月3日在河内举行。", "zh", "2024-12-31", ("2024-12-30", "2025-01-03")),
    # month and year, a year alone
    ("Les deux hommes s'étaient vus en mars 2019.", "fr", None, ("2019-03", "2019-03")),
    ("双方于2019年3月会晤。", "zh", None, ("2019-03", "2019-03")),
    ("La 2e édition du Forum aura lieu en 2019.", "fr", None, ("2019", "2019")),
    ("第二届论坛将于2019年举办。", "zh", None, ("2019", "2019")),
    # the second weekday of a phrase follows the first (published on a Saturday), and the two are
    # one span when a range word joins them, or "et" two days in a row
    ("Le sommet a lieu mardi et mercredi à Lomé.", "fr", "2025-07-05", [("2025-07-08", "2025-07-09")]),
    ("Le forum s'est tenu de mercredi à vendredi.", "fr", "2025-07-05", [("2025-07-02", "2025-07-04")]),
    ("论坛于周五至周日在杭州举行。", "zh", "2025-07-05", [("2025-07-04", "2025-07-06")]),
    ("Le ministre était à Lomé mardi et jeudi.", "fr", "2025-07-05",
     [("2025-07-01", "2025-07-01"), ("2025-07-03", "2025-07-03")]),
])
def test_explicit_dates_and_ranges(text, language, published, expected):
    found = parse_dates(text, language, published)
    assert [(d.value, d.end_value) for d in found] == (expected if isinstance(expected, list) else [expected])


@pytest.mark.parametrize("text, language, published, expected", [
    # month-day without a year: the publication year, else XXXX
    ("Le forum s'est achevé le 17 octobre à Lanzhou.", "fr", None, "XXXX-10-17"),
    ("论坛于十月十七日闭幕。", "zh", None, "XXXX-10-17"),
    ("Le forum s'est achevé le 17 octobre à Lanzhou.", "fr", "2021-10-20", "2021-10-17"),
    ("5月17日下午，习近平同托卡耶夫会谈。", "zh", "2023-05-18", "2023-05-17"),
    # the tense moves the year: a past event in December reported in January
    ("Le sommet s'est tenu le 20 décembre.", "fr", "2024-01-05", "2023-12-20"),
    ("Le sommet se tiendra le 10 janvier.", "fr", "2023-12-20", "2024-01-10"),
])
def test_month_and_day_without_a_year(text, language, published, expected):
    found = parse_dates(text, language, published)
    assert [d.value for d in found] == [expected]
    # the publication year given to a month-day is a resolution; "XXXX" is what was written
    assert [d.source for d in found] == ["relative" if published else "explicit"]


@pytest.mark.parametrize("text, language, published, expected", [
    # weekdays across a month end: published Tuesday 2025-07-01
    ("Le président a affirmé lundi que la coopération progresse.", "fr", "2025-07-01", "2025-06-30"),
    ("Les deux ministres se sont rencontrés vendredi à Paris.", "fr", "2025-07-01", "2025-06-27"),
    ("Les deux ministres se rencontreront vendredi à Paris.", "fr", "2025-07-01", "2025-07-04"),
    ("La rencontre aura finalement lieu vendredi, a précisé l'Élysée.", "fr", "2025-07-01", "2025-07-04"),
    ("Il recevra son homologue lundi prochain.", "fr", "2025-07-01", "2025-07-07"),
    ("Le président chinois a affirmé lundi que la Chine est disposée à coopérer.", "fr", "2025-06-17", "2025-06-16"),
    ("上周五，双方举行了会谈。", "zh", "2025-07-01", "2025-06-27"),
    ("周一，两国外长举行了会谈。", "zh", "2025-07-01", "2025-06-30"),
    ("星期一，两国外长举行了会谈。", "zh", "2025-07-01", "2025-06-30"),
    # the weekday of publication is publication day itself, unless "dernier" pushes it a week back
    ("Les deux ministres se sont rencontrés mardi à Paris.", "fr", "2025-07-01", "2025-07-01"),
    ("Les deux ministres se sont rencontrés mardi dernier à Paris.", "fr", "2025-07-01", "2025-06-24"),
    ("Ce mardi, les deux ministres se sont rencontrés à Paris.", "fr", "2025-07-01", "2025-07-01"),
    ("Aujourd'hui, le ministre a reçu son homologue.", "fr", "2025-07-01", "2025-07-01"),
    ("Hier, le ministre a reçu son homologue.", "fr", "2025-07-01", "2025-06-30"),
    ("Le ministre recevra son homologue demain.", "fr", "2025-07-01", "2025-07-02"),
    ("今天，两国外长举行了会谈。", "zh", "2025-07-01", "2025-07-01"),
    ("两国外长明天将举行会谈。", "zh", "2025-07-01", "2025-07-02"),
    ("双方将于本周五举行会谈。", "zh", "2025-07-01", "2025-07-04"),
    ("昨天，两国外长通了电话。", "zh", "2025-07-01", "2025-06-30"),
    # a weekday told in the present is the nearest one, before or after publication (Tuesday)
    ("La conférence sur le climat s'ouvre jeudi à Genève.", "fr", "2025-07-01", "2025-07-03"),
    ("Macron et Scholz se retrouvent mercredi à Berlin", "fr", "2025-07-01", "2025-07-02"),
    ("Le forum, qui se tient samedi à Lyon, réunit vingt pays.", "fr", "2025-07-03", "2025-07-05"),
    ("Le forum, qui se tient lundi à Lyon, réunit vingt pays.", "fr", "2025-07-03", "2025-06-30"),
    ("双方将于周四在日内瓦举行会谈", "zh", "2025-07-01", "2025-07-03"),
    # Chinese marks its future ("将"): a clause with no mark tells what happened
    ("双方周四在日内瓦举行会谈", "zh", "2025-07-01", "2025-06-26"),
    ("习近平25日晚在北京会见来访的智利总统。", "zh", "2025-05-14", "2025-04-25"),
    ("习近平将于25日在北京会见来访的智利总统。", "zh", "2025-05-14", "2025-05-25"),
    ("下一轮会谈可能于3月初在多哈举行。", "zh", "2025-11-20", "2026-03"),
    # past participles in -i and verbs conjugated with être are past; "a lieu" is present
    ("Le président a accueilli vendredi son homologue.", "fr", "2025-07-01", "2025-06-27"),
    ("Le ministre est arrivé vendredi à Dakar.", "fr", "2025-07-01", "2025-06-27"),
    ("La réunion a lieu jeudi à Rome.", "fr", "2025-07-01", "2025-07-03"),
    # relative years and months
    ("Le sommet de Tianjin de cette année sera important.", "fr", "2025-06-17", "2025"),
    ("Le Kazakhstan accueillera le sommet l'an prochain.", "fr", "2024-07-03", "2025"),
    ("哈方明年举办第二届中国－中亚峰会。", "zh", "2024-07-03", "2025"),
    ("去年，我和托卡耶夫总统两次会晤。", "zh", "2024-07-03", "2023"),
    ("L'année dernière, les deux présidents se sont vus deux fois.", "fr", "2024-07-03", "2023"),
    ("Le dialogue reprendra le mois prochain.", "fr", "2024-12-03", "2025-01"),
    ("Fin juin, Emmanuel Macron a reçu son homologue.", "fr", "2024-07-03", "2024-06"),
    ("Le forum se tiendra mi-avril.", "fr", "2024-12-03", "2025-04"),
    ("自我10年前首次对俄进行国事访问以来", "zh", "2023-03-22", "2013"),
])
def test_relative_dates_resolve_against_publication(text, language, published, expected):
    assert [d.value for d in parse_dates(text, language, published)] == [expected]
    assert all(d.source == "relative" for d in parse_dates(text, language, published))


@pytest.mark.parametrize("text, language", [
    ("Le président a affirmé lundi que la coopération progresse.", "fr"),
    ("哈方明年举办第二届中国－中亚峰会。", "zh"),
])
def test_relative_dates_without_publication_stay_unresolved(text, language):
    assert parse_dates(text, language, None) == []


@pytest.mark.parametrize("text, language", [
    ("Les deux pays ont signé sept documents et sept accords.", "fr"),
    ("Le ministre, qui a 31 ans, a rencontré son homologue.", "fr"),
    ("Plus de 270 accords et 2 000 personnes, à 10h30, au G20, contre le COVID-19 et pour la 5G.", "fr"),
    ("Les investissements ont atteint 1,5 milliard de dollars.", "fr"),
    ("第二届论坛吸引了二十国集团成员和5G企业参加。", "zh"),
    ("双方签署了《关于2030年前经济合作重点方向的联合声明》。", "zh"),
    ("Le ministre a rencontré 2 019 personnes et promis 2019 dollars.", "fr"),
    ("Le 7 sept accords ont été signés.", "fr"),
    ("日前，双方在当天签署了协议。", "zh"),
    ("Plus de 2100 soldats et 1945 civils.", "fr"),
])
def test_numbers_that_are_not_dates(text, language):
    assert parse_dates(text, language, "2023-05-19") == []


def test_a_shared_month_range_is_not_read_as_a_year():
    found = parse_dates("Le sommet s'est tenu les 18 et 19 mai à Xi'an.", "fr", None)
    assert [(d.value, d.end_value) for d in found] == [("XXXX-05-18", "XXXX-05-19")]


def test_a_year_amid_amounts_is_still_a_year():
    found = parse_dates("Les investissements ont atteint 15 milliards de dollars en 2020.", "fr", None)
    assert [d.value for d in found] == ["2020"]


@pytest.mark.parametrize("text, language, tense", [
    ("Le sommet s'est tenu à Xi'an.", "fr", "past"),
    ("Le forum a eu lieu à Pékin.", "fr", "past"),
    ("Le sommet se tiendra à Astana.", "fr", "future"),
    ("Les négociations se poursuivent à Vienne.", "fr", "ongoing"),
    ("两国元首举行了会谈。", "zh", "past"),
    ("峰会将于明年举行。", "zh", "future"),
    ("论坛正在北京举行。", "zh", "ongoing"),
    ("La coopération Chine-Asie centrale.", "fr", None),
    ("Le président a rencontré son homologue.", "fr", "past"),
    ("Le forum s'est achevé à Lanzhou.", "fr", "past"),
    ("Le sommet se tint à Genève et les ministres signèrent le traité.", "fr", "past"),
    ("Le sommet va se tenir à Astana.", "fr", "future"),
    ("Le sommet devrait réunir dix pays.", "fr", "future"),
    ("Le sommet prochain réunira dix pays.", "fr", "future"),
    ("La visite est en cours.", "fr", "ongoing"),
    # "va" is a future only as a word: not "validation", "vaccins", "valeurs"
    ("Le ministre avait salué la validation de l'accord.", "fr", "past"),
    ("Les vaccins promis ont été livrés à Dakar.", "fr", "past"),
    ("Va-t-il rencontrer son homologue ?", "fr", "future"),
    ("Alexandra Dupont, ministre, parle aux journalistes.", "fr", None),
    ("习近平已经抵达阿斯塔纳。", "zh", "past"),
    ("习近平出席了峰会。", "zh", "past"),
    ("峰会即将开幕。", "zh", "future"),
    ("双方拟签署协议。", "zh", "future"),
    ("为了加强合作，双方需要相互了解。", "zh", None),
    ("习近平对俄罗斯进行正式访问。", "zh", None),
    ("中方支持巴西方面办好明年的金砖峰会。", "zh", "future"),
    ("双方正在筹办第三届部长级会议。", "zh", "future"),
    ("他预祝博览会取得圆满成功。", "zh", "future"),
    # 将 and 拟 inside other words: a general, "nearly", "virtual"
    ("习近平会见来访的巴基斯坦陆军参谋长蒙尼尔将军。", "zh", None),
    ("两国外长以虚拟方式举行会谈。", "zh", None),
    ("将近500名代表出席开幕式。", "zh", None),
    # "on the eve of the new year approaching": the occasion's future is not the clause's
    ("在春节即将到来之际，两国外长通了电话。", "zh", "ongoing"),
    ("值此新年将至之际，两国元首互致贺电。", "zh", "ongoing"),
])
def test_tense_of_a_clause(text, language, tense):
    assert infer_tense(text, language) == tense


def test_find_dates_gives_offsets_into_the_raw_text():
    raw = "Titre\n\nLe forum s'est tenu les 14 et 15 mai 2017.\n论坛于2017年5月14日开幕。"
    sentences = (Sentence(7, 49, "fr"), Sentence(50, len(raw), "zh"))
    article = Article(doc_id="x", path="x.txt", sha256="", raw=raw, text=raw, sentences=sentences)
    dates = find_dates(article).dates
    assert [raw[d.start:d.end] for d in dates] == ["les 14 et 15 mai 2017", "2017年5月14日"]


def test_find_dates_skips_languages_without_date_data_or_dateparser():
    raw = "Xyz qqq 14 mai 2017 zzz."
    article = Article(doc_id="x", path="x.txt", sha256="", raw=raw, text=raw,
                      sentences=(Sentence(0, len(raw), "xx"),))
    assert find_dates(article).dates == ()


def test_find_dates_uses_the_publication_date_and_leaves_the_input_alone():
    raw = "Le ministre a été reçu hier. 昨天，两国外长举行了会谈。"
    sentences = (Sentence(0, 28, "fr"), Sentence(29, len(raw), "zh"))
    article = Article(doc_id="x", path="x.txt", sha256="", raw=raw, text=raw, sentences=sentences,
                      published="2025-07-01")
    dated = find_dates(article)
    assert [(raw[d.start:d.end], d.value, d.language) for d in dated.dates] == [
        ("hier", "2025-06-30", "fr"), ("昨天", "2025-06-30", "zh")]
    assert article.dates == ()


FRENCH_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre"]


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_generated_french_dates_round_trip(day):
    text = f"La rencontre a eu lieu le {day.day} {FRENCH_MONTHS[day.month - 1]} {day.year} à Paris."
    assert [d.value for d in parse_dates(text, "fr", None)] == [day.isoformat()]


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_generated_chinese_dates_round_trip(day):
    text = f"双方于{day.year}年{day.month}月{day.day}日举行会谈。"
    assert [d.value for d in parse_dates(text, "zh", None)] == [day.isoformat()]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.sampled_from(["fr", "zh"]), st.sampled_from([None, "2024-02-29", "2025-06-17"]))
def test_arbitrary_text_never_raises_and_offsets_point_at_the_expression(text, language, published):
    for d in parse_dates(text, language, published, offset=5):
        assert 0 <= d.start - 5 < d.end - 5 <= len(text)
        assert text[d.start - 5:d.end - 5] == d.text


DATE_TOKENS = ["le", "les", "du", "au", "et", "entre", "1er", "14", "31", "2 019", "2019", "1,5", "10h30",
               "mai", "sept", "sept.", "juin", "lundi", "prochain", "dernier", "ce", "hier", "fin", "mi-",
               "l'an", "2023-05-19", "20/05/2023", "年", "月", "日", "至", "周", "星期", "上", "本", "五",
               "二〇一九", "十", "前", "今年", "10", "号", "，", " ", "\n"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(DATE_TOKENS), max_size=25), st.sampled_from(["fr", "zh"]),
       st.sampled_from([None, "2024-02-29", "2025-06-17"]), st.sampled_from([None, "past", "future", "ongoing"]))
def test_date_like_noise_never_raises_and_values_are_timex(tokens, language, published, tense):
    text = " ".join(tokens)
    for d in parse_dates(text, language, published, offset=3, tense=tense):
        assert text[d.start - 3:d.end - 3] == d.text
        assert re.fullmatch(r"[\dX]{4}(?:-[\dX]{2}(?:-\d{2})?)?", d.value)
        assert d.end_value >= d.value or "X" in d.value
        assert d.source in ("explicit", "relative")


def test_an_anniversary_dates_the_first_event_zh():
    found = parse_dates("习近平在首次对塔吉克斯坦进行国事访问十周年之际再次到访。", "zh", "2024-07-06")
    assert [d.value for d in found] == ["2014"]


@pytest.mark.parametrize("published, expected", [
    ("2020-02-28", "2020-02-29"), ("2019-12-30", "2020-02-29"), ("2021-03-05", None)])
def test_29_february_never_breaks_the_year_choice(published, expected):
    from pipeline.dates import parse_dates

    found = parse_dates("Les élections auront lieu le week-end des 29 février et 1er mars.", "fr", published)
    february = [d.value for d in found if d.text.startswith("29")]
    assert february == ([expected] if expected else [])  # no 29 February in 2021 or 2022


@pytest.mark.parametrize("language, text, tense", [
    ("zh", "峰会定于下月24日在北京召开。", "future"),
    ("zh", "两国外长预计于本周晚些时候会晤。", "future"),
    ("fr", "Le sommet est prévu pour le 24 du mois prochain.", "future"),
])
def test_scheduled_events_are_future(language, text, tense):
    from pipeline.dates import infer_tense

    assert infer_tense(text, language) == tense


@pytest.mark.parametrize("text, value, end", [
    ("国事访问将于28日至30日进行。", "2024-07-28", "2024-07-30"),
    ("总理28日访问法国。", "2024-07-28", "2024-07-28"),
    ("外长28日赴莫斯科出席会议。", "2024-07-28", "2024-07-28"),
])
def test_a_chinese_day_before_a_verb_of_travel_or_holding_takes_the_publication_month(text, value, end):
    from pipeline.dates import parse_dates

    (found,) = parse_dates(text, "zh", "2024-07-27")
    assert (found.value, found.end_value) == (value, end)


@pytest.mark.parametrize("raw, language, published, expected", [
    ("外交部长王毅5日在开罗会见埃及外长。同日下午，王毅会见阿盟秘书长。", "zh", "2024-06-06",
     [("5日", "2024-06-05"), ("同日", "2024-06-05")]),
    ("6月3日，两国元首举行会谈。当晚，双方出席欢迎宴会。", "zh", "2024-06-04",
     [("6月3日", "2024-06-03"), ("当晚", "2024-06-03")]),
    ("Le ministre a été reçu le 12 mars à Rabat. Le même jour, il a rencontré le roi.", "fr", "2024-03-14",
     [("12 mars", "2024-03-12"), ("Le même jour", "2024-03-12")]),
    ("Le même jour, le ministre a rencontré le roi.", "fr", "2024-03-14", []),
    # the day before or after it, or later that day
    ("Le sommet s'est ouvert le 12 mars à Lomé. La veille, les ministres avaient préparé le texte.", "fr",
     "2024-03-14", [("12 mars", "2024-03-12"), ("La veille", "2024-03-11")]),
    ("Il est arrivé le 12 mars à Lomé. Le lendemain, il a rencontré le président togolais.", "fr",
     "2024-03-14", [("12 mars", "2024-03-12"), ("Le lendemain", "2024-03-13")]),
    ("Il a parlé le 12 mars à Lomé. Plus tôt dans la journée, il avait rencontré le roi.", "fr",
     "2024-03-14", [("12 mars", "2024-03-12"), ("Plus tôt dans la journée", "2024-03-12")]),
    ("Il a parlé le 12 mars à Lomé. Il a quitté la ville la veille du sommet.", "fr", "2024-03-14",
     [("12 mars", "2024-03-12")]),
    ("王毅3月12日抵达洛美。次日，王毅会见多哥总统。", "zh", "2024-03-14",
     [("3月12日", "2024-03-12"), ("次日", "2024-03-13")]),
])
def test_the_same_day_is_the_day_the_text_gave_last(raw, language, published, expected):
    sentences, start = [], 0
    for piece in re.findall(r"[^。.]+[。.]", raw):
        begin = raw.index(piece, start)
        sentences.append(Sentence(begin, begin + len(piece), language))
        start = begin + len(piece)
    article = Article(doc_id="x", path="x.txt", sha256="", raw=raw, text=raw, sentences=tuple(sentences),
                      published=published)
    assert [(raw[d.start:d.end], d.value) for d in find_dates(article).dates] == expected
