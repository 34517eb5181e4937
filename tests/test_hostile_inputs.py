"""Issue 17, hostile files: symlinks leading out of the corpus (refused with a note unless
--follow-symlinks; ``add`` never writes through one), fifos and devices (never opened for a read
that would block), file names that are not UTF-8, Shift-JIS, EUC-KR, KOI8-R and mixed encodings
(decoded right, or noted "decoded with replacement characters"), sidecar dates no article can
have, single-line files of megabytes, cells that a spreadsheet would run as formulas. Each test
writes its own files in tmp_path. Faults (kills, locks, full disks, bad settings) are in
test_faults.py, whose stand-in processor (the real reading stage, one mention per file) serves here."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from test_faults import ReadingProcessor, make_corpus, rows

from pipeline import cli, reading
from pipeline.reading import read_article
from pipeline.records import StageError
from pipeline.runner import build_pipeline, process_document, run_corpus
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
FRENCH = "Le président kazakh a reçu à Astana son homologue chinois, à l’issue d’un été très chargé.\n"


# --------------------------------------------------------------------------------------------
# the reading stage alone: symlinks, fifos, names, bytes read once


def test_a_symlink_leading_out_of_the_corpus_is_refused_in_one_line(tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.symlink(secret, corpus / "a.txt")
    with pytest.raises(StageError) as err:
        read_article(corpus / "a.txt")
    assert err.value.stage == "read" and "outside the corpus" in err.value.reason
    assert "\n" not in err.value.reason and "root:x" not in err.value.reason
    with pytest.raises(StageError):  # also when the corpus folder is named
        read_article(corpus / "a.txt", corpus=corpus)


def test_a_symlink_inside_the_corpus_is_followed(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "real.txt").write_text(FRENCH, encoding="utf-8")
    os.symlink(tmp_path / "sub" / "real.txt", tmp_path / "sub" / "link.txt")
    assert read_article(tmp_path / "sub" / "link.txt").raw == FRENCH
    os.symlink(tmp_path / "sub" / "real.txt", tmp_path / "top.txt")  # another folder of the corpus
    assert read_article(tmp_path / "top.txt", corpus=tmp_path).raw == FRENCH


def test_a_sidecar_symlink_out_of_the_corpus_is_ignored_with_a_note(tmp_path):
    outside = tmp_path / "outside.json"
    outside.write_text('{"published": "2024-07-03"}', encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FRENCH, encoding="utf-8")
    os.symlink(outside, corpus / "a.meta.json")
    article = read_article(corpus / "a.txt")
    assert article.published is None and any("outside the corpus" in n for n in article.notes)


def test_a_fifo_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(StageError, match="not a regular file"):
        read_article(tmp_path / "pipe.txt")


def test_the_sha256_is_that_of_the_bytes_decoded(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(FRENCH, encoding="utf-8")
    article = read_article(path)
    assert article.sha256 == hashlib.sha256(article.raw.encode("utf-8")).hexdigest()


def test_a_file_name_that_is_not_utf8_gives_an_escaped_document_id(tmp_path):
    raw_name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw_name, "wb") as fh:
        fh.write(FRENCH.encode("utf-8"))
    article = read_article(Path(os.fsdecode(raw_name)))
    assert article.doc_id == "caf\\xe9" and article.raw == FRENCH
    article.doc_id.encode("utf-8")  # printable, hashable as UTF-8 by later stages


def test_with_follow_symlinks_a_symlink_out_of_the_corpus_is_read_and_its_sidecar_too(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "article.txt").write_text(FRENCH, encoding="utf-8")
    (outside / "meta.json").write_text('{"published": "2024-07-03"}', encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.symlink(outside / "article.txt", corpus / "a.txt")
    os.symlink(outside / "meta.json", corpus / "a.meta.json")
    article = read_article(corpus / "a.txt", follow_symlinks=True)
    assert article.raw == FRENCH and article.doc_id == "a"
    assert article.published == "2024-07-03" and article.notes == ()


def test_the_runner_binds_follow_symlinks_to_the_reading_stage(tmp_path):
    (tmp_path / "outside.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    link = tmp_path / "corpus" / "a.txt"
    os.symlink(tmp_path / "outside.txt", link)
    refusing = dict(build_pipeline(Settings(), parts=("document",)).document)["reading"]
    following = dict(build_pipeline(Settings(follow_symlinks=True), parts=("document",)).document)["reading"]
    with pytest.raises(StageError, match="--follow-symlinks"):
        refusing(link)
    assert following(link).raw == FRENCH


@pytest.fixture
def linked(tmp_path, monkeypatch):
    """A corpus of one article and one symlink to an article outside it; runs with the stand-in
    processor (the real reading stage)."""
    corpus = make_corpus(tmp_path / "corpus", 1)
    (tmp_path / "outside.txt").write_text("Sommet hors du corpus\n\nTexte.\n", encoding="utf-8")
    os.symlink(tmp_path / "outside.txt", corpus / "link.txt")
    monkeypatch.setattr("pipeline.runner.process_document", ReadingProcessor())
    return corpus, tmp_path / "out"


def test_run_refuses_a_symlink_out_of_the_corpus_with_a_note_and_reads_it_with_follow_symlinks(linked, capsys):
    corpus, out = linked
    assert cli.main(["run", str(corpus), "--out", str(out), "--no-progress"]) == 1  # one document skipped
    docs = {r["doc"]: r for r in rows(out / "documents.csv")}
    assert "outside the corpus folder" in docs["link"]["note"] and docs["link"]["title"] == ""
    printed = capsys.readouterr().out
    assert [line for line in printed.splitlines() if "outside the corpus" in line] == [
        line for line in printed.splitlines() if line.startswith("  skipped")]
    # with the flag the same file is read (the cached refusal is not reused), without it refused again
    assert cli.main(["run", str(corpus), "--out", str(out), "--no-progress", "--follow-symlinks"]) == 0
    docs = {r["doc"]: r for r in rows(out / "documents.csv")}
    assert docs["link"]["title"] == "Sommet hors du corpus" and docs["link"]["note"] == ""
    assert cli.main(["run", str(corpus), "--out", str(out), "--no-progress"]) == 1
    assert "outside the corpus folder" in {r["doc"]: r for r in rows(out / "documents.csv")}["link"]["note"]


def test_follow_symlinks_in_a_settings_file_does_what_the_flag_does(linked, tmp_path):
    corpus, out = linked
    config = tmp_path / "settings.json"
    config.write_text('{"follow_symlinks": true}', encoding="utf-8")
    assert cli.main(["run", str(corpus), "--out", str(out), "--no-progress", "--config", str(config)]) == 0
    assert {r["doc"]: r for r in rows(out / "documents.csv")}["link"]["title"] == "Sommet hors du corpus"


def test_status_lists_a_symlink_out_of_the_corpus_as_not_read_unless_followed(linked, tmp_path, capsys):
    corpus, out = linked
    assert cli.main(["status", str(corpus), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "1 symlink out of the corpus, not read" in printed
    assert f"outside  {corpus / 'link.txt'} -> {tmp_path / 'outside.txt'}: not read" in printed
    assert cli.main(["status", str(corpus), "--out", str(out), "--follow-symlinks"]) == 0
    assert "outside" not in capsys.readouterr().out


# --------------------------------------------------------------------------------------------
# add never writes outside the corpus


@pytest.fixture
def adding(tmp_path, monkeypatch):
    """``add FILE… [options]`` in this process, without the run that follows the copy."""
    monkeypatch.setattr(cli, "cmd_run", lambda args, corpus: 0)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "a.txt").write_text("Un article.\n", encoding="utf-8")

    def add(*args: str) -> int:
        return cli.main(["add", *args, "--corpus", str(corpus), "--out", str(tmp_path / "out")])

    return add, corpus, incoming


def test_add_does_not_create_the_target_of_a_dangling_symlink(adding, tmp_path, capsys):
    add, corpus, incoming = adding
    outside = tmp_path / "elsewhere" / "planted.txt"
    outside.parent.mkdir()
    os.symlink(outside, corpus / "a.txt")
    assert add(str(incoming / "a.txt")) == 1
    assert not outside.exists()
    err = capsys.readouterr().err
    assert "symlink" in err and len(err.strip().splitlines()) == 1


def test_add_with_rename_next_to_a_dangling_symlink_writes_inside_the_corpus(adding, tmp_path):
    add, corpus, incoming = adding
    outside = tmp_path / "planted.txt"
    os.symlink(outside, corpus / "a.txt")
    assert add(str(incoming / "a.txt"), "--rename") == 0
    assert not outside.exists() and (corpus / "a-2.txt").read_text(encoding="utf-8") == "Un article.\n"


def test_add_does_not_write_through_a_sidecar_symlink(adding, tmp_path, capsys):
    add, corpus, incoming = adding
    victim = tmp_path / "victim.json"
    victim.write_text("precious", encoding="utf-8")
    (incoming / "a.meta.json").write_text('{"published": "2024-05-01"}', encoding="utf-8")
    os.symlink(victim, corpus / "a.meta.json")
    assert add(str(incoming / "a.txt")) == 1
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (corpus / "a.txt").exists()  # the article is not added without its sidecar
    assert "symlink" in capsys.readouterr().err


def test_add_does_not_overwrite_a_sidecar_without_force(adding):
    add, corpus, incoming = adding
    (incoming / "a.meta.json").write_text('{"published": "2024-05-01"}', encoding="utf-8")
    (corpus / "a.meta.json").write_text('{"published": "1999-01-01"}', encoding="utf-8")
    assert add(str(incoming / "a.txt")) == 1
    assert "1999" in (corpus / "a.meta.json").read_text(encoding="utf-8")
    assert add(str(incoming / "a.txt"), "--force") == 0
    assert "2024" in (corpus / "a.meta.json").read_text(encoding="utf-8")
    assert (corpus / "a.txt").exists()


def test_add_with_follow_symlinks_still_never_writes_through_a_symlink(adding, tmp_path, capsys):
    add, corpus, incoming = adding
    outside = tmp_path / "elsewhere" / "planted.txt"
    outside.parent.mkdir()
    os.symlink(outside, corpus / "a.txt")
    victim = tmp_path / "victim.json"
    victim.write_text("precious", encoding="utf-8")
    (incoming / "b.txt").write_text("Un autre article.\n", encoding="utf-8")
    (incoming / "b.meta.json").write_text('{"published": "2024-05-01"}', encoding="utf-8")
    os.symlink(victim, corpus / "b.meta.json")
    assert add(str(incoming / "a.txt"), str(incoming / "b.txt"), "--follow-symlinks", "--force") == 1
    assert not outside.exists() and victim.read_text(encoding="utf-8") == "precious"
    refusals = capsys.readouterr().err.strip().splitlines()
    assert len(refusals) == 2 and all(" is a symlink" in line for line in refusals)


# --------------------------------------------------------------------------------------------
# fifos and devices: skipped without ever being opened for a read that would block


def _finishes(seconds: float, function, *args):
    """``function(*args)``, failing the test (instead of hanging it) when it blocks."""
    outcome = {}

    def target():
        try:
            outcome["value"] = function(*args)
        except BaseException as err:  # noqa: BLE001 - handed to the test
            outcome["error"] = err

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{getattr(function, '__name__', function)} blocked"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def test_a_sidecar_that_is_a_fifo_is_ignored_with_a_note_without_blocking(tmp_path):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    os.mkfifo(tmp_path / "a.meta.json")
    article = _finishes(10, read_article, tmp_path / "a.txt")
    assert article.raw == FRENCH and article.notes == ("a.meta.json: not a regular file; sidecar ignored",)


def test_a_symlink_to_a_device_is_refused_from_its_status_even_when_followed(tmp_path, monkeypatch):
    os.symlink(os.devnull, tmp_path / "null.txt")
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *args, **kwargs: opened.append(path) or real_open(path, *args,
                                                                                                   **kwargs))
    with pytest.raises(StageError, match="not a regular file"):
        read_article(tmp_path / "null.txt", follow_symlinks=True)
    assert opened == []  # refused before any open


def test_fifos_and_devices_in_the_corpus_never_block_run_status_or_draft_gold(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Une journée de pluie\n\nLa pluie est tombée toute la journée.\n", encoding="utf-8")
    os.mkfifo(corpus / "pipe.txt")
    os.mkfifo(corpus / "a.meta.json")  # a sidecar that is a fifo
    os.symlink("/dev/zero", corpus / "zero.txt")  # a device, even with symlinks followed

    def command(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                              cwd=REPO, timeout=180, check=False)

    done = command("run", str(corpus), "--out", str(out), "--no-progress", "--follow-symlinks")
    assert done.returncode == 0, done.stderr
    (document,) = rows(out / "documents.csv")
    assert document["doc"] == "a" and "a.meta.json: not a regular file; sidecar ignored" in document["note"]
    done = command("status", str(corpus), "--out", str(out))
    assert done.returncode == 0 and "1 articles" in done.stdout
    done = command("draft-gold", str(corpus / "pipe.txt"), "--outputs", str(out))  # it used to hang for ever
    assert done.returncode == 1 and done.stderr.strip() == f"error: {corpus / 'pipe.txt'}: not a regular file " \
                                                            f"(a fifo, device or folder)"


def test_add_names_a_fifo_as_not_a_regular_file(adding, tmp_path, capsys):
    add, corpus, incoming = adding
    os.mkfifo(incoming / "pipe.txt")
    assert _finishes(10, add, str(incoming / "pipe.txt")) == 1
    assert "pipe.txt: not a regular file" in capsys.readouterr().err
    assert not (corpus / "pipe.txt").exists()


# --------------------------------------------------------------------------------------------
# file names that are not UTF-8


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path, capsys):
    corpus, out = make_corpus(tmp_path / "corpus", 1), tmp_path / "out"
    with open(os.fsencode(corpus) + b"/caf\xe9.txt", "wb") as fh:
        fh.write(b"Sommet de Lyon\n\nTexte.\n")
    proc = ReadingProcessor()
    summary = run_corpus(corpus, out, processor=proc)
    assert summary.documents == 2 and not summary.skipped
    docs = {r["doc"]: r for r in rows(out / "documents.csv")}
    assert "caf\\xe9" in docs and docs["caf\\xe9"]["path"].endswith("caf\\xe9.txt")
    assert pd.read_parquet(out / "mentions.parquet")["doc"].tolist() == ["caf\\xe9", "doc0"]
    # the next run takes it from the cache; status names it escaped
    proc.calls.clear()
    assert run_corpus(corpus, out, processor=proc).unchanged and proc.calls == []
    capsys.readouterr()
    assert cli.main(["status", str(corpus), "--out", str(out)]) == 0
    assert "0 new, 0 changed" in capsys.readouterr().out


def test_status_names_a_file_that_is_not_utf8_escaped(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(os.fsencode(corpus) + b"/caf\xe9.txt", "wb") as fh:
        fh.write(b"Texte.\n")
    assert cli.main(["status", str(corpus), "--out", str(tmp_path / "out")]) == 0
    assert "caf\\xe9.txt" in capsys.readouterr().out


# --------------------------------------------------------------------------------------------
# encodings no corpus expects: decoded right, or noted "decoded with replacement characters"

JAPANESE = "日本の外務大臣は月曜日に北京を訪れ、中国の外相と会談した。両国は経済協力について意見を交わした。\n"
RUSSIAN = ("Министр иностранных дел России провёл переговоры с китайским коллегой в Москве. "
           "Стороны обсудили подготовку к саммиту.\n")
KOREAN = "한국 외교부 장관은 월요일 베이징에서 중국 외교부장과 회담을 열고 양국 협력 방안을 논의했다.\n"
CHINESE = "国家主席习近平在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。双方签署了合作文件。\n"


@pytest.mark.parametrize("text, encoding, read_as", [
    (JAPANESE, "shift_jis", "cp932"), (JAPANESE * 3, "shift_jis", "cp932"), (JAPANESE, "euc_jp", "euc_jp"),
    (KOREAN, "euc_kr", "cp949"), (KOREAN * 3, "euc_kr", "cp949"),
    (RUSSIAN, "koi8_r", "koi8_r"), (RUSSIAN * 3, "koi8_r", "koi8_r"), (RUSSIAN, "cp1251", "cp1251"),
], ids=["shift-jis", "shift-jis-long", "euc-jp", "euc-kr", "euc-kr-long", "koi8-r", "koi8-r-long", "windows-1251"])
def test_japanese_korean_and_russian_legacy_encodings_are_decoded_right(tmp_path, text, encoding, read_as):
    """They used to become Chinese-looking garble (Shift-JIS, EUC-KR read as GB18030) or Japanese
    (KOI8-R guessed as Shift-JIS-2004), with no note."""
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(path)
    assert article.raw == text and article.encoding == read_as
    assert not any(note.startswith(reading.REPLACED) for note in article.notes)


FRENCH_UTF8_PART = "Le président kazakh a reçu à Astana son homologue chinois.\nLa visite a duré deux jours.\n"
FRENCH_LEGACY_PART = "Les deux présidents ont signé un accord à l’issue d’un été très chargé.\n"


@pytest.mark.parametrize("utf8_part, legacy_part, legacy, separator", [
    (FRENCH_UTF8_PART, FRENCH_LEGACY_PART, "cp1252", ""),
    (CHINESE * 2, CHINESE * 2, "gb18030", ""),
    (CHINESE * 2, FRENCH_LEGACY_PART, "cp1252", ""),
    (FRENCH_UTF8_PART.replace("\n", " "), FRENCH_LEGACY_PART, "cp1252", " "),  # on one line
], ids=["french-utf8-then-windows-1252", "chinese-utf8-then-gb18030", "chinese-utf8-then-windows-1252",
        "one-line-utf8-then-windows-1252"])
def test_a_file_half_utf8_half_legacy_is_decoded_piece_by_piece_with_a_note(tmp_path, utf8_part, legacy_part,
                                                                             legacy, separator):
    path = tmp_path / "mixed.txt"
    path.write_bytes(utf8_part.encode("utf-8") + separator.encode() + legacy_part.encode(legacy))
    article = read_article(path)
    assert article.raw == utf8_part + separator + legacy_part
    assert article.encoding == f"utf-8+{legacy}"
    assert len(article.notes) == 1 and article.notes[0].startswith("mixed encodings")


def test_a_mix_no_piece_by_piece_reading_explains_is_noted_as_replaced(tmp_path):
    """UTF-8 Chinese run straight into GB18030 Chinese, no space or line between: the UTF-8 part is
    kept, the rest replaced, and the note says so."""
    utf8_part, legacy_part = CHINESE.strip(), CHINESE.strip()
    path = tmp_path / "mixed.txt"
    path.write_bytes(utf8_part.encode("utf-8") + legacy_part.encode("gb18030"))
    article = read_article(path)
    assert article.raw.startswith(utf8_part) and "\ufffd" in article.raw
    assert [note for note in article.notes if note.startswith("decoded with replacement characters")]


@pytest.mark.parametrize("data", [
    (FRENCH * 20).encode("utf-8")[:301] + b"\xff\xfe\xfa" + (FRENCH * 20).encode("utf-8")[301:],
    b"\xef\xbb\xbf" + FRENCH.encode("utf-8") + b"\xff" + FRENCH.encode("utf-8"),
    FRENCH.encode("utf-16")[:-1] + b"\xd8\x00",
], ids=["utf8-with-bad-bytes", "utf8-bom-with-a-bad-byte", "utf16-with-a-lone-surrogate"])
def test_every_reading_with_replacement_characters_says_so(tmp_path, data):
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert "\ufffd" in article.raw
    assert [note for note in article.notes if note.startswith("decoded with replacement characters")]


# --------------------------------------------------------------------------------------------
# sidecars: a date no article can have is refused, the rest of the sidecar kept


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "1800-01-01", "2200-01-01", "not a date",
                                       "2024-02-30", 20240703, ["2024-07-03"], {"day": "2024-07-03"}, True])
def test_a_sidecar_date_no_article_can_have_is_refused_in_one_line_naming_the_sidecar(tmp_path, published):
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": published, "url": "http://x.cn/1"}),
                                          encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    assert article.published is None and article.published_source == ""
    assert article.meta == (("url", "http://x.cn/1"),)  # the other values are kept
    (note,) = article.notes
    assert note.startswith("a.meta.json: published ") and note.endswith("; ignored") and "\n" not in note


def test_the_range_of_sidecar_dates_is_1900_to_a_year_ahead():
    today = dt.date(2026, 11, 30)
    assert reading.EARLIEST_PUBLISHED == dt.date(1900, 1, 1)
    assert reading.published_problem("1900-01-01", today) is None
    assert reading.published_problem("1899-12-31", today) is not None
    assert reading.published_problem("2027-12-01", today) is None  # 366 days ahead: an embargo
    assert "outside the dates an article can have (1900-01-01 to 2027-12-01)" in \
        reading.published_problem("2027-12-02", today)


@pytest.mark.slow
def test_a_run_with_hostile_encodings_and_sidecars_writes_their_notes_and_goes_on(tmp_path, capsys):
    """The real pipeline: a sidecar dated 9999-12-31 (it used to crash the dates stage) leaves the
    date line's date; Shift-JIS and KOI8-R articles are decoded right; a mixed file is noted; the
    notes are in documents.csv and the run ends with status 0 (notes are no skipped documents)."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "dated.txt").write_text("Visite à Pékin\n19 mai 2023\n\nLa pluie est tombée toute la journée.\n",
                                      encoding="utf-8")
    (corpus / "dated.meta.json").write_text('{"published": "9999-12-31", "source": "Xinhua"}', encoding="utf-8")
    (corpus / "undated.txt").write_text(FRENCH, encoding="utf-8")
    (corpus / "undated.meta.json").write_text('{"published": "0001-01-01"}', encoding="utf-8")
    (corpus / "ja.txt").write_bytes(JAPANESE.encode("shift_jis"))
    (corpus / "ru.txt").write_bytes(RUSSIAN.encode("koi8_r"))
    (corpus / "mixed.txt").write_bytes(FRENCH_UTF8_PART.encode("utf-8") + FRENCH_LEGACY_PART.encode("cp1252"))
    assert cli.main(["run", str(corpus), "--out", str(out), "--no-progress"]) == 0
    docs = {r["doc"]: r for r in rows(out / "documents.csv")}
    assert docs["dated"]["published"] == "2023-05-19" and docs["dated"]["source"] == "Xinhua"
    assert "dated.meta.json: published '9999-12-31' is outside the dates an article can have" in docs["dated"]["note"]
    assert docs["undated"]["published"] == "" and "undated.meta.json: published '0001-01-01'" in docs["undated"]["note"]
    assert (docs["ja"]["encoding"], docs["ja"]["title"]) == ("cp932", JAPANESE.strip())
    assert (docs["ru"]["encoding"], docs["ru"]["title"]) == ("koi8_r", RUSSIAN.strip())
    assert docs["mixed"]["encoding"] == "utf-8+cp1252" and "mixed encodings" in docs["mixed"]["note"]


# --------------------------------------------------------------------------------------------
# single-line files of megabytes: time linear in the size, and never blocking the other articles

#: one line of text with no event cue, French and Chinese, repeated up to the size wanted
FILLER = {"fr": "La pluie est tombée toute la journée sur la ville et les habitants sont restés chez eux. ",
          "zh": "今天下了一整天的雨，街上行人很少，大家都待在家里看书喝茶。"}


def _one_line(path: Path, sentence: str, megabytes: int) -> Path:
    path.write_text(sentence * (megabytes * 2**20 // len(sentence.encode("utf-8"))), encoding="utf-8")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "zh"])
def test_a_single_line_file_of_1_2_4_mb_costs_time_linear_in_its_size(tmp_path, language):
    """Every per-document stage on one line of 1, 2 and 4 MB (no budget): processor time grows
    with the size, not with its square (the sentence splitting was quadratic: 400 KB took 70 s). The
    bound is twice the linear ratio, half the quadratic one, so a loaded machine does not fail it."""
    settings = Settings(document_seconds=0)
    (tmp_path / "warm.txt").write_text(FILLER[language] * 3, encoding="utf-8")
    assert process_document(tmp_path / "warm.txt", settings).error is None  # models loaded before timing
    seconds = {}
    for megabytes in (1, 2, 4):
        path = _one_line(tmp_path / f"{megabytes}mb.txt", FILLER[language], megabytes)
        began = time.process_time()
        result = process_document(path, settings)
        seconds[megabytes] = time.process_time() - began
        assert result.error is None and result.document["chars"] > megabytes * 300_000
    assert seconds[2] < 3 * seconds[1], seconds
    assert seconds[4] < 8 * seconds[1], seconds


@pytest.mark.slow
def test_a_huge_single_line_article_never_blocks_the_others(tmp_path):
    """A megabyte of one line dense with event sentences takes minutes (the events stage grows
    faster than its size there): the time budget skips it with a note and the others are read."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    event = "Le président français a rencontré à Pékin son homologue chinois pour un sommet le 3 mai 2024. "
    _one_line(corpus / "huge.txt", event, 1)
    for i in range(2):
        (corpus / f"small{i}.txt").write_text(f"Une journée de pluie {i}\n\n{FILLER['fr']}\n", encoding="utf-8")
    began = time.monotonic()
    summary = run_corpus(corpus, tmp_path / "out", Settings(document_seconds=3))
    assert time.monotonic() - began < 60
    assert [(Path(path).name, "took over 3 s" in reason) for path, reason in summary.skipped] == [("huge.txt", True)]
    assert summary.processed == 3 and {r["doc"] for r in rows(tmp_path / "out" / "documents.csv")} == {
        "huge", "small0", "small1"}


# --------------------------------------------------------------------------------------------
# cells a spreadsheet would run as formulas


@pytest.mark.parametrize("first_line", ['=HYPERLINK("http://x.example","clic")', "+33 1 23", "-2+3", "@SUM(A1)"])
def test_csv_cells_that_look_like_formulas_are_neutralised_parquet_keeps_them(tmp_path, first_line):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(first_line + "\n\nTexte.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_corpus(corpus, out, processor=ReadingProcessor())
    (mention,) = rows(out / "mentions.csv")
    assert mention["evidence"] == "'" + first_line and mention["name"] == "'" + first_line
    assert rows(out / "documents.csv")[0]["title"] == "'" + first_line
    assert pd.read_parquet(out / "mentions.parquet")["evidence"].tolist() == [first_line]
