"""Events stage, step 2: triggers, the cue words of the four event types in one sentence.

In: a sentence's text and the grammar of its language. Out: ``Cue`` records in text order, each
with its type, the event's name and edition when the text gives them (``names``), and flags read
off the words around it: generic ("les sommets"), anaphoric ("ce sommet", "本次峰会"), indefinite
("un sommet"). Cues inside a title (《…》) or listed among frameworks are not triggers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import langdata
from ..candidates import has_cue
from ..syntax import descendants, introduced_by, sentence_parse
from ..records import Article, Sentence
from .grammar import EventGrammar, ordinal_value, to_int
from .names import _chinese_name, _french_name
from .offices import office_phrase_at, office_word


@dataclass(frozen=True)
class Cue:
    type: str
    kind: str
    start: int  # offsets into article.raw
    end: int
    name: str | None
    name_start: int
    name_end: int
    edition: int | None
    anaphoric: bool
    generic: bool
    surface: str = ""  # the cue word as written ("会晤", "forum")
    surface_before: str = ""  # the few characters before it ("此次", "cette ")
    surface_after: str = ""  # the few characters after it, up to a punctuation mark (" au téléphone")
    indefinite: bool = False  # "une conférence", "un sommet"






def find_cues(text: str, base: int, g: EventGrammar, entity_spans: list[tuple[int, int]],
              body_ends: tuple[tuple[int, int], ...] = ()) -> list[Cue]:
    """All event cues of one sentence. ``text`` is the sentence, ``base`` its offset in raw;
    ``body_ends``: (start, end) of the names of international organisations (offsets in raw)."""
    found: list[Cue] = []
    taken: list[tuple[int, int]] = []
    local_spans = [(s - base, e - base) for s, e in entity_spans]
    acting = g.data.get("acting_for_before")  # "代表联合国大会向…", "au nom de l'Assemblée générale"
    # (one joined search first: most sentences hold no cue word at all)
    for type_, kind, pattern in (g.cues if has_cue(text, g.language) else ()):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if text[:m.start()].count("《") > text[:m.start()].count("》"):
                continue  # inside a title: 《…大会》 is a programme, not a congress
            if kind != "verb" and g.office_after_cue and g.office_after_cue.match(text, m.end()):
                continue  # "会见联合国大会主席", "世界经济论坛主席施瓦布": the office of a person
            if kind != "verb" and acting and re.search(acting, text[:m.start()], re.IGNORECASE):
                continue  # "代表联合国大会向…表示慰问", "au nom de l'Assemblée générale": a body acting
            if kind == "noun" and _in_another_field(m.group(0), text, g):
                continue  # "près du sommet de Bray Head", "cette rencontre a inauguré le Super Rugby"
            taken.append((m.start(), m.end()))
            found.append(_make_cue(text, base, m, type_, kind, g, local_spans))
    # "韩正于5月10日至12日访问荷兰": a verb that is an event only with a place or a name for object,
    # right after it (the language's ``object_named_cues``; "访问网站" is no visit)
    for type_, pattern in g.object_cues:
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken) \
                    and any(s == m.end() for s, _ in local_spans):
                taken.append((m.start(), m.end()))
                found.append(_make_cue(text, base, m, type_, "verb", g, local_spans))
    # "联合国人权理事会高级别会议": a meeting word that follows an international body's name,
    # through the name of one of its councils (``body_named_cues``), is that body's gathering
    for type_, pattern in g.body_cues:
        for body_start, end in body_ends:
            m = pattern.match(text, end - base) if 0 <= end - base <= len(text) else None
            if m and m.end() > m.start() and not any(s < m.end() and m.start() < e for s, e in taken) \
                    and not (g.office_after_cue and g.office_after_cue.match(text, m.end())) \
                    and not (acting and re.search(acting, text[:max(0, body_start - base)], re.IGNORECASE)):
                taken.append((m.start(), m.end()))
                found.append(_make_cue(text, base, m, type_, "noun", g, local_spans))
    found.sort(key=lambda c: c.start)
    return found


def _in_another_field(cue_word: str, sentence: str, g: EventGrammar) -> bool:
    """Does the sentence speak of the field in which the cue word has another sense (the
    language's ``cue_sense_fields``: a "sommet" among slopes and altitudes is a mountain's, a
    "rencontre" among teams and scores a match), with no word of diplomacy (``unless``)?"""
    for sense in g.data.get("cue_sense_fields", ()):
        if re.fullmatch(sense["cue"], cue_word, re.IGNORECASE) \
                and re.search(sense["field"], sentence, re.IGNORECASE) \
                and not re.search(sense["unless"], sentence):
            return True
    return False


#: How far after a numbered meeting's word its heads of state may be named ("24e réunion du
#: Conseil des chefs d'État"). Unit: characters.
NUMBERED_MEETING_REACH = 60


def _make_cue(text: str, base: int, m: re.Match, type_: str, kind: str, g: EventGrammar,
              spans: list[tuple[int, int]]) -> Cue:
    start, end = m.start(), m.end()
    before = text[:start]
    name_span = None
    # "通过这一论坛", "此次峰会", "cette visite": a word right before the cue that points back at an
    # event told before
    pointing = g.anaphora_before is not None and bool(g.anaphora_before.search(before[-30:]))
    if kind == "named":
        name_span = (start, end)
        # "COP15 sur la biodiversité": keep the complement as part of the name
    elif kind == "noun":
        # a language says on which side of the cue word a name stands: "中国－中亚峰会" ends
        # with it, "Sommet Chine-Asie centrale" starts with it
        if g.data.get("name_side") == "before_cue":
            # a demonstrative right before the cue word leaves no name to read ("通过这一论坛")
            name_span = None if pointing else _chinese_name(text, start, end, g, spans)
        else:
            name_span = _french_name(text, start, end, 0, g, spans)
    name = text[name_span[0]:name_span[1]].strip() if name_span else None
    edition = None
    if g.data.get("edition_side") == "in_name":  # "第二届中国－中亚峰会"
        om = g.ordinal.search(name) if name and g.ordinal else None
        if om:
            edition = to_int(om.group(1), g.language)
    else:
        # the word just before the cue: "huitième Forum", "2e édition du Forum", "deuxième Sommet"
        prev = re.findall(r"([\w’'-]+)\s+$", before)
        if prev:
            edition = ordinal_value(prev[0], g)
            if edition == 1 and text[start:start + 1].islower():
                edition = None
        if edition is None and g.data.get("edition_of_pattern"):
            em = re.search(g.data["edition_of_pattern"], before, re.IGNORECASE)
            if em:
                edition = ordinal_value(em.group(1), g)
    if edition is None and name and g.edition_in_name:
        em = g.edition_in_name.search(name)
        if em:
            edition = to_int(em.group(1), g.language)
    series_meeting = g.data.get("numbered_meeting")
    if type_ == "MEETING" and kind == "noun" and edition and series_meeting:
        # "la 56e réunion des ministres des Affaires étrangères de l'ASEAN", "leur 36e réunion
        # ministérielle": a numbered meeting is one of a series, a forum — a summit when it is
        # of heads of state or government (``numbered_meeting``: ``leaders``)
        if name_span is None:
            name_span = (start, end)
            name = text[start:end].strip()
        after = text[start:start + NUMBERED_MEETING_REACH]
        type_ = "SUMMIT" if re.search(series_meeting["leaders"], after, re.IGNORECASE) else "FORUM"
    sector = g.data.get("sector_summit_words")
    if type_ == "SUMMIT" and name and sector and re.search(sector, name, re.IGNORECASE):
        # "中国—东盟商务与投资峰会", "中国新加坡金融峰会": a summit of a trade or a field, not of
        # heads of state, is a forum
        type_ = "FORUM"
    generic = False
    if g.plural_generic:
        # a count or "等" ending at the cue, also inside a name read with it ("领导人多次会晤")
        for pm in g.plural_generic.finditer(text):
            if pm.start() < end and start <= pm.end() and pm.end() >= end - 1:
                generic = True
    founded = g.data.get("founding_after")
    if founded and re.match(founded, text[end:end + 8]):
        generic = True  # "中非合作论坛成立25周年": the body founded, no one of its meetings
    cue_text = text[start:end].lower()
    plural = g.data.get("bare_plural_suffix")
    # (the noun is the cue's first word: "réunion à trois" is one meeting, "visites officielles" many)
    if plural and kind == "noun" and not name and cue_text.split()[0].endswith(plural) \
            and cue_text not in g.data.get("plural_exempt", []):
        # a bare plural cue ("les sommets", "des visites") speaks of no one event
        generic = True
    anaphoric = not name and pointing
    after_pattern = g.data.get("anaphora_after")
    if not name and after_pattern and not before.strip() and re.match(after_pattern, text[end:end + 6]):
        anaphoric = True
    return Cue(type=type_, kind=kind, start=base + start, end=base + end, name=name,
               name_start=base + name_span[0] if name_span else -1,
               name_end=base + name_span[1] if name_span else -1,
               edition=edition, anaphoric=anaphoric, generic=generic, surface=text[start:end],
               surface_before=before[-12:], surface_after=_words_after(text, end),
               indefinite=bool(g.indefinite_before and g.indefinite_before.search(before[-12:])))


def _words_after(text: str, end: int, width: int = 24) -> str:
    """The few characters after a cue, up to the first punctuation mark of the clause."""
    return re.split(r"[,.;:!?，。；：！？]", text[end:end + width], maxsplit=1)[0]


def _framework(before: str, g: EventGrammar) -> bool:
    """A name listed among frameworks ("au sein des cadres multilatéraux tels que l'OCS, le
    forum X"; "在上合组织、X论坛等框架内") names a mechanism, not a gathering."""
    pattern = g.data.get("framework_before")
    return bool(pattern and re.search(pattern, before[-160:], re.IGNORECASE))


def _framework_after(after: str, g: EventGrammar) -> bool:
    pattern = g.data.get("framework_after")
    return bool(pattern and re.match(pattern, after[:40]))


def verb_cues(article: Article, sentence: Sentence, g: EventGrammar) -> list[Cue]:
    """Triggers read from the parse (``Article.tokens``, syntax stage): a word the model tags as a
    verb whose form is one of the language's event verbs (``event_verbs``), in any tense, voice or
    mood: "s'apprêtait à rencontrer", "doit rencontrer", "se réunissent à Paris". A reflexive verb
    needs its reflexive pronoun ("s'entretenir"; "entretenir des routes" is no talks). A trip ("se
    rendre à") is not listed: the contract counts a visit only when the text reports it as a visit.
    Negations are the frames' business, as for every verb cue (``negation_before``, ``_around``)."""
    stems = _verb_stems(g.language)
    if not stems or not article.tokens:
        return []
    table = g.data["event_verbs"]["verbs"]
    tokens = article.tokens
    in_sentence, children = sentence_parse(tokens, sentence)
    found = []
    for i in in_sentence:
        token = tokens[i]
        # a word with an auxiliary is a verb, whatever its tag ("a téléphoné", tagged a noun)
        verbal = token.pos == "VERB" or any(tokens[j].dep.startswith("aux") for j in children.get(i, []))
        verb = next((v for stem, v in stems if token.form.startswith(stem)), None) if verbal else None
        if verb is None:
            continue
        info = table[verb]
        if any(tokens[j].dep == "det" for j in children.get(i, [])):
            continue  # "la rencontre de football": a noun the model took for a verb
        gathered = info.get("gathering") and i == in_sentence[0] and _fronted_plural_participle(i, tokens, children)
        if info.get("reflexive") and not gathered \
                and not any("Reflex=Yes" in tokens[j].morph for j in children.get(i, [])):
            continue  # (but "Réunis mardi à Sotchi, Poutine et Erdogan ont…": gathered, the subject's state)
        if info.get("reflexive") and _with_attribute(i, tokens, children):
            continue  # "se retrouvent bernés": a state the subject ends up in, no encounter
        if info.get("reciprocal") and not gathered and not _together(i, tokens, children, g):
            continue  # "Benoît s'est retrouvé au mauvais endroit": no one to meet
        if "with_preposition" in info and not _signed_with(i, info, tokens, children):
            continue
        if info.get("person_object") and not _acts_on_someone(i, tokens, children, g.language, article,
                                                              info.get("indirect_object", ())):
            continue  # "accueillir des migrants", "Souillac a accueilli X": no one received, no host
        found.append(Cue(type=info["type"], kind="verb", start=token.start, end=token.end, name=None,
                         name_start=-1, name_end=-1, edition=None, anaphoric=False, generic=False,
                         surface=article.text[token.start:token.end],
                         surface_before=article.text[max(sentence.start, token.start - 12):token.start],
                         surface_after=_words_after(article.text[:sentence.end], token.end)))
    return found


def _fronted_plural_participle(verb: int, tokens, children: dict[int, list[int]]) -> bool:
    """"Réunis mardi à Sotchi, Vladimir Poutine et Recep Tayyip Erdogan se sont entendus…": a plural
    past participle of a gathering verb (the caller checks it opens its sentence; the syntax stage
    parses from after a dateline), with no auxiliary, set off by a comma before the clause it
    depends on, says its subject met."""
    token = tokens[verb]
    if "VerbForm=Part" not in token.morph or "Tense=Past" not in token.morph:
        return False
    if any(tokens[j].dep.startswith("aux") for j in children.get(verb, [])):
        return False
    return token.head > verb and "Number=Plur" in token.morph \
        and any(t.form == "," for t in tokens[verb:token.head])


def _with_attribute(verb: int, tokens, children: dict[int, list[int]]) -> bool:
    """Does the verb take an adjective or participle as the subject's attribute ("se retrouvent
    bernés", "se retrouve isolé")?"""
    return any((tokens[j].dep == "xcomp" and "VerbForm=Part" in tokens[j].morph)
               or (tokens[j].dep in ("xcomp", "advmod") and tokens[j].pos == "ADJ")  # parsed either way
               for j in children.get(verb, []))


def _together(verb: int, tokens, children: dict[int, list[int]], g: EventGrammar) -> bool:
    """A reciprocal verb ("se retrouver") is an encounter only with a plural subject ("les deux
    ministres se sont retrouvés") or a partner ("s'est retrouvé avec son homologue")."""
    # the verb, its auxiliaries, the modal it depends on ("doivent se retrouver"), or the verbs
    # it hangs on and their subjects ("les dirigeants se sont réunis…, prévoyant de se retrouver")
    governing, at = [], verb
    while tokens[at].dep in ("xcomp", "advcl", "conj") and tokens[at].head != at and len(governing) < 4:
        at = tokens[at].head
        governing.append(at)
    plural = any("Number=Plur" in tokens[j].morph
                 for k in [verb, *governing] for j in [k, *children.get(k, [])]
                 if j == k or tokens[j].dep.startswith("aux") or (k != verb and tokens[j].dep == "nsubj"))
    # a partner is someone: a name or an office ("avec Xi Jinping", "avec son homologue"), not
    # what the subject ends up with ("se retrouve avec un candidat dissident")
    partner = any(introduced_by(j, tokens, children, g.data.get("comitative_prepositions", ()))
                  and (tokens[j].pos == "PROPN" or office_word(tokens[j].form, g.language))
                  for j in children.get(verb, []))
    return plural or partner


def _acts_on_someone(verb: int, tokens, children: dict[int, list[int]], language: str,
                     article: Article, indirect: tuple[str, ...] = ()) -> bool:
    """Are both sides of the verb people: whom it acts on (its object, the subject of its
    passive, or an object introduced by one of ``indirect``: "a téléphoné à Vladimir Poutine", "lui
    a téléphoné") a name or an office ("a accueilli son homologue turc", "a été accueilli"), and the
    one acting (its subject, or the agent of its passive) no place or organisation ("Souillac a
    accueilli X", "la Chine accueillera X": a host, no one to meet)?"""
    def label(j: int) -> str | None:
        return next((e.label for e in article.entities if e.start <= tokens[j].start < e.end), None)

    def one_word_someone(j: int) -> bool:  # the parser may tag a name VERB or X: the entities
        # decide; a pronoun stands for the person told before ("il sera reçu par…", "qui l'a reçu")
        return label(j) == "PERSON" or (label(j) is None and (
            tokens[j].pos in ("PROPN", "PRON") or office_word(tokens[j].form, language)
            or bool(people and re.fullmatch(people, tokens[j].form))))

    def someone(j: int) -> bool:  # "M. Barrot", "l'empereur Naruhito": the title heads the name
        # (but "le soutien du président": a thing of someone's)
        if one_word_someone(j):
            return True
        below = children.get(j, [])
        return any(tokens[k].dep in ("flat:name", "appos") and one_word_someone(k) for k in below) or \
            office_phrase_at(article.text, tokens[j].start, language) or \
            (office_word(tokens[j].form, language) and any(
                tokens[k].dep == "nmod" and (label(k) == "PERSON" or tokens[k].pos == "PROPN") for k in below))

    people = langdata.load("events", language).get("people_nouns")  # "une délégation", "l'émissaire"

    sides = children.get(verb, [])
    received = [j for j in sides if tokens[j].dep in ("obj", "nsubj:pass")
                or (indirect and (tokens[j].dep == "iobj" or introduced_by(j, tokens, children, indirect)
                                  or introduced_by(j, tokens, children, indirect, "nmod")
                                  or _opens_with(j, indirect, tokens, children)))]
    hosts = [j for j in sides if tokens[j].dep in ("nsubj", "obl:agent")]
    passive = any(tokens[j].dep == "aux:pass" for j in sides)
    if not received and tokens[verb].dep == "xcomp" and passive:
        # "le ministre doit être reçu par…": the subject of the verb it depends on (but "a dit
        # accueillir avec scepticisme les accusations": an active verb with no object receives no one)
        received = [j for j in children.get(tokens[verb].head, []) if tokens[j].dep == "nsubj"]
        hosts = [j for j in hosts if tokens[j].dep == "obl:agent"] if passive else hosts
    if not received and passive and any(tokens[j].dep == "obl:agent" and someone(j) for j in sides):
        # "Narendra Modi, qui effectue …, a été reçu jeudi par Joe Biden", the name parsed as a verb
        # and no subject left: the person who opens the clause is who was received
        # ("Le Premier ministre indien Narendra Modi sera reçu…", the name taken for the main verb:
        # the office's words before it are no subject either)
        words = sorted({verb, *children, *(k for ks in children.values() for k in ks)})
        opening = next((j for j in words if j < verb and tokens[j].pos not in ("PUNCT", "DET", "ADP", "NOUN", "ADJ")), None)
        received = [opening] if opening is not None and label(opening) == "PERSON" else []
    return any(someone(j) for j in received) and all(someone(j) for j in hosts)


def _opens_with(head: int, words, tokens, children: dict[int, list[int]]) -> bool:
    """Does the phrase under ``head`` open with one of ``words``, however the parser hung the words
    inside it ("a téléphoné lundi au chancelier allemand Olaf Scholz", the name taken for the head
    and the preposition hung on the office)?"""
    first = min([head, *descendants(head, children)])
    return first < head and tokens[first].form in words


def _signed_with(verb: int, info: dict, tokens, children: dict[int, list[int]]) -> bool:
    """A verb that makes an encounter only with a partner and an object of the right kind ("a
    signé avec le Maroc trois accords", not "a signé avec le club un contrat"): an oblique child
    introduced by one of ``with_preposition`` and, anywhere below the verb (the parser may hang
    the object on the partner), a noun matching ``object_pattern``."""
    if not any(introduced_by(j, tokens, children, info["with_preposition"]) for j in children.get(verb, [])):
        return False
    pattern = re.compile(info["object_pattern"])
    return any(tokens[j].pos == "NOUN" and pattern.fullmatch(tokens[j].form) for j in descendants(verb, children))


@lru_cache(maxsize=None)
def _verb_stems(language: str) -> tuple[tuple[str, str], ...]:
    """(stem, verb) of the language's event verbs, longest stem first."""
    table = langdata.load("events", language).get("event_verbs", {}).get("verbs", {})
    return tuple(sorted(((stem, verb) for verb, info in table.items() for stem in info["stems"]),
                        key=lambda x: -len(x[0])))
