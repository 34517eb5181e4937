"""Watch mode: keep the models loaded and bring the tables up to date whenever the corpus changes.

Not a stage: a loop around the runner (``python -m pipeline watch CORPUS``). In: a corpus folder
and an output folder. Out: after every burst of changes (files landing, changing or disappearing),
the tables of a ``runner.run_corpus`` call, which processes only new or changed files (its cache),
drops removed ones and writes every table atomically; the tables are those of a fresh run.

How changes are noticed: inotify through ``watchdog`` when it is installed, else polling the folder
every ``POLL_SECONDS``. Either way an event only wakes the loop: the loop waits until the folder has
been quiet for ``DEBOUNCE_SECONDS`` (a copy of 50 files is one update, not 50), then compares a
snapshot of the article files (path, size, modification time) with the last one and runs only when
they differ, so the tables it writes itself, or an editor's temporary files, never trigger a run.
Before the first update the pipeline runs once on two small built-in articles (French and Chinese)
in a scratch folder, which loads every model and table a real article needs: the first new article
is then as quick as the next ones. ``stop`` (set by SIGINT or SIGTERM in the command line) ends the
loop between updates; an update in progress finishes first, so the tables stay whole.
"""
from __future__ import annotations

import logging
import queue
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .runner import RunSummary, corpus_files, run_corpus
from .settings import Settings

log = logging.getLogger(__name__)

#: How often the polling backend looks at the folder. Unit: seconds. Half of it is the mean delay
#: before a change is seen; 0.25 s keeps one new article within the 1 s target.
POLL_SECONDS = 0.25
#: An update starts once the folder has had no event for this long, so that a burst of files (a
#: copy of many articles, an editor saving through a temporary file) is one update. Unit: seconds.
DEBOUNCE_SECONDS = 0.15
#: ... but never later than this after the first event of a burst, even if events keep coming (a
#: slow copy of thousands of files still updates the tables as it goes). Unit: seconds.
MAX_DEBOUNCE_SECONDS = 2.0
BACKENDS = ("auto", "inotify", "polling")

#: Articles of the warm-up: one per language with a model, each with an event cue, a place, a
#: person and a date, so that every lazily loaded model and table of the stages is loaded.
WARM_UP_ARTICLES = {
    "warm-up-fr.txt": "Le président Emmanuel Macron s'est rendu à Pékin le 5 avril 2023 pour une visite d'État. "
                      "Il doit rencontrer le président chinois Xi Jinping lors d'un sommet bilatéral.\n",
    "warm-up-zh.txt": "2023年4月5日，国家主席习近平在北京同法国总统马克龙举行会谈。双方签署了合作协议。\n",
}


class WatchError(RuntimeError):
    """A watch that cannot start (an unknown backend, inotify asked for without watchdog)."""


@dataclass
class Snapshot:
    """The article files of a corpus with their size and modification time."""

    files: dict[str, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, corpus: Path) -> "Snapshot":
        files = {}
        try:
            paths = corpus_files(corpus)
        except FileNotFoundError:
            return cls()
        for path in paths:
            try:
                st = path.stat()
            except OSError:  # gone between the listing and the stat: it is not there
                continue
            files[str(path)] = (st.st_size, st.st_mtime_ns)
        return cls(files)


def warm_up(settings: Settings) -> float:
    """Run the whole pipeline on the built-in articles in a scratch folder, which loads the models
    and tables of every stage (the report's place index too); returns its seconds."""
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="press-events-warm-up-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for name, text in WARM_UP_ARTICLES.items():
            (corpus / name).write_text(text, encoding="utf-8")
        summary = run_corpus(corpus, Path(tmp) / "out", settings)
        for path, reason in summary.skipped:
            log.info("warm-up %s: %s", path, reason)
    return time.perf_counter() - began


def watch(corpus: Path, out_dir: Path, settings: Settings | None = None, *,
          stop: threading.Event | None = None, backend: str = "auto",
          poll_seconds: float = POLL_SECONDS, debounce_seconds: float = DEBOUNCE_SECONDS,
          on_update: Callable[[RunSummary | None, str], None] | None = None,
          workers: int = 1, lock: Callable[[Path], object] | None = None,
          warm: bool = True) -> None:
    """Update the tables of ``out_dir`` from ``corpus`` now and after every change, until ``stop``
    is set. ``on_update(summary, note)`` is called after each update (summary None with a note
    when the corpus holds no article: the tables are then left as they are, like ``run`` does).
    ``lock(out_dir)`` gives a context manager held during each update (the command line passes
    ``lock.OutputLock``; a run of ``run`` on the same folder then waits for the update)."""
    settings = settings or Settings()
    stop = stop or threading.Event()
    if backend not in BACKENDS:
        raise WatchError(f"unknown backend {backend!r} (known: {', '.join(BACKENDS)})")
    wake: queue.Queue = queue.Queue()
    observer = _start_observer(corpus, wake, backend)
    try:
        if warm:
            log.info("warm-up: %.1f s", warm_up(settings))
        last: Snapshot | None = None
        while not stop.is_set():
            current = Snapshot.of(corpus)
            if last is None or current != last:
                _update(corpus, out_dir, settings, current, on_update, workers, lock)
                last = current
            if not _wait_for_change(wake, stop, observer is None, poll_seconds, debounce_seconds, corpus, last):
                break
    finally:
        if observer is not None:
            observer.stop()
            observer.join(timeout=5)


def _update(corpus: Path, out_dir: Path, settings: Settings, snapshot: Snapshot,
            on_update, workers: int, lock) -> None:
    if not snapshot.files:
        note = f"{corpus}: no .txt or .html article found; tables in {out_dir}/ left as they were"
        log.info(note)
        if on_update:
            on_update(None, note)
        return
    out_dir.mkdir(parents=True, exist_ok=True)
    if lock is not None:
        with lock(out_dir):
            summary = run_corpus(corpus, out_dir, settings, workers=workers)
    else:
        summary = run_corpus(corpus, out_dir, settings, workers=workers)
    if on_update:
        on_update(summary, "")


def _wait_for_change(wake: queue.Queue, stop: threading.Event, polling: bool, poll_seconds: float,
                     debounce_seconds: float, corpus: Path, last: Snapshot) -> bool:
    """Block until a change has been seen and the folder has been quiet for the debounce time (or
    the burst has lasted ``MAX_DEBOUNCE_SECONDS``); False when ``stop`` was set meanwhile."""
    if polling:
        while Snapshot.of(corpus) == last:
            if stop.wait(poll_seconds):
                return False
        first = time.monotonic()
        seen = Snapshot.of(corpus)
        while time.monotonic() - first < MAX_DEBOUNCE_SECONDS:
            if stop.wait(debounce_seconds):
                return False
            now = Snapshot.of(corpus)
            if now == seen:
                return True
            seen = now
        return True
    while True:  # inotify: events only wake the loop; the snapshot decides whether to run
        try:
            wake.get(timeout=poll_seconds)
            break
        except queue.Empty:
            if stop.is_set():
                return False
    first = time.monotonic()
    while time.monotonic() - first < MAX_DEBOUNCE_SECONDS:
        try:
            wake.get(timeout=debounce_seconds)
        except queue.Empty:
            break
        if stop.is_set():
            return False
    return not stop.is_set()


def _start_observer(corpus: Path, wake: queue.Queue, backend: str):
    """A running watchdog observer that puts every event of the folder into ``wake``; None for
    the polling backend (asked for, or watchdog not installed with backend "auto")."""
    if backend == "polling":
        return None
    try:
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer
    except ImportError:
        if backend == "inotify":
            raise WatchError("the inotify backend needs watchdog: pip install watchdog") from None
        log.info("watchdog not installed: polling %s every %.2f s", corpus, POLL_SECONDS)
        return None

    class Wake(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            if event.event_type not in ("opened", "closed_no_write"):  # reads change nothing
                wake.put(event.src_path)

    observer = Observer()
    observer.schedule(Wake(), str(corpus), recursive=True)
    observer.daemon = True
    observer.start()
    return observer
