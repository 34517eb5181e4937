"""Gold data: reading and validating hand-labelled JSON Lines, and drafting gold from mentions.

``load_gold`` checks every line of ``mentions.jsonl`` and ``documents.jsonl`` against the annotation
guide before anything is scored; the first problem raises ``GoldError`` with one line naming the file
and line number. ``draft_gold`` turns the pipeline's mentions into gold-format records for a person to
correct rather than type from scratch.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .records import Mention

EVENT_TYPES = ("SUMMIT", "FORUM", "MEETING", "VISIT")
STATUSES = ("past", "ongoing", "future")
TIMEX = re.compile(r"[0-9X]{4}(?:-(?:[0-9X]{2})(?:-(?:[0-9X]{2}))?)?")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
LANGUAGE_CODE = re.compile(r"[a-z]{2}")
MENTION_FIELDS = ("doc", "event", "type", "name", "edition", "start", "end", "status", "city",
                  "country", "countries", "persons", "orgs", "agreements")


class GoldError(ValueError):
    """Bad gold: one line, "FILE:LINE: what is wrong"."""


@lru_cache(maxsize=1)
def iso_countries() -> frozenset[str]:
    from babel import Locale

    return frozenset(code for code in Locale("en").territories if re.fullmatch(r"[A-Z]{2}", code))


def _read_lines(path: Path) -> list[tuple[int, dict]]:
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as err:
        raise GoldError(f"{path}: not UTF-8 text ({err.reason})") from None
    except OSError as err:
        raise GoldError(f"{path}: cannot read ({err.strerror})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldError(f"{path}:{number}: broken JSON ({err.msg} at column {err.colno})") from None
        if not isinstance(record, dict):
            raise GoldError(f"{path}:{number}: a line must be a JSON object")
        records.append((number, record))
    return records


def _names(value, field: str, where: str, nested: bool) -> None:
    """A list of acceptable forms (or, nested, a list of such lists); null allowed when not nested."""
    if value is None and not nested:
        return
    if not isinstance(value, list):
        raise GoldError(f"{where}: {field} must be a list{' of lists' if nested else ' or null'}")
    items = value if nested else [value]
    for forms in items:
        if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f.strip() for f in forms):
            raise GoldError(f"{where}: {field} must hold non-empty lists of names, got {forms!r}")


def validate_mention(record: dict, where: str, corpus_docs: set[str] | None) -> None:
    missing = [f for f in MENTION_FIELDS if f not in record]
    if missing:
        raise GoldError(f"{where}: missing field(s) {', '.join(missing)}")
    if not isinstance(record["doc"], str) or not record["doc"]:
        raise GoldError(f"{where}: doc must be a file name without extension")
    if corpus_docs is not None and record["doc"] not in corpus_docs:
        raise GoldError(f"{where}: document {record['doc']!r} is not in the corpus")
    if not isinstance(record["event"], str) or not record["event"]:
        raise GoldError(f"{where}: event must be a non-empty key")
    if record["type"] not in EVENT_TYPES:
        raise GoldError(f"{where}: unknown type {record['type']!r} (one of {', '.join(EVENT_TYPES)})")
    if record["status"] is not None and record["status"] not in STATUSES:
        raise GoldError(f"{where}: unknown status {record['status']!r} (one of {', '.join(STATUSES)})")
    for field in ("edition", "agreements"):
        value = record[field]
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise GoldError(f"{where}: {field} must be a whole number or null, got {value!r}")
    for field in ("start", "end"):
        value = record[field]
        if value is not None and (not isinstance(value, str) or not TIMEX.fullmatch(value)):
            raise GoldError(f"{where}: {field} {value!r} is not a TIMEX3 date (2017-05-14, 2017-05, "
                            f"2019, XXXX-10-17)")
    start, end = record["start"], record["end"]
    if start and end and "X" not in start + end and end[:len(start)] < start[:len(end)]:
        raise GoldError(f"{where}: end {end} is before start {start}")
    country = record["country"]
    if country is not None and country not in iso_countries():
        raise GoldError(f"{where}: country {country!r} is not an ISO 3166-1 alpha-2 code")
    if not isinstance(record["countries"], list):
        raise GoldError(f"{where}: countries must be a list of ISO codes")
    for code in record["countries"]:
        if code not in iso_countries():
            raise GoldError(f"{where}: countries: {code!r} is not an ISO 3166-1 alpha-2 code")
    _names(record["name"], "name", where, nested=False)
    _names(record["city"], "city", where, nested=False)
    _names(record["persons"], "persons", where, nested=True)
    _names(record["orgs"], "orgs", where, nested=True)


def validate_document(record: dict, where: str, corpus_docs: set[str] | None) -> None:
    for field in ("doc", "published", "languages"):
        if field not in record:
            raise GoldError(f"{where}: missing field {field}")
    if corpus_docs is not None and record["doc"] not in corpus_docs:
        raise GoldError(f"{where}: document {record['doc']!r} is not in the corpus")
    published = record["published"]
    if published is not None:
        import datetime as dt

        try:
            valid = bool(DAY.fullmatch(published)) and bool(dt.date.fromisoformat(published))
        except (TypeError, ValueError):
            valid = False
        if not valid:
            raise GoldError(f"{where}: published {published!r} is not a YYYY-MM-DD date or null")
    languages = record["languages"]
    if not isinstance(languages, list) or not all(isinstance(x, str) and LANGUAGE_CODE.fullmatch(x) for x in languages):
        raise GoldError(f"{where}: languages must be a list of ISO 639-1 codes such as [\"fr\", \"zh\"]")


def load_gold(gold_dir: Path, corpus_docs: set[str] | None = None) -> tuple[list[dict], list[dict]]:
    """Validated gold mentions and documents. ``documents.jsonl`` is optional."""
    gold_dir = Path(gold_dir)
    mentions_path = gold_dir / "mentions.jsonl"
    if not mentions_path.exists():
        raise GoldError(f"{mentions_path}: no gold mentions file")
    mentions = []
    for number, record in _read_lines(mentions_path):
        validate_mention(record, f"{mentions_path}:{number}", corpus_docs)
        mentions.append(record)
    documents = []
    documents_path = gold_dir / "documents.jsonl"
    if documents_path.exists():
        for number, record in _read_lines(documents_path):
            validate_document(record, f"{documents_path}:{number}", corpus_docs)
            documents.append(record)
    return mentions, documents


def draft_gold(mentions: Iterable[Mention]) -> list[dict]:
    """Gold-format records from the pipeline's mentions, to be corrected by hand."""
    records = []
    for m in mentions:
        records.append({
            "doc": m.doc, "event": m.event_id, "type": m.type,
            "name": [m.name] if m.name else None, "edition": m.edition,
            "start": m.start, "end": m.end, "status": m.status,
            "city": [m.city] if m.city else None, "country": m.country,
            "countries": sorted(m.countries), "persons": [[p] for p in m.persons],
            "orgs": [[o] for o in m.orgs], "agreements": m.agreements,
        })
    return records
