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

DOCUMENT_COLUMNS = ("doc", "path", "sha256", "published", "languages", "title", "chars", "encoding",
                    "events", "note")
MENTION_COLUMNS = ("doc", "event_id", *EVENT_FIELDS, "language", "evidence", "char_start", "char_end",
                   "date_source")
EVENT_COLUMNS = ("event_id", "type", "name", "names", *EVENT_FIELDS[2:], "docs", "languages")
ENTITY_COLUMNS = ("doc", "language", "text", "label", "char_start", "char_end", "kind", "canonical", "id")
#: columns whose cells are lists in Parquet and "; "-joined in CSV
LIST_COLUMNS = frozenset({"languages", "countries", "persons", "orgs", "names", "docs"})
#: columns written as (nullable) integers
INT_COLUMNS = frozenset({"edition", "agreements", "chars", "char_start", "char_end", "events"})
