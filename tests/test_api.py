"""Python API: run a corpus from a notebook and read its tables back as DataFrames."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline import api
from pipeline.records import Event
from pipeline.tables import write_tables

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
