"""Events stage, step 5 (evidence): where each field of a mention was read.

In: an Article, a Cluster and the values chosen for it (date, city, country, persons, the named
reference). Out: the ``evidence_fields`` of its Mention: for each field, the offsets of the
sentence its value came from, as JSON, so that a field taken from another sentence than the
event's own (a place two sentences before, a participant named in the lead) can be checked.
"""
from __future__ import annotations

import json

from ..records import Article, DateValue, Sentence
from .frames import Reference
from .segmentation import Cluster


def field_sentences(article: Article, cluster: Cluster, date: DateValue | None, city, country: str | None,
                     persons, named: Reference | None) -> str:
    """Where each field was read, as the offsets of its sentence (JSON for the mentions table's
    ``evidence_fields``): a field taken from another sentence than the event's can be checked."""
    def span(offset: int) -> list[int] | None:
        s = sentence_at(article, offset)
        return [s.start, s.end] if s else None

    found: dict[str, object] = {}
    if named is not None:
        found["name"] = span(named.cue.start)
    if date is not None:
        found["start"] = found["end"] = span(date.start)
    if city is not None and city.start >= 0:
        found["city"] = span(city.start)
    if country:
        source = city if city is not None and city.country == country else next(
            (e for r in cluster.references for e in r.entities
             if e.label == "COUNTRY" and e.entity_id == country), None)
        if source is not None:
            found["country"] = span(source.start)
    if persons:
        first = {}
        for p in persons:  # one span a listed person, in the order of the mention's persons
            first.setdefault(p.canonical, p)
        found["persons"] = [span(p.start) for p in first.values()]
    return json.dumps({k: v for k, v in found.items() if v}, separators=(",", ":")) if found else ""


def sentence_at(article: Article, offset: int) -> Sentence | None:
    """The sentence of the article holding a character offset."""
    return next((s for s in article.sentences if s.start <= offset < s.end), None)


def with_fields_of(mention, source, fields: tuple[str, ...]) -> str:
    """``mention``'s evidence_fields with those of ``fields`` taken from ``source`` (a mention it
    took these values from: talks placed where their visit is)."""
    own = json.loads(mention.evidence_fields) if mention.evidence_fields else {}
    theirs = json.loads(source.evidence_fields) if source.evidence_fields else {}
    for f in fields:
        own.pop(f, None)
        if f in theirs:
            own[f] = theirs[f]
    return json.dumps(own, separators=(",", ":")) if own else ""
