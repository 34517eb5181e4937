"""Evaluation: the output tables against hand-labelled gold, by the annotation guide's Scoring rules.

Place in the flow: after ``python -m pipeline run``; ``python -m pipeline evaluate`` calls it.
In: a gold folder (``mentions.jsonl``, optional ``documents.jsonl``, checked by ``gold.load_gold``)
and an outputs folder (``mentions.csv``, ``documents.csv``). Out: a report dict with event P/R/F1,
P/R/F1 per field and micro over all fields, pairwise merge P/R/F1, publication-date and language
accuracy, and ``errors``: every wrong or missed fact with the evidence sentence. Only documents
that have gold are scored (a document of ``documents.jsonl`` without mentions has none), so any
subset of a corpus can be labelled. ``write_reports`` writes ``report.json`` and ``report.md``;
``check_floors`` compares the figures with pinned floors. The figures equal those of the
independent scorer (``../shared/tools/score.py``) on the same inputs.
"""
from __future__ import annotations

import codecs
import csv
import json
import logging
import warnings
from collections import defaultdict
from pathlib import Path

from .gold import load_gold
from .scoring import (FIELDS, LIST_FIELDS, Counts, Facts, gold_facts, matches, pair_mentions,
                      pairwise_merge, predicted_facts, same_languages, same_published, total)

log = logging.getLogger(__name__)

#: longest evidence sentence kept in report.md (characters); report.json keeps it whole
EVIDENCE_SHOWN = 240


def read_rows(path: Path) -> list[dict]:
    """Rows of an output CSV table as dicts of strings ("" for an empty cell); [] when absent.

    Read as the independent scorer reads it (Python's csv module), so both score the same rows:
    a leading byte-order mark stays part of the first column's name, and a row with a stray extra
    cell is kept rather than refused."""
    import pandas as pd

    if not path.exists():
        log.warning("%s: no such table, scored as empty", path)
        return []
    with open(path, "rb") as fh:
        has_bom = fh.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
    try:
        # every cell a string, no NA guessing ("NA" is Namibia); index_col=False keeps the first
        # column a column
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, index_col=False, encoding="utf-8")
        for warning in caught:
            log.warning("%s: %s", path, warning.message)
    except pd.errors.EmptyDataError:
        return []
    except pd.errors.ParserError as err:
        log.warning("%s: %s; read row by row instead", path, " ".join(str(err).split()))
        with open(path, encoding="utf-8", newline="") as fh:
            return [{column: cell or "" for column, cell in row.items() if column is not None}
                    for row in csv.DictReader(fh)]
    if has_bom and len(frame.columns):
        # pandas drops the mark; the independent scorer does not and then finds no such column
        log.warning("%s starts with a byte-order mark: its first column %r is not found",
                    path, frame.columns[0])
        frame = frame.rename(columns={frame.columns[0]: "\ufeff" + frame.columns[0]})
    return frame.to_dict("records")


def _shown(value) -> str:
    """A fact as text: a gold name shows its acceptable forms."""
    if isinstance(value, list):
        return " / ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _error(doc: str, event: str, event_id: str, field: str, kind: str, gold="", predicted="",
           evidence: str = "") -> dict:
    return {"doc": doc, "event": event, "event_id": event_id, "field": field, "kind": kind,
            "gold": _shown(gold), "predicted": _shown(predicted), "evidence": evidence}


def _pair_errors(doc: str, row: dict, gold: dict, predicted: Facts, expected: Facts) -> list[dict]:
    """Wrong and missed facts of one predicted mention against its gold mention."""
    errors = []
    where = (doc, gold["event"], row.get("event_id") or "")
    evidence = row.get("evidence") or ""
    for field in FIELDS:
        found = matches(field, predicted[field], expected[field])
        wrong = [v for i, v in enumerate(predicted[field]) if i not in {a for a, _ in found}]
        missed = [v for j, v in enumerate(expected[field]) if j not in {b for _, b in found}]
        if field not in LIST_FIELDS and wrong and missed:
            # one value each side: show them side by side as one error
            errors.append(_error(*where, field, "wrong", missed[0], wrong[0], evidence))
            continue
        errors += [_error(*where, field, "wrong", "", value, evidence) for value in wrong]
        errors += [_error(*where, field, "missed", value, "", evidence) for value in missed]
    return errors


def evaluate(gold_dir: Path, outputs_dir: Path, corpus_docs: set[str] | None = None,
             only_docs: set[str] | None = None) -> dict:
    """Score ``outputs_dir`` against ``gold_dir`` (only the documents of ``only_docs`` when
    given: one part of a split); raises ``gold.GoldError`` on bad gold."""
    gold_dir, outputs_dir = Path(gold_dir), Path(outputs_dir)
    gold_mentions, gold_documents = load_gold(gold_dir, corpus_docs)
    if only_docs is not None:
        gold_mentions = [r for r in gold_mentions if r["doc"] in only_docs]
        gold_documents = [r for r in gold_documents if r["doc"] in only_docs]
    scored_docs = {r["doc"] for r in gold_mentions} | {r["doc"] for r in gold_documents}

    gold_by_doc: dict[str, list[dict]] = defaultdict(list)
    for record in gold_mentions:
        gold_by_doc[record["doc"]].append(record)
    rows_by_doc: dict[str, list[dict]] = defaultdict(list)
    ignored = 0
    for row in read_rows(outputs_dir / "mentions.csv"):
        if row.get("doc") in scored_docs:
            rows_by_doc[row["doc"]].append(row)
        else:
            ignored += 1
    if ignored:
        log.info("%d predicted mentions of documents without gold are not scored", ignored)

    events = Counts()
    per_field = {field: Counts() for field in FIELDS}
    paired_ids: list[tuple[str, str]] = []  # (predicted event id, gold event key) of each pair
    paired_where: list[tuple[str, str]] = []  # (doc, evidence) of each pair, for merge errors
    errors: list[dict] = []
    for doc in sorted(scored_docs):
        rows, golds = rows_by_doc[doc], gold_by_doc[doc]
        predicted = [predicted_facts(r) for r in rows]
        expected = [gold_facts(g) for g in golds]
        pairs = pair_mentions(predicted, expected)
        events.add(tp=len(pairs), fp=len(rows) - len(pairs), fn=len(golds) - len(pairs))
        for i, j in pairs:
            paired_ids.append((rows[i].get("event_id") or "", golds[j]["event"]))
            paired_where.append((doc, rows[i].get("evidence") or ""))
            for field in FIELDS:
                agreed = len(matches(field, predicted[i][field], expected[j][field]))
                per_field[field].add(tp=agreed, fp=len(predicted[i][field]) - agreed,
                                     fn=len(expected[j][field]) - agreed)
            errors += _pair_errors(doc, rows[i], golds[j], predicted[i], expected[j])
        paired_rows, paired_golds = {i for i, _ in pairs}, {j for _, j in pairs}
        for i in sorted(set(range(len(rows))) - paired_rows):
            where = (doc, "", rows[i].get("event_id") or "")
            evidence = rows[i].get("evidence") or ""
            errors.append(_error(*where, "event", "false event",
                                 predicted=f"{rows[i].get('type', '')} {rows[i].get('name', '')}".strip(),
                                 evidence=evidence))
            for field in FIELDS:
                per_field[field].add(fp=len(predicted[i][field]))
                errors += [_error(*where, field, "wrong", predicted=v, evidence=evidence)
                           for v in predicted[i][field]]
        for j in sorted(set(range(len(golds))) - paired_golds):
            where = (doc, golds[j]["event"], "")
            errors.append(_error(*where, "event", "missed event",
                                 gold=f"{golds[j]['type']} {(golds[j].get('name') or [''])[0]}".strip()))
            for field in FIELDS:
                per_field[field].add(fn=len(expected[j][field]))
                errors += [_error(*where, field, "missed", gold=v) for v in expected[j][field]]

    report = {"documents": len(scored_docs), "events": events.prf(),
              "fields": {field: c.prf() for field, c in per_field.items()},
              "micro": total(per_field.values()).prf(),
              "merge": pairwise_merge(paired_ids).prf()}
    accuracy, document_errors = _document_accuracy(gold_documents, outputs_dir / "documents.csv")
    report.update(accuracy)
    report["errors"] = errors + document_errors + _merge_errors(paired_ids, paired_where)
    return report


def _merge_errors(paired_ids: list[tuple[str, str]], where: list[tuple[str, str]]) -> list[dict]:
    """Every pair of paired mentions merged wrongly (one event_id, two gold events) or left apart
    (two event_ids, one gold event), in both directions of the merge score."""
    errors = []
    for a in range(len(paired_ids)):
        for b in range(a + 1, len(paired_ids)):
            (id_a, gold_a), (id_b, gold_b) = paired_ids[a], paired_ids[b]
            same_id, same_gold = bool(id_a) and id_a == id_b, gold_a == gold_b
            if same_id == same_gold:
                continue
            kind = "wrong merge" if same_id else "left apart"
            errors.append(_error(f"{where[a][0]} + {where[b][0]}", f"{gold_a} / {gold_b}",
                                 f"{id_a} / {id_b}", "merge", kind,
                                 evidence=f"{where[a][1][:100]} ‖ {where[b][1][:100]}"))
    return errors


def evaluate_split(gold_dir: Path, outputs_dir: Path, split: dict[str, list[str]],
                   corpus_docs: set[str] | None = None) -> dict[str, dict]:
    """One report per part of a split file (``{"tune": [...], "test": [...]}``), plus "all"."""
    reports = {"all": evaluate(gold_dir, outputs_dir, corpus_docs)}
    for part, docs in split.items():
        if not part.startswith("_") and isinstance(docs, list):
            reports[part] = evaluate(gold_dir, outputs_dir, corpus_docs, only_docs=set(docs))
    return reports


def _document_accuracy(gold_documents: list[dict], path: Path) -> tuple[dict, list[dict]]:
    """Accuracy of ``published`` and of ``languages`` (as a set); skipped (empty) without gold
    documents or without ``documents.csv``."""
    if not gold_documents or not path.exists():
        return {}, []
    predicted = {row.get("doc"): row for row in read_rows(path)}
    right_published = right_languages = 0
    errors = []
    for gold in gold_documents:
        row = predicted.get(gold["doc"], {})
        if same_published(row.get("published"), gold.get("published")):
            right_published += 1
        else:
            errors.append(_error(gold["doc"], "", "", "published", "wrong", gold.get("published") or "",
                                 row.get("published", "")))
        if same_languages(row.get("languages"), gold.get("languages")):
            right_languages += 1
        else:
            errors.append(_error(gold["doc"], "", "", "languages", "wrong",
                                 "; ".join(gold.get("languages") or []), row.get("languages", "")))
    count = len(gold_documents)
    return ({"published_accuracy": round(right_published / count, 4),
             "languages_accuracy": round(right_languages / count, 4)}, errors)


def format_table(report: dict) -> str:
    """The figures as a terminal table."""
    lines = [f"documents scored: {report['documents']}",
             f"{'':12} {'P':>6} {'R':>6} {'F1':>6}  {'tp/fp/fn':>12}"]
    rows = [("events", report["events"]), *report["fields"].items(), ("micro", report["micro"]),
            ("merge", report["merge"])]
    for label, score in rows:
        counts = f"{score['tp']}/{score['fp']}/{score['fn']}"
        lines.append(f"{label:12} {score['p']:6.3f} {score['r']:6.3f} {score['f1']:6.3f}  {counts:>12}")
        if label in ("events", "agreements"):
            lines.append("-" * 46)
    for key in ("published_accuracy", "languages_accuracy"):
        if key in report:
            lines.append(f"{key.replace('_', ' '):20} {report[key]:6.3f}")
    return "\n".join(lines)


def _cell(text: str, limit: int | None = None) -> str:
    text = " ".join(str(text).split())
    if limit and len(text) > limit:
        text = text[:limit - 1] + "…"
    return text.replace("|", "\\|") or "—"


def write_reports(report: dict, out_dir: Path) -> None:
    """``report.json`` (every figure and error) and ``report.md`` (the table, then every wrong or
    missed fact grouped by field), each written atomically."""
    from .tables import atomic_write_text

    out_dir = Path(out_dir)
    atomic_write_text(out_dir / "report.json", json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    lines = ["# Evaluation report", "", "```", format_table(report), "```", "",
             "Every wrong or missed fact, grouped by field. *wrong*: the output has it and the gold "
             "does not; *missed*: the gold has it and the output does not; an event the output "
             "invents or misses lists all its facts.", ""]
    by_field: dict[str, list[dict]] = defaultdict(list)
    for error in report.get("errors", []):
        by_field[error["field"]].append(error)
    order = ["event", *FIELDS, "published", "languages"]
    for field in sorted(by_field, key=lambda f: order.index(f) if f in order else len(order)):
        lines += [f"## {field} ({len(by_field[field])})", "",
                  "| doc | event | event_id | kind | gold | predicted | evidence |",
                  "| --- | --- | --- | --- | --- | --- | --- |"]
        for e in by_field[field]:
            cells = [e["doc"], e["event"], e["event_id"], e["kind"], e["gold"], e["predicted"]]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " | "
                         + _cell(e["evidence"], EVIDENCE_SHOWN) + " |")
        lines.append("")
    if not by_field:
        lines.append("No wrong or missed fact.")
    atomic_write_text(out_dir / "report.md", "\n".join(lines) + "\n")


def _score_of(report: dict, key: str) -> tuple[str, float] | None:
    """(label, value) of the score a floor names, or None when the report has no such score."""
    if key in ("events", "micro", "merge"):
        return f"{key} f1", report[key]["f1"]
    if key in report.get("fields", {}):
        return f"{key} f1", report["fields"][key]["f1"]
    for name in (key, f"{key}_accuracy"):
        if name.endswith("_accuracy") and name in report:
            return name.replace("_", " "), report[name]
    return None


def check_floors(report: dict, floors: dict) -> list[str]:
    """Every score below its pinned floor, one line each ("micro f1 0.71 < 0.75"). Keys are
    ``events``, ``micro``, ``merge``, a field name, ``published`` or ``languages`` (accuracy);
    keys starting with "_" are comments. A floor naming no score is broken too: a typo must not
    pass in silence."""
    broken = []
    for key, floor in floors.items():
        if key.startswith("_"):
            continue
        if isinstance(floor, bool) or not isinstance(floor, (int, float)):
            broken.append(f"{key}: floor {floor!r} is not a number")
            continue
        score = _score_of(report, key)
        if score is None:
            broken.append(f"{key}: no such score in the report (floor {floor})")
        elif score[1] < floor:
            broken.append(f"{score[0]} {score[1]:g} < {floor:g}")
    return broken
