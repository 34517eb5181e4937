"""The runner: the one ordered list of stages, and everything around it.

A document goes through ``STAGES`` (reading, cleaning, languages, entities, dates, events); the
runner owns looping, the per-document cache, progress, error capture and the final merge. Stages
know nothing of these. A document that fails becomes a row with a note, never a crash.
"""
from __future__ import annotations

import logging
import sys
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Sequence

from . import __version__
from .cache import DocumentCache, resources_fingerprint
from .records import Article, Mention, StageError
from .settings import Settings

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def _stages(settings: Settings) -> list[tuple[str, Callable[[Article], Article]]]:
    """The stages from a read Article to one with sentences, entities and dates, in order."""
    from .cleaning import clean
    from .dates import find_dates
    from .entities import find_entities
    from .candidates import select_candidates
    from .languages import detect_languages

    return [
        ("clean", clean),
        ("languages", lambda a: detect_languages(a, languages=settings.languages)),
        ("candidates", select_candidates),
        ("entities", find_entities),
        ("dates", find_dates),
    ]


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
    return {"doc": article.doc_id, "path": article.path, "sha256": article.sha256,
            "published": article.published, "languages": list(article.languages),
            "title": article.title, "chars": len(article.raw), "encoding": article.encoding,
            "events": len(mentions), "note": note}


def _no_event_note(article: Article) -> str:
    from .events import has_cue

    if not article.sentences:
        return "no sentence found in the text"
    unsupported = [lang for lang in article.languages if lang not in ("fr", "zh")]
    if not any(has_cue(article.text[s.start:s.end], s.language) for s in article.sentences):
        if unsupported and not any(lang in ("fr", "zh") for lang in article.languages):
            return f"no event rules for language {', '.join(unsupported)}: only entities and dates extracted"
        return "no event cue word in the text"
    return "event cue words found, but none names a specific event (no name, date, place or participants)"


def process_document(path: Path, settings: Settings) -> DocResult:
    """Run every stage on one file; a StageError becomes a DocResult with an error."""
    from .entities import find_entities  # noqa: F401  (import errors surface here, not per stage)
    from .events import find_events
    from .reading import read_article
    from .tables import entity_rows

    stage = "read"
    doc = path.stem
    try:
        article = read_article(path)
        for stage, run_stage in _stages(settings):
            article = run_stage(article)
        stage = "events"
        mentions = find_events(article)
    except StageError as err:
        return _failed(path, err.stage, str(err.reason))
    except Exception as err:  # a bug on one document must not stop the corpus
        log.exception("%s: stage %s failed", doc, stage)
        return _failed(path, stage, f"{type(err).__name__}: {err}")
    note = "; ".join(article.notes)
    if not mentions:
        note = "; ".join(x for x in (note, _no_event_note(article)) if x)
    return DocResult(doc=article.doc_id, path=str(path), sha256=article.sha256,
                     document=document_row(article, mentions, note), mentions=mentions,
                     entities=tuple(entity_rows(article.doc_id, article.entities)))


def _failed(path: Path, stage: str, reason: str) -> DocResult:
    from .cache import file_sha256

    try:
        digest = file_sha256(path)
    except OSError:
        digest = ""
    note = f"skipped ({stage}): {reason}"
    return DocResult(doc=path.stem, path=str(path), sha256=digest,
                     document={"doc": path.stem, "path": str(path), "sha256": digest,
                               "published": None, "languages": [], "title": "", "chars": None,
                               "encoding": "", "events": 0, "note": note},
                     error={"doc": path.stem, "path": str(path), "stage": stage, "reason": reason})


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
    from .merging import merge_events
    from .tables import write_tables

    settings = settings or Settings()
    processor = processor or process_document
    began = time.perf_counter()
    files = corpus_files(corpus)
    summary = RunSummary(documents=len(files))
    cache = DocumentCache(out_dir / ".cache", key=f"{__version__}|{resources_fingerprint()}|"
                                                  f"{','.join(settings.languages)}")
    if cache.unchanged(files) and (out_dir / "events.csv").exists():
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
    merged_mentions, events = merge_events(mentions)
    counts = {}
    for m in merged_mentions:
        counts[m.doc] = counts.get(m.doc, 0) + 1
    write_tables(out_dir, documents, merged_mentions, events, entities, errors)
    cache.commit(files)
    summary.mentions = len(merged_mentions)
    summary.events = sorted(events, key=lambda e: (-len(e.docs), e.start or "", e.event_id))
    summary.seconds = time.perf_counter() - began
    return summary
