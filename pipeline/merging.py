"""Merging stage: every document's Mentions in, one Event per real-world event out.

Mentions of one event are found through blocking keys (the language-independent name key of a
named summit or forum; the set of participants of a meeting or visit), so the cost grows with the
number of mentions, not with its square. Two mentions join when their type, dates, edition and
city agree and they come from different documents. The events table takes the most specific
value of each field among its mentions and fills a missing year or place from a merged mention
when consistent; mentions keep what their own document says.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Iterable, Sequence

from .timex import timex_overlap
from .records import Corpus, Event, Mention


@dataclass
class _Group:
    members: list[Mention] = field(default_factory=list)

    @property
    def docs(self) -> set[str]:
        return {m.doc for m in self.members}


def blocking_keys(m: Mention) -> list[tuple]:
    keys = []
    if m.name_key:
        keys.append(("name", m.type, m.name_key))
    persons = frozenset(m.persons)
    if m.type in ("MEETING", "VISIT") and len(persons) >= 2:
        keys.append(("persons", m.type, persons))
    if m.type == "VISIT" and m.country:
        for person in m.persons:
            keys.append(("visitor", person, m.country))
    if m.type == "MEETING" and len(persons) >= 2:
        # a meeting is also found from any pair of its participants (three-way talks vs. a report
        # naming two of them)
        # only the principals, named first: accompanying officials ("王毅参加会谈") attend
        # many unrelated talks
        ordered = sorted(dict.fromkeys(m.persons[:2]))
        for i in range(len(ordered)):
            for j in range(i + 1, len(ordered)):
                keys.append(("pair", ordered[i], ordered[j]))
    if m.type in ("MEETING", "VISIT") and m.start and len(m.start) == 10 and "X" not in m.start \
            and 2 <= len(m.countries) <= 6:
        # talks on one day between the same two countries, however the reports name the people
        codes = sorted(m.countries)
        for i in range(len(codes)):
            for j in range(i + 1, len(codes)):
                keys.append(("day-pair", m.type, m.start, codes[i], codes[j]))
    return keys


def _span(m: Mention) -> tuple[str, str] | None:
    """The dates a mention covers, or for an undated meeting or visit reported as done or under
    way, the month of its document (it happened around publication)."""
    if m.start:
        return m.start, m.end or m.start
    if m.type in ("MEETING", "VISIT") and m.status in ("past", "ongoing") and m.published \
            and not m.name_key:
        month = m.published[:7]
        return month, month
    return None


def compatible(m: Mention, group: _Group) -> bool:
    if m.doc in group.docs:
        return False
    for other in group.members:
        if other.type != m.type:
            return False
        if m.edition and other.edition and m.edition != other.edition:
            return False
        if m.city and other.city and m.city != other.city:
            return False
        if m.type in ("MEETING", "VISIT") and m.countries and other.countries \
                and not (set(m.countries) <= set(other.countries) or set(other.countries) <= set(m.countries)):
            return False  # talks with Kazakhstan are not talks with Tajikistan
        a, b = _span(m), _span(other)
        if a and b and not timex_overlap(a[0], a[1], b[0], b[1]):
            return False
        if not m.name_key and not (a and b):
            return False  # an undated unnamed meeting cannot be told from another one
        if not (_time_consistent(m, other) and _time_consistent(other, m)):
            return False
    return True


def _time_consistent(reporter: Mention, other: Mention) -> bool:
    """What ``reporter`` says of its event at publication (still to come, or done) must hold for
    the other mention's dates: the 2023 summit is not "the summit to come" of a 2025 article."""
    published = reporter.published
    if not published or reporter.status not in ("future", "past"):
        return True
    span = _span(other)
    if span and "X" not in span[0][:4]:
        start, end = span
        if reporter.status == "future" and end < published[:len(end)]:
            return False
        if reporter.status == "past" and start > published[:len(start)]:
            return False
        return True
    if not span and other.published and other.status in ("future", "past") \
            and reporter.status != other.status:
        # both undated: an event to come after one date and done before another
        future, past = (reporter, other) if reporter.status == "future" else (other, reporter)
        return future.published < past.published
    return True


def merge_events(mentions: Sequence[Mention]) -> tuple[list[Mention], list[Event]]:
    """Assign every mention an event_id and build the events table."""
    ordered = sorted(mentions, key=lambda m: (m.doc, m.char_start, m.type))
    groups: list[_Group] = []
    index: dict[tuple, list[int]] = defaultdict(list)
    assignment: list[int] = []
    for m in ordered:
        candidates = sorted({g for k in blocking_keys(m) for g in index.get(k, [])})
        target = next((g for g in candidates if compatible(m, groups[g])), None)
        if target is None:
            groups.append(_Group())
            target = len(groups) - 1
        groups[target].members.append(m)
        assignment.append(target)
        for k in blocking_keys(m):
            if target not in index[k]:
                index[k].append(target)
    ids = [event_id(g.members) for g in groups]
    with_ids = [replace(m, event_id=ids[g]) for m, g in zip(ordered, assignment)]
    events = [build_event(ids[i], g.members) for i, g in enumerate(groups)]
    return with_ids, events


def event_id(members: Sequence[Mention]) -> str:
    first = members[0]
    year = next((m.start[:4] for m in members if m.start and not m.start.startswith("X")), "")
    label = first.name or "-".join(p.split()[-1] for p in first.persons[:2]) or first.type
    slug = re.sub(r"[^\w]+", "-", label.lower()).strip("-")[:40]
    digest = hashlib.sha1(f"{first.doc}|{first.char_start}|{first.type}".encode()).hexdigest()[:8]
    return "-".join(x for x in (first.type.lower(), year, slug, digest) if x)


def _most_common(values: Iterable):
    counts = Counter(v for v in values if v not in (None, ""))
    return counts.most_common(1)[0][0] if counts else None


def _precision(value: str | None) -> tuple:
    if not value:
        return (0, 0)
    return (len(value) - value.count("X") - value.count("-"), -value.count("X"))


def _merged_dates(members: Sequence[Mention]) -> tuple[str | None, str | None]:
    best = max(members, key=lambda m: (_precision(m.start), m.end != m.start))
    start, end = best.start, best.end
    if start and start.startswith("XXXX"):
        # fill a missing year from a merged mention when month and day agree
        for m in members:
            if m.start and not m.start.startswith("X") and m.start[4:] == start[4:]:
                start, end = m.start, m.end
                break
    return start, end


def build_event(eid: str, members: Sequence[Mention]) -> Event:
    latest = max(members, key=lambda m: (m.published or "", m.doc))
    start, end = _merged_dates(members)
    return Event(
        event_id=eid,
        type=_most_common(m.type for m in members),
        name=_most_common(m.name for m in members),
        names=tuple(dict.fromkeys(m.name for m in members if m.name)),
        edition=_most_common(m.edition for m in members),
        start=start,
        end=end,
        status=latest.status,
        city=_most_common(m.city for m in members),
        country=_most_common(m.country for m in members),
        countries=tuple(sorted({c for m in members for c in m.countries})),
        persons=tuple(dict.fromkeys(p for m in members for p in m.persons)),
        orgs=tuple(dict.fromkeys(o for m in members for o in m.orgs)),
        agreements=max((m.agreements for m in members if m.agreements), default=None),
        docs=tuple(sorted({m.doc for m in members})),
        languages=tuple(sorted({m.language for m in members})),
        evidence=tuple(m.evidence for m in members),
    )


def merge_corpus(corpus: Corpus) -> Corpus:
    """The stage's verb: the corpus with every mention's ``event_id`` set and ``events`` built."""
    mentions, events = merge_events(corpus.mentions)
    return replace(corpus, mentions=tuple(mentions), events=tuple(events))
