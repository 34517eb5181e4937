"""The runner: the one ordered list of stages, and everything around it.

``STAGES`` is the whole flow in order: per document reading, cleaning, languages, candidates,
syntax, entities, dates, events (a path becomes an ``Article`` that each stage fills); per corpus merging,
tables and the report (a ``Corpus`` of every document's results). Each entry names the record fields it
requires and provides, and ``check_stages`` refuses a wrong order with one line before any article
is read. The runner owns looping, the per-document cache, workers, progress and error capture;
stages know nothing of these. A document that fails becomes a row with a note, never a crash.
"""
from __future__ import annotations

import functools
import logging
import signal
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from . import __version__
from .cache import DocumentCache, resources_fingerprint
from .candidates import select_candidates
from .cleaning import clean
from .dates import find_dates
from .entities import find_entities
from .events import find_events
from .languages import detect_languages
from .merging import merge_corpus
from .reading import read_article
from .records import Article, Corpus, Mention, StageError
from .report import write_report
from .settings import Settings
from .syntax import parse_sentences
from .tables import write_corpus

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


class PipelineError(RuntimeError):
    """A stage list that cannot run: a stage needs a field no earlier stage provides."""


@dataclass(frozen=True)
class Stage:
    """One entry of the stage list: what it runs, which record fields it needs and fills.

    ``verb`` is the stage's function (its module loads no model on import: models load on first
    use). ``options`` name keyword arguments the runner passes from the run's options (settings
    and output folder)."""

    name: str
    verb: Callable
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    per: str = "document"  # "document": Article -> Article; "corpus": Corpus -> Corpus
    options: tuple[str, ...] = ()


#: The whole flow, in order. Per document: a path becomes an Article that each stage fills; per
#: corpus: every document's results (gathered by the runner into a ``Corpus``) are merged into
#: events and written as tables. The README's stage table is this list.
STAGES: tuple[Stage, ...] = (
    Stage("reading", read_article, ("path",), ("raw", "sha256", "meta"), options=("follow_symlinks",)),
    Stage("cleaning", clean, ("raw",), ("text", "title", "published")),
    Stage("languages", detect_languages, ("text",), ("blocks", "sentences", "languages"),
          options=("languages",)),
    Stage("candidates", select_candidates, ("sentences",), ("candidates",)),
    Stage("syntax", parse_sentences, ("sentences", "candidates"), ("tokens",)),
    Stage("entities", find_entities, ("sentences", "candidates"), ("entities",)),
    Stage("dates", find_dates, ("sentences", "published"), ("dates",)),
    Stage("events", find_events, ("sentences", "tokens", "entities", "dates"), ("mentions",)),
    Stage("merging", merge_corpus, ("mentions",), ("events",), per="corpus"),
    Stage("tables", write_corpus, ("documents", "mentions", "events", "entities", "errors"),
          ("tables",), per="corpus", options=("out_dir",)),
    Stage("report", write_report, ("documents", "mentions", "events", "errors"), ("report",),
          per="corpus", options=("out_dir",)),
)

#: What the runner itself provides: the path of each file before the first stage, and, when it
#: gathers the documents into a Corpus, their table rows and errors.
RUNNER_PROVIDES = {"document": ("path",), "corpus": ("documents", "errors")}


def check_stages(stages: Sequence[Stage]) -> None:
    """Fail with one line when a stage needs a field that no earlier stage provides, or when a
    per-document stage comes after a per-corpus one."""
    available = set(RUNNER_PROVIDES["document"])
    in_corpus = False
    for stage in stages:
        if stage.per not in RUNNER_PROVIDES:
            raise PipelineError(f"stage {stage.name}: per must be 'document' or 'corpus', not {stage.per!r}")
        if stage.per == "corpus" and not in_corpus:
            in_corpus = True
            available |= set(RUNNER_PROVIDES["corpus"])
        elif stage.per == "document" and in_corpus:
            raise PipelineError(f"stage {stage.name} works per document but comes after the per-corpus stages")
        missing = [name for name in stage.requires if name not in available]
        if missing:
            raise PipelineError(f"stage {stage.name} requires {', '.join(missing)}, "
                                f"which no earlier stage provides")
        available |= set(stage.provides)


@dataclass(frozen=True)
class Pipeline:
    """The stage list checked and bound to a run's options: callables ready to apply."""

    document: tuple[tuple[str, Callable], ...]
    corpus: tuple[tuple[str, Callable], ...]


def build_pipeline(settings: Settings, out_dir: Path | None = None,
                   stages: Sequence[Stage] = STAGES, parts: tuple[str, ...] = ("document", "corpus")) -> Pipeline:
    """Check the stage list, then bind the options of the verbs of the stages of ``parts``."""
    check_stages(stages)
    options = {"languages": settings.languages, "follow_symlinks": settings.follow_symlinks,
               "out_dir": out_dir}
    bound: dict[str, list] = {"document": [], "corpus": []}
    for stage in stages:
        if stage.per not in parts:
            continue
        function = stage.verb
        kwargs = {name: options[name] for name in stage.options}
        bound[stage.per].append((stage.name, functools.partial(function, **kwargs) if kwargs else function))
    return Pipeline(document=tuple(bound["document"]), corpus=tuple(bound["corpus"]))


@dataclass(frozen=True)
class DocResult:
    """What one document yields: its documents.csv row, its mentions and entity rows."""

    doc: str
    path: str
    sha256: str
    document: dict
    mentions: tuple[Mention, ...] = ()
    entities: tuple[dict, ...] = ()
    error: dict | None = None

    def to_json(self) -> dict:
        data = asdict(self)
        data["mentions"] = [asdict(m) for m in self.mentions]
        return data

    @classmethod
    def from_json(cls, data: dict) -> "DocResult":
        mentions = tuple(
            Mention(**{k: tuple(v) if isinstance(v, list) else v for k, v in m.items()})
            for m in data["mentions"])
        return cls(doc=data["doc"], path=data["path"], sha256=data["sha256"],
                   document=data["document"], mentions=mentions,
                   entities=tuple(data["entities"]), error=data["error"])


def document_row(article: Article, mentions: Sequence[Mention], note: str) -> dict:
    return {"doc": article.doc_id, "path": str(Path(article.path).resolve()), "sha256": article.sha256,
            "published": article.published, "languages": list(article.languages),
            "title": article.title, "chars": len(article.raw), "encoding": article.encoding,
            "events": len(mentions), "note": note,
            "url": article.meta_value("url") or "", "source": article.meta_value("source") or ""}


def _no_event_note(article: Article) -> str:
    from .candidates import has_cue

    if not article.sentences:
        return "no sentence found in the text"
    if any(note.startswith("rejected ") for note in article.notes):
        return ""  # the events stage said which cue it found and why it gave no event
    unsupported = [lang for lang in article.languages if lang not in ("fr", "zh")]
    # every sentence with a cue word is a candidate: only those are read again
    if not any(has_cue(article.text[s.start:s.end], s.language) for s in article.candidate_sentences()):
        if unsupported and not any(lang in ("fr", "zh") for lang in article.languages):
            return f"no event rules for language {', '.join(unsupported)}: only entities and dates extracted"
        return "no event cue word in the text"
    return "event cue words found, but none names a specific event (no name, date, place or participants)"


def process_document(path: Path, settings: Settings, pipeline: Pipeline | None = None) -> DocResult:
    """Run every per-document stage on one file; a StageError becomes a DocResult with an error."""
    from .tables import entity_rows

    pipeline = pipeline or _document_pipeline(settings)
    stage = "reading"
    subject: Path | Article = path
    try:
        with _time_budget(settings.document_seconds):
            for stage, run_stage in pipeline.document:
                subject = run_stage(subject)
    except DocumentTimeout:
        return _failed(path, stage, f"took over {settings.document_seconds:g} s: skipped so that the run "
                                    f"goes on (raise document_seconds in the settings to allow more)")
    except StageError as err:
        return _failed(path, err.stage, str(err.reason))
    except Exception as err:  # a bug on one document must not stop the corpus
        log.exception("%s: stage %s failed", path.stem, stage)
        return _failed(path, stage, f"{type(err).__name__}: {err}")
    article = subject
    note = "; ".join(article.notes)
    if not article.mentions:
        note = "; ".join(x for x in (note, _no_event_note(article)) if x)
    return DocResult(doc=article.doc_id, path=str(path), sha256=article.sha256,
                     document=document_row(article, article.mentions, note), mentions=article.mentions,
                     entities=tuple(entity_rows(article.doc_id, article.entities)))


class DocumentTimeout(Exception):
    """One document went past its time budget (``Settings.document_seconds``)."""


class _time_budget:
    """Raise DocumentTimeout in the block after ``seconds`` (wall clock). Only in a main thread
    where SIGALRM exists (the local engine and its worker processes); elsewhere (a Dask worker's
    thread) no budget is enforced. A class, not a generator: exceptions of the block (frozen
    StageErrors among them) pass through untouched."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.previous = None

    def __enter__(self):
        if self.seconds and hasattr(signal, "setitimer") \
                and threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGALRM, self._expired)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc) -> bool:
        if self.previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False

    @staticmethod
    def _expired(signum, frame):
        raise DocumentTimeout()


@functools.lru_cache(maxsize=8)
def _document_pipeline(settings: Settings) -> Pipeline:
    """One built pipeline per settings and process (workers build their own once)."""
    return build_pipeline(settings, parts=("document",))


def _failed(path: Path, stage: str, reason: str) -> DocResult:
    from .cache import file_sha256

    try:
        digest = file_sha256(path)
    except OSError:
        digest = ""
    note = f"skipped ({stage}): {reason}"
    return DocResult(doc=path.stem, path=str(path), sha256=digest,
                     document={"doc": path.stem, "path": str(path.resolve()), "sha256": digest,
                               "url": "", "source": "",
                               "published": None, "languages": [], "title": "", "chars": None,
                               "encoding": "", "events": 0, "note": note},
                     error={"doc": path.stem, "path": str(path), "stage": stage, "reason": reason})


def document_cache(out_dir: Path, settings: Settings) -> DocumentCache:
    """The per-document cache of an output folder, keyed by the code, data and languages."""
    # a symlink out of the corpus is read or refused by the setting: its result depends on it
    links = "|follow-symlinks" if settings.follow_symlinks else ""
    return DocumentCache(out_dir / ".cache", key=f"{__version__}|{resources_fingerprint()}|"
                                                 f"{','.join(settings.languages)}{links}")


def cached_or_processed(path: Path, settings: Settings, out_dir: Path | None = None) -> DocResult:
    """One document's result: from ``out_dir``'s cache when a run already processed this very
    file with this code (no model loaded), else processed now."""
    if out_dir is not None and (out_dir / ".cache").is_dir():
        try:
            cached = document_cache(out_dir, settings).get(path)
            if cached is not None:
                return DocResult.from_json(cached)
        except (KeyError, TypeError, ValueError):  # a cache entry of another shape: process again
            pass
    return process_document(path, settings)


def corpus_files(corpus: Path) -> list[Path]:
    """Article files of a corpus folder (recursively), leaving out gold, hidden and output folders."""
    if not corpus.exists():
        raise FileNotFoundError(f"{corpus}: no such corpus folder")
    if corpus.is_file():
        return [corpus]
    files = []
    for path in sorted(corpus.rglob("*")):
        rel = path.relative_to(corpus).parts
        if any(p.startswith(".") or p in ("gold", "outputs", "__pycache__") for p in rel[:-1]):
            continue
        if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith("."):
            files.append(path)
    return files


@dataclass
class RunSummary:
    documents: int = 0
    processed: int = 0
    from_cache: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    mentions: int = 0
    events: list = field(default_factory=list)
    seconds: float = 0.0
    unchanged: bool = False


def _progress(iterable, total: int, enabled: bool):
    if not enabled:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, unit="doc", file=sys.stderr, dynamic_ncols=True,
                desc="articles")


def run_corpus(corpus: Path, out_dir: Path, settings: Settings | None = None,
               progress: bool = False, processor: Callable[[Path, Settings], DocResult] | None = None,
               workers: int = 1, engine: str = "local", scheduler: str | None = None) -> RunSummary:
    """Process a corpus folder into the output tables. Only new or changed files are processed;
    the rest comes from the cache; events are merged again over all documents. ``workers`` and
    ``engine`` choose how the new files are spread (see ``parallel``); the tables do not depend on
    them."""
    settings = settings or Settings()
    processor = processor or process_document
    began = time.perf_counter()
    files = corpus_files(corpus)
    summary = RunSummary(documents=len(files))
    cache = document_cache(out_dir, settings)
    if cache.unchanged(files) and (out_dir / "events.csv").exists() and (out_dir / "report.html").exists():
        summary.unchanged = True
        summary.from_cache = len(files)
        summary.seconds = time.perf_counter() - began
        return summary
    results: list[DocResult] = []
    todo: list[Path] = []
    for path in files:
        cached = cache.get(path)
        if cached is not None:
            results.append(DocResult.from_json(cached))
            summary.from_cache += 1
        else:
            todo.append(path)
    from .parallel import map_documents

    done = map_documents(todo, settings, processor, workers=workers, engine=engine,
                         scheduler=scheduler)
    for result in _progress(done, len(todo), progress):
        path = Path(result.path)
        cache.put(path, result.sha256, result.to_json())
        results.append(result)
        summary.processed += 1
    results.sort(key=lambda r: r.path)
    seen_docs: dict[str, str] = {}
    documents, entities, errors, mentions = [], [], [], []
    for r in results:
        if r.doc in seen_docs:
            reason = f"another file has the same document id ({seen_docs[r.doc]}): rename one of them"
            errors.append({"doc": r.doc, "path": r.path, "stage": "read", "reason": reason})
            summary.skipped.append((r.path, reason))
            continue
        seen_docs[r.doc] = r.path
        documents.append(r.document)
        entities.extend(r.entities)
        mentions.extend(r.mentions)
        if r.error:
            errors.append(r.error)
            summary.skipped.append((r.path, f"{r.error['stage']}: {r.error['reason']}"))
    corpus_record = Corpus(documents=tuple(documents), mentions=tuple(mentions),
                           entities=tuple(entities), errors=tuple(errors))
    for _name, run_stage in build_pipeline(settings, out_dir, parts=("corpus",)).corpus:
        corpus_record = run_stage(corpus_record)
    merged_mentions, events = corpus_record.mentions, corpus_record.events
    cache.commit(files)
    summary.mentions = len(merged_mentions)
    summary.events = sorted(events, key=lambda e: (-len(e.docs), e.start or "", e.event_id))
    summary.seconds = time.perf_counter() - began
    return summary
