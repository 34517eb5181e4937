"""Reading: encodings, bad files and sidecars, each written by the test."""
from __future__ import annotations

import hashlib
import json

import pytest

from pipeline import reading
from pipeline.reading import read_article
from pipeline.records import StageError

FRENCH = "Le président kazakh a reçu à Astana son homologue chinois, à l’issue d’un été très chargé.\n"
CHINESE = "国家主席习近平在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。双方签署了合作文件。\n"
TRADITIONAL = "國家主席習近平在阿斯塔納同哈薩克斯坦總統會談。\n"
RUSSIAN = "Президент Китая встретился в понедельник в Пекине со своим казахстанским коллегой.\n"


@pytest.mark.parametrize("encoding, text, expected_encoding", [
    ("utf-8", FRENCH, "utf-8"), ("utf-8", CHINESE, "utf-8"),
    ("gb18030", CHINESE, "gb18030"), ("gbk", CHINESE, "gb18030"), ("gb18030", "2023年5月19日 10:21\n", "gb18030"),
    ("big5", TRADITIONAL, "big5"),
    ("cp1252", FRENCH, "cp1252"), ("cp1252", "Noël à Pékin\n", "cp1252"),
])
def test_reading_decodes_each_encoding(tmp_path, encoding, text, expected_encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(path)
    assert article.raw == text and article.text == text
    assert article.encoding == expected_encoding
    assert article.doc_id == "article" and article.path == str(path)
    assert article.sha256 == hashlib.sha256(text.encode(encoding)).hexdigest()
    assert article.notes == ()


def test_a_windows_1252_text_with_one_accent_is_not_read_as_broken_utf8(tmp_path):
    text = "Le sommet de Xi'an a reuni les dirigeants de six pays pendant deux jours, apres des mois de preparation. " * 3 + "Fin de l'été.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("cp1252"))
    article = read_article(path)
    assert article.raw == text and article.encoding == "cp1252" and article.notes == ()


def test_a_russian_windows_1251_file_is_left_to_charset_normalizer_and_noted(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_bytes((RUSSIAN * 3).encode("cp1251"))
    article = read_article(path)
    assert article.raw == RUSSIAN * 3
    assert any("charset-normalizer" in note for note in article.notes)


@pytest.mark.parametrize("text", [FRENCH, CHINESE])
def test_reading_strips_a_byte_order_mark(tmp_path, text):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    article = read_article(path)
    assert article.raw == text and not article.raw.startswith("\ufeff")


@pytest.mark.parametrize("text", [FRENCH, CHINESE])
def test_invalid_utf8_in_the_middle_is_replaced_and_noted(tmp_path, text):
    path = tmp_path / "broken.txt"
    body = (text * 20).encode("utf-8")
    path.write_bytes(body[:301] + b"\xff\xfe\xfa" + body[301:])
    article = read_article(path)
    assert "\ufffd" in article.raw and article.encoding == "utf-8"
    assert any("invalid UTF-8 bytes replaced" in n for n in article.notes)
    assert article.raw.startswith(text[:10]) and article.raw.endswith(text)


@pytest.mark.parametrize("content, kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "(PDF)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    (b"abc\x00\x00\x01\x02def" * 10, "NUL"),
])
def test_binary_files_are_refused_with_what_they_are(tmp_path, content, kind):
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    with pytest.raises(StageError) as err:
        read_article(path)
    assert err.value.stage == "read" and err.value.doc == "report"
    assert kind in err.value.reason and "renamed .txt: not an article" in err.value.reason
    assert "remove it or convert it to text" in err.value.reason and "\n" not in err.value.reason


@pytest.mark.parametrize("content, word", [(b"", "empty"), (b"  \n\t\n   \r\n", "whitespace"),
                                           ("\u3000\n\xa0 \n".encode("utf-8"), "whitespace")])
def test_empty_and_blank_files_are_refused(tmp_path, content, word):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(StageError, match=word):
        read_article(path)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text(FRENCH * 100, encoding="utf-8")

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr("builtins.open", no_reading)
    with pytest.raises(StageError) as err:
        read_article(path)
    assert "limit" in err.value.reason
    assert "split it" in err.value.reason


def test_the_size_limit_is_20_megabytes_and_named_in_the_message(tmp_path, monkeypatch):
    assert reading.MAX_BYTES == 20 * 1024 * 1024
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:  # a sparse file: 21 MB without writing them
        fh.truncate(21 * 1024 * 1024)
    with pytest.raises(StageError, match="20 MB limit"):
        read_article(path)


@pytest.mark.parametrize("make", ["missing", "directory"])
def test_an_unreadable_path_is_a_stage_error(tmp_path, make):
    path = tmp_path / "gone.txt"
    if make == "directory":
        path.mkdir()
    with pytest.raises(StageError, match="cannot"):
        read_article(path)


def test_an_html_file_keeps_its_markup(tmp_path):
    html = "<html><body><p>Le sommet&nbsp;de Xi'an</p></body></html>\n"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = read_article(path)
    assert article.raw == html and article.doc_id == "page"


def test_a_sidecar_gives_the_publication_date_and_url(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(FRENCH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"published": "2024-07-03", "url": "http://x.cn/1", "source": "Xinhua", "language": "fr", "other": 1}))
    article = read_article(path)
    assert article.published == "2024-07-03" and article.published_source == "meta"
    assert article.meta == (("language", "fr"), ("published", "2024-07-03"), ("source", "Xinhua"), ("url", "http://x.cn/1"))
    assert article.notes == ()


def test_without_a_sidecar_nothing_is_published_yet(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(FRENCH, encoding="utf-8")
    article = read_article(path)
    assert article.published is None and article.meta == () and article.published_source == ""


@pytest.mark.parametrize("sidecar, problem", [
    ("{not json", "not readable JSON"), ('["a"]', "not a JSON object"), ('{"published": "03/07/2024"}', "not a YYYY-MM-DD"),
    ('{"published": "2024-02-30"}', "not a YYYY-MM-DD"),
])
def test_a_bad_sidecar_is_noted_and_the_article_still_read(tmp_path, sidecar, problem):
    path = tmp_path / "a.txt"
    path.write_text(FRENCH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(sidecar)
    article = read_article(path)
    assert article.raw == FRENCH and article.published is None
    assert any("a.meta.json" in n and problem in n for n in article.notes)


def test_a_bad_date_in_a_sidecar_keeps_its_other_values(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(FRENCH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "hier", "url": "http://x.cn/2"}')
    article = read_article(path)
    assert article.meta == (("url", "http://x.cn/2"),) and article.published is None
