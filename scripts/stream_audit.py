"""Precision audit of the pipeline on a real news stream (issue 11, not part of CI).

    python scripts/stream_audit.py --bench ../shared/corpus-bench/articles \
        --n 1000 --seed 20261130 --sample 60 --out /tmp/audit

1. Draws N article files from BENCH with SEED (the sorted file list, ``random.Random(seed).sample``)
   and copies them into OUT/corpus.
2. Runs the pipeline on them (``python -m pipeline run OUT/corpus --out OUT/outputs --no-progress
   --workers W``) with this checkout's code, and times it.
3. Draws SAMPLE rows of OUT/outputs/mentions.csv with the same seed (all when fewer; never rows of
   the articles of the dev set's held-out part, ``--hold-out``: a judge's notes on them would tell
   their errors) and writes
   OUT/audit.csv: the fields an analyst judges, then empty judgement columns (real_event yes/no;
   type_ok, start_ok, end_ok, status_ok, place_ok, participants_ok yes/no/n/a; note).
4. Prints the counts: articles, mentions, events, articles with a publication date found, and the
   wall time and throughput of the run.

With ``--judged FILE`` (a filled audit table) it only prints the summary of the judgements instead:
precision (real_event yes / rows) and the accuracy of each field among the real events.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIELDS = ["doc", "event_id", "type", "name", "start", "end", "status", "city", "country",
          "countries", "persons", "evidence"]
JUDGEMENTS = ["real_event", "type_ok", "start_ok", "end_ok", "status_ok", "place_ok",
              "participants_ok", "note"]


def draw_articles(bench: Path, n: int, seed: int) -> list[Path]:
    files = sorted(p for p in bench.iterdir()
                   if p.is_file() and p.suffix.lower() in (".txt", ".html", ".htm"))
    if n >= len(files):
        return files
    return random.Random(seed).sample(files, n)


def held_out_documents(split: Path) -> set[str]:
    """The documents of a split file's "test" part (none when the file is missing): the bench
    shares articles with the dev set, and the errors of its held-out part are never read."""
    if not split.exists():
        return set()
    return set(json.loads(split.read_text(encoding="utf-8")).get("test", []))


def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    corpus = out / "corpus"
    outputs = out / "outputs"
    corpus.mkdir(parents=True, exist_ok=True)
    chosen = draw_articles(Path(args.bench), args.n, args.seed)
    for src in chosen:
        dst = corpus / src.name
        if not dst.exists():
            shutil.copy2(src, dst)
            meta = src.with_name(src.stem + ".meta.json")
            if meta.exists():
                shutil.copy2(meta, corpus / meta.name)

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    cmd = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(outputs),
           "--no-progress", "--workers", str(args.workers)]
    print("running:", " ".join(cmd), flush=True)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=str(ROOT))
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        print(f"pipeline failed with exit status {proc.returncode}", file=sys.stderr)
        return proc.returncode

    mentions = read_csv(outputs / "mentions.csv")
    events = read_csv(outputs / "events.csv")
    documents = read_csv(outputs / "documents.csv")

    held_out = held_out_documents(Path(args.hold_out)) if args.hold_out else set()
    open_rows = [i for i, m in enumerate(mentions) if m.get("doc") not in held_out]
    rng = random.Random(args.seed)
    if len(open_rows) > args.sample:
        picked = sorted(rng.sample(open_rows, args.sample))
    else:
        picked = open_rows
    with (out / "audit.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS + JUDGEMENTS)
        writer.writeheader()
        for i in picked:
            row = {k: mentions[i].get(k, "") for k in FIELDS}
            row.update({k: "" for k in JUDGEMENTS})
            writer.writerow(row)

    dated = sum(1 for d in documents if (d.get("published") or "").strip())
    docs_with_mentions = len({m["doc"] for m in mentions})
    print(f"articles:              {len(chosen)} (documents table: {len(documents)})")
    print(f"with publication date: {dated}")
    print(f"mentions:              {len(mentions)} in {docs_with_mentions} articles")
    print(f"events:                {len(events)}")
    print(f"sampled for audit:     {len(picked)} -> {out / 'audit.csv'}")
    print(f"wall time:             {wall:.1f} s ({len(chosen) / wall:.2f} docs/s, "
          f"{args.workers} workers, exit status {proc.returncode})")
    return 0


def summarise(path: Path) -> int:
    rows = read_csv(path)
    real = [r for r in rows if r["real_event"].strip().lower() == "yes"]
    print(f"rows judged: {len(rows)}; real events: {len(real)}; "
          f"precision {len(real) / max(len(rows), 1):.2f}")
    for field in JUDGEMENTS[1:-1]:
        vals = [r[field].strip().lower() for r in real]
        yes, no = vals.count("yes"), vals.count("no")
        na = len(vals) - yes - no
        acc = yes / (yes + no) if yes + no else float("nan")
        print(f"  {field:16s} yes {yes:3d}  no {no:3d}  n/a {na:3d}  accuracy {acc:.2f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", default=str(ROOT.parent / "shared" / "corpus-bench" / "articles"))
    ap.add_argument("--n", type=int, default=1000, help="articles to draw")
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--sample", type=int, default=60, help="mentions to judge")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", help="output folder")
    ap.add_argument("--judged", help="summarise a judged audit table instead of running")
    ap.add_argument("--hold-out", default=str(ROOT.parent / "shared" / "corpus-dev" / "split.json"),
                    help="split.json whose 'test' documents are never sampled for judging")
    args = ap.parse_args(argv)
    if args.judged:
        return summarise(Path(args.judged))
    if not args.out:
        ap.error("--out is required")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
