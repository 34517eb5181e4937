"""Candidates stage: which sentences deserve the language model.

Place in the flow: after languages (``Article.sentences`` set), before entities. In: an Article
with sentences. Out: the same Article with ``candidates``, the indexes of the sentences that hold an
event cue word of their language (``lang/<language>/events.json`` → ``cues``) and of their
neighbours, since participants are often named in the sentence before or after the cue, the
sentences that say who attended (``attendance_sentence``), and the
lead (the body's first sentence: who, when and where of the day's event) of a document with a cue. The
entities stage reads only these, so the model runs on a fraction of each document; a document with
no cue word gets no candidate and costs no model time at all.

``has_cue(text, language)`` is the cheap test behind it; the events stage uses the same one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import langdata
from .records import Article

#: Sentences on each side of a cue sentence that also go to the model. Unit: sentences.
NEIGHBOURS = 1


@lru_cache(maxsize=None)
def _any_cue_pattern(language: str) -> tuple[re.Pattern, ...]:
    """The language's cue patterns joined into one alternation per case rule (named cues keep
    their case, the others ignore it): one search per text instead of one per cue."""
    data = langdata.load("events", language)
    folded = [c["pattern"] for c in data.get("cues", ()) if c["kind"] != "named"]
    exact = [c["pattern"] for c in data.get("cues", ()) if c["kind"] == "named"]
    return tuple(re.compile("|".join(f"(?:{p})" for p in group), flags)
                 for group, flags in ((folded, re.IGNORECASE), (exact, 0)) if group)


def has_cue(text: str, language: str) -> bool:
    """Does this text hold any event cue word of its language?"""
    return any(p.search(text) for p in _any_cue_pattern(language))


@lru_cache(maxsize=None)
def _partner_verb_pattern(language: str) -> re.Pattern | None:
    """Stems of the event verbs that are no cue word of their own, since they make an encounter
    only with a partner or a person the parse must find ("signer avec X un accord":
    ``with_preposition``; "accueillir son homologue": ``person_object``), or whose forms the cue
    words cannot all list (``in_any_document``: "s'apprête à rencontrer"), or only as reflexive
    verbs right after their pronoun (``reflexive_pronoun_before``: "se sont réunis")."""
    verbs = langdata.load("events", language).get("event_verbs", {}).get("verbs", {})
    stems = [stem for info in verbs.values()
             if ("with_preposition" in info or info.get("person_object") or info.get("in_any_document"))
             and not info.get("in_documents_with_a_cue")
             for stem in info["stems"]]
    # a reflexive verb of meeting right after its pronoun ("se sont réunis", "se retrouveront"):
    # an encounter whoever meets, which the parse and the events stage judge
    pronoun = langdata.load("events", language).get("reflexive_pronoun_before")
    reflexive = [stem for info in verbs.values() if info.get("reflexive") for stem in info["stems"]] if pronoun else []
    parts = [r"\b(?:%s)" % "|".join(map(re.escape, stems))] if stems else []
    if reflexive:
        parts.append(r"(?:%s)(?:%s)" % (pronoun, "|".join(map(re.escape, reflexive))))
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@lru_cache(maxsize=None)
def _object_cue_pattern(language: str) -> re.Pattern | None:
    """The language's verbs that are an event only with a place or a name for object
    (``object_named_cues``: "访问荷兰"), joined into one pattern; the events stage checks the object."""
    patterns = [c["pattern"] for c in langdata.load("events", language).get("object_named_cues", ())]
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


#: How far after an object-named cue its place may end. Unit: characters.
OBJECT_REACH = 12


def _object_cue(text: str, language: str) -> bool:
    """Does the text hold an object-named cue with a known place right after it ("访问埃及"; not
    "访问网站")? A look-up in the gazetteer, no model: most such verbs have no place for object."""
    pattern = _object_cue_pattern(language)
    if not pattern:
        return False
    from .gazetteer import gazetteer

    for m in pattern.finditer(text):
        after = text[m.end():m.end() + OBJECT_REACH]
        if any(h.start == 0 for h in gazetteer(language).find(after)):
            return True
    return False


def _partner_verb(text: str, language: str) -> bool:
    pattern = _partner_verb_pattern(language)
    return bool(pattern and pattern.search(text))


@lru_cache(maxsize=None)
def events_pattern(language: str, key: str, ignore_case: bool = False) -> re.Pattern | None:
    """A pattern of the language's events data (``attendance_sentence``, ``event_verb_stems``),
    compiled once per process; None when the language has none."""
    pattern = langdata.load("events", language).get(key)
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0) if pattern else None


def _says(text: str, language: str, key: str, ignore_case: bool = False) -> bool:
    pattern = events_pattern(language, key, ignore_case)
    return bool(pattern and pattern.search(text))


def select_candidates(article: Article) -> Article:
    """The Article with ``candidates`` set: cue sentences and their neighbours, in order."""
    flags = [has_cue(article.text[s.start:s.end], s.language)
             or _partner_verb(article.text[s.start:s.end], s.language)
             # "王毅于7日至9日访问埃及": a verb that is an event with a place or a name for object
             or _object_cue(article.text[s.start:s.end], s.language)
             # a meeting word the name of an international body may make a gathering of
             # ("联合国人权理事会高级别会议": ``body_cue_words``)
             or _says(article.text[s.start:s.end], s.language, "body_cue_words") for s in article.sentences]
    keep: set[int] = set()
    for index, flag in enumerate(flags):
        if flag:
            keep.update(range(index - NEIGHBOURS, index + NEIGHBOURS + 1))
    if keep:
        # the lead (the body's first sentence) tells who, when and where of the day's event,
        # often without its cue word ("ont exprimé mardi à Nouakchott… A l'issue de ce sommet")
        body_end = article.title_start + len(article.title) if article.title_start >= 0 else -1
        lead = next((i for i, s in enumerate(article.sentences) if s.start > body_end), None)
        if lead is not None:
            keep.add(lead)
        # who attended is often said paragraphs later, with no event word ("X et Y figuraient
        # parmi les participants"): the events stage gives them to the event spoken of before
        keep.update(i for i, s in enumerate(article.sentences)
                    if _says(article.text[s.start:s.end], s.language, "attendance_sentence"))
        # in a document that speaks of an event, an event verb in any voice or mood ("doit être
        # reçu", "doivent se retrouver") may tell another one: the parse decides
        keep.update(i for i, s in enumerate(article.sentences)
                    if _says(article.text[s.start:s.end], s.language, "event_verb_stems", ignore_case=True))
    chosen = tuple(i for i in sorted(keep) if 0 <= i < len(article.sentences))
    return replace(article, candidates=chosen)
