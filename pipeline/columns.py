"""The output contract's columns, declared once (``../shared/ANNOTATION.md``).

Not a stage: the tables stage writes these columns, ``gold`` checks gold records against the event
fields, ``scoring`` and ``evaluate`` score them. A column added here reaches every one of them.
"""
from __future__ import annotations

EVENT_TYPES = ("SUMMIT", "FORUM", "MEETING", "VISIT")
STATUSES = ("past", "ongoing", "future")

#: the fields of one event as the guide defines them, in the guide's order: gold holds them,
#: mentions.csv and events.csv carry them, scoring counts one fact per value
EVENT_FIELDS = ("type", "name", "edition", "start", "end", "status", "city", "country",
                "countries", "persons", "orgs", "agreements")
#: fields holding several values (a CSV cell joins them with "; ")
LIST_FIELDS = frozenset({"countries", "persons", "orgs"})
#: integer fields
INT_FIELDS = frozenset({"edition", "agreements"})

#: one gold line: the document, the annotator's event key, then the event's fields
GOLD_MENTION_FIELDS = ("doc", "event", *EVENT_FIELDS)
GOLD_DOCUMENT_FIELDS = ("doc", "published", "languages")

#: provenance of a document: from its sidecar ``NAME.meta.json`` ("" without one)
PROVENANCE_COLUMNS = ("url", "source")
#: identifiers and coordinates of an event's names, looked up by the tables stage: the city's
#: GeoNames id and coordinates, the Wikidata id of each person and organisation (same order as
#: ``persons`` / ``orgs``; "" for a name that is not an alias-table entry). ``country`` and
#: ``countries`` are ISO codes already.
ID_COLUMNS = ("city_id", "latitude", "longitude", "person_ids", "org_ids")

#: PLOVER (the Open Event Data Alliance's event ontology, which POLECAT uses) beside our type, so
#: that the tables join POLECAT-style data: the event type, and the CONSULT mode (PLOVER's modes:
#: ``visit`` one side visits and the other hosts, ``third-party`` hosted by a third party,
#: ``multilateral`` in a multilateral setting (an alliance, an IGO), ``phone`` by phone or another
#: remote medium; PLOVER leaves the mode null when none fits). Every one of our types is a
#: consultation ("all consultations and meetings: visiting and hosting visits, meeting at a neutral
#: place, consulting by phone").
PLOVER_COLUMNS = ("plover_type", "plover_mode")
PLOVER_TYPES = {"SUMMIT": "CONSULT", "FORUM": "CONSULT", "MEETING": "CONSULT", "VISIT": "CONSULT"}
#: the mode a type gives by itself; None: the type alone does not tell (see ``MEETING_MODES``)
PLOVER_MODES = {"SUMMIT": "multilateral", "FORUM": "multilateral", "VISIT": "visit", "MEETING": None}
#: a MEETING's mode by the number of countries taking part: more than two is a multilateral
#: setting. Talks between two countries get no mode: in person (``visit`` or ``third-party``) and by
#: phone are not told apart by any field (the phone cue words are not marked as such in
#: ``lang/*/events.json``, and a phone call has a place as often as talks do), so the mode is left
#: empty rather than guessed.
MEETING_MULTILATERAL_COUNTRIES = 3

DOCUMENT_COLUMNS = ("doc", "path", "sha256", "published", "languages", "title", "chars", "encoding",
                    "events", "note", *PROVENANCE_COLUMNS)
MENTION_COLUMNS = ("doc", "event_id", *EVENT_FIELDS, "language", "evidence", "char_start", "char_end",
                   "date_source", *PROVENANCE_COLUMNS, *ID_COLUMNS, *PLOVER_COLUMNS, "evidence_fields")
#: an event's ``evidence`` is the list of its mentions' evidence sentences, ``doc_urls`` the URLs of
#: its documents (in ``docs`` order, documents without a URL left out)
EVENT_COLUMNS = ("event_id", "type", "name", "names", *EVENT_FIELDS[2:], "docs", "languages",
                 "evidence", "doc_urls", *ID_COLUMNS, *PLOVER_COLUMNS)
ENTITY_COLUMNS = ("doc", "language", "text", "label", "char_start", "char_end", "kind", "canonical", "id")
#: columns whose cells are lists in Parquet and JSON Lines and "; "-joined in CSV
LIST_COLUMNS = frozenset({"languages", "countries", "persons", "orgs", "names", "docs", "doc_urls",
                          "person_ids", "org_ids"})
#: list columns of one table only: a mention's evidence is one sentence, an event's several
TABLE_LIST_COLUMNS = {"events": frozenset({"evidence"})}
#: columns written as (nullable) integers: no ".0" in CSV, integers in Parquet and JSON Lines
INT_COLUMNS = frozenset({"edition", "agreements", "chars", "char_start", "char_end", "events"})
#: columns written as (nullable) floats (degrees, WGS84)
FLOAT_COLUMNS = frozenset({"latitude", "longitude"})
#: tables whose CSV starts with a UTF-8 byte-order mark: the analyst's spreadsheets, so that Excel
#: on Windows reads them as UTF-8 (else "Xi’an" shows as "Xiâ€™an" and Chinese names are garbled).
#: ``mentions`` and ``documents`` stay WITHOUT a mark: the independent scorer
#: (``../shared/tools/score.py``) opens them with encoding="utf-8" and reads their ``doc`` column
#: with csv.DictReader, which would see a first column named "\ufeffdoc" and score nothing.
#: Readers of the marked tables use encoding="utf-8-sig" (pandas and DuckDB drop the mark).
BOM_TABLES = frozenset({"events", "entities"})


def list_columns(table: str) -> frozenset[str]:
    """The columns of ``table`` (documents, mentions, events, entities) whose cells are lists."""
    return LIST_COLUMNS | TABLE_LIST_COLUMNS.get(table, frozenset())
