"""Scoring primitives of the annotation guide (section Scoring): facts, agreement, pairing, P/R/F1.

Place in the flow: after a run, ``evaluate`` reads ``outputs/*.csv`` and the gold JSON Lines and
scores them with the pieces here; nothing in the pipeline itself depends on this module.

A mention, gold or predicted, becomes its *facts*: ``{field: [values]}``, one value a fact, a list
field giving one value per element. A gold name-like value (``name``, ``city``, each person, each
organisation) is the list of its acceptable forms; a predicted one is a single string. Two values
agree exactly (dates, ISO codes, type, status, integers) or, for names, when the folded forms are
equal or close by fuzzy ratio. One document's mentions are paired one to one so that the pairs hold
the most agreeing facts. The figures must equal those of the project's independent scorer, so every
tie is broken in one fixed, documented order.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from .columns import EVENT_FIELDS as FIELDS
from .columns import INT_FIELDS, LIST_FIELDS
from .text import fold

#: fields compared as names (folding plus fuzzy ratio); the others compare exactly
NAME_FIELDS = frozenset({"name", "city", "persons", "orgs"})
#: gold fields holding one name given as a list of acceptable forms
SINGLE_NAME_FIELDS = frozenset({"name", "city"})
DATE_FIELDS = frozenset({"start", "end"})
#: fields whose values are codes, compared in upper case (a table may write "summit" or "kz")
CODE_FIELDS = frozenset({"type", "status", "country", "countries"})
#: the guide's fuzzy threshold: rapidfuzz ratio (0–100) of two folded names, ≥ 90 agrees; about
#: one differing character in a 20-character name, so spelling variants pass and other names do not
NAME_RATIO = 90
#: cell texts that mean "no value" (how pandas, Python and JSON write a missing value)
EMPTY_CELLS = frozenset({"", "nan", "None", "null"})
#: "; " joins list cells in the output tables
LIST_SEPARATOR = ";"

Facts = dict[str, list]


@lru_cache(maxsize=65536)
def _folded_agree(predicted: str, form: str) -> bool:
    from rapidfuzz import fuzz

    return predicted == form or fuzz.ratio(predicted, form) >= NAME_RATIO


def names_agree(predicted: str, acceptable: Sequence[str]) -> bool:
    """True when a predicted name agrees with one of the acceptable forms of a gold name."""
    folded = fold(str(predicted))
    if not folded:
        return False
    return any(_folded_agree(folded, fold(str(form))) for form in acceptable)


def values_agree(field: str, predicted, gold) -> bool:
    """One predicted value against one gold value of a field."""
    if field in NAME_FIELDS:
        return names_agree(predicted, gold)
    return predicted == gold


def is_empty(value) -> bool:
    """A missing cell or gold value: None, NaN, or a text that spells "nothing"."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip() in EMPTY_CELLS


def comparable(field: str, value):
    """One scalar value (a cell or a gold value) in the form values are compared in, or None.

    Integers may come from a table as "3" or "3.0"; a date is cut to its first ten characters
    (a table may add a time); codes compare in upper case."""
    if is_empty(value):
        return None
    if field in INT_FIELDS:
        try:
            return int(float(value))
        except (TypeError, ValueError, OverflowError):
            return None
    text = str(value).strip()
    if field in DATE_FIELDS:
        return text[:10]
    if field in CODE_FIELDS:
        return text.upper()
    return text


def split_cell(value) -> list[str]:
    """The elements of a list cell ("CN; KZ"), blanks dropped."""
    if is_empty(value):
        return []
    return [item.strip() for item in str(value).split(LIST_SEPARATOR) if item.strip()]


def predicted_facts(row: dict) -> Facts:
    """Facts of one row of ``mentions.csv``."""
    facts: Facts = {}
    for field in FIELDS:
        cell = row.get(field)
        if field == "countries":
            # a set of codes: a repeated code is one fact
            facts[field] = sorted({code.upper() for code in split_cell(cell)})
        elif field in LIST_FIELDS:
            facts[field] = split_cell(cell)
        else:
            value = comparable(field, cell)
            facts[field] = [] if value is None else [value]
    return facts


def gold_facts(record: dict) -> Facts:
    """Facts of one gold mention; each name-like value is its list of acceptable forms."""
    facts: Facts = {}
    for field in FIELDS:
        value = record.get(field)
        if field in SINGLE_NAME_FIELDS:
            forms = value if isinstance(value, list) else [value]
            facts[field] = [forms] if value else []
        elif field == "countries":
            facts[field] = sorted({str(code).upper() for code in (value or [])})
        elif field in LIST_FIELDS:
            facts[field] = [forms if isinstance(forms, list) else [forms] for forms in (value or [])]
        else:
            scalar = comparable(field, value)
            facts[field] = [] if scalar is None else [scalar]
    return facts


def matches(field: str, predicted_values: Sequence, gold_values: Sequence) -> list[tuple[int, int]]:
    """Which predicted value agrees with which gold value, as (predicted index, gold index).

    Each gold value is taken once: predicted values, in order, each take the first free gold value
    they agree with (the independent scorer's rule; a name agreeing with two gold persons counts
    once)."""
    free = list(range(len(gold_values)))
    found = []
    for i, value in enumerate(predicted_values):
        for j in free:
            if values_agree(field, value, gold_values[j]):
                free.remove(j)
                found.append((i, j))
                break
    return found


def agreeing(predicted: Facts, gold: Facts) -> int:
    """How many facts of a predicted mention its gold mention agrees with, over all fields."""
    return sum(len(matches(field, predicted[field], gold[field])) for field in FIELDS)


def pairable(predicted: Facts, gold: Facts) -> bool:
    """The guide: a pair needs the same type or a matching name (the first form of each)."""
    if predicted["type"] == gold["type"]:
        return True
    return bool(predicted["name"] and gold["name"]
                and names_agree(predicted["name"][0], gold["name"][0]))


#: what one pair adds to a pairing's score beside its agreeing facts: of two pairings with as many
#: agreeing facts, the one with more pairs wins (fewer false and missed events); far below 1, so it
#: never outweighs one fact (a document holds at most MAX_GOLD_EVENTS gold mentions)
PAIR_BONUS = 0.001
#: the most gold mentions one document may hold: the exact search keeps the taken ones in a bit mask
MAX_GOLD_EVENTS = 20


#: what one pair adds to a pairing's score beside its agreeing facts: among pairings with as many
#: agreeing facts, the one with more pairs wins (a thousand pairs would never outweigh one fact)
PAIR_BONUS = 0.001


def pair_mentions(predicted: Sequence[Facts], gold: Sequence[Facts]) -> list[tuple[int, int]]:
    """The one-to-one pairing of one document's mentions that maximises the agreeing facts, then
    the number of pairs; as (predicted index, gold index) pairs in predicted order.

    Exact search: a document holds a handful of events, so the gold mentions already taken fit in
    a bit mask. Ties go, prediction by prediction in order, to leaving it unpaired, then to the
    lowest gold index. The score is summed in floating point exactly as the independent scorer sums
    it (rest + (facts + bonus)): two pairings with equal facts and pairs can differ in the last bit,
    and only the same sum breaks such a tie the same way, which keeps the figures equal."""
    weight = {(i, j): agreeing(p, g)
              for i, p in enumerate(predicted) for j, g in enumerate(gold) if pairable(p, g)}
    partners = {i: [j for j in range(len(gold)) if (i, j) in weight] for i in range(len(predicted))}
    # best[(i, taken)]: (score, chosen pairs) for predictions i.. when the gold mask `taken` is used
    best: dict[tuple[int, int], tuple[float, tuple[tuple[int, int], ...]]] = {}

    def search(i: int, taken: int) -> tuple[float, tuple[tuple[int, int], ...]]:
        if i == len(predicted):
            return 0, ()
        if (i, taken) not in best:
            choice = search(i + 1, taken)
            for j in partners[i]:
                if taken & (1 << j):
                    continue
                rest_score, rest = search(i + 1, taken | (1 << j))
                score = rest_score + (weight[i, j] + PAIR_BONUS)
                if score > choice[0]:
                    choice = (score, ((i, j),) + rest)
            best[i, taken] = choice
        return best[i, taken]

    return list(search(0, 0)[1])


@dataclass
class Counts:
    """True positives, false positives and false negatives of one score."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def prf(self) -> dict:
        """Precision, recall and F1 rounded to 4 places, with the counts; 0.0 where undefined."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def total(counts: Iterable[Counts]) -> Counts:
    """Micro sum of several scores."""
    summed = Counts()
    for c in counts:
        summed.add(c.tp, c.fp, c.fn)
    return summed


def pairwise_merge(paired: Sequence[tuple[str, str]]) -> Counts:
    """Merge score over paired mentions given as (predicted event id, gold event key).

    Every two paired mentions are "same event" or not on each side; a predicted "same" is right
    when the gold agrees. An empty event id never makes two mentions the same."""
    counts = Counts()
    for a in range(len(paired)):
        for b in range(a + 1, len(paired)):
            predicted_same = bool(paired[a][0]) and paired[a][0] == paired[b][0]
            gold_same = paired[a][1] == paired[b][1]
            counts.add(tp=int(predicted_same and gold_same),
                       fp=int(predicted_same and not gold_same),
                       fn=int(gold_same and not predicted_same))
    return counts


def same_published(predicted_cell, gold_value) -> bool:
    """Publication dates agree (both missing counts as agreeing)."""
    return comparable("start", predicted_cell) == comparable("start", gold_value)


def same_languages(predicted_cell, gold_languages: Sequence[str] | None) -> bool:
    """Languages agree as sets ("fr; zh" against ["zh", "fr"])."""
    # only a truly missing cell is empty here: the independent scorer reads "nan" as a code
    text = "" if predicted_cell is None or (isinstance(predicted_cell, float) and math.isnan(predicted_cell)) \
        else str(predicted_cell)
    codes = {code.strip() for code in text.split(LIST_SEPARATOR) if code.strip()}
    return codes == set(gold_languages or [])
