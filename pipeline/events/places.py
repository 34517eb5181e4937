"""Events stage, step 5 (place): where an event takes place.

In: a Cluster and its Article. Out: the city (an Entity) and the country (ISO code): a city
introduced as a place ("à Paris", "在西安") or inside the event's name, else a landmark that stands
for its city ("l'Élysée", "人民大会堂"), else for a visit the country visited, else a country
introduced as a place. Talks with no place of their own held during a visit, summit or forum take
its place (``place_talks_within_their_visit``, over the document's mentions).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import langdata
from ..gazetteer import venue
from ..syntax import after_noun_participle, place_of_another_act
from ..records import Article, Entity, Mention, Token
from ..text import HAN_CLASS
from .evidence import with_fields_of
from .grammar import EventGrammar, dateline_span
from .grammar import grammar as grammar_of
from .frames import _topic
from .segmentation import Cluster, cue_words, destination_places


def _place(cluster: Cluster, g: EventGrammar, article: Article) -> tuple[Entity | None, str | None]:
    """The city and the country where the event takes place."""
    preps = g.data.get("place_prepositions", [])
    if cluster.type == "VISIT":
        preps = preps + g.data.get("visit_place_prepositions", [])
    cities: list[tuple[int, Entity]] = []
    countries: list[tuple[int, Entity]] = []
    for order, ref in enumerate(cluster.references):
        for e in ref.entities:
            # (a place carried over from the sentence before, "Il y…", is read where it stands)
            low = e.start - 6 if e.start < ref.clause_start else max(ref.clause_start, e.start - 6)
            introduced = after_place_preposition(article.text, e.start, preps, low) or _capital_preposition(article, e, g)
            if not introduced and preps:
                # "在西安和北京", "à Paris et à Berlin": the second of coordinated places
                window = article.text[max(ref.clause_start, e.start - 16):e.start].lower()
                introduced = bool(re.search(r"(?:%s)\s*[^\s,，。;；]{1,12}?\s*(?:和|与|及|、|et|ou)\s*$"
                                            % "|".join(map(re.escape, preps)), window))
            inner, regions = g.data.get("place_inside_before"), g.data.get("home_regions")
            if not introduced and inner and preps and e.label == "CITY":
                # "在伊拉克首都巴格达", "在广西南宁市": a city right after the introduced country or
                # province that holds it
                holders = [re.escape(o.text) for o in ref.entities if o.label in ("COUNTRY", "LOC") and o.end <= e.start]
                holders += [regions] if regions else []
                window = article.text[max(ref.clause_start, e.start - 20):e.start]
                introduced = bool(holders) and bool(re.search(r"(?:%s)\s*(?:%s)(?:%s)?\s*$" % (
                    "|".join(map(re.escape, preps)), "|".join(holders), inner), window))
            if not introduced and g.data.get("place_adjacent_before_cue") and e.end == ref.cue.start:
                introduced = True  # "两国元首旧金山会晤", "巴厘岛会晤": a place compounded with the event word
            if not introduced and e.label == "CITY" and e.kind == "abbreviation" and _destination(e, article):
                introduced = True  # "来京出席…": the city the guest came to for it
            score = (0 if introduced else 1, order, abs(e.start - ref.cue.start))
            inside_name = ref.cue.name_start <= e.start and e.end <= ref.cue.name_end
            if e.label == "CITY" and e.kind != "landmark" and e.text in _landmark_names():
                continue  # "à Matignon" is the seat in Paris, not the town of Brittany (``_landmark``)
            if _where_it_was_said(article.text, e.end, ref, g):
                continue  # "普京16日在克里姆林宫表示，15日他与特朗普举行了会晤"
            if after_noun_participle(article.tokens, e.start, (ref.cue.start, ref.cue.end)):
                continue  # "le sort de deux Canadiens détenus en Chine": where they are, not the venue
            if place_of_another_act(article.tokens, e.start, (ref.cue.start, ref.cue.end),
                                    lambda token: _names_an_act(token, article, g)):
                continue  # "à trois jours de l'investiture de Donald Trump à Washington"
            if e.label == "CITY" and (introduced or inside_name or e.kind == "landmark") and not _topic(e, article):
                # a city merely named in the clause ("Poutine, venu de Moscou") is not the venue
                cities.append((score, e))
            elif e.label == "COUNTRY" and e.kind == "abbreviation" and _destination(e, article) \
                    and not introduced:
                countries.append(((1,) + score[1:], e))  # "来华出席峰会": the visitor came to China for it
            elif e.label == "COUNTRY" and e.kind != "demonym" and introduced and not _topic(e, article):
                countries.append((score, e))  # but "la guerre en Ukraine" is what is talked about
            elif inside_name and e.label in ("LOC", "ORG") and not (
                    e.label == "ORG" and e.kind == "alias" and e.start > ref.cue.end):
                # (but "le sommet de l'Organisation de coopération de Shanghai": a body named for a
                # city, after the cue word, holds the summit; it does not meet there)
                town = _venue_in_name(e, article)  # "le Forum de Boao", "Forum … de Davos"
                if town is not None:
                    cities.append((score, town))
    if cluster.type == "MEETING" and all(cue_words(r, "remote_pattern", in_cue=True) for r in cluster.references):
        return None, None  # talks by phone or video have no venue
    if cluster.type == "VISIT":
        # "En visite au Vatican, X … arrivera à Manta": a city of another state than the one the
        # visit word goes to is where something else happens
        going = _visited_state(cluster, article)
        if going:
            cities = [(score, e) for score, e in cities if not e.country or e.country == going]
    city = min(cities, key=lambda x: x[0])[1] if cities else None
    if city is not None:
        return city, city.country or None
    landmark = _landmark(cluster, article, g)
    if landmark is not None:
        return landmark, landmark.country
    if cluster.type == "VISIT":
        abbreviated = _abbreviated_destination(cluster, g, article)
        if abbreviated:
            return None, abbreviated
    if cluster.type in ("VISIT", "SUMMIT", "FORUM"):
        # "Le Vietnam s'apprête à accueillir X", "支持哈方明年举办第二届中国－中亚峰会": the host
        host = _host_named_as_subject(cluster, g, article)
        if host and not countries:
            return None, host
    if countries:
        return None, min(countries, key=lambda x: x[0])[1].entity_id or None
    filed_from = _dateline_city(cluster, g, article)
    if filed_from is not None:
        return filed_from, filed_from.country or None
    return None, None


#: How far after a place its speaker's speech verb may stand ("在克里姆林宫表示"). Unit: characters.
SPEECH_AFTER_PLACE = 12


def _where_it_was_said(text: str, place_end: int, ref, g: EventGrammar) -> bool:
    """"普京16日在克里姆林宫表示，15日他与特朗普举行了会晤": a place right before a speech verb
    (``speech_after_person``, in its clause) is where someone spoke; an event told after that verb,
    in what they said, is not held there."""
    speech = g.data.get("speech_after_person")
    if not speech:
        return False
    window = text[place_end:place_end + SPEECH_AFTER_PLACE]
    said = re.search(speech, window)
    return said is not None and not g.clause_break.search(window[:said.start()]) \
        and ref.cue.start >= place_end + said.end()


def _names_an_act(token: Token, article: Article, g: EventGrammar) -> bool:
    """Does the word name an act (its ending, ``action_noun_endings``: "l'investiture", "les
    livraisons"), not a body or a group of people ("la Commission européenne", an organisation
    the entities know; "une délégation", ``people_nouns``) nor a journey (``travel_nouns``)?"""
    endings = g.data.get("action_noun_endings")
    if not endings or re.search(endings, token.form) is None:
        return False
    if any(pattern and re.fullmatch(pattern, token.form)
           for pattern in (g.data.get("people_nouns"), g.data.get("travel_nouns"))):
        return False  # (nor a journey: "depuis celui du 27 février à Naples pour un sommet")
    return not any(e.label == "ORG" and e.start <= token.start < e.end for e in article.entities)


def after_place_preposition(text: str, start: int, prepositions, low: int | None = None) -> bool:
    """Does a place preposition ("à", "在") end the few characters before ``start`` (from ``low``)?"""
    before = text[max(0, start - 6 if low is None else low):start].strip().lower()
    return before.endswith(tuple(prepositions))


def _visited_state(cluster: Cluster, article: Article) -> str | None:
    """The one state the visit's clauses name as where it goes ("visite au Vatican", "对越南进行国事
    访问": ``destination_places``); None when they name none or several."""
    states = {e.country or e.entity_id for r in cluster.references for e in destination_places(r, article.text)
              if e.label == "COUNTRY"}
    return next(iter(states)) if len(states) == 1 else None


def _capital_preposition(article: Article, place: Entity, g: EventGrammar) -> bool:
    """"A Versailles, Macron reçoit Poutine": a capital preposition written without its accent
    (``unaccented_capital_prepositions``) opening a sentence or a title introduces the place."""
    words = g.data.get("unaccented_capital_prepositions")
    if not words:
        return False
    line_start = article.text.rfind("\n", 0, place.start) + 1
    before = article.text[line_start:place.start]
    return any(re.fullmatch(rf"(?:.*[.!?]\s+)?{re.escape(w)}\s+", before) for w in words)


def _dateline_city(cluster: Cluster, g: EventGrammar, article: Article) -> Entity | None:
    """An event told in the sentence a dateline opens ("MOSCOU, 4 juin (Xinhua) -- X s'est
    entretenu lundi avec Y", "新华社莫斯科6月4日电"), with no place of its own, took place where the
    story was filed — unless it was held by phone or video (a video summit too)."""
    if any(cue_words(ref, "remote_pattern", in_cue=True) for ref in cluster.references):
        return None
    for ref in cluster.references:
        span = dateline_span(article.text, ref.sentence.start, g, "place")
        if span is None:
            continue
        city = next((e for e in article.entities if e.label == "CITY" and span[0] <= e.start
                     and e.end <= span[1]), None)
        if city is None:
            continue
        preps = tuple(g.data.get("place_prepositions", []))
        # (a region counts: "participera au G7 organisé en Cornouailles")
        elsewhere = any(e.label in ("CITY", "COUNTRY", "LOC") and e.kind != "demonym" and span[1] <= e.start
                        and e.end <= ref.sentence.end and (e.country or e.entity_id) != city.country
                        and article.text[max(span[1], e.start - 6):e.start].strip().lower().endswith(preps)
                        for e in article.entities) if preps else False
        if not elsewhere:
            return city  # but "Paris (AFP) - X effectuera une visite en Chine, où…": not in Paris
    return None


def _destination(e: Entity, article: Article) -> bool:
    """A country's one-character short form after a verb of coming ("来华", "赴美":
    ``destination_verbs`` of the entities data): where someone travels to."""
    verbs = langdata.load("entities", e.language).get("destination_verbs", "")
    return bool(verbs) and e.start > 0 and article.text[e.start - 1] in verbs


#: the place that ends an event's name: "Forum de Boao", "sommet de Pau"
PLACE_ENDING_NAME = re.compile(r"(?:\bde|\bd['’])\s*([^\W\d][\w'’-]+)$")


def _venue_in_name(e: Entity, article: Article) -> Entity | None:
    """A town the model read as a place or as part of an organisation inside the event's name
    ("le Forum de Boao", "Forum économique mondial de Davos"): a GeoNames city of any size
    (``gazetteer.venue``), since the name says a place is meant."""
    if e.label == "LOC":
        start, name = e.start, e.text
    else:
        m = PLACE_ENDING_NAME.search(e.text)
        if m is None:
            return None
        start, name = e.start + m.start(1), m.group(1)
    entry = venue(name, e.language)
    if entry is None:
        return None
    return Entity(start=start, end=start + len(name), text=name, label="CITY", canonical=entry.canonical,
                  language=e.language, kind="gazetteer", entity_id=entry.entity_id, country=entry.country)


def _host_named_as_subject(cluster: Cluster, g: EventGrammar, article: Article) -> str | None:
    """"Le Vietnam s'apprête à accueillir X pour une visite": a country before the cue that
    receives the visitor (``host_after_country``) is where the visit is paid."""
    pattern = g.data.get("host_after_country")
    if not pattern:
        return None
    side = langdata.load("entities", g.language).get("side_suffix")
    for ref in cluster.references:
        head = ref.cue.name_start if 0 <= ref.cue.name_start < ref.cue.start else ref.cue.start
        for e in sorted(ref.entities, key=lambda e: -e.start):  # the nearest before the event
            # a country, or a side ("哈方"), not a demonym adjective ("le président russe")
            named = e.kind != "demonym" or bool(side and e.text.endswith(side))
            if e.label == "COUNTRY" and named and e.entity_id and e.end <= head \
                    and re.match(pattern, article.text[e.end:head], re.IGNORECASE):
                return e.entity_id
    # "以色列总理内塔尼亚胡对到访的布林肯说": a person right before a word of receiving and the
    # visit word (``host_person_before_visit``) hosts it in their country
    receiving = g.data.get("host_person_before_visit")
    if receiving and cluster.type == "VISIT":
        for ref in cluster.references:
            before = [e for e in ref.entities if e.label == "PERSON" and e.country and e.end <= ref.cue.start]
            host = max(before, key=lambda e: e.end, default=None)
            if host is not None and re.fullmatch(receiving, article.text[host.end:ref.cue.start]):
                return host.country
    return None


def _abbreviated_destination(cluster: Cluster, g: EventGrammar, article: Article) -> str | None:
    """"对俄进行国事访问": a one-character country abbreviation after the visit preposition."""
    pattern = g.data.get("abbreviated_destination")
    if not pattern:
        return None
    table = langdata.load("entities", g.language).get("side_abbreviations", {})
    for ref in cluster.references:
        m = re.search(pattern, article.text[ref.clause_start:ref.clause_end])
        if m and m.group(1) in table:
            return table[m.group(1)]
    return None


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _landmark_names() -> frozenset[str]:
    return frozenset(name for name, _, _ in _landmarks())


def _landmarks() -> list[tuple[str, str, str]]:
    table = langdata.resource("landmarks.json")["landmarks"]
    return sorted(((name, city, country) for name, (city, country) in table.items()), key=lambda x: -len(x[0]))


def _landmark(cluster: Cluster, article: Article, g: EventGrammar) -> Entity | None:
    """"在人民大会堂会见", "reçu à la Maison Blanche": the seat stands for its city when the text
    puts the event there (a place preposition before it, the language's ``place_prepositions``);
    "a annoncé l'Élysée" is the presidency speaking, not a venue."""
    preps = "|".join(map(re.escape, g.data.get("place_prepositions", [])))
    # "在北京人民大会堂": in Chinese a city may stand between the preposition and the seat
    word_start, city_between = (r"(?:^|[^\w])", "") if g.language != "zh" else ("", f"[{HAN_CLASS}]{{0,4}}")
    introduced = re.compile(rf"{word_start}(?:{preps})\s*{city_between}(?:l['’]|la\s+|le\s+|les\s+|du\s+|de\s+la\s+)?"
                            rf"(?:(?:palais|jardins|salons?|cour)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+))?$",
                            re.IGNORECASE) if preps else None
    for ref in cluster.references:
        if ref.embedded and cluster.type != "VISIT":
            continue  # "在人民大会堂会见来华出席论坛的X": where the main act is held, not the forum
        clause = article.text[ref.clause_start:ref.clause_end]
        folded = clause.lower()  # (same offsets: "au Palais du peuple", "Palais du Peuple")
        for name, city, country in _landmarks():
            at = folded.find(name.lower()) if len(folded) == len(clause) else clause.find(name)
            if at >= 0 and introduced is not None and not introduced.search(clause[max(0, at - 30):at]):
                continue
            if at >= 0 and _where_it_was_said(article.text, ref.clause_start + at + len(name), ref, g):
                continue
            if at >= 0:
                start = ref.clause_start + at
                return Entity(start, start + len(name), name, "CITY", city, ref.language,
                              kind="landmark", country=country)
    return None


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
        if isinstance(mention, Mention) and mention.type == "MEETING" and not mention.city:
            # talks placed in the host's country only ("au sommet de l'APEC au Vietnam") take its city
            host = next((h for h, c in hosts if _held_during(cluster, c, article)
                         and mention.country in (None, h.country)), None)
            if host is not None:
                mention = replace(mention, country=host.country, city=host.city,
                                  evidence_fields=with_fields_of(mention, host, ("city", "country")))
            elif (gathering := _gathering_of_that_day(mention, cluster, hosts)) is not None:
                # "Xi Jinping et Narendra Modi se sont entretenus mercredi" in a report of the
                # summit held in Kazan from Tuesday to Thursday: talks in person on one of its days
                mention = replace(mention, country=gathering.country, city=gathering.city,
                                  evidence_fields=with_fields_of(mention, gathering, ("city", "country")))
            elif not mention.country and (visit := _current_visit_hosting(mention, [h for h, _ in hosts])):
                # the country is entailed; the city is not (a visit may take in several)
                mention = replace(mention, country=visit.country,
                                  evidence_fields=with_fields_of(mention, visit, ("country",)))
        out.append(mention)
    return out


def _gathering_of_that_day(talks: Mention, cluster: Cluster, hosts: list) -> Mention | None:
    """The one summit or forum of the document held in a city on the talks' day, whose
    participants include a party to the talks: in-person talks (no call) of that day, told with no
    place of their own, are held there. None for talks with a country of their own elsewhere."""
    if not talks.start or len(talks.start) != 10 or talks.end not in (None, talks.start):
        return None
    if any(cue_words(r, "remote_pattern", in_cue=True) for r in cluster.references):
        return None
    found = [h for h, _ in hosts if h.type in ("SUMMIT", "FORUM") and h.city and h.start and len(h.start) == 10
             and h.start <= talks.start <= _last_day_known(h)
             and talks.country in (None, h.country)
             and (set(talks.persons) & set(h.persons) or (set(talks.countries) & set(h.countries)))]
    return found[0] if len({(h.city, h.country) for h in found}) == 1 else None


def _last_day_known(gathering: Mention) -> str:
    """The last day a gathering is known to be held: its end, else the day of writing for one under
    way ("réunis depuis lundi"), else its start."""
    if gathering.end and len(gathering.end) == 10:
        return gathering.end
    if gathering.status == "ongoing" and gathering.published:
        return max(gathering.start, gathering.published[:10])
    return gathering.start


def _held_during(talks: Cluster, host: Cluster, article: Article) -> bool:
    """Do the talks and the host event share a sentence with no word between them (or right
    after the host's cue: "峰会前夕") that puts the talks before or after it?"""
    for a in talks.references:
        for b in host.references:
            if a.sentence.start != b.sentence.start:
                continue
            first, second = sorted((a.cue, b.cue), key=lambda cue: cue.start)
            words = article.text[first.end:second.start] + " " + article.text[b.cue.end:b.cue.end + 4]
            g = grammar_of(a.language)
            sequence = g.data.get("sequence_words") if g else None
            if not (sequence and re.search(sequence, words, re.IGNORECASE)):
                return True
    return False


def _current_visit_hosting(talks: Mention, hosts: list[Mention]) -> Mention | None:
    """The one visit under way when the document was written ("Xi arrive au Kazakhstan… Xi s'est
    entretenu avec Tokaïev") whose host country takes part in undated talks: the talks are held
    there. Talks dated within the visit's days count too. A visit dated before the week of
    publication, talks dated outside the visit, or two current visits to different countries decide
    nothing."""
    if len(talks.countries) < 2:
        return None
    current = {h.country: h for h in hosts
               if h.type == "VISIT" and h.country in talks.countries and _is_current(h)
               and (not talks.start or _within(talks.start, h))}
    return next(iter(current.values())) if len(current) == 1 else None


def _is_current(visit: Mention) -> bool:
    if visit.status == "ongoing":
        return True
    if not (visit.start and visit.published) or len(visit.start) < 10:
        return False
    from datetime import date
    days = (date.fromisoformat(visit.published[:10]) - date.fromisoformat(visit.start[:10])).days
    return -1 <= days <= 7


def _within(day: str, visit: Mention) -> bool:
    """Is a talks date one of the visit's days (both known to the day)?"""
    end = visit.end or visit.start
    return bool(visit.start and end and len(day) == len(visit.start) == len(end) == 10
                and visit.start <= day <= end)
