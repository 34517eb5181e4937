"""Events stage, step 5: fields, one Mention per cluster the text makes specific.

In: a Cluster and its Article. Out: a ``Mention`` (a row of mentions.csv) with type, name, edition,
dates, status, place (``places``), countries and persons (``participants``), organisations and the
number of agreements signed, or None when the cluster names no specific event (no name, date, place
or participants) or is not diplomatic.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from .. import langdata
from ..candidates import has_cue
from ..dates import infer_tense
from ..records import Article, DateValue, Mention, Sentence
from ..series import find_series, series_table, split_name
from ..timex import days_between
from .evidence import field_sentences, with_fields_of
from .diplomatic import _domestic, _meets_a_domestic_group, _series_itself, _specific, _strong_visit, _visit_is_diplomatic
from .frames import LAST_DAY, OUTCOME_REACH, Reference, after_name, one_day
from .grammar import EventGrammar, dateline_span, to_int
from .names import _name_key
from .participants import _countries, _participants, _well_wisher, absent_person
from .places import _place, after_place_preposition
from .segmentation import Cluster, cue_words, said_around


@dataclass(frozen=True)
class Rejection:
    """Why a cluster gave no event: kept so that a document without events says which cue it
    found, where, and which test turned it down (``Article.notes``, documents.csv ``note``)."""

    type: str
    cue: str
    char_start: int
    reason: str

    def note(self) -> str:
        return f"{self.type} cue \"{self.cue}\" at {self.char_start}: {self.reason}"


def _venue_only(cluster: Cluster, persons: list[Entity], country: str | None, g: EventGrammar,
                article: Article) -> bool:
    """Is the country where talks are held only their venue: named only after a place preposition
    ("在土库曼斯坦出席国际会议期间举行会谈", "au Turkménistan") while two people or more, none of
    them of that state, hold the talks? A third state hosting others' talks is no party to them (a
    summit's or a visit's host is)."""
    if cluster.type != "MEETING" or not country or len({p.canonical for p in persons}) < 2 \
            or any(p.country == country for p in persons):
        return False
    preps = g.data.get("place_prepositions", [])
    named = [e for r in cluster.references for e in r.entities if e.label == "COUNTRY" and e.entity_id == country]
    return all(e.kind != "demonym" and after_place_preposition(article.text, e.start, preps) for e in named)


def build_mention(cluster: Cluster, article: Article, g: EventGrammar) -> Mention | Rejection:
    """The cluster's Mention, or the Rejection that says why the text gives no event."""
    refs = cluster.references
    reject = functools.partial(Rejection, cluster.type, refs[0].cue.surface, refs[0].cue.start)
    first = refs[0]
    named = next((r for r in refs if r.cue.name), None)
    persons = _participants([e for r in refs for e in r.entities if e.label == "PERSON"
                             and not (cluster.type in ("SUMMIT", "FORUM") and _well_wisher(e, article))
                             and not absent_person(e, article)],
                            article)
    # organisations take part in summits and forums (organiser, member body: "sommet du G7"), and
    # in the meeting of a body's members no one is named in ("les ministres du G7 se sont
    # réunis"); in other talks and visits an organisation named is what was talked about
    orgs = [e for r in refs for e in r.entities if e.label == "ORG" and e.kind == "alias"] \
        if cluster.type in ("SUMMIT", "FORUM") or (cluster.type == "MEETING" and not persons) else []
    date = cluster.best_date()
    city, country = _place(cluster, g, article)
    if cluster.type == "VISIT":
        cluster.strong_visit = _strong_visit(cluster, g, article)
        if not _visit_is_diplomatic(cluster, persons, city, country, g, article):
            return reject("no visitor from abroad named (not a diplomatic visit)")
    if not _specific(cluster, persons, date, city, country, article):
        return reject("not specific: no name, date, place or named participants")
    if cluster.type == "MEETING" and _meets_a_domestic_group(cluster, article):
        return reject("domestic: talks with a group of one's own society (no official, state or organisation)")
    evidence_ref = named or first
    sentence = evidence_ref.sentence
    edition = next((r.cue.edition for r in refs if r.cue.edition), None)
    closed = _closing_outcome(cluster, article, g)
    status = _status(cluster, date, article.published, g, article, closed)
    closing = _span_told_apart(cluster, date, g.ended, article, later=True)
    span = _span_from_duration(cluster, date, g, article) or _span_until(cluster, date, g, article) \
        or _span_to_last_day(cluster, date) or closing
    end_value = span[1] if span else None
    counted = next((r.day_of for r in refs if date is not None and date in r.dates), 0)
    ended_words = _date_words(cluster, date, g.ended, article) or counted == LAST_DAY
    if ended_words and span is None:
        # "s'est achevé dimanche" … "Ouvert samedi par X, ce sommet…": the opening day told in
        # another frame starts it
        span = _span_told_apart(cluster, date, g.opening, article, later=False)
        end_value = span[1] if span else None
    ended = ended_words and not span  # the day is the end, and nothing says when it began
    # "au deuxième jour de sa visite": it began the day before and goes on; its end is unsaid
    opening = not end_value and not ended and (counted > 0 or _date_words(cluster, date, g.opening, article))
    if opening and article.published and date.value[:10] <= article.published and (
            status == "past" or (status == "future" and date.value[:10] == article.published[:10])) \
            and not closed and _opened_lately(date.value, article.published):
        # "李强抵达巴黎…进行正式访问", "le forum s'est ouvert lundi": under way — and an arrival
        # the day of writing whose end is to come ("est arrivé jeudi … achèvera sa visite")
        status = "ongoing"
    if span and date and article.published and len(span[0]) == len(end_value) == 10 \
            and span[0] <= article.published <= end_value and not ended_words and (span != closing or not _told_closed(cluster, closing[1])) \
            and not (span[1] == date.value and span[0] != date.value):  # the day named is its last
        status = "ongoing"  # "arrivé mercredi pour une visite de trois jours", written on Thursday
    mention = Mention(
        doc=article.doc_id,
        type=cluster.type,
        language=sentence.language,
        evidence=article.raw[sentence.start:sentence.end].strip(),
        char_start=sentence.start,
        char_end=sentence.end,
        # talks and visits have descriptions ("la rencontre Poutine-Macron"), not names
        name=named.cue.name if named and cluster.type in ("SUMMIT", "FORUM") else None,
        edition=edition,
        # "s'est achevé le 17 octobre", "17日闭幕": the day is the end; the start is unsaid
        start=span[0] if span else date.value if date and not ended else None,
        # the arrival day of a visit or the opening day of a forum starts it; its end is unsaid
        end=end_value or (None if opening else (date.end_value or date.value) if date else None),
        status=status,
        city=city.canonical if city else None,
        country=country,
        # a visit is paid to a state: the host takes part
        countries=tuple(sorted((set(_countries(cluster, persons, article))
                                - ({country} if _venue_only(cluster, persons, country, g, article) else set()))
                               | ({country} if cluster.type == "VISIT" and country else set())
                               | _sides_in_name(named.cue.name if named else None, g))),
        persons=tuple(_unique(p.canonical for p in persons)),
        orgs=tuple(_unique(o.canonical for o in orgs)),
        agreements=_agreements(cluster, g, article),
        date_source=date.source if date else "",
        name_key=name_key(named, article) if named and cluster.type in ("SUMMIT", "FORUM") else "",
        published=article.published,
        evidence_fields=field_sentences(article, cluster, date, city, country, persons,
                                         named if named and cluster.type in ("SUMMIT", "FORUM") else None),
    )
    inside_name = [e for e in article.entities if named and named.cue.name_start <= e.start
                   and e.end <= named.cue.name_end] if named else []
    # a series the grammar names (COP26) or the series table lists (FOCAC, 中国—中亚峰会)
    series_ids = {find_series(split_name(r.cue.name)[0])[0] for r in refs if r.cue.name} - {""}
    series = any(r.cue.kind == "named" for r in refs) or bool(series_ids)
    if series_ids and mention.type == "FORUM" and _series_itself(cluster, mention, article, g):
        return reject("not specific: a forum series named, not one of its meetings")
    # a trade fair of the series table (进博会), or any fair by its cue word (``trade_fair_cue``:
    # "第三届中国—中东欧国家博览会", "la Foire de Canton")
    fair_word = g.data.get("trade_fair_cue")
    trade_fair = any(series_table()["series"][sid].get("trade_fair") for sid in series_ids) or bool(
        fair_word and mention.type == "FORUM" and all(re.search(fair_word, r.cue.surface, re.IGNORECASE) for r in refs))
    # a forum named by a quoted theme ("“春天里的中国”全球对话会", ``themed_name``; not a series
    # written with quotation marks, "“一带一路”国际合作高峰论坛") is a public event of media and
    # scholars: like a fair, it takes a foreign official or an international organisation
    themed_word = g.data.get("themed_name")
    themed = bool(themed_word and mention.type == "FORUM" and not series and named
                  and re.search(themed_word, named.cue.name))
    needs_an_official = trade_fair or themed
    officials = {p.country for p in persons if p.country}
    body = g.data.get("government_body_after")  # "俄罗斯经济发展部共同举办": a foreign ministry takes part
    if needs_an_official and body:
        officials |= {e.entity_id for r in refs for e in r.entities if e.label == "COUNTRY" and e.entity_id
                      and re.match(body, article.text[e.end:e.end + 12])}
    domestic = _domestic(mention, inside_name, series, g, officials if needs_an_official else None)
    return reject(domestic) if domestic else mention


def _date_words(cluster: Cluster, date: DateValue | None, words: re.Pattern | None,
                article: Article) -> bool:
    """Do ``words`` stand around the event's one-day date, in its clause? With the grammar's
    ``ended`` words the day is the one the event ended ("s'est achevé le 17 octobre", "17日闭幕");
    with its ``opening`` words, that of its opening or of an arrival ("抵达", "开幕", "s'est ouvert",
    "est arrivé"), so that the event goes on after it. Talks are one day: never."""
    if cluster.type == "MEETING" or date is None or (date.end_value and date.end_value != date.value) \
            or not words:
        return False
    for ref in cluster.references:
        if any(d.start == date.start for d in ref.dates):
            window = article.text[max(ref.clause_start, date.start - 30):min(ref.clause_end, date.end + 12)]
            # "6月21日下午，…李强乘包机抵达巴黎，开始对法国进行正式访问": the words between the
            # date and the event's cue, in its sentence, say it too
            if ref.sentence.start <= date.start and date.end <= ref.sentence.end:
                window += " " + article.text[min(date.end, ref.cue.start):max(date.start, ref.cue.start)]
                if date.end <= ref.cue.start:
                    # "5月13日，X论坛在北京开幕", "10日出席X论坛开幕式": a date fronted before the
                    # event, the words right after it in its clause
                    after = article.text[max(ref.cue.end, ref.cue.name_end):min(ref.clause_end, ref.cue.end + 12)]
                    window += " " + re.split(r"[,.;:!?，。；：！？]", after, maxsplit=1)[0]
            return bool(words.search(window))
    return False


def _sides_in_name(name: str | None, g: EventGrammar) -> set[str]:
    """The states a name made of two sides names ("中非领导人对话会", "中越双边合作指导委员会",
    the grammar's ``bilateral_name``): each one-character side the language's
    ``side_abbreviations`` read as one state (not those it leaves out as ambiguous, "阿")."""
    found = g.bilateral_name.search(name) if name and g.bilateral_name else None
    if not found:
        return set()
    entities = langdata.load("entities", g.language)
    sides, ambiguous = entities.get("side_abbreviations", {}), set(entities.get("side_exclude", ()))
    pair = found.group(0)[-2:]
    return {sides[c] for c in pair if c in sides and c not in ambiguous}


def _status(cluster: Cluster, date: DateValue | None, published: str | None, g: EventGrammar,
            article: Article, closed: bool = False) -> str:
    """``closed``: the summit's closing act is told done (``_closing_outcome``)."""
    outcome = g.data.get("outcome_after")
    if outcome and not date and all(re.match(outcome, after_name(article.text, r.cue, OUTCOME_REACH))
                                    for r in cluster.references):
        return "past"  # "落实好中非合作论坛北京峰会成果": an event known by its outcomes has been held
    tenses = [r.tense for r in cluster.references if r.tense]
    # one reference in the future ("cette réunion écrira un nouveau chapitre") outweighs
    # past-tense sentences that only mention the event ("avant le deuxième Sommet")
    wished = g.data.get("wished_success_before")  # "预祝峰会取得圆满成功": not over yet
    if wished and any(re.search(wished, article.text[r.clause_start:r.cue.start]) for r in cluster.references):
        tenses.append("future")
    tense = "future" if "future" in tenses else (tenses[0] if tenses else None)
    if tense == "ongoing":
        tense = "present"
    clause_texts = [article.text[r.clause_start:r.clause_end] for r in cluster.references]
    sentence_texts = [article.text[r.sentence.start:r.sentence.end] for r in cluster.references]
    # "les discussions se poursuivaient", "doivent reprendre vendredi", "s'achève dimanche": the
    # event is still under way as the text is written
    continuing = g.data.get("continuing_cues")
    going_on = bool(continuing) and any(re.search(continuing, t, re.IGNORECASE)
                                        for t in sentence_texts + _pronoun_sentences_after(cluster, article, g))
    told_over = any(g.finished and g.finished.search(t) for t in clause_texts) or closed
    # "Le G20 s'achève" over a report that "le sommet s'est achevé mardi": what is told as over is
    going_on = going_on and not told_over
    if date and published and "X" not in date.value:
        start = date.value
        end = date.end_value or date.value
        pub_cmp = published[:len(end)]
        if end < published[:len(end)]:
            recent = len(end) == 10 and len(published) >= 10 and days_between(end, published) <= ONGOING_REACH_DAYS
            return "ongoing" if going_on and recent and tense != "future" else "past"
        if start > published[:len(start)]:
            return "future"
        if start == end == pub_cmp and len(start) == 10:
            if told_over:
                return "past"
            if going_on or (tense != "future" and _series_days(cluster) > 1):
                return "ongoing"  # a day of a summit of a series that lasts days: the day it is told
            if cluster.type == "MEETING" and _own_verb_tenses(cluster) == {"past"}:
                return "past"  # "a rencontré … les discussions vont se poursuivre": the talks were held
            if tense == "present" and cluster.type != "MEETING":
                return "ongoing"  # "12日，在赴河内对越南进行国事访问之际": the visit begins that day
            return "future" if tense == "future" else "past"
        if told_over and tense != "future":
            return "past"
        if len(start) < 10:
            # a year or month holding publication day: what the text says of it now decides
            # ("来华出席2026年夏季达沃斯论坛": under way)
            if going_on or (tense != "past" and any(r.embedded for r in cluster.references)) or (
                    tense != "past" and any(g.ongoing and g.ongoing.search(t) for t in sentence_texts)):
                return "ongoing"
            if tense != "future" and _told_as_current(cluster, told_over):
                return "ongoing"  # "很高兴成为今年首位…进行国事访问的…": this year's, the one under way
            return tense_status(tense, "past")
        # talks are one day: within a week or a span holding the day of writing ("cette semaine …
        # s'est entretenu"), the tense of their own verb decides
        own = _own_verb_tenses(cluster)
        if cluster.type == "MEETING" and not going_on:
            if len(own) == 1 and own <= {"past", "future"}:
                return own.pop()
            if not own and tense in ("past", "future"):
                return tense  # "本周晚些时候…会晤", a noun of talks: the tense of its clause
        return "ongoing"
    margin = _status_from_talks_in_its_margin(cluster, published, g, article)
    if margin:
        return margin
    if tense == "future":
        return "future"
    if told_over:
        return "past"  # "来华出席…论坛的X … 祝贺中方成功举办": over, though its guest came for it
    under_way = g.data.get("under_way_before")  # "qui effectue une visite", "est en visite"
    if under_way and any(re.search(under_way, article.text[max(r.sentence.start, r.cue.start - 40):r.cue.start],
                                   re.IGNORECASE) for r in cluster.references):
        return "ongoing"
    if any(r.embedded for r in cluster.references):
        # "来华出席论坛的普京", "进行国事访问的托卡耶夫": in the middle of it as the main event
        # happens — over when that was days before the writing ("6月14日，…同到访的X举行会谈" in
        # an August report)
        return "past" if published and _main_act_done(cluster, article, published, g) else "ongoing"
    if any(g.ongoing and g.ongoing.search(t) for t in sentence_texts) and tense != "past":
        return "ongoing"
    if _told_as_current(cluster, told_over):
        return "ongoing"  # "我此次对俄罗斯的国事访问…", "cette visite": the one under way as it is told
    if tense == "present":
        return "ongoing"
    return "past"


def _own_verb_tenses(cluster: Cluster) -> set[str]:
    """The tenses of the cluster's cue verbs themselves ("a rencontré": past), not of their clauses."""
    return {infer_tense(r.cue.surface, r.language) for r in cluster.references if r.cue.kind == "verb"} - {None}


def _opened_lately(opened: str, published: str) -> bool:
    """Is a day an event opened on recent enough at publication for the event to be under way: a
    day within ``OPENED_REACH_DAYS``, a month or year holding the day of writing ("5月，习主席出席
    …开幕式" in August tells a forum long over)?"""
    if len(opened) >= 10 and len(published) >= 10:
        return days_between(opened[:10], published[:10]) <= OPENED_REACH_DAYS
    return published.startswith(opened)


def _status_from_talks_in_its_margin(cluster: Cluster, published: str | None, g: EventGrammar,
                                     article: Article) -> str | None:
    """A summit or forum with no date of its own, in whose margin talks are told ("a rencontré
    dimanche X en marge du sommet du G7": ``margin_before``; "出席峰会期间会见": ``margin_after``):
    it is under way on the talks' day — ``future`` when that day is to come, ``past`` when it is
    more than ``ONGOING_REACH_DAYS`` before publication; None when no reference stands in a margin
    or its sentence gives no day."""
    margin, during = g.data.get("margin_before"), g.data.get("margin_after")
    if not (margin or during) or not published or cluster.type not in ("SUMMIT", "FORUM"):
        return None
    # ("出席第二届中国—中亚峰会期间会见…": the margin told after the event's name)
    days = [d.value for r in cluster.references
            if (margin and re.search(margin + r"\s*$", r.cue.surface_before, re.IGNORECASE))
            or (during and re.match(during, article.text[max(r.cue.end, r.cue.name_end):r.sentence.end]))
            for d in article.dates if r.sentence.start <= d.start and d.end <= r.sentence.end
            and len(d.value) == 10 and "X" not in d.value]
    if not days:
        return None
    day = max(days)
    if day > published[:10]:
        return "future"
    return "ongoing" if days_between(day, published) <= ONGOING_REACH_DAYS else "past"


def _told_as_current(cluster: Cluster, told_over: bool) -> bool:
    """Is a visit, summit or forum told as the one under way (``current_before``: "此次", "cette
    visite", "很高兴…访华" said by the visitor), and not as over?"""
    return cluster.type != "MEETING" and not told_over and any(cue_words(r, "current_before")
                                                               for r in cluster.references)


def _main_act_done(cluster: Cluster, article: Article, published: str, g: EventGrammar) -> bool:
    """Is every day the sentences of the cluster's embedded frames give (the main act's days, not
    the filing day of a dateline) more than ``ONGOING_REACH_DAYS`` before publication?"""
    days = []
    for r in cluster.references:
        filed = dateline_span(article.text, r.sentence.start, g, "date") if r.embedded else None
        days += [d.end_value or d.value for d in article.dates if r.embedded
                 and r.sentence.start <= d.start and d.end <= r.sentence.end
                 and not (filed and filed[0] <= d.start and d.end <= filed[1])]
    days = [day for day in days if len(day) == 10 and "X" not in day]
    return bool(days) and all(day < published and days_between(day, published) > ONGOING_REACH_DAYS
                              for day in days)


def _series_days(cluster: Cluster) -> int:
    """How many days an edition of the cluster's named series lasts (``days`` of
    ``resources/event_series.json``), 1 when it names none."""
    table = series_table()["series"]
    for ref in cluster.references:
        if ref.cue.name:
            sid = find_series(split_name(ref.cue.name)[0])[0]
            if sid:
                return int(table[sid].get("days") or 1)
    return 1


#: How many days after its last known day an event the text says is still going on ("les
#: pourparlers doivent reprendre vendredi") may be under way. Unit: days.
ONGOING_REACH_DAYS = 2
#: how many days after its opening or arrival day a visit, summit or forum may still be under way
#: (a state visit of a week). Unit: days.
OPENED_REACH_DAYS = 7


def tense_status(tense: str | None, default: str) -> str:
    return {"future": "future", "past": "past", "present": "ongoing"}.get(tense or "", default)


#: The longest an event may run "until" a later day of the text. Unit: days.
MAX_UNTIL_DAYS = 31


def _span_until(cluster: Cluster, date: DateValue | None, g: EventGrammar,
                article: Article) -> tuple[str, str] | None:
    """"Le forum, ouvert lundi, se tient jusqu'à vendredi", "博览会24日开幕，将持续至28日": a
    later day after a word of "until" (``until_before``) in a clause of the event ends the event
    that began on its day (such a date is no date of the event's own: ``date_blockers``)."""
    pattern = g.data.get("until_before")
    if not pattern or date is None or len(date.value) != 10 or "X" in date.value \
            or (date.end_value and date.end_value != date.value):
        return None
    for ref in cluster.references:
        for d in article.dates:
            if ref.clause_start <= d.start and d.end <= ref.clause_end and len(d.value) == 10 \
                    and re.search(pattern, article.text[max(ref.clause_start, d.start - 16):d.start], re.IGNORECASE) \
                    and 0 < days_between(date.value, d.value) <= MAX_UNTIL_DAYS:
                return date.value, d.value
    return None


def _span_told_apart(cluster: Cluster, date: DateValue | None, words, article: Article,
                     later: bool) -> tuple[str, str] | None:
    """The event's span from a day of another of its frames with ``words`` around it: a later
    day with closing words ends the event begun on ``date`` ("Le forum s'est ouvert mardi … Le
    forum s'achèvera jeudi"), an earlier day with opening words starts the event that ended on
    ``date`` ("s'est achevé dimanche" … "Ouvert samedi, ce sommet…")."""
    if not one_day(date) or words is None:
        return None
    for ref in cluster.references:
        for d in ref.dates:
            if not one_day(d):
                continue
            days = days_between(date.value, d.value) if later else days_between(d.value, date.value)
            if 0 < days <= MAX_UNTIL_DAYS and said_around(words, d, article.text, ref.sentence.start, ref.sentence.end):
                return (date.value, d.value) if later else (d.value, date.value)
    return None


def _told_closed(cluster: Cluster, day: str) -> bool:
    """Is the event's closing day told in the past ("s'est achevé mardi"), not as under way or to
    come ("s'achève samedi", "s'achèvera jeudi")?"""
    return any(r.tense == "past" for r in cluster.references if any(d.value == day for d in r.dates))


def _span_to_last_day(cluster: Cluster, date: DateValue | None) -> tuple[str, str] | None:
    """The event's start and the later day a frame tells as its last ("Guterres est attendu jeudi
    pour la dernière journée du sommet", of a summit opened on Tuesday)."""
    if not one_day(date):
        return None
    last = [d.value for r in cluster.references if r.day_of == LAST_DAY for d in r.dates
            if one_day(d) and d.value > date.value]
    return (date.value, max(last)) if last else None


def _span_from_duration(cluster: Cluster, date: DateValue | None, g: EventGrammar,
                        article: Article) -> tuple[str, str] | None:
    """"une visite d'État de trois jours" from Monday 23 April: it ends on the 25th; "au dernier
    jour d'une visite de deux jours" on Tuesday (``last_day_pattern``): it began on Monday."""
    pattern = g.data.get("duration_pattern")
    if not pattern or date is None or len(date.value) != 10 or "X" in date.value \
            or (date.end_value and date.end_value != date.value):
        return None
    last_day = g.data.get("last_day_pattern")
    for ref in cluster.references:
        near = article.text[ref.cue.start:min(ref.clause_end, ref.cue.end + 40)]
        m = re.search(pattern, near)
        if m:
            days = to_int(m.group(1), g.language)
            if days and 1 < days <= 31:
                day = dt.date.fromisoformat(date.value)
                clause = article.text[ref.clause_start:ref.clause_end]
                if (last_day and re.search(last_day, clause, re.IGNORECASE)) or (g.ended and g.ended.search(clause)):
                    # "mardi, au dernier jour d'une visite de deux jours": the day is the last
                    return (day - dt.timedelta(days=days - 1)).isoformat(), date.value
                return date.value, (day + dt.timedelta(days=days - 1)).isoformat()
    return None


def _agreements(cluster: Cluster, g: EventGrammar, article: Article) -> int | None:
    if not g.agreement:
        return None
    best = None
    seen_sentences = set()
    for ref in cluster.references:
        key = (ref.clause_start, ref.clause_end)
        if key in seen_sentences:
            continue
        seen_sentences.add(key)
        text = article.text[ref.clause_start:ref.clause_end]
        following = _next_sentence(article, ref.sentence)
        if following is not None and not has_cue(article.text[following.start:following.end], following.language):
            # "…举行会谈。双方签署了12份合作文件。": the signing follows the event's sentence
            text += " " + article.text[following.start:following.end]
        signing = g.data.get("signing_words")
        if signing and not re.search(signing, text, re.IGNORECASE):
            continue  # "a retiré les États-Unis de trois accords": counted only when signed
        for m in g.agreement.finditer(text):
            number = to_int(m.group("count"), g.language)
            if number is None or number <= 0 or number > 5000:
                continue
            best = number if best is None else max(best, number)
    return best


def _closing_outcome(cluster: Cluster, article: Article, g: EventGrammar) -> bool:
    """"六国元首签署了《阿斯塔纳宣言》", "les dirigeants ont adopté une déclaration finale": the
    summit's closing act (``closing_outcome``), told done in its sentence or in one after it that
    names no other event, says the summit is over."""
    pattern = g.data.get("closing_outcome")
    if not pattern or cluster.type not in ("SUMMIT", "FORUM"):
        return False
    own = {r.sentence.start for r in cluster.references}
    first = min(own)
    return any(re.search(pattern, article.text[s.start:s.end], re.IGNORECASE) for s in article.sentences
               if s.start >= first and s.language == g.language
               and (s.start in own or not has_cue(article.text[s.start:s.end], s.language)))


def _pronoun_sentences_after(cluster: Cluster, article: Article, g: EventGrammar) -> list[str]:
    """The sentences right after the event's that have no cue of their own and open with a
    pronoun standing for it ("Elles doivent reprendre vendredi")."""
    pronoun = "|".join(p for p in (g.data.get("subject_pronoun"), g.data.get("plural_subject"),
                                   g.data.get("plural_pronoun")) if p)
    if not pronoun:
        return []
    after = (_next_sentence(article, r.sentence) for r in cluster.references)
    texts = (article.text[s.start:s.end] for s in after if s is not None)
    return [t for t in texts if re.match(f"(?:{pronoun})", t) and not has_cue(t, g.language)]


def _next_sentence(article: Article, sentence: Sentence) -> Sentence | None:
    for i, other in enumerate(article.sentences):
        if other.start == sentence.start:
            return article.sentences[i + 1] if i + 1 < len(article.sentences) else None
    return None


def _unique(values):
    seen, out = set(), []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def name_key(ref: Reference, article: Article) -> str:
    """A key for the name that does not depend on language or script: the ids of the entities
    inside it ("Sommet Chine-Asie centrale" and "中国－中亚峰会" both give "CN|Central Asia"),
    else the folded name itself."""
    inside = [e for e in article.entities
              if ref.cue.name_start <= e.start and e.end <= ref.cue.name_end
              and e.label in ("COUNTRY", "REGION", "ORG", "CITY")]
    if inside:
        return "|".join(sorted({e.entity_id or e.canonical for e in inside}))
    return _name_key(ref.cue.name)


def next_of_series(built: list, clusters: list[Cluster]) -> list:
    """"下次峰会将于2025年在哈萨克斯坦举行", "le prochain sommet se tiendra à Dakar": an unnamed
    summit or forum called the next one (the language's ``next_before``) is the next edition of
    the series of the document's named event of that type: it takes that name and, when the
    named one is numbered, the following edition."""
    named = [m for m in built if isinstance(m, Mention) and m.name and m.type in ("SUMMIT", "FORUM")]
    out = []
    for mention, cluster in zip(built, clusters):
        if isinstance(mention, Mention) and not mention.name and mention.type in ("SUMMIT", "FORUM") \
                and all(cue_words(r, "next_before") for r in cluster.references):
            series = {find_series(split_name(m.name)[0])[0] for m in named if m.type == mention.type} - {""}
            if len(series) == 1:
                base = next(m for m in named if m.type == mention.type
                            and find_series(split_name(m.name)[0])[0] in series)
                mention = replace(mention, name=base.name, edition=base.edition + 1 if base.edition else None,
                                  evidence_fields=with_fields_of(mention, base, ("name",)))
        out.append(mention)
    return out
