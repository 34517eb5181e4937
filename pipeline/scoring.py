"""Scoring primitives of the annotation guide: facts, name agreement, pairing, P/R/F1.

A mention (gold or predicted) becomes ``{field: [values]}``; a gold name-like value is a list of
acceptable forms. Two values agree exactly (dates, codes, type, status, integers) or, for names,
when after case folding and stripping accents and punctuation they are equal or reach a fuzzy
ratio of at least ``NAME_RATIO``. Mentions of one document are paired one to one so as to
maximise the agreeing facts. ``evaluate`` builds the report on these.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

FIELDS = ("type", "name", "edition", "start", "end", "status", "city", "country",
          "countries", "persons", "orgs", "agreements")
LIST_FIELDS = frozenset({"countries", "persons", "orgs"})
NAME_FIELDS = frozenset({"name", "city", "persons", "orgs"})
INT_FIELDS = frozenset({"edition", "agreements"})
#: the guide's fuzzy threshold for names (rapidfuzz ratio, 0–100)
NAME_RATIO = 90
NULL_STRINGS = frozenset({"", "nan", "None", "null"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-folded, accent-free, punctuation-free form of a name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", bare).split())


def names_agree(predicted: str, acceptable: list[str]) -> bool:
    from rapidfuzz import fuzz

    folded = fold(predicted)
    if not folded:
        return False
    for form in acceptable:
        other = fold(str(form))
        if folded == other or fuzz.ratio(folded, other) >= NAME_RATIO:
            return True
    return False


def is_null(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN from a table
        return True
    return isinstance(value, str) and value.strip() in NULL_STRINGS


def _scalar(field: str, value):
    if is_null(value):
        return None
    if field in INT_FIELDS:
        try:
            return int(float(value))
        except (TypeError, ValueError):
            return None
    text = str(value).strip()
    if field in ("start", "end"):
        return text[:10]
    if field in ("type", "status", "country"):
        return text.upper()
    return text


def predicted_facts(row: dict) -> dict[str, list]:
    """Facts of one mentions.csv row (list cells joined with "; ")."""
    facts: dict[str, list] = {}
    for field in FIELDS:
        value = row.get(field)
        if field in LIST_FIELDS:
            items = [] if is_null(value) else [x.strip() for x in str(value).split(";") if x.strip()]
            facts[field] = sorted({x.upper() for x in items}) if field == "countries" else items
        else:
            scalar = _scalar(field, value)
            facts[field] = [] if scalar is None else [scalar]
    return facts


def gold_facts(record: dict) -> dict[str, list]:
    """Facts of one gold mention; names are lists of acceptable forms."""
    facts: dict[str, list] = {}
    for field in FIELDS:
        value = record.get(field)
        if field in ("name", "city"):
            facts[field] = [value if isinstance(value, list) else [value]] if value else []
        elif field in ("persons", "orgs"):
            facts[field] = [v if isinstance(v, list) else [v] for v in (value or [])]
        elif field == "countries":
            facts[field] = sorted({c.upper() for c in (value or [])})
        else:
            scalar = _scalar(field, value)
            facts[field] = [] if scalar is None else [scalar]
    return facts


def matches(field: str, predicted_values: list, gold_values: list) -> list[tuple[int, int]]:
    """Which predicted value agrees with which gold value (each gold value used once, first come)."""
    taken: set[int] = set()
    found = []
    for i, value in enumerate(predicted_values):
        for j, gold in enumerate(gold_values):
            if j in taken:
                continue
            if names_agree(value, gold) if field in NAME_FIELDS else value == gold:
                taken.add(j)
                found.append((i, j))
                break
    return found


def agreeing(predicted: dict, gold: dict) -> int:
    return sum(len(matches(f, predicted[f], gold[f])) for f in FIELDS)


def pairable(predicted: dict, gold: dict) -> bool:
    """The guide: a pair needs the same type or a matching name."""
    if predicted["type"] == gold["type"]:
        return True
    return bool(predicted["name"] and gold["name"] and names_agree(predicted["name"][0], gold["name"][0]))


def pair_mentions(predicted: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """The one-to-one pairing of one document's mentions with the most agreeing facts (then the
    most pairs). Exact search over subsets of gold mentions: a document holds a handful."""
    weight = {(i, j): agreeing(p, g) for i, p in enumerate(predicted) for j, g in enumerate(gold)
              if pairable(p, g)}
    best: dict[tuple[int, int], tuple[tuple[int, int], tuple]] = {}

    def search(i: int, used: int) -> tuple[tuple[int, int], tuple]:
        if i == len(predicted):
            return (0, 0), ()
        key = (i, used)
        if key in best:
            return best[key]
        choice = search(i + 1, used)  # leave prediction i unpaired
        for j in range(len(gold)):
            if used >> j & 1 or (i, j) not in weight:
                continue
            (hits, pairs), rest = search(i + 1, used | 1 << j)
            candidate = ((hits + weight[i, j], pairs + 1), ((i, j),) + rest)
            if candidate[0] > choice[0]:
                choice = candidate
        best[key] = choice
        return choice

    return list(search(0, 0)[1])


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def pairwise_merge(pairs: list[tuple[str, str]]) -> Counts:
    """Over paired mentions (predicted event id, gold event key): every two are "same event" or
    not on each side; a predicted "same" is right when gold agrees."""
    counts = Counts()
    for a in range(len(pairs)):
        for b in range(a + 1, len(pairs)):
            predicted_same = bool(pairs[a][0]) and pairs[a][0] == pairs[b][0]
            gold_same = pairs[a][1] == pairs[b][1]
            counts.add(tp=int(predicted_same and gold_same), fp=int(predicted_same and not gold_same),
                       fn=int(gold_same and not predicted_same))
    return counts
