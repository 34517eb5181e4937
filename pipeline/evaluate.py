"""Evaluation: the output tables against hand-labelled gold, by the annotation guide's rules.

In: a gold folder (``mentions.jsonl``, optional ``documents.jsonl``) and an outputs folder
(``mentions.csv``, ``documents.csv``). Out: a report dict with event P/R/F1, P/R/F1 per field and
micro over all fields, pairwise merge P/R/F1, publication-date and language accuracy, and every
wrong or missed fact with its evidence sentence. Only documents that have gold are scored, so any
subset of a corpus can be labelled. ``write_reports`` writes ``report.json`` and ``report.md``.
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

from .gold import load_gold
from .scoring import (FIELDS, Counts, gold_facts, matches, pair_mentions, pairwise_merge,
                      predicted_facts)


def _read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _shown(value) -> str:
    if isinstance(value, list):
        return " | ".join(_shown(v) for v in value)
    return "" if value is None else str(value)


def evaluate(gold_dir: Path, outputs_dir: Path, corpus_docs: set[str] | None = None) -> dict:
    gold_mentions, gold_documents = load_gold(Path(gold_dir), corpus_docs)
    scored_docs = {r["doc"] for r in gold_documents} | {r["doc"] for r in gold_mentions}
    predicted_rows = [r for r in _read_csv(Path(outputs_dir) / "mentions.csv") if r.get("doc") in scored_docs]
    events = Counts()
    per_field = {f: Counts() for f in FIELDS}
    merge_pairs: list[tuple[str, str]] = []
    errors: list[dict] = []
    by_doc_pred, by_doc_gold = defaultdict(list), defaultdict(list)
    for row in predicted_rows:
        by_doc_pred[row["doc"]].append(row)
    for record in gold_mentions:
        by_doc_gold[record["doc"]].append(record)
    for doc in sorted(scored_docs):
        preds, golds = by_doc_pred[doc], by_doc_gold[doc]
        pf = [predicted_facts(r) for r in preds]
        gf = [gold_facts(r) for r in golds]
        pairs = pair_mentions(pf, gf)
        events.add(tp=len(pairs), fp=len(preds) - len(pairs), fn=len(golds) - len(pairs))
        for i, j in pairs:
            merge_pairs.append((preds[i].get("event_id") or "", golds[j]["event"]))
            for field in FIELDS:
                hits = matches(field, pf[i][field], gf[j][field])
                per_field[field].add(tp=len(hits), fp=len(pf[i][field]) - len(hits),
                                     fn=len(gf[j][field]) - len(hits))
                right_p = {a for a, _ in hits}
                right_g = {b for _, b in hits}
                wrong = [v for k, v in enumerate(pf[i][field]) if k not in right_p]
                missed = [v for k, v in enumerate(gf[j][field]) if k not in right_g]
                if wrong or missed:
                    errors.append({"doc": doc, "event": golds[j]["event"], "field": field,
                                   "gold": _shown(missed), "predicted": _shown(wrong),
                                   "evidence": preds[i].get("evidence", "")})
        paired_p = {i for i, _ in pairs}
        paired_g = {j for _, j in pairs}
        for i in range(len(preds)):
            if i not in paired_p:
                for field in FIELDS:
                    per_field[field].add(fp=len(pf[i][field]))
                errors.append({"doc": doc, "event": "(none: false event)", "field": "event",
                               "gold": "", "predicted": f"{preds[i].get('type')} {preds[i].get('name') or ''}".strip(),
                               "evidence": preds[i].get("evidence", "")})
        for j in range(len(golds)):
            if j not in paired_g:
                for field in FIELDS:
                    per_field[field].add(fn=len(gf[j][field]))
                errors.append({"doc": doc, "event": golds[j]["event"], "field": "event",
                               "gold": f"{golds[j]['type']} {_shown(golds[j]['name'])}".strip(),
                               "predicted": "(missed)", "evidence": ""})
    micro = Counts()
    for counts in per_field.values():
        micro.add(counts.tp, counts.fp, counts.fn)
    report = {"documents": len(scored_docs), "events": events.prf(),
              "fields": {f: c.prf() for f, c in per_field.items()}, "micro": micro.prf(),
              "merge": pairwise_merge(merge_pairs).prf(), "errors": errors}
    report.update(_document_accuracy(gold_documents, scored_docs, Path(outputs_dir) / "documents.csv"))
    return report


def _document_accuracy(gold_documents: list[dict], scored_docs: set[str], path: Path) -> dict:
    golds = [g for g in gold_documents if g["doc"] in scored_docs]
    if not path.exists() or not golds:
        return {}
    predicted = {r["doc"]: r for r in _read_csv(path)}
    published = languages = 0
    for g in golds:
        p = predicted.get(g["doc"], {})
        published += (p.get("published") or "").strip()[:10] == (g.get("published") or "")[:10]
        predicted_langs = {x.strip() for x in (p.get("languages") or "").split(";") if x.strip()}
        languages += predicted_langs == set(g.get("languages") or [])
    return {"published_accuracy": round(published / len(golds), 4),
            "languages_accuracy": round(languages / len(golds), 4)}


def format_table(report: dict) -> str:
    lines = [f"documents scored: {report['documents']}",
             f"{'':12} {'P':>6} {'R':>6} {'F1':>6}  tp/fp/fn"]
    rows = [("events", report["events"])] + list(report["fields"].items()) + \
           [("micro", report["micro"]), ("merge", report["merge"])]
    for name, m in rows:
        lines.append(f"{name:12} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f}  {m['tp']}/{m['fp']}/{m['fn']}")
    for key in ("published_accuracy", "languages_accuracy"):
        if key in report:
            lines.append(f"{key.replace('_', ' ')}: {report[key]:.3f}")
    return "\n".join(lines)


def write_reports(report: dict, out_dir: Path) -> None:
    from .tables import atomic_write_text

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(out_dir / "report.json", json.dumps(report, indent=2, ensure_ascii=False))
    lines = ["# Evaluation report", "", "```", format_table(report), "```", "",
             "Every wrong or missed fact, grouped by field: `gold` is what the gold has and the output "
             "lacks, `predicted` what the output has and the gold does not.", ""]
    by_field = defaultdict(list)
    for e in report["errors"]:
        by_field[e["field"]].append(e)
    for field in ["event"] + [f for f in FIELDS if f != "type"] + ["type"]:
        if not by_field.get(field):
            continue
        lines += [f"## {field} ({len(by_field[field])})", "",
                  "| doc | event | gold | predicted | evidence |", "| --- | --- | --- | --- | --- |"]
        for e in by_field[field]:
            cells = [e["doc"], e["event"], e["gold"], e["predicted"], e["evidence"][:200]]
            lines.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
        lines.append("")
    atomic_write_text(out_dir / "report.md", "\n".join(lines))


def check_floors(report: dict, floors: dict) -> list[str]:
    """Each score below its pinned floor, as a line ("micro f1 0.71 < 0.75")."""
    broken = []
    for key, floor in floors.items():
        if key.startswith("_"):
            continue
        if key in ("events", "micro", "merge"):
            value = report[key]["f1"]
        elif key in report.get("fields", {}):
            value = report["fields"][key]["f1"]
        elif key in report:
            value = report[key]
        else:
            broken.append(f"{key}: no such score")
            continue
        if value < floor:
            broken.append(f"{key} f1 {value:.3f} < {floor}")
    return broken
