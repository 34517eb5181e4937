"""Dates in languages without a grammar file: dateparser, span by span, guarded (sentences written here)."""
from __future__ import annotations

import pytest

pytest.importorskip("dateparser")

from pipeline.dates import find_dates, parse_dates  # noqa: E402
from pipeline.records import Article, Sentence  # noqa: E402

# published 2025-07-01 is a Tuesday
ROWS = [
    ("The summit was held on 14 May 2017 in Beijing.", "en", None, [("14 May 2017", "2017-05-14")]),
    ("The two leaders met in March 2019.", "en", None, [("March 2019", "2019-03")]),
    ("Cooperation began in 2013.", "en", None, [("2013", "2013")]),
    ("The forum opened on May 14.", "en", None, [("May 14", "XXXX-05-14")]),
    ("The forum opened on May 14.", "en", "2025-07-01", [("May 14", "2025-05-14")]),
    ("The ministers met on Friday in Geneva.", "en", "2025-07-01", [("Friday", "2025-06-27")]),
    ("The talks will resume next Monday.", "en", "2025-07-01", [("next Monday", "2025-07-07")]),
    ("Yesterday the two presidents spoke by phone.", "en", "2025-07-01", [("Yesterday", "2025-06-30")]),
    ("The ministers will meet tomorrow in Rome.", "en", "2025-07-01", [("tomorrow", "2025-07-02")]),
    ("The ministers met on Friday in Geneva.", "en", None, []),
    ("The two countries signed seven documents and may sign more.", "en", "2025-07-01", []),
    ("They signed 2 000 agreements and 14 memoranda.", "en", "2025-07-01", []),
    ("The plan expires in 2030 after 300 days.", "en", "2025-07-01", [("2030", "2030")]),
    ("The treaty was signed on 22 January 1963.", "en", None, [("22 January 1963", "1963-01-22")]),
    ("Саммит прошёл 14 мая 2017 года в Пекине.", "ru", None, [("14 мая 2017", "2017-05-14")]),
    # dateparser's search does not see "в марте" (March, locative): the year alone is found
    ("Переговоры состоялись в марте 2019 года.", "ru", None, [("2019", "2019")]),
    ("Министры встретились вчера в Москве.", "ru", "2025-07-01", [("вчера", "2025-06-30")]),
    ("La cumbre se celebró el 14 de mayo de 2017.", "es", None, [("14 de mayo de 2017", "2017-05-14")]),
    ("Los ministros se reunieron ayer en Madrid.", "es", "2025-07-01", [("ayer", "2025-06-30")]),
    ("El acuerdo se firmó en 2019.", "es", None, [("2019", "2019")]),
]


@pytest.mark.parametrize("text, language, published, expected", ROWS)
def test_dateparser_reads_languages_without_a_grammar(text, language, published, expected):
    assert [(d.text, d.value) for d in parse_dates(text, language, published)] == expected


def test_find_dates_reads_english_with_dateparser_and_skips_unknown_languages():
    raw = "The summit was held on 14 May 2017. Xyz qqq 14 zzz."
    sentences = (Sentence(0, 35, "en"), Sentence(36, len(raw), "xx"))
    article = Article(doc_id="x", path="x.txt", sha256="", raw=raw, text=raw, sentences=sentences)
    assert [(raw[d.start:d.end], d.value, d.language) for d in find_dates(article).dates] == [
        ("14 May 2017", "2017-05-14", "en")]
