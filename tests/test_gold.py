"""Gold validation: every bad line gives one error naming the file and the line."""
from __future__ import annotations

import json

import pytest

from pipeline.gold import GoldError, draft_gold, load_gold
from pipeline.records import Mention

GOOD = {"doc": "a", "event": "k", "type": "SUMMIT", "name": ["Sommet X"], "edition": 2, "start": "2023-05-18",
        "end": "2023-05-19", "status": "past", "city": ["Xi'an", "西安"], "country": "CN", "countries": ["CN", "KZ"],
        "persons": [["Xi Jinping", "习近平"]], "orgs": [], "agreements": None}


def write_gold(tmp_path, lines, documents=None):
    (tmp_path / "mentions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if documents is not None:
        (tmp_path / "documents.jsonl").write_text("\n".join(documents) + "\n", encoding="utf-8")
    return tmp_path


def test_good_gold_loads(tmp_path):
    doc = json.dumps({"doc": "a", "published": "2023-05-19", "languages": ["fr"], "title": "T"})
    mentions, documents = load_gold(write_gold(tmp_path, [json.dumps(GOOD)], [doc]), corpus_docs={"a"})
    assert mentions[0]["event"] == "k" and documents[0]["published"] == "2023-05-19"


@pytest.mark.parametrize("change, message", [
    ({"type": "PARTY"}, "unknown type"),
    ({"start": "2023-5-18"}, "not a TIMEX3"),
    ({"start": "18 mai"}, "not a TIMEX3"),
    ({"country": "CHN"}, "not an ISO"),
    ({"countries": ["CN", "XX"]}, "not an ISO"),
    ({"status": "done"}, "unknown status"),
    ({"edition": "2"}, "whole number"),
    ({"persons": ["Xi Jinping"]}, "persons"),
    ({"end": "2023-05-10"}, "before start"),
    ({"doc": "zz"}, "not in the corpus"),
])
def test_bad_values_name_the_file_and_line(tmp_path, change, message):
    bad = json.dumps({**GOOD, **change})
    write_gold(tmp_path, [json.dumps(GOOD), bad])
    with pytest.raises(GoldError) as err:
        load_gold(tmp_path, corpus_docs={"a"})
    assert f"mentions.jsonl:2:" in str(err.value) and message in str(err.value)
    assert "\n" not in str(err.value)


def test_a_broken_json_line(tmp_path):
    write_gold(tmp_path, [json.dumps(GOOD), '{"doc": "a", "type": '])
    with pytest.raises(GoldError, match=r"mentions.jsonl:2: broken JSON"):
        load_gold(tmp_path)


def test_a_missing_field(tmp_path):
    record = dict(GOOD)
    del record["status"]
    write_gold(tmp_path, [json.dumps(record)])
    with pytest.raises(GoldError, match="missing field"):
        load_gold(tmp_path)


def test_a_bad_publication_date_in_documents(tmp_path):
    write_gold(tmp_path, [json.dumps(GOOD)], [json.dumps({"doc": "a", "published": "2023-02-30", "languages": ["fr"]})])
    with pytest.raises(GoldError, match=r"documents.jsonl:1: published"):
        load_gold(tmp_path)


def test_draft_gold_writes_loadable_records(tmp_path):
    m = Mention(doc="a", type="MEETING", language="fr", evidence="…", char_start=0, char_end=1,
                start="2025-06-16", end="2025-06-16", status="past", city="Astana", country="KZ",
                countries=("KZ", "CN"), persons=("Xi Jinping",), event_id="meeting-2025-x")
    records = draft_gold([m])
    write_gold(tmp_path, [json.dumps(r, ensure_ascii=False) for r in records])
    mentions, _ = load_gold(tmp_path)
    assert mentions[0]["countries"] == ["CN", "KZ"] and mentions[0]["persons"] == [["Xi Jinping"]]
