"""Languages: blocks, sentences and the document's languages, on paragraphs written here."""
from __future__ import annotations

import pytest

from pipeline.languages import _detector, detect_languages, identify, split_sentences
from pipeline.records import Article

FR = ("Le président chinois Xi Jinping a reçu lundi à Pékin son homologue kazakh. Les deux dirigeants "
      "ont signé plusieurs accords de coopération économique.")
ZH = "国家主席习近平在人民大会堂同哈萨克斯坦总统举行会谈。两国元首共同见证了多项合作文件的签署。"
EN = "The Chinese president met his Kazakh counterpart in Beijing on Monday and both leaders signed several agreements."
RU = "Президент Китая встретился в понедельник в Пекине со своим казахстанским коллегой и подписал соглашения."


def detect(raw: str, languages=("fr", "zh", "en", "ru"), text: str | None = None) -> Article:
    article = Article(doc_id="x", path="x.txt", sha256="", raw=raw, text=raw if text is None else text)
    return detect_languages(article, languages=languages)


@pytest.mark.parametrize("text, language", [(FR, "fr"), (ZH, "zh"), (EN, "en"), (RU, "ru")])
def test_each_language_is_identified(text, language):
    a = detect(text)
    assert a.languages == (language,)
    assert [b.language for b in a.blocks] == [language]
    assert {s.language for s in a.sentences} == {language}


def test_a_french_and_chinese_file_has_blocks_of_both_in_order():
    raw = f"{FR}\n\n{ZH}\n"
    a = detect(raw)
    assert a.languages == ("fr", "zh")
    assert [b.language for b in a.blocks] == ["fr", "zh"]
    assert raw[a.blocks[1].start:a.blocks[1].end] == ZH


def test_a_chinese_then_french_file_lists_languages_in_order_of_appearance():
    assert detect(f"{ZH}\n{FR}\n").languages == ("zh", "fr")


def test_adjacent_paragraphs_of_one_language_merge_into_one_block():
    raw = f"{FR}\n\n{FR}\n{ZH}\n{ZH}\n"
    a = detect(raw)
    assert [(b.language, raw[b.start:b.end]) for b in a.blocks] == [("fr", f"{FR}\n\n{FR}"), ("zh", f"{ZH}\n{ZH}")]


def test_a_chinese_name_in_a_french_article_does_not_make_it_bilingual():
    a = detect(f"{FR}\n\n习近平\n\n{FR}")
    assert a.languages == ("fr",)
    assert [b.language for b in a.blocks] == ["fr", "zh", "fr"]


@pytest.mark.parametrize("headline", [
    "Marine Dupont en visite à la Trump Tower",
    "Benjamin Martin : de Secret Story à Hold Up",
])
def test_a_french_headline_full_of_english_names_follows_the_story(headline):
    a = detect(f"{headline}\n\n{FR}\n{FR}")
    assert a.languages == ("fr",) and [b.language for b in a.blocks] == ["fr"]


def test_an_english_quote_between_french_paragraphs_keeps_its_language():
    a = detect(f"{FR}\n{EN}\n{FR}")
    assert [b.language for b in a.blocks] == ["fr", "en", "fr"] and a.languages == ("fr", "en")


def test_a_short_paragraph_takes_its_neighbours_language():
    a = detect(f"Astana\n{FR}\n(suite)\n{ZH}")
    assert [b.language for b in a.blocks] == ["fr", "zh"]


def test_blanked_furniture_makes_no_block_or_sentence():
    raw = f"Accueil Chine Monde Economie\n{FR}\n"
    text = " " * len("Accueil Chine Monde Economie") + raw[len("Accueil Chine Monde Economie"):]
    a = detect(raw, text=text)
    assert a.blocks[0].start == raw.index(FR)
    assert all(s.start >= raw.index(FR) for s in a.sentences)


def test_a_language_outside_the_configured_set_is_not_forced_into_one():
    a = detect(RU, languages=("fr", "zh"))
    assert "ru" not in a.languages and "zh" not in a.languages


def test_the_detector_is_built_once_per_language_set():
    identify(FR, ("fr", "en"))
    before = _detector.cache_info()
    identify(EN, ("fr", "en"))
    assert _detector.cache_info().hits == before.hits + 1 and _detector.cache_info().misses == before.misses


@pytest.mark.parametrize("raw, expected", [
    ("M. Xi a reçu M. Tokaïev. Ils ont parlé.", ["M. Xi a reçu M. Tokaïev.", "Ils ont parlé."]),
    ("Il était à Hong Kong.Le lendemain, il est parti.", ["Il était à Hong Kong.", "Le lendemain, il est parti."]),
    ("Le traité expire en 2021.Mais Pékin refuse.", ["Le traité expire en 2021.", "Mais Pékin refuse."]),
    ('Il a parlé de "paix"."Nous sommes prêts", a-t-il dit.', ['Il a parlé de "paix".', '"Nous sommes prêts", a-t-il dit.']),
    ("Le taux a atteint 1.5 point. Puis il a baissé.", ["Le taux a atteint 1.5 point.", "Puis il a baissé."]),
    ("« Nous sommes prêts. » Il l'a dit.", ["« Nous sommes prêts. »", "Il l'a dit."]),
    ("Mme Martin et le Dr Petit sont venus, av. Foch. Ils sont partis.", ["Mme Martin et le Dr Petit sont venus, av. Foch.",
                                                                        "Ils sont partis."]),
    ("Fondée en 52 av. J.-C. la ville est ancienne. J. Dupont l'a dit.", ["Fondée en 52 av. J.-C. la ville est ancienne.",
                                                                          "J. Dupont l'a dit."]),
    ("Où va-t-il ? Personne ne sait… Vraiment !", ["Où va-t-il ?", "Personne ne sait…", "Vraiment !"]),
    ("Voir french.news.cn pour la suite.", ["Voir french.news.cn pour la suite."]),
    # paragraphs run together by the scraper: an elided article, a quote with no full stop
    ("Il a répondu en sceptique.L'accord signé en juin reste critiqué.",
     ["Il a répondu en sceptique.", "L'accord signé en juin reste critiqué."]),
    ('Le chantier a des années de retard"Il propose de tout revoir.',
     ['Le chantier a des années de retard"', "Il propose de tout revoir."]),
    ('"Une crise mondiale""Les incendies gagnent", a-t-il écrit.',
     ['"Une crise mondiale"', '"Les incendies gagnent", a-t-il écrit.']),
    ("Le « Monde »a écrit que le “G7” est utile.", ["Le « Monde »a écrit que le “G7” est utile."]),
    # run together after an acronym; the initials of a name or a country stay whole
    ("Il a salué le rôle de l'OTAN.Ensuite, il a rencontré le ministre.",
     ["Il a salué le rôle de l'OTAN.", "Ensuite, il a rencontré le ministre."]),
    ("Le texte vient des U.S.A.Le reste suit. Le M.Dupont parle.", ["Le texte vient des U.S.A.Le reste suit.",
                                                                   "Le M.Dupont parle."]),
    ('Il a lu "Le Monde" et U.S."Today" hier.', ['Il a lu "Le Monde" et U.S."Today" hier.']),
])
def test_french_sentences_split_at_the_right_places(raw, expected):
    sentences = split_sentences(raw, 0, len(raw), "fr")
    assert [raw[s.start:s.end] for s in sentences] == expected
    assert all(s.language == "fr" for s in sentences)


@pytest.mark.parametrize("raw, expected", [
    ("习近平指出，“中哈是好朋友。”双方同意加强合作！会谈后举行了仪式", ["习近平指出，“中哈是好朋友。”", "双方同意加强合作！", "会谈后举行了仪式"]),
    ("你们准备好了吗？我们准备好了；出发。", ["你们准备好了吗？", "我们准备好了；", "出发。"]),
])
def test_chinese_sentences_split_on_full_stops_and_quotes(raw, expected):
    sentences = split_sentences(raw, 0, len(raw), "zh")
    assert [raw[s.start:s.end] for s in sentences] == expected


def test_chinese_lines_are_separate_sentences_with_offsets_into_raw():
    raw = "  会谈在北京举行\n双方签署了合作文件。  \n"
    a = detect(raw)
    assert [raw[s.start:s.end] for s in a.sentences] == ["会谈在北京举行", "双方签署了合作文件。"]


def test_a_document_of_one_sentence():
    raw = "Le sommet Chine-Asie centrale s'est tenu à Xi'an les 18 et 19 mai 2023."
    a = detect(raw)
    assert a.languages == ("fr",) and len(a.sentences) == 1
    assert (a.sentences[0].start, a.sentences[0].end) == (0, len(raw))


@pytest.mark.parametrize("raw, languages", [
    ("Titre\n\n" + "会谈。", ()),  # too short to be a full sentence in either language
    ("Le sommet aura lieu demain.\n", ("fr",)),
    ("两国元首共同见证签署合作文件。\n", ("zh",)),
])
def test_only_full_sentences_make_a_language(raw, languages):
    assert detect(raw).languages == languages


def test_an_empty_text_has_no_block_sentence_or_language():
    a = detect("   \n\n ")
    assert a.blocks == () and a.sentences == () and a.languages == ()


def test_a_sentence_glued_after_a_closing_quote_starts_with_a_one_letter_word():
    raw = 'Il a parlé des "officiels arrêtés".A l\'ouverture du sommet, il a insisté.'
    assert [raw[s.start:s.end] for s in split_sentences(raw, 0, len(raw), "fr")] == [
        'Il a parlé des "officiels arrêtés".', "A l'ouverture du sommet, il a insisté."]


def test_sentence_splitting_of_a_2_mb_single_line_finishes_and_is_linear():
    """A file of one huge line (issue 17): splitting was quadratic (200 KB took 21 s). The bound is
    generous; the ratio checks the shape of the cost, not the machine's speed."""
    import time

    sentence = "Le président a reçu M. Tokaïev à Pékin le 5 mai, puis ils ont signé 3 accords. "

    def seconds(size: int) -> float:
        raw = (sentence * (size // len(sentence) + 1))[:size]
        began = time.perf_counter()
        found = split_sentences(raw, 0, len(raw), "fr")
        assert len(found) > size // len(sentence) - 2
        return time.perf_counter() - began

    small, large = seconds(250_000), seconds(2_000_000)
    assert large < 20
    assert large < 8 * small * 4  # quadratic would be 64 times the 8 times smaller input


def test_detecting_languages_on_a_2_mb_single_line_finishes():
    import time

    raw = ("Le président a reçu son homologue à Pékin. " * 50_000)[:2_000_000]
    began = time.perf_counter()
    a = detect(raw)
    assert time.perf_counter() - began < 20 and a.languages == ("fr",) and len(a.sentences) > 40_000


def test_many_short_paragraphs_take_their_neighbours_language_in_linear_time():
    import time

    raw = (f"{FR}\n" + "Oui.\nNon.\n" * 20) * 2_000
    began = time.perf_counter()
    a = detect(raw)
    assert time.perf_counter() - began < 20 and a.languages == ("fr",)
    assert {b.language for b in a.blocks} == {"fr"}
