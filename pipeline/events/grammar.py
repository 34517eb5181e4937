"""Events stage, step 1: the language's event grammar, compiled once.

In: ``lang/<language>/events.json`` (cue words of the four types, name and edition rules, status
and place words). Out: an ``EventGrammar`` per language (``grammar(language)``, None for a language
without event data), and the number readers every later step uses (``to_int``, ``ordinal_value``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import langdata
from ..text import chinese_number


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
    domestic_name: re.Pattern | None  # a name that says the gathering is national
    bilateral_name: re.Pattern | None  # a name made of two sides ("中阿…")
    clause_break: re.Pattern  # punctuation and words that end the clause of one trigger
    opening: re.Pattern | None  # an arrival or an opening: the date starts the event
    ended: re.Pattern | None  # a closing: the date ends the event


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
        domestic_name=_compile(data.get("domestic_name_pattern")),
        bilateral_name=_compile(data.get("bilateral_name_pattern"), 0),
        opening=_compile(data.get("opening_pattern")),
        ended=_compile(data.get("ended_pattern")),
        clause_break=re.compile(data.get("clause_break_pattern", r"[,;:，；：（(]")),
    )


def to_int(token: str, language: str) -> int | None:
    token = token.strip().replace("\u202f", "").replace(" ", "").replace(".", "")
    if token.isdigit():
        return int(token)
    data = langdata.load("events", language)
    words = data.get("number_words", {})
    if token.lower() in words:
        return words[token.lower()]
    # languages that write numbers with Chinese numerals say so in their data ("numerals")
    return chinese_number(token) if data.get("numerals") == "chinese" else None


def ordinal_value(token: str, g: EventGrammar) -> int | None:
    ordinals = g.data.get("ordinals", {})
    if token.lower() in ordinals:
        return ordinals[token.lower()]
    if g.ordinal:
        m = g.ordinal.fullmatch(token) or g.ordinal.search(token)
        if m:
            return to_int(m.group(1), g.language)
    return None
