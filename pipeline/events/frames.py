"""Events stage, step 3: frames, each a trigger with its arguments.

In: an Article with sentences, entities and dates, and the cues of one sentence. Out: one
``Reference`` per cue: the clause of the sentence that belongs to it (between the clause breaks that
separate it from the other cues), the entities and dates of that clause, and the clause's tense.
Dates that belong to what someone says, or to another clause, are left out; ``pick_date`` chooses
the frame's date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .. import langdata
from ..candidates import has_cue
from ..dates import infer_tense
from ..records import Article, DateValue, Entity, Sentence
from ..syntax import descendants, in_adverbial_clause, sentence_parse, subordinate_span, token_children
from ..timex import SPECIFICITY, days_between
from .grammar import EventGrammar, dateline_span, ordinal_value, to_int
from .grammar import grammar as grammar_of
from .offices import _bare_office_holders, _office_holders, office_word, officials
from .triggers import Cue, _framework, _framework_after, find_cues, verb_cues


@dataclass
class Reference:
    cue: Cue
    sentence: Sentence
    clause_start: int
    clause_end: int
    language: str
    entities: list[Entity]
    dates: list[DateValue]
    tense: str | None
    embedded: bool = False  # inside a modifier of another event's participant ("来华出席X的")
    destination: str = ""  # the one state of a visit split from a list ("访问坦桑尼亚和莱索托")
    day_of: int = 0  # the day of the event its date is: 2 for "au deuxième jour de", LAST_DAY; 0 unsaid


#: ``Reference.day_of`` of a frame dated by the event's last day ("pour la dernière journée du sommet").
LAST_DAY = -1


def _date_rank(d: DateValue) -> tuple:
    """Higher is better: a full date beats a month beats a year; a stated date beats a resolved one;
    a range beats a single day."""
    precision = len(d.value.replace("X", "")) if d.value else 0
    return (SPECIFICITY.get(len(d.value), 0), not _whole_week(d), d.source == "explicit", d.end_value != d.value,
            "X" not in d.value, precision)


def one_day(d: DateValue | None) -> bool:
    """Is the date one full day, known to the day ("2024-10-22", not a range, a month or "XXXX-…")?"""
    return d is not None and len(d.value) == 10 and "X" not in d.value and (d.end_value or d.value) == d.value


def _whole_week(d: DateValue) -> bool:
    """A week read as its seven days ("la semaine prochaine", "下周"): less precise than any day or
    days it holds ("la semaine prochaine, les 8 et 9 juillet")."""
    if not d.end_value or len(d.value) != 10 or len(d.end_value) != 10 or "X" in d.value + d.end_value:
        return False
    return (dt.date.fromisoformat(d.end_value) - dt.date.fromisoformat(d.value)).days == 6


def pick_date(dates: list[DateValue]) -> DateValue | None:
    if not dates:
        return None
    best = max(_date_rank(d) for d in dates)
    for d in dates:  # first in text order among the best
        if _date_rank(d) == best:
            return d
    return None


PAIRED_SURNAMES = re.compile(r"\b([A-ZÀ-Ý][\w'’]+)[-–]([A-ZÀ-Ý][\w'’]+)\b")


def _paired_surnames(article: Article, text: str, base: int, cue: Cue, present: list[Entity]) -> list[Entity]:
    """"rencontre Poutine-Macron", "face-à-face Pompeo-Yang": two surnames joined by a hyphen just
    after a talks word are its participants; each is linked to a person of the document whose name
    ends with it."""
    after = text[cue.end - base:cue.end - base + 40]
    m = PAIRED_SURNAMES.match(after.lstrip())
    if not m:
        return []
    persons = [e for e in article.entities if e.label == "PERSON" and " " in e.text.strip()]
    found = []
    have = {e.canonical for e in present}
    for surname in m.groups():
        person = next((p for p in persons if p.text.strip().endswith(" " + surname)
                       or p.canonical.endswith(" " + surname)), None)
        if person is not None and person.canonical not in have:
            found.append(person)
            have.add(person.canonical)
    return found


def _outcome_of_series(cue: Cue, after: str, g: EventGrammar, ents: list[Entity]) -> bool:
    """"落实中非合作论坛成果", "les acquis du Forum": a series named for its outcomes, with no year,
    edition or place of its own, is the mechanism, not one of its meetings (``outcome_after``) —
    but "中非合作论坛北京峰会成果" names one meeting by its city."""
    pattern = g.data.get("outcome_after")
    return bool(pattern and cue.name and not cue.edition and not re.search(r"\d", cue.name)
                and not any(e.label == "CITY" and cue.name_start <= e.start and e.end <= cue.name_end for e in ents)
                and re.match(pattern, after[:12]))


def _dates_linked_back(article: Article, g: EventGrammar, sentence: Sentence, text: str) -> list[DateValue]:
    """"M. Xi a fait ces remarques lors de sa rencontre…": the sentence points back at the one
    before, whose date ("a affirmé lundi") is the event's when that sentence has no event of its own."""
    pattern = g.data.get("previous_sentence_link")
    if not pattern or not re.search(pattern, text[:80], re.IGNORECASE):
        return []
    previous = None
    for other in article.sentences:
        if other.end <= sentence.start:
            previous = other
    if previous is None or has_cue(article.text[previous.start:previous.end], previous.language):
        return []
    return [d for d in article.dates if previous.start <= d.start and d.end <= previous.end]


def _day_of_the_event_before(article: Article, g: EventGrammar, sentence: Sentence) -> list[DateValue]:
    """"开幕式后，丁薛祥会见了…", "À l'issue de la cérémonie d'ouverture, X a rencontré Y": a sentence
    that opens right after (or before) an act of a gathering (``after_gathering_act``) is on the
    day of the last summit or forum told before it with one day named, within a few sentences."""
    pattern = g.data.get("after_gathering_act")
    if not pattern or not re.match(pattern, article.text[sentence.start:sentence.end], re.IGNORECASE):
        return []
    before = [s for s in article.sentences if s.end <= sentence.start][-GATHERING_LOOKBACK_SENTENCES:]
    for other in reversed(before):
        # (a day the gathering lasts until, "将持续至28日", bounds it: ``_date_blocked``)
        days = [d for d in article.dates if other.start <= d.start and d.end <= other.end
                and len(d.value) == 10 and "X" not in d.value and d.end_value in (None, d.value)
                and not _date_blocked(article.text, d, g)]
        if days and any(type_ in ("SUMMIT", "FORUM") and pattern.search(article.text, other.start, other.end)
                        for type_, _, pattern in g.cues):
            return days[:1] if len({d.value for d in days}) == 1 else []
    return []


#: How many sentences back the gathering an act is told after may stand. Unit: sentences.
GATHERING_LOOKBACK_SENTENCES = 12


#: How far after an event's cue the end of the modifier holding it may stand ("来华出席…论坛的").
#: Unit: characters.
MODIFIER_REACH = 30


def _embedded(text: str, base: int, cues: list[Cue], index: int, g: EventGrammar) -> bool:
    """A cue inside a modifier of a later cue's participant ("同来华出席峰会并进行国事访问的
    托卡耶夫会谈"): the sentence's dates belong to the later, main event."""
    marker = g.data.get("modifier_end")
    if not marker or len(cues) < 2:
        return False
    # "分别会见来华访问的X和出席论坛的Y": a meeting verb whose object the modifiers describe is the
    # sentence's main event; the modifiers open after it, before the next cue
    main_verb = cues[index].kind == "verb" and cues[index].type == "MEETING" and index + 1 < len(cues) \
        and not re.search(marker, text[cues[index].end - base:cues[index + 1].start - base])
    if index + 1 < len(cues) and not main_verb:
        between = text[cues[index].end - base:cues[-1].start - base]
        if re.search(marker, between) and not g.clause_break.search(between):
            return True
    # "会见来华出席高峰论坛的刚果（布）总统萨苏": the talks told before, the modifier closing after
    # the cue, within its clause
    return index > 0 and any(c.kind == "verb" and c.type == "MEETING" for c in cues[:index]) \
        and _modifier_closing(text, cues[index].end - base, g) >= 0


def _came_to(text: str, place: Entity, g: EventGrammar) -> bool:
    """Is a place right after a verb of coming to it (``came_to_verbs``: "来京", "抵沪")?"""
    verbs = g.data.get("came_to_verbs")
    return bool(verbs) and re.search(f"(?:{verbs})$", text[max(0, place.start - 3):place.start]) is not None


def _describes_its_visitor(text: str, cue: Cue, g: EventGrammar) -> bool:
    """Does a visit's modifier close right after it, in its clause, before a noun ("正在越南进行国事访问的
    习近平", "到访基辅的布林肯"): the visit describes the person the sentence is about?"""
    closed = _modifier_closing(text, cue.end, g)
    # (a noun follows: not "朔尔茨是14日抵达重庆，开始对中国进行正式访问的。", a 是…的 sentence)
    return closed >= 0 and re.match(r"\w", text[closed:closed + 1]) is not None


def _modifier_closing(text: str, cue_end: int, g: EventGrammar) -> int:
    """Where the modifier a cue ending at ``cue_end`` stands in closes (after its ``modifier_end``
    word, within the cue's clause: "来华出席…论坛的"), or -1."""
    marker = g.data.get("modifier_end")
    if not marker:
        return -1
    after = text[cue_end:cue_end + MODIFIER_REACH]
    closing = re.search(marker, after)
    if closing is None or g.clause_break.search(after[:closing.start()]):
        return -1
    return cue_end + closing.end()


def clause_around(text: str, sentence: Sentence, start: int, end: int, g: EventGrammar) -> tuple[int, int]:
    """The clause of its sentence that holds ``start``–``end``: from after the last clause break
    before it to the first one after it."""
    breaks = list(g.clause_break.finditer(text, sentence.start, start))
    after = g.clause_break.search(text, end, sentence.end)
    return (breaks[-1].end() if breaks else sentence.start), (after.start() if after else sentence.end)


def _modifier_span(text: str, base: int, cues: list[Cue], index: int, g: EventGrammar) -> tuple[int, int]:
    """The part of the sentence an embedded cue's own modifier and participant hold when modifiers
    are coordinated ("会见来华访问的X和来华出席论坛的Y": the visit is X's, the forum Y's): from the
    coordinator after the previous modifier's closing word to the one after its own."""
    marker, joiner = g.data.get("modifier_end"), g.data.get("modifier_coordinator")
    lo, hi = base, base + len(text)
    if not marker or not joiner:
        return lo, hi
    # (only before another modifier: "…国事访问的越共中央总书记、国家主席苏林共同会见" lists the
    # visitor's offices before the main verb)
    if index + 1 < len(cues) and re.match(marker, text[max(cues[index + 1].end, cues[index + 1].name_end) - base:]):
        region = text[cues[index].end - base:cues[index + 1].start - base]
        closing = re.search(marker, region)
        joined = re.search(joiner, region[closing.end():]) if closing else None
        if joined:
            hi = cues[index].end + closing.end() + joined.start()
    if index > 0:
        region = text[cues[index - 1].end - base:cues[index].start - base]
        closing = re.search(marker, region)
        joined = list(re.finditer(joiner, region[closing.end():])) if closing else []
        if joined:
            lo = cues[index - 1].end + closing.end() + joined[-1].end()
    return lo, hi


#: How far after a plural visit word its list of destinations may run. Unit: characters.
DESTINATIONS_REACH = 80


def _visits_listed(article: Article, cue: Cue, ents: list[Entity], g: EventGrammar) -> bool:
    """"des visites officielles au Kenya, en Tanzanie et en Éthiopie": a plural visit word followed
    by the states it goes to, each after a place preposition, speaks of one visit each (not of
    visits in general)."""
    if cue.type != "VISIT":
        return False
    preps = g.data.get("place_prepositions", ())
    stop = re.search(r"[.;:!?]", article.text[cue.end:cue.end + DESTINATIONS_REACH])
    limit = cue.end + (stop.start() if stop else DESTINATIONS_REACH)
    places = [e for e in ents if e.label in ("COUNTRY", "CITY") and e.kind != "demonym" and cue.end <= e.start < limit
              and any(re.search(rf"(?:^|\W){re.escape(p)}\W*$", article.text[max(0, e.start - 6):e.start].lower())
                      for p in preps)]
    return len({e.country or e.entity_id for e in places}) >= 2


def _verb_tense(article: Article, sentence: Sentence, parse: SentenceParse, cue: Cue, g: EventGrammar) -> str | None:
    """The tense of a verb cue from the parse's morphology, where the language's data asks for it
    (``future_modals``): a participle with a tense auxiliary is done ("a été reçu", "s'est
    entretenu", "avait rencontré"; "aura reçu" to come), a finite verb tells its own tense
    ("rencontrera", "rencontrait"), a passive its auxiliary's ("sera reçu"), an infinitive that of
    the modal it depends on ("doit rencontrer", "va rencontrer": to come). None for a present or a
    conditional, which the clause's words resolve — as they do a verb in quoted words."""
    modals = g.data.get("future_modals")
    tokens = article.tokens
    if not modals or cue.kind != "verb" or not tokens or _quoted_at(
            article.text[sentence.start:sentence.end], cue.start - sentence.start):
        return None
    in_sentence, children = parse
    verb = next((i for i in reversed(in_sentence) if cue.start <= tokens[i].start < cue.end and tokens[i].pos == "VERB"), None)
    if verb is None:
        return None

    def tense_of(i: int) -> str | None:
        morph = tokens[i].morph
        if "Mood=Cnd" in morph or "Mood=Sub" in morph:
            return None
        return "future" if "Tense=Fut" in morph else "past" if ("Tense=Imp" in morph or "Tense=Past" in morph) else None

    kids = children.get(verb, [])
    auxiliary = [k for k in kids if tokens[k].dep == "aux:tense"]
    passive = [k for k in kids if tokens[k].dep == "aux:pass"]
    if auxiliary and "VerbForm=Part" in tokens[verb].morph:
        return "future" if tense_of(auxiliary[0]) == "future" else None if "Mood=Cnd" in tokens[auxiliary[0]].morph else "past"
    if passive:
        return tense_of(passive[0])
    if "VerbForm=Fin" in tokens[verb].morph:
        return tense_of(verb)
    head = tokens[verb].head
    if tokens[verb].dep == "xcomp" and head != verb and re.fullmatch(modals, tokens[head].form):
        return "future"
    return None


def _subject_spans(article: Article, parse: SentenceParse, cue: Cue, clause_start: int) -> list[tuple[int, int]]:
    """The text spans of a verb cue's subject (``nsubj``, ``nsubj:pass``) that stand before the
    clause the cue's comma bounds open ("Le numéro un chinois, qui effectue …, avait été reçu"),
    without the clauses that qualify it (a relative clause tells its own acts); none for a pronoun,
    whose antecedent the counterpart steps find."""
    tokens = article.tokens
    if not tokens:
        return []
    in_sentence, children = parse
    verb = next((i for i in in_sentence if cue.start <= tokens[i].start < cue.end), None)
    if verb is None:
        return []
    # "doit être reçu": the subject hangs on the modal the verb depends on
    heads = [verb]
    while tokens[heads[-1]].dep == "xcomp" and tokens[heads[-1]].head != heads[-1] and len(heads) < 3:
        heads.append(tokens[heads[-1]].head)
    spans = []
    for j in [k for h in heads for k in children.get(h, [])]:
        if tokens[j].dep not in ("nsubj", "nsubj:pass") or tokens[j].pos == "PRON" or tokens[j].start >= clause_start:
            continue
        qualifying = {k for c in children.get(j, []) if tokens[c].dep in CLAUSE_DEPS or tokens[c].dep.startswith("acl")
                      for k in [c, *descendants(c, children)]}
        words = [k for k in [j, *descendants(j, children)] if k not in qualifying]
        spans.append((min(tokens[k].start for k in words), max(tokens[k].end for k in words)))
    return spans


def _clause_bounds(text: str, base: int, cues: list[Cue], index: int, g: EventGrammar,
                   coordinations: tuple[int, ...] = ()) -> tuple[int, int]:
    """The part of the sentence that belongs to cue ``index``: from the boundary with the
    previous cue to the boundary with the next one. A boundary is the last comma or clause word
    between two cues; cues with no such break between them share the text ("习近平同来华进行国事
    访问的托卡耶夫会谈": the talks and the visit have the same participants)."""
    start, end = base, base + len(text)
    for j in range(index - 1, -1, -1):
        cut = _boundary(text, base, cues[j], cues[j + 1], g, coordinations)
        if cut is not None:
            start = cut
            break
    for j in range(index + 1, len(cues)):
        cut = _boundary(text, base, cues[j - 1], cues[j], g, coordinations)
        if cut is not None:
            end = _through_apposition(text, base, cues[j - 1], cues[j], cut, g)
            break
    return start, end


def _through_apposition(text: str, base: int, left: Cue, right: Cue, cut: int, g: EventGrammar) -> int:
    """"Lors de leur dernière rencontre, à Bali en novembre 2022 en marge du sommet du G20": a comma
    right after a cue opens an apposition that places and dates it, up to the words that introduce
    the event around it (``margin_before``); both share that text."""
    pattern = g.data.get("margin_before")
    head_end = max(left.end, left.name_end) - base
    if not pattern or text[head_end:cut - base].strip():
        return cut
    margin = re.search(pattern, text[cut - base:(right.name_start if right.name_start >= 0 else right.start) - base],
                       re.IGNORECASE)
    return cut + margin.start() if margin else cut


def _boundary(text: str, base: int, left: Cue, right: Cue, g: EventGrammar,
              coordinations: tuple[int, ...] = ()) -> int | None:
    lo = left.end - base
    hi = (right.name_start if right.name_start >= 0 else right.start) - base
    breaks = [m.start() for m in g.clause_break.finditer(text, lo, max(lo, hi))]
    breaks += [c - base for c in coordinations if lo <= c - base < hi]
    return base + max(breaks) if breaks else None


def _coordinations(article: Article, sentence: Sentence) -> tuple[int, ...]:
    """Where a verb coordinated with another begins its clause ("sera reçu par Xi Jinping | et
    s'entretiendra avec Li Qiang"): the offsets of the conjunctions of coordinated verbs."""
    tokens = article.tokens
    return tuple(t.start for t in tokens if sentence.start <= t.start < sentence.end and t.dep == "cc"
                 and tokens[t.head].dep == "conj" and tokens[t.head].pos == "VERB")


#: How far after a gathering verb the summit or forum it is held for may stand. Unit: characters.
GATHERING_REACH = 40


def make_references(article: Article, g: EventGrammar, sentence: Sentence) -> list[Reference]:
    text = article.text[sentence.start:sentence.end]
    parse = sentence_parse(article.tokens, sentence)  # read by the parse-based tests below
    ents = [e for e in article.entities if sentence.start <= e.start and e.end <= sentence.end]
    spans = [(e.start, e.end) for e in ents]
    # a cue inside a known organisation's name ("Conférence pour l'interaction…" = CICA) is not an
    # event; the model's ORG spans are not trusted for this (it often tags event names as ORG)
    org_spans = [(e.start, e.end) for e in ents if e.label == "ORG" and e.kind == "alias"]
    worded = find_cues(text, sentence.start, g, spans,
                       tuple((e.start, e.end) for e in ents if e.label == "ORG" and e.kind == "alias"))
    # verbs the parse recognises, where no cue word already stands
    parsed = [c for c in verb_cues(article, sentence, g)
              if not any(w.type == c.type and w.start < c.end + 12 and c.start < w.end + 12 for w in worded)
              and not any(w.start < c.end and c.start < w.end for w in worded)]
    # "se retrouveront en novembre pour un sommet": a gathering verb whose purpose (the language's
    # ``purpose_before``) is the summit or forum right after it tells that event, not talks of
    # its own (but "se retrouvaient au sommet de l'APEC": talks held at the summit)
    gathering, purpose = g.data.get("gathering_verb"), g.data.get("purpose_before")
    parsed = [c for c in parsed if not (gathering and purpose and c.type == "MEETING"
                                        and re.match(gathering, c.surface, re.IGNORECASE)
                                        and any(w.type in ("SUMMIT", "FORUM") and 0 <= w.start - c.end <= GATHERING_REACH
                                                and re.search(purpose, article.text[c.end:w.start], re.IGNORECASE)
                                                and not g.clause_break.search(article.text, c.end, w.start)
                                                for w in worded))]
    negation = g.data.get("negation_before")
    negated_noun = g.data.get("negation_before_noun")  # "pas de rencontre", "aucun sommet"
    around = g.data.get("negation_around")  # a negation in two words around the verb
    repeated = g.data.get("repeated_after_verb")
    prohibited = g.data.get("prohibition_before")  # "a interdiction de rencontrer", "不得会见"
    someday = g.data.get("someday_after_verb")
    wished = g.data.get("willing_before")  # "prêt à rencontrer", "souhaite rencontrer", "愿意…会晤"
    state = g.data.get("state_after_verb")  # "se sont retrouvés au cœur d'une polémique": a state
    # "Une rencontre … n'est pas exclue", "…n'était toujours pas confirmée": a meeting said not to be
    # ruled out or not confirmed is no event reported
    worded = [c for c in worded if not _unconfirmed(article, parse, c, g)]
    worded = [c for c in worded if not _summarised(article, sentence, c, g)]
    parsed = [c for c in parsed if not _summarised(article, sentence, c, g)]
    cues = [c for c in sorted(worded + parsed, key=lambda c: c.start)
            if not (negation and c.kind == "verb" and re.search(
                negation, article.text[max(sentence.start, c.start - 24):c.end], re.IGNORECASE))
            and not (around and c.kind == "verb" and re.search(  # "ne rencontrera pas": "pas" follows
                around, article.text[max(sentence.start, c.start - 6):min(sentence.end, c.end + 15)],
                re.IGNORECASE))
            and not (prohibited and c.kind == "verb" and re.search(
                prohibited, article.text[max(sentence.start, c.start - 90):c.start], re.IGNORECASE))
            # "se dit prêt à rencontrer un jour X", "仍愿意与普京会晤", "愿尽快来华访问": a wish, no
            # event (a summit or forum wished success is one: "souhaite que le sommet réussisse")
            and not (wished and (c.kind == "verb" or (c.kind == "noun" and c.type in ("MEETING", "VISIT")))
                     and not _told_by_its_outcome(article.text, c, g)
                     and re.search(
                wished, article.text[max(sentence.start, c.start - 40):c.start], re.IGNORECASE))
            # "de rencontrer un jour Kim Jong-un": some day, no event
            and not (someday and c.kind == "verb" and re.match(
                someday, article.text[c.end:min(sentence.end, c.end + 30)], re.IGNORECASE))
            # "se sont rencontrés à plusieurs reprises": many talks, no one of them
            and not (repeated and c.kind == "verb" and re.search(
                repeated, article.text[c.end:min(sentence.end, c.end + 40)], re.IGNORECASE))
            and not (state and c.kind == "verb" and re.search(
                state, article.text[c.end:min(sentence.end, c.end + 40)], re.IGNORECASE))
            and not (negated_noun and c.kind == "noun" and re.search(
                negated_noun, article.text[max(sentence.start, c.start - 40):c.start], re.IGNORECASE))
            # (a series' own name, "le G20 s'ouvre", is the event even where the body is an
            # organisation of the alias table)
            and not (c.kind != "named" and any(s <= c.start and c.end <= e for s, e in org_spans))
            # "欢迎特朗普再次访华", "a invité X à effectuer une visite": an invitation, no visit yet
            and not (c.type == "VISIT" and g.data.get("invited_before") and re.search(
                g.data["invited_before"], article.text[max(sentence.start, c.start - 40):c.start], re.IGNORECASE))
            # "何立峰会见…": a cue that starts inside a person's name is read across it
            and not any(e.label == "PERSON" and e.start < c.start < e.end for e in ents)
            and not _framework(text[:c.start - sentence.start], g)
            and not _framework_after(text[c.end - sentence.start:], g)
            and not _outcome_of_series(c, text[max(c.end, c.name_end) - sentence.start:], g, ents)]
    # a cue word inside another event's name is part of that name: "中非合作论坛峰会" is the
    # summit of the forum, one event; "le sommet du Forum de Boao" likewise
    cues = [c for c in cues if not any(o is not c and o.name and o.name_start <= c.start
                                       and c.end <= o.name_end and (o.end - o.start) >= 1
                                       and not (o.start <= c.start and c.end <= o.end) for o in cues)]
    # "un sommet en visioconférence", "une réunion par téléphone": the medium of the event
    # before it, not talks of their own
    remote = g.data.get("remote_pattern")
    # (before the cue kept or not: "se sont parlé à plusieurs reprises par téléphone ou par
    # visioconférence" are repeated talks and their medium, no talks of their own)
    told = sorted(worded + parsed, key=lambda c: c.start)
    medium = re.compile(f"(?:{remote}).*", re.IGNORECASE) if remote else None
    cues = [c for c in cues if not (
        medium and c.type == "MEETING" and medium.fullmatch(c.surface)
        and any(o.end <= c.start and c.start - o.end <= 60 and not g.clause_break.search(article.text, o.end, c.start)
                and not medium.fullmatch(o.surface) for o in told))]
    joiner = g.data.get("combined_event_joiner")  # "第22届中国—东盟博览会暨…商务与投资峰会": one event
    if joiner:
        cues = [c for k, c in enumerate(cues) if not (k > 0 and cues[k - 1].type in ("SUMMIT", "FORUM")
                and c.type in ("SUMMIT", "FORUM") and re.search(
                    joiner, article.text[cues[k - 1].end:(c.name_start if c.name_start >= 0 else c.start)]))]
    if not cues:
        return []
    # clause boundaries matter only between two cues of one sentence
    coordinations = _coordinations(article, sentence) if len(cues) > 1 and article.tokens else ()
    link_back = _dates_linked_back(article, g, sentence, text)
    filed = dateline_span(article.text, sentence.start, g, "date")  # "MOSCOU, 4 juin (Xinhua) --"

    def usable(d: DateValue) -> bool:  # no bound of something else, no filing day
        return not _date_blocked(article.text, d, g) and not (filed and filed[0] <= d.start and d.end <= filed[1])

    relatives = g.data.get("place_relatives", ())
    subordinate = {c.start: subordinate_span(article.tokens, c.start, sentence, relatives)
                   for c in cues if c.kind == "verb"}
    # (talks in a clause of place, "où il doit s'entretenir…", share its time but are not the
    # sentence's main act)
    dependent = {c.start: subordinate_span(article.tokens, c.start, sentence)
                 for c in cues if c.kind == "verb" and c.type == "MEETING"}
    refs = []
    for i, cue in enumerate(cues):
        if cue.generic and not _visits_listed(article, cue, ents, g):
            continue
        c_start, c_end = _clause_bounds(text, sentence.start, cues, i, g, coordinations)
        cut_pattern = g.data.get("clause_cut_after")
        if cut_pattern:
            # "中方支持俄方办好X会晤，愿同俄方在联合国…框架内": what follows is another matter
            cut = re.compile(cut_pattern).search(article.text, cue.end, c_end)
            if cut:
                c_end = cut.start()
        # entities inside another event's name ("出席中国－中亚峰会" in a sentence about talks)
        # belong to that event, not to this one
        other_names = [(c.name_start, c.name_end) for j, c in enumerate(cues) if j != i and c.name]
        clause_ents = [e for e in ents if c_start <= e.start and e.end <= c_end
                       and not any(a <= e.start and e.end <= b for a, b in other_names)]
        if cue.kind == "verb":
            # "Le numéro un chinois, qui effectue … une visite d'État en Suisse, avait été reçu lundi
            # par Mme Leuthard": the verb's subject stands before the relative clause that ends
            # at the clause break; its words (not the relative clause's) are the verb's
            clause_ents += [e for e in ents if e not in clause_ents and any(
                lo <= e.start and e.end <= hi for lo, hi in _subject_spans(article, parse, cue, c_start))]
        point = g.data.get("time_point_after_cue")
        if point and cue.type == "MEETING" and not article.text[sentence.start:cue.start].strip("　 ") \
                and re.match(point, article.text[cue.end:c_end]) and article.text.find(cue.surface, 0, sentence.start) >= 0:
            # "会谈前，习近平和夫人彭丽媛为X和王后Y举行欢迎仪式": talks told before, here only timing
            # another act; whoever does it is not said to hold them
            clause_ents = [e for e in clause_ents if e.label != "PERSON"]
        spoken_by = g.data.get("speaker_before_person")
        if spoken_by and cue.type in ("SUMMIT", "FORUM"):
            # "Le sommet a écrit un nouveau chapitre, a indiqué M. Qin": who speaks of a summit or a
            # forum is not said to attend it
            clause_ents = [e for e in clause_ents if not (e.label == "PERSON" and re.search(
                spoken_by, article.text[max(sentence.start, e.start - 70):e.start], re.IGNORECASE))]
        # "la guerre en Ukraine", "la situation à Gaza": what is talked about, neither party nor venue
        clause_ents = [e for e in clause_ents if not (e.label in ("COUNTRY", "CITY") and _topic(e, article))]
        if cue.type == "MEETING":
            clause_ents += _paired_surnames(article, text, sentence.start, cue, clause_ents)
        if cue.type == "MEETING":
            clause_ents += _pair_named_before(article, sentence, c_start, c_end, cue, clause_ents, g)
        # an office named by its country stands for its holder, at talks and visits as at summits
        # ("les présidents américain et russe, qui se retrouvaient au sommet de l'APEC")
        clause_ents += _office_holders(article, clause_ents, g)
        # at a summit or forum also the one person the document names who held that office then
        # (by the table of terms); not at talks, whose other party is often a group of one's own
        # country ("le chef de l'Etat s'entretiendra avec les membres du Conseil scientifique")
        clause_ents += _bare_office_holders(article, c_start, c_end, clause_ents, g,
                                            by_terms=cue.type in ("SUMMIT", "FORUM", "VISIT"))
        dates = [d for d in article.dates if c_start <= d.start and d.end <= c_end and usable(d)]
        marker = g.data.get("complement_marker")
        if marker:
            # "Qin Gang a déclaré vendredi que le sommet…": the date is the statement's and the
            # speaker reports on the summit; neither belongs to it
            dates = [d for d in dates if not (d.end <= cue.start and re.search(
                marker, article.text[d.end:cue.start], re.IGNORECASE))]
            # "A l'ouverture du Sommet, M. Issoufou avait rappelé qu'en 2012…": a date inside what
            # someone says at the event is not the event's
            # — but "le sommet que la Chine accueillera le 5 mai": a "que" right after the event's
            # noun (or name) opens a relative clause about the event, whose date is the event's
            head_end = max(cue.end, cue.name_end)
            # — unless a verb of saying comes before the event ("Li Qiang a assuré mardi au Forum
            # de Davos que l'économie avait progressé … en 2023"): then "que" opens what was said
            said = g.data.get("speech_verb")
            relative = cue.kind != "verb" and not (said and re.search(
                said, article.text[sentence.start:cue.start], re.IGNORECASE))
            dates = [d for d in dates if not (d.start >= cue.end and _reported_after(
                article.text, head_end, d.start, marker, relative_ok=relative))]
            # nor are its places: "内塔尼亚胡对到访的布林肯说，…将对加沙地带南部城市拉法发起进攻"
            clause_ents = [e for e in clause_ents if not (
                e.label in ("CITY", "COUNTRY") and e.kind != "demonym" and e.start >= head_end
                and _reported_after(article.text, head_end, e.start, marker, relative_ok=relative))]
            # "en marge d'une visite à Bormes, qu'il recevrait le président russe": the people of
            # what is said during a visit are not its visitors
            if g.data.get("speaker_marker"):
                clause_ents = [e for e in clause_ents if not (
                    e.label == "PERSON" and e.start >= cue.end and cue.type == "VISIT"
                    and _reported_after(article.text, head_end, e.start, marker, relative_ok=True))]
            # the speaker of what is said about the event is not its participant where the
            # language's data says so ("Qin Gang a déclaré que le sommet…"); Chinese reports
            # quote the participants themselves ("习近平指出，…论坛"): no "speaker_marker" there
            speaker = g.data.get("speaker_marker")
            if speaker:
                clause_ents = [e for e in clause_ents if not (
                    e.label == "PERSON" and e.end <= cue.start
                    and _speech_marker(article.text[e.end:cue.start], speaker, g))]
            else:
                # "赵乐际说，今年9月，习近平主席同希奇莱马总统…会晤": what is said has a time and a
                # subject of its own, named after the marker and before the event: the speaker
                # reports on another event, where someone else stands for their country, and is
                # not of it (but "普京表示，今年3月习近平主席对俄进行国事访问", the host, is)
                said_at = [m.end() for m in re.finditer(marker, article.text[sentence.start:cue.start])]
                if said_at:
                    opened = sentence.start + said_at[-1]
                    told = [p for p in clause_ents if p.label == "PERSON" and opened <= p.start and p.end <= cue.start]
                    if told and any(opened <= d.start and d.end <= cue.start for d in article.dates):
                        clause_ents = [e for e in clause_ents if not (
                            e.label == "PERSON" and e.end <= opened and e.country
                            and any(p.country == e.country for p in told))]
        if not dates and cue.type == "MEETING" and cue.kind == "verb":
            # "Le 5 mai, en marge du sommet, X a rencontré Y": a date opening the sentence, before
            # any cue, dates its main predicate, the talks
            # — not the day of a statement that reports them ("尼尔森18日表示，他在会见…时")
            dates = [d for d in article.dates if sentence.start <= d.start and d.end <= cues[0].start and usable(d)
                     and not (marker and re.search(marker, article.text[d.end:cue.start], re.IGNORECASE))]
        if not dates and cue.type == "MEETING" and cue.kind == "verb" and i == 0:
            # "开幕式后，丁薛祥会见了…": talks told as right after an act of the event told before
            # hold that event's day
            dates = _day_of_the_event_before(article, g, sentence)
        if not dates and link_back and i == 0:
            dates = link_back  # only the event the remarks were made at: the sentence's first
        embedded = _embedded(text, sentence.start, cues, i, g)
        if embedded:
            low = cue.name_start if cue.name_start >= 0 else cue.start
            # (a year opening the event's name is its own: "来华出席2024年东亚合作论坛的")
            dates = [d for d in dates if d.start >= low - 2 or 0 <= low - d.end <= 1]
            # who holds the main act before the modifier (the host) is not said to attend
            clause_ents = [e for e in clause_ents if not (e.label == "PERSON" and e.end <= low)]
            own_lo, own_hi = _modifier_span(text, sentence.start, cues, i, g)
            # a city before the modifier is where the main act is held: one stop of a visit ("在北京
            # 会见来华进行国事访问的X"), not where a summit or forum the guest came for is — unless the
            # modifier opens with it ("来京出席论坛的Y")
            clause_ents = [e for e in clause_ents
                           if ((cue.type == "VISIT" or _came_to(article.text, e, g))
                               if e.label == "CITY" and e.end <= low else own_lo <= e.start and e.end <= own_hi)]
        elif cue.type == "VISIT" and _describes_its_visitor(article.text, cue, g):
            # "6月9日上午，正在越南进行国事访问的习近平参观了…", "6日，到访基辅的布林肯宣布…": a
            # visit told as what its visitor is doing dates nothing; the day before its clause is
            # the main act's, one day of the visit (a day inside the modifier stays its own:
            # "5月13日抵达北京进行国事访问的X"; nor a year or a month, which holds the visit too:
            # "去年…习近平同访华的马塔雷拉总统深入交流")
            # — nor the day after the modifier, in the main clause ("…访问的习近平9日在万象参观")
            opened = clause_around(article.text, sentence, cue.start, cue.end, g)[0]
            closed = _modifier_closing(article.text, cue.end, g)
            dates = [d for d in dates if opened <= d.start < closed or len(d.value) < 10]
        if cue.type != "MEETING" and any(c.type == "MEETING" and c.kind == "verb" and dependent.get(c.start) is None
                                         for c in cues):
            # "10月23日，习近平在喀山出席峰会期间会见莫迪", "le 5 mai, en marge du sommet, X a
            # rencontré Y": the day is the talks'; the summit, forum or visit around them may
            # last several days and takes its date from a sentence of its own
            # (talks in a clause of their own, "X est arrivé jeudi au G20, où il doit s'entretenir
            # avec…", leave the sentence's date to its main act)
            # — but a range of days ("du 5 au 7 avril") is never one day's talks: it stays
            # — nor is the year that opens the event's own name ("出席2025年上海合作组织峰会")
            head = cue.name_start if cue.name_start >= 0 else cue.start
            # — nor a month or a year, which holds the visit as well as its talks ("去年8月，我对南非
            # 进行国事访问，同总统先生举行会谈")
            # (but "qui effectue depuis mardi une visite": the day it is under way since is its own)
            dates = [d for d in dates if (d.start > cue.end and not _before_any_meeting(d, cues))
                     or (d.end_value and d.end_value != d.value) or 0 <= head - d.end <= 1
                     or (0 <= head - d.end <= 40 and _under_way_since(article.text, d, g))
                     or (len(d.value) < 10 and not any(c.name and c.name_start <= d.start <= c.name_end + 1
                                                        for c in cues))]
        outcome = g.data.get("outcome_after")
        if outcome and cue.type in ("SUMMIT", "FORUM") and re.match(outcome, after_name(article.text, cue, OUTCOME_REACH)):
            # "落实中非合作论坛北京峰会成果和2026年“人文交流年”": an event named by its outcomes has
            # been held; a date after it is of what follows from them, not its own
            dates = [d for d in dates if d.end <= max(cue.end, cue.name_end)]
        topic = g.data.get("topic_frame")
        briefed = None
        if topic:
            # "5月11日，外交部就习近平主席出席X举行吹风会": an event named as what a briefing or
            # statement is about; the dates outside that topic are the briefing's
            head = cue.name_start if cue.name_start >= 0 else cue.start
            opener = re.search(topic["before"], article.text[sentence.start:head])
            closer = re.match(topic["after"], article.text[cue.end:sentence.end])
            if opener and closer:
                lo, hi = sentence.start + opener.start(), cue.end + closer.end()
                dates = [d for d in dates if lo <= d.start and d.end <= hi]
                briefed = topic.get("tense")  # the press is briefed before a trip: to come
        prepared_tense = None
        awaited = g.data.get("awaited_before_name")
        if awaited and cue.type in ("SUMMIT", "FORUM") and re.search(
                awaited, article.text[sentence.start:cue.name_start if cue.name_start >= 0 else cue.start]) \
                and not (outcome and re.match(outcome, after_name(article.text, cue, OUTCOME_REACH))):
            # "十分期待首届中国—中亚峰会": a gathering looked forward to is to come (not "期待落实峰会成果")
            prepared_tense = "future"
        if cue.type in ("SUMMIT", "FORUM") and _prepared_for(article, sentence, cue, g):
            # "reçu mardi à l'Élysée X pour préparer le sommet du G20", "en vue du sommet de
            # Vilnius", "为中国－中亚峰会做准备": the day, the place and the people before the event
            # are the preparing act's; the event is yet to come when that act is recent
            head = cue.name_start if cue.name_start >= 0 else cue.start
            dates = [d for d in dates if d.start >= head]
            clause_ents = [e for e in clause_ents if e.start >= head]
            c_start = max(c_start, head)  # its own words start at its name (a seat named before is not its venue)
            recent = not any(d.end <= head and article.published and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", d.value)
                             and days_between((d.value + "-01-01")[:10], article.published) > PREPARED_RECENT_DAYS
                             for d in article.dates if sentence.start <= d.start)
            prepared_tense = "future" if recent else None
        counted_back = _anniversary_year(article, cue, c_end, g, dates, cues)
        if counted_back is not None:
            # "今年是习近平主席对哈萨克斯坦进行国事访问…10周年", "正值…国事访问…10周年": the event an
            # anniversary is of took place that many years before the year of writing
            dates = [counted_back]
        anniversary = g.data.get("anniversary_date")
        if anniversary:
            # "在中澳建立全面战略伙伴关系10周年之际到访": the years an anniversary counts back to
            # date what it is the anniversary of, told before it, not an event told after it
            dates = [d for d in dates if not (d.end <= cue.start and re.search(anniversary, d.text))]
        if cue.type == "MEETING" and any(c.type in ("VISIT", "SUMMIT", "FORUM") for c in cues):
            # "于5月10日至12日访问荷兰，在海牙会见…国王": a range of days is the visit's (or the
            # summit's), never one day's talks
            dates = [d for d in dates if not (d.end_value and d.end_value != d.value and len(d.value) == 10)]
        own = subordinate.get(cue.start)
        if own is not None:
            # "le 29 juin, quand X recevra…": a date right before the subordinate clause is its
            own = (min([own[0]] + [d.start for d in dates if 0 <= own[0] - d.end <= 3]), own[1])
            # "juste avant de recevoir son invité dans l'archipel, X avait publié … en mai": a
            # subordinate verb's own time and place stand within its subtree
            dates = [d for d in dates if own[0] <= d.start and d.end <= own[1]]
            # (people and the demonyms of their offices may stand outside it: its subject)
            clause_ents = [e for e in clause_ents if own[0] <= e.start and e.end <= own[1]
                           or e.label == "PERSON" or (e.label == "COUNTRY" and e.kind == "demonym")]
        if cue.kind == "verb" and article.tokens and gathering_verb(cue, sentence.language):
            # "la plus haute instance du parti devra se réunir": who gathers is the verb's subject;
            # a group of no one named leaves out the people the clause names elsewhere
            clause_ents = _gathered(article, cue, clause_ents, sentence.language)
        if cue.kind == "verb" and article.tokens:
            # "Avant de rentrer à Paris, X s'est entretenu avec…": a place of another act's clause
            clause_ents = [e for e in clause_ents if not (
                e.label in ("CITY", "COUNTRY") and e.kind != "demonym"
                and in_adverbial_clause(article.tokens, e.start, cue.start, cue.end))]
        relative = g.data.get("relative_after_cue")
        if relative and cue.kind != "verb" and cue.type in ("SUMMIT", "FORUM"):
            # "le G7, qui s'ouvre samedi à Biarritz": the dates of a relative clause on the event
            # right after its name are its own, before any other date of the clause
            head_end = max(cue.end, cue.name_end)
            opened = re.match(relative, article.text[head_end:c_end])
            if opened:
                stop = re.search(r"[,;:.]", article.text[head_end + opened.end():c_end])
                rel_end = head_end + opened.end() + stop.start() if stop else c_end
                until = g.data.get("until_before")
                told = [d for d in dates if head_end <= d.start and d.end <= rel_end]
                # (an end bound alone, "qui se tient jusqu'au 21 mai", says the event is under way:
                # the clause's other dates stay)
                if told and not all(until and re.search(until, article.text[max(0, d.start - 12):d.start],
                                                        re.IGNORECASE) for d in told):
                    dates = told
        dates = _days_from_event_word(article, sentence, cue, dates, g)
        day_of, day_words = _day_of_event(article, sentence, cue, g)
        if day_of:
            # (the day said may be the talks' of the sentence: "reçu mardi, au deuxième jour de sa
            # visite": it is a day of the visit too; "第二天" there counts days, it is no date)
            dates = [d for d in dates if not (day_words[0] <= d.start and d.end <= day_words[1])] \
                or _sentence_day(article, sentence, lambda d: usable(d) and not (
                    day_words[0] <= d.start and d.end <= day_words[1]))
        if day_of > 1:
            dates = _started_days_before(dates, day_of - 1)
        # a language that chains clauses with commas ("…会晤为两国关系指明方向，…即将恢复直航")
        # reads a future only up to the end of the cue's own clause (``tense_segment_end``)
        segment_end = g.data.get("tense_segment_end")
        found_end = re.compile(segment_end).search(article.text, max(cue.end, cue.name_end), c_end) if segment_end else None
        own_end = found_end.start() if found_end else None
        # the clause's tense, else (with no tense of its own) the briefing's, else the sentence's
        ref = Reference(cue=cue, sentence=sentence, clause_start=c_start, clause_end=c_end,
                        language=sentence.language, entities=clause_ents, dates=dates,
                        tense=prepared_tense or _verb_tense(article, sentence, parse, cue, g)
                        or _clause_tense(article.text, c_start, c_end, cue.start, sentence.language, own_end)
                        or briefed or _clause_tense(article.text, sentence.start, sentence.end, cue.start,
                                                    sentence.language, own_end),
                        embedded=embedded, day_of=day_of)
        refs.append(ref)
    return refs


#: A sentence's token indexes and each token's dependents (``syntax.sentence_parse``).
SentenceParse = tuple[list[int], dict[int, list[int]]]

#: Dependencies that open a clause of their own below a noun or verb (universal dependencies).
CLAUSE_DEPS = ("acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis")


def gathering_verb(cue: Cue, language: str) -> bool:
    """Is the cue a reflexive verb of gathering of its language ("se sont réunis", "se
    retrouveront": ``event_verbs`` marked ``gathering``)?"""
    verbs = langdata.load("events", language).get("event_verbs", {}).get("verbs", {})
    form = cue.surface.casefold()
    return cue.kind == "verb" and any(info.get("gathering") and any(form.startswith(stem) for stem in info["stems"])
                                      for info in verbs.values())


def _gathered(article: Article, cue: Cue, ents: list[Entity], language: str) -> list[Entity]:
    """The entities of a gathering verb's clause, without its people when its subject (or the
    subject of the modal it follows: "devra se réunir") is a common noun of no office ("l'instance
    du parti", "les familles") holding no one named: those people are elsewhere in the clause."""
    tokens = article.tokens
    verb = next((i for i, t in enumerate(tokens) if cue.start <= t.start < cue.end and t.pos == "VERB"), None)
    if verb is None:
        return ents
    children = token_children(tokens)
    heads = [verb] + ([tokens[verb].head] if tokens[verb].dep == "xcomp" else [])
    subject = next((j for h in heads for j in children.get(h, []) if tokens[j].dep.startswith("nsubj")), None)
    if subject is None and tokens[verb].dep == "acl":
        subject = tokens[verb].head  # "les familles …, se sont réunies": parsed as the noun's modifier
    if subject is None or tokens[subject].pos != "NOUN" or office_word(tokens[subject].form, language):
        return ents
    # the subject's noun phrase, without the clauses that hang on it ("que le président avait salués")
    phrase, stack = [subject], list(children.get(subject, []))
    while stack:
        j = stack.pop()
        if j != verb and tokens[j].dep.split(":")[0] not in CLAUSE_DEPS:
            phrase.append(j)
            stack.extend(children.get(j, []))
    spans = [(tokens[j].start, tokens[j].end) for j in phrase]
    if any(e.label in ("PERSON", "COUNTRY", "ORG") and any(a <= e.start < b for a, b in spans) for e in ents):
        return ents
    return [e for e in ents if e.label != "PERSON"]


def _speech_marker(between: str, speaker: str, g: EventGrammar) -> bool:
    """Does a marker of reported speech ("a déclaré que") stand in ``between``, one that does
    not close a comparison ("ont affiché la même unité que lors du dernier sommet": the language's
    ``comparative_before_marker``)?"""
    comparative = g.data.get("comparative_before_marker")
    return any(not (comparative and re.search(comparative, between[:m.start()], re.IGNORECASE))
               for m in re.finditer(speaker, between, re.IGNORECASE))


def _days_from_event_word(article: Article, sentence: Sentence, cue: Cue, dates: list[DateValue],
                          g: EventGrammar) -> list[DateValue]:
    """"Les appels se sont multipliés vendredi, à la veille du sommet du G7": the day said is the
    eve of the event, which is the day after (``days_to_event_before_cue``: words right before the
    cue → days from the date of the sentence to the event). The sentence's one day, read for the
    event, moves by that many days."""
    table = g.data.get("days_to_event_before_cue") or {}
    before = article.text[max(sentence.start, cue.start - 40):cue.start]
    shift = next((days for pattern, days in table.items() if re.search(pattern, before, re.IGNORECASE)), None)
    if shift is None:
        return dates
    days = [d for d in article.dates if sentence.start <= d.start and d.end <= sentence.end and len(d.value) == 10
            and "X" not in d.value and (d.end_value or d.value) == d.value]
    if len(days) != 1 or any(d != days[0] for d in dates):
        return dates  # the event has a date of its own
    when = (dt.date.fromisoformat(days[0].value) + dt.timedelta(days=shift)).isoformat()
    return [replace(days[0], value=when, end_value=when, source="relative")]


def _told_by_its_outcome(text: str, cue: Cue, g: EventGrammar) -> bool:
    """"愿遵守阿拉斯加会晤达成的共识": an event named by what it reached (``outcome_after``, after
    a verb of reaching, ``reached_before_outcome``) was held; the wish is about its outcome."""
    outcome, reached = g.data.get("outcome_after"), g.data.get("reached_before_outcome")
    after = text[cue.end:cue.end + 16]
    return bool(outcome and reached and re.match(rf"(?:{reached})(?:{outcome})", after))


def _day_of_event(article: Article, sentence: Sentence, cue: Cue, g: EventGrammar) -> tuple[int, tuple[int, int]]:
    """"au deuxième jour de sa visite d'État", "pour la dernière journée du sommet", "访问的第二天",
    "峰会首日": the frame's day is one day of a longer event, counted from its start (2, 1) or its
    last (``LAST_DAY``); 0 when the text says neither. Words before the cue
    (``event_day_before_cue``) or right after it or its name (``event_day_after_cue``), with a
    group ``day`` (an ordinal), ``first`` or ``last``."""
    head = min(cue.start, cue.name_start) if cue.name_start >= 0 else cue.start
    before, after = g.data.get("event_day_before_cue"), g.data.get("event_day_after_cue")
    opened, tail = max(sentence.start, head - 40), max(cue.end, cue.name_end)
    m = before and re.search(before, article.text[opened:head], re.IGNORECASE)
    base = opened
    if not m:
        m, base = after and re.match(after, article.text[tail:sentence.end], re.IGNORECASE), tail
    if not m:
        return 0, (0, 0)
    said, span = m.groupdict(), (base + m.start(), base + m.end())
    if said.get("last"):
        return LAST_DAY, span
    if said.get("first"):
        return 1, span
    return (ordinal_value(said["day"], g) or to_int(said["day"], g.language) or 0) if said.get("day") else 0, span


def _sentence_day(article: Article, sentence: Sentence, usable) -> list[DateValue]:
    """The sentence's one full day, if it has exactly one."""
    days = [d for d in article.dates if sentence.start <= d.start and d.end <= sentence.end and usable(d)
            and len(d.value) == 10 and "X" not in d.value]
    return days if len({(d.value, d.end_value) for d in days}) == 1 else []


def _started_days_before(dates: list[DateValue], days: int) -> list[DateValue]:
    """The frame's one day is the event's day ``days + 1``: the event began ``days`` days before.
    Any other date, or none, is left as it is."""
    single = [d for d in dates if one_day(d)]
    if len(single) != 1:
        return dates
    start = (dt.date.fromisoformat(single[0].value) - dt.timedelta(days=days)).isoformat()
    return [replace(single[0], value=start, end_value=start, source="relative")]


#: How far before the cue of talks a pair of leaders told as a pair may stand. Unit: characters.
PAIR_REACH = 20


def _pair_named_before(article: Article, sentence: Sentence, start: int, end: int, cue: Cue,
                       present: list[Entity], g: EventGrammar) -> list[Entity]:
    """"两国元首在莫斯科举行会谈", "les deux présidents s'entretiendront": talks of a pair told as
    a pair (``leader_pair``) are held by the people the sentence names, else by the last two
    people of different countries the document named before."""
    pair = g.data.get("leader_pair")
    # the pair is the subject of the talks: right before their cue, nothing but a time, a place or
    # a verb between ("两国元首在莫斯科举行会谈"; not "两国元首同意双方团队…，尽快举行新一轮会谈")
    said = [m for m in re.finditer(pair, article.text[start:cue.start], re.IGNORECASE)] if pair else []
    if not said or len(gap := article.text[start + said[-1].end():cue.start]) > PAIR_REACH \
            or re.search(r"[,，。;；:：]", gap):
        return []
    have = {e.canonical for e in present if e.label == "PERSON"}
    found = [e for e in article.entities if sentence.start <= e.start and e.end <= sentence.end
             and not (start <= e.start and e.end <= end) and e.label in ("PERSON", "COUNTRY")
             and e.canonical not in have]
    people = have | {e.canonical for e in found if e.label == "PERSON"}
    countries = {e.country for e in present + found if e.label == "PERSON" and e.country}
    holders = officials(article)  # "la demeure de George Washington" names no party
    for e in sorted((e for e in article.entities if e.label == "PERSON" and e.end <= sentence.start
                     and e.country and e.canonical in holders), key=lambda e: -e.start):
        if len(people) >= 2:
            break
        if e.canonical not in people and e.country not in countries:
            found.append(e)
            people.add(e.canonical)
            countries.add(e.country)
    return found


def _topic(e: Entity, article: Article) -> bool:
    """A country named as what is talked about, not as a party: after a topic noun ("la guerre en
    Ukraine", "la situation au Liban": the language's ``topic_before_country``) or before one
    ("乌克兰危机", "叙利亚局势": ``topic_after_country``)."""
    g = grammar_of(e.language)
    before = g.data.get("topic_before_country") if g else None
    after = g.data.get("topic_after_country") if g else None
    # "ont évoqué l'escalade au Liban et la guerre en Ukraine": the object of a verb of discussing
    discussed = g.data.get("discussed_before_country") if g else None
    return bool((before and re.search(before, article.text[max(0, e.start - 60):e.start], re.IGNORECASE))
                or (after and re.match(after, article.text[e.end:e.end + 6]))
                or (discussed and e.label == "COUNTRY" and e.kind != "demonym"
                    and re.search(discussed, article.text[max(0, e.start - 120):e.start], re.IGNORECASE)))


def _unconfirmed(article: Article, parse: SentenceParse, cue: Cue, g: EventGrammar) -> bool:
    """Is the event a noun cue names the subject of a predicate that leaves it unsure
    (``unconfirmed_predicate``): a participle negated ("Une rencontre … n'est pas exclue", "…n'était
    toujours pas confirmée"), an adjective of doubt ("le sommet reste hypothétique") or a participle
    of cancelling ("le sommet … a été annulé", "Le sommet du Quad annulé"; ``cancelled``)? Read from
    the parse: the cue word's head and that head's dependents, or a participle that qualifies it."""
    frame = g.data.get("unconfirmed_predicate")
    tokens = article.tokens
    if not frame or cue.kind == "verb" or not tokens:
        return False
    in_sentence, children = parse
    word = next((i for i in in_sentence if cue.start <= tokens[i].start < cue.end and tokens[i].pos == "NOUN"), None)
    if word is None:
        return False
    cancelled = frame.get("cancelled")
    # (the participle may hang on a noun of the event's phrase: "sommet du Quad à Sydney annulé")
    phrase = [word] + [k for k in descendants(word, children) if tokens[k].dep == "nmod"]
    if cancelled and any(tokens[j].dep == "acl" and re.fullmatch(cancelled, tokens[j].form)
                         for k in phrase for j in children.get(k, [])):
        return True  # "Le sommet du Quad à Sydney annulé après le renoncement de Biden"
    if tokens[word].dep not in ("nsubj", "nsubj:pass", "obl:mod"):
        return False
    head = tokens[word].head
    below = children.get(head, [])
    negated = any(tokens[j].form in frame["negation_words"] for j in below)
    return bool((negated and re.fullmatch(frame["negated"], tokens[head].form))
                or re.fullmatch(frame["doubtful"], tokens[head].form)
                or (not negated and cancelled and re.fullmatch(cancelled, tokens[head].form))
                or any(tokens[j].pos == "ADJ" and re.fullmatch(frame["doubtful"], tokens[j].form) for j in below))


def _summarised(article: Article, sentence: Sentence, cue: Cue, g: EventGrammar) -> bool:
    """"近年来，习近平主席先后同来华访问的法耶总统、松科总理会晤", "ces dernières années, les deux
    dirigeants se sont rencontrés": a span of years before the cue (``summary_time_before``) with
    no date between them sums up many events, none of which it tells."""
    pattern = g.data.get("summary_time_before")
    if not pattern:
        return False
    found = list(re.finditer(pattern, article.text[sentence.start:cue.start], re.IGNORECASE))
    if not found:
        return False
    since = sentence.start + found[-1].end()
    return not any(since <= d.start and d.end <= cue.start for d in article.dates)


def _before_any_meeting(date: DateValue, cues: list[Cue]) -> bool:
    return any(c.type == "MEETING" and c.kind == "verb" and date.end <= c.start for c in cues)


def _reported_after(text: str, head_end: int, date_start: int, marker: str, relative_ok: bool) -> bool:
    """Is there a complementizer ("que", "qu'") between the event and a later date, opening what
    someone says? A "que" directly after a noun cue is a relative pronoun, not a complementizer."""
    found = re.search(marker, text[head_end:date_start], re.IGNORECASE)
    if not found:
        return False
    return not (relative_ok and not text[head_end:head_end + found.start()].strip(" ,"))


def _under_way_since(text: str, d: DateValue, g: EventGrammar) -> bool:
    """Is ``d`` the day an event told as under way has been going on since ("sont réunis depuis
    mardi", "effectue depuis lundi une visite": the language's ``since_start_before``), its first day?"""
    since = g.data.get("since_start_before")
    return bool(since and len(d.value) == 10 and re.search(since, text[max(0, d.start - 60):d.start], re.IGNORECASE))


def _bounding_word_bounds_nothing(text: str, d: DateValue, g: EventGrammar) -> bool:
    """Is a date after a bounding word ("从", "到") no bound after all: a stage of a sequence of
    acts, each told with its own year and place ("从2021年在第76届联合国大会…提出…，到2022年在博鳌
    亚洲论坛年会上…": a clause of place opens right after the date, ``sequence_stage_after_date``),
    or the date an event is put off to ("推迟到明年举行": ``moved_to_before_date``)?"""
    stage = g.data.get("sequence_stage_after_date")
    if stage and re.match(stage, text[d.end:d.end + 4]):
        return True
    moved = g.data.get("moved_to_before_date")
    return bool(moved and re.search(moved, text[max(0, d.start - 8):d.start]))


def _date_blocked(text: str, d: DateValue, g: EventGrammar) -> bool:
    """A date that bounds something else ("depuis 2012", "到2035年"), names a plan's horizon
    ("2035年目标", "à l'horizon 2030", "Agenda 2030"), a date given up ("prévu initialement le 14
    septembre", "原定于": ``dropped_plan_before_date``) or the day a statement was made ("…, a
    annoncé jeudi l'Élysée") or stands in the title of a text ("《…行动计划（2024－2028年）》",
    the language's ``title_marks``) or a chair's term ("担任2027年至2030年中非合作论坛共同主席国",
    ``term_after_date``) never dates an event."""
    if g.date_blockers and g.date_blockers.search(text[max(0, d.start - 12):d.start]) \
            and not _under_way_since(text, d, g) and not _bounding_word_bounds_nothing(text, d, g):
        return True
    dropped = g.data.get("dropped_plan_before_date")  # "prévu initialement le 14 septembre", "原定于"
    if dropped and re.search(dropped, text[max(0, d.start - 40):d.start], re.IGNORECASE):
        return True
    said = g.data.get("statement_before_date")  # ", a annoncé jeudi l'Élysée": the statement's day
    if said and re.search(said, text[max(0, d.start - 30):d.start], re.IGNORECASE):
        return True
    briefing = g.data.get("statement_after_date")  # "在当天的例行记者会上": the briefing's day
    if briefing and re.match(briefing, text[d.end:d.end + 16]):
        return True
    marks = g.data.get("title_marks")  # "签署了《…行动计划（2024－2028年）》": a document's title
    if marks:
        opening, closing = marks
        before = text[max(0, d.start - 80):d.start]
        if before.rfind(opening) > before.rfind(closing) and closing in text[d.end:d.end + 80]:
            return True
    since = g.data.get("since_after_date")  # "2011年叙利亚危机爆发以来": a bound, of any precision
    if since and re.match(since, text[d.end:d.end + 24]):
        return True
    term = g.data.get("term_after_date")  # "担任2027年至2030年中非合作论坛共同主席国": a chair's term
    if term and re.match(term, text[d.end:d.end + 30]):
        return True
    after = g.data.get("date_blockers_after")  # a horizon is a bare year ("2035年…目标")
    return bool(after and len(d.value) == 4 and re.match(after, text[d.end:d.end + 12]))


#: How far after an event's name the words of its outcomes ("峰会成果") may stand. Unit: characters.
OUTCOME_REACH = 12


def after_name(text: str, cue: Cue, width: int) -> str:
    """The ``width`` characters after an event's cue word or name, whichever ends later."""
    end = max(cue.end, cue.name_end)
    return text[end:end + width]


def _tense(text: str, language: str) -> str | None:
    return infer_tense(text, language)


#: A quotation: French guillemets, curly or straight double quotes, Chinese corner brackets.
QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"|「[^「」]*」")


def _unquoted(text: str) -> str:
    """The text with what it quotes blanked: '"C'est une réforme qui va donner…", a expliqué le
    président à la fin du sommet' keeps only the reporting clause's verbs."""
    return QUOTED.sub(lambda m: " " * len(m.group(0)), text)


#: How long before publication the act that prepares an event may be for the event still to be
#: to come ("a reçu mardi X pour préparer le sommet": to come; "avait reçu en octobre 2014 X pour
#: préparer la Cop21", told in 2016: no telling). Unit: days.
PREPARED_RECENT_DAYS = 60


def _prepared_for(article: Article, sentence: Sentence, cue: Cue, g: EventGrammar) -> bool:
    """Is the event named as what an act prepares for (``prepared_frame``: words ending right
    before its cue or name, and words right after it, "pour préparer le sommet", "en vue du
    forum", "为…峰会做准备")?"""
    frame = g.data.get("prepared_frame")
    if not frame:
        return False
    head = cue.name_start if cue.name_start >= 0 else cue.start
    after = frame.get("after")
    return bool(re.search(frame["before"], article.text[sentence.start:head], re.IGNORECASE)) and not (
        after and not re.match(after, article.text[max(cue.end, cue.name_end):sentence.end]))


def _anniversary_year(article: Article, cue: Cue, clause_end: int, g: EventGrammar,
                      dates: list[DateValue], cues: list[Cue]) -> DateValue | None:
    """The year of an event an anniversary is told of after it, in its clause (the language's
    ``anniversary_after_cue``: "…国事访问…10周年"): the year of the anniversary (a year told
    before the event, "明年是…10周年", else the year of writing) less the years counted."""
    pattern = g.data.get("anniversary_after_cue")
    if not pattern:
        return None
    base = next((d.value for d in reversed(dates) if d.end <= cue.start and len(d.value) == 4 and d.value.isdigit()),
                article.published[:4] if article.published else "")
    if not base.isdigit():
        return None
    start = max(cue.end, cue.name_end)
    m = re.match(pattern, article.text[start:clause_end])
    years = to_int(m.group(1), g.language) if m else None
    if not years or any(start < c.start < start + m.end() for c in cues):
        return None  # ("我此访正值习近平主席对新西兰进行国事访问…10周年": the anniversary is of the nearer event)
    year = str(int(base) - years)
    return DateValue(start + m.start(1), start + m.end(), m.group(0)[m.start(1) - m.start():], year, year,
                     "relative", g.language)


def _clause_tense(text: str, start: int, end: int, cue_start: int, language: str,
                  own_end: int | None = None) -> str | None:
    """The tense of ``text[start:end]``, the clause or sentence of a cue at ``cue_start``: of its
    own words, not of those it quotes unless the cue is among them ("« Cette réforme va changer le
    pays », a déclaré X à la fin du sommet"). With ``own_end`` (where the cue's own comma clause
    ends), a future told only after it is of what follows the event ("…会晤为两国关系指明方向，…即将
    恢复直航"), not the event's; a past told there still narrates it ("举行会谈，…并见证签署了…")."""
    clause = text[start:end]
    said = clause if _quoted_at(clause, cue_start - start) else _unquoted(clause)
    tense = _tense(said, language)
    if tense == "future" and own_end is not None and own_end < end:
        return _tense(said[:own_end - start], language)
    return tense


def _quoted_at(text: str, offset: int) -> bool:
    """Does ``offset`` fall inside a quotation of the text?"""
    return any(m.start() < offset < m.end() for m in QUOTED.finditer(text))