"""Engines that map the per-document stages over many files: in this process, in a pool of worker
processes on this machine, or on a Dask cluster.

In: the paths still to process, the settings and the per-document function (``process_document``).
Out: the ``DocResult`` of every path, yielded as they finish (in any order: the runner sorts them).
Each worker loads its models lazily, once, on its first document; the merge runs once, afterwards,
in the runner, so every engine produces the same tables. Local worker processes die with the
process that started them (``PR_SET_PDEATHSIG`` on Linux): a run killed with SIGKILL leaves no
orphaned worker behind, busy for minutes on a document nobody will collect.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Callable, Iterator, Sequence

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")

#: documents per task sent to a worker: large enough to amortise inter-process traffic, small enough
#: that the progress bar moves and the last worker does not wait alone on a long tail
CHUNK_DOCUMENTS = 16


class EngineError(RuntimeError):
    """An engine that cannot start (Dask not installed, scheduler unreachable)."""


#: prctl option: the signal a process receives when its parent dies (linux/prctl.h)
PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Worker initializer: ask the kernel to kill this worker when its parent dies; if the parent
    is already gone (it died before this line ran), exit now."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError) as err:
            log.debug("prctl(PR_SET_PDEATHSIG) unavailable: %s", err)
    if os.getppid() != parent:
        os._exit(1)


def _process_chunk(processor: Callable, paths: Sequence[str], settings) -> list:
    return [processor(Path(p), settings) for p in paths]


def _chunks(paths: Sequence[Path], size: int) -> list[list[str]]:
    return [[str(p) for p in paths[i:i + size]] for i in range(0, len(paths), size)]


def map_documents(paths: Sequence[Path], settings, processor: Callable, workers: int = 1,
                  engine: str = "local", scheduler: str | None = None) -> Iterator:
    """Yield ``processor(path, settings)`` for every path, with the chosen engine."""
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r} (known: {', '.join(ENGINES)})")
    if engine == "dask":
        yield from _map_dask(paths, settings, processor, workers, scheduler)
        return
    workers = workers_for(workers, len(paths))
    if workers <= 1:
        for path in paths:
            yield processor(path, settings)
        return
    chunk = max(1, min(CHUNK_DOCUMENTS, len(paths) // (workers * 4) or 1))
    with ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        futures = [pool.submit(_process_chunk, processor, part, settings)
                   for part in _chunks(paths, chunk)]
        for future in as_completed(futures):
            yield from future.result()


def _map_dask(paths: Sequence[Path], settings, processor: Callable, workers: int,
              scheduler: str | None) -> Iterator:
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("the dask engine needs the optional extra: pip install '.[dask]'") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                   processes=True, dashboard_address=None)
            client = Client(cluster)
    except (OSError, TimeoutError) as err:
        raise EngineError(f"cannot reach the Dask scheduler {scheduler}: {err}") from None
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        parts = max(1, min(len(paths), n_workers * 4))
        bag = db.from_sequence([str(p) for p in paths], npartitions=parts)
        results = bag.map_partitions(lambda part: _process_chunk(processor, list(part), settings))
        yield from results.compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


#: A worker loads its own models before its first document; fewer files than this per worker
#: never repay it. Unit: files.
MIN_FILES_PER_WORKER = 50


def workers_for(requested: int, files: int) -> int:
    """Worker processes for ``files`` files: ``requested`` (0 = one per core), at most one per
    MIN_FILES_PER_WORKER files, at least one."""
    wanted = requested if requested > 0 else default_workers()
    return max(1, min(wanted, files // MIN_FILES_PER_WORKER))


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
