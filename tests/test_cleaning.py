"""Cleaning: furniture blanked with offsets kept, title and publication date from the date line."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.cleaning import clean, rules
from pipeline.langdata import LANG_DIR, RESOURCES_DIR
from pipeline.records import Article

BODY_FR = "Le président chinois a rencontré lundi son homologue kazakh à Astana pour des entretiens.\n"
BODY_ZH = "国家主席习近平5月17日在西安同哈萨克斯坦总统举行会谈。\n"


def article(raw: str, path: str = "x.txt") -> Article:
    return Article(doc_id="x", path=path, sha256="", raw=raw, text=raw)


def offsets_kept(raw: str, text: str) -> bool:
    """Same length, every non-space character of text is raw's at that offset, line breaks kept."""
    return len(text) == len(raw) and all(
        (c == raw[i] or c.isspace()) and (raw[i] != "\n" or c == "\n") for i, c in enumerate(text))


@pytest.mark.parametrize("date_line, published", [
    ("Mise à jour:2018-11-30 | french.china.org.cn", "2018-11-30"),
    ("French.news.cn | 2023-05-19 à 22:33", "2023-05-19"),
    ("\xa0\xa0·\xa0\xa02025-06-17\xa0\xa0·\xa0\xa0 Source: Xinhua", "2025-06-17"),
    ("《新闻联播》 (20230519)", "2023-05-19"),
    ("2023年5月19日 10:21", "2023-05-19"),
    ("2023年05月19日10:21  来源：新华网", "2023-05-19"),
    ("Publié le 19/05/2023", "2023-05-19"),
    ("Publié le 19.05.2023 à 08h15", "2023-05-19"),
    ("2019-08-25", "2019-08-25"),
    ("Publié le 3 juin 2021 à 10h", "2021-06-03"),
    ("Par Jeanne Martin, le 1er mai 2023", "2023-05-01"),
    ("Updated: May 19, 2023 10:21 GMT", "2023-05-19"),
])
@pytest.mark.parametrize("body", [BODY_FR, BODY_ZH])
def test_the_date_line_gives_the_publication_date_and_is_blanked(date_line, published, body):
    raw = f"Un titre d'article\n{date_line}\n\n{body}"
    cleaned = clean(article(raw))
    assert cleaned.published == published
    assert cleaned.published_source == "date line"
    assert cleaned.title == "Un titre d'article" and cleaned.title_start == 0
    assert date_line.strip() not in cleaned.text and body.strip() in cleaned.text


@pytest.mark.parametrize("body", [BODY_FR, BODY_ZH])
def test_a_line_that_is_only_a_date_counts_even_after_the_header(body):
    raw = "Titre\n\n" + body * 20 + "\n2022-03-04 16:30\n"
    assert clean(article(raw)).published == "2022-03-04"


@pytest.mark.parametrize("raw", [
    "Titre\n\nLe forum s'est tenu le 14 mai 2017 à Pékin et a réuni des dirigeants venus de nombreux pays "
    "pour discuter de coopération et de commerce.\n",
    "标题\n\n2017年5月14日至15日，首届“一带一路”国际合作高峰论坛在北京举行，来自多个国家的领导人出席了会议并发表讲话。\n",
    "Titre\n\n" + BODY_FR * 16 + "Le sommet a eu lieu le 14 mai 2017 selon les organisateurs qui l'ont annoncé.\n",
])
def test_a_date_inside_a_story_sentence_is_not_the_publication_date(raw):
    assert clean(article(raw)).published is None


def test_a_sidecar_date_is_not_overridden_by_the_date_line():
    a = replace(article(f"Titre\n2020-01-01\n\n{BODY_FR}"), published="2020-02-02", published_source="meta")
    cleaned = clean(a)
    assert cleaned.published == "2020-02-02" and cleaned.published_source == "meta"


@pytest.mark.parametrize("furniture", [
    "Lire aussi:", "Mots-clés: Chine, Kazakhstan", "Mots-clés:", "(Xinhua/Huang Jingwen)", "（新华社记者 王晔 摄）",
    "Copyright © 2000- XINHUANET.com All rights reserved.", "Communiqué envoyé le et diffusé par :",
    "Accueil Chine Monde Economie Culture Environnement", "Accueil >> Monde", "Chine | Monde | Culture | Sport",
    "责任编辑：王小明", "京ICP备08005356号-3", "相关新闻：", "Tous droits réservés © 2023 Le Journal",
    "Contenu publié sous licence Creative Commons CC BY-SA 4.0", "https://french.news.cn/20230519/abc.html",
    "Suivez-nous sur", "分享到：", "Liens:",
])
def test_page_furniture_is_blanked(furniture):
    raw = f"Titre de l'article\n\n{BODY_FR}\n{furniture}\n\n{BODY_ZH}{BODY_FR * 4}"
    cleaned = clean(article(raw))
    assert furniture.strip() not in cleaned.text
    assert BODY_FR.strip() in cleaned.text and BODY_ZH.strip() in cleaned.text
    assert offsets_kept(raw, cleaned.text)


@pytest.mark.parametrize("inline, kept", [
    ("La cérémonie a eu lieu à Astana. (Xinhua/Li Xueren)", "La cérémonie a eu lieu à Astana."),
    ("两国元首出席签字仪式。（新华社记者 李学仁 摄）", "两国元首出席签字仪式。"),
])
def test_a_photo_credit_after_a_sentence_is_blanked_and_the_sentence_kept(inline, kept):
    raw = f"Titre\n\n{BODY_FR}{inline}\n"
    text = clean(article(raw)).text
    assert kept in text and "摄" not in text and "Xueren" not in text


@pytest.mark.parametrize("line", [
    "China And Kazakhstan Sign New Agreements In Astana",
    "Emmanuel Macron reçoit Xi Jinping à l'Elysée",
    "Bernard Dupont Interpelle Emmanuel Macron",
    "习近平 托卡耶夫 会谈 签署 联合声明 两国 元首",
])
def test_a_headline_of_names_is_not_taken_for_a_menu(line):
    cleaned = clean(article(f"{line}\n2023-05-19\n\n{BODY_FR}"))
    assert cleaned.title == line and line in cleaned.text


@pytest.mark.parametrize("raw, title", [
    ("Le Journal\nSujets : Politique, Monde\n\nXi Jinping reçu à Paris\n\n" + BODY_FR, "Xi Jinping reçu à Paris"),
    ("Sommet Chine-Asie centrale à Xi'an - Xinhua - french.news.cn\n\n" + BODY_FR, "Sommet Chine-Asie centrale à Xi'an"),
    ("中国－中亚峰会在西安开幕_新华网\n\n" + BODY_ZH, "中国－中亚峰会在西安开幕"),
    ("Accueil | Monde | Chine\nhttps://example.org/a\n\nLe forum de Pékin s'ouvre\n" + BODY_FR, "Le forum de Pékin s'ouvre"),
])
def test_the_title_skips_mastheads_menus_and_site_names(raw, title):
    cleaned = clean(article(raw))
    assert cleaned.title == title
    assert raw[cleaned.title_start:cleaned.title_start + len(title)] == title


def test_a_bare_date_line_in_the_trailer_dates_the_article_and_the_trailer_stays_blank():
    raw = f"Titre\n\n{BODY_FR * 5}\nLire aussi:\nAccueil Chine Monde Economie\n2023-05-19\n"
    cleaned = clean(article(raw))
    assert cleaned.published == "2023-05-19"
    assert "Accueil" not in cleaned.text and "2023" not in cleaned.text


def test_a_dated_related_link_is_not_the_publication_date():
    raw = f"Titre\n\n{BODY_FR * 5}\nLire aussi:\n2023-05-10 | Un autre sommet à Pékin\n"
    assert clean(article(raw)).published is None


def test_related_links_trailer_is_dropped():
    raw = f"Titre\n\n{BODY_FR * 5}\nLire aussi:\nLe sommet de Paris aura lieu en 2030 avec tous les pays\n"
    cleaned = clean(article(raw))
    assert "2030" not in cleaned.text and BODY_FR.strip() in cleaned.text


def test_a_related_links_marker_early_in_the_text_does_not_drop_the_story():
    raw = f"Titre\n\nLire aussi:\n{BODY_FR * 5}"
    assert clean(article(raw)).text.count(BODY_FR.strip()) == 5


def test_html_markup_and_scripts_are_blanked_and_the_title_found():
    raw = ("<html><head><title>Xi reçoit Tokaïev - Xinhua</title><script>var a = 'sommet';</script></head>"
           "<body><nav><a href='/'>Accueil</a></nav><p>Le président chinois a reçu le président "
           "kazakh&nbsp;à Pékin.</p><p>Les deux chefs d&#39;Etat ont signé des accords.</p></body></html>")
    cleaned = clean(article(raw, path="page.html"))
    assert cleaned.title == "Xi reçoit Tokaïev"
    assert raw[cleaned.title_start:].startswith("Xi reçoit Tokaïev")
    assert "script" not in cleaned.text and "var a" not in cleaned.text and "Accueil" not in cleaned.text
    assert "Le président chinois a reçu le président kazakh" in cleaned.text
    assert "chefs d     Etat ont signé des accords." in cleaned.text  # the entity blanked, not decoded
    assert offsets_kept(raw, cleaned.text)


def test_html_paragraphs_become_separate_lines_and_h1_is_the_title():
    raw = ("<html><body><h1>Le <b>sommet</b> de Xi'an</h1><p>Premier paragraphe sur le sommet.</p>"
           "<p>第二段落讲述峰会。</p></body></html>")
    cleaned = clean(article(raw, path="page.htm"))
    assert cleaned.title == "Le sommet de Xi'an"
    lines = [line.split() for line in cleaned.text.split("\n") if line.strip()]
    assert lines == [["Le", "sommet", "de", "Xi'an"], ["Premier", "paragraphe", "sur", "le", "sommet."], ["第二段落讲述峰会。"]]


def test_every_cleaning_pattern_compiles_and_every_language_file_has_a_doc():
    assert rules().date_patterns and rules().furniture_line.search("Lire aussi")
    for path in [RESOURCES_DIR / "cleaning.json", *LANG_DIR.glob("*/cleaning.json")]:
        assert "_doc" in json.loads(path.read_text(encoding="utf-8")), path


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_cleaning_keeps_every_offset_on_arbitrary_text(raw):
    cleaned = clean(article(raw))
    assert offsets_kept(raw, cleaned.text)
    assert all(c in (raw[i], " ") for i, c in enumerate(cleaned.text))  # no line break added in plain text
    if cleaned.title:
        assert raw[cleaned.title_start:].startswith(cleaned.title[:1])


LINES = st.sampled_from(["Lire aussi:", "2023-05-19", "Accueil >> Monde", "(Xinhua/Li Xueren)", "责任编辑：王", "",
                         "《新闻联播》 (20230519)", "Mots-clés: Chine", "Le sommet s'est tenu à Pékin."])
TAGS = st.sampled_from(["<p>", "</p>", "<div class='x'>", "</div>", "<br/>", "<script>x=1</script>", "<h1>", "</h1>",
                        "&amp;", "&nbsp;", "&#39;", "&#x4e2d;", "<!-- c -->", "<a href='u'>", "</a>", "<style>p{}</style>",
                        "<title>", "</title>", "<nav>", "</nav>", "<", ">", "&"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LINES.map(lambda line: line + "\n"), st.text(max_size=30)), max_size=20))
def test_cleaning_keeps_every_offset_on_text_with_furniture_lines(parts):
    raw = "".join(parts)
    assert offsets_kept(raw, clean(article(raw)).text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(TAGS, st.text(alphabet="abcé 中文.<>&;\n", max_size=20)), max_size=30))
def test_cleaning_keeps_every_offset_on_generated_html(parts):
    raw = "<html><body>" + "".join(parts) + "</body></html>"
    cleaned = clean(article(raw, path="p.html"))
    assert offsets_kept(raw, cleaned.text)
    assert "<p>" not in cleaned.text and "<br/>" not in cleaned.text and "x=1" not in cleaned.text


@pytest.mark.parametrize("page", [
    "<h1>" * 125_000,  # 500 KB of unclosed headings: 440 KB took 222 s
    "<html><body><h1>" + "mot " * 125_000,
    "<title>" * 70_000 + "<h1 class='x'>" * 20_000,
], ids=["unclosed-h1", "h1-then-text", "unclosed-title-and-h1"])
def test_unclosed_headings_are_cleaned_in_linear_time(page):
    import time

    began = time.perf_counter()
    cleaned = clean(article(page, "x.html"))
    assert time.perf_counter() - began < 20
    assert offsets_kept(page, cleaned.text)


def test_the_title_is_the_first_closed_h1_after_unclosed_ones():
    page = "<html><body><h1>pas fermé <h1 class='t'>Le vrai titre</h1><p>Texte.</p>"
    cleaned = clean(article(page, "x.html"))
    assert cleaned.title == "pas fermé Le vrai titre"
