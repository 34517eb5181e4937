"""Tables stage: records in, the output tables on disk (CSV and Parquet), replaced as one set.

Every table of a run is written into a new generation folder ``OUT/.tables/gen-…``; then one
symlink, ``OUT/.tables/current``, is switched to it by an atomic rename, and ``OUT/events.csv`` and
the other table files are fixed symlinks through ``current``. A reader therefore sees either every
old table or every new one, never a mix (a run killed or a disk filling up while tables are written
leaves the previous set whole); the generation that is no longer current is then removed. List cells
are joined with "; " in CSV and stay real lists in Parquet. CSV cells that a spreadsheet would run
as a formula (starting with ``=``, ``+``, ``-`` or ``@``) get a leading ``'``; Parquet keeps the raw
values. Files are created with the usual permissions (0666 less the umask), not a temporary file's
0600.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
from dataclasses import asdict, fields
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

from .reading import printable
from .records import Entity, Event, Mention

log = logging.getLogger(__name__)

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


#: where the generations of tables live, inside the output folder (hidden: not an article folder)
GENERATIONS_DIR = ".tables"
#: the symlink naming the generation readers see
CURRENT = "current"
#: first characters that make a spreadsheet read a cell as a formula (CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: Path, payload: bytes) -> None:
    """Write a file whole or not at all: a temporary file in the same folder, then a rename. The
    file gets the permissions of a normally created one (0666 less the umask)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o666 & ~_umask())
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """UTF-8 text written atomically. A lone surrogate (from a file name that is not UTF-8) is
    written as the escape ``\\udce9`` instead of failing the whole write (in a JSON string, the
    escape reads back as the same character)."""
    atomic_write_bytes(path, text.encode("utf-8", errors="backslashreplace"))


def mention_rows(mentions: Sequence[Mention]) -> list[dict]:
    return [{c: getattr(m, c) for c in MENTION_COLUMNS} for m in mentions]


def event_rows(events: Sequence[Event]) -> list[dict]:
    return [{c: getattr(e, c) for c in EVENT_COLUMNS} for e in events]


def entity_rows(doc: str, entities: Iterable[Entity]) -> list[dict]:
    return [{"doc": doc, "language": e.language, "text": e.text, "label": e.label,
             "char_start": e.start, "char_end": e.end, "kind": e.kind, "canonical": e.canonical,
             "id": e.entity_id} for e in entities]


def _printable_cell(value):
    if isinstance(value, (list, tuple)):
        return [printable(x) for x in value]
    return printable(value)


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    # a file name that is not UTF-8 reaches the path and doc cells: escaped before pandas sees it
    rows = [{key: _printable_cell(value) for key, value in row.items()} for row in rows]
    frame = pd.DataFrame(rows, columns=columns)
    for col in columns:
        if col in LIST_COLUMNS:
            frame[col] = frame[col].map(lambda v: list(v) if isinstance(v, (list, tuple)) else [])
        elif col in INT_COLUMNS:
            frame[col] = pd.array(frame[col], dtype="Int64")
        else:
            frame[col] = frame[col].astype("string")
    return frame


def neutralise_formula(cell):
    """A text cell that a spreadsheet would run as a formula, with a leading ``'``."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _csv_text(frame: pd.DataFrame) -> str:
    flat = frame.copy()
    for col in flat.columns:
        if col in LIST_COLUMNS:
            flat[col] = flat[col].map(lambda v: "; ".join(v))
        if col not in INT_COLUMNS:
            flat[col] = flat[col].map(neutralise_formula).astype("string")
    return flat.to_csv(index=False)


def write_table(out_dir: Path, name: str, rows: list[dict], columns: list[str]) -> Path:
    """One table as ``NAME.csv`` and ``NAME.parquet`` in ``out_dir``, each written atomically."""
    frame = _frame(rows, columns)
    atomic_write_text(out_dir / f"{name}.csv", _csv_text(frame))
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.parquet.", suffix=".tmp")
    os.close(fd)
    try:
        frame.to_parquet(tmp, index=False)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, out_dir / f"{name}.parquet")
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return out_dir / f"{name}.csv"


def _write_new(path: Path, payload: bytes) -> None:
    with open(path, "xb") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())


def _write_generation(folder: Path, documents, mentions, events, entities, errors) -> list[str]:
    """Every table into ``folder`` (new, empty); the names of the files written."""
    names = []
    for name, rows, columns in (("documents", documents, DOCUMENT_COLUMNS),
                                ("mentions", mention_rows(mentions), MENTION_COLUMNS),
                                ("events", event_rows(events), EVENT_COLUMNS),
                                ("entities", entities, ENTITY_COLUMNS)):
        frame = _frame(rows, columns)
        _write_new(folder / f"{name}.csv", _csv_text(frame).encode("utf-8"))
        frame.to_parquet(folder / f"{name}.parquet", index=False)
        names += [f"{name}.csv", f"{name}.parquet"]
    _write_new(folder / "errors.jsonl",
               "".join(json.dumps({k: printable(v) for k, v in e.items()}, ensure_ascii=False) + "\n"
                       for e in errors).encode("utf-8"))
    names.append("errors.jsonl")
    return names


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _symlink_atomically(target: str, link: Path) -> None:
    """``link`` (replaced if it exists, file or symlink) pointing at ``target``, in one rename."""
    tmp = link.with_name(f".{link.name}.{os.getpid()}.link.tmp")
    if os.path.lexists(tmp):
        os.unlink(tmp)
    os.symlink(target, tmp)
    try:
        os.replace(tmp, link)
    except BaseException:
        if os.path.lexists(tmp):
            os.unlink(tmp)
        raise


def write_tables(out_dir: Path, documents: list[dict], mentions: Sequence[Mention],
                 events: Sequence[Event], entities: list[dict], errors: list[dict]) -> None:
    """Replace the output tables as one set (see the module docstring). On any error (a full disk,
    a read-only folder) the new generation is removed and the previous tables stay as they were."""
    out_dir.mkdir(parents=True, exist_ok=True)
    generations = out_dir / GENERATIONS_DIR
    generations.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(dir=generations, prefix=f"gen-{time.strftime('%Y%m%dT%H%M%S')}-"))
    try:
        os.chmod(folder, 0o777 & ~_umask())
        names = _write_generation(folder, documents, mentions, events, entities, errors)
        _fsync_dir(folder)
        # the one switch: from here on every table a reader opens is the new one
        _symlink_atomically(folder.name, generations / CURRENT)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    _fsync_dir(generations)
    for name in names:
        link = out_dir / name
        target = os.path.join(GENERATIONS_DIR, CURRENT, name)
        if not (os.path.islink(link) and os.readlink(link) == target):
            _symlink_atomically(target, link)  # once per output folder: old plain files become links
    for old in generations.iterdir():
        if old.name not in (CURRENT, folder.name) and old.name.startswith("gen-") and old.is_dir() \
                and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)


def write_corpus(corpus, out_dir: Path):
    """The tables stage's verb: every table of a merged ``records.Corpus`` written to ``out_dir``
    (atomically, see ``write_tables``); the corpus is returned unchanged."""
    write_tables(out_dir, list(corpus.documents), corpus.mentions, corpus.events,
                 list(corpus.entities), list(corpus.errors))
    return corpus
