"""Events stage: an Article with sentences, entities and dates in, one Mention per event out.

Flow inside the stage:
1. ``find_cues``: cue words of the four event types (``lang/<language>/events.json``) in each
   sentence, each with the name, edition and the clause of the sentence that belongs to it.
2. ``Reference``: a cue plus the entities and dates of its clause.
3. ``cluster_references``: references of one real event in one document are grouped (a named
   summit and the later "le sommet", "本次峰会"; the talks and "l'entretien").
4. ``build_mention``: one Mention per group that the text makes specific (a name, a date, a place or
   named participants), with its fields filled from the group's clauses.

``find_events(article) -> tuple[Mention, ...]`` is the public verb.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import langdata
from .records import Article, DateValue, Entity, Mention, Sentence

log = logging.getLogger(__name__)

#: Characters between a cue and the next cue below which the clause boundary falls at the next
#: cue's start (no punctuation to split on). Unit: characters.
CLAUSE_SEARCH_WINDOW = 80

#: Countries expanded from a region named as a party (the guide's Central Asia rule) come with the
#: region entity itself (Entity.members); nothing else expands.


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
    indefinite: bool = False  # "une conférence", "un sommet"


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


@dataclass
class Cluster:
    type: str
    references: list[Reference] = field(default_factory=list)
    strong_visit: bool = False  # a state or official visit ("visite d'État", "国事访问")

    @property
    def name(self) -> str | None:
        for ref in self.references:
            if ref.cue.name:
                return ref.cue.name
        return None

    def persons(self) -> set[str]:
        return {e.canonical for r in self.references for e in r.entities if e.label == "PERSON"}

    def best_date(self) -> DateValue | None:
        """The best date of the first reference that has one: the lead sentence dates the event;
        later sentences bring other dates along (a treaty's expiry, an earlier meeting)."""
        best, best_rank = None, None
        for order, ref in enumerate(sorted(self.references, key=lambda r: r.cue.start)):
            date = pick_date(ref.dates)
            if date is None:
                continue
            rank = (SPECIFICITY.get(len(date.value), 0), -order)  # most precise, then earliest
            if best_rank is None or rank > best_rank:
                best, best_rank = date, rank
        return best


# --------------------------------------------------------------------------------------------
# language data, compiled once


@dataclass(frozen=True)
class EventGrammar:
    language: str
    cues: tuple[tuple[str, str, re.Pattern], ...]
    data: dict
    plural_generic: re.Pattern | None
    anaphora_before: re.Pattern | None
    indefinite_before: re.Pattern | None
    ordinal: re.Pattern | None
    edition_in_name: re.Pattern | None
    agreement: re.Pattern | None
    ongoing: re.Pattern | None
    finished: re.Pattern | None
    date_blockers: re.Pattern | None
    cancelled: re.Pattern | None
    strong_visit: re.Pattern | None


def _compile(pattern: str | None, flags=re.IGNORECASE) -> re.Pattern | None:
    return re.compile(pattern, flags) if pattern else None


@lru_cache(maxsize=None)
def grammar(language: str) -> EventGrammar | None:
    data = langdata.load("events", language)
    if not data:
        return None
    cues = tuple((c["type"], c["kind"], re.compile(c["pattern"], re.IGNORECASE if c["kind"] != "named" else 0))
                 for c in data["cues"])
    return EventGrammar(
        language=language,
        cues=cues,
        data=data,
        plural_generic=_compile(data.get("plural_generic")),
        anaphora_before=_compile(data.get("anaphora_before")),
        indefinite_before=_compile(data.get("indefinite_before")),
        ordinal=_compile(data.get("ordinal_pattern")),
        edition_in_name=_compile(data.get("edition_in_name"), 0),
        agreement=_compile(data.get("agreement_pattern")),
        ongoing=_compile(data.get("ongoing_cues")),
        finished=_compile(data.get("finished_cues")),
        date_blockers=_compile(data.get("date_blockers")),
        cancelled=_compile(data.get("cancelled_cues")),
        strong_visit=_compile(data.get("strong_visit_pattern")),
    )


def has_cue(text: str, language: str) -> bool:
    """Cheap pre-filter: does this text hold any event cue word of its language?"""
    g = grammar(language)
    return bool(g) and any(p.search(text) for _, _, p in g.cues)


# --------------------------------------------------------------------------------------------
# numbers


def to_int(token: str, language: str) -> int | None:
    token = token.strip().replace("\u202f", "").replace(" ", "").replace(".", "")
    if token.isdigit():
        return int(token)
    words = langdata.load("events", language).get("number_words", {})
    if token.lower() in words:
        return words[token.lower()]
    if language == "zh":
        try:
            import cn2an

            return int(cn2an.cn2an(token, "smart"))
        except Exception:  # cn2an raises its own ValueError subclasses on non-numerals
            return None
    return None


def ordinal_value(token: str, g: EventGrammar) -> int | None:
    ordinals = g.data.get("ordinals", {})
    if token.lower() in ordinals:
        return ordinals[token.lower()]
    if g.ordinal:
        m = g.ordinal.fullmatch(token) or g.ordinal.search(token)
        if m:
            return to_int(m.group(1), g.language)
    return None


# --------------------------------------------------------------------------------------------
# cues and names

_WORD = re.compile(r"(?:[lLdDnNsSjJmMtTcC]|[qQ]u)['’]|[\w\-]+|[^\w\s]")


def _french_name(text: str, cue_start: int, cue_end: int, sentence_start: int, g: EventGrammar,
                 entity_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The extent of an event name that starts with a noun cue ("Sommet Chine-Asie centrale",
    "sommet du G7", "Forum des nouvelles Routes de la soie pour la coopération internationale").
    Offsets relative to ``text``. None when the cue carries no name."""
    cue_word = text[cue_start:cue_end]
    capital_cue = cue_word[:1].isupper() and cue_start > 0 and not _sentence_initial(text, cue_start)
    joiners = set(g.data.get("name_joiners", []))
    stops = set(g.data.get("name_stops", []))
    pos = cue_end
    end = cue_end
    pending_joiner = False
    for m in _WORD.finditer(text, cue_end):
        tok = m.group(0)
        low = tok.lower()
        gap = text[pos:m.start()]
        if "\n" in gap or len(gap) > 2:
            break
        in_entity = any(s <= m.start() < e for s, e in entity_spans)
        if re.fullmatch(r"[^\w]", tok):
            if tok in "-–—" and not gap:
                pos = m.end()
                continue
            break
        if low in ("l'", "l’", "d'", "d’") or low.endswith(("'", "’")) and len(low) <= 3:
            pending_joiner = True
            pos = m.end()
            continue
        if low in joiners and low not in ("en",):
            pending_joiner = True
            pos = m.end()
            continue
        if low in stops and not in_entity:
            break
        is_proper = tok[:1].isupper() or tok.isupper() or any(ch.isdigit() for ch in tok) or in_entity
        if is_proper or (capital_cue and tok[:1].islower() and not _looks_like_date_word(low)):
            end = m.end()
            pos = m.end()
            pending_joiner = False
            continue
        break
    if end == cue_end:
        return None
    return cue_start, end


def _sentence_initial(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or before[-1] in ".!?»\"\n"


_DATE_WORDS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
               "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
               "samedi", "dimanche", "prochain", "dernier"}


def _looks_like_date_word(low: str) -> bool:
    return low in _DATE_WORDS


_HAN_NAME_CHARS = re.compile(r"[\u4e00-\u9fff\w－—\-·“”\"《》〈〉‘’・]+$")


def _after_last_verb(text: str, start: int, cue_start: int, g: EventGrammar) -> int:
    """A name never holds a verb, adverb or preposition: "全面落实中阿合作论坛" → "中阿合作论坛",
    "预祝第三届…论坛" → "第三届…论坛". Nominal verbs (合作, 发展: jieba's "vn") stay."""
    cut_tags = tuple(g.data.get("name_cut_pos", ()))
    if not cut_tags or start >= cue_start:
        return start
    import jieba.posseg

    from .models import chinese_words  # noqa: F401  (sets jieba up quietly, once)

    position, new_start = start, start
    for token in jieba.posseg.lcut(text[start:cue_start]):
        position += len(token.word)
        if token.flag.startswith(cut_tags) and token.flag not in ("vn", "nz") and not token.word.startswith(("“", "《")):
            new_start = position
    # adjectives or measure words left in front ("好峰会") do not start a name either
    while new_start < cue_start and text[new_start] in g.data.get("name_strip_leading", ""):
        new_start += 1
    return new_start


def _chinese_name(text: str, cue_start: int, cue_end: int, g: EventGrammar) -> tuple[int, int] | None:
    """The extent of a Chinese event name ending with the cue ("第二届中国－中亚峰会",
    "“一带一路”国际合作高峰论坛", "金砖国家领导人第十五次会晤"). None for a bare cue."""
    window_start = max(0, cue_start - 40)
    m = _HAN_NAME_CHARS.search(text[window_start:cue_start])
    if not m:
        return None
    prefix_start = window_start + m.start()
    prefix = text[prefix_start:cue_start]
    cut = 0
    for word in g.data.get("name_boundaries", []):
        idx = prefix.rfind(word)
        if idx >= 0:
            cut = max(cut, idx + len(word))
    # a date ("2017年5月14日至15日在北京举办的") never belongs to a name
    for dm in re.finditer(r"[\d一二三四五六七八九十〇零]+(?:年|月|日)", prefix):
        cut = max(cut, dm.end())
    start = prefix_start + cut
    start = _after_last_verb(text, start, cue_start, g)
    # an opening quote left unbalanced belongs to the name ("“一带一路”国际合作高峰论坛")
    if start > 0 and text[start - 1] in "“\"《" and text[start:cue_start].count("”") > text[start:cue_start].count("“"):
        start -= 1
    if start >= cue_start:
        return None
    name = text[start:cue_end]
    if name in g.data.get("generic_names", []):
        return None
    return start, cue_end


def find_cues(text: str, base: int, g: EventGrammar, entity_spans: list[tuple[int, int]]) -> list[Cue]:
    """All event cues of one sentence. ``text`` is the sentence, ``base`` its offset in raw."""
    found: list[Cue] = []
    taken: list[tuple[int, int]] = []
    local_spans = [(s - base, e - base) for s, e in entity_spans]
    for type_, kind, pattern in g.cues:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if text[:m.start()].count("《") > text[:m.start()].count("》"):
                continue  # inside a title: 《…大会》 is a programme, not a congress
            taken.append((m.start(), m.end()))
            found.append(_make_cue(text, base, m, type_, kind, g, local_spans))
    found.sort(key=lambda c: c.start)
    return found


def _make_cue(text: str, base: int, m: re.Match, type_: str, kind: str, g: EventGrammar,
              spans: list[tuple[int, int]]) -> Cue:
    start, end = m.start(), m.end()
    before = text[:start]
    name_span = None
    if kind == "named":
        name_span = (start, end)
        # "COP15 sur la biodiversité": keep the complement as part of the name
    elif kind == "noun":
        if g.language == "zh":
            name_span = _chinese_name(text, start, end, g)
        else:
            name_span = _french_name(text, start, end, 0, g, spans)
    name = text[name_span[0]:name_span[1]].strip() if name_span else None
    edition = None
    if g.language == "zh" and name and g.ordinal:
        om = g.ordinal.search(name)
        if om:
            edition = to_int(om.group(1), "zh")
    elif g.language != "zh":
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
    generic = False
    if g.plural_generic:
        for pm in g.plural_generic.finditer(text):
            if pm.start() <= start < pm.end() + 1 and pm.end() >= end - 1:
                generic = True
    cue_text = text[start:end].lower()
    if g.language != "zh" and kind == "noun" and not name and cue_text.endswith("s") \
            and cue_text not in g.data.get("plural_exempt", []):
        # a bare plural cue ("les sommets", "des visites") speaks of no one event
        generic = True
    anaphoric = False
    if not name and g.anaphora_before is not None:
        anaphoric = bool(g.anaphora_before.search(before[-30:]))
    after_pattern = g.data.get("anaphora_after")
    if not name and after_pattern and not before.strip() and re.match(after_pattern, text[end:end + 6]):
        anaphoric = True
    return Cue(type=type_, kind=kind, start=base + start, end=base + end, name=name,
               name_start=base + name_span[0] if name_span else -1,
               name_end=base + name_span[1] if name_span else -1,
               edition=edition, anaphoric=anaphoric, generic=generic, surface=text[start:end],
               surface_before=before[-12:],
               indefinite=bool(g.data.get("indefinite_before") and re.search(g.data["indefinite_before"], before[-12:], re.IGNORECASE)))


# --------------------------------------------------------------------------------------------
# references


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


def _office_holders(article: Article, present: list[Entity], g: EventGrammar) -> list[Entity]:
    """"习近平同哈萨克斯坦总统举行会谈": an office named by its country and not by name is held by
    the person of that country the document names most often."""
    pattern = g.data.get("office_after_country")
    if not pattern:
        return []
    have = {e.canonical for e in present if e.label == "PERSON"}
    have_countries = {e.country for e in present if e.label == "PERSON"}
    found = []
    for e in present:
        if e.label != "COUNTRY" or not e.entity_id or e.entity_id in have_countries:
            continue
        office = re.match(pattern, article.text[e.end:e.end + 6])
        if not office:
            continue
        named_after = e.end + office.end()
        if any(p.label == "PERSON" and named_after <= p.start <= named_after + 1 for p in article.entities):
            continue  # "哈萨克斯坦总统托卡耶夫": the holder is named
        counts: dict[str, tuple[int, Entity]] = {}
        for p in article.entities:
            if p.label == "PERSON" and p.country == e.entity_id and p.canonical not in have:
                n, first = counts.get(p.canonical, (0, p))
                counts[p.canonical] = (n + 1, first)
        if counts:
            best = max(counts.values(), key=lambda x: x[0])[1]
            found.append(best)
            have.add(best.canonical)
    return found


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


def _embedded(text: str, base: int, cues: list[Cue], index: int, g: EventGrammar) -> bool:
    """A cue inside a modifier of a later cue's participant ("同来华出席峰会并进行国事访问的
    托卡耶夫会谈"): the sentence's dates belong to the later, main event."""
    marker = g.data.get("modifier_end")
    if not marker or index + 1 >= len(cues):
        return False
    between = text[cues[index].end - base:cues[-1].start - base]
    return bool(re.search(marker, between)) and not _CLAUSE_BREAK.search(between)


def _framework(before: str, g: EventGrammar) -> bool:
    """A name listed among frameworks ("au sein des cadres multilatéraux tels que l'OCS, le
    forum X"; "在上合组织、X论坛等框架内") names a mechanism, not a gathering."""
    pattern = g.data.get("framework_before")
    return bool(pattern and re.search(pattern, before[-160:], re.IGNORECASE))


def _framework_after(after: str, g: EventGrammar) -> bool:
    pattern = g.data.get("framework_after")
    return bool(pattern and re.match(pattern, after[:40]))


def _clause_bounds(text: str, base: int, cues: list[Cue], index: int) -> tuple[int, int]:
    """The part of the sentence that belongs to cue ``index``: from the boundary with the
    previous cue to the boundary with the next one. A boundary is the last comma or clause word
    between two cues; cues with no such break between them share the text ("习近平同来华进行国事
    访问的托卡耶夫会谈": the talks and the visit have the same participants)."""
    start, end = base, base + len(text)
    for j in range(index - 1, -1, -1):
        cut = _boundary(text, base, cues[j], cues[j + 1])
        if cut is not None:
            start = cut
            break
    for j in range(index + 1, len(cues)):
        cut = _boundary(text, base, cues[j - 1], cues[j])
        if cut is not None:
            end = cut
            break
    return start, end


_CLAUSE_BREAK = re.compile(r"[,;:，；：（(]|\s(?:avant|après|lors|alors|tandis|quelques)\s|前夕|之前|之后|之际")


def _boundary(text: str, base: int, left: Cue, right: Cue) -> int | None:
    lo = left.end - base
    hi = (right.name_start if right.name_start >= 0 else right.start) - base
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, lo, max(lo, hi))]
    return base + breaks[-1] if breaks else None


def _pick_closest(items, position):
    return sorted(items, key=lambda x: abs(x.start - position))


SPECIFICITY = {10: 4, 7: 3, 4: 2}


def _date_rank(d: DateValue) -> tuple:
    """Higher is better: a full date beats a month beats a year; a stated date beats a resolved one;
    a range beats a single day."""
    precision = len(d.value.replace("X", "")) if d.value else 0
    return (SPECIFICITY.get(len(d.value), 0), d.source == "explicit", d.end_value != d.value,
            "X" not in d.value, precision)


def pick_date(dates: list[DateValue]) -> DateValue | None:
    if not dates:
        return None
    best = max(_date_rank(d) for d in dates)
    for d in dates:  # first in text order among the best
        if _date_rank(d) == best:
            return d
    return None


def make_references(article: Article, g: EventGrammar, sentence: Sentence) -> list[Reference]:
    text = article.text[sentence.start:sentence.end]
    ents = [e for e in article.entities if sentence.start <= e.start and e.end <= sentence.end]
    spans = [(e.start, e.end) for e in ents]
    # a cue inside a known organisation's name ("Conférence pour l'interaction…" = CICA) is not an
    # event; the model's ORG spans are not trusted for this (it often tags event names as ORG)
    org_spans = [(e.start, e.end) for e in ents if e.label == "ORG" and e.kind == "alias"]
    cues = [c for c in find_cues(text, sentence.start, g, spans)
            if not any(s <= c.start and c.end <= e for s, e in org_spans)
            and not _framework(text[:c.start - sentence.start], g)
            and not _framework_after(text[c.end - sentence.start:], g)]
    if not cues:
        return []
    tense = _tense(text, sentence.language)
    link_back = _dates_linked_back(article, g, sentence, text)
    refs = []
    for i, cue in enumerate(cues):
        if cue.generic:
            continue
        c_start, c_end = _clause_bounds(text, sentence.start, cues, i)
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
        if cue.type == "MEETING":
            clause_ents += _paired_surnames(article, text, sentence.start, cue, clause_ents)
        if cue.type in ("MEETING", "VISIT"):
            clause_ents += _office_holders(article, clause_ents, g)
        dates = [d for d in article.dates if c_start <= d.start and d.end <= c_end
                 and not _date_blocked(article.text, d, g)]
        marker = g.data.get("complement_marker")
        if marker:
            # "Qin Gang a déclaré vendredi que le sommet…": the date is the statement's and the
            # speaker reports on the summit; neither belongs to it
            dates = [d for d in dates if not (d.end <= cue.start and re.search(
                marker, article.text[d.end:cue.start], re.IGNORECASE))]
            # "A l'ouverture du Sommet, M. Issoufou avait rappelé qu'en 2012…": a date inside what
            # someone says at the event is not the event's
            dates = [d for d in dates if not (d.start >= cue.end and re.search(
                marker, article.text[cue.end:d.start], re.IGNORECASE))]
            clause_ents = [e for e in clause_ents if not (
                e.label == "PERSON" and e.end <= cue.start
                and re.search(marker, article.text[e.end:cue.start], re.IGNORECASE))]
        if not dates and link_back and i == 0:
            dates = link_back  # only the event the remarks were made at: the sentence's first
        embedded = _embedded(text, sentence.start, cues, i, g)
        if embedded:
            low = cue.name_start if cue.name_start >= 0 else cue.start
            dates = [d for d in dates if d.start >= low - 2]
        ref = Reference(cue=cue, sentence=sentence, clause_start=c_start, clause_end=c_end,
                        language=sentence.language, entities=clause_ents, dates=dates,
                        tense=_tense(article.text[c_start:c_end], sentence.language) or tense,
                        embedded=embedded)
        refs.extend(_split_repeated(ref, text[:cue.start - sentence.start], g))
    return refs


def _split_repeated(ref: Reference, before: str, g: EventGrammar) -> list[Reference]:
    """"在西安和北京两次会晤": N meetings in N named cities are N events, one city each."""
    pattern = g.data.get("repeated_before")
    m = re.search(pattern, before) if pattern else None
    if not m:
        return [ref]
    times = to_int(m.group(1), g.language)
    cities = list(dict.fromkeys(e.canonical for e in ref.entities if e.label == "CITY"))
    if not times or times != len(cities) or times < 2:
        return [ref]
    out = []
    for city in cities:
        entities = [e for e in ref.entities if e.label != "CITY" or e.canonical == city]
        out.append(Reference(cue=ref.cue, sentence=ref.sentence, clause_start=ref.clause_start,
                             clause_end=ref.clause_end, language=ref.language, entities=entities,
                             dates=ref.dates, tense=ref.tense, embedded=ref.embedded))
    return out


def _date_blocked(text: str, d: DateValue, g: EventGrammar) -> bool:
    return bool(g.date_blockers and g.date_blockers.search(text[max(0, d.start - 12):d.start]))


def _tense(text: str, language: str) -> str | None:
    try:
        from .dates import infer_tense
    except ImportError:  # the dates stage is optional for tense: no tense is a valid answer
        return None
    return infer_tense(text, language)


# --------------------------------------------------------------------------------------------
# grouping references of one event


def _name_key(name: str | None) -> str:
    if not name:
        return ""
    key = re.sub(r"第[一二三四五六七八九十百零〇两\d]+[届次]", "", name)
    key = re.sub(r"[\W_]+", " ", key.casefold()).strip()
    return key


def _names_compatible(a: Reference, b_cluster: Cluster) -> bool:
    other = b_cluster.name
    if not a.cue.name or not other:
        return True
    ka, kb = _name_key(a.cue.name), _name_key(other)
    if ka == kb or ka in kb or kb in ka:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(ka, kb) >= 85


def _dates_compatible(a: DateValue | None, b: DateValue | None) -> bool:
    if a is None or b is None:
        return True
    return timex_overlap(a.value, a.end_value, b.value, b.end_value)


def timex_overlap(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    """Do two TIMEX3 ranges (values like 2017-05-14, 2017-05, 2019, XXXX-10-17) overlap?"""
    def lo(v):
        return v.replace("X", "0")

    def hi(v):
        return v.replace("X", "9") + "~"  # "~" sorts after digits: "2017-05" covers "2017-05-31"

    if "X" in (a_start + b_start)[:4]:
        # unknown years: compare month-day only
        return a_start[5:] == b_start[5:] or not a_start[5:] or not b_start[5:]
    return lo(a_start) <= hi(b_end or b_start) and lo(b_start) <= hi(a_end or a_start)


def cluster_references(refs: list[Reference], published: str | None = None,
                       g: EventGrammar | None = None) -> list[Cluster]:
    clusters: list[Cluster] = []
    for ref in refs:
        target = _named_by_cue_word(ref, clusters) or _find_cluster(ref, clusters, published, g)
        if target is None and ref.cue.anaphoric and not ref.cue.name and clusters \
                and not any(c.type == ref.cue.type for c in clusters) and ref.cue.kind == "verb":
            # "X、Y等参加上述活动" with no talks of that type: the article's main event
            target = max(clusters, key=lambda c: (len(c.references), -clusters.index(c)))
        if target is None:
            if ref.cue.anaphoric and not _has_own_details(ref):
                continue  # "le sommet" with nothing before it to point at: not an event
            target = Cluster(type=ref.cue.type)
            clusters.append(target)
        target.references.append(ref)
    return clusters


def _other_year(date: DateValue | None, published: str | None) -> bool:
    """A date in another year than publication (an earlier or later event)."""
    return bool(date and published and "X" not in date.value[:4] and date.value[:4] != published[:4])


def _aside(date: DateValue | None, published: str | None) -> bool:
    """An event placed relative to now in another year ("10年前", "l'an dernier"): not "this" one."""
    return bool(date and date.source == "relative" and _other_year(date, published))


def _current(ref: Reference, g: EventGrammar | None) -> bool:
    """The reference says "this" event ("此次访问", "cette visite"): the one under way."""
    own = grammar(ref.language)
    pattern = own.data.get("current_before") if own else None
    return bool(pattern and re.search(pattern, ref.cue.surface_before))


def _named_by_cue_word(ref: Reference, clusters: list[Cluster]) -> Cluster | None:
    """A bare cue word that ends an earlier event's name speaks of that event, whatever type the
    word alone would give ("南非总统拉马福萨主持会晤" after "金砖国家领导人第十五次会晤")."""
    if ref.cue.name or not ref.cue.surface or ref.cue.kind == "named":
        return None
    for c in reversed(clusters):
        if c.name and c.type != ref.cue.type and c.name.rstrip("》”\"").endswith(ref.cue.surface):
            return c
    return None


def _has_own_details(ref: Reference) -> bool:
    persons = {e.canonical for e in ref.entities if e.label == "PERSON"}
    places = [e for e in ref.entities if e.label == "CITY"]
    return bool(ref.dates) or len(persons) >= 2 or (len(persons) == 1 and bool(places))


def _find_cluster(ref: Reference, clusters: list[Cluster], published: str | None = None,
                  g: EventGrammar | None = None) -> Cluster | None:
    same_type = [c for c in clusters if c.type == ref.cue.type]
    if not same_type:
        return None
    ref_date = pick_date(ref.dates)
    if ref.cue.anaphoric and not ref.cue.name:
        # "ces discussions", "参加会谈": the article's main event of that type; but "此次访问"
        # (this visit) is not an earlier year's visit
        fitting = [c for c in same_type if _dates_compatible(ref_date, c.best_date())
                   and _editions_compatible(ref, c)
                   and not (_current(ref, g) and _aside(c.best_date(), published))]
        if not fitting:
            return None
        return max(fitting, key=lambda c: (len(c.references), -clusters.index(c)))
    if not ref.cue.name and published and _other_year(ref_date, published):
        # a dated aside ("去年，我和托卡耶夫总统在西安…会晤") is not the undated news of the day
        same_type = [c for c in same_type if c.best_date() is not None or c.name]
        if not same_type:
            return None
    if ref.cue.name:
        for c in reversed(same_type):
            if c.name and _names_compatible(ref, c) and _dates_compatible(ref_date, c.best_date()) \
                    and _editions_compatible(ref, c):
                return c
        if any(c.name for c in same_type):
            return None
        # a name for a cluster that had none so far ("la rencontre" … "le sommet du G7")
        for c in reversed(same_type):
            if _dates_compatible(ref_date, c.best_date()):
                return c
        return None
    persons = {e.canonical for e in ref.entities if e.label == "PERSON"}
    current = _current(ref, g)
    ref_cities = {e.canonical for e in ref.entities if e.label == "CITY"}
    for c in reversed(same_type):
        if not _dates_compatible(ref_date, c.best_date()):
            continue
        cluster_cities = {e.canonical for r in c.references for e in r.entities if e.label == "CITY"}
        if len(ref_cities) == 1 and len(cluster_cities) == 1 and ref_cities != cluster_cities:
            continue
        if current and _aside(c.best_date(), published):
            continue
        cp = c.persons()
        if ref.cue.type in ("MEETING", "VISIT") and persons and cp and not (persons & cp):
            continue
        return c
    return None


def _editions_compatible(ref: Reference, c: Cluster) -> bool:
    eds = {r.cue.edition for r in c.references if r.cue.edition}
    return not ref.cue.edition or not eds or ref.cue.edition in eds


# --------------------------------------------------------------------------------------------
# fields


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


def _place(cluster: Cluster, g: EventGrammar, article: Article) -> tuple[Entity | None, str | None]:
    """The city and the country where the event takes place."""
    preps = g.data.get("place_prepositions", [])
    if cluster.type == "VISIT":
        preps = preps + g.data.get("visit_place_prepositions", [])
    cities: list[tuple[int, Entity]] = []
    countries: list[tuple[int, Entity]] = []
    for order, ref in enumerate(cluster.references):
        for e in ref.entities:
            before = article.text[max(ref.clause_start, e.start - 6):e.start].strip().lower()
            introduced = any(before.endswith(p) for p in preps)
            if not introduced and preps:
                # "在西安和北京", "à Paris et à Berlin": the second of coordinated places
                window = article.text[max(ref.clause_start, e.start - 16):e.start].lower()
                introduced = bool(re.search(r"(?:%s)\s*[^\s,，。;；]{1,12}?\s*(?:和|与|及|、|et|ou)\s*$"
                                            % "|".join(map(re.escape, preps)), window))
            score = (0 if introduced else 1, order, abs(e.start - ref.cue.start))
            inside_name = ref.cue.name_start <= e.start and e.end <= ref.cue.name_end
            if e.label == "CITY" and (introduced or inside_name or e.kind == "landmark"):
                # a city merely named in the clause ("Poutine, venu de Moscou") is not the venue
                cities.append((score, e))
            elif e.label == "COUNTRY" and e.kind != "demonym" and introduced:
                countries.append((score, e))
    city = min(cities, key=lambda x: x[0])[1] if cities else None
    if city is not None:
        return city, city.country or None
    landmark = _landmark(cluster, article)
    if landmark is not None:
        return landmark, landmark.country
    if cluster.type == "VISIT":
        abbreviated = _abbreviated_destination(cluster, g, article)
        if abbreviated:
            return None, abbreviated
    if countries:
        return None, min(countries, key=lambda x: x[0])[1].entity_id or None
    return None, None


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
def _landmarks() -> list[tuple[str, str, str]]:
    table = langdata.resource("landmarks.json")["landmarks"]
    return sorted(((name, city, country) for name, (city, country) in table.items()), key=lambda x: -len(x[0]))


def _landmark(cluster: Cluster, article: Article) -> Entity | None:
    """"在人民大会堂会见", "reçu à la Maison Blanche": the seat stands for its city."""
    for ref in cluster.references:
        clause = article.text[ref.clause_start:ref.clause_end]
        for name, city, country in _landmarks():
            at = clause.find(name)
            if at >= 0:
                start = ref.clause_start + at
                return Entity(start, start + len(name), name, "CITY", city, ref.language,
                              kind="landmark", country=country)
    return None


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
            number = to_int(m.group(2) if g.language != "zh" else m.group(1), g.language)
            if number is None or number <= 0 or number > 5000:
                continue
            best = number if best is None else max(best, number)
    return best


def _next_sentence(article: Article, sentence: Sentence) -> Sentence | None:
    for i, other in enumerate(article.sentences):
        if other.start == sentence.start:
            return article.sentences[i + 1] if i + 1 < len(article.sentences) else None
    return None


def _well_wisher(e: Entity, article: Article) -> bool:
    """"中方支持俄方办好峰会", "习近平…祝愿哈方主办的峰会取得成功": supporting or wishing success is
    not taking part."""
    g = grammar(e.language)
    pattern = g.data.get("well_wisher_after") if g else None
    return bool(pattern and re.match(pattern, article.text[e.end:e.end + 24]))


def _countries(cluster: Cluster, persons: list[Entity], article: Article | None = None) -> tuple[str, ...]:
    codes: set[str] = set()
    for ref in cluster.references:
        for e in ref.entities:
            if article is not None and cluster.type in ("SUMMIT", "FORUM") and _well_wisher(e, article):
                continue
            if e.label == "COUNTRY" and e.entity_id:
                codes.add(e.entity_id)
            elif e.label == "REGION" and e.members:
                codes.update(e.members)
    for p in persons:
        if p.country:
            codes.add(p.country)
    return tuple(sorted(c for c in codes if re.fullmatch(r"[A-Z]{2}", c)))


def _participants(persons: list[Entity]) -> list[Entity]:
    """Persons worth listing: not news agencies; a one-word name the model guessed in a Latin
    script ("Bonne" in "Comité de Bonne coopération") only when linked to an alias or a full name;
    a surname alone when its full name is already there ("Qin" next to "Qin Gang")."""
    kept = []
    for p in persons:
        if p.kind == "agency":
            continue
        if p.kind == "model" and " " not in p.canonical and "-" not in p.canonical \
                and p.canonical.isascii():
            continue
        kept.append(p)
    full = {p.canonical for p in kept if " " in p.canonical}
    return [p for p in kept if " " in p.canonical
            or not any(f.endswith(" " + p.canonical) or f.startswith(p.canonical + " ") for f in full)]


def _unique(values):
    seen, out = set(), []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def build_mention(cluster: Cluster, article: Article, g: EventGrammar) -> Mention | None:
    refs = cluster.references
    first = refs[0]
    named = next((r for r in refs if r.cue.name), None)
    persons = _participants([e for r in refs for e in r.entities if e.label == "PERSON"
                             and not (cluster.type in ("SUMMIT", "FORUM") and _well_wisher(e, article))])
    # organisations take part in summits and forums (organiser, member body: "sommet du G7");
    # in talks and visits an organisation named is what was talked about
    orgs = [e for r in refs for e in r.entities if e.label == "ORG" and e.kind == "alias"] \
        if cluster.type in ("SUMMIT", "FORUM") else []
    date = cluster.best_date()
    city, country = _place(cluster, g, article)
    if cluster.type == "VISIT":
        cluster.strong_visit = _strong_visit(cluster, g, article)
        if not _visit_is_diplomatic(cluster, persons, city, country, g, article):
            return None
    if not _specific(cluster, persons, date, city, country):
        return None
    evidence_ref = named or first
    sentence = evidence_ref.sentence
    edition = next((r.cue.edition for r in refs if r.cue.edition), None)
    status = _status(cluster, date, article.published, g, article)
    end_value = _end_from_duration(cluster, date, g, article)
    return Mention(
        doc=article.doc_id,
        type=cluster.type,
        language=sentence.language,
        evidence=article.raw[sentence.start:sentence.end].strip(),
        char_start=sentence.start,
        char_end=sentence.end,
        # talks and visits have descriptions ("la rencontre Poutine-Macron"), not names
        name=named.cue.name if named and cluster.type in ("SUMMIT", "FORUM") else None,
        edition=edition,
        start=date.value if date else None,
        end=end_value or ((date.end_value or date.value) if date else None),
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
        return len(people) == 1 and official and (bool(date) or bool(city))
    return (bool(persons) or cluster.strong_visit) and bool(city or country)


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


# --------------------------------------------------------------------------------------------


def find_events(article: Article) -> tuple[Mention, ...]:
    """Every event mention of one article, one Mention per (document, event)."""
    refs: list[Reference] = []
    for sentence in article.sentences:
        g = grammar(sentence.language)
        if g is None:
            continue
        refs.extend(make_references(article, g, sentence))
    if not refs:
        return ()
    clusters = cluster_references(refs, article.published, grammar(refs[0].language))
    _attach_attendance(article, clusters)
    mentions = []
    for cluster in clusters:
        g = grammar(cluster.references[0].language)
        mention = build_mention(cluster, article, g)
        if mention is not None:
            mentions.append(mention)
    return tuple(_merge_translations(mentions))


def _same_day_talks(a: Mention, b: Mention) -> bool:
    """Two reports of talks on the same day between the same countries, in one document."""
    return (a.type in ("MEETING", "VISIT") and bool(a.start) and len(a.start) == 10 and "X" not in a.start
            and a.start == b.start and len(set(a.countries) & set(b.countries)) >= 2)


def _attach_attendance(article: Article, clusters: list[Cluster]) -> None:
    """A sentence with no event word that only says who attended ("中国国家主席习近平、巴西总统
    卢拉…出席。") lists participants of the event of the sentence just before it."""
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
        if previous is None or not pattern or not re.search(pattern, text):
            previous = None
            continue
        cluster, ref = previous
        entities = [e for e in article.entities if sentence.start <= e.start and e.end <= sentence.end
                    and e.label in ("PERSON", "COUNTRY")]
        cluster.references.append(Reference(cue=ref.cue, sentence=sentence, clause_start=sentence.start,
                                            clause_end=sentence.end, language=sentence.language,
                                            entities=entities, dates=[], tense=None))
        previous = None


def _merge_translations(mentions: list[Mention]) -> list[Mention]:
    """One document telling a story in two languages (a French and a Chinese half) speaks of each
    event twice: mentions of one type in different languages with the same full dates, or the same
    name key, are one mention (the first, filled from the other)."""
    kept: list[Mention] = []
    for m in mentions:
        twin = next((k for k in kept if k.type == m.type and _same_day_talks(k, m)), None) or \
            next((k for k in kept if k.language != m.language and k.type == m.type
                     and ((k.start and len(k.start) == 10 and "X" not in k.start
                           and (k.start, k.end) == (m.start, m.end))
                          or (k.name_key and k.name_key == m.name_key)
                          or (k.edition and k.edition == m.edition and (k.start or "")[:4] == (m.start or "")[:4]))
                     and (not k.edition or not m.edition or k.edition == m.edition)), None)
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


def candidate_filter(article: Article):
    """Which sentences deserve the expensive model: those holding a cue word, and their
    neighbours (participants are often named in the sentence before or after the cue)."""
    flags = [has_cue(article.text[s.start:s.end], s.language) for s in article.sentences]
    keep = set()
    for i, flag in enumerate(flags):
        if flag:
            keep.update((i - 1, i, i + 1))
    chosen = {(article.sentences[i].start, article.sentences[i].end)
              for i in keep if 0 <= i < len(article.sentences)}
    return lambda sentence: (sentence.start, sentence.end) in chosen
