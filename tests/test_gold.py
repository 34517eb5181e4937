"""Gold checking: every bad line gives one error line naming the file and the line number."""
from __future__ import annotations

import json

import pytest

from pipeline.gold import GoldError, draft_gold, load_gold
from pipeline.records import Mention
from pipeline.scoring import MAX_GOLD_EVENTS

GOOD = {"doc": "a", "event": "k", "type": "SUMMIT", "name": ["Sommet Chine-Asie centrale", "中国－中亚峰会"],
        "edition": 2, "start": "2023-05-18", "end": "2023-05-19", "status": "past",
        "city": ["Xi'an", "Xi’an", "西安"], "country": "CN", "countries": ["CN", "KZ"],
        "persons": [["Xi Jinping", "习近平"]], "orgs": [], "agreements": None}
GOOD_DOCUMENT = {"doc": "a", "published": "2023-05-19", "languages": ["fr", "zh"], "title": "T"}


def write_gold(folder, mentions: list[str], documents: list[str] | None = None):
    (folder / "mentions.jsonl").write_text("".join(line + "\n" for line in mentions), encoding="utf-8")
    if documents is not None:
        (folder / "documents.jsonl").write_text("".join(line + "\n" for line in documents), encoding="utf-8")
    return folder


def one_error(folder, corpus_docs=None) -> str:
    with pytest.raises(GoldError) as caught:
        load_gold(folder, corpus_docs=corpus_docs)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_good_gold_loads(tmp_path):
    write_gold(tmp_path, [json.dumps(GOOD, ensure_ascii=False), "",
                          json.dumps({**GOOD, "event": "talks", "type": "MEETING", "name": None,
                                      "start": "XXXX-10-17", "end": "XXXX-10-17", "edition": None})],
               [json.dumps(GOOD_DOCUMENT)])
    mentions, documents = load_gold(tmp_path, corpus_docs={"a"})
    assert [m["event"] for m in mentions] == ["k", "talks"]
    assert documents[0]["published"] == "2023-05-19"


def test_documents_file_is_optional(tmp_path):
    mentions, documents = load_gold(write_gold(tmp_path, [json.dumps(GOOD)]))
    assert len(mentions) == 1 and documents == []


@pytest.mark.parametrize("change, message", [
    ({"type": "PARTY"}, "type: unknown value 'PARTY'"),
    ({"type": "summit"}, "type: unknown value"),
    ({"start": "2023-5-18"}, "start: '2023-5-18' is not a TIMEX3 date"),
    ({"start": "18 mai"}, "not a TIMEX3 date"),
    ({"start": "2023-13"}, "no month 13"),
    ({"end": "2023-02-30"}, "not a day of the calendar"),
    ({"start": "XXXX-10-32", "end": None}, "not a day of the calendar"),
    ({"end": "2023-05-10"}, "end 2023-05-10 is before start 2023-05-18"),
    ({"start": "2023-06", "end": "2023-05"}, "before start"),
    ({"country": "CHN"}, "country: 'CHN' is not an ISO 3166-1 alpha-2"),
    ({"country": "EU"}, "not an ISO 3166-1 alpha-2"),
    ({"countries": ["CN", "XX"]}, "countries: 'XX' not ISO"),
    ({"countries": "CN"}, "countries: must be a list"),
    ({"status": "done"}, "status: unknown value 'done'"),
    ({"edition": "2"}, "edition: must be a whole number"),
    ({"edition": 0}, "edition: must be a whole number ≥ 1"),
    ({"agreements": 2.5}, "agreements: must be a whole number"),
    ({"agreements": True}, "agreements: must be a whole number"),
    ({"name": "Sommet Chine-Asie centrale"}, "name: must be a list of acceptable names"),
    ({"city": []}, "city: must be a list of acceptable names"),
    ({"persons": ["Xi Jinping"]}, "persons: must be a list of lists"),
    ({"orgs": [["OCS", ""]]}, "orgs: must be a list of lists"),
    ({"doc": "zz"}, "document 'zz' is not in the corpus"),
    ({"event": ""}, "event: must be a non-empty string"),
])
def test_a_bad_value_names_the_file_and_line(tmp_path, change, message):
    write_gold(tmp_path, [json.dumps(GOOD), json.dumps({**GOOD, "event": "other", **change})])
    error = one_error(tmp_path, corpus_docs={"a"})
    assert "mentions.jsonl:2: " in error and message in error


def test_open_digits_do_not_make_an_end_before_a_start(tmp_path):
    write_gold(tmp_path, [json.dumps({**GOOD, "start": "2023-05-18", "end": "XXXX-05-10"})])
    assert len(load_gold(tmp_path)[0]) == 1


@pytest.mark.parametrize("line, message", [
    ('{"doc": "a", "type": ', "mentions.jsonl:2: broken JSON"),
    ('["a", "k"]', "mentions.jsonl:2: a line must be one JSON object"),
    (json.dumps({k: v for k, v in GOOD.items() if k != "status"} | {"event": "other"}),
     "mentions.jsonl:2: missing field status"),
    (json.dumps(GOOD), "mentions.jsonl:2: this event of this document already labelled at line 1"),
])
def test_a_bad_line_names_the_file_and_line(tmp_path, line, message):
    write_gold(tmp_path, [json.dumps(GOOD), line])
    assert message in one_error(tmp_path)


def test_several_problems_give_the_first_and_a_count(tmp_path):
    write_gold(tmp_path, [json.dumps({**GOOD, "type": "PARTY"}), "{", json.dumps({**GOOD, "status": "x"})])
    with pytest.raises(GoldError) as caught:
        load_gold(tmp_path)
    assert "mentions.jsonl:1: type" in str(caught.value) and "and 2 more problems" in str(caught.value)
    assert len(caught.value.problems) == 3


@pytest.mark.parametrize("change, message", [
    ({"published": "2023-02-30"}, "documents.jsonl:1: published: '2023-02-30' is not a YYYY-MM-DD"),
    ({"published": "30/05/2023"}, "documents.jsonl:1: published"),
    ({"languages": "fr"}, "documents.jsonl:1: languages"),
    ({"languages": ["fra"]}, "documents.jsonl:1: languages"),
    ({"doc": "zz"}, "documents.jsonl:1: document 'zz' is not in the corpus"),
])
def test_a_bad_document_line_names_the_file_and_line(tmp_path, change, message):
    write_gold(tmp_path, [json.dumps(GOOD)], [json.dumps({**GOOD_DOCUMENT, **change})])
    assert message in one_error(tmp_path, corpus_docs={"a"})


def test_a_document_with_more_gold_mentions_than_scoring_can_pair_is_refused(tmp_path):
    lines = [json.dumps({**GOOD, "event": f"e{n}"}) for n in range(MAX_GOLD_EVENTS + 1)]
    write_gold(tmp_path, lines)
    assert f"mentions.jsonl:{MAX_GOLD_EVENTS + 1}: document 'a' has more than" in one_error(tmp_path)
    write_gold(tmp_path, lines[:-1])
    assert len(load_gold(tmp_path)[0]) == MAX_GOLD_EVENTS


def test_a_missing_mentions_file_is_named(tmp_path):
    assert "mentions.jsonl: no such file" in one_error(tmp_path)


def test_draft_gold_writes_records_that_load(tmp_path):
    mentions = [
        Mention(doc="a", type="MEETING", language="fr", evidence="…", char_start=0, char_end=1,
                start="2025-06-16", end="2025-06-16", status="past", city="Astana", country="KZ",
                countries=("KZ", "CN"), persons=("Xi Jinping", "Kassym-Jomart Tokaïev"), event_id="meeting-1"),
        Mention(doc="a", type="FORUM", language="zh", evidence="…", char_start=5, char_end=9,
                name="中国－中亚合作论坛", edition=8, status="past", orgs=("上海合作组织",), event_id="forum-8"),
    ]
    records = draft_gold(mentions)
    write_gold(tmp_path, [json.dumps(r, ensure_ascii=False) for r in records])
    loaded, _ = load_gold(tmp_path)
    assert loaded[0]["countries"] == ["CN", "KZ"] and loaded[0]["name"] is None
    assert loaded[0]["persons"] == [["Xi Jinping"], ["Kassym-Jomart Tokaïev"]]
    assert loaded[1]["name"] == ["中国－中亚合作论坛"] and loaded[1]["orgs"] == [["上海合作组织"]]
    assert loaded[1]["event"] == "forum-8" and loaded[1]["edition"] == 8
