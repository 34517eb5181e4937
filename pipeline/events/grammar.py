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


#: The patterns of the language data the events stage reads compiled: grammar field -> (data key,
#: case-insensitive?). Patterns that name case (an edition inside a name, the sides of a Chinese
#: name) keep it.
PATTERNS = {
    "plural_generic": ("plural_generic", True),
    "anaphora_before": ("anaphora_before", True),
    "indefinite_before": ("indefinite_before", True),
    "ordinal": ("ordinal_pattern", True),
    "edition_in_name": ("edition_in_name", False),
    "agreement": ("agreement_pattern", True),
    "ongoing": ("ongoing_cues", True),
    "finished": ("finished_cues", True),
    "date_blockers": ("date_blockers", True),
    "strong_visit": ("strong_visit_pattern", True),
    "domestic_name": ("domestic_name_pattern", True),  # a name that says the gathering is national
    "bilateral_name": ("bilateral_name_pattern", False),  # a name made of two sides ("中阿…")
    "opening": ("opening_pattern", True),  # an arrival or an opening: the date starts the event
    "ended": ("ended_pattern", True),  # a closing: the date ends the event
    "dateline": ("dateline", False),  # "MOSCOU, 4 juin (Xinhua) --", "新华社莫斯科6月4日电"
    "office_after_cue": ("office_after_cue", False),  # "联合国大会主席": the cue names an office
}
#: What ends the clause of one trigger when the language data says nothing.
DEFAULT_CLAUSE_BREAK = r"[,;:，；：（(]"


@dataclass(frozen=True, eq=False)  # one per language (``grammar``): compared by identity
class EventGrammar:
    language: str
    cues: tuple[tuple[str, str, re.Pattern], ...]
    object_cues: tuple[tuple[str, re.Pattern], ...]  # ``object_named_cues``: (type, pattern)
    data: dict
    clause_break: re.Pattern  # punctuation and words that end the clause of one trigger
    patterns: dict[str, re.Pattern | None]
    body_cues: tuple[tuple[str, re.Pattern], ...] = ()  # ``body_named_cues``: (type, pattern)

    def __getattr__(self, name: str) -> re.Pattern | None:
        """``g.opening``, ``g.ended``…: the compiled pattern of ``PATTERNS[name]`` (None when the
        language has none)."""
        if name in PATTERNS:
            return self.patterns.get(name)
        raise AttributeError(name)


@lru_cache(maxsize=None)
def grammar(language: str) -> EventGrammar | None:
    data = langdata.load("events", language)
    if not data:
        return None
    cues = tuple((c["type"], c["kind"], re.compile(c["pattern"], re.IGNORECASE if c["kind"] != "named" else 0))
                 for c in data["cues"])
    object_cues = tuple((c["type"], re.compile(c["pattern"])) for c in data.get("object_named_cues", ()))
    body_cues = tuple((c["type"], re.compile(c["pattern"])) for c in data.get("body_named_cues", ()))
    patterns = {name: re.compile(data[key], re.IGNORECASE if folded else 0) if data.get(key) else None
                for name, (key, folded) in PATTERNS.items()}
    return EventGrammar(language=language, cues=cues, object_cues=object_cues, body_cues=body_cues, data=data,
                        patterns=patterns,
                        clause_break=re.compile(data.get("clause_break_pattern", DEFAULT_CLAUSE_BREAK)))


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


def dateline_span(text: str, start: int, g: EventGrammar, group: str) -> tuple[int, int] | None:
    """Offsets of a part of the dateline that opens a sentence (``group``: "place", where the
    story was filed; "date", the day it was filed, never an event's date), or None."""
    m = g.dateline.match(text, start) if g.dateline is not None else None
    if m is None or m.group(group) is None:
        return None
    return m.start(group), m.end(group)

