"""Dates: a table of sentences written for these tests, French and Chinese side by side.

Each row: a full sentence, its language, the publication date (or None) and every TIMEX3 value the
sentence holds, in text order, as (value, end value). Weekdays of the publication dates used:
2025-06-16 Monday, 2025-06-19 Thursday, 2025-07-01 Tuesday, 2024-03-15 Friday, 2023-11-08 Wednesday,
2019-04-10 Wednesday, 2019-10-10 Thursday.
"""
from __future__ import annotations

import pytest

from pipeline.dates import parse_dates

D = lambda value, end=None: (value, end or value)  # noqa: E731  one date, or a range

ROWS = [
    # ---- full dates, every way of writing them
    ("Les deux chefs d'État se sont rencontrés le 3 mars 2021 à Bruxelles.", "fr", None, [D("2021-03-03")]),
    ("两国元首于2021年3月3日在布鲁塞尔会晤。", "zh", None, [D("2021-03-03")]),
    ("L'accord a été paraphé le 1er février 2016.", "fr", None, [D("2016-02-01")]),
    ("协定于二〇一六年二月一日草签。", "zh", None, [D("2016-02-01")]),
    ("Le communiqué est daté du 09/11/2022.", "fr", None, [D("2022-11-09")]),
    ("双方于2019 年 5 月 25 日签署了合作备忘录。", "zh", None, [D("2019-05-25")]),
    ("Mise en ligne : 2024-02-29, à Genève.", "fr", None, [D("2024-02-29")]),
    ("公报于２０２２年１１月９日发布。", "zh", None, [D("2022-11-09")]),
    ("LE 12 DÉCEMBRE 2018, LES MINISTRES ONT SIGNÉ LE PROTOCOLE.", "fr", None, [D("2018-12-12")]),
    ("2018年12月12日，双方部长签署了议定书。", "zh", None, [D("2018-12-12")]),
    ("La délégation est arrivée mardi 4 juin 2019 à Oulan-Bator.", "fr", None, [D("2019-06-04")]),
    ("代表团于2019年6月4日（星期二）抵达乌兰巴托。", "zh", None, [D("2019-06-04")]),
    ("Le traité de l'Élysée fut signé le 22 janvier 1963.", "fr", None, [D("1963-01-22")]),
    ("中法两国于1964年1月27日建交。", "zh", None, [D("1964-01-27")]),
    ("Le 7 sept. 2019, les ministres ont inauguré le pont.", "fr", None, [D("2019-09-07")]),
    ("2019年9月7日，两国部长为大桥剪彩。", "zh", None, [D("2019-09-07")]),
    ("Le texte, adopté le 5 fevrier 2020, entre en vigueur.", "fr", None, [D("2020-02-05")]),
    ("该文本于2020年2月5号通过。", "zh", None, [D("2020-02-05")]),
    # ---- two-digit years
    ("Le traité d'amitié a été signé le 10 novembre 93 à Moscou.", "fr", "2019-04-10", [D("1993-11-10")]),
    ("Le protocole signé le 2 avril 07, à Vienne, reste en vigueur.", "fr", "2019-04-10", [D("2007-04-02")]),
    ("Le 14 mai 20 délégués ont voté le texte.", "fr", None, [D("XXXX-05-14")]),
    ("Le ministre a signé le 10 novembre 93.", "fr", None, [D("1993-11-10")]),
    # ---- ranges
    ("Le forum s'est tenu les 14 et 15 mai 2017 à Pékin.", "fr", None, [D("2017-05-14", "2017-05-15")]),
    ("论坛于2017年5月14日至15日在北京举行。", "zh", None, [D("2017-05-14", "2017-05-15")]),
    ("Les consultations ont eu lieu du 14 au 15 mai.", "fr", "2017-05-20", [D("2017-05-14", "2017-05-15")]),
    ("磋商于5月14日至15日举行了。", "zh", "2017-05-20", [D("2017-05-14", "2017-05-15")]),
    ("Les réunions se tiendront les 8, 9 et 10 octobre 2024.", "fr", None, [D("2024-10-08", "2024-10-10")]),
    ("会议将于2024年10月8日到10日举行。", "zh", None, [D("2024-10-08", "2024-10-10")]),
    ("La conférence se tiendra entre le 2 et le 4 juillet 2026.", "fr", None, [D("2026-07-02", "2026-07-04")]),
    ("会议将于2026年7月2日—4日举行。", "zh", None, [D("2026-07-02", "2026-07-04")]),
    ("La mission a duré du 28 février au 3 mars 2022.", "fr", None, [D("2022-02-28", "2022-03-03")]),
    ("考察团于2022年2月28日至3月3日访问。", "zh", None, [D("2022-02-28", "2022-03-03")]),
    ("Le sommet a duré du 30 décembre au 2 janvier.", "fr", "2024-01-08", [D("2023-12-30", "2024-01-02")]),
    ("峰会于12月30日至1月2日举行了。", "zh", "2024-01-08", [D("2023-12-30", "2024-01-02")]),
    ("La session s'est tenue du 29 décembre 2020 au 3 janvier 2021.", "fr", None, [D("2020-12-29", "2021-01-03")]),
    ("会议于2020年12月29日至2021年1月3日举行。", "zh", None, [D("2020-12-29", "2021-01-03")]),
    ("Les ministres se sont vus le 12 mars et le 4 avril 2018.", "fr", None, [D("2018-03-12"), D("2018-04-04")]),
    ("Les négociations ont repris les 21 et 22 juin.", "fr", None, [D("XXXX-06-21", "XXXX-06-22")]),
    ("谈判于6月21日至22日恢复。", "zh", None, [D("XXXX-06-21", "XXXX-06-22")]),
    ("Les entretiens se sont tenus les 14 et 15 mai.", "fr", "2025-06-10", [D("2025-05-14", "2025-05-15")]),
    ("会谈于本月14日至15日举行了。", "zh", "2025-06-20", [D("2025-06-14", "2025-06-15")]),
    ("会谈于14日至15日举行了。", "zh", "2025-06-20", [D("2025-06-14", "2025-06-15")]),
    # ---- month and year, year alone, precision kept
    ("Les deux pays ont normalisé leurs relations en septembre 2019.", "fr", None, [D("2019-09")]),
    ("两国于2019年9月实现关系正常化。", "zh", None, [D("2019-09")]),
    ("La coopération a commencé en 2019.", "fr", None, [D("2019")]),
    ("合作始于2019年。", "zh", None, [D("2019")]),
    ("Fin mars 2022, le ministre s'est rendu à Tachkent.", "fr", None, [D("2022-03")]),
    ("二〇二二年三月，部长访问了塔什干。", "zh", None, [D("2022-03")]),
    ("La guerre froide a pris fin en 1991 selon l'historien.", "fr", None, [D("1991")]),
    ("双方早在1945年就开始合作。", "zh", None, [D("1945")]),
    # ---- a month of a year left unsaid
    ("Les ministres se retrouveront en septembre à Genève.", "fr", "2019-06-10", [D("2019-09")]),
    ("部长们将于9月在日内瓦再次会面。", "zh", "2019-06-10", [D("2019-09")]),
    ("Les ministres s'étaient déjà retrouvés en septembre à Genève.", "fr", "2019-06-10", [D("2018-09")]),
    ("部长们去年9月曾在日内瓦会面。", "zh", "2019-06-10", [D("2018-09")]),
    ("Fin mars, le président a reçu son homologue kazakh.", "fr", "2019-04-10", [D("2019-03")]),
    ("3月底，主席会见了哈萨克斯坦总统。", "zh", "2019-04-10", [D("2019-03")]),
    ("Le chantier sera achevé fin mars.", "fr", "2019-04-10", [D("2020-03")]),
    ("项目将于9月底完工。", "zh", "2025-04-14", [D("2025-09")]),
    ("Le sommet se tiendra en juillet.", "fr", "2025-04-14", [D("2025-07")]),
    ("峰会将于7月举行。", "zh", "2025-04-14", [D("2025-07")]),
    ("Les accords ont été signés en mai dernier.", "fr", "2025-04-14", [D("2024-05")]),
    ("双方5月份签署了协议。", "zh", "2025-06-14", [D("2025-05")]),
    ("EN SEPTEMBRE, LE FORUM A RÉUNI DIX PAYS.", "fr", "2023-11-08", [D("2023-09")]),
    ("9月初，论坛吸引了十个国家参加。", "zh", "2023-11-08", [D("2023-09")]),
    ("Le président se rendra à Pékin mi-octobre.", "fr", "2023-11-08", [D("2024-10")]),
    # a plan told in a past sentence lies ahead: "prévoyant de", "envisagent de"
    ("Les ministres se sont quittés lundi, prévoyant de se revoir mi-décembre à Oslo.", "fr",
     "2023-11-08", [D("2023-11-06"), D("2023-12")]),
    ("Ils ont conclu leurs travaux, et envisagent de reprendre les discussions en janvier.", "fr",
     "2023-11-08", [D("2024-01")]),
    ("主席将于10月中旬访问北京。", "zh", "2023-11-08", [D("2024-10")]),
    ("Depuis janvier, les échanges ont doublé.", "fr", "2023-11-08", [D("2023-01")]),
    ("Un accord doit être conclu d'ici fin juin.", "fr", "2023-11-08", [D("2024-06")]),
    ("Le festival aura lieu en septembre prochain.", "fr", "2023-11-08", [D("2024-09")]),
    ("Le festival s'est tenu en septembre.", "fr", None, [D("XXXX-09")]),
    ("音乐节于9月举行了。", "zh", None, [D("XXXX-09")]),
    ("Le ministre viendra le 26 septembre.", "fr", None, [D("XXXX-09-26")]),
    ("部长将于9月26日来访。", "zh", None, [D("XXXX-09-26")]),
    # ---- a month-day placed by "dernier"/"prochain" and by the tense
    ("Le sommet s'est tenu le 26 septembre dernier à New York.", "fr", "2019-04-10", [D("2018-09-26")]),
    ("Le sommet s'est tenu le 26 septembre dernier à New York.", "fr", "2019-10-10", [D("2019-09-26")]),
    ("Le sommet se tiendra le 26 septembre prochain à New York.", "fr", "2019-10-10", [D("2020-09-26")]),
    ("Le sommet se tiendra le 26 septembre prochain à New York.", "fr", "2019-04-10", [D("2019-09-26")]),
    ("Le défilé du 14 juillet dernier a réuni les deux présidents.", "fr", "2025-04-10", [D("2024-07-14")]),
    ("Le président a assisté au défilé le 14 juillet.", "fr", "2025-04-10", [D("2024-07-14")]),
    ("7月14日，主席出席了阅兵式。", "zh", "2025-04-10", [D("2024-07-14")]),
    ("Le président assistera au défilé le 14 juillet.", "fr", "2025-04-10", [D("2025-07-14")]),
    ("主席将于7月14日出席阅兵式。", "zh", "2025-04-10", [D("2025-07-14")]),
    ("Le sommet s'est tenu le 20 décembre.", "fr", "2024-01-05", [D("2023-12-20")]),
    ("峰会于12月20日举行了。", "zh", "2024-01-05", [D("2023-12-20")]),
    ("Le sommet se tiendra le 10 janvier.", "fr", "2023-12-20", [D("2024-01-10")]),
    ("峰会将于1月10日举行。", "zh", "2023-12-20", [D("2024-01-10")]),
    ("Les deux pays doivent conclure un accord d'ici le 30 juin.", "fr", "2019-07-10", [D("2020-06-30")]),
    ("Les parties ont jusqu'au 15 janvier pour répondre, a-t-il rappelé.", "fr", "2023-12-20", [D("2024-01-15")]),
    ("Depuis le 3 mai, les vols ont repris.", "fr", "2023-12-20", [D("2023-05-03")]),
    # ---- a day of the publication month (Chinese)
    ("习近平20日晚抵达莫斯科。", "zh", "2025-06-21", [D("2025-06-20")]),
    ("李强4日在上海会见了外宾。", "zh", "2025-06-05", [D("2025-06-04")]),
    # a day range before the preposition of a visit's country, a day before a verb of saying
    ("委员长12日至15日对葡萄牙进行正式友好访问。", "zh", "2025-03-16", [D("2025-03-12", "2025-03-15")]),
    ("Le président du Parlement effectue du 12 au 15 mars une visite officielle au Portugal.", "fr", "2025-03-16",
     [D("2025-03-12", "2025-03-15")]),
    ("两国外长9日应约通电话。", "zh", "2025-03-10", [D("2025-03-09")]),
    ("今天（4月14日），两国外长举行了会谈。", "zh", "2025-04-14", [D("2025-04-14")]),
    ("Aujourd'hui (14 avril), les deux ministres se sont entretenus.", "fr", "2025-04-14", [D("2025-04-14")]),
    ("外长将于25日下午抵达北京。", "zh", "2025-06-19", [D("2025-06-25")]),
    ("外长于28日抵达北京。", "zh", "2025-07-02", [D("2025-06-28")]),
    ("外长将于3日抵达北京。", "zh", "2025-06-28", [D("2025-07-03")]),
    ("部长13日同法国外长举行了会谈。", "zh", None, [D("XXXX-XX-13")]),
    ("双方签署了3项协议，有效期为30日内。", "zh", "2025-06-19", []),
    # ---- weekdays
    ("Les deux ministres se sont rencontrés vendredi à Paris.", "fr", "2025-07-01", [D("2025-06-27")]),
    ("两国外长周五在巴黎举行了会晤。", "zh", "2025-07-01", [D("2025-06-27")]),
    ("Les deux ministres se rencontreront vendredi à Paris.", "fr", "2025-07-01", [D("2025-07-04")]),
    ("两国外长将于周五在巴黎会晤。", "zh", "2025-07-01", [D("2025-07-04")]),
    ("DIMANCHE, LE PRÉSIDENT A REÇU SON HOMOLOGUE.", "fr", "2019-04-10", [D("2019-04-07")]),
    ("星期日，主席会见了到访的总统。", "zh", "2019-04-10", [D("2019-04-07")]),
    ("Ce lundi, le président reçoit son homologue à l'Élysée.", "fr", "2025-06-16", [D("2025-06-16")]),
    ("本周一，主席在北京会见了到访的总统。", "zh", "2025-06-16", [D("2025-06-16")]),
    ("Le président recevra son homologue samedi.", "fr", "2025-06-19", [D("2025-06-21")]),
    ("主席将于周六会见到访的总统。", "zh", "2025-06-19", [D("2025-06-21")]),
    ("Le président recevra son homologue jeudi.", "fr", "2025-06-19", [D("2025-06-19")]),
    ("Le ministre s'est rendu à Rome mardi dernier.", "fr", "2025-07-01", [D("2025-06-24")]),
    ("Le ministre se rendra à Rome lundi prochain.", "fr", "2025-07-01", [D("2025-07-07")]),
    ("部长将于下周一前往罗马。", "zh", "2025-07-01", [D("2025-07-07")]),
    ("上周五，双方举行了会谈。", "zh", "2025-07-01", [D("2025-06-27")]),
    ("Le président a affirmé lundi que la coopération progressera.", "fr", "2025-07-01", [D("2025-06-30")]),
    # a past conditional ("aurait fait", reported) is past, not the future "aura"
    ("Le ministre aurait rencontré son homologue en mai à Genève.", "fr", "2024-08-20", [D("2024-05")]),
    ("外长週三抵達北京。", "zh", "2025-06-20", [D("2025-06-18")]),
    ("外长上週三抵達北京。", "zh", "2025-06-20", [D("2025-06-11")]),
    ("上上周五，双方举行了会谈。", "zh", "2025-06-20", [D("2025-06-06")]),
    # the future of what was said after the talks is not the talks': "7月初" before August is July
    ("总统7月初在安卡拉与对方会晤时称，将放宽出口限制。", "zh", "2026-08-01", [D("2026-07")]),
    ("外长3月底在河内同越方会谈时表示，双方将扩大贸易。", "zh", "2025-04-10", [D("2025-03")]),
    ("Mercredi, les ministres ont signé trois accords.", "fr", "2023-11-08", [D("2023-11-08")]),
    ("星期三，部长们签署了三项协议。", "zh", "2023-11-08", [D("2023-11-08")]),
    # ---- weeks
    ("上週，雙方舉行了會談。", "zh", "2025-06-20", [D("2025-06-09", "2025-06-15")]),
    ("上上周，双方举行了会谈。", "zh", "2025-06-20", [D("2025-06-02", "2025-06-08")]),
    ("下周，双方将举行会谈。", "zh", "2025-06-20", [D("2025-06-23", "2025-06-29")]),
    ("La semaine dernière, les deux parties se sont entretenues.", "fr", "2025-06-20", [D("2025-06-09", "2025-06-15")]),
    ("Les deux parties se verront la semaine prochaine.", "fr", "2025-06-20", [D("2025-06-23", "2025-06-29")]),
    # ---- days relative to publication
    ("Hier, le ministre a reçu son homologue.", "fr", "2024-03-15", [D("2024-03-14")]),
    ("昨天，部长会见了到访的外长。", "zh", "2024-03-15", [D("2024-03-14")]),
    ("Le ministre recevra son homologue après-demain.", "fr", "2024-03-15", [D("2024-03-17")]),
    ("外長後天將抵達北京。", "zh", "2025-06-20", [D("2025-06-22")]),
    ("Avant-hier, les ministres ont signé la déclaration.", "fr", "2024-03-15", [D("2024-03-13")]),
    ("前天，部长们签署了宣言。", "zh", "2024-03-15", [D("2024-03-13")]),
    ("AUJOURD’HUI, LE FORUM S'OUVRE À PÉKIN.", "fr", "2024-03-15", [D("2024-03-15")]),
    ("今日，论坛在北京开幕。", "zh", "2024-03-15", [D("2024-03-15")]),
    ("Selon le journal Demain matin, rien n'est décidé.", "fr", None, []),
    ("据今日头条报道，双方举行了会谈。", "zh", "2025-06-20", []),
    ("明天的峰会将讨论贸易问题。", "zh", "2025-06-20", [D("2025-06-21")]),
    ("Le sommet de demain portera sur le commerce.", "fr", "2025-06-20", [D("2025-06-21")]),
    # ---- months and years relative to publication
    ("Le Kazakhstan accueillera le sommet l'an prochain.", "fr", "2024-07-03", [D("2025")]),
    ("哈萨克斯坦明年将主办峰会。", "zh", "2024-07-03", [D("2025")]),
    ("L’année dernière, les échanges ont progressé de 10 %.", "fr", "2024-07-03", [D("2023")]),
    ("去年，双边贸易增长了10%。", "zh", "2024-07-03", [D("2023")]),
    ("Cette année, les deux pays célèbrent leur amitié.", "fr", "2024-07-03", [D("2024")]),
    ("今年，两国庆祝建交。", "zh", "2024-07-03", [D("2024")]),
    ("Le dialogue reprendra le mois prochain.", "fr", "2024-12-03", [D("2025-01")]),
    ("对话将于下个月恢复。", "zh", "2024-12-03", [D("2025-01")]),
    ("Le mois dernier, les ministres se sont vus à Rome.", "fr", "2024-01-03", [D("2023-12")]),
    ("上個月，部長們在羅馬會面。", "zh", "2024-01-03", [D("2023-12")]),
    ("Il y a 10 ans, les deux pays établissaient un partenariat.", "fr", "2023-03-22", [D("2013")]),
    ("10年前，两国建立了伙伴关系。", "zh", "2023-03-22", [D("2013")]),
    ("前年，双方签署了协议。", "zh", "2024-03-22", [D("2022")]),
    # ---- numbers that are no dates
    ("Les deux pays ont signé sept documents.", "fr", "2023-05-19", []),
    ("两国签署了七份文件。", "zh", "2023-05-19", []),
    ("Le forum a réuni 2 019 participants et 1 500 entreprises.", "fr", "2023-05-19", []),
    ("论坛吸引了2019名代表和1500家企业。", "zh", "2023-05-19", []),
    ("Le projet coûtera 2030 euros par habitant.", "fr", "2023-05-19", []),
    ("双方讨论了3个月的合作计划。", "zh", "2023-05-19", []),
    ("Le plan couvre les années 1990 à venir, dit-il, sans plus.", "fr", None, [D("1990")]),
    ("双方回顾了上世纪90年代的合作。", "zh", None, []),
    ("Le président, âgé de 71 ans, a reçu 30 ministres.", "fr", "2023-05-19", []),
    ("第十五次会议吸引了二十国代表。", "zh", "2023-05-19", []),
]


@pytest.mark.parametrize("text, language, published, expected", ROWS, ids=[f"{r[1]}-{i}" for i, r in enumerate(ROWS)])
def test_dates_table(text, language, published, expected):
    assert [(d.value, d.end_value) for d in parse_dates(text, language, published)] == expected


def test_the_table_is_large_and_bilingual():
    assert len(ROWS) >= 150
    assert {r[1] for r in ROWS} == {"fr", "zh"}
