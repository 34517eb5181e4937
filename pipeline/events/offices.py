"""Events stage, step 3 (offices): an office named by its country stands for its holder.

In: the entities of a frame's clause and its Article. Out: the persons the offices of that clause
stand for ("习近平同哈萨克斯坦总统举行会谈", "il a reçu son homologue libanais", "le président du
Kazakhstan"): the person of that country whom the document gives the same kind of office
(``office_classes``: head of state, of government, foreign minister), else the one it names most
often; none when it names no one of that country (the country alone takes part). An office with
neither name nor country ("le chef de l'Etat", "le président et la chancelière") is held by the
person last named with that office, or, at a summit or forum, by the person of the document who
held it when the text was written, by the table of terms ``resources/offices_held.json``
(``held_on``). Called by ``frames.make_references``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import langdata
from ..records import Article, Entity
from ..text import is_han
from .grammar import EventGrammar


def _bare_offices(article: Article, start: int, end: int, g: EventGrammar):
    """(kind, start, end) of each office with its definite article (``office_article``) between
    ``start`` and ``end`` that is neither named nor given a country or a body: "le chancelier",
    "le chef de l'Etat" (not "le chancelier Olaf Scholz", "le président russe", "le président de
    la Commission")."""
    article_words = g.data.get("office_article")
    for kind, pattern in (g.data.get("office_classes", {}) if article_words else {}).items():
        for m in re.finditer(rf"\b(?:{article_words})\s*(?:{pattern})\b", article.text[start:end], re.IGNORECASE):
            at, after = start + m.start(), start + m.end()
            home = g.data.get("office_of_the_home_state")  # "le président de la République"
            if home and (own := re.match(home, article.text[after:after + 40])):
                yield kind, at, after + own.end()
                continue
            if re.match(r"\s*(?:[A-ZÀ-Ý]|d['’]|de\b|du\b|des\b)", article.text[after:after + 40]) \
                    or any(e.start >= after and article.text[after:e.start].strip() == ""
                           and e.label in ("COUNTRY", "PERSON", "ORG") for e in article.entities):
                continue
            yield kind, at, after


def _bare_office_holders(article: Article, start: int, end: int, present: list[Entity],
                         g: EventGrammar, by_terms: bool = False) -> list[Entity]:
    """"Le chancelier achèvera son déplacement par un entretien avec…": an office with its definite
    article (``office_article``), neither named nor given a country or a body, is held by the
    person the document last named with that kind of office (``office_classes``) before it."""
    have = {e.canonical for e in present if e.label == "PERSON"}
    found = []
    for kind, at, after in _bare_offices(article, start, end, g):
        holders = [p for p in article.entities if p.label == "PERSON" and p.end <= at
                   and p.kind not in ("reporter", "agency")
                   and _office_class(article.text[max(0, p.start - 60):p.start].rstrip(" ,"), g) == kind]
        if not holders and by_terms:
            # no one named with that office: the person of the document who held it when it was
            # written ("Emmanuel Macron et Angela Merkel…" then "le président et la chancelière"),
            # by the table of terms — of several, the one named at least twice as often as any
            # other (the article's leader, not a leader it names in passing)
            holding: dict[str, list[Entity]] = {}
            for p in article.entities:
                if p.label == "PERSON" and p.kind not in ("reporter", "agency") \
                        and held_on(p.canonical, kind, article.published):
                    holding.setdefault(p.canonical, []).append(p)
            ranked = sorted(holding.values(), key=len, reverse=True)
            if ranked and (len(ranked) == 1 or len(ranked[0]) >= 2 * len(ranked[1])):
                holders = ranked[0][:1]
        if holders:
            holder = max(holders, key=lambda p: p.start)
            if holder.canonical not in have:
                found.append(replace(holder, start=at, end=after, text=article.raw[at:after]))
                have.add(holder.canonical)
    return found


@lru_cache(maxsize=1)
def _terms() -> dict[str, list[tuple[str, str, str | None]]]:
    """Canonical person name → (office class, from, to) of each term the table of terms
    (``resources/offices_held.json``) gives: head of state, of government, foreign minister."""
    terms: dict[str, list[tuple[str, str, str | None]]] = {}
    for term in langdata.resource("offices_held.json")["terms"]:
        terms.setdefault(term["canonical"], []).append((term["office"], term["from"], term["to"]))
    return terms


def held_on(canonical: str, kind: str, day: str | None) -> bool:
    """Did the person hold an office of that class on that day ("YYYY-MM-DD")? Terms known to
    the month or year count for every day of it; no day, no answer (False)."""
    if not day:
        return False
    return any(office == kind and day[:len(start)] >= start and (end is None or day[:len(end)] <= end)
               for office, start, end in _terms().get(canonical, ()))


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
        extension = g.data.get("office_extension_after")
        if office is not None and extension and re.match(extension, article.text[named_after:named_after + 12]):
            continue  # "美国总统气候问题特使", "俄总统新闻秘书": an aide's office, not the president's
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


@lru_cache(maxsize=None)
def _office_phrases(language: str) -> re.Pattern | None:
    titles = sorted({t for t in langdata.load("entities", language).get("titles", []) if " " in t},
                    key=len, reverse=True)
    # in any number: "les Premiers ministres hongrois et tchèque"
    plural = [r"\s+".join(re.escape(w) + "(?:s|x)?" for w in t.split()) for t in titles]
    return re.compile("|".join(plural), re.IGNORECASE) if titles else None


def office_phrase_at(text: str, start: int, language: str) -> bool:
    """Does an office of several words of the language's titles start here, in any number ("chef
    du gouvernement", "chef de la diplomatie", "Premiers ministres")?"""
    pattern = _office_phrases(language)
    return bool(pattern and pattern.match(text, start))


def named_with_an_office(person: Entity, article: Article) -> bool:
    """Does an office word of the person's language (its ``titles``) stand right before their name
    ("le Premier ministre X", "la présidente de la Confédération, X"), or right after it ("X,
    ministre de…")?"""
    # an apposition too: "la présidente de la Confédération, Viola Amherd"
    before = re.split(r"[;.:。；：()（）]", article.text[max(0, person.start - 40):person.start])[-1]
    after = re.split(r"[;.:，。；：()（）]", article.text[person.end:person.end + 40])[0]
    if is_han(person.text[:1]):  # every title counts, two characters too ("总统", "外长")
        return any(t in before for t in langdata.load("entities", person.language).get("titles", []))
    return any(office_word(w, person.language) for w in re.findall(r"[\w'’-]+", before + " " + after))


def in_business(person: Entity, article: Article) -> bool:
    """Is the person named right after a company office of their language (``business_titles``,
    ending where the name starts: "汇丰集团行政总裁X", "董事长X")? (French has no such list: a
    person named with no office word is already private there, ``officeless_person_is_private``.)"""
    pattern = langdata.load("entities", person.language).get("business_titles")
    return bool(pattern and re.search(pattern, article.text[max(0, person.start - 12):person.start]))


def officials(article: Article) -> frozenset[str]:
    """The people of the document who hold an office: in the alias table, or named with an office
    word at one of their mentions (``named_with_an_office``) — not "la demeure de George Washington"."""
    return frozenset(e.canonical for e in article.entities if e.label == "PERSON"
                     and (e.kind == "alias" or named_with_an_office(e, article)))
