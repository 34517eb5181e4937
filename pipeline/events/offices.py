"""Events stage, step 3 (offices): an office named by its country stands for its holder.

In: the entities of a frame's clause and its Article. Out: the persons the offices of that clause
stand for ("习近平同哈萨克斯坦总统举行会谈", "il a reçu son homologue libanais", "le président du
Kazakhstan"): the person of that country whom the document gives the same kind of office
(``office_classes``: head of state, of government, foreign minister), else the one it names most
often; none when it names no one of that country (the country alone takes part). Called by
``frames.make_references`` for talks and visits.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import langdata
from ..records import Article, Entity
from .grammar import EventGrammar


def _office_holders(article: Article, present: list[Entity], g: EventGrammar) -> list[Entity]:
    """"习近平同哈萨克斯坦总统举行会谈", "il a reçu son homologue libanais": an office named by its
    country and not by name is held by the person of that country the document names most often
    (none when the document names no one of that country: the country alone takes part)."""
    after, before = g.data.get("office_after_country"), g.data.get("office_before_country")
    if not after and not before:
        return []
    have = {e.canonical for e in present if e.label == "PERSON"}
    have_countries = {e.country for e in present if e.label == "PERSON"}
    found = []
    for e in present:
        if e.label != "COUNTRY" or not e.entity_id or e.entity_id in have_countries:
            continue
        # where the holder's name would start: after the office ("哈萨克斯坦总统|"), or right after
        # the country when the office stands before it ("le président russe|")
        office = re.match(after, article.text[e.end:e.end + 6]) if after else None
        office_before = re.search(before, article.text[max(0, e.start - 40):e.start], re.IGNORECASE) \
            if before and office is None else None
        if office is not None:
            named_after = e.end + office.end()
        elif office_before is not None:
            named_after = e.end
        else:
            continue
        kind = _office_class((office or office_before).group(0), g)
        if any(p.label == "PERSON" and named_after <= p.start <= named_after + 2
               and not article.text[named_after:p.start].strip(" ,") for p in article.entities):
            continue  # "哈萨克斯坦总统托卡耶夫", "le président russe Vladimir Poutine": the holder is named
        counts: dict[str, tuple[int, bool, Entity]] = {}
        offices: dict[str, set[str]] = {}
        for p in article.entities:
            if p.label == "PERSON" and p.country == e.entity_id and p.canonical not in have \
                    and p.kind not in ("reporter", "agency"):
                n, same_office, first = counts.get(p.canonical, (0, False, p))
                held = _office_class(article.text[max(0, p.start - 60):p.start].rstrip(" ,"), g)
                offices.setdefault(p.canonical, set()).update([held] if held else [])
                counts[p.canonical] = (n + 1, same_office or (kind is not None and held == kind), first)
        # a person the document gives only another office ("l'émir" for "le Premier ministre
        # qatari") does not hold this one
        counts = {name: c for name, c in counts.items()
                  if kind is None or not offices[name] or kind in offices[name]}
        if counts:
            # the person the document gives that office ("le chef de la diplomatie chinoise" is
            # Wang Yi, not Xi Jinping named more often), else the one it names most often
            best = max(counts.values(), key=lambda x: (x[1], x[0]))[2]
            found.append(best)
            have.add(best.canonical)
    return found


def _office_class(text: str, g: EventGrammar) -> str | None:
    """The kind of office the end of ``text`` names (``office_classes``: head of state, of
    government, foreign minister), or None."""
    for kind, pattern in g.data.get("office_classes", {}).items():
        if re.search(f"(?:{pattern})[^,;.，。]{{0,24}}$", text, re.IGNORECASE):
            return kind
    return None


@lru_cache(maxsize=None)
def _office_words(language: str) -> tuple[str, ...]:
    titles = langdata.load("entities", language).get("titles", [])
    return tuple(sorted({t.lower() for t in titles if " " not in t and len(t) >= 3 and t[-1] != "."},
                        key=len, reverse=True))


def office_word(form: str, language: str) -> bool:
    """Is a word an office ("homologues", "dirigeants", "ministre"): one of the person titles of
    the language, in any number."""
    return any(form.lower().startswith(t) and len(form) - len(t) <= 2 for t in _office_words(language))
