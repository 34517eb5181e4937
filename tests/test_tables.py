"""Tables stage: provenance and id columns, JSON Lines beside CSV and Parquet, CSV that pandas and
the independent scorer read right. Records are built by hand: no stage runs before the tables."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline import columns
from pipeline.api import read_table
from pipeline.records import Event, Mention
from pipeline.tables import GENERATIONS_DIR, CURRENT, city_place, wikidata_id, write_tables

WINDHOEK = "Le deuxième sommet Chine-Namibie s'est tenu à Windhoek."
ASTANA_FR = "Xi Jinping et Kassym-Jomart Tokaïev se sont rencontrés à Astana."
ASTANA_ZH = "习近平在阿斯塔纳同托卡耶夫举行会谈。"


def _mentions() -> list[Mention]:
    return [
        Mention(doc="namibie", type="SUMMIT", language="fr", evidence=WINDHOEK, char_start=0,
                char_end=len(WINDHOEK), event_id="summit-na", name="=sommet Chine-Namibie", edition=2,
                start="2024-05", city="Windhoek", country="NA", countries=("CN", "NA"),
                orgs=("United Nations", "Comité local"), agreements=None),
        Mention(doc="astana_fr", type="MEETING", language="fr", evidence=ASTANA_FR, char_start=10,
                char_end=10 + len(ASTANA_FR), event_id="meeting-kz", start="2025-06-16", city="Astana",
                country="KZ", countries=("CN", "KZ"), persons=("Xi Jinping", "Jean Inconnu"),
                agreements=12),
        Mention(doc="astana_zh", type="MEETING", language="zh", evidence=ASTANA_ZH, char_start=0,
                char_end=len(ASTANA_ZH), event_id="meeting-kz", start="2025-06-16", city="Astana",
                country="KZ", countries=("CN", "KZ"), persons=("Xi Jinping", "Jean Inconnu"),
                agreements=12),
    ]


def _events() -> list[Event]:
    return [
        Event(event_id="summit-na", type="SUMMIT", name="=sommet Chine-Namibie",
              names=("=sommet Chine-Namibie",), edition=2, start="2024-05", city="Windhoek", country="NA",
              countries=("CN", "NA"), orgs=("United Nations", "Comité local"), docs=("namibie",),
              languages=("fr",), evidence=(WINDHOEK,)),
        Event(event_id="meeting-kz", type="MEETING", name=None, start="2025-06-16", city="Astana",
              country="KZ", countries=("CN", "KZ"), persons=("Xi Jinping", "Jean Inconnu"), agreements=12,
              docs=("astana_fr", "astana_zh"), languages=("fr", "zh"),
              evidence=(ASTANA_FR, ASTANA_ZH, ASTANA_FR)),
    ]


def _documents() -> list[dict]:
    # as runner.document_row builds them; astana_zh has no sidecar, namibie a row from an older
    # cache without url/source at all
    return [
        {"doc": "astana_fr", "path": "corpus/astana_fr.txt", "sha256": "a" * 64, "published": "2025-06-17",
         "languages": ["fr"], "title": "Rencontre à Astana", "chars": 80, "encoding": "utf-8", "events": 1,
         "note": "", "url": "https://french.news.cn/2025-06/17/c_1.htm", "source": "Xinhua (fr)"},
        {"doc": "astana_zh", "path": "corpus/astana_zh.txt", "sha256": "b" * 64, "published": "2025-06-17",
         "languages": ["zh"], "title": "习近平同托卡耶夫会谈", "chars": 30, "encoding": "gb18030", "events": 1,
         "note": "", "url": None, "source": None},
        {"doc": "namibie", "path": "corpus/namibie.txt", "sha256": "c" * 64, "published": "2024-05-03",
         "languages": ["fr"], "title": "@Namibie", "chars": 60, "encoding": "utf-8", "events": 1, "note": ""},
    ]


@pytest.fixture
def out(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)  # the documents' relative paths are relative to the run's folder
    folder = tmp_path / "outputs"
    write_tables(folder, _documents(), _mentions(), _events(), [], [])
    return folder


def _dict_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- columns --------------------------------------------------------------------------------------

@pytest.mark.parametrize("table, columns_declared", [
    ("documents", columns.DOCUMENT_COLUMNS), ("mentions", columns.MENTION_COLUMNS),
    ("events", columns.EVENT_COLUMNS), ("entities", columns.ENTITY_COLUMNS)])
def test_every_table_has_the_declared_columns_in_every_format(out, table, columns_declared):
    with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == list(columns_declared)
    assert list(pd.read_parquet(out / f"{table}.parquet").columns) == list(columns_declared)
    for row in _jsonl(out / f"{table}.jsonl"):
        assert list(row) == list(columns_declared)


def test_new_columns_are_added_after_the_contract_columns():
    contract_mentions = ["doc", "event_id", "type", "name", "edition", "start", "end", "status", "city",
                         "country", "countries", "persons", "orgs", "agreements", "language", "evidence",
                         "char_start", "char_end"]
    contract_events = ["event_id", "type", "name", "names", "edition", "start", "end", "status", "city",
                       "country", "countries", "persons", "orgs", "agreements", "docs", "languages"]
    assert list(columns.MENTION_COLUMNS[:len(contract_mentions)]) == contract_mentions
    assert list(columns.EVENT_COLUMNS[:len(contract_events)]) == contract_events
    assert {"url", "source"} <= set(columns.DOCUMENT_COLUMNS) and {"url", "source"} <= set(columns.MENTION_COLUMNS)
    assert {"evidence", "doc_urls", "city_id", "latitude", "longitude", "person_ids", "org_ids"} \
        <= set(columns.EVENT_COLUMNS)
    assert "evidence" in columns.list_columns("events") and "evidence" not in columns.list_columns("mentions")


# --- provenance -----------------------------------------------------------------------------------

def test_documents_have_an_absolute_path_and_the_sidecar_url_and_source(out, tmp_path):
    docs = {r["doc"]: r for r in _dict_rows(out / "documents.csv")}
    assert docs["astana_fr"]["path"] == str((tmp_path / "corpus" / "astana_fr.txt").resolve())
    assert all(os.path.isabs(r["path"]) for r in docs.values())
    assert docs["astana_fr"]["url"] == "https://french.news.cn/2025-06/17/c_1.htm"
    assert docs["astana_fr"]["source"] == "Xinhua (fr)"
    assert docs["astana_zh"]["url"] == "" and docs["namibie"]["url"] == ""  # no sidecar; an older row
    rows = {r["doc"]: r for r in _jsonl(out / "documents.jsonl")}
    assert rows["astana_zh"]["url"] is None and rows["namibie"]["source"] is None


def test_mentions_carry_their_document_url_and_source(out):
    mentions = {r["doc"]: r for r in _dict_rows(out / "mentions.csv")}
    assert mentions["astana_fr"]["url"] == "https://french.news.cn/2025-06/17/c_1.htm"
    assert mentions["astana_fr"]["source"] == "Xinhua (fr)"
    assert mentions["astana_zh"]["url"] == ""


def test_events_list_their_evidence_sentences_and_document_urls(out):
    events = {r["event_id"]: r for r in _jsonl(out / "events.jsonl")}
    assert events["meeting-kz"]["evidence"] == [ASTANA_FR, ASTANA_ZH]  # each sentence once
    assert events["meeting-kz"]["doc_urls"] == ["https://french.news.cn/2025-06/17/c_1.htm"]
    assert events["summit-na"]["doc_urls"] == []
    csv_events = {r["event_id"]: r for r in _dict_rows(out / "events.csv")}
    assert csv_events["meeting-kz"]["evidence"] == f"{ASTANA_FR}; {ASTANA_ZH}"
    assert list(read_table(out, "events").set_index("event_id").loc["meeting-kz", "evidence"]) \
        == [ASTANA_FR, ASTANA_ZH]


# --- identifiers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("table", ["mentions", "events"])
def test_city_geonames_id_and_coordinates_and_participant_wikidata_ids(out, table):
    rows = _jsonl(out / f"{table}.jsonl")
    astana = next(r for r in rows if r["city"] == "Astana")
    assert astana["city_id"] == "1526273"
    assert astana["latitude"] == pytest.approx(51.18, abs=0.05)
    assert astana["longitude"] == pytest.approx(71.45, abs=0.05)
    assert astana["person_ids"] == ["Q15031", ""]  # in persons' order; "" for a name not in the alias table
    windhoek = next(r for r in rows if r["city"] == "Windhoek")
    assert windhoek["org_ids"] == ["Q1065", ""]
    assert windhoek["latitude"] < 0  # southern hemisphere


def test_an_event_without_city_has_null_ids_and_coordinates(tmp_path):
    event = Event(event_id="e", type="FORUM", name="论坛", start="2019")
    write_tables(tmp_path, [], [], [event], [], [])
    (row,) = _jsonl(tmp_path / "events.jsonl")
    assert (row["city_id"], row["latitude"], row["longitude"]) == (None, None, None)
    assert (row["person_ids"], row["org_ids"], row["edition"]) == ([], [], None)
    assert _dict_rows(tmp_path / "events.csv")[0]["latitude"] == ""


@pytest.mark.parametrize("name, country, geonameid", [
    ("Paris", "FR", "2988507"),
    ("Paris", "US", "4717560"),   # the Paris of the event's country
    ("Paris", "", "2988507"),     # else the most populous, as the gazetteer decides
    ("Xi’an", "CN", "1790630"),
    ("Windhoek", "NA", "3352136"),
])
def test_city_place_by_canonical_name(name, country, geonameid):
    assert city_place(name, country)[0] == geonameid


@pytest.mark.parametrize("canonical, label, wikidata", [
    ("Xi Jinping", "PERSON", "Q15031"),
    ("United Nations", "ORG", "Q1065"),
    ("Xi Jinping", "ORG", ""),
    ("Jean Inconnu", "PERSON", ""),
])
def test_wikidata_id_of_alias_entries_only(canonical, label, wikidata):
    assert wikidata_id(canonical, label) == wikidata


def test_an_unknown_city_has_no_place():
    assert city_place("Nulle-Part-sur-Mer", "FR") is None and city_place(None) is None


# --- CSV read by pandas, spreadsheets and the scorer ------------------------------------------------

def test_integers_are_written_without_a_decimal_point(out):
    text = (out / "mentions.csv").read_text(encoding="utf-8")
    assert ".0," not in text.replace("39.0,", "")
    mentions = {r["doc"]: r for r in _dict_rows(out / "mentions.csv")}
    assert mentions["namibie"]["edition"] == "2" and mentions["namibie"]["agreements"] == ""
    assert mentions["astana_fr"]["agreements"] == "12"


def test_pandas_reads_namibia_and_nullable_integers_with_the_readme_options(out):
    events = pd.read_csv(out / "events.csv", keep_default_na=False, na_values=[""],
                         dtype_backend="numpy_nullable")
    namibia = events.set_index("event_id").loc["summit-na"]
    assert namibia["country"] == "NA" and namibia["countries"] == "CN; NA"
    assert str(events["edition"].dtype) == "Int64" and str(events["agreements"].dtype) == "Int64"
    assert namibia["edition"] == 2 and pd.isna(namibia["agreements"])


def test_read_table_keeps_namibia_lists_and_integers(out):
    events = read_table(out, "events").set_index("event_id")
    assert events.loc["summit-na", "country"] == "NA"
    assert events.loc["summit-na", "countries"] == ["CN", "NA"]
    assert pd.isna(events.loc["meeting-kz", "name"])
    assert str(events["edition"].dtype) == "Int64" and events.loc["summit-na", "edition"] == 2
    mentions = read_table(out, "mentions")
    assert mentions.loc[mentions["doc"] == "namibie", "country"].tolist() == ["NA"]
    assert isinstance(mentions["persons"].iloc[1], list)


def test_formula_cells_are_neutralised_in_csv_only_and_numbers_never(out):
    csv_event = {r["event_id"]: r for r in _dict_rows(out / "events.csv")}["summit-na"]
    assert csv_event["name"] == "'=sommet Chine-Namibie"
    assert csv_event["latitude"].startswith("-22.")  # a negative number is not a formula
    assert {r["doc"]: r for r in _dict_rows(out / "documents.csv")}["namibie"]["title"] == "'@Namibie"
    jsonl_event = {r["event_id"]: r for r in _jsonl(out / "events.jsonl")}["summit-na"]
    assert jsonl_event["name"] == "=sommet Chine-Namibie"
    assert read_table(out, "events").set_index("event_id").loc["summit-na", "name"] == "=sommet Chine-Namibie"


def test_csv_has_no_byte_order_mark_so_the_scorer_reads_the_first_column(out):
    for name in ("documents", "mentions", "events"):
        assert not (out / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf")
        assert list(_dict_rows(out / f"{name}.csv")[0])[0] in ("doc", "event_id")


# --- JSON Lines -----------------------------------------------------------------------------------

@pytest.mark.parametrize("table", ["documents", "mentions", "events"])
def test_jsonl_reads_back_into_the_parquet_rows(out, table):
    parquet = read_table(out, table).astype(object).where(lambda f: f.notna(), None).to_dict("records")
    assert _jsonl(out / f"{table}.jsonl") == parquet


def test_jsonl_is_utf8_with_real_lists_and_nulls(out):
    text = (out / "mentions.jsonl").read_text(encoding="utf-8")
    assert ASTANA_ZH in text  # not \u-escaped
    row = next(r for r in _jsonl(out / "mentions.jsonl") if r["doc"] == "namibie")
    assert row["countries"] == ["CN", "NA"] and row["agreements"] is None and row["edition"] == 2
    assert row["name"] == "=sommet Chine-Namibie"


def test_jsonl_files_are_part_of_the_atomic_generation(out):
    for name in ("documents", "mentions", "events", "entities"):
        link = out / f"{name}.jsonl"
        assert link.is_symlink() and os.readlink(link) == os.path.join(GENERATIONS_DIR, CURRENT, f"{name}.jsonl")
    before = os.readlink(out / GENERATIONS_DIR / CURRENT)
    write_tables(out, _documents()[:1], [], [], [], [])
    assert os.readlink(out / GENERATIONS_DIR / CURRENT) != before
    assert [r["doc"] for r in _jsonl(out / "documents.jsonl")] == ["astana_fr"]
    assert _jsonl(out / "events.jsonl") == []
    assert sorted(p.name for p in (out / GENERATIONS_DIR).iterdir()) \
        == sorted([CURRENT, os.readlink(out / GENERATIONS_DIR / CURRENT)])


def test_empty_tables_are_written_in_every_format(tmp_path):
    write_tables(tmp_path, [], [], [], [], [])
    for name in ("documents", "mentions", "events", "entities"):
        assert (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8") == ""
        assert read_table(tmp_path, name).empty
