"""Languages: blocks, sentences and the document's languages, on paragraphs written here."""
from __future__ import annotations

import pytest

from pipeline.languages import detect_languages, split_sentences
from pipeline.records import Article

FR = ("Le président chinois Xi Jinping a reçu lundi à Pékin son homologue kazakh. Les deux dirigeants "
      "ont signé plusieurs accords de coopération économique.")
ZH = "国家主席习近平在人民大会堂同哈萨克斯坦总统举行会谈。两国元首共同见证了多项合作文件的签署。"
EN = "The Chinese president met his Kazakh counterpart in Beijing on Monday and both leaders signed several agreements."
RU = "Президент Китая встретился в понедельник в Пекине со своим казахстанским коллегой и подписал соглашения."


def detect(raw: str, languages=("fr", "zh", "en", "ru")) -> Article:
    return detect_languages(Article(doc_id="x", path="x.txt", sha256="", raw=raw, text=raw), languages=languages)


@pytest.mark.parametrize("text, language", [(FR, "fr"), (ZH, "zh"), (EN, "en"), (RU, "ru")])
def test_each_language_is_identified(text, language):
    a = detect(text)
    assert a.languages == (language,)
    assert [b.language for b in a.blocks] == [language]


def test_a_french_and_chinese_file_has_blocks_of_both_in_order():
    raw = f"{FR}\n\n{ZH}\n"
    a = detect(raw)
    assert a.languages == ("fr", "zh")
    assert [b.language for b in a.blocks] == ["fr", "zh"]
    assert raw[a.blocks[1].start:a.blocks[1].end] == ZH


def test_a_chinese_name_in_a_french_article_does_not_make_it_bilingual():
    a = detect(f"{FR}\n\n习近平\n\n{FR}")
    assert a.languages == ("fr",)


def test_a_language_outside_the_configured_set_is_not_forced_into_one():
    a = detect(RU, languages=("fr", "zh"))
    assert "ru" not in a.languages and "zh" not in a.languages


@pytest.mark.parametrize("raw, expected", [
    ("M. Xi a reçu M. Tokaïev. Ils ont parlé.", ["M. Xi a reçu M. Tokaïev.", "Ils ont parlé."]),
    ("Il était à Hong Kong.Le lendemain, il est parti.", ["Il était à Hong Kong.", "Le lendemain, il est parti."]),
    ("Le taux a atteint 1.5 point. Puis il a baissé.", ["Le taux a atteint 1.5 point.", "Puis il a baissé."]),
    ("« Nous sommes prêts. » Il l'a dit.", ["« Nous sommes prêts. »", "Il l'a dit."]),
])
def test_french_sentences_split_at_the_right_places(raw, expected):
    sentences = split_sentences(raw, 0, len(raw), "fr")
    assert [raw[s.start:s.end] for s in sentences] == expected


def test_chinese_sentences_split_on_full_stops_and_quotes():
    raw = "习近平指出，“中哈是好朋友。”双方同意加强合作！会谈后举行了仪式"
    sentences = split_sentences(raw, 0, len(raw), "zh")
    assert [raw[s.start:s.end] for s in sentences] == ["习近平指出，“中哈是好朋友。”", "双方同意加强合作！", "会谈后举行了仪式"]


def test_a_document_of_one_sentence():
    raw = "Le sommet Chine-Asie centrale s'est tenu à Xi'an les 18 et 19 mai 2023."
    a = detect(raw)
    assert a.languages == ("fr",) and len(a.sentences) == 1
    assert (a.sentences[0].start, a.sentences[0].end) == (0, len(raw))
