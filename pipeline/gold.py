"""Gold data: reading and checking hand-labelled JSON Lines, and drafting gold from mentions.

Place in the flow: beside the pipeline. ``load_gold`` reads ``GOLD/mentions.jsonl`` (required) and
``GOLD/documents.jsonl`` (optional) and checks every line against the annotation guide before
``evaluate`` scores anything: bad gold stops the evaluation with one line, "FILE:LINE: what is
wrong" (the first problem, and how many more there are). ``draft_gold`` turns the pipeline's
mentions into gold-format records for a person to correct rather than type from scratch.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .columns import EVENT_TYPES, STATUSES
from .columns import GOLD_DOCUMENT_FIELDS as DOCUMENT_FIELDS
from .columns import GOLD_MENTION_FIELDS as MENTION_FIELDS
from .records import Mention
from .scoring import MAX_GOLD_EVENTS

log = logging.getLogger(__name__)

#: TIMEX3 date values: YYYY, YYYY-MM or YYYY-MM-DD, X for each digit the text leaves open
TIMEX = re.compile(r"[0-9X]{4}(?:-[0-9X]{2}(?:-[0-9X]{2})?)?")
PUBLISHED = re.compile(r"\d{4}-\d{2}-\d{2}")
LANGUAGE_CODE = re.compile(r"[a-z]{2}")
#: Babel territories that are not ISO 3166-1 alpha-2 country codes: groupings (EU, EZ, UN, QO),
#: pseudo-regions (XA, XB, ZZ) and exceptional reservations (AC, CP, CQ, DG, EA, IC, TA).
#: XK (Kosovo, user-assigned) stays: the press and GeoNames use it.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA",
                           "IC", "TA"})


class GoldError(Exception):
    """Bad gold. Its text is one line: "FILE:LINE: what is wrong" (plus how many more problems);
    ``problems`` holds every problem found, one line each."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''} in the gold)" if more else ""
        super().__init__(self.problems[0] + suffix)


@lru_cache(maxsize=1)
def iso_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes known to Babel's territory list."""
    from babel import Locale

    return frozenset(code for code in Locale("en").territories
                     if re.fullmatch(r"[A-Z]{2}", code) and code not in NOT_COUNTRIES)


# --- one check per field: each returns what is wrong, or None -------------------------------------

def _key(value) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "must be a non-empty string"
    return None


def _timex_problem(value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not TIMEX.fullmatch(value):
        return f"{value!r} is not a TIMEX3 date (2017-05-14, 2017-05, 2019, XXXX-10-17) or null"
    parts = value.split("-")
    if len(parts) > 1 and "X" not in parts[1] and not 1 <= int(parts[1]) <= 12:
        return f"{value!r} has no month {parts[1]}"
    if len(parts) > 2 and "X" not in parts[2]:
        year = 2000 if "X" in parts[0] else int(parts[0])  # an open year: allow 29 February
        month = parts[1]
        try:
            if "X" in month:
                valid = 1 <= int(parts[2]) <= 31
            else:
                valid = bool(dt.date(year, int(month), int(parts[2])))
        except ValueError:
            valid = False
        if not valid:
            return f"{value!r} is not a day of the calendar"
    return None


def _whole(value, least: int) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < least:
        return f"must be a whole number ≥ {least} or null, got {value!r}"
    return None


def _forms(forms) -> bool:
    """A list of acceptable forms of one name: non-empty, all non-empty strings."""
    return isinstance(forms, list) and bool(forms) and all(isinstance(f, str) and f.strip() for f in forms)


def _one_name(value) -> str | None:
    if value is None or _forms(value):
        return None
    return f"must be a list of acceptable names (\"[\\\"Xi'an\\\", \\\"西安\\\"]\") or null, got {value!r}"


def _many_names(value) -> str | None:
    if isinstance(value, list) and all(_forms(forms) for forms in value):
        return None
    return f"must be a list of lists of acceptable names ([[\"Xi Jinping\", \"习近平\"]]), got {value!r}"


def _country(value) -> str | None:
    if value is None or value in iso_countries():
        return None
    return f"{value!r} is not an ISO 3166-1 alpha-2 code or null"


def _countries(value) -> str | None:
    if not isinstance(value, list):
        return f"must be a list of ISO 3166-1 alpha-2 codes, got {value!r}"
    bad = [code for code in value if code not in iso_countries()]
    return f"{', '.join(map(repr, bad))} not ISO 3166-1 alpha-2" if bad else None


def _choice(options: tuple[str, ...], nullable: bool) -> Callable:
    def check(value) -> str | None:
        if (value is None and nullable) or value in options:
            return None
        return f"unknown value {value!r} (one of {', '.join(options)})"
    return check


MENTION_CHECKS: dict[str, Callable] = {
    "doc": _key, "event": _key, "type": _choice(EVENT_TYPES, nullable=False),
    "name": _one_name, "edition": lambda v: _whole(v, 1), "start": _timex_problem,
    "end": _timex_problem, "status": _choice(STATUSES, nullable=True), "city": _one_name,
    "country": _country, "countries": _countries, "persons": _many_names, "orgs": _many_names,
    "agreements": lambda v: _whole(v, 0),
}


def _end_before_start(start, end) -> bool:
    """True when the known digits show the end before the start; an open digit ends the test."""
    if not (isinstance(start, str) and isinstance(end, str)):
        return False
    for start_part, end_part in zip(start.split("-"), end.split("-")):
        if "X" in start_part or "X" in end_part or start_part != end_part:
            return "X" not in start_part + end_part and end_part < start_part
    return False


def mention_problems(record: dict, corpus_docs: set[str] | None) -> list[str]:
    """What is wrong with one gold mention, field by field."""
    missing = [f for f in MENTION_FIELDS if f not in record]
    problems = [f"missing field{'s' if len(missing) > 1 else ''} {', '.join(missing)}"] if missing else []
    for field, check in MENTION_CHECKS.items():
        if field in record and (problem := check(record[field])):
            problems.append(f"{field}: {problem}")
    if not problems and _end_before_start(record["start"], record["end"]):
        problems.append(f"end {record['end']} is before start {record['start']}")
    doc = record.get("doc")
    if corpus_docs is not None and isinstance(doc, str) and doc not in corpus_docs:
        problems.append(f"document {doc!r} is not in the corpus")
    return problems


def document_problems(record: dict, corpus_docs: set[str] | None) -> list[str]:
    """What is wrong with one gold document record."""
    missing = [f for f in DOCUMENT_FIELDS if f not in record]
    problems = [f"missing field{'s' if len(missing) > 1 else ''} {', '.join(missing)}"] if missing else []
    if "doc" in record and (problem := _key(record["doc"])):
        problems.append(f"doc: {problem}")
    published = record.get("published")
    if published is not None:
        try:
            valid = bool(PUBLISHED.fullmatch(published)) and bool(dt.date.fromisoformat(published))
        except (TypeError, ValueError):
            valid = False
        if not valid:
            problems.append(f"published: {published!r} is not a YYYY-MM-DD date or null")
    languages = record.get("languages", [])
    if not isinstance(languages, list) or not all(isinstance(c, str) and LANGUAGE_CODE.fullmatch(c)
                                                   for c in languages):
        problems.append(f"languages: must be a list of ISO 639-1 codes such as [\"fr\", \"zh\"], got {languages!r}")
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        problems.append(f"title: must be a string or null, got {title!r}")
    doc = record.get("doc")
    if corpus_docs is not None and isinstance(doc, str) and doc not in corpus_docs:
        problems.append(f"document {doc!r} is not in the corpus")
    return problems


def _read_jsonl(path: Path, problems: list[str]) -> Iterator[tuple[int, dict]]:
    """(line number, object) for every non-blank line, in order; a line that is no JSON object
    goes to ``problems`` instead, so problems stay in line order."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        problems.append(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})")
        return
    except OSError as err:
        problems.append(f"{path}: cannot read ({err.strerror})")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{path}:{number}: broken JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            problems.append(f"{path}:{number}: a line must be one JSON object, got {type(record).__name__}")
            continue
        yield number, record


def _checked(path: Path, check: Callable[[dict], list[str]], key: Callable[[dict], tuple],
             what: str, problems: list[str]) -> list[tuple[int, dict]]:
    """(line number, record) of the good lines of one file, every line checked; a repeated key is
    a problem too."""
    records, first_line = [], {}
    for number, record in _read_jsonl(path, problems):
        found = check(record)
        problems.extend(f"{path}:{number}: {problem}" for problem in found)
        if found:
            continue
        seen = first_line.setdefault(key(record), number)
        if seen != number:
            problems.append(f"{path}:{number}: {what} already labelled at line {seen}")
            continue
        records.append((number, record))
    return records


def load_gold(gold_dir: Path, corpus_docs: set[str] | None = None) -> tuple[list[dict], list[dict]]:
    """Gold mentions and documents of a gold folder, every line checked first.

    ``documents.jsonl`` is optional (without it no document accuracy is scored). With
    ``corpus_docs``, every document named must be one of them. Raises ``GoldError``."""
    gold_dir = Path(gold_dir)
    problems: list[str] = []
    mentions_path = gold_dir / "mentions.jsonl"
    if not mentions_path.exists():
        raise GoldError(f"{mentions_path}: no such file (gold mentions, one JSON object a line)")
    numbered_mentions = _checked(mentions_path, lambda r: mention_problems(r, corpus_docs),
                                 lambda r: (r["doc"], r["event"]), "this event of this document", problems)
    per_doc: Counter[str] = Counter()
    for number, record in numbered_mentions:
        per_doc[record["doc"]] += 1
        if per_doc[record["doc"]] == MAX_GOLD_EVENTS + 1:
            # the exact pairing (ours and the independent scorer's) stops there: split the document
            problems.append(f"{mentions_path}:{number}: document {record['doc']!r} has more than "
                            f"{MAX_GOLD_EVENTS} gold mentions, more than scoring can pair")
    mentions = [record for _, record in numbered_mentions]
    documents: list[dict] = []
    documents_path = gold_dir / "documents.jsonl"
    if documents_path.exists():
        documents = [record for _, record in _checked(
            documents_path, lambda r: document_problems(r, corpus_docs), lambda r: (r["doc"],),
            "this document", problems)]
    else:
        log.info("%s: no gold documents file, document accuracy is not scored", documents_path)
    if problems:
        raise GoldError(problems)
    return mentions, documents


def draft_gold(mentions: Iterable[Mention]) -> list[dict]:
    """Gold-format records of the pipeline's mentions, to be corrected by hand."""
    return [{
        "doc": m.doc, "event": m.event_id, "type": m.type,
        "name": [m.name] if m.name else None, "edition": m.edition,
        "start": m.start, "end": m.end, "status": m.status,
        "city": [m.city] if m.city else None, "country": m.country,
        "countries": sorted(m.countries), "persons": [[person] for person in m.persons],
        "orgs": [[org] for org in m.orgs], "agreements": m.agreements,
    } for m in mentions]
