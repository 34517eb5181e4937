"""Tables stage: provenance and id columns, PLOVER type and mode, JSON Lines beside CSV and Parquet,
CSV that spreadsheets, pandas, DuckDB and the independent scorer read right. Records are built by
hand: no stage runs before the tables."""
from __future__ import annotations

import csv
import datetime
import json
import math
import os
from pathlib import Path

import pandas as pd
import pytest

from pipeline import columns
from pipeline.api import read_table
from pipeline.records import Event, Mention
from pipeline.tables import (CURRENT, FORMULA_STARTS, GENERATIONS_DIR, city_place, plover_cells, wikidata_id,
                             write_tables)

WINDHOEK = "Le deuxième sommet Chine-Namibie s'est tenu à Windhoek."
ASTANA_FR = "Xi Jinping et Kassym-Jomart Tokaïev se sont rencontrés à Astana."
ASTANA_ZH = "习近平在阿斯塔纳同托卡耶夫举行会谈。"
#: a list item: a spreadsheet would run a cell starting with "-" as a formula
XIAN_FR = "- Le sommet Chine-Asie centrale s'est tenu à Xi’an."
UTF8_BOM = b"\xef\xbb\xbf"


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
        Event(event_id="summit-xian", type="SUMMIT", name="中国－中亚峰会",
              names=("中国－中亚峰会", "Sommet Chine-Asie centrale"), edition=1, start="2023-05-18",
              end="2023-05-19", status="past", city="Xi’an", country="CN",
              countries=("CN", "KG", "KZ", "TJ", "TM", "UZ"), persons=("Xi Jinping", "Kassym-Jomart Tokayev"),
              agreements=100, docs=("astana_fr",), languages=("fr",), evidence=(XIAN_FR,)),
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
    # utf-8-sig: events.csv and entities.csv start with a byte-order mark, the others do not
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- columns --------------------------------------------------------------------------------------

@pytest.mark.parametrize("table, columns_declared", [
    ("documents", columns.DOCUMENT_COLUMNS), ("mentions", columns.MENTION_COLUMNS),
    ("events", columns.EVENT_COLUMNS), ("entities", columns.ENTITY_COLUMNS)])
def test_every_table_has_the_declared_columns_in_every_format(out, table, columns_declared):
    with open(out / f"{table}.csv", encoding="utf-8-sig", newline="") as fh:
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
    assert list(columns.EVENT_COLUMNS[-2:]) == list(columns.MENTION_COLUMNS[-3:-1]) == ["plover_type", "plover_mode"]
    assert columns.MENTION_COLUMNS[-1] == "evidence_fields"


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


def test_scored_tables_have_no_byte_order_mark_so_the_scorer_reads_the_doc_column(out):
    # as ../shared/tools/score.py reads them: encoding="utf-8" (not utf-8-sig) and csv.DictReader
    for name in ("documents", "mentions"):
        assert not (out / f"{name}.csv").read_bytes().startswith(UTF8_BOM)
        with open(out / f"{name}.csv", encoding="utf-8", newline="") as fh:
            assert "namibie" in {row["doc"] for row in csv.DictReader(fh)}


def test_spreadsheet_tables_start_with_a_byte_order_mark(tmp_path, out):
    for name in ("events", "entities"):
        assert (out / f"{name}.csv").read_bytes().startswith(UTF8_BOM)
    write_tables(tmp_path, [], [], [], [], [])  # an empty table too: the mark and the header
    assert (tmp_path / "events.csv").read_bytes().startswith(UTF8_BOM + b"event_id,type,")
    assert (tmp_path / "entities.csv").read_bytes().startswith(UTF8_BOM + b"doc,language,")


def test_events_csv_opens_as_a_spreadsheet_would_open_it(out):
    data = (out / "events.csv").read_bytes()
    # a spreadsheet that sees the mark decodes UTF-8 (without it, Excel on Windows reads cp1252)
    assert data.startswith(UTF8_BOM)
    text = data[len(UTF8_BOM):].decode("utf-8")
    assert "Xi’an" in text and "中国－中亚峰会" in text and "Xiâ€™an" not in text
    header, *rows = list(csv.reader(text.splitlines()))
    assert header == list(columns.EVENT_COLUMNS)
    numbers = [header.index(col) for col in columns.INT_COLUMNS | columns.FLOAT_COLUMNS if col in header]
    cells = [cell for row in rows for i, cell in enumerate(row) if i not in numbers]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]  # no cell runs as a formula
    by_id = {row[0]: dict(zip(header, row)) for row in rows}
    assert by_id["summit-na"]["name"] == "'=sommet Chine-Namibie"
    assert by_id["summit-xian"]["evidence"] == "'" + XIAN_FR
    assert by_id["summit-na"]["latitude"].startswith("-22.")  # a number stays a number


def _plain(value):
    """A cell as a Python value comparable across readers: None for missing, int, float or str (a
    column of days that DuckDB types as DATE compares as its ISO text)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    if hasattr(value, "item"):  # a numpy scalar
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _rows(records) -> list[list]:
    return [[_plain(value) for value in row] for row in records]


def test_events_csv_reads_the_same_in_pandas_and_duckdb(out):
    duckdb = pytest.importorskip("duckdb", reason="duckdb is in the test extras: pip install '.[test]'")
    path = out / "events.csv"
    # as the README says: "NA" (Namibia) stays "NA", edition stays an integer
    frame = pd.read_csv(path, keep_default_na=False, na_values=[""], dtype_backend="numpy_nullable")
    assert list(frame.columns) == list(columns.EVENT_COLUMNS)  # no byte-order mark in "event_id"
    assert str(frame["edition"].dtype) == "Int64" and str(frame["agreements"].dtype) == "Int64"
    assert frame.set_index("event_id").loc["summit-na", "country"] == "NA"
    relation = duckdb.read_csv(str(path))
    assert relation.columns == list(columns.EVENT_COLUMNS)
    types = dict(zip(relation.columns, (str(t) for t in relation.types)))
    assert types["edition"] in ("BIGINT", "INTEGER") and types["latitude"] == "DOUBLE"
    duck_rows = _rows(relation.fetchall())
    assert duck_rows == _rows(frame.astype(object).itertuples(index=False))
    assert duck_rows == _rows(duckdb.sql(f"select * from read_csv_auto('{path}')").fetchall())
    namibia = dict(zip(relation.columns, duck_rows[0]))
    assert namibia["country"] == "NA" and namibia["edition"] == 2 and namibia["name"] == "'=sommet Chine-Namibie"


def test_events_jsonl_reads_back_into_the_rows_of_events_csv(out):
    def as_csv_cell(column, value):
        if value is None:
            return ""
        if isinstance(value, list):
            value = "; ".join(value)
        if column in columns.INT_COLUMNS | columns.FLOAT_COLUMNS:
            return str(value)
        return "'" + value if value.startswith(FORMULA_STARTS) else value

    from_jsonl = [{col: as_csv_cell(col, value) for col, value in row.items()} for row in _jsonl(out / "events.jsonl")]
    from_csv = _dict_rows(out / "events.csv")
    assert [list(row) for row in from_csv] == [list(row) for row in from_jsonl]
    for csv_row, jsonl_row in zip(from_csv, from_jsonl):
        for col in csv_row:
            if col in columns.FLOAT_COLUMNS and csv_row[col]:
                assert float(csv_row[col]) == pytest.approx(float(jsonl_row[col]))
            else:
                assert csv_row[col] == jsonl_row[col], col


# --- PLOVER ---------------------------------------------------------------------------------------

#: the CONSULT modes of the PLOVER codebook
PLOVER_CONSULT_MODES = {"visit", "third-party", "multilateral", "phone"}


def test_every_event_type_has_a_plover_type_and_a_codebook_mode():
    assert set(columns.PLOVER_TYPES) == set(columns.EVENT_TYPES) == set(columns.PLOVER_MODES)
    assert set(columns.PLOVER_TYPES.values()) == {"CONSULT"}
    assert {mode for mode in columns.PLOVER_MODES.values() if mode} <= PLOVER_CONSULT_MODES


@pytest.mark.parametrize("event_type, countries, mode", [
    ("SUMMIT", ("CN", "KZ"), "multilateral"),
    ("FORUM", ("CN",), "multilateral"),
    ("VISIT", ("FR", "KZ"), "visit"),
    ("MEETING", ("CN", "FR", "DE"), "multilateral"),    # trilateral talks
    ("MEETING", ("CN", "FR"), None),                    # in person or by phone: no field tells
    ("MEETING", ("CN", "CN", "FR"), None),              # a country named twice is one country
    ("MEETING", (), None),
])
def test_plover_type_and_mode_of_our_types(event_type, countries, mode):
    assert plover_cells(event_type, countries) == {"plover_type": "CONSULT", "plover_mode": mode}


def test_unknown_type_has_no_plover_type():
    assert plover_cells("CONCERT", ("FR",)) == {"plover_type": None, "plover_mode": None}
    assert plover_cells(None) == {"plover_type": None, "plover_mode": None}


@pytest.mark.parametrize("table, key", [("events", "event_id"), ("mentions", "doc")])
def test_plover_columns_in_events_and_mentions(out, table, key):
    rows = {r[key]: r for r in _jsonl(out / f"{table}.jsonl")}
    summit = rows["summit-na" if table == "events" else "namibie"]
    assert (summit["plover_type"], summit["plover_mode"]) == ("CONSULT", "multilateral")
    meeting = rows["meeting-kz" if table == "events" else "astana_zh"]
    assert (meeting["plover_type"], meeting["plover_mode"]) == ("CONSULT", None)
    csv_meeting = {r[key]: r for r in _dict_rows(out / f"{table}.csv")}[meeting[key]]
    assert (csv_meeting["plover_type"], csv_meeting["plover_mode"]) == ("CONSULT", "")


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
