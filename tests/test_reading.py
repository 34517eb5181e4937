"""Reading: encodings, bad files and sidecars, each written by the test."""
from __future__ import annotations

import json

import pytest

from pipeline import reading
from pipeline.reading import read_article
from pipeline.records import StageError

FRENCH = "Le président kazakh a reçu à Astana son homologue chinois, à l’issue d’un été très chargé.\n"
CHINESE = "国家主席习近平在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。双方签署了合作文件。\n"


@pytest.mark.parametrize("encoding, text", [
    ("utf-8", FRENCH), ("utf-8", CHINESE), ("gb18030", CHINESE), ("big5", "國家主席習近平在阿斯塔納同哈薩克斯坦總統會談。\n"),
    ("cp1252", FRENCH),
])
def test_reading_decodes_each_encoding(tmp_path, encoding, text):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(path)
    assert article.raw == text
    assert article.doc_id == "article"
    assert len(article.sha256) == 64


def test_reading_strips_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"))
    assert read_article(path).raw == FRENCH


def test_invalid_utf8_in_the_middle_is_replaced_and_noted(tmp_path):
    path = tmp_path / "broken.txt"
    body = (FRENCH * 20).encode("utf-8")
    path.write_bytes(body[:300] + b"\xff\xfe\xfa" + body[300:])
    article = read_article(path)
    assert "\ufffd" in article.raw
    assert any("invalid UTF-8" in n for n in article.notes)
    assert article.raw.startswith("Le président kazakh")


@pytest.mark.parametrize("content, kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"abc\x00\x00\x01\x02def" * 10, "binary"),
])
def test_binary_files_are_refused_with_what_they_are(tmp_path, content, kind):
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    with pytest.raises(StageError) as err:
        read_article(path)
    assert kind in err.value.reason and "not an article" in err.value.reason


@pytest.mark.parametrize("content, word", [(b"", "empty"), (b"  \n\t\n   \r\n", "whitespace")])
def test_empty_and_blank_files_are_refused(tmp_path, content, word):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(StageError, match=word):
        read_article(path)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text(FRENCH * 100, encoding="utf-8")
    with pytest.raises(StageError, match="limit"):
        read_article(path)


def test_a_sidecar_gives_the_publication_date_and_url(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(FRENCH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2024-07-03", "url": "http://x.cn/1"}))
    article = read_article(path)
    assert article.published == "2024-07-03" and article.published_source == "meta"
    assert article.meta_value("url") == "http://x.cn/1"


@pytest.mark.parametrize("sidecar, problem", [
    ("{not json", "not readable JSON"), ('["a"]', "not a JSON object"), ('{"published": "03/07/2024"}', "not a YYYY-MM-DD"),
    ('{"published": "2024-02-30"}', "not a YYYY-MM-DD"),
])
def test_a_bad_sidecar_is_noted_and_the_article_still_read(tmp_path, sidecar, problem):
    path = tmp_path / "a.txt"
    path.write_text(FRENCH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(sidecar)
    article = read_article(path)
    assert article.published is None
    assert any("a.meta.json" in n and problem in n for n in article.notes)
