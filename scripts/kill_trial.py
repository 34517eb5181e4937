#!/usr/bin/env python3
"""Kill runs at random points and check the tables they leave (issue 17).

Usage (from the project folder, the package installed):

    python scripts/kill_trial.py --trials 30 --workers 1
    python scripts/kill_trial.py --trials 30 --workers 2 [--pool-threshold 1]

Method:

1. Articles: ``--corpus DIR`` (its .txt/.html files and sidecars, copied), or by default 30 drawn
   with ``--seed`` from ../shared/corpus-bench/articles among those with an event cue word: Chinese
   ``xw2…`` files and a few French ``os…`` files. They are copied (never symlinked: symlinks out
   of the corpus are refused by design) into ``WORK/corpus``, the one corpus folder every run
   reads, so that the ``path`` column is the same in every run.
2. Reference: two uninterrupted cold runs of the whole corpus into fresh output folders. The first
   one's events/mentions/documents.csv are the expected tables; the second checks that a cold run
   is deterministic and gives the "normal" duration (warm data caches) that kill times are drawn in.
3. Old states: a few complete runs of an earlier state of the corpus (a subset of the articles;
   sometimes one more article, removed since; sometimes one article with other content, changed
   since). Each trial copies one of these output folders (tables, generations, cache) into a fresh
   output folder, so that old tables exist, and puts the whole corpus back.
4. Each trial starts ``python -m pipeline run WORK/corpus --out OUT --no-progress [--workers N]`` in
   a new session, sleeps a random time in [0, reference duration], sends SIGKILL to the whole
   process group (``os.killpg``), then checks:

   a. readable: every table file that exists (CSV, also Parquet and JSON Lines) reads, and none
      of the seeded tables went missing or became a dangling link;
   b. consistent: every ``event_id`` of mentions.csv is in events.csv and every ``doc`` of
      mentions.csv is in documents.csv;
   w. whole set: the three CSV tables are either all the old state's or all the reference's
      (never mixed);
   c. no process left: no process carrying the trial's environment marker (the run, its workers,
      anything they started) is alive 5 s after the kill, and the output folder's lock is free;
   d. next run: a run that is not killed exits as the reference did, without waiting for a lock
      ("another run … is writing" never printed, duration at most 1.5 x reference + 5 s) and
      e. its tables equal the reference's (``path`` column ignored).

``--pool-threshold N`` runs the same command through a two-line wrapper that sets
``pipeline.parallel.MIN_FILES_PER_WORKER`` to N: with 30 articles the pipeline never starts worker
processes (it wants 50 files per worker), so ``--workers 2`` alone runs in one process.

Prints a per-trial line and a summary; writes WORK/results.json; exits 1 if any check failed.
"""
from __future__ import annotations

import argparse
import csv
import fcntl
import io
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
BENCH = PROJECT.parent / "shared" / "corpus-bench" / "articles"
TABLES = ("documents", "mentions", "events", "entities")
COMPARED = ("events", "mentions", "documents")
ZH_CUES = ("会见", "会谈", "峰会", "论坛", "国事访问", "出席")
FR_CUES = ("sommet", "rencontr", "visite officielle", "forum", "entretien")
MARKER = "KILL_TRIAL_TOKEN"
CHECKS = ("a_readable", "b_consistent", "w_whole_set", "c_no_process", "d_next_run", "e_equal_ref")
WRAPPER = ("import sys, runpy, pipeline.parallel as p; p.MIN_FILES_PER_WORKER = int(sys.argv.pop(1)); "
           "runpy.run_module('pipeline', run_name='__main__', alter_sys=True)")


# --- articles -------------------------------------------------------------------------------------

def _has_cue(path: Path, cues) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        return False
    return any(c in text for c in cues)


def draw_articles(rng: random.Random, n: int, n_fr: int, extra: int) -> list[Path]:
    """``n`` articles (``n_fr`` of them French) plus ``extra`` more for removal, each with a cue."""
    names = sorted(os.listdir(BENCH))
    zh = [BENCH / f for f in names if f.startswith("xw2") and f.endswith(".txt")]
    fr = [BENCH / f for f in names if f.startswith("os") and f.endswith(".txt")]
    rng.shuffle(zh)
    rng.shuffle(fr)
    want_zh, want_fr = n - n_fr + extra, n_fr
    picked_zh = [p for p in zh[:4000] if _has_cue(p, ZH_CUES)][:want_zh]
    picked_fr = [p for p in fr[:4000] if _has_cue(p, FR_CUES)][:want_fr]
    main = picked_zh[:n - n_fr] + picked_fr
    return sorted(main) + picked_zh[n - n_fr:]


def corpus_sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink()
                  and (p.suffix in (".txt", ".html") or p.name.endswith(".meta.json")))


def set_corpus(corpus: Path, files: dict[str, bytes]) -> None:
    """Make ``corpus`` hold exactly ``files`` (name -> bytes), real files, mode 0644."""
    corpus.mkdir(parents=True, exist_ok=True)
    for p in corpus.iterdir():
        if p.name not in files:
            p.unlink()
    for name, data in files.items():
        p = corpus / name
        if p.exists() and p.read_bytes() == data:
            continue
        if p.exists() or p.is_symlink():
            p.unlink()
        p.write_bytes(data)
        os.chmod(p, 0o644)


# --- runs -----------------------------------------------------------------------------------------

def command(corpus: Path, out: Path, workers: int, pool_threshold: int | None) -> list[str]:
    head = [sys.executable, "-m", "pipeline"] if pool_threshold is None \
        else [sys.executable, "-c", WRAPPER, str(pool_threshold)]
    cmd = head + ["run", str(corpus), "--out", str(out), "--no-progress"]
    if workers != 1:
        cmd += ["--workers", str(workers)]
    return cmd


def start(cmd: list[str], log: Path, token: str) -> subprocess.Popen:
    env = dict(os.environ, **{MARKER: token})
    with open(log, "wb") as fh:
        return subprocess.Popen(cmd, cwd=PROJECT, env=env, stdin=subprocess.DEVNULL, stdout=fh,
                                stderr=subprocess.STDOUT, start_new_session=True)


def run_to_end(cmd: list[str], log: Path, timeout: float = 900) -> tuple[int, float, str]:
    began = time.monotonic()
    proc = start(cmd, log, uuid.uuid4().hex)
    try:
        rc = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        rc = -999
    return rc, time.monotonic() - began, log.read_text(errors="replace")


def marked_processes(token: str) -> list[str]:
    """Processes whose environment carries ``token`` and are not zombies: "pid state cmdline"."""
    found = []
    needle = f"{MARKER}={token}".encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            if needle not in Path(f"/proc/{entry}/environ").read_bytes().split(b"\0"):
                continue
            stat = Path(f"/proc/{entry}/stat").read_text()
            state = stat[stat.rindex(")") + 2]
            if state in "ZX":
                continue
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            found.append(f"{entry} {state} {cmd[:120]}")
        except (OSError, ValueError):
            continue
    return found


def lock_free(out: Path) -> bool:
    path = out / ".lock"
    if not path.exists():
        return True
    with open(path, "a+") as fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    return True


# --- tables ---------------------------------------------------------------------------------------

def normalized(data: bytes) -> list[list[str]]:
    """A CSV table's rows without its ``path`` column."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
    if rows and "path" in rows[0]:
        i = rows[0].index("path")
        rows = [r[:i] + r[i + 1:] for r in rows]
    return rows


def read_csvs(out: Path) -> dict[str, bytes | None]:
    tables = {}
    for name in TABLES:
        try:
            tables[name] = (out / f"{name}.csv").read_bytes()
        except OSError:
            tables[name] = None
    return tables


def phase(out: Path, cached_before: int) -> str:
    """Where the kill landed, as the output folder shows it: documents cached by the killed run,
    and whether a generation folder other than the current one was left (killed while writing)."""
    new = cache_entries(out) - cached_before
    gens = out / ".tables"
    try:
        current = os.readlink(gens / "current")
    except OSError:
        current = None
    partial = [g.name for g in gens.iterdir() if g.name.startswith("gen-") and g.name != current] \
        if gens.is_dir() else []
    return f"+{new} cached" + (", partial generation left" if partial else "")


def cache_entries(out: Path) -> int:
    docs = out / ".cache" / "docs"
    return sum(1 for _ in docs.glob("*/*.json")) if docs.is_dir() else 0


def check_readable(out: Path, expected: list[str]) -> list[str]:
    import pandas as pd

    problems = []
    p = out / "errors.jsonl"
    if os.path.lexists(p):
        try:
            for line in p.read_text(encoding="utf-8").splitlines():
                json.loads(line)
        except Exception as err:  # noqa: BLE001
            problems.append(f"errors.jsonl: {type(err).__name__}: {str(err)[:150]}")
    elif "errors.jsonl" in expected:
        problems.append("errors.jsonl missing")
    for name in TABLES:
        for suffix in (".csv", ".parquet", ".jsonl"):
            p = out / f"{name}{suffix}"
            if not os.path.lexists(p):
                if f"{name}{suffix}" in expected:
                    problems.append(f"{p.name} missing")
                continue
            if not p.exists():
                problems.append(f"{p.name} is a dangling link -> {os.readlink(p)}")
                continue
            try:
                if suffix == ".csv":
                    pd.read_csv(p, keep_default_na=False, na_values=[""], dtype_backend="numpy_nullable")
                elif suffix == ".parquet":
                    pd.read_parquet(p)
                else:
                    for line in p.read_text(encoding="utf-8").splitlines():
                        json.loads(line)
            except Exception as err:  # noqa: BLE001 - any failure to read is the finding
                problems.append(f"{p.name}: {type(err).__name__}: {str(err)[:150]}")
    return problems


def check_consistent(tables: dict[str, bytes | None]) -> list[str]:
    if tables["mentions"] is None:
        return []
    if tables["events"] is None or tables["documents"] is None:
        return ["mentions.csv exists without events.csv or documents.csv"]
    try:
        mentions = list(csv.DictReader(io.StringIO(tables["mentions"].decode("utf-8"))))
        events = {r["event_id"] for r in csv.DictReader(io.StringIO(tables["events"].decode("utf-8-sig")))}
        docs = {r["doc"] for r in csv.DictReader(io.StringIO(tables["documents"].decode("utf-8")))}
    except (UnicodeDecodeError, KeyError, csv.Error) as err:
        return [f"unreadable: {err}"]
    problems = []
    missing_events = sorted({m["event_id"] for m in mentions} - events)
    missing_docs = sorted({m["doc"] for m in mentions} - docs)
    if missing_events:
        problems.append(f"{len(missing_events)} event_id of mentions.csv not in events.csv: "
                        f"{missing_events[:3]}")
    if missing_docs:
        problems.append(f"{len(missing_docs)} doc of mentions.csv not in documents.csv: {missing_docs[:3]}")
    return problems


def same_tables(a: dict[str, bytes | None], b: dict[str, bytes | None]) -> list[str]:
    """The compared tables that differ (``path`` column ignored)."""
    differ = []
    for name in COMPARED:
        if a.get(name) is None or b.get(name) is None:
            if a.get(name) is not b.get(name):
                differ.append(name)
            continue
        if a[name] != b[name] and normalized(a[name]) != normalized(b[name]):
            differ.append(name)
    return differ


def table_diff(got: bytes, want: bytes, limit: int = 3) -> str:
    g, w = normalized(got), normalized(want)
    if g[:1] != w[:1]:
        return f"header {g[:1]} != {w[:1]}"
    gs, ws = {tuple(r) for r in g[1:]}, {tuple(r) for r in w[1:]}
    extra, lacking = sorted(gs - ws)[:limit], sorted(ws - gs)[:limit]
    return (f"{len(g) - 1} rows vs {len(w) - 1}; rows not in reference: "
            f"{[r[:4] for r in extra]}; reference rows missing: {[r[:4] for r in lacking]}")


# --- the trial ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, help="articles to use (copied); default: 30 drawn from the bench")
    ap.add_argument("--articles", type=int, default=30, help="articles drawn when no --corpus (default 30)")
    ap.add_argument("--french", type=int, default=5, help="of which French (default 5)")
    ap.add_argument("--trials", type=int, default=30)
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--workers", type=int, default=1, choices=(1, 2))
    ap.add_argument("--pool-threshold", type=int, default=None,
                    help="set pipeline.parallel.MIN_FILES_PER_WORKER to this in every run, so that a "
                         "small corpus really starts worker processes")
    ap.add_argument("--kill", choices=("group", "main"), default="group",
                    help="SIGKILL the whole process group (default) or only the main process, as "
                         "`kill -9 PID` does: then its workers must die by themselves")
    ap.add_argument("--old-states", type=int, default=4, help="earlier corpus states seeded (default 4)")
    ap.add_argument("--work", type=Path, help="work folder (default: a new temporary folder)")
    args = ap.parse_args(argv)

    began = time.monotonic()
    rng = random.Random(args.seed)
    work = (args.work or Path(tempfile.mkdtemp(prefix="kill-trial-"))).resolve()
    if work.exists() and any(work.iterdir()):
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"

    if args.corpus:
        sources = corpus_sources(args.corpus)
        extra_pool = []
    else:
        drawn = draw_articles(rng, args.articles, args.french, extra=args.old_states)
        sources, extra_pool = drawn[:args.articles], drawn[args.articles:]
    if not sources:
        print("no article found", file=sys.stderr)
        return 2
    full = {p.name: p.read_bytes() for p in sources}
    articles = sorted(n for n in full if not n.endswith(".meta.json"))
    print(f"work folder {work}; {len(articles)} articles "
          f"({sum(n.startswith('os') for n in articles)} French); trials {args.trials}, "
          f"workers {args.workers}, pool threshold {args.pool_threshold}, seed {args.seed}", flush=True)

    def cmd(out: Path) -> list[str]:
        return command(corpus, out, args.workers, args.pool_threshold)

    # 1. reference runs
    set_corpus(corpus, full)
    ref_runs = []
    for i in (1, 2):
        out = work / f"reference-{i}"
        rc, secs, log = run_to_end(cmd(out), work / f"reference-{i}.log")
        ref_runs.append((rc, secs, read_csvs(out)))
        print(f"reference run {i}: exit {rc}, {secs:.1f} s", flush=True)
        if rc not in (0, 1):
            print(log[-2000:], file=sys.stderr)
            return 2
    ref_rc, _, reference = ref_runs[0]
    ref_seconds = ref_runs[1][1]
    deterministic = not same_tables(reference, ref_runs[1][2]) and ref_runs[1][0] == ref_rc
    n_events = reference["events"].count(b"\n") - 1
    n_mentions = reference["mentions"].count(b"\n") - 1
    print(f"reference: {n_events} events, {n_mentions} mentions; two cold runs "
          f"{'equal' if deterministic else 'DIFFER: ' + str(same_tables(reference, ref_runs[1][2]))}",
          flush=True)

    # 2. old states: complete runs of an earlier corpus
    states = []
    for s in range(max(1, min(args.old_states, args.trials))):
        keep = rng.sample(articles, rng.randint(max(1, len(articles) // 5), max(1, len(articles) * 2 // 3)))
        files = {n: full[n] for n in keep}
        for n in keep:  # sidecars go with their article
            side = n.rsplit(".", 1)[0] + ".meta.json"
            if side in full:
                files[side] = full[side]
        what = [f"{len(keep)} of {len(articles)} articles"]
        if s % 2 == 1 and extra_pool:
            extra = extra_pool.pop()
            files[extra.name] = extra.read_bytes()
            what.append(f"+{extra.name} (removed since)")
        if s % 4 in (2, 3):
            changed = keep[0]
            files[changed] = full[changed] + "\n\n本台消息，会议将另行安排。\n".encode()
            what.append(f"{changed} changed since")
        set_corpus(corpus, files)
        out = work / "old" / f"state-{s}"
        out.parent.mkdir(exist_ok=True)
        rc, secs, log = run_to_end(cmd(out), work / "old" / f"state-{s}.log")
        if rc not in (0, 1):
            print(log[-2000:], file=sys.stderr)
            return 2
        states.append({"out": out, "tables": read_csvs(out), "what": ", ".join(what),
                       "expected": sorted(p.name for p in out.iterdir()
                                          if p.name.split(".")[0] in TABLES + ("errors",))})
        print(f"old state {s}: {', '.join(what)}: exit {rc}, {secs:.1f} s", flush=True)
    set_corpus(corpus, full)

    # 3. trials
    fails = {c: 0 for c in CHECKS}
    trials = []
    print(f"\n{'#':>3} {'state':>5} {'kill at':>8} {'killed':>6} {'tables':>7} "
          f"{'next':>6}  checks (a b w c d e)   state after the kill", flush=True)
    for t in range(args.trials):
        state = states[t % len(states)]
        out = work / "trials" / f"trial-{t:02d}"
        out.parent.mkdir(exist_ok=True)
        shutil.copytree(state["out"], out, symlinks=True)
        set_corpus(corpus, full)
        cached_before = cache_entries(out)
        token = uuid.uuid4().hex
        kill_at = rng.uniform(0, ref_seconds)
        t0 = time.monotonic()
        proc = start(cmd(out), out.parent / f"trial-{t:02d}.killed.log", token)
        try:
            rc = proc.wait(timeout=kill_at)
            killed = False
            alive_at_kill = 0
        except subprocess.TimeoutExpired:
            alive_at_kill = len(marked_processes(token))  # the run and its workers, at the kill
            if args.kill == "group":
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.kill()
            proc.wait()
            rc = None
            killed = True
        real_kill = time.monotonic() - t0
        problems = {c: [] for c in CHECKS}

        # c: nothing of the run left alive, lock free
        left = marked_processes(token)
        deadline = time.monotonic() + 5
        while left and time.monotonic() < deadline:
            time.sleep(0.1)
            left = marked_processes(token)
        if left:
            problems["c_no_process"].append(f"alive 5 s after the kill: {left}")
            for line in left:  # clean up, so that later trials are not disturbed
                try:
                    os.kill(int(line.split()[0]), signal.SIGKILL)
                except OSError:
                    pass
        if not lock_free(out):
            problems["c_no_process"].append(f"{out / '.lock'} still locked after the kill")

        # a, b, w: the tables the kill left
        problems["a_readable"] = check_readable(out, state["expected"])
        after = read_csvs(out)
        problems["b_consistent"] = check_consistent(after)
        if same_tables(after, state["tables"]) and same_tables(after, reference):
            differ_old = same_tables(after, state["tables"])
            differ_new = same_tables(after, reference)
            problems["w_whole_set"].append(f"neither the old set (differs: {differ_old}) nor the new one "
                                           f"(differs: {differ_new})")
        where = f"{alive_at_kill} process(es) killed, {phase(out, cached_before)}" if killed \
            else "run finished"
        which = "old" if not same_tables(after, state["tables"]) else \
            "new" if not same_tables(after, reference) else "mixed"

        # d, e: the next run
        rc2, secs2, log2 = run_to_end(cmd(out), out.parent / f"trial-{t:02d}.next.log")
        if rc2 != ref_rc:
            problems["d_next_run"].append(f"exit {rc2} (reference {ref_rc}): {log2.strip()[-300:]}")
        if "is writing this output folder" in log2 or "another run" in log2:
            problems["d_next_run"].append("waited for the lock: " + log2.strip()[-300:])
        if secs2 > 1.5 * ref_seconds + 5:
            problems["d_next_run"].append(f"took {secs2:.1f} s (reference {ref_seconds:.1f} s)")
        final = read_csvs(out)
        for name in same_tables(final, reference):
            detail = table_diff(final[name], reference[name]) if final[name] is not None else "missing"
            problems["e_equal_ref"].append(f"{name}.csv differs from the reference: {detail}")

        for c in CHECKS:
            fails[c] += bool(problems[c])
        marks = " ".join("." if not problems[c] else "X" for c in CHECKS)
        print(f"{t:>3} {t % len(states):>5} {kill_at:>7.2f}s {'yes' if killed else 'done':>6} "
              f"{which:>7} {secs2:>5.1f}s  {marks}   {where}", flush=True)
        for c in CHECKS:
            for p in problems[c]:
                print(f"      {c}: {p}", flush=True)
        trials.append({"trial": t, "state": t % len(states), "kill_at": round(kill_at, 3),
                       "killed_after": round(real_kill, 3), "killed": killed, "exit_if_done": rc,
                       "tables_after_kill": which, "phase": where, "processes_at_kill": alive_at_kill, "next_seconds": round(secs2, 2), "next_exit": rc2,
                       "problems": problems})

    # 4. summary
    n = len(trials)
    kills = [tr["kill_at"] for tr in trials]
    nexts = [tr["next_seconds"] for tr in trials]
    summary = {
        "articles": len(articles), "french": sum(a.startswith("os") for a in articles),
        "reference_events": n_events, "reference_mentions": n_mentions,
        "reference_seconds": [round(r[1], 2) for r in ref_runs], "cold_runs_equal": deterministic,
        "workers": args.workers, "kill": args.kill, "pool_threshold": args.pool_threshold, "seed": args.seed,
        "trials": n, "killed": sum(tr["killed"] for tr in trials),
        "kill_at_min_median_max": [round(min(kills), 2), round(statistics.median(kills), 2),
                                   round(max(kills), 2)],
        "killed_with_workers": sum(tr["processes_at_kill"] > 1 for tr in trials),
        "tables_after_kill": {k: sum(tr["tables_after_kill"] == k for tr in trials)
                              for k in ("old", "new", "mixed")},
        "passed": {c: n - fails[c] for c in CHECKS},
        "next_run_seconds_median_max": [round(statistics.median(nexts), 2), round(max(nexts), 2)],
        "states": [s["what"] for s in states],
        "total_seconds": round(time.monotonic() - began, 1),
    }
    (work / "results.json").write_text(json.dumps({"summary": summary, "trials": trials}, indent=1,
                                                  ensure_ascii=False, default=str))
    print(f"\nkill trial: {len(articles)} articles ({summary['french']} French os… files; reference "
          f"{n_events} events, {n_mentions} mentions), --workers {args.workers}"
          f"{'' if args.pool_threshold is None else f', pool threshold {args.pool_threshold}'}, "
          f"kill -9 of the {'process group' if args.kill == 'group' else 'main process only'}, seed {args.seed}")
    print(f"reference run {ref_runs[0][1]:.1f} s cold, {ref_seconds:.1f} s again "
          f"({'same tables' if deterministic else 'DIFFERENT tables'})")
    print(f"trials {n}; killed {summary['killed']} (the others finished first); kill at "
          f"{summary['kill_at_min_median_max'][0]:.2f} / {summary['kill_at_min_median_max'][1]:.2f} / "
          f"{summary['kill_at_min_median_max'][2]:.2f} s (min / median / max); "
          f"{summary['killed_with_workers']} killed while worker processes were running")
    print(f"tables right after the kill: {summary['tables_after_kill']['old']} old set, "
          f"{summary['tables_after_kill']['new']} new set, {summary['tables_after_kill']['mixed']} mixed")
    print("| check | passed |\n| --- | --- |")
    labels = {"a_readable": "a. every table file readable", "b_consistent": "b. consistent across files",
              "w_whole_set": "w. whole set (all old or all new)", "c_no_process": "c. no process left, lock free",
              "d_next_run": "d. next run: normal exit and time, no lock wait",
              "e_equal_ref": "e. next run's tables equal the reference"}
    for c in CHECKS:
        print(f"| {labels[c]} | {n - fails[c]}/{n} |")
    print(f"next run: median {summary['next_run_seconds_median_max'][0]:.1f} s, max "
          f"{summary['next_run_seconds_median_max'][1]:.1f} s (reference {ref_seconds:.1f} s)")
    print(f"total {summary['total_seconds']:.0f} s; details in {work / 'results.json'}")
    return 1 if any(fails.values()) or not deterministic else 0


if __name__ == "__main__":
    sys.exit(main())
