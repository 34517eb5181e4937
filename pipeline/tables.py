"""Tables stage: records in, the output tables on disk (CSV and Parquet), written atomically.

Each file is written to a temporary file in the output folder and renamed over the old one, so a
run killed at any point leaves every table either as it was or whole and new. List cells are
joined with "; " in CSV and stay real lists in Parquet.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, fields
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from .records import Entity, Event, Mention

DOCUMENT_COLUMNS = ["doc", "path", "sha256", "published", "languages", "title", "chars", "encoding",
                    "events", "note"]
MENTION_COLUMNS = ["doc", "event_id", "type", "name", "edition", "start", "end", "status", "city",
                   "country", "countries", "persons", "orgs", "agreements", "language", "evidence",
                   "char_start", "char_end", "date_source"]
EVENT_COLUMNS = ["event_id", "type", "name", "names", "edition", "start", "end", "status", "city",
                 "country", "countries", "persons", "orgs", "agreements", "docs", "languages"]
ENTITY_COLUMNS = ["doc", "language", "text", "label", "char_start", "char_end", "kind", "canonical",
                  "id"]
LIST_COLUMNS = {"languages", "countries", "persons", "orgs", "names", "docs"}
INT_COLUMNS = {"edition", "agreements", "chars", "char_start", "char_end", "events"}


def atomic_write_bytes(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def mention_rows(mentions: Sequence[Mention]) -> list[dict]:
    return [{c: getattr(m, c) for c in MENTION_COLUMNS} for m in mentions]


def event_rows(events: Sequence[Event]) -> list[dict]:
    return [{c: getattr(e, c) for c in EVENT_COLUMNS} for e in events]


def entity_rows(doc: str, entities: Iterable[Entity]) -> list[dict]:
    return [{"doc": doc, "language": e.language, "text": e.text, "label": e.label,
             "char_start": e.start, "char_end": e.end, "kind": e.kind, "canonical": e.canonical,
             "id": e.entity_id} for e in entities]


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    for col in columns:
        if col in LIST_COLUMNS:
            frame[col] = frame[col].map(lambda v: list(v) if isinstance(v, (list, tuple)) else [])
        elif col in INT_COLUMNS:
            frame[col] = pd.array(frame[col], dtype="Int64")
        else:
            frame[col] = frame[col].astype("string")
    return frame


def _csv_text(frame: pd.DataFrame) -> str:
    flat = frame.copy()
    for col in flat.columns:
        if col in LIST_COLUMNS:
            flat[col] = flat[col].map(lambda v: "; ".join(v))
    return flat.to_csv(index=False)


def write_table(out_dir: Path, name: str, rows: list[dict], columns: list[str]) -> Path:
    frame = _frame(rows, columns)
    atomic_write_text(out_dir / f"{name}.csv", _csv_text(frame))
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.parquet.", suffix=".tmp")
    os.close(fd)
    try:
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, out_dir / f"{name}.parquet")
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out_dir / f"{name}.csv"


def write_tables(out_dir: Path, documents: list[dict], mentions: Sequence[Mention],
                 events: Sequence[Event], entities: list[dict], errors: list[dict]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    write_table(out_dir, "documents", documents, DOCUMENT_COLUMNS)
    write_table(out_dir, "mentions", mention_rows(mentions), MENTION_COLUMNS)
    write_table(out_dir, "events", event_rows(events), EVENT_COLUMNS)
    write_table(out_dir, "entities", entities, ENTITY_COLUMNS)
    atomic_write_text(out_dir / "errors.jsonl",
                      "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))


def write_corpus(corpus, out_dir: Path):
    """The tables stage's verb: every table of a merged ``records.Corpus`` written to ``out_dir``
    (atomically, see ``write_tables``); the corpus is returned unchanged."""
    write_tables(out_dir, list(corpus.documents), corpus.mentions, corpus.events,
                 list(corpus.entities), list(corpus.errors))
    return corpus
