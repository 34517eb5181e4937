"""Events stage, step 5: fields, one Mention per cluster the text makes specific.

In: a Cluster and its Article. Out: a ``Mention`` (a row of mentions.csv) with type, name, edition,
dates, status, place (``places``), countries and persons (``participants``), organisations and the
number of agreements signed, or None when the cluster names no specific event (no name, date, place
or participants) or is not diplomatic.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from ..candidates import has_cue
from ..records import Article, DateValue, Entity, Mention, Sentence
from ..series import find_series, split_name
from .frames import Reference
from .grammar import EventGrammar, to_int
from .grammar import grammar as grammar_of
from .names import _name_key
from .participants import _countries, _participants, _well_wisher
from .places import _place
from .segmentation import Cluster


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


def build_mention(cluster: Cluster, article: Article, g: EventGrammar) -> Mention | Rejection:
    """The cluster's Mention, or the Rejection that says why the text gives no event."""
    refs = cluster.references
    reject = functools.partial(Rejection, cluster.type, refs[0].cue.surface, refs[0].cue.start)
    first = refs[0]
    named = next((r for r in refs if r.cue.name), None)
    persons = _participants([e for r in refs for e in r.entities if e.label == "PERSON"
                             and not (cluster.type in ("SUMMIT", "FORUM") and _well_wisher(e, article))],
                            article)
    # organisations take part in summits and forums (organiser, member body: "sommet du G7");
    # in talks and visits an organisation named is what was talked about
    orgs = [e for r in refs for e in r.entities if e.label == "ORG" and e.kind == "alias"] \
        if cluster.type in ("SUMMIT", "FORUM") else []
    date = cluster.best_date()
    city, country = _place(cluster, g, article)
    if cluster.type == "VISIT":
        cluster.strong_visit = _strong_visit(cluster, g, article)
        if not _visit_is_diplomatic(cluster, persons, city, country, g, article):
            return reject("no visitor from abroad named (not a diplomatic visit)")
    if not _specific(cluster, persons, date, city, country):
        return reject("not specific: no name, date, place or named participants")
    evidence_ref = named or first
    sentence = evidence_ref.sentence
    edition = next((r.cue.edition for r in refs if r.cue.edition), None)
    status = _status(cluster, date, article.published, g, article)
    end_value = _end_from_duration(cluster, date, g, article)
    ended = _date_words(cluster, date, g.ended, article)
    opening = not end_value and not ended and _date_words(cluster, date, g.opening, article)
    if opening and article.published and date.value[:10] <= article.published and status == "past":
        status = "ongoing"  # "李强抵达巴黎…进行正式访问", "le forum s'est ouvert lundi": under way
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
        start=date.value if date and not ended else None,
        # the arrival day of a visit or the opening day of a forum starts it; its end is unsaid
        end=end_value or (None if opening else (date.end_value or date.value) if date else None),
        status=status,
        city=city.canonical if city else None,
        country=country,
        countries=_countries(cluster, persons, article),
        persons=tuple(_unique(p.canonical for p in persons)),
        orgs=tuple(_unique(o.canonical for o in orgs)),
        agreements=_agreements(cluster, g, article),
        date_source=date.source if date else "",
        name_key=name_key(named, article) if named and cluster.type in ("SUMMIT", "FORUM") else "",
        published=article.published,
    )
    inside_name = [e for e in article.entities if named and named.cue.name_start <= e.start
                   and e.end <= named.cue.name_end] if named else []
    # a series the grammar names (COP26) or the series table lists (FOCAC, 中国—中亚峰会)
    series = any(r.cue.kind == "named" for r in refs) or any(
        find_series(split_name(r.cue.name)[0])[0] for r in refs if r.cue.name)
    domestic = _domestic(mention, inside_name, series, g)
    return reject(domestic) if domestic else mention


def _domestic(mention: Mention, inside_name: list[Entity], series: bool, g: EventGrammar) -> str | None:
    """Why a summit or forum is not diplomatic, or None when it is. The guide's test: officials
    of two states, an international organisation or a foreign official take part. A name that
    says "national" ("Conférence nationale", "全国…大会") is domestic whoever is named; otherwise
    a forum of one country alone, with no international organisation and no region or second side
    in its name, is a domestic gathering, even when its name says "international" or "世界" (an
    expo of foreign brands is not diplomacy: the contract asks for a foreign party named)."""
    parties = set(mention.countries) | {mention.country} | {e.entity_id for e in inside_name if e.label == "COUNTRY"}
    parties -= {None, ""}
    if mention.type not in ("SUMMIT", "FORUM") or series:
        return None  # a series the grammar names (COP26, G20, APEC) is international by definition
    name = (mention.name or "").casefold()
    if name and g.domestic_name and g.domestic_name.search(name):
        return "domestic: the name says national"
    if mention.orgs or len(parties) >= 2:
        return None  # two states: two taking part, or one taking part in another's country
    if name and g.bilateral_name and g.bilateral_name.search(name):
        return None  # "中阿合作论坛": China and another side
    if any(e.label == "REGION" for e in inside_name):
        return None  # a region inside the name ("中国－中亚峰会", "Forum Chine-Afrique")
    if mention.type == "SUMMIT" and (mention.city or mention.country or any(e.label in ("CITY", "ORG") for e in inside_name)):
        # a summit is of heads of state: held at a named place ("le sommet de Bruxelles") or
        # of a named body, one country named is not enough to doubt it; a "sommet" with neither
        # ("au sommet de l'État", "le sommet de la gamme") is the word in another sense
        return None
    where = mention.countries[0] if mention.countries else "no country"
    return f"domestic: one party only ({where}), no international organisation or foreign participant"


def _specific(cluster: Cluster, persons, date, city, country) -> bool:
    """The guide counts an event only when the text makes it specific."""
    named = any(r.cue.name for r in cluster.references)
    if cluster.type in ("SUMMIT", "FORUM"):
        return named or ((bool(date) or bool(city)) and not all(r.cue.indefinite for r in cluster.references))
    if cluster.type == "MEETING":
        people = {p.canonical for p in persons}
        nations = {p.country for p in persons if p.country}
        if len(people) >= 2 and len(nations) == 1 and all(p.country for p in persons) \
                and len(set(_countries(cluster, persons))) <= 1:
            return False  # officials of one country among themselves: not diplomatic talks
        if len(people) >= 2:
            return True
        official = any(p.country for p in persons)
        foreign = set(_countries(cluster, persons)) - {p.country for p in persons}
        # one named official and a date, a place or a foreign counterpart ("会见法国总理")
        return len(people) == 1 and official and (bool(date) or bool(city) or bool(foreign))
    return (bool(persons) or cluster.strong_visit) and bool(city or country)


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
            return bool(words.search(window))
    return False


def _strong_visit(cluster, g: EventGrammar, article: Article) -> bool:
    return any(g.strong_visit and g.strong_visit.search(article.text[r.cue.start:r.cue.end + 12])
               for r in cluster.references)


def _visit_is_diplomatic(cluster, persons, city, country, g: EventGrammar, article: Article) -> bool:
    """A plain "visite" counts only when a visitor goes abroad: a named person whose country is
    known and differs from the place visited. State and official visits always count."""
    if _strong_visit(cluster, g, article):
        return True
    if not persons or not country:
        return False
    return any(p.country and p.country != country for p in persons)


def _status(cluster: Cluster, date: DateValue | None, published: str | None, g: EventGrammar,
            article: Article) -> str:
    tenses = [r.tense for r in cluster.references if r.tense]
    # one reference in the future ("cette réunion écrira un nouveau chapitre") outweighs
    # past-tense sentences that only mention the event ("avant le deuxième Sommet")
    tense = "future" if "future" in tenses else (tenses[0] if tenses else None)
    if tense == "ongoing":
        tense = "present"
    clause_texts = [article.text[r.clause_start:r.clause_end] for r in cluster.references]
    sentence_texts = [article.text[r.sentence.start:r.sentence.end] for r in cluster.references]
    if date and published and "X" not in date.value:
        start = date.value
        end = date.end_value or date.value
        pub_cmp = published[:len(end)]
        if end < published[:len(end)]:
            return "past"
        if start > published[:len(start)]:
            return "future"
        if start == end == pub_cmp and len(start) == 10:
            if any(g.finished and g.finished.search(t) for t in clause_texts):
                return "past"
            return "future" if tense == "future" else "past"
        if any(g.finished and g.finished.search(t) for t in clause_texts) and tense != "future":
            return "past"
        if len(start) < 10:
            return tense_status(tense, "past")
        return "ongoing"
    if tense == "future":
        return "future"
    if cluster.references[0].embedded:
        # "来华出席论坛的普京", "进行国事访问的托卡耶夫": in the middle of it as the main event happens
        return "ongoing"
    if any(g.ongoing and g.ongoing.search(t) for t in sentence_texts) and tense != "past":
        return "ongoing"
    if tense == "present":
        return "ongoing"
    return "past"


def tense_status(tense: str | None, default: str) -> str:
    return {"future": "future", "past": "past", "present": "ongoing"}.get(tense or "", default)


def _end_from_duration(cluster: Cluster, date: DateValue | None, g: EventGrammar,
                       article: Article) -> str | None:
    """"une visite d'État de trois jours" from Monday 23 April: it ends on the 25th."""
    pattern = g.data.get("duration_pattern")
    if not pattern or date is None or len(date.value) != 10 or "X" in date.value \
            or (date.end_value and date.end_value != date.value):
        return None
    import datetime as dt

    for ref in cluster.references:
        near = article.text[ref.cue.start:min(ref.clause_end, ref.cue.end + 40)]
        m = re.search(pattern, near)
        if m:
            days = to_int(m.group(1), g.language)
            if days and 1 < days <= 31:
                start = dt.date.fromisoformat(date.value)
                return (start + dt.timedelta(days=days - 1)).isoformat()
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


def place_talks_within_their_visit(built: list, clusters: list[Cluster], article: Article) -> list:
    """Talks with no place of their own, reported in a sentence of a visit, summit or forum that has
    one ("访华期间，李强同朔尔茨会谈", "lors de sa visite d'État au Kazakhstan, Xi a rencontré…",
    "qui se retrouvaient au sommet de l'APEC au Vietnam"), are held where that event is: they take
    its country (and city) — unless the text puts them before or after it ("avant le sommet",
    "峰会前夕": the language's ``sequence_words``)."""
    hosts = [(m, c) for m, c in zip(built, clusters)
             if isinstance(m, Mention) and m.type in ("VISIT", "SUMMIT", "FORUM") and m.country]
    if not hosts:
        return built
    out = []
    for mention, cluster in zip(built, clusters):
        if isinstance(mention, Mention) and mention.type == "MEETING" and not mention.country \
                and not mention.city:
            host = next((h for h, c in hosts if _held_during(cluster, c, article)), None)
            if host is not None:
                mention = replace(mention, country=host.country, city=host.city)
        out.append(mention)
    return out


def _held_during(talks: Cluster, host: Cluster, article: Article) -> bool:
    for a in talks.references:
        for b in host.references:
            if a.sentence.start != b.sentence.start:
                continue
            g = grammar_of(a.language)
            sequence = g.data.get("sequence_words") if g else None
            lo, hi = sorted((a.cue.end, b.cue.start)) if a.cue.start < b.cue.start else sorted((b.cue.end, a.cue.start))
            if not (sequence and re.search(sequence, article.text[lo:hi] + article.text[b.cue.end:b.cue.end + 4],
                                           re.IGNORECASE)):
                return True
    return False
