"""Events stage, step 5 (participants): who takes part in an event.

In: a Cluster's entities and its Article. Out: the persons worth listing (not news agencies, not
one-word guesses of the model, not a surname beside its full name) and the countries that take
part (named countries, the countries of named participants, a region named as a party expanded).
Well-wishers ("支持…办好峰会") do not take part. Over the document's mentions, the visits: hosts join
their visit (``hosts_join_their_visit``), an undated visit with talks of the day is under way
(``visits_under_way``) and starts the day its visitor arrives (``visits_from_their_arrival``).
"""
from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache

from .. import langdata
from ..timex import days_between
from ..records import Article, Entity, Mention, Sentence
from .frames import _topic, clause_around
from .grammar import grammar
from .offices import office_word
from .segmentation import Cluster


#: how far after a person the words of support or of a congratulatory letter may end
#: ("习近平同阿根廷总统…分别向在北京举行的…论坛致贺信"). Unit: characters.
WELL_WISHER_REACH = 60


def _well_wisher(e: Entity, article: Article) -> bool:
    """"中方支持俄方办好峰会", "习近平…祝愿哈方主办的峰会取得成功": supporting or wishing success is
    not taking part."""
    g = grammar(e.language)
    pattern = g.data.get("well_wisher_after") if g else None
    if not (pattern and re.match(pattern, article.text[e.end:e.end + WELL_WISHER_REACH])):
        return False
    # ("习近平向会议轮值主席阿尔及利亚总统特本致贺信": whom the letter goes to is not who sends it;
    # the summit's chair or host takes part in it)
    addressee = g.data.get("addressee_before")
    return not (addressee and re.search(addressee, article.text[max(0, e.start - WELL_WISHER_REACH):e.start]))


#: how far before a person the words that leave them out may start ("à l'occasion du 80e
#: anniversaire de l'appel du 18 juin lancé par le général de Gaulle"); each pattern bounds its
#: own gap. Unit: characters.
ABSENT_REACH = 100


def absent_person(e: Entity, article: Article) -> bool:
    """"韩正转达了习近平主席和彭丽媛教授对国王的亲切问候", "在习近平主席和亚历山大国王的战略引领下",
    "a transmis les salutations du président Xi": someone whose greetings are passed on, or under
    whose guidance things go, is not there (the language's ``absent_contexts``)."""
    g = grammar(e.language)
    return any(re.search(c["before"], article.text[max(0, e.start - ABSENT_REACH):e.start])
               and re.match(c["after"], article.text[e.end:e.end + 60])
               for c in (g.data.get("absent_contexts", ()) if g else ()))


def _countries(cluster: Cluster, persons: list[Entity], article: Article | None = None) -> tuple[str, ...]:
    """The countries taking part: the cluster's countries and regions, and its persons' countries.
    With the article: not a country only talked about, a well-wisher's, or a nationality of no
    party (``_demonym_of_no_party``)."""
    codes: set[str] = set()
    for ref in cluster.references:
        for e in ref.entities:
            if article is not None and cluster.type in ("SUMMIT", "FORUM") and _well_wisher(e, article):
                continue
            if e.label == "COUNTRY" and e.entity_id:
                if article is not None and _topic(e, article):
                    continue  # "la guerre en Ukraine", "叙利亚局势": what is talked about
                if article is not None and _demonym_of_no_party(e, article):
                    continue  # "la chrétienne pakistanaise", "le groupe pharmaceutique français"
                codes.add(e.entity_id)
            elif e.label == "REGION" and e.members:
                codes.update(e.members)
    for p in persons:
        if p.country and not _serving_a_body(p.canonical, article.published if article else None):
            codes.add(p.country)
    return tuple(sorted(c for c in codes if re.fullmatch(r"[A-Z]{2}", c)))


def _demonym_of_no_party(e: Entity, article: Article) -> bool:
    """Is a demonym the nationality of someone or something that is no state's party: it follows a
    noun ("la chrétienne pakistanaise", "les soldats français", "la jeune Suédoise") and no office
    or word of a state's side (the language's ``demonym_party_nouns``: gouvernement, délégation,
    diplomatie…; offices: "le ministre des Affaires étrangères iranien") stands in the four words
    before it. A demonym standing alone ("les Français") or after an office stays a party."""
    g = grammar(e.language) if e.kind == "demonym" else None
    party = g.data.get("demonym_party_nouns") if g else None
    if not party:
        return False
    before = re.split(r"[,;:.()«»\"“”]", article.text[max(0, e.start - 60):e.start])[-1]
    words = [re.sub(r"^(?:ex-|[ld]['’])", "", w, flags=re.IGNORECASE)
             for w in re.findall(r"[\w'’-]+", before)][-4:]
    if not words or any(office_word(w, e.language) or re.fullmatch(party, w, re.IGNORECASE) for w in words):
        return False
    last = words[-1]
    return last.isalpha() and last.islower() and last not in g.data.get("determiner_words", ())


@lru_cache(maxsize=1)
def _bodies_served() -> dict[str, list[dict]]:
    return {e["canonical"]: e["serves"] for e in langdata.resource("aliases.json")["entries"] if e.get("serves")}


def _serving_a_body(canonical: str, on: str | None) -> bool:
    """Does this person act for an international body on that day (the alias table's ``serves``:
    the UN Secretary-General, the President of the European Commission)? Their country is then
    no party to the events they attend."""
    return any(on and term["from"] <= on[:10] and (not term["to"] or on[:10] <= term["to"])
               for term in _bodies_served().get(canonical, ()))


def _commentator(e: Entity, article: Article) -> bool:
    """A person named by a role that comments or reports rather than takes part: a spokesperson,
    an analyst, an expert ("克里姆林宫发言人佩斯科夫", "le porte-parole du Kremlin, Dmitri Peskov",
    "selon l'analyste X"). The role stands just before the name (``commentator_before``), at any
    of the person's mentions in the document. A person named as absent (``absent_before``: "en
    l'absence du Premier ministre X") does not take part either."""
    g = grammar(e.language)
    pattern = g.data.get("commentator_before") if g else None
    absent = g.data.get("absent_before") if g else None
    if absent and re.search(absent, article.text[max(0, e.start - 60):e.start], re.IGNORECASE):
        return True  # "en l'absence du Premier ministre X": named, and not there
    # the role may be given once, where the person is introduced: "a précisé M. Hebestreit" later
    return bool(pattern and any(
        re.search(pattern, article.text[max(0, o.start - 40):o.start], re.IGNORECASE)
        for o in article.entities if o.label == "PERSON" and o.canonical == e.canonical))


def _titled(person: Entity, article: Article) -> bool:
    """Is a one-word name said to be someone's, at one of its mentions: an office or a title right
    before it ("la reine Camilla", "le président Tebboune") or the words of a relative
    (``relative_before``: "accompagné de son épouse Brigitte")?"""
    g = grammar(person.language)
    relative = g.data.get("relative_before") if g else None
    for e in article.entities:
        if e.label != "PERSON" or e.canonical != person.canonical:
            continue
        before = article.text[max(0, e.start - 40):e.start]
        words = re.findall(r"[\w'’.-]+", before)
        if (words and office_word(words[-1], person.language)) or \
                (relative and re.search(relative, before, re.IGNORECASE)):
            return True
    return False


def _participants(persons: list[Entity], article: Article | None = None) -> list[Entity]:
    """Persons worth listing: not news agencies, reporters or commentators; a one-word name the
    model guessed in a Latin script ("Bonne" in "Comité de Bonne coopération") only when linked to
    an alias or a full name; a surname alone when its full name is already there ("Qin" next to
    "Qin Gang")."""
    kept = []
    for p in persons:
        if p.kind in ("agency", "reporter"):
            continue
        if article is not None and _commentator(p, article):
            continue
        if p.kind == "model" and " " not in p.canonical and "-" not in p.canonical \
                and p.canonical.isascii() and not (article is not None and _titled(p, article)):
            continue
        kept.append(p)
    full = {p.canonical for p in kept if " " in p.canonical}
    return [p for p in kept if " " in p.canonical
            or not any(f.endswith(" " + p.canonical) or f.startswith(p.canonical + " ") for f in full)]


def hosts_join_their_visit(mentions: list, article: Article) -> list:
    """A visit's hosts take part in it: the people of the host country whom the visitor meets in
    talks held there during the visit, named in the sentence that tells the talks ("Durant sa
    rencontre avec M. Michoustine, M. Loukachenko…", "访问期间，习近平同拉赫蒙会谈"), join the visit's
    persons."""
    country_of = {e.canonical: e.country for e in article.entities if e.label == "PERSON" and e.country}
    forms: dict[str, set[str]] = {}
    for e in article.entities:
        if e.label == "PERSON":
            forms.setdefault(e.canonical, set()).add(e.text)
    out = []
    for visit in mentions:
        if isinstance(visit, Mention) and visit.type == "VISIT" and visit.country and visit.persons:
            hosts = [p for talks in mentions if isinstance(talks, Mention) and talks.type == "MEETING"
                     and talks.country == visit.country and set(talks.persons) & set(visit.persons)
                     and _within(talks, visit)
                     for p in talks.persons if country_of.get(p) == visit.country and p not in visit.persons
                     # the host named where the talks are told, not those attending them
                     and any(form in talks.evidence for form in forms.get(p, ()))]
            if hosts:
                visit = replace(visit, persons=visit.persons + tuple(dict.fromkeys(hosts)))
        out.append(visit)
    return out


#: How many days before publication talks held during an undated visit may be for the visit to
#: be under way at writing. Unit: days.
CURRENT_TALKS_DAYS = 1


def visits_under_way(mentions: list, article: Article) -> list:
    """An undated visit told as done or to come ("这是普京总统第二十五次访问中国" under a report of
    talks held that day; "访问期间，他还将赴天津") is under way when talks of its visitor in the
    visited country are dated the day of writing or the day before: the visitor is still there."""
    if not article.published:
        return mentions
    out = []
    for visit in mentions:
        if isinstance(visit, Mention) and visit.type == "VISIT" and not visit.start and visit.status != "ongoing" \
                and visit.country and any(
                    isinstance(talks, Mention) and talks.type == "MEETING" and talks.country == visit.country
                    and talks.start and len(talks.start) == 10 and set(talks.persons) & set(visit.persons)
                    and 0 <= days_between(talks.start, article.published[:10]) <= CURRENT_TALKS_DAYS
                    for talks in mentions):
            visit = replace(visit, status="ongoing")
        out.append(visit)
    return out


def visits_from_their_arrival(mentions: list, article: Article) -> list:
    """An undated visit whose visitor is told arriving in the visited country on a day ("伊朗总统
    莱希11日抵达沙特首都利雅得", "Le président X est arrivé lundi à Riyad") began that day, in that
    city: the arrival (``arrival_pattern`` of the language's events data) gives its start, and its
    city when it has none; a visit told to come that the visitor has reached is under way."""
    out = []
    for visit in mentions:
        if isinstance(visit, Mention) and visit.type == "VISIT" and not visit.start and visit.country \
                and article.published:
            arrival = _arrival(visit, article)
            if arrival is not None:
                day, city, sentence = arrival
                fields = {"start": [sentence.start, sentence.end]}
                if city is not None and not visit.city:
                    fields["city"] = [sentence.start, sentence.end]
                visit = replace(visit, start=day, status="ongoing" if visit.status == "future" else visit.status,
                                city=visit.city or (city.canonical if city is not None else None),
                                evidence_fields=_with_fields(visit, fields))
        out.append(visit)
    return out


def _arrival(visit: Mention, article: Article) -> tuple[str, Entity | None, Sentence] | None:
    """(day, city or None, sentence) of the visitor's arrival in the visited country, or None: a
    sentence with the language's arrival word, a visitor of the visit named before it, the
    visited country or one of its cities right after it, and a day in its clause not after the
    day of writing."""
    for sentence in article.sentences:
        g = grammar(sentence.language)
        pattern = g.data.get("arrival_pattern") if g else None
        if not pattern:
            continue
        for found in re.finditer(pattern, article.text[sentence.start:sentence.end]):
            at, end = sentence.start + found.start(), sentence.start + found.end()
            ents = [e for e in article.entities if sentence.start <= e.start and e.end <= sentence.end]
            visitor = any(e.label == "PERSON" and e.end <= at and e.canonical in visit.persons
                          and e.country != visit.country for e in ents)
            places = [e for e in ents if end <= e.start <= end + ARRIVAL_PLACE_REACH
                      and ((e.label == "CITY" and e.country == visit.country)
                           or (e.label == "COUNTRY" and e.entity_id == visit.country))]
            if not visitor or not places:
                continue
            lo, hi = clause_around(article.text, sentence, at, end, g)
            days = [d for d in article.dates if lo <= d.start and d.end <= hi and len(d.value) == 10
                    and "X" not in d.value and d.value <= article.published[:10]]
            if len(days) == 1:
                city = next((e for e in places if e.label == "CITY"), None)
                return days[0].value, city, sentence
    return None


def _with_fields(mention: Mention, fields: dict) -> str:
    own = json.loads(mention.evidence_fields) if mention.evidence_fields else {}
    own.update(fields)
    return json.dumps(own, separators=(",", ":"))


#: how far after the arrival word the place arrived in stands ("抵达沙特首都利雅得", "est arrivé
#: lundi soir à Riyad"). Unit: characters.
ARRIVAL_PLACE_REACH = 24


def _within(talks: Mention, visit: Mention) -> bool:
    """Talks undated, or dated within the visit (its start to its end, the start alone if open)."""
    if not talks.start or not visit.start:
        return True
    day = talks.start[:len(visit.start)]
    return visit.start <= day and (not visit.end or day <= visit.end[:len(day)])
