"""Cleaning: furniture blanked with offsets kept, title and publication date from the date line."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.cleaning import clean
from pipeline.records import Article

BODY_FR = "Le président chinois a rencontré lundi son homologue kazakh à Astana pour des entretiens.\n"
BODY_ZH = "国家主席习近平5月17日在西安同哈萨克斯坦总统举行会谈。\n"


def article(raw: str, path: str = "x.txt") -> Article:
    return Article(doc_id="x", path=path, sha256="", raw=raw, text=raw)


@pytest.mark.parametrize("date_line, published", [
    ("Mise à jour:2018-11-30 | french.china.org.cn", "2018-11-30"),
    ("French.news.cn | 2023-05-19 à 22:33", "2023-05-19"),
    ("  ·  2025-06-17  ·   Source: Xinhua", "2025-06-17"),
    ("《新闻联播》 (20230519)", "2023-05-19"),
    ("2023年5月19日 10:21", "2023-05-19"),
    ("Publié le 19/05/2023", "2023-05-19"),
    ("2019-08-25", "2019-08-25"),
    ("Publié le 3 juin 2021 à 10h", "2021-06-03"),
])
def test_the_date_line_gives_the_publication_date(date_line, published):
    for body in (BODY_FR, BODY_ZH):
        cleaned = clean(article(f"Un titre d'article\n{date_line}\n\n{body}"))
        assert cleaned.published == published
        assert cleaned.published_source == "date line"
        assert cleaned.title == "Un titre d'article"


def test_a_date_inside_a_story_sentence_is_not_the_publication_date():
    raw = ("Titre\n\nLe forum s'est tenu le 14 mai 2017 à Pékin et a réuni des dirigeants venus de "
           "nombreux pays pour discuter de coopération.\n")
    assert clean(article(raw)).published is None


def test_a_sidecar_date_is_not_overridden_by_the_date_line():
    a = article(f"Titre\n2020-01-01\n\n{BODY_FR}")
    from dataclasses import replace
    a = replace(a, published="2020-02-02", published_source="meta")
    assert clean(a).published == "2020-02-02"


@pytest.mark.parametrize("furniture", [
    "Lire aussi:", "Mots-clés: Chine, Kazakhstan", "(Xinhua/Huang Jingwen)", "（新华社记者 王晔 摄）",
    "Copyright © 2000- XINHUANET.com All rights reserved.", "Communiqué envoyé le et diffusé par :",
    "Accueil Chine Monde Economie Culture Environnement", "责任编辑：王小明", "京ICP备08005356号-3",
])
def test_page_furniture_is_blanked(furniture):
    raw = f"Titre de l'article\n\n{BODY_FR}\n{furniture}\n\n{BODY_FR}"
    cleaned = clean(article(raw))
    assert furniture.strip() not in cleaned.text
    assert BODY_FR.strip() in cleaned.text
    assert len(cleaned.text) == len(raw)


def test_related_links_trailer_is_dropped():
    raw = f"Titre\n\n{BODY_FR * 5}\nLire aussi:\nLe sommet de Paris aura lieu en 2030 avec tous les pays\n"
    cleaned = clean(article(raw))
    assert "2030" not in cleaned.text and BODY_FR.strip() in cleaned.text


def test_html_markup_and_scripts_are_blanked_and_the_title_found():
    raw = ("<html><head><title>Xi reçoit Tokaïev</title><script>var a = 'sommet';</script></head>"
           "<body><nav><a href='/'>Accueil</a></nav><p>Le président chinois a reçu le président "
           "kazakh&nbsp;à Pékin.</p><p>Les deux chefs d&#39;Etat ont signé des accords.</p></body></html>")
    cleaned = clean(article(raw, path="page.html"))
    assert cleaned.title == "Xi reçoit Tokaïev"
    assert "script" not in cleaned.text and "var a" not in cleaned.text and "Accueil" not in cleaned.text
    assert "Le président chinois a reçu le président kazakh" in cleaned.text
    assert "chefs d'" in cleaned.text and "Etat ont signé des accords." in cleaned.text
    assert len(cleaned.text) == len(raw)


def _offsets_kept(raw: str, text: str) -> bool:
    return len(text) == len(raw) and all(c == raw[i] or c in " \n" or raw[i] == "&"
                                         for i, c in enumerate(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_cleaning_keeps_every_offset_on_arbitrary_text(raw):
    cleaned = clean(article(raw))
    assert len(cleaned.text) == len(raw)
    assert all(c == raw[i] or c in " \n" for i, c in enumerate(cleaned.text))


TAGS = st.sampled_from(["<p>", "</p>", "<div class='x'>", "</div>", "<br/>", "<script>x=1</script>",
                        "&amp;", "&nbsp;", "<!-- c -->", "<a href='u'>", "</a>"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(TAGS, st.text(alphabet="abcé 中文.\n", max_size=20)), max_size=30))
def test_cleaning_keeps_every_offset_on_generated_html(parts):
    raw = "<html><body>" + "".join(parts) + "</body></html>"
    cleaned = clean(article(raw, path="p.html"))
    assert _offsets_kept(raw, cleaned.text)
