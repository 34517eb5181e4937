"""Events stage, step 5 (the diplomatic test): is a cluster a specific, diplomatic event?

In: a cluster, its participants, date and place (and, for summits and forums, the Mention built
from them). Out: whether the text makes the event specific (a name, a date, a place or named
participants: ``_specific``), whether a plain visit goes abroad (``_visit_is_diplomatic``), and
why a summit or forum is domestic (``_domestic``) — the contract's "diplomatic": officials of two
states, an international organisation or a foreign official take part.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import langdata
from ..candidates import events_pattern
from ..gazetteer import gazetteer
from ..records import Article, Entity, Mention
from ..syntax import descendants, introduced_by, token_children
from .counterparts import _speaker
from .frames import gathering_verb
from .grammar import EventGrammar, grammar
from .offices import _bare_offices, in_business, named_with_an_office, office_word
from .participants import _countries, _serving_a_body
from .segmentation import Cluster


def _domestic(mention: Mention, inside_name: list[Entity], series: bool, g: EventGrammar,
              fair_officials: set[str] | None = None) -> str | None:
    """Why a summit or forum is not diplomatic, or None when it is. The guide's test: officials
    of two states, an international organisation or a foreign official take part. A name that
    says "national" ("Conférence nationale", "全国…大会") is domestic whoever is named; otherwise
    a forum of one country alone, with no international organisation and no region or second side
    in its name, is a domestic gathering, even when its name says "international" or "世界" (an
    expo of foreign brands is not diplomacy: the contract asks for a foreign party named)."""
    parties = set(mention.countries) | {mention.country} | {e.entity_id for e in inside_name if e.label == "COUNTRY"}
    parties -= {None, ""}
    if fair_officials is not None:
        # a trade fair of a series (进博会, 广交会): its exhibitors are firms ("200家德国企业参加"),
        # so it takes an official from abroad or an international organisation
        if mention.orgs or len(fair_officials - {mention.country}) >= (1 if mention.country else 2):
            return None
        return "domestic: a trade fair or a themed forum with no foreign official or international organisation named"
    if mention.type not in ("SUMMIT", "FORUM") or series:
        return None  # a series the grammar names (COP26, G20, APEC) is international by definition
    groups = g.data.get("society_groups")
    of_groups = re.match(rf"\s*(?:de|des|du|d['’])\s*(?:{groups})\b", mention.name[len(mention.name.split()[0]):]) \
        if groups and mention.name and " " in mention.name else None
    if of_groups and not mention.orgs and not any(_serving_a_body(p, mention.published) for p in mention.persons):
        # "le Forum des ONG internationales", "le sommet des entreprises": a gathering of a society's
        # groups, whatever countries they come from, is not one of states
        return "domestic: a gathering of society groups, no official or international organisation"
    name = (mention.name or "").casefold()
    if name and g.domestic_name and g.domestic_name.search(name):
        return "domestic: the name says national"
    if mention.orgs or len(parties) >= 2:
        return None  # two states: two taking part, or one taking part in another's country
    if any(_serving_a_body(p, mention.published) for p in mention.persons):
        return None  # the head of an international body takes part (``serves`` of the alias table)
    if name and g.bilateral_name and g.bilateral_name.search(name):
        return None  # "中阿合作论坛": China and another side
    if any(e.label == "REGION" or _world_region(e, g.language) for e in inside_name):
        return None  # a region of states inside the name ("中国－中亚峰会", "Forum Chine-Afrique", "非洲气候峰会")
    place_enough = g.data.get("summit_place_enough", True)
    if mention.type == "SUMMIT" and (((place_enough or not mention.name) and (mention.city or mention.country))
                                     or any(e.label in ("CITY", "ORG") for e in inside_name)):
        # a summit is of heads of state: held at a named place ("le sommet de Bruxelles") or
        # of a named body, one country named is not enough to doubt it; a "sommet" with neither
        # ("au sommet de l'État", "le sommet de la gamme") is the word in another sense
        return None
    where = mention.countries[0] if mention.countries else "no country"
    return f"domestic: one party only ({where}), no international organisation or foreign participant"


def _placed_in_clause(cluster: Cluster) -> bool:
    """Does a city stand in the clause of one of the cluster's cues ("下一届峰会将在莫斯科举行",
    "le prochain sommet se tiendra à Moscou"), not only elsewhere in its sentence ("Le maire, qui
    était à l'Élysée, … son prétendu sommet")?"""
    return any(e.label == "CITY" and r.clause_start <= e.start < r.clause_end
               for r in cluster.references for e in r.entities)


def _world_region(entity: Entity, language: str) -> bool:
    """Is the entity one of the world's regions (Babel's UN M49 names: "Afrique", "非洲", "欧洲"),
    which hold many states, though the gazetteer lists no members for it?"""
    return entity.label == "LOC" and entity.canonical in _region_names(language)


@lru_cache(maxsize=None)
def _region_names(language: str) -> frozenset[str]:
    return frozenset(r.canonical for r in gazetteer(language).regions.values())


def _specific(cluster: Cluster, persons, date, city, country, article: Article) -> bool:
    """The guide counts an event only when the text makes it specific."""
    # "当地一个经济论坛": a name after an indefinite word is a kind of event in a language whose
    # data says so (``indefinite_name_is_kind``; French "un sommet du G20 en novembre" is one)
    named = any(r.cue.name and not (r.cue.indefinite and grammar(r.language).data.get("indefinite_name_is_kind"))
                for r in cluster.references)
    if cluster.type in ("SUMMIT", "FORUM"):
        # "un sommet" alone is any summit; "un sommet extraordinaire se tiendra le 12 mars à
        # Addis-Abeba" is one: a date and a place together make even an indefinite one specific
        # — so do a date and leaders of two states named as taking part (a summit held by video)
        leaders = _states(p.country for p in persons if p.country)
        # — and leaders of two states named as holding it, told as done ("deux ans après un sommet
        # historique entre Kim Jong Un et Donald Trump": the text names who, if not when)
        held = len(leaders) >= 2 and cluster.type == "SUMMIT" and all(r.tense == "past" for r in cluster.references)
        return named or held or (bool(date) and (bool(city) or len(leaders) >= 2 or _organiser_named(cluster, article))) or \
            ((bool(date) or (bool(city) and (bool(persons) or _foreign_body(cluster) or _placed_in_clause(cluster))))
             and not all(r.cue.indefinite for r in cluster.references))
    if cluster.type == "MEETING":
        process = set(langdata.load("events", cluster.references[0].language).get("plural_exempt", ()))
        if (date or city) and _foreign_body(cluster) \
                and all(r.cue.kind != "verb" or gathering_verb(r.cue, r.language) for r in cluster.references) \
                and (date or all(gathering_verb(r.cue, r.language) for r in cluster.references)) \
                and not all(r.cue.surface.casefold() in process for r in cluster.references):
            # "une réunion des ministres de la Défense de l'Otan mercredi", "les ministres du G7 se
            # sont réunis à Chantilly": a body's meeting (not "les négociations entre le
            # Royaume-Uni et l'UE", a process with no one named; not "l'UE a rencontré des
            # difficultés")
            return True
        people = {p.canonical for p in persons}
        nations = _states(p.country for p in persons if p.country)
        if len(people) >= 2 and len(nations) == 1 and all(p.country for p in persons) \
                and len(_states(_countries(cluster, persons))) <= 1:
            return False  # officials of one state among themselves (Hong Kong's and Beijing's too)
        if not _countries(cluster, persons) and not _foreign_body(cluster):
            return False  # no state named among the parties: protesters, staff, a family
        if len(set(_countries(cluster, persons))) > 1 and len(_states(_countries(cluster, persons))) == 1:
            return False  # a territory and its state only: Hong Kong's chief executive in Beijing
        data = langdata.load("events", cluster.references[0].language)
        states = _states(_countries(cluster, persons))
        abroad = bool(country) and _states([country]) != states  # held in another state: its host is there
        if data.get("one_state_talks_are_domestic") and persons and len(states) == 1 and not abroad \
                and all(_states([p.country]) == states for p in persons if p.country) \
                and all(p.country or named_with_an_office(p, article) for p in persons) \
                and not _only_counterparts_named(cluster, persons, article, data.get("comitative_prepositions", ())) \
                and _no_other_party_named(cluster, persons, article, states, data):
            # "Macron a rencontré les élus ruraux", "le Premier ministre et Emmanuel Macron devraient
            # se retrouver": every one named is an official of the one state the clauses name, no
            # counterpart of another state or of a body is named, and the document has named no one
            # of another state so far ("Wang Yi…" then "Le ministre sera reçu par le président
            # Ramaphosa": the subject may point back) — a government among its own
            return False
        private = data.get("officeless_person_is_private")
        if private and len(_states(_countries(cluster, persons))) == 1 and not _foreign_body(cluster) \
                and any(not p.country and p.kind != "alias" and not named_with_an_office(p, article) for p in persons):
            return False  # one state's official and someone of no office ("Hubert Germain, 99 ans")
        business = [p for p in persons if in_business(p, article)]
        if business and not _foreign_body(cluster) \
                and len(_states(p.country for p in persons if p not in business and p.country)) <= 1:
            return False  # one state's official with heads of firms ("会见…跨国公司负责人")
        if len(people) >= 2:
            return True
        if len(_states(_countries(cluster, persons))) >= 2 and (city or (date and country)):
            return True  # "les délégations iranienne et chinoise … lundi à Vienne", "两国元首旧金山会晤"
        if date and len(_states(_office_countries(cluster, article))) >= 2:
            # "les présidents russe et turc ont eu lundi un entretien téléphonique", "lundi, le
            # chancelier allemand a eu un entretien avec le président chinois": two offices given
            # by their countries and a day
            return True
        official = any(p.country for p in persons)
        foreign = _states(_countries(cluster, persons)) - _states(p.country for p in persons)
        if len(people) == 1 and not foreign and len(_states(_countries(cluster, persons))) <= 1 and any(
                at > r.cue.start for r in cluster.references
                for _, at, _ in _bare_offices(article, r.clause_start, r.clause_end, grammar(r.language))):
            # "X s'est entretenu avec le chef de l'Etat", "…avec le président à l'Elysée": an office
            # of no country named, the only state named being X's own, is X's own head of state
            return False
        # one named official and a date, a place or a foreign counterpart ("会见法国总理")
        if len(people) == 1 and official and not foreign \
                and not _foreign_counterpart(cluster, article, data.get("leader_pair")) \
                and all(e.end <= r.cue.start for r in cluster.references for e in r.entities if e.label == "PERSON") \
                and _no_other_party_named(cluster, persons, article, states, data):
            # "X a reçu mardi les soldats", "习近平10日同部队官兵视频通话": one official, named as
            # the one who holds the talks (before the cue: "国家副主席会见塞舌尔总统X" names the
            # guest), no one of another state named in the document so far, no counterpart
            # ("homologue") and no pair of leaders ("两国元首") — talks within one state, whatever
            # their day or place
            return False
        return len(people) == 1 and official and (bool(date) or bool(city) or bool(foreign))
    return (bool(persons) or cluster.strong_visit or bool(_office_countries(cluster, article))) and bool(city or country)


def _no_other_party_named(cluster: Cluster, persons, article: Article, states: set[str], data: dict) -> bool:
    """Do the talks name no party beyond ``states``: no international body or one's official, no
    counterpart of another state ("son homologue": ``foreign_counterpart_pattern``), and no person
    of another state in the document up to them, in a sentence the model read ("Wang Yi…" then "Le
    ministre sera reçu par le président Ramaphosa": the subject may point back)?"""
    if _foreign_body(cluster) or any(_serving_a_body(p.canonical, article.published) for p in persons) \
            or _foreign_counterpart(cluster, article, data.get("foreign_counterpart_pattern")):
        return False
    read = _candidate_spans(article)
    last = cluster.references[-1].sentence.end
    return not any(e.label == "PERSON" and e.country and _states([e.country]) != states
                   and e.end <= last and _read_closely(e, read) for e in article.entities)


def _candidate_spans(article: Article) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in article.candidate_sentences()]


def _read_closely(e, spans: list[tuple[int, int]]) -> bool:
    """Does the entity stand in a sentence the model read (a candidate: near an event word), not in
    one only looked up for known people ("…le retrait annoncé par Donald Trump" paragraphs away)?"""
    return any(start <= e.start and e.end <= end for start, end in spans)


def _only_counterparts_named(cluster: Cluster, persons, article: Article, comitative) -> bool:
    """Is every person named only as the other party of the talks, right after the cue and its
    comitative preposition ("lors de sa rencontre avec le président kazakh Tokaïev"), so that who
    held them is left to a possessive or a pronoun?"""
    if not comitative or not persons:
        return False
    after = rf"^[^,.;]{{0,25}}?\b(?:{'|'.join(map(re.escape, comitative))})\b[^,.;]{{0,60}}$"
    return all(any(r.cue.end <= p.start and re.match(after, article.text[r.cue.end:p.start], re.IGNORECASE)
                   for r in cluster.references) for p in persons)


def _foreign_counterpart(cluster: Cluster, article: Article, pattern: str | None) -> bool:
    """Does a sentence of the cluster name a counterpart of another state without naming the
    state ("son homologue", "les dirigeants ouest-africains": ``foreign_counterpart_pattern``)?"""
    return bool(pattern) and any(re.search(pattern, article.text[r.sentence.start:r.sentence.end], re.IGNORECASE)
                                 for r in cluster.references)


def _series_itself(cluster: Cluster, mention: Mention, article: Article, g: EventGrammar) -> bool:
    """"推动中非合作论坛…发展", "用好中非合作论坛机制": a forum of a series (FOCAC, the Belt and Road
    Forum) is a standing mechanism as well as its meetings; named with no edition, date or place
    and no participant — the speaker of what is said about it (``speech_after_person``) is none
    — it is the mechanism, not one meeting."""
    if mention.edition or mention.start or mention.end or mention.city:
        return False
    speech = g.data.get("speech_after_person")
    speakers = set()
    for ref in cluster.references:
        found = _speaker(ref, article, speech, (ref.sentence.start,)) if speech else None
        if found and found[1] <= ref.cue.start:
            speakers.add(found[0].canonical)
    return not set(mention.persons) - speakers


def _states(codes) -> set[str]:
    """The states of country codes: a territory that is part of a state counts as that state
    (``territories`` of ``resources/regions.json``: Hong Kong, Macao)."""
    part_of = langdata.resource("regions.json").get("territories", {})
    return {part_of.get(code, code) for code in codes}


def _organiser_named(cluster: Cluster, article: Article) -> bool:
    """Is a state or an international body named as who organises, hosts or chairs the gathering,
    right after its cue (``organiser_after_cue``: "une conférence de donateurs organisée par
    l'Arabie saoudite", "un sommet convoqué par l'Union africaine")? With a date, that makes even
    an indefinite one a specific event."""
    pattern = grammar(cluster.references[0].language).data.get("organiser_after_cue")
    if not pattern:
        return False
    for r in cluster.references:
        end = max(r.cue.end, r.cue.name_end)
        m = re.match(pattern, article.text[end:end + 80], re.IGNORECASE)
        if m and any(e.start == end + m.end() and (e.label == "COUNTRY" or (e.label == "ORG" and e.kind == "alias"))
                     for e in article.entities):
            return True
    return False


def _foreign_body(cluster: Cluster) -> bool:
    """Does the cluster name an international organisation or a region as a party?"""
    return any(e.label == "REGION" or (e.label == "ORG" and e.kind == "alias")
               for r in cluster.references for e in r.entities)


def _strong_visit(cluster, g: EventGrammar, article: Article) -> bool:
    return any(g.strong_visit and g.strong_visit.search(article.text[r.cue.start:r.cue.end + 12])
               for r in cluster.references)


def _visit_is_diplomatic(cluster, persons, city, country, g: EventGrammar, article: Article) -> bool:
    """A plain "visite" counts only when a visitor goes abroad: a named person whose country is
    known and differs from the place visited. State and official visits count unless their
    visitors (people, demonyms of offices) are of the country visited and no other state is
    named ("la Première ministre britannique … sa première visite officielle à Édimbourg")."""
    if _strong_visit(cluster, g, article):
        # whose the visitors are: their people's countries, the demonyms of offices ("britannique")
        homes = _states([p.country for p in persons if p.country] + [
            e.entity_id for r in cluster.references for e in r.entities
            if e.label == "COUNTRY" and e.kind == "demonym" and e.entity_id])
        named = _states(_countries(cluster, persons))
        return not (country and homes and homes <= _states([country]) and named <= _states([country]))
    if not country:
        return False
    # the visitors: named people of a known country, or an office given by its country ("Lors de
    # sa visite à Pékin, le président italien…")
    return any(p.country and p.country != country for p in persons) or \
        any(_states([code]) != _states([country]) for code in _office_countries(cluster, article))


def _office_countries(cluster: Cluster, article: Article) -> list[str]:
    """The countries of the offices the cluster's clauses name by their country, with no name
    ("le président italien", "le Premier ministre japonais": ``office_before_country``)."""
    office = grammar(cluster.references[0].language).data.get("office_before_country")
    return [e.entity_id for r in cluster.references for e in r.entities
            if office and e.label == "COUNTRY" and e.kind == "demonym" and e.entity_id
            and re.search(office, article.text[max(0, e.start - 40):e.start], re.IGNORECASE)]


def _meets_a_domestic_group(cluster: Cluster, article: Article) -> bool:
    """"Le ministre doit rencontrer les syndicats", "a reçu les agriculteurs à l'Elysée": talks
    whose counterparts, read from the parse, are all groups of a society (the language's
    ``society_groups``: unions, employers, associations, farmers, mayors…, never an office of the
    person ``titles``) holding no named person, country, organisation or demonym, while the
    cluster names at most one country: a government meeting its own society, not diplomacy. A
    language read without a parse says it with ``society_group_after_cue`` ("会见了…亲属"); else
    (a cue the parser did not read) nothing is decided. Talks whose every counterpart is a former
    official or a private person (``not_official_after_cue``: "会见日本前首相", "a reçu l'ancien
    président") are not diplomatic either, whatever country they come from."""
    data = langdata.load("events", cluster.references[0].language)
    former = data.get("not_official_after_cue")
    # the first telling (the title, the lead) and most of the others say whom they met: a
    # recall of other talks joined to the cluster ("落实好两国元首巴厘岛会晤达成的共识") does not
    # make a company's chairman an official
    said = sorted(cluster.references, key=lambda r: r.cue.start)
    with_former = [bool(former and re.match(former, article.text[r.cue.end:r.clause_end], re.IGNORECASE))
                   for r in said]
    if former and not _foreign_body(cluster) and with_former[0] and 2 * sum(with_former) > len(said):
        return True  # "会见日本前首相", "a reçu l'ancien Premier ministre britannique": no official
    after = data.get("society_group_after_cue")
    if after:
        # a language read without a parse: the counterpart right after the cue ("会见了…亲属",
        # "会见中越两国青年和友好人士代表": the groups of two societies are still no officials)
        return all(re.match(after, article.text[r.cue.end:r.clause_end]) for r in cluster.references)
    if len(set(_countries(cluster, []))) > 1:
        return False
    if not article.tokens:
        return False
    children = token_children(article.tokens)
    comitative = data.get("comitative_prepositions", [])
    verdicts = []
    for ref in cluster.references:
        # the word heading the talks: the verb of the cue ("reçu" in "a reçu", "rencontrer" in
        # "doit rencontrer")
        head = max((i for i, t in enumerate(article.tokens) if ref.cue.start <= t.start < ref.cue.end
                    and t.pos == "VERB"), default=None)
        if head is None and not ref.clause_start <= ref.cue.start < ref.clause_end:
            # a lead that tells the event without its cue word ("a reçu mardi à Matignon les
            # organisations syndicales", then "La rencontre…"): its own event verb
            stems = events_pattern(ref.language, "event_verb_stems", ignore_case=True)
            head = next((i for i, t in enumerate(article.tokens) if ref.clause_start <= t.start < ref.clause_end
                         and t.pos == "VERB" and stems is not None and stems.match(t.form)), None)
        if head is None:
            # "lors d'une rencontre avec des éditorialistes": the partners of the noun of talks
            head = next((i for i, t in enumerate(article.tokens) if ref.cue.start <= t.start < ref.cue.end
                         and t.pos == "NOUN"), None)
            if head is None:
                continue
        noun = article.tokens[head].pos == "NOUN"
        for j in children.get(head, []):
            t = article.tokens[j]
            partner = (t.dep == "obj" and not noun) or \
                introduced_by(j, article.tokens, children, comitative, "nmod" if noun else "obl")
            if partner and t.pos in ("NOUN", "PROPN") and not any(d.start <= t.start < d.end for d in article.dates):
                verdicts.append(_a_group(j, article, children, ref.language))
    return bool(verdicts) and all(verdicts)


def _a_group(head: int, article: Article, children: dict[int, list[int]], language: str) -> bool:
    tokens = article.tokens
    data = langdata.load("events", language)
    groups = data.get("society_groups")
    speakers = data.get("representatives_of")  # "les représentants des banques": the banks
    if speakers and tokens[head].pos == "NOUN" and re.fullmatch(speakers, tokens[head].form):
        of = [j for j in children.get(head, []) if tokens[j].dep.startswith("nmod")]
        return bool(of) and all(_a_group(j, article, children, language) for j in of)
    # the noun with its adjectives: "les organisations syndicales", "les partenaires sociaux"
    described = " ".join([tokens[head].form] + [tokens[j].form for j in children.get(head, [])
                                                if tokens[j].dep == "amod" and j > head])
    if tokens[head].pos != "NOUN" or office_word(tokens[head].form, language) \
            or not (groups and (re.fullmatch(groups, tokens[head].form) or re.fullmatch(groups, described))):
        return False
    below = [head, *descendants(head, children)]
    lo, hi = min(tokens[j].start for j in below), max(tokens[j].end for j in below)
    # (a demonym may qualify the group: "le groupe pharmaceutique français" — the talks name one
    # country at most, so it is the official's own)
    return not any(lo <= e.start and e.end <= hi and e.label in ("PERSON", "COUNTRY", "ORG", "REGION")
                   and not (e.label == "COUNTRY" and e.kind == "demonym") for e in article.entities)
