"""Events stage, step 3 (continued): one frame per counterpart.

In: the frames of one sentence (``frames.make_references``). Out: the same frames, with
- the **shared subject** of coordinated clauses: "李强将会见马克龙总统，同博尔内总理举行会谈，会见
  拉尔歇参议长" — the second and third talks are Li Qiang's too, although his name stands in the
  first clause only;
- a frame that meets several counterparts **separately** or in turn ("分别会见A、B", "先后会见A、B",
  "a reçu tour à tour A et B") split into one frame per counterpart, since each is its own meeting;
- a visit to a **list of states** ("访问坦桑尼亚和莱索托", "des visites au Kenya et en Tanzanie")
  split into one visit per state;
- "在西安和北京两次会晤": N meetings in N named cities split into N frames, one city each;
- a lead that tells the day's event without its cue word, then "ce sommet": the lead is a frame of
  that event (``lead_as_antecedent``, over the document's frames);
- "Il s'est entretenu avec…": a subject pronoun takes the previous sentence's first named person
  (``pronoun_subjects``).
Segmentation then keeps frames of one sentence with different counterparts apart.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import langdata
from ..candidates import has_cue
from ..dates import infer_tense
from ..records import Article, Entity, Sentence
from ..syntax import descendants, sentence_parse
from .frames import Reference
from .grammar import EventGrammar, grammar, to_int
from .offices import _office_holders, officials
from .segmentation import _inviters, cue_words, destination_places, ended_visit_places, visit_destinations

#: Characters an office title may take between a country and its holder's name
#: ("俄罗斯国家杜马副主席巴巴科夫": 7). Unit: characters.
OFFICE_SPAN = 12


def _persons_before_cue(ref: Reference, text: str = "", g: EventGrammar | None = None) -> list[Entity]:
    """The persons before the cue that are its subject: not those after a comitative
    preposition ("同托卡耶夫举行会谈": Tokayev is the counterpart), nor its inviter ("应X邀请，
    Y…进行正式访问": Y's visit)."""
    pattern = g.data.get("counterpart_before") if g else None
    inviters = _inviters(ref, text) if text else set()
    return [e for e in ref.entities if e.label == "PERSON" and e.end <= ref.cue.start and e.canonical not in inviters
            and not (pattern and text and re.search(pattern, text[ref.clause_start:e.start]))]


def with_shared_subject(frames: list[Reference], text: str, g: EventGrammar) -> list[Reference]:
    """Talks of a later clause with no person before their cue take the persons before the cue
    of the sentence's first talks or visit that has some (its subject)."""
    subject: list[Entity] = []
    out = []
    for ref in frames:
        own = _persons_before_cue(ref, text, g)
        if ref.cue.type in ("MEETING", "VISIT") and own and not subject:
            subject = own
        elif ref.cue.type == "MEETING" and not own and subject and not ref.cue.anaphoric \
                and any(e.label in ("PERSON", "COUNTRY") and e not in subject for e in ref.entities):
            have = {e.canonical for e in ref.entities}
            ref = replace(ref, entities=ref.entities + [e for e in subject if e.canonical not in have])
        out.append(ref)
    return out


def split_separately(ref: Reference, text: str, g: EventGrammar, headline_end: int = -1) -> list[Reference]:
    """"赵乐际分别会见多米尼克总理、俄罗斯国家杜马副主席": one frame per counterpart, grouped by
    country (a named person with the country of their office, or a country alone). A headline
    says it without the word where the language's press does (``headline_separately``:
    "习近平会见马达加斯加总统和科摩罗总统" tells two meetings)."""
    pattern = g.data.get("separately_pattern")
    if ref.cue.type != "MEETING" or not pattern:
        return [ref]
    window = text[ref.clause_start:min(ref.clause_end, ref.cue.end + 12)]
    headline = g.data.get("headline_separately") and ref.sentence.end <= headline_end
    # "s'entretenir avec le président X, puis avec le Premier ministre Y": one partner after
    # another, each after a comitative of their own (``sequence_with``)
    sequence = g.data.get("sequence_with")
    in_turn = bool(sequence and re.search(sequence, text[ref.cue.end:ref.clause_end], re.IGNORECASE))
    if not headline and not in_turn and not re.search(pattern, window, re.IGNORECASE):
        return [ref]
    # "分别同A、B、C举行会见": the counterparts listed after a comitative before the cue
    # (``separately_with``) are met one by one, as those after the cue are
    with_marker = g.data.get("separately_with")
    listed = re.search(with_marker, text[ref.clause_start:ref.cue.start]) if with_marker else None
    from_at = ref.clause_start + listed.end() if listed else ref.cue.start
    inviters = _inviters(ref, text)  # ("应X和Y邀请，…同X、Y分别举行会谈": counterparts)
    subjects_before = [e for e in ref.entities if e.label == "PERSON" and e.end <= from_at and e.canonical not in inviters]
    subject = {e.canonical for e in subjects_before}
    subject_countries = {e.country for e in subjects_before if e.country}
    # one group per counterpart: each person named (two of one state are two meetings: "分别会见新任
    # 总统普拉博沃、前总统佐科"), with the country of their office before them ("越南总理范明政") or
    # of the group they lead after them ("由议长X率领的伊拉克代表团"); a country with no one named
    # after it is a counterpart of its own ("会见马达加斯加总统和科摩罗总统")
    groups: dict[str, list[Entity]] = {}
    pending: Entity | None = None
    told_elsewhere = []  # an office's holder the document names in another sentence
    for e in sorted(ref.entities, key=lambda e: e.start):
        if e.start < from_at or e.canonical in subject:
            continue
        if e.start >= ref.clause_end:
            told_elsewhere.append(e)
            continue
        if e.label == "PERSON":
            key = e.canonical
            members = groups.setdefault(key, [])
            if pending is not None and e.start - pending.end <= OFFICE_SPAN:
                members.append(pending)
            elif pending is not None:
                groups.setdefault(pending.entity_id, []).append(pending)
            pending = None
            members.append(e)
            led = _group_led(e, ref, text, g)
            if led:
                members.extend(c for c in ref.entities if c.label == "COUNTRY" and c.entity_id == led
                               and c.start > e.end)
        elif e.label == "COUNTRY" and e.entity_id and e.entity_id not in subject_countries \
                and not any(e in members for members in groups.values()):
            if pending is not None:
                groups.setdefault(pending.entity_id, []).append(pending)
            pending = e
    if pending is not None:
        owner = next((k for k, members in groups.items()
                      if any(m.label == "PERSON" and m.country == pending.entity_id for m in members)), None)
        groups.setdefault(owner or pending.entity_id, []).append(pending)
    for e in told_elsewhere:  # with the counterpart of their state
        owner = next((k for k, members in groups.items()
                      if any((m.country or m.entity_id) == (e.country or e.entity_id) for m in members)), None)
        if owner is not None:
            groups[owner].append(e)
    if len(groups) < 2:
        # "李强、赵乐际将分别会见奥尔西": the subjects, not the counterparts, meet separately
        subjects = list({e.canonical: e for e in _persons_before_cue(ref)}.values())
        if len(subjects) < 2 or in_turn or not re.search(pattern, window, re.IGNORECASE):
            return [ref]
        rest = [e for e in ref.entities if e.canonical not in {s.canonical for s in subjects}]
        return [replace(ref, entities=[subject, *rest]) for subject in subjects]
    parties = {id(e) for members in groups.values() for e in members}
    shared = [e for e in ref.entities if id(e) not in parties]
    return [replace(ref, entities=shared + members) for members in groups.values()]


def _office_country(person: Entity, ref: Reference) -> str:
    """The country named just before a person without one, with no one else between: the
    country of their office ("俄罗斯国家杜马副主席巴巴科夫", "le vice-président russe X")."""
    before = [e for e in ref.entities if e.end <= person.start and e.label in ("COUNTRY", "PERSON")]
    if before:
        last = max(before, key=lambda e: e.end)
        if last.label == "COUNTRY" and person.start - last.end <= OFFICE_SPAN:
            return last.entity_id
    return ""


def _group_led(person: Entity, ref: Reference, text: str, g: EventGrammar) -> str:
    """The country of the group a person leads, named right after ("由议长X率领的越南国会代表团":
    the language's ``leader_of_group_after``): X is one party with the group, not another."""
    pattern = g.data.get("leader_of_group_after")
    led = re.match(pattern, text[person.end:]) if pattern else None
    if not led:
        return ""
    after = [e for e in ref.entities if e.label == "COUNTRY" and e.entity_id
             and 0 <= e.start - (person.end + led.end()) <= 2]
    return after[0].entity_id if after else ""


def split_repeated(ref: Reference, text: str, g: EventGrammar) -> list[Reference]:
    """"在西安和北京两次会晤": N meetings in N named cities are N events, one city each."""
    pattern = g.data.get("repeated_before")
    m = re.search(pattern, text[ref.sentence.start:ref.cue.start]) if pattern else None
    if not m:
        return [ref]
    times = to_int(m.group(1), g.language)
    cities = list(dict.fromkeys(e.canonical for e in ref.entities if e.label == "CITY"))
    if not times or times != len(cities) or times < 2:
        return [ref]
    return [replace(ref, entities=[e for e in ref.entities if e.label != "CITY" or e.canonical == city])
            for city in cities]


@lru_cache(maxsize=None)
def _list_gap(language: str) -> re.Pattern:
    """What may stand between two places of one list: joiners, place and visit prepositions and
    articles ("au Kenya, en Tanzanie et en Éthiopie", "坦桑尼亚和莱索托")."""
    data = langdata.load("events", language)
    links = [*data.get("list_joiners", ()), *data.get("place_prepositions", ()),
             *data.get("visit_place_prepositions", ()), "l'", "l’", "la", "le", "les"]
    return re.compile(r"(?:\s*(?:%s))*\s*" % "|".join(
        re.escape(w) + (r"\b" if w[-1].isalpha() and language != "zh" else "")
        for w in sorted(links, key=len, reverse=True)), re.IGNORECASE)


def split_destinations(ref: Reference, text: str) -> list[Reference]:
    """"他还将访问坦桑尼亚和莱索托", "des visites d'État au Vietnam, en Malaisie et au Cambodge": a
    visit to each state, one frame each; the dates of the whole journey are no one visit's."""
    going = visit_destinations(ref, text)
    if len(going) < 2:
        return [ref]
    places = destination_places(ref, text)
    gap = _list_gap(ref.language)
    if not all(gap.fullmatch(text[a.end:b.start]) for a, b in zip(places, places[1:])):
        return [ref]  # "celle de Trump à Paris… un dîner à Mount Vernon": places of two clauses, no list
    before = ended_visit_places(ref, text)  # "结束对意大利的访问后": the visit before, none of these
    rest = [e for e in ref.entities if not (e.label in ("COUNTRY", "CITY") and (e.country or e.entity_id) in going)
            and e not in before]
    return [replace(ref, entities=rest + [e for e in places if (e.country or e.entity_id) == state], dates=[],
                    destination=state)
            for state in sorted(going, key=lambda c: min(e.start for e in places if (e.country or e.entity_id) == c))]


def one_frame_per_counterpart(frames: list[Reference], text: str, g: EventGrammar,
                              headline_end: int = -1) -> list[Reference]:
    """The frames of one sentence after the three rules above (``headline_end``: where the
    document's title ends, -1 without one)."""
    out = []
    for ref in with_shared_subject(frames, text, g):
        for part in split_separately(ref, text, g, headline_end):
            for visit in split_destinations(part, text):
                out.extend(split_repeated(visit, text, g))
    return out


#: How far into the body an anaphoric first mention ("ce sommet") may stand and still point back
#: at the lead. Unit: sentences.
LEAD_REACH = 4


def lead_as_antecedent(frames: list[Reference], article: Article) -> list[Reference]:
    """"Les pays du Sahel et la France ont exprimé mardi à Nouakchott… A l'issue de ce sommet, …":
    a news lead often tells the day's event without its cue word, and the first cue after it is
    anaphoric. When the first anaphoric frame (of any type: the lead tells one event) is unnamed, stands within
    ``LEAD_REACH`` sentences of the body, and the lead (the body's first sentence, no cue of its
    own) has a date and a city, the lead becomes a frame of that event, placed before it: its
    date, place and parties are the event's. A lead naming two officials of two states on a day
    does so for the first undated talks told after it; a headline naming a summit or forum with
    no date, for that event."""
    body = [s for s in article.sentences if s.start > article.title_start + len(article.title)] \
        if article.title_start >= 0 else list(article.sentences)
    if not body or not frames:
        return frames
    lead = body[0]
    lead_text = article.text[lead.start:lead.end]
    if has_cue(lead_text, lead.language):
        return frames
    dates = [d for d in article.dates if lead.start <= d.start and d.end <= lead.end]
    entities = [e for e in article.entities if lead.start <= e.start and e.end <= lead.end]
    # a lead naming two leaders of two states on a day ("Emmanuel Macron et Angela Merkel ont
    # affirmé jeudi…") tells their talks: the first talks told after it with no day of their own
    # ("entre un entretien bilatéral de deux heures et le dîner") are those
    holders = officials(article)
    pair = {e.country for e in entities if e.label == "PERSON" and e.country and e.canonical in holders}
    if not dates or not (any(e.label == "CITY" for e in entities) or len(pair) >= 2):
        return frames
    talks = next((ref for ref in frames if len(pair) >= 2 and ref.cue.type == "MEETING" and not ref.dates
                  and not ref.cue.name and ref.sentence in body[1:LEAD_REACH + 1]
                  and {e.country for e in ref.entities if e.label == "PERSON" and e.country} <= pair), None)
    # a headline that names the day's summit or forum and dates it not ("Sommet du G7 : les
    # dirigeants sont tous arrivés à Biarritz") is told by the lead below it
    titled = next((ref for ref in frames if ref.cue.name and ref.cue.type in ("SUMMIT", "FORUM")
                   and not ref.dates and article.title_start >= 0
                   and ref.sentence.end <= article.title_start + len(article.title) + 1), None)
    out, taken = [], False
    for ref in frames:
        # the lead tells one event: the first anaphoric frame's ("Ce sommet…"), not also that of
        # a later "hôte de la rencontre" naming the same summit with another word
        if not taken and (ref is titled or ref is talks or (
                titled is None and talks is None and any(e.label == "CITY" for e in entities)
                and ref.cue.anaphoric and not ref.cue.name and not _owned_by_word_before(ref, article)
                # (a demonstrative, "Cette visite intervient…", points at it however far it stands)
                and (ref.sentence in body[1:LEAD_REACH + 1] or cue_words(ref, "current_before")))):
            out.append(replace(ref, sentence=lead, clause_start=lead.start, clause_end=lead.end,
                               entities=entities, dates=dates, tense=infer_tense(lead_text, lead.language)))
            taken = True
        out.append(ref)
    return out


def _owned_by_word_before(ref: Reference, article: Article) -> bool:
    """"le Canada préside le G7, dont le sommet se tiendra…": a cue whose article a relative of
    possession opens (``owner_relative_before``) is the event of the noun before it, not the lead's."""
    g = grammar(ref.language)
    pattern = g.data.get("owner_relative_before") if g else None
    return bool(pattern and re.search(pattern, article.text[max(ref.sentence.start, ref.cue.start - 20):ref.cue.start],
                                      re.IGNORECASE))


def pronoun_subjects(frames: list[Reference], article: Article) -> list[Reference]:
    """"Tokaïev est arrivé lundi à Tachkent. Mardi, il s'est entretenu avec Mirziyoïev": talks or
    a visit whose subject is a pronoun (the language's ``subject_pronoun``, at the start of the
    sentence or after a fronted date or place) and that name nobody before the cue take the previous
    sentence's first named person as their subject. A plural one ("Les deux hommes", "Leur
    rencontre", "Ils": ``plural_subject``) stands for the people of the event told last, and they
    alone are its parties (of any event: "Les deux dirigeants avaient participé au sommet…")."""
    out = []
    holders = officials(article)
    for ref in frames:
        g = grammar(ref.language)
        # "Il s'est entretenu…", "depuis sa visite à Rome": a pronoun subject, or a possessive in a
        # sentence that names no one before it ("la Première ministre britannique avait effectué
        # sa première visite": hers)
        pronoun = g.data.get("subject_pronoun") if g else None
        named_in_head = any(e.label in ("PERSON", "COUNTRY") and ref.sentence.start <= e.start and e.end <= ref.cue.start
                            for e in article.entities)
        if g and g.data.get("possessive_before") and not named_in_head:
            pronoun = "|".join(filter(None, (pronoun, g.data["possessive_before"])))
        plural = g.data.get("plural_subject") if g else None
        if ref.cue.kind == "verb" and g and g.data.get("plural_pronoun"):
            # "Ils se sont retrouvés": a pronoun subject of the talks verb; before a noun ("Ils
            # doivent être suivis d'une réunion") it may stand for things, not people
            plural = "|".join(p for p in (plural, g.data["plural_pronoun"]) if p)
        head = article.text[ref.sentence.start:ref.cue.start]
        named_before = any(e.label == "PERSON" and e.end <= ref.cue.start for e in ref.entities)
        have = {e.canonical for e in ref.entities}
        speech = _reported_speech_parties(ref, out, article, g) if g else []
        if speech:
            ref = replace(ref, entities=[*(e for e in speech if e.canonical not in have), *ref.entities])
            have = {e.canonical for e in ref.entities}
        reporter = _speaker_of_others_talks(ref, article, g) if g else None
        if reporter is not None:
            ref = replace(ref, entities=[e for e in ref.entities if e.canonical != reporter.canonical])
            have = {e.canonical for e in ref.entities}
        if plural and re.search(plural, head) and (ref.cue.type in ("MEETING", "VISIT") or not named_before):
            # (officials: "la demeure historique de George Washington" names no party)
            told = next((r for r in reversed(out) if r.cue.start < ref.cue.start
                         and sum(e.label == "PERSON" and e.canonical in holders for e in r.entities) >= 2), None) or \
                next((r for r in reversed(out) if r.cue.start < ref.cue.start and r.cue.type == ref.cue.type
                      and any(e.label == "PERSON" for e in r.entities)), None)  # "Les ministres" of a body
            people = _officials_named_before(ref, article, holders) if told is None else []
            if told is None and len(people) >= 2:
                # "…trois rencontres entre Donald Trump et Kim Jong Un. Lors de leur entrevue en
                # juin…": the pair the sentence before names, though as no one event
                ref = replace(ref, entities=[*people, *(e for e in ref.entities if e.label not in ("PERSON", "COUNTRY"))])
            if told is not None:
                # "leur dernière rencontre avant le retour de Donald Trump": "leur" says who meets;
                # other people and countries of the clause are not its parties
                # — but people said to be with them ("en présence de", ``company_before``) join
                company = g.data.get("company_before")
                people = [e for e in told.entities if e.label == "PERSON" and e.canonical in holders]
                joined = [e for e in ref.entities if e.label == "PERSON" and e.start > ref.cue.start
                          and e.canonical not in {p.canonical for p in people} and company
                          and re.search(company, article.text[max(ref.cue.start, e.start - 80):e.start])]
                # (a visit keeps the state it goes to: "depuis la visite d'État … en Chine")
                going = destination_places(ref, article.text)
                ref = replace(ref, entities=[*people, *joined, *(e for e in ref.entities
                                                                 if e.label not in ("PERSON", "COUNTRY") or e in going)])
        elif (clause := g and g.data.get("clause_pronoun")) and ref.cue.type in ("MEETING", "VISIT") \
                and ref.cue.kind == "verb" and not named_before and (said := re.search(clause, head)) \
                and (subject := _first_person(article, ref.sentence.start, ref.sentence.start + said.start())):
            # "X est arrivé jeudi à Osaka, où il doit s'entretenir avec…": the person named before
            if subject.canonical not in have:
                ref = replace(ref, entities=[subject, *ref.entities])
        elif (fronted := g and g.data.get("fronted_event")) and ref.cue.type == "VISIT" and not named_before \
                and not any(e.label == "PERSON" for e in ref.entities) and re.search(fronted["open"], head) \
                and (close := re.match(fronted["close"], article.text[ref.cue.end:ref.sentence.end])) \
                and (subject := _first_person(article, ref.cue.end + close.end(), ref.sentence.end)) \
                and re.fullmatch(r"\W*[^\W\d_]{0,8}", article.text[ref.cue.end + close.end():subject.start]):
            # "在对越南进行国事访问期间，马克龙总统…": a visit told in a phrase fronted before the
            # main clause (``fronted_event``: what opens and closes it) is paid by that clause's subject, named first
            ref = replace(ref, entities=[subject, *ref.entities])
        elif pronoun and ref.cue.type in ("MEETING", "VISIT") and re.search(pronoun, head) \
                and (not named_before or _pronoun_opens(ref, head, g, article)):
            previous = _sentence_before(article, ref.sentence)
            subject = (_grammatical_subject(article, previous, g) or _first_person(article, previous.start, previous.end)) \
                if previous is not None else None
            own = _grammatical_subject(article, ref.sentence, g) if re.search(g.data.get("possessive_before") or "$^", head) else None
            if own is not None and own.start >= ref.cue.end:
                # "Lors de sa visite d'État en France, le roi X a été reçu…": a possessive in a
                # phrase fronted before the main clause is its subject's
                subject = own
            if subject is not None and subject.canonical not in have:
                ref = replace(ref, entities=[subject, *ref.entities])
            there = g.data.get("there_pronoun")  # "Il y a été reçu…": there, then
            then = g.data.get("then_pronoun")  # "Il aura ensuite un entretien…", "随后，他…": then
            if previous is not None and there and re.search(there, head) and not ref.dates:
                ref = _continuing(ref, previous, article)
            elif previous is not None and then and re.search(then, head) and not ref.dates:
                ref = _continuing(ref, previous, article, places=False)
        then_word = g.data.get("then_in_verb") if g else None
        if then_word and ref.cue.kind == "verb" and not ref.dates and re.search(then_word, ref.cue.surface, re.IGNORECASE):
            # "À Londres, le chef du gouvernement canadien s'est ensuite entretenu avec…": then,
            # the day of the sentence before
            previous = _sentence_before(article, ref.sentence)
            if previous is not None:
                ref = _continuing(ref, previous, article, places=False)
        out.append(ref)
    return out


def _officials_named_before(ref: Reference, article: Article, holders) -> list[Entity]:
    """The officials of different states the sentence before ``ref``'s names, when they are two."""
    previous = _sentence_before(article, ref.sentence)
    if previous is None:
        return []
    found, states = [], set()
    for e in article.entities:
        if e.label == "PERSON" and previous.start <= e.start and e.end <= previous.end and e.country \
                and e.canonical in holders and e.country not in states:
            found.append(e)
            states.add(e.country)
    return found if len(found) == 2 else []


def _pronoun_opens(ref: Reference, head: str, g: EventGrammar, article: Article) -> bool:
    """"随后，他同国务院总理李强举行会谈": a subject pronoun (``subject_pronoun``) with no one named
    before it is the subject, whoever is named between it and the cue (the counterpart)."""
    said = re.search(g.data.get("subject_pronoun") or "$^", head)
    return bool(said) and not any(e.label == "PERSON" and ref.sentence.start <= e.start < ref.sentence.start + said.start()
                                  for e in article.entities)


def _sentence_before(article: Article, sentence: Sentence) -> Sentence | None:
    """The sentence right before ``sentence``, None for the first."""
    return max((s for s in article.sentences if s.end <= sentence.start), key=lambda s: s.start, default=None)


#: Dependencies of a clause that modifies a noun (universal dependencies): not the noun's own words.
CLAUSE_MODIFIERS = ("acl", "advcl", "parataxis")


def _grammatical_subject(article: Article, sentence: Sentence, g: EventGrammar) -> Entity | None:
    """The person the parse gives as the subject of a sentence's main verb: named ("Vladimir
    Poutine est arrivé…"), or by an office of a named country that the document's holder fills
    ("Accueilli à Orly par le Premier ministre X, le dirigeant chinois doit être reçu…": the
    Chinese leader, not X, whom a fronted phrase names first). None without a parse."""
    in_sentence, children = sentence_parse(article.tokens, sentence)
    if not in_sentence:
        return None
    tokens = article.tokens
    roots = [i for i in in_sentence if tokens[i].head == i]
    heads = roots + [j for r in roots for j in children.get(r, []) if tokens[j].dep in ("conj", "xcomp", "advcl")]
    # the main verbs' subjects first, then any subject of the sentence in text order (the parser
    # may hang the main clause on a fronted phrase: "Salué par la ministre X, le chef de l'État
    # kényan doit…" read as a relative clause of "ministre")
    subjects = [j for h in heads for j in children.get(h, []) if tokens[j].dep in ("nsubj", "nsubj:pass")]
    subjects += [j for j in in_sentence if tokens[j].dep in ("nsubj", "nsubj:pass") and j not in subjects]
    for j in subjects:
        # (without its clauses: "le dirigeant chinois, accompagné de son épouse X, …" is not X)
        span = [j, *(d for k in children.get(j, []) if tokens[k].dep.split(":")[0] not in CLAUSE_MODIFIERS
                     for d in (k, *descendants(k, children)))]
        lo, hi = min(tokens[k].start for k in span), max(tokens[k].end for k in span)
        # (the parser may cut an office from the name right after it: "le Premier ministre indien |
        # Narendra Modi" read as subject and root)
        found = _person_or_holder(article, lo, hi, g) or next(
            (e for e in article.entities if e.label == "PERSON" and 0 <= e.start - hi <= 1), None)
        if found is not None:
            return found
    return _after_fronted_participle(article, in_sentence, g) if not subjects else None


def _person_or_holder(article: Article, lo: int, hi: int, g: EventGrammar) -> Entity | None:
    """The first person named between ``lo`` and ``hi``, else the document's holder of an office
    given there by its country ("le dirigeant chinois")."""
    inside = [e for e in article.entities if lo <= e.start and e.end <= hi]
    person = next((e for e in inside if e.label == "PERSON"), None)
    if person is not None:
        return person
    holders = _office_holders(article, [e for e in inside if e.label == "COUNTRY"], g)
    return holders[0] if holders else None


def _after_fronted_participle(article: Article, in_sentence: list[int], g: EventGrammar) -> Entity | None:
    """"Accueilli à Orly par le ministre X, le dirigeant chinois, accompagné de…, doit être reçu":
    a sentence opened by a past participle whose main verb the parser left without a subject: the
    subject is the phrase right after the participle's comma (a name, or an office of a named
    country that the document's holder fills)."""
    tokens = article.tokens
    first = tokens[in_sentence[0]]
    if "VerbForm=Part" not in first.morph:
        return None
    commas = [i for i in in_sentence if tokens[i].form == ","]
    if not commas:
        return None
    after = [i for i in in_sentence if i > commas[0]]
    upto = next((i for i in after if tokens[i].form == "," or tokens[i].pos in ("VERB", "AUX")), None)
    if not after or upto is None:
        return None
    return _person_or_holder(article, tokens[after[0]].start, tokens[upto].start, g)


def _first_person(article: Article, start: int, end: int) -> Entity | None:
    """The first person named between ``start`` and ``end``, not a word the model took for one
    ("Lundi, M. Wang…")."""
    return next((e for e in article.entities if e.label == "PERSON" and start <= e.start and e.end <= end
                 and not any(d.start < e.end and e.start < d.end for d in article.dates)
                 and (e.kind != "model" or " " in e.canonical)), None)


def _continuing(ref: Reference, previous, article: Article, places: bool = True) -> Reference:
    """"La veille, M. Attal s'était rendu à Berlin. Il y a été reçu par le chancelier…": a sentence
    that goes on from the one before with "il y" happens where and when that one did — its one
    day and its cities; with "ensuite" ("Il aura ensuite un entretien…", not ``places``) the
    day alone."""
    days = [d for d in article.dates if previous.start <= d.start and d.end <= previous.end
            and (places or (d.end_value or d.value) == d.value)]  # ("随后" after a span: after it)
    cities = [e for e in article.entities if previous.start <= e.start and e.end <= previous.end
              and e.label == "CITY"] if places else []
    if len(days) != 1 and not cities:
        return ref
    return replace(ref, dates=days if len(days) == 1 else ref.dates,
                   entities=[*ref.entities, *(c for c in cities if c not in ref.entities)])


def _speaker_of_others_talks(ref: Reference, article: Article, g) -> Entity | None:
    """"赵乐际表示，昨天，习近平主席同总统先生举行会谈": the speaker of a sentence
    (``speech_after_person``) who tells talks someone else held — another person named after the
    speech verb and before the cue, and no "我" (``first_person``) — is no party to them; nor is
    the speaker of a summit or forum told of, unless the speech says "we" or "this" one."""
    speech, me = g.data.get("speech_after_person"), g.data.get("first_person")
    if not speech or ref.cue.type == "VISIT":
        return None  # the speaker of a visit told is often its host ("普京表示，…习近平主席对俄进行国事访问")
    found = _speaker(ref, article, speech, (ref.sentence.start,))
    if found is None:
        return None
    speaker, quote_start = found
    said = article.text[quote_start:ref.clause_end]
    if quote_start > ref.cue.start or (me and re.search(me, said)):
        return None
    if ref.cue.type in ("SUMMIT", "FORUM"):
        # "王毅说，下月上合组织峰会将在比什凯克举行": who speaks of a summit is not said to attend
        # it — unless the speech says "we" ("我们") or the event is the one the remarks are made
        # at ("本次峰会", ``anaphora_before``)
        here = g.anaphora_before is not None and bool(g.anaphora_before.search(article.text[quote_start:ref.cue.start][-30:]))
        we = g.data.get("speaker_among")  # "我们", "我": the speaker among those who attend
        return None if here or (we and re.search(we, said)) else speaker
    others = [o for o in ref.entities if o.label == "PERSON" and o.canonical != speaker.canonical
              and quote_start <= o.start < ref.cue.start]
    return speaker if others else None


#: How far into a sentence or paragraph its speaker's name may start. Unit: characters.
SPEAKER_REACH = 8


def _speaker(ref: Reference, article: Article, speech: str, openings: tuple[int, ...]) -> tuple[Entity, int] | None:
    """The person who opens one of ``openings`` with a verb of saying (``speech_after_person``:
    "习近平指出，"), and where what they say begins."""
    for e in article.entities:
        if e.label != "PERSON" or not any(o <= e.start and e.start - o <= SPEAKER_REACH for o in openings):
            continue
        said = re.match(speech, article.text[e.end:ref.sentence.end])
        if said:
            return e, e.end + said.end()
    return None


def _reported_speech_parties(ref: Reference, told: list[Reference], article: Article, g) -> list[Entity]:
    """"习近平指出，去年，我同总统先生在撒马尔罕会晤": in what a person says (a sentence opening with
    that person and a speech verb: ``speech_after_person``), "我" (``first_person``) is the
    speaker and "总统先生" (``addressee``) the counterpart of the talks told first, the ones the
    remarks were made at; talks "with Mr President" or attended "together" (``together_words``)
    hold both."""
    speech, me, you = (g.data.get(k) for k in ("speech_after_person", "first_person", "addressee"))
    if not speech or not (me or you):
        return []
    # the speaker opens the sentence, or the paragraph a quote runs on in ("习近平指出，…。自我10年前
    # …。我此次对俄罗斯的国事访问…")
    paragraph = article.text.rfind("\n", 0, ref.sentence.start) + 1
    found = _speaker(ref, article, speech, (ref.sentence.start, paragraph))
    if found is None:
        return []
    speaker = found[0]
    clause = article.text[ref.clause_start:ref.clause_end]
    together = g.data.get("together_words")  # "共同出席": the speaker and the one addressed
    with_you = bool(you and re.search(you, clause)) or bool(together and re.search(together, clause))
    found = []
    addressed = re.search(you, clause) if you else None
    # "李强表示，…。习近平主席将同总理先生举行会晤": another person named before "Mr Prime Minister"
    # holds those talks, not the speaker
    other_holder = addressed is not None and not (me and re.search(me, clause)) and any(
        e.label == "PERSON" and e.canonical != speaker.canonical
        and ref.clause_start <= e.start and e.end <= ref.clause_start + addressed.start() for e in ref.entities)
    if ((me and re.search(me, clause)) or with_you) and not other_holder:
        found.append(speaker)
    if with_you:
        talks = next((r for r in told if r.cue.type == "MEETING" and r.sentence.start < ref.sentence.start
                      and any(e.label == "PERSON" and e.canonical == speaker.canonical for e in r.entities)), None)
        found += [e for e in (talks.entities if talks else []) if e.label == "PERSON"
                  and e.canonical != speaker.canonical and e.country and e.country != speaker.country]
    return found
