"""Python API: the events of one text (``extract``), a corpus run from a notebook (``run``) and its
tables read back as DataFrames. Models load once per test session (the model cache lives as long
as the process); the extract tests share one module fixture per language."""
from __future__ import annotations

import datetime
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from pipeline import api, columns
from pipeline.records import Event, Mention
from pipeline.settings import SettingsError
from pipeline.tables import write_tables

#: made-up sentences: a state visit announced with its dates, in French and in Chinese
VISIT_FR = ("Le président kazakh Kassym-Jomart Tokaïev effectuera une visite d'État en France du 12 au "
            "14 mars 2026, à l'invitation du président Emmanuel Macron.")
VISIT_ZH = "国家主席习近平将于4月8日至10日对法国进行国事访问。"
#: made-up talks dated by a weekday: resolved against the publication date (Tuesday 2025-06-17)
MEETING_FR = ("Le président chinois Xi Jinping a rencontré lundi à Astana le président kazakh "
              "Kassym-Jomart Tokaïev.")

ARTICLES = {
    "rencontre_fr.txt": "Rencontre à Astana\n\n2025-06-17\n\nLe président chinois Xi Jinping a rencontré le "
                        "16 juin 2025 à Astana le président kazakh Kassym-Jomart Tokaïev.\n",
    "huitan_zh.txt": "习近平同哈萨克斯坦总统托卡耶夫会谈\n\n2025-06-17\n\n"
                     "6月16日，国家主席习近平在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。\n",
}


def test_read_table_names_a_missing_table_and_refuses_an_unknown_one(tmp_path):
    with pytest.raises(FileNotFoundError, match="events.parquet"):
        api.read_table(tmp_path, "events")
    with pytest.raises(ValueError, match="unknown table"):
        api.read_table(tmp_path, "evenements")


def test_events_reads_a_namibia_row_with_its_code_and_lists(tmp_path):
    event = Event(event_id="summit-na", type="SUMMIT", name="Sommet Chine-Namibie", edition=2, city="Windhoek",
                  country="NA", countries=("CN", "NA"), docs=("namibie",), languages=("fr",))
    write_tables(tmp_path, [], [], [event], [], [])
    frame = api.events(tmp_path)
    row = frame.iloc[0]
    assert row["country"] == "NA" and row["countries"] == ["CN", "NA"] and row["docs"] == ["namibie"]
    assert str(frame["edition"].dtype) == "Int64" and row["edition"] == 2 and pd.isna(row["agreements"])
    assert row["city_id"] == "3352136" and row["latitude"] < 0


def test_run_refuses_a_corpus_without_articles_and_leaves_the_tables(tmp_path):
    (tmp_path / "corpus").mkdir()
    with pytest.raises(ValueError, match="no .txt or .html article"):
        api.run(tmp_path / "corpus", out=tmp_path / "out")
    assert not (tmp_path / "out").exists()
    with pytest.raises(FileNotFoundError):
        api.run(tmp_path / "missing", out=tmp_path / "out")


@pytest.mark.slow
def test_run_a_french_and_a_chinese_article_into_dataframes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "rencontre_fr.meta.json").write_text('{"url": "https://example.org/astana", "source": "Exemple"}',
                                                   encoding="utf-8")
    result = api.run(corpus, out=tmp_path / "out", languages="fr,zh")
    assert result.summary.documents == 2 and result.summary.processed == 2 and not result.summary.skipped
    assert sorted(result.documents["doc"]) == ["huitan_zh", "rencontre_fr"]
    assert all(Path(p).is_absolute() for p in result.documents["path"])
    assert set(result.mentions["doc"]) == {"huitan_zh", "rencontre_fr"}
    meetings = result.events[result.events["type"] == "MEETING"]
    assert len(meetings) == 1  # the French and the Chinese reports are one event
    meeting = meetings.iloc[0]
    assert meeting["start"] == "2025-06-16" and meeting["city"] == "Astana" and meeting["city_id"] == "1526273"
    assert set(meeting["persons"]) == {"Xi Jinping", "Kassym-Jomart Tokayev"}
    assert meeting["person_ids"][meeting["persons"].index("Xi Jinping")] == "Q15031"
    assert sorted(meeting["languages"]) == ["fr", "zh"] and len(meeting["evidence"]) == 2
    assert api.events(tmp_path / "out")["event_id"].tolist() == result.events["event_id"].tolist()
    again = api.run(corpus, out=tmp_path / "out", languages=["fr", "zh"])  # unchanged: from the cache
    assert again.summary.unchanged and again.events.equals(result.events)


# --- extract: the events of one text ------------------------------------------------------------

@pytest.fixture(scope="module")
def visit_fr() -> api.Mentions:
    return api.extract(VISIT_FR, published="2026-02-01")


@pytest.fixture(scope="module")
def visit_zh() -> api.Mentions:
    return api.extract(VISIT_ZH, published=datetime.date(2026, 4, 1))


def test_extract_and_run_are_importable_from_the_package():
    import pipeline
    from pipeline import extract, run

    assert extract is api.extract and run is api.run and pipeline.read_table is api.read_table
    assert {"extract", "run"} <= set(dir(pipeline)) and {"extract", "run"} <= set(pipeline.__all__)
    with pytest.raises(AttributeError, match="no attribute 'extrakt'"):
        pipeline.extrakt  # noqa: B018


def test_import_pipeline_loads_neither_the_api_nor_pandas():
    # the command line imports the package first: its start-up time is measured
    probe = ("import sys, pipeline; print(sorted(m for m in ('pipeline.api', 'pipeline.runner', 'pandas', "
             "'spacy') if m in sys.modules))")
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parents[1])
    assert shown.stdout.strip() == "[]"


def test_type_hints_are_shipped():
    root = Path(__file__).resolve().parents[1]
    assert (root / "pipeline" / "py.typed").exists()
    assert '"py.typed"' in (root / "pyproject.toml").read_text(encoding="utf-8")


def test_extract_a_french_state_visit(visit_fr):
    assert isinstance(visit_fr, tuple) and len(visit_fr) == 1 and isinstance(visit_fr[0], Mention)
    (visit,) = visit_fr
    assert (visit.type, visit.start, visit.end, visit.status) == ("VISIT", "2026-03-12", "2026-03-14", "future")
    assert visit.language == "fr" and visit.country == "FR" and set(visit.countries) == {"FR", "KZ"}
    assert {"Kassym-Jomart Tokayev", "Emmanuel Macron"} <= set(visit.persons) and visit.evidence == VISIT_FR
    assert VISIT_FR[visit.char_start:visit.char_end] == visit.evidence and visit.doc == "text"


def test_extract_a_chinese_state_visit_dated_by_the_publication_year(visit_zh):
    (visit,) = visit_zh
    assert (visit.type, visit.start, visit.end, visit.status) == ("VISIT", "2026-04-08", "2026-04-10", "future")
    assert visit.language == "zh" and visit.country == "FR" and visit.persons == ("Xi Jinping",)


def test_extract_resolves_a_weekday_against_the_publication_date():
    (meeting,) = api.extract(MEETING_FR, published="2025-06-17", language="fr")
    assert (meeting.type, meeting.start, meeting.city) == ("MEETING", "2025-06-16", "Astana")
    (undated,) = api.extract(MEETING_FR, language="fr")
    assert undated.start is None  # no publication date: "lundi" stays unresolved


def test_extracted_mentions_as_a_frame_have_the_columns_of_mentions_csv(visit_fr, visit_zh):
    frame = visit_fr.to_frame()
    assert list(frame.columns) == list(columns.MENTION_COLUMNS) and len(frame) == 1
    row = frame.iloc[0]
    assert row["type"] == "VISIT" and sorted(row["countries"]) == ["FR", "KZ"]
    assert isinstance(row["persons"], list) and str(frame["edition"].dtype) == "Int64"
    assert (row["plover_type"], row["plover_mode"]) == ("CONSULT", "visit")
    assert row["person_ids"][row["persons"].index("Emmanuel Macron")] == "Q3052772"  # the alias table's id
    both = pd.concat([visit_fr.to_frame(), visit_zh.to_frame()], ignore_index=True)
    assert both["language"].tolist() == ["fr", "zh"]


def test_extract_gives_the_mentions_of_a_run_on_the_same_text(tmp_path, visit_fr):
    from pipeline.runner import process_document
    from pipeline.settings import Settings

    (tmp_path / "visite.txt").write_text(VISIT_FR, encoding="utf-8")
    (tmp_path / "visite.meta.json").write_text('{"published": "2026-02-01"}', encoding="utf-8")
    result = process_document(tmp_path / "visite.txt", Settings())
    assert tuple(replace(m, doc="text") for m in result.mentions) == visit_fr


def test_extract_of_a_blank_text_is_empty():
    assert api.extract("  \n") == () and list(api.extract("").to_frame().columns) == list(columns.MENTION_COLUMNS)


@pytest.mark.parametrize("arguments, error, message", [
    ({"text": VISIT_FR, "published": "1er mars"}, ValueError, "not a date"),
    ({"text": VISIT_FR, "language": "xx"}, SettingsError, "'xx'"),
    ({"text": VISIT_FR.encode("utf-8")}, TypeError, "as a str"),
])
def test_extract_refuses_bad_arguments(arguments, error, message):
    with pytest.raises(error, match=message):
        api.extract(**arguments)


def test_run_refuses_an_unknown_language_code(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(VISIT_FR, encoding="utf-8")
    with pytest.raises(SettingsError, match="'xx'"):
        api.run(tmp_path / "corpus", out=tmp_path / "out", languages="fr,xx")
    assert not (tmp_path / "out").exists()
