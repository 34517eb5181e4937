"""Events stage, step 4: segmentation, which frames of one document speak of one real event.

In: the frames of a document in text order. Out: ``Cluster`` records, one per event: a named summit
and the later "le sommet" or "本次峰会"; talks and "l'entretien". A frame joins an earlier cluster
of its type only when nothing they state contradicts (name, edition, date, city, participants);
an anaphoric frame ("ces discussions") joins the document's main event of its type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import langdata
from ..dates import infer_tense
from ..records import Article, DateValue, Mention
from ..series import find_series, series_table, split_name
from ..timex import SPECIFICITY, days_between, timex_overlap
from .frames import LAST_DAY, Reference, one_day, pick_date
from .grammar import EventGrammar, grammar
from .names import _name_key


@dataclass
class Cluster:
    type: str
    references: list[Reference] = field(default_factory=list)
    strong_visit: bool = False  # a state or official visit ("visite d'État", "国事访问")
    _best: DateValue | None = field(default=None, repr=False, compare=False)
    _best_for: int = field(default=-1, repr=False, compare=False)  # len(references) _best is of

    @property
    def name(self) -> str | None:
        for ref in self.references:
            if ref.cue.name:
                return ref.cue.name
        return None

    def persons(self) -> set[str]:
        return {e.canonical for r in self.references for e in r.entities if e.label == "PERSON"}

    def absorb(self, references: list[Reference]) -> None:
        """Take another cluster's references, in text order (its best date is found again)."""
        self.references = sorted([*self.references, *references], key=lambda r: r.cue.start)
        self._best_for = -1

    def best_date(self) -> DateValue | None:
        """The best date of the first reference that has one: the lead sentence dates the event;
        later sentences bring other dates along (a treaty's expiry, an earlier meeting). Asked for
        every frame that looks for its cluster: kept until a frame joins (references only grow)."""
        if self._best_for != len(self.references):
            self._best, self._best_for = self._find_best_date(), len(self.references)
        return self._best

    def _find_best_date(self) -> DateValue | None:
        best, best_rank = None, None
        # the day told as the event's last ("pour la dernière journée du sommet") dates it only
        # when nothing else does
        told = [r for r in self.references if r.day_of != LAST_DAY] or self.references
        for order, ref in enumerate(sorted(told, key=lambda r: r.cue.start)):
            date = pick_date(ref.dates)
            if date is None:
                continue
            rank = (SPECIFICITY.get(len(date.value), 0), -order)  # most precise, then earliest
            if best_rank is None or rank > best_rank:
                best, best_rank = date, rank
        return self._range_holding(best)

    def _range_holding(self, best: DateValue | None) -> DateValue | None:
        """A range of days a frame gives that holds the best date ("本届高峰论坛于17日至18日举行"
        after "开幕式18日上午举行", "du 24 au 27 mars" after "la semaine prochaine") tells the
        event's whole span: it wins over one of its days, and an explicit one over a longer range
        read from relative words."""
        if best is None or len(best.value) != 10:
            return best
        def days(d: DateValue) -> str:
            return d.end_value or d.value
        ranges = [d for r in self.references for d in r.dates
                  if len(d.value) == 10 and len(days(d)) == 10 and days(d) > d.value and "X" not in d.value
                  and timex_overlap(d.value, days(d), best.value, days(best))]
        if days(best) > best.value:  # a range already: only a shorter explicit one inside it
            ranges = [d for d in ranges if d.source == "explicit" and best.source != "explicit"
                      and best.value <= d.value and days(d) <= days(best) and d != best]
        return min(ranges, key=lambda d: (d.source != "explicit", days(d), d.start)) if ranges else best


def _names_compatible(a: Reference, b_cluster: Cluster) -> bool:
    other = b_cluster.name
    if not a.cue.name or not other:
        return True
    ka, kb = _name_key(a.cue.name), _name_key(other)
    if ka == kb or ka in kb or kb in ka:
        return True
    series_a, series_b = (find_series(split_name(n)[0]) for n in (a.cue.name, other))
    if series_a[0] and series_a == series_b:
        return True  # one series named in two ways or scripts ("Forum des nouvelles Routes de la soie")
    from rapidfuzz import fuzz

    return fuzz.ratio(ka, kb) >= 85


def _dates_compatible(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return True
    return timex_overlap(a.value, a.end_value, b.value, b.end_value)


#: How many days an event told by its last day may have lasted before it. Unit: days.
LAST_DAY_REACH = 14


def _fits_dates(ref: Reference, ref_date: DateValue | None, c: Cluster, text: str = "") -> bool:
    """Can the frame's date be the cluster's? A frame dated by the event's last day ("attendu
    jeudi pour la dernière journée du sommet") fits an event begun on it or up to two weeks before;
    one dated by the event's opening ("Ouvert samedi, ce sommet…") an event told ended after it
    ("s'est achevé dimanche"), and one dated by its close an event told opened before it."""
    theirs = c.best_date()
    if one_day(ref_date) and one_day(theirs):
        if ref.day_of == LAST_DAY:
            return 0 <= days_between(theirs.value, ref_date.value) <= LAST_DAY_REACH
        g = grammar(ref.language)
        if text and g is not None and 0 < abs(days_between(ref_date.value, theirs.value)) <= LAST_DAY_REACH:
            first = ref_date if ref_date.value < theirs.value else theirs
            later = theirs if first is ref_date else ref_date
            if said_around(g.opening, first, text) and (later is theirs or said_around(g.ended, later, text)) \
                    or said_around(g.ended, later, text) and first is theirs:
                return True
    return _dates_compatible(ref_date, theirs)


def _days_of_one_edition(ref: Reference, ref_date: DateValue | None, c: Cluster) -> bool:
    """"中国—中亚峰会" dated by the welcome banquet of the 18th and "中国－中亚峰会" of the 19th in one
    report: two days of one edition of a series that lasts that long (``days`` of the series
    table) are one event."""
    theirs = c.best_date()
    if not (one_day(ref_date) and one_day(theirs) and ref.cue.name and c.name):
        return False  # (single days only: a range of days tells the edition's span, which is chosen apart)
    mine, other = find_series(split_name(ref.cue.name)[0])[0], find_series(split_name(c.name)[0])[0]
    days = int(series_table()["series"][mine].get("days") or 1) if mine and mine == other else 1
    return abs(days_between(ref_date.value, theirs.value)) < days


#: How far before and after a date the words that open or close an event are looked for. Unit: characters.
AROUND_DATE = (30, 12)


def said_around(words: re.Pattern | None, date: DateValue, text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Do ``words`` (the language's opening or closing words) stand around the date, within
    ``lo``–``hi`` (a sentence's bounds) when given?"""
    end = date.end + AROUND_DATE[1] if hi is None else min(hi, date.end + AROUND_DATE[1])
    return bool(words and words.search(text[max(lo, date.start - AROUND_DATE[0]):end]))


def cluster_references(refs: list[Reference], published: str | None = None,
                       g: EventGrammar | None = None, text: str = "") -> list[Cluster]:
    clusters: list[Cluster] = []
    for ref in refs:
        own = grammar(ref.language)
        any_type = own.data.get("main_event_anaphora") if own else None
        if any_type and clusters and re.fullmatch(any_type, ref.cue.surface):
            # "丁薛祥、王毅等出席上述活动": the activities told above are the report's own event,
            # the one its lead (or headline) tells, whatever its type
            _lead_event(clusters)[0].references.append(ref)
            continue
        target = _named_by_cue_word(ref, clusters) or _find_cluster(ref, clusters, published, g, text)
        if target is None and ref.cue.anaphoric and not ref.cue.name and clusters \
                and not any(c.type == ref.cue.type for c in clusters) and ref.cue.kind == "verb":
            # "X、Y等参加上述活动" with no talks of that type: the article's main event
            target = max(clusters, key=lambda c: (len(c.references), -clusters.index(c)))
        if target is None and g is not None:
            target = _gathering_named_after(ref, clusters, g)
        if target is None:
            if ref.cue.anaphoric and not _has_own_details(ref):
                continue  # "le sommet" with nothing before it to point at: not an event
            target = Cluster(type=ref.cue.type)
            clusters.append(target)
        target.references.append(ref)
    return _join_gatherings(_join_cataphora(clusters), published)


def _gathering_named_after(ref: Reference, clusters: list[Cluster], g: EventGrammar) -> Cluster | None:
    """"Les dirigeants de l'UE se sont réunis vendredi … Le sommet virtuel a permis…": a summit or
    forum pointed at ("le sommet") with none told before is the last gathering told with a verb of
    meeting together (the language's ``gathering_verb``), when its date admits it: that gathering
    is then the summit or forum."""
    pattern = g.data.get("gathering_verb")
    if not (pattern and ref.cue.anaphoric and not ref.cue.name and ref.cue.type in ("SUMMIT", "FORUM")) \
            or any(c.type == ref.cue.type for c in clusters):
        return None
    for c in reversed(clusters):
        if c.type == "MEETING" and any(r.cue.kind == "verb" and re.match(pattern, r.cue.surface, re.IGNORECASE)
                                       for r in c.references) \
                and _dates_compatible(pick_date(ref.dates), c.best_date()) and not _told_otherwise(ref, c):
            c.type = ref.cue.type
            return c
    return None


#: States a talks verb must name as parties to tell a gathering rather than talks ("recevait ses
#: homologues burkinabè, malien, nigérien et tchadien"). Unit: distinct states.
GATHERING_STATES = 4


def _join_gatherings(clusters: list[Cluster], published: str | None = None) -> list[Cluster]:
    """Talks of many states at once told with a talks verb ("X recevait ses homologues malien,
    nigérien, tchadien et français", "会见了…五国领导人") in a document about a summit or a forum
    are that gathering, not talks of their own: they join its main cluster when its date admits
    theirs."""
    gatherings = [c for c in clusters if c.type in ("SUMMIT", "FORUM")]
    if not gatherings:
        return clusters
    # the day's gathering, not one of another year recalled ("six mois après le sommet de Pau")
    main = max(gatherings, key=lambda c: (not _other_year(c.best_date(), published), len(c.references),
                                          -clusters.index(c)))
    kept = []
    for c in clusters:
        if c.type == "MEETING" and all(len(_states(r)) >= GATHERING_STATES
                                       and not cue_words(r, "remote_pattern", in_cue=True)
                                       for r in c.references) \
                and _dates_compatible(c.best_date(), main.best_date()):
            main.absorb(c.references)
            continue
        kept.append(c)
    return kept


def _join_cataphora(clusters: list[Cluster]) -> list[Cluster]:
    """A cluster told only by anaphoric words before its event is told ("李强蔡奇丁薛祥参加会见" in a
    headline, then "习近平…会见…"): the words point forward, to the first event of their type told
    after them, when its date admits theirs."""
    kept: list[Cluster] = []
    for index, c in enumerate(clusters):
        if all(r.cue.anaphoric and not r.cue.name for r in c.references):
            later = next((d for d in clusters[index + 1:] if d.type == c.type
                          and not all(r.cue.anaphoric for r in d.references)), None)
            if later is not None and _dates_compatible(c.best_date(), later.best_date()):
                later.absorb(c.references)
                continue
        kept.append(c)
    return kept


def _other_year(date: DateValue | None, published: str | None) -> bool:
    """A date in another year than publication (an earlier or later event)."""
    return bool(date and published and "X" not in date.value[:4] and date.value[:4] != published[:4])


#: How long before the publication day an event must have ended not to be "this" one. Unit: days.
THIS_EVENT_REACH = 7


def _aside(date: DateValue | None, published: str | None) -> bool:
    """An event placed relative to now in another year ("10年前", "l'an dernier"), or one ended
    more than a week before the day of writing ("sa visite à Naples le 27 février", in June): not
    "this" one, which is under way or to come."""
    if date and date.source == "relative" and _other_year(date, published):
        return True
    if not (date and published) or "X" in date.value:
        return False
    end = date.end_value or date.value
    try:
        if len(end) == 10:
            return days_between(end, published) > THIS_EVENT_REACH
        return len(end) == 7 and end < published[:7]
    except ValueError:
        return False


def cue_words(ref: Reference, key: str, in_cue: bool = False) -> bool:
    """Do the language's words ``key`` stand just before the cue (or, ``in_cue``, in it or in the
    words right after it: "s'est entretenu au téléphone")?
    ``current_before``: "this" event ("此次访问", "cette visite"), the one under way;
    ``other_before``: another event of its kind ("un nouveau sommet", "新一轮会谈");
    ``next_before``: the series' next edition ("下一届峰会"); ``remote_pattern``: talks by phone or
    video ("通电话", "entretien téléphonique")."""
    own = grammar(ref.language)
    pattern = own.data.get(key) if own else None
    text = ref.cue.surface + ref.cue.surface_after if in_cue else ref.cue.surface_before
    return bool(pattern and re.search(pattern, text, re.IGNORECASE))


def _named_by_cue_word(ref: Reference, clusters: list[Cluster]) -> Cluster | None:
    """A bare cue word that ends an earlier event's name speaks of that event, whatever type the
    word alone would give ("南非总统拉马福萨主持会晤" after "金砖国家领导人第十五次会晤")."""
    if ref.cue.name or not ref.cue.surface or ref.cue.kind == "named":
        return None
    for c in reversed(clusters):
        if c.name and c.type != ref.cue.type and c.name.rstrip("》”\"").endswith(ref.cue.surface):
            return c
    return None


def _now_or_later(ref: Reference) -> bool:
    """Does the frame speak of the event under way ("cette visite intervient", "此次访问") or of
    one to come? ("Au cours de ce forum, 270 accords ont été signés" speaks of a past one.)"""
    return (cue_words(ref, "current_before") and ref.tense != "past") or ref.tense == "future"


def _has_own_details(ref: Reference) -> bool:
    persons = _people(ref)
    places = [e for e in ref.entities if e.label == "CITY"]
    return bool(ref.dates) or len(persons) >= 2 or (len(persons) == 1 and bool(places))


def visit_destinations(ref: Reference, text: str) -> set[str]:
    """The states a visit goes to as its clause says it: a country, or a city's country, right
    after a place or visit preposition or verb ("访问埃及", "对越南进行国事访问", "en Malaisie")."""
    if ref.destination:
        return {ref.destination}
    return {e.country or e.entity_id for e in destination_places(ref, text)}


@lru_cache(maxsize=None)
def _destination_words(language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The words before a destination (place and visit prepositions), those joining a list of
    places, and the offices a state's name may stand before (two characters or more)."""
    data = langdata.load("events", language)
    return ((*data.get("place_prepositions", ()), *data.get("visit_place_prepositions", ())),
            tuple(data.get("list_joiners", ())),
            tuple(t for t in langdata.load("entities", language).get("titles", ()) if len(t) >= 2))


def ended_visit_places(ref: Reference, text: str) -> list:
    """Places of the frame's clause named as the state of a visit ended before it
    (``ended_visit_before``: "结束对意大利的访问后")."""
    g = grammar(ref.language)
    ended = g.data.get("ended_visit_before") if g else None
    after = g.data.get("ended_visit_after") if g else None  # "…的访问后，": that visit is another
    return [e for e in ref.entities if e.label in ("COUNTRY", "CITY") and e.end <= ref.cue.start
            and re.search(ended, text[max(ref.clause_start, e.start - 8):e.start].rstrip())
            and re.search(after, text[e.end:ref.cue.start])] if ended and after else []


def destination_places(ref: Reference, text: str) -> list:
    """The places (entities) ``visit_destinations`` reads, in text order."""
    if ref.cue.type != "VISIT" or not text:
        return []
    words, joiners, titles = _destination_words(ref.language)
    ended = ended_visit_places(ref, text)
    found, last_end = [], -1
    for e in sorted(ref.entities, key=lambda e: e.start):
        if e.label not in ("COUNTRY", "CITY") or e.kind == "demonym" or not (e.country or e.entity_id):
            continue
        if any(text.startswith(t, e.end) for t in titles):
            continue  # "在中国国家主席习近平…之际": the state of an office, no place
        before = text[max(ref.clause_start, e.start - 8):e.start].rstrip().lower()
        if e in ended:
            continue  # "结束对意大利的访问后，…还将对摩纳哥和法国进行国事访问": the visit before
        introduced = any(before.endswith(w) and (not w[-1].isalpha() or ref.language == "zh"
                                                 or not before[:-len(w)][-1:].isalpha()) for w in words)
        # "访问坦桑尼亚和莱索托": the next of a list of destinations
        listed = last_end >= 0 and text[last_end:e.start].strip().lower() in joiners
        if introduced or listed:
            found.append(e)
            last_end = e.end
    return found


def _called_by(ref: Reference, word: str) -> bool:
    """Is the event of a reference called by ``word`` (an anaphor's event word: "论坛",
    "sommet"): its cue word or its name ends with it, or holds it as a word?"""
    word = word.casefold().strip()
    if not word:
        return False
    told = [ref.cue.surface.casefold()] + ([ref.cue.name.casefold()] if ref.cue.name else [])
    return any(t.endswith(word) or re.search(r"(?<!\w)%s(?!\w)" % re.escape(word), t) for t in told)


def _find_cluster(ref: Reference, clusters: list[Cluster], published: str | None = None,
                  g: EventGrammar | None = None, text: str = "") -> Cluster | None:
    # ("Cette rencontre a eu lieu en marge de la réunion des ministres": the host event is another)
    same_type = [c for c in clusters if c.type == ref.cue.type and not _margin_of(ref, c, text)]
    if not same_type or (cue_words(ref, "other_before") and not ref.cue.name):
        return None  # "un nouveau sommet", "下次峰会": another event than those told so far
    if cue_words(ref, "next_before") and not ref.cue.name:
        # "le prochain sommet": the next edition, told again only as the next one
        same_type = [c for c in same_type if all(cue_words(r, "next_before") for r in c.references)]
        if not same_type:
            return None
    ref_date = pick_date(ref.dates)
    if ref.cue.anaphoric and not ref.cue.name:
        # "ces discussions", "参加会谈": the article's main event of that type; but "此次访问"
        # (this visit) is not an earlier year's visit
        fitting = [c for c in same_type if _fits_dates(ref, ref_date, c, text)
                   and _editions_compatible(ref, c)
                   and not (_now_or_later(ref) and _aside(c.best_date(), published))]
        if not fitting:
            return None
        # ("第五次阿富汗邻国外长会…。第十届世界和平论坛…开幕，…出席论坛": the word taken up is the
        # forum's, not the ministers' meeting's: an event called by that word comes first)
        called = [c for c in fitting if any(_called_by(r, ref.cue.surface) for r in c.references)]
        return max(called or fitting, key=lambda c: (len(c.references), -clusters.index(c)))
    if (not ref.cue.name or ref.cue.type in ("MEETING", "VISIT")) and published and _other_year(ref_date, published):
        # a dated aside ("去年，我和托卡耶夫总统在西安…会晤", "la visite de François Hollande en
        # 2014": talks and visits are described, not named) is not the undated news of the day
        same_type = [c for c in same_type if c.best_date() is not None or c.name]
        if not same_type:
            return None
    if ref.cue.name:
        for c in reversed(same_type):
            if c.name and _names_compatible(ref, c) and _editions_compatible(ref, c) \
                    and (_fits_dates(ref, ref_date, c, text) or _days_of_one_edition(ref, ref_date, c)):
                return c
        # "au cours du G7", a series' bare name, and "ce sommet biarrot … des membres du G7", a
        # summit where that series' body is named: one event, whichever is told first
        series = _bare_series(ref)
        bodies = {_bare_series_of(e.text) for e in ref.entities if e.label == "ORG"} - {""}
        told = [c for c in same_type if _fits_dates(ref, ref_date, c, text) and (
            (series and any(_bare_series_of(e.text) == series for r in c.references
                            for e in r.entities if e.label == "ORG"))
            or any(_bare_series(r) in bodies for r in c.references))]
        if len(told) == 1:
            return told[0]
        if any(c.name for c in same_type):
            return None
        # a name for a cluster that had none so far ("la rencontre" … "le sommet du G7")
        for c in reversed(same_type):
            if _fits_dates(ref, ref_date, c, text):
                return c
        return None
    persons = _people(ref)
    ref_cities = {e.canonical for e in ref.entities if e.label == "CITY"}
    fitting = []
    for c in reversed(same_type):
        if not _fits_dates(ref, ref_date, c, text):
            continue
        cluster_cities = {e.canonical for r in c.references for e in r.entities if e.label == "CITY"}
        if len(ref_cities) == 1 and len(cluster_cities) == 1 and ref_cities != cluster_cities:
            continue
        if _now_or_later(ref) and _aside(c.best_date(), published):
            continue  # "achèvera sa visite" is not the visit of February
        cp = c.persons()
        if ref.cue.type == "VISIT" and text:
            # who invited the visitor ("应金正恩邀请，我即将…访问") is the host, no other visitor
            hosts = _inviters(ref, text) | {h for r in c.references for h in _inviters(r, text)}
            persons, cp = persons - hosts, cp - hosts
        if ref.cue.type in ("MEETING", "VISIT") and persons and cp and not (persons & cp):
            continue
        if ref.cue.type == "VISIT" and any(r.cue.start == ref.cue.start and r.sentence.start == ref.sentence.start
                                           for r in c.references):
            continue  # one cue split into a visit per state ("对越南、马来西亚、柬埔寨三国进行国事访问")
        going = visit_destinations(ref, text)
        theirs = set().union(*(visit_destinations(r, text) for r in c.references)) if going else set()
        if going and theirs and not going & theirs:
            continue  # "访问埃及…他还将访问坦桑尼亚": a visit to another state is another visit
        if ref.cue.type in ("MEETING", "VISIT") and _tenses_part(ref, c):
            continue  # "s'est entretenu avec X" … "achèvera sa visite par un entretien avec Y"
        if ref.cue.type == "MEETING" and any(_other_counterparts(ref, other) for other in c.references
                                              if other.sentence.start == ref.sentence.start):
            continue  # one sentence, talks with different people: "会见A，同B举行会谈"
        if ref.cue.type == "MEETING" and _other_talks(ref, c):
            continue  # talks with another state's leader, even sentences later: other talks
        if ref.cue.type == "MEETING" and cue_words(ref, "remote_pattern", in_cue=True) != any(
                cue_words(r, "remote_pattern", in_cue=True) for r in c.references) \
                and (ref_cities or cluster_cities):
            continue  # a phone call has no venue: talks held in a city are other talks
        fitting.append(c)
    if not fitting:
        return None
    # the cluster sharing most parties with the frame (talks with A, then with B: each to its
    # own), the latest on a tie
    ref_parties = _parties(ref)
    return max(fitting, key=lambda c: (len(ref_parties & set().union(*map(_parties, c.references))),
                                       -fitting.index(c)))


def _margin_of(ref: Reference, c: Cluster, text: str) -> bool:
    """Is the frame the event on whose margins talks of the same sentence of the cluster were held
    ("en marge de la réunion des ministres": ``margin_before`` right before its cue)? Then it is
    another event than those talks."""
    g = grammar(ref.language)
    margin = g.data.get("margin_before") if g else None
    return bool(margin and text and re.search(rf"(?:{margin})\s*$", text[max(0, ref.cue.start - 30):ref.cue.start],
                                             re.IGNORECASE)
                and any(r.sentence.start == ref.sentence.start for r in c.references))


def _bare_series(ref: Reference) -> str:
    """The series a frame's name is, when the name is that series' alone ("G7", "le G20"): no
    edition, year or other word of its own; else ""."""
    return _bare_series_of(ref.cue.name) if ref.cue.name and not ref.cue.edition else ""


def _bare_series_of(name: str) -> str:
    folded, edition, year = split_name(name)
    if edition or year:
        return ""
    series, qualifier = find_series(folded)
    return series if series and not qualifier and len(folded.split()) <= 2 else ""


def _told_otherwise(ref: Reference, c: Cluster) -> bool:
    """Is the cluster told only in the tense opposite to the frame's (done against to come)?"""
    opposite = {"past": "future", "future": "past"}.get(ref.tense or "")
    told = {r.tense for r in c.references}
    return opposite is not None and opposite in told and ref.tense not in told


def _tenses_part(ref: Reference, c: Cluster) -> bool:
    """Talks told as done with one person and talks told as to come with another, neither
    dated: two events ("il s'est entretenu avec X" … "achèvera sa visite par un entretien avec Y")."""
    mine, theirs = _people(ref), c.persons()
    return _told_otherwise(ref, c) and bool(mine - theirs) and bool(theirs - mine) and pick_date(ref.dates) is None and c.best_date() is None


def _parties(ref: Reference) -> set[str]:
    return _people(ref) | \
        {e.entity_id for e in ref.entities if e.label == "COUNTRY" and e.entity_id}


def _other_counterparts(a: Reference, b: Reference) -> bool:
    """Two frames whose parties each hold someone the other lacks: different talks."""
    pa, pb = _parties(a), _parties(b)
    return bool(pa - pb) and bool(pb - pa)


def _states(ref: Reference) -> set[str]:
    """The states a frame names as parties: its countries and its people's countries."""
    return {e.entity_id for e in ref.entities if e.label == "COUNTRY" and e.entity_id} | \
        {e.country for e in ref.entities if e.label == "PERSON" and e.country}


def _other_talks(ref: Reference, c: Cluster) -> bool:
    """Talks whose parties (two states or more, or two people or more told by a talks verb) each
    include one that talks told before lack, even sentences apart ("同日下午，习近平…会见科摩罗总统阿扎利" after talks
    with Madagascar's president; "李强将同朔尔茨举行会谈" after Xi met Scholz): other talks."""
    mine_states, mine_people = _states(ref), _people(ref)
    subject = _pair_subject(ref) if ref.cue.type == "MEETING" else None
    if subject is not None and subject.country:
        # "习近平主席同总理先生举行会晤" after "李强同米切尔举行会谈": talks held by another person
        # of a state whose person holds the talks told before
        holders = [s for s in map(_pair_subject, c.references) if s is not None]
        if any(h.country == subject.country and h.canonical != subject.canonical for h in holders):
            return True
    new_state = not mine_states <= set().union(*map(_states, c.references))
    for other in c.references:
        theirs_states, theirs_people = _states(other), _people(other)
        if new_state and len(mine_states) >= 2 and len(theirs_states) >= 2 and mine_states - theirs_states \
                and theirs_states - mine_states:
            return True
        if "verb" in (ref.cue.kind, other.cue.kind) and len(mine_people) >= 2 and len(theirs_people) >= 2 \
                and mine_people - theirs_people and theirs_people - mine_people:
            return True
    return False


def _pair_subject(ref: Reference):
    """The person who holds talks whose partner stands after a comitative word right before the
    cue ("习近平主席同总理先生举行会晤": the language's ``pair_before_cue``): the person named
    nearest before those words, or None."""
    g = grammar(ref.language)
    pattern = g.data.get("pair_before_cue") if g else None
    before = [e for e in ref.entities if e.label == "PERSON" and e.end <= ref.cue.start]
    if not pattern or not before or not re.search(pattern, ref.cue.surface_before):
        return None
    nearest = max(before, key=lambda e: e.end)
    return nearest if ref.cue.start - nearest.end <= len(ref.cue.surface_before) else None


#: How far after an inviter's name its word of invitation may stand ("应X和国家杜马主席Y邀请":
#: after X, the other inviter comes first). Unit: characters.
INVITER_AFTER_REACH = 32


def _inviters(ref: Reference, text: str) -> set[str]:
    """The people of a frame named as inviting (the language's ``inviter_around``: "应X邀请",
    "à l'invitation de X")."""
    around = langdata.load("events", ref.language).get("inviter_around")
    if not around:
        return set()
    return {e.canonical for e in ref.entities if e.label == "PERSON"
            and re.search(around["before"], text[max(0, e.start - 40):e.start], re.IGNORECASE)
            and re.match(around["after"], text[e.end:e.end + INVITER_AFTER_REACH], re.IGNORECASE)}


def _people(ref: Reference) -> set[str]:
    return {e.canonical for e in ref.entities if e.label == "PERSON"}


def _editions_compatible(ref: Reference, c: Cluster) -> bool:
    eds = {r.cue.edition for r in c.references if r.cue.edition}
    return not ref.cue.edition or not eds or ref.cue.edition in eds


def _attach_attendance(article: Article, clusters: list[Cluster]) -> None:
    """A sentence with no event word that says who attended ("中国国家主席习近平、巴西总统卢拉…出席。",
    "X et Y ont pris part aux travaux", a closing "figuraient parmi les participants") lists
    participants of the event last spoken of before it, however far back (``attendance_sentence``
    of the language's events data) — or, for the closing list of an entourage
    (``attendance_of_main_event``: "王毅等陪同参加"), of the event the report's lead tells — unless
    their tenses part them: past attendance is never of an
    event to come, future attendance never of a past one."""
    by_sentence = {}
    for cluster in clusters:
        for ref in cluster.references:
            by_sentence.setdefault(ref.sentence.start, (cluster, ref))
    previous = None
    for sentence in article.sentences:
        if sentence.start in by_sentence:
            previous = by_sentence[sentence.start]
            continue
        g = grammar(sentence.language)
        pattern = g.data.get("attendance_sentence") if g else None
        text = article.text[sentence.start:sentence.end]
        said_at = re.search(pattern, text) if pattern and previous is not None else None
        if said_at is None:
            continue
        cluster, ref = previous
        listing = g.data.get("attendance_of_main_event")
        if listing and re.search(listing, text):
            # "蔡奇、王毅等陪同参加。": the closing list of a report's entourage attended the
            # report's own event, the one its lead tells, not the aside told last
            cluster, ref = _lead_event(clusters)
        # the tense of the attendance itself ("étaient présents"); one announced ("ont confirmé leur
        # participation") is to come whatever the verb of announcing
        announced = g.data.get("attendance_announced")
        # (up to the attendance words: "participent aux travaux, qui s'achèveront jeudi" is present)
        told = None if announced and re.search(announced, text, re.IGNORECASE) \
            else infer_tense(text[:said_at.end()], sentence.language)
        said = _time_of(cluster, article.published)
        if told and said and {told, said} == {"past", "future"}:
            # "X et Y étaient présents" after "rencontrera jeudi": those present were at another
            # gathering told in between, not at the one to come (nor at a past one if "seront")
            continue
        entities = [e for e in article.entities if sentence.start <= e.start and e.end <= sentence.end
                    and e.label in ("PERSON", "COUNTRY")]
        cluster.references.append(Reference(cue=ref.cue, sentence=sentence, clause_start=sentence.start,
                                            clause_end=sentence.end, language=sentence.language,
                                            entities=entities, dates=[], tense=None))


def _lead_event(clusters: list[Cluster]) -> tuple[Cluster, Reference]:
    """The report's own event, the one its headline or lead tells: the cluster of the first frame,
    and that frame."""
    return min(((c, r) for c in clusters for r in c.references), key=lambda cr: cr[1].cue.start)


def _time_of(cluster: Cluster, published: str | None) -> str | None:
    """"past", "ongoing" or "future": from the event's full date against the publication day, else
    from the one tense its frames agree on (None when they do not)."""
    date = cluster.best_date()
    if date is not None and published and len(date.value) == 10 and "X" not in date.value:
        end = date.end_value if date.end_value and len(date.end_value) == 10 else date.value
        return "future" if date.value > published else "past" if end < published else "ongoing"
    tenses = {r.tense for r in cluster.references} - {None}
    return tenses.pop() if len(tenses) == 1 else None


def _same_day_talks(a: Mention, b: Mention) -> bool:
    """Two reports of talks on the same day between the same countries, in one document."""
    return (a.type in ("MEETING", "VISIT") and bool(a.start) and len(a.start) == 10 and "X" not in a.start
            and a.start == b.start and len(set(a.countries) & set(b.countries)) >= 2)


def merge_same_day_talks(mentions: list[Mention]) -> list[Mention]:
    """Talks reported twice in one document (in the lead and again in a later paragraph, or in
    each language of a bilingual page) with the same full date and the same countries are one
    mention: the first, filled from the other. Talks on one day with different people stay apart."""
    kept: list[Mention] = []
    for m in mentions:
        twin = next((k for k in kept if k.type == m.type and _same_day_talks(k, m)
                     and not (set(k.persons) - set(m.persons) and set(m.persons) - set(k.persons))), None)
        if twin is None:
            kept.append(m)
            continue
        filled = {f: getattr(m, f) for f in ("name", "edition", "start", "end", "status", "city", "country",
                                             "date_source", "name_key") if not getattr(twin, f)}
        filled.update(countries=tuple(sorted(set(twin.countries) | set(m.countries))),
                      persons=tuple(dict.fromkeys(twin.persons + m.persons)),
                      orgs=tuple(dict.fromkeys(twin.orgs + m.orgs)),
                      agreements=max((a for a in (twin.agreements, m.agreements) if a is not None), default=None))
        kept[kept.index(twin)] = replace(twin, **filled)
    return kept
