"""Python API for notebooks: run the pipeline on a corpus and read its tables as pandas DataFrames.

Not a stage: a thin layer over ``runner.run_corpus`` (the same run as ``python -m pipeline run``,
with its cache, so a second call on an unchanged corpus returns at once) and over the Parquet
tables that the tables stage writes. The Parquet files are read rather than the CSV ones because
they keep what CSV loses: list cells come back as Python lists, ``edition`` and ``agreements`` as
nullable integers (``Int64``), and a country code ``NA`` (Namibia) as the string "NA", not as a
missing value.

Example::

    from pipeline.api import run, events, read_table

    result = run("corpus", out="outputs", languages=["fr", "zh"])
    print(result.summary.processed, "documents processed")
    result.events[["type", "name", "start", "city", "persons"]]
    result.events.explode("persons")                   # one row per participant
    mentions = read_table("outputs", "mentions")       # any table of a finished run
    events("outputs").query("type == 'SUMMIT'")        # the events table alone

Table names: ``documents``, ``mentions``, ``events``, ``entities`` (columns in ``columns.py`` and
``../shared/ANNOTATION.md``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pandas as pd

from . import columns as contract

if TYPE_CHECKING:  # the runner pulls in every stage: imported when a run is asked for
    from .runner import RunSummary

#: the tables a run writes, each as NAME.parquet (and .csv, .jsonl) in the output folder
TABLE_NAMES = ("documents", "mentions", "events", "entities")


def read_table(out_dir: str | Path, name: str) -> pd.DataFrame:
    """One output table of ``out_dir`` (``documents``, ``mentions``, ``events`` or ``entities``)
    read from its Parquet file: list cells as Python lists, integer columns as ``Int64``, text
    columns as pandas strings with missing values as ``<NA>`` ("NA", Namibia's code, stays "NA").
    A table that is not there raises FileNotFoundError naming the file."""
    if name not in TABLE_NAMES:
        raise ValueError(f"unknown table {name!r} (known: {', '.join(TABLE_NAMES)})")
    path = Path(out_dir) / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such table (run the pipeline with --out {out_dir} first)")
    frame = pd.read_parquet(path)
    for col in contract.list_columns(name):
        if col in frame.columns:
            # pyarrow gives numpy arrays; a list is what a notebook user expects (and compares)
            frame[col] = frame[col].map(lambda cell: [] if cell is None else list(cell))
    return frame


@dataclass
class Result:
    """What ``run`` returns: the three main tables of the run and the runner's summary (documents
    processed, taken from the cache and skipped with their reasons, seconds)."""

    events: pd.DataFrame
    mentions: pd.DataFrame
    documents: pd.DataFrame
    summary: "RunSummary"


def run(corpus: str | Path, out: str | Path = "outputs", languages: str | Iterable[str] | None = None,
        workers: int = 1) -> Result:
    """Process the articles of ``corpus`` (a folder, or one file) into the tables of ``out``, as
    ``python -m pipeline run CORPUS --out OUT`` does (same cache, same lock on the output folder);
    the tables are then read back. ``languages``: the languages language identification may choose
    from ("fr,zh" or ["fr", "zh"]; default the settings' list); ``workers``: processes (0 = one per
    core). A missing corpus raises FileNotFoundError, a corpus without any article ValueError (the
    tables of the last run are left as they were), a bad language code ``settings.SettingsError``,
    an output folder another run holds ``lock.LockHeld``."""
    from .lock import OutputLock
    from .parallel import default_workers
    from .runner import corpus_files, run_corpus
    from .settings import Settings

    settings = Settings()
    if languages is not None:
        settings = Settings.from_mapping({"languages": languages if isinstance(languages, str)
                                          else list(languages)}, source="languages")
    corpus, out_dir = Path(corpus), Path(out)
    if not corpus_files(corpus):  # raises FileNotFoundError for a missing corpus
        raise ValueError(f"{corpus}: no .txt or .html article found")
    out_dir.mkdir(parents=True, exist_ok=True)
    with OutputLock(out_dir):
        summary = run_corpus(corpus, out_dir, settings,
                             workers=workers if workers > 0 else default_workers())
    return Result(events=read_table(out_dir, "events"), mentions=read_table(out_dir, "mentions"),
                  documents=read_table(out_dir, "documents"), summary=summary)


def events(out: str | Path = "outputs") -> pd.DataFrame:
    """The events table of a finished run in ``out`` (see ``read_table``)."""
    return read_table(out, "events")
