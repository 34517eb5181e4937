"""Python API for notebooks: events of one text, a corpus run, and the tables as pandas DataFrames.

Not a stage: a thin layer over the runner. ``extract`` runs the per-document stages of
``runner.STAGES`` (those after reading: the text is already in memory) on one text and returns its
mentions; ``run`` is ``runner.run_corpus`` (the same run as ``python -m pipeline run``, with its
cache, so a second call on an unchanged corpus returns at once); ``read_table`` reads the Parquet
tables that the tables stage writes. The Parquet files are read rather than the CSV ones because
they keep what CSV loses: list cells come back as Python lists, ``edition`` and ``agreements`` as
nullable integers (``Int64``), and a country code ``NA`` (Namibia) as the string "NA", not as a
missing value.

Example::

    from pipeline import extract, run

    mentions = extract("Le président kazakh effectuera une visite d'État en France du 12 au "
                       "14 mars 2026.", published="2026-02-01")
    mentions[0].type, mentions[0].start                 # ('VISIT', '2026-03-12'): Mention records
    mentions.to_frame()                                 # the columns of mentions.csv

    result = run("corpus", out="outputs", languages=["fr", "zh"])
    print(result.summary.processed, "documents processed")
    result.events[["type", "name", "start", "city", "persons"]]
    result.events.explode("persons")                   # one row per participant

    from pipeline.api import events, read_table
    mentions = read_table("outputs", "mentions")       # any table of a finished run
    events("outputs").query("type == 'SUMMIT'")        # the events table alone

Table names: ``documents``, ``mentions``, ``events``, ``entities`` (columns in ``columns.py`` and
``../shared/ANNOTATION.md``).
"""
from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from . import columns as contract
from .records import Article, Mention

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


def _settings(languages: str | Iterable[str] | None, source: str):
    """The default settings, or with these languages ("fr,zh" or ["fr", "zh"]); a code language
    identification does not know raises ``settings.SettingsError`` naming it (as the command line
    refuses it): an unknown code would label every paragraph "und" and find nothing."""
    from lingua import Language

    from .settings import Settings, SettingsError

    if languages is None:
        return Settings()
    settings = Settings.from_mapping({"languages": languages if isinstance(languages, str)
                                      else list(languages)}, source=source)
    known = {language.iso_code_639_1.name.lower() for language in Language.all()}
    unknown = [code for code in settings.languages if code not in known]
    if unknown:
        raise SettingsError(f"{source}: {unknown[0]!r} is not a language language identification knows "
                            f"(ISO 639-1 codes such as fr, zh, en, ru)")
    return settings


@dataclass
class Result:
    """What ``run`` returns: the three main tables of the run and the runner's summary (documents
    processed, taken from the cache and skipped with their reasons, seconds)."""

    events: pd.DataFrame
    mentions: pd.DataFrame
    documents: pd.DataFrame
    summary: RunSummary


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

    settings = _settings(languages, "languages")
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


class Mentions(tuple[Mention, ...]):
    """What ``extract`` returns: the ``Mention`` records of one text (a tuple: index it, loop over
    it, ``len`` it), with ``to_frame`` for a DataFrame."""

    __slots__ = ()

    def to_frame(self) -> pd.DataFrame:
        """The mentions as a DataFrame with the columns of ``mentions.csv`` (``columns.py``) and the
        types of ``read_table``: list cells as lists, ``edition`` and ``agreements`` as ``Int64``,
        text as pandas strings, the ids and coordinates of the names looked up as the tables stage
        does. ``event_id`` is empty: events are merged across documents by ``run``."""
        from .tables import mentions_frame

        return mentions_frame(self)


def extract(text: str, published: str | datetime.date | None = None, language: str | None = None,
            doc: str = "text") -> Mentions:
    """The events one text speaks of, as ``Mention`` records (one per event; ``.to_frame()`` for a
    DataFrame): the per-document stages of ``runner.STAGES`` run on the text in memory (every
    stage after reading, which turns a file into text), with the models loaded once per process.

    ``published``: the publication date ("YYYY-MM-DD" or a ``datetime.date``) that relative dates
    ("vendredi", "上周") are resolved against; without it a date line in the text is used when
    there is one. ``language``: the ISO 639-1 code of the text ("fr", "zh"; default: identified
    among the settings' languages). ``doc``: the ``doc`` value of the records. A text that is
    blank gives no mention; a stage that refuses the text raises ``records.StageError``; a bad
    ``published`` raises ValueError, a bad ``language`` ``settings.SettingsError``."""
    from .runner import STAGES, _document_pipeline

    if not isinstance(text, str):
        raise TypeError(f"extract takes the text of an article as a str, not {type(text).__name__}")
    if isinstance(published, datetime.datetime):
        published = published.date()
    if isinstance(published, datetime.date):
        published = published.isoformat()
    if published is not None:
        try:
            published = datetime.date.fromisoformat(published).isoformat()
        except (TypeError, ValueError):
            raise ValueError(f"published: {published!r} is not a date YYYY-MM-DD") from None
    settings = _settings(None if language is None else [language], "language")
    if not text.strip():
        return Mentions()
    article = Article(doc_id=doc, path="", sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                      raw=text, text=text, published=published,
                      published_source="meta" if published else "")
    # the stages that need a file (reading: path -> raw text) are done: the text is in memory. No
    # time budget (the runner's is for a corpus that must go on): the caller waits for its own text
    from_file = {stage.name for stage in STAGES if stage.per == "document" and set(stage.requires) <= {"path"}}
    for name, run_stage in _document_pipeline(settings).document:
        if name not in from_file:
            article = run_stage(article)
    return Mentions(article.mentions)

