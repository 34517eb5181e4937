"""Merging stage: every document's Mentions in, one Event per real-world event out.

Compatibility before similarity. Each mention is first read into a ``Profile``: its series
(``resources/event_series.json``: the G7, FOCAC, 中国—中亚峰会 … in every script) or its folded name,
with years and ordinals taken out of the name into year and edition, the days its dates cover,
its city and principal participants. Two mentions may be one event only when nothing they state
contradicts (``compatible``): another document; the same type, or a summit and a forum of one
series; no different edition, series, qualifier ("ministers of the G7") or city; dates that
overlap at their precision, allowing the usual length of the series (a report dated on the
summit's second day); a tense that fits the other's dates; for talks, one side's countries within
the other's and some principal in common.

Candidate pairs come from blocking keys (series, name, participants, the day and the two
countries of talks), so the cost grows with the mentions, not their square. Pairs are merged
strongest first (``affinity``), and two groups join only when every mention of one is compatible
with every mention of the other, so an undated mention compatible with the 2023 and the 2025
summits cannot chain them. A generic mention (a series named with no date, edition or place)
never takes part in that: afterwards it joins the one group its tense and publication date admit
when its series meets once a year and exactly one group fits; otherwise it stays its own row.
Everything is sorted by the mentions' content first, so the result does not depend on the input
order, and an event's id is a hash of what defines it (series and edition or year, or type,
participants and day), so adding unrelated articles changes no id.

The events table keeps what the mentions agree on: the most precise dates all of them admit, the
edition, the majority city; ``names`` lists every form seen. Mentions keep what their own
document says.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import astuple, dataclass, replace
from functools import lru_cache
from datetime import date, timedelta
from collections.abc import Iterable, Sequence

from .gazetteer import aliases
from .records import Corpus, Event, Mention
from .series import compact, find_series, series_table, split_name
from .text import fold
from .timex import bounds, gap_days, known_year, precision, timex_overlap

NAMED_TYPES = ("SUMMIT", "FORUM")
#: type pairs that one event may be reported under: a summit held as (or inside) a forum
#: ("中非合作论坛北京峰会" / "le Forum sur la coopération sino-africaine")
TYPE_PAIRINGS = {frozenset({"SUMMIT", "FORUM"})}
#: usual length in days of an event outside the series table, by type: a report dated on another
#: day of it is still the same event (a state visit lasts a few days, talks one)
DEFAULT_DAYS = {"SUMMIT": 2, "FORUM": 3, "VISIT": 3, "MEETING": 1}
#: how far, in days, the tense of an undated mention reaches: "the coming G7 summit" written on a
#: date is the edition of the next 12 months, "the recent one" of the last 12; an event "under
#: way" is within a week of the article
#: A group whose dates span more than this is known only to the year (or a season). Unit: days.
YEAR_LIKE_DAYS = 62
TENSE_REACH_DAYS = {"future": (0, 365), "past": (-365, 0), "ongoing": (-7, 7)}
#: how many days after an event's last day a report may still call it under way (filed the
#: morning after: "来华出席峰会的X" on the day after the summit closed). Unit: days.
ONGOING_FILED_LATE_DAYS = 1

# ---------------------------------------------------------------------------------------------
# profiles


@dataclass(frozen=True)
class Profile:
    """What merging reads from one mention."""

    mention: Mention
    order: tuple  # canonical sort key: the mention's content, never its place in the input
    series: str
    qualifier: str
    name: str  # folded name without years and ordinals, Han spaces dropped
    ids: str  # the events stage's name_key without city ids (countries, regions, organisations)
    edition: int | None
    span: tuple[date, date] | None  # days the mention's dates (or its name's year) cover
    loose: tuple[str, str] | None  # TIMEX3 range for values with an open year (XXXX-10-17)
    days: int  # usual length of the event
    per_year: int
    principals: frozenset
    generic: bool

    @property
    def year(self) -> int | None:
        if self.span and self.span[0].year == self.span[1].year:
            return self.span[0].year
        return None


def profile(m: Mention) -> Profile:
    folded, name_edition, name_year = split_name(m.name)
    series, qualifier = find_series(folded) if m.type in NAMED_TYPES else ("", "")
    entry = series_table()["series"].get(series, {})
    span = bounds(m.start, m.end)
    loose = None
    if m.start and span is None:
        loose = (m.start, m.end or m.start)
    elif not m.start and name_year:
        span = bounds(str(name_year))
    if span is None and loose is None and m.type in ("MEETING", "VISIT") and not m.name \
            and m.status in ("past", "ongoing") and m.published:
        # undated talks reported as done or under way happened around publication: its month
        span = bounds(m.published[:7])
    parts = (m.name_key or "").split("|")
    # entity ids inside the name, without cities (GeoNames ids: the city is compared on its own);
    # one id alone ("CN" of 中国国际进口博览会 and of 中国品牌博览会) says too little to equate names
    ids = "|".join(sorted(x for x in parts if x and not x.isdigit())) if len(parts) >= 2 else ""
    edition = m.edition or name_edition
    generic = (m.type in NAMED_TYPES and span is None and loose is None and not edition
               and not m.city)
    return Profile(
        mention=m,
        order=(m.doc, m.char_start, m.char_end, m.type, repr(astuple(m))),
        series=series, qualifier=qualifier, name=compact(folded), ids=ids, edition=edition,
        span=span, loose=loose, days=int(entry.get("days") or DEFAULT_DAYS.get(m.type, 1)),
        per_year=int(entry.get("per_year") or 0),
        principals=frozenset(m.persons[:2]), generic=generic)


# ---------------------------------------------------------------------------------------------
# compatibility


def blocking_keys(p: Profile) -> list[tuple]:
    m = p.mention
    keys = []
    if m.type in NAMED_TYPES:
        if p.series:
            keys.append(("series", p.series, p.qualifier))
        if p.name:
            keys.append(("name", p.name))
        if p.ids and "|" in p.ids:
            keys.append(("ids", p.ids))
        return keys
    persons = frozenset(m.persons)
    if len(persons) >= 2:
        keys.append(("persons", m.type, persons))
    if m.type == "VISIT" and m.country:
        for person in m.persons:
            keys.append(("visitor", person, m.country))
    if m.type == "MEETING" and len(persons) >= 2:
        # a meeting is also found from the pair of its principals, named first: accompanying
        # officials ("王毅参加会谈") attend many unrelated talks
        ordered = sorted(p.principals)
        if len(ordered) == 2:
            keys.append(("pair", ordered[0], ordered[1]))
    if m.start and len(m.start) == 10 and "X" not in m.start and 2 <= len(m.countries) <= 6:
        # talks on one day between the same two countries, however the reports name the people
        codes = sorted(m.countries)
        for i in range(len(codes)):
            for j in range(i + 1, len(codes)):
                keys.append(("day-pair", m.type, m.start, codes[i], codes[j]))
    return keys


def _names_agree(a: Profile, b: Profile) -> bool:
    if a.series or b.series:
        if a.series and b.series:
            return a.series == b.series and a.qualifier == b.qualifier
        # one name is in the series table, the other not: only the same name, or the same ids
        # in two scripts ("Sommet Chine-Asie centrale" / "中国－中亚峰会")
    if a.name and a.name == b.name:
        return True
    if a.ids and a.ids == b.ids and "|" in a.ids and a.mention.language != b.mention.language:
        return True
    if a.name and b.name and not a.series and not b.series:
        from rapidfuzz import fuzz

        return fuzz.ratio(a.name, b.name) >= 90  # two spellings of one name (scorer's threshold)
    return False


def _dates_agree(a: Profile, b: Profile) -> bool:
    if a.span and b.span:
        return gap_days(a.span, b.span) <= max(a.days, b.days) - 1
    if a.loose or b.loose:
        sa = a.loose or (a.mention.start, a.mention.end or a.mention.start)
        sb = b.loose or (b.mention.start, b.mention.end or b.mention.start)
        if sa[0] and sb[0]:
            return timex_overlap(sa[0], sa[1], sb[0], sb[1])
    return True


def _tense_fits(reporter: Profile, other: Profile) -> bool:
    """What ``reporter`` says of its event at publication (still to come, or done) must hold for
    the other mention's dates: the 2023 summit is not "the summit to come" of a 2025 article.
    A report dated on one day of a multi-day event may be a day off the other's dates."""
    m = reporter.mention
    if not m.published or m.status not in ("future", "past", "ongoing") or known_year(m.published) is None:
        return True
    published = bounds(m.published)
    if published is None:
        return True
    slack = timedelta(days=max(reporter.days, other.days) - 1)
    if m.status == "ongoing":
        # under way on the day of the report: the other's dates hold that day (the 2024 Astana
        # summit "during which" Xi met Guterres is not the 2025 one) — or the day before, as a
        # report of a guest who "came to attend" is often filed the morning after it ended
        late = slack + timedelta(days=ONGOING_FILED_LATE_DAYS)
        return other.span is None or (other.span[0] - slack <= published[1] and published[0] <= other.span[1] + late)
    if other.span:
        if m.status == "future" and other.span[1] + slack < published[0]:
            return False
        if m.status == "past" and other.span[0] - slack > published[1]:
            return False
        return True
    o = other.mention
    if other.loose is None and o.published and o.status in ("future", "past") \
            and m.status != o.status:
        # both undated: an event to come after one date and done before another
        future, past = (m, o) if m.status == "future" else (o, m)
        future_day, past_day = bounds(future.published), bounds(past.published)
        if future_day and past_day:
            return future_day[0] <= past_day[0] + slack
        return future.published < past.published
    return True


def compatible(a: Profile, b: Profile) -> bool:
    """Can two mentions be one event: does nothing they state contradict?"""
    ma, mb = a.mention, b.mention
    if ma.doc == mb.doc:
        return False  # the events stage has already told one document's events apart
    if ma.type != mb.type:
        if frozenset({ma.type, mb.type}) not in TYPE_PAIRINGS or not (a.series and a.series == b.series):
            return False
    if a.edition and b.edition and a.edition != b.edition:
        return False
    if ma.type in NAMED_TYPES and not _names_agree(a, b):
        return False
    if not _dates_agree(a, b):
        return False
    one_a_year = a.series and a.per_year == 1 and a.year is not None and a.year == b.year
    if ma.city and mb.city and fold(ma.city) != fold(mb.city) and not one_a_year:
        # another city is another event; but a series held once a year has one edition in a
        # year, so a second city there is a slip of one report (the row takes the majority)
        return False
    if ma.country and mb.country and ma.country != mb.country and not one_a_year:
        # held in another state: another event ("即将在印度新德里举行" the 2023 G20, "支持巴西办好今年…
        # 峰会" the 2024 one), with the same exception as cities
        return False
    if ma.type in ("MEETING", "VISIT"):
        if ma.countries and mb.countries and not (set(ma.countries) <= set(mb.countries)
                                                  or set(mb.countries) <= set(ma.countries)):
            return False  # talks with Kazakhstan are not talks with Tajikistan
        if len(a.principals) == 2 and len(b.principals) == 2 and not a.principals & b.principals:
            return False  # no principal in common: other talks
        if ma.type == "MEETING" and _another_host(a, b):
            return False  # one guest, two hosts of one state: two talks
        if not (a.span or a.loose) or not (b.span or b.loose):
            return False  # an undated meeting cannot be told from another one
    return _tense_fits(a, b) and _tense_fits(b, a)


def _another_host(a: Profile, b: Profile) -> bool:
    """"习近平会见斯凯里特" and "赵乐际会见斯凯里特" of one day: the two reports share one principal
    (the guest) and their other principals are two people of one state (the alias table's
    countries), so each reports talks with another host."""
    if len(a.principals) != 2 or len(b.principals) != 2 or len(a.principals & b.principals) != 1:
        return False
    (mine,) = a.principals - b.principals
    (theirs,) = b.principals - a.principals
    state = _person_state(mine)
    return bool(state) and state == _person_state(theirs)


@lru_cache(maxsize=4096)
def _person_state(name: str) -> str:
    """The country the alias table gives a person by their canonical name, or ""."""
    entry = aliases().by_folded.get(fold(name))
    return entry.country if entry is not None and entry.label == "PERSON" else ""


def affinity(a: Profile, b: Profile) -> tuple:
    """How strongly two compatible mentions look alike: merged strongest first."""
    ma, mb = a.mention, b.mention
    closeness = 0
    if a.span and b.span:
        closeness = -max(gap_days(a.span, b.span), 0)
    elif a.span or b.span:
        # an undated report: the nearer its publication to the other's dates, the likelier
        dated, undated = (a, b) if a.span else (b, a)
        published = bounds(undated.mention.published) if undated.mention.published else None
        closeness = -abs((dated.span[0] - published[0]).days) if published else -10_000
    else:
        closeness = -10_000
    return (
        int(bool(ma.city) and ma.city == mb.city),
        int(bool(a.edition) and a.edition == b.edition),
        int(bool(a.name) and a.name == b.name),
        int(bool(a.series) and a.series == b.series),
        len(set(ma.persons) & set(mb.persons)),
        int(bool(a.span) and bool(b.span)),
        closeness,
    )


# ---------------------------------------------------------------------------------------------
# grouping


def _group(profiles: list[Profile]) -> list[list[int]]:
    """Complete-linkage grouping over blocked pairs, strongest pair first; indexes into profiles."""
    anchors = [i for i, p in enumerate(profiles) if not p.generic]
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i in anchors:
        for key in blocking_keys(profiles[i]):
            blocks[key].append(i)
    pairs = set()
    for members in blocks.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    memo: dict[tuple[int, int], bool] = {}

    def ok(i: int, j: int) -> bool:
        key = (i, j) if i < j else (j, i)
        if key not in memo:
            memo[key] = compatible(profiles[key[0]], profiles[key[1]])
        return memo[key]

    scored = [(affinity(profiles[i], profiles[j]), i, j) for i, j in pairs if ok(i, j)]
    # strongest first; ties by the mentions' content (profiles are sorted by it)
    scored.sort(key=lambda t: (tuple(-x for x in t[0]), t[1], t[2]))
    group_of = {i: i for i in anchors}
    members = {i: [i] for i in anchors}
    for _, i, j in scored:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        if all(ok(x, y) for x in members[gi] for y in members[gj]):
            keep, drop = min(gi, gj), max(gi, gj)
            members[keep].extend(members.pop(drop))
            for x in members[keep]:
                group_of[x] = keep
    groups = [sorted(g) for g in members.values()]
    groups += _place_generic(profiles, groups, ok)
    return sorted(groups)


def _place_generic(profiles: list[Profile], groups: list[list[int]], ok) -> list[list[int]]:
    """Generic mentions (a series named with no date, edition or place) never anchor a merge.
    One joins a group only when its series meets once a year, the group's dates lie within the
    reach of its tense from its publication date, and exactly one group fits; otherwise it is its
    own row."""
    alone = []
    by_series: dict[tuple, list[list[int]]] = defaultdict(list)
    for g in groups:
        for key in {(profiles[i].series, profiles[i].qualifier) for i in g if profiles[i].series}:
            by_series[key].append(g)
    for i, p in enumerate(profiles):
        if not p.generic:
            continue
        m = p.mention
        fits = []
        if p.series and p.per_year == 1 and m.status in TENSE_REACH_DAYS and m.published \
                and bounds(m.published):
            day = bounds(m.published)[0]
            low, high = (day + timedelta(days=d) for d in TENSE_REACH_DAYS[m.status])
            for g in by_series.get((p.series, p.qualifier), []):
                spans = [profiles[j].span for j in g if profiles[j].span]
                if not spans:
                    continue
                start, end = min(s[0] for s in spans), max(s[1] for s in spans)
                # the group's dates must reach into the tense's reach; a group known only to the
                # year must lie within it: "2024" seen from August 2023 may be this summit or the
                # next one
                coarse = (end - start).days > YEAR_LIKE_DAYS
                inside = low <= start and end <= high if coarse else start <= high and end >= low
                if inside and all(ok(i, j) for j in g):
                    fits.append(g)
        if len(fits) == 1:
            fits[0].append(i)
            fits[0].sort()
        else:
            alone.append([i])
    return alone


def merge_events(mentions: Sequence[Mention]) -> tuple[list[Mention], list[Event]]:
    """Assign every mention an event_id and build the events table."""
    profiles = sorted((profile(m) for m in mentions), key=lambda p: p.order)
    groups = _group(profiles)
    keys = [defining_key([profiles[i] for i in g]) for g in groups]
    shared = Counter(keys)
    ids = {}
    for g, key in zip(groups, keys):
        if shared[key] > 1:
            # two events with one defining key (an undated generic mention, or a report kept
            # apart): the first mention (its place, and its fields when one sentence holds both)
            # tells them apart
            key += "|" + "|".join(map(str, profiles[g[0]].order))
        ids[tuple(g)] = event_id([profiles[i] for i in g], key)
    assignment = {i: ids[tuple(g)] for g in groups for i in g}
    with_ids = [replace(p.mention, event_id=assignment[i]) for i, p in enumerate(profiles)]
    events = [build_event(ids[tuple(g)], [profiles[i] for i in g]) for g in groups]
    events.sort(key=lambda e: e.event_id)
    return with_ids, events


# ---------------------------------------------------------------------------------------------
# the events table


def defining_key(members: Sequence[Profile]) -> str:
    """What an event is, whoever reports it: series or name with edition or year; for talks and
    visits, type, principal participants (or countries) and day."""
    first = members[0]
    edition = next((p.edition for p in members if p.edition), None)
    years = sorted({p.year for p in members if p.year})
    when = f"ed{edition}" if edition else (str(years[0]) if years else "undated")
    kind = first.mention.type
    if kind in NAMED_TYPES:
        series = next((p for p in members if p.series), None)
        what = f"{series.series}/{series.qualifier}" if series else \
            min((p.name for p in members if p.name), default="") or \
            min((p.ids for p in members if p.ids), default="")
        return f"named|{what}|{when}"
    people = sorted({x for p in members for x in p.principals}) or \
        sorted({c for p in members for c in p.mention.countries})
    days = sorted(p.mention.start for p in members if p.mention.start)
    return f"{kind}|{'+'.join(people)}|{days[0] if days else when}"


def event_id(members: Sequence[Profile], key: str) -> str:
    event = [p.mention for p in members]
    year = min((str(p.year) for p in members if p.year), default="")
    series = next((p.series for p in members if p.series), "")
    label = series or _most_common(m.name for m in event) or \
        "-".join(x.split()[-1] for x in sorted({x for p in members for x in p.principals})) or \
        event[0].type
    slug = re.sub(r"[^\w]+", "-", label.lower()).strip("-")[:40]
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]
    return "-".join(x for x in (event[0].type.lower(), year, slug, digest) if x)


def _most_common(values: Iterable):
    """The most frequent value; a tie goes to the longest, then the first in sorted order."""
    counts = Counter(v for v in values if v not in (None, ""))
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(str(v)), str(v)))


def _precision(p: Profile) -> int:
    return precision(p.mention.start) if p.mention.start else 0


def merged_dates(members: Sequence[Profile]) -> tuple[str | None, str | None]:
    """The most precise dates every member admits: the day-precise reports' whole range (days of
    one event), else the most precise value; an open year is filled from a member that agrees."""
    dated = [p for p in members if p.mention.start]
    if not dated:
        return None, None
    best = max(_precision(p) for p in dated)
    top = sorted((p for p in dated if _precision(p) == best), key=lambda p: p.order)
    if best == 4 and all(p.span for p in top):
        start = min(p.mention.start for p in top)
        end = max(p.mention.end or p.mention.start for p in top)
        return start, end
    chosen = max(top, key=lambda p: (p.mention.end != p.mention.start, p.order))
    start, end = chosen.mention.start, chosen.mention.end
    if start and start.startswith("XXXX"):
        for p in sorted(dated, key=lambda p: p.order):
            ms = p.mention.start
            if ms and not ms.startswith("X") and ms[4:] == start[4:]:
                return ms, p.mention.end
    return start, end


def build_event(eid: str, members: Sequence[Profile]) -> Event:
    event = [p.mention for p in members]
    latest = max(event, key=lambda m: (m.published or "", m.doc, m.char_start))
    start, end = merged_dates(members)
    types = Counter(m.type for m in event)
    kind = "SUMMIT" if "SUMMIT" in types and "FORUM" in types else _most_common(m.type for m in event)
    return Event(
        event_id=eid,
        type=kind,
        name=_most_common(m.name for m in event),
        names=tuple(sorted({m.name for m in event if m.name})),
        edition=next((p.edition for p in members if p.edition), None),
        start=start,
        end=end,
        status=latest.status,
        city=_most_common(m.city for m in event),
        country=_most_common(m.country for m in event),
        countries=tuple(sorted({c for m in event for c in m.countries})),
        persons=tuple(dict.fromkeys(x for m in event for x in m.persons)),
        orgs=tuple(dict.fromkeys(o for m in event for o in m.orgs)),
        agreements=max((m.agreements for m in event if m.agreements), default=None),
        docs=tuple(sorted({m.doc for m in event})),
        languages=tuple(sorted({m.language for m in event})),
        evidence=tuple(m.evidence for m in event),
    )


def merge_corpus(corpus: Corpus) -> Corpus:
    """The stage's verb: the corpus with every mention's ``event_id`` set and ``events`` built."""
    mentions, events = merge_events(corpus.mentions)
    return replace(corpus, mentions=tuple(mentions), events=tuple(events))
