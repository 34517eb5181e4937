"""Entities stage: an Article with sentences in, the same Article with ``entities`` out.

Place in the flow: after the candidates stage (``Article.candidates``: sentences with an event cue
word and their neighbours), before dates and events. Only the candidate sentences are read, so the
spaCy model runs on a fraction of each document.

In each selected sentence, candidates come from:
1. the alias table (``resources/aliases.json``): leaders, international organisations, agencies;
2. the gazetteer of the sentence's language (``gazetteer.py``): countries, regions, cities,
   demonyms;
3. the language's spaCy model (``models.nlp_for``): PERSON, ORG, LOC spans; for Chinese without a
   model, jieba's person tags and "office + transliterated name" ("总统托卡耶夫").
Alias and gazetteer candidates win over model spans on overlap. Persons then lose their titles,
resolve to the alias table (exact or fuzzy on the accent-folded form), take a country from an
adjacent office ("le président kazakh X", "哈萨克斯坦总统X"), and a surname alone links to the full
name seen in the same document (kind "coreference").

``find_entities(article) -> Article`` is the public verb.
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from . import langdata, models
from .gazetteer import AliasTable, Entry, Gazetteer, aliases, fold, gazetteer, is_han
from .records import Article, Entity, Sentence

log = logging.getLogger(__name__)

#: rapidfuzz ratio (0-100) above which a model's person or organisation name is taken as an alias
#: name: the same threshold the scorer uses for name agreement (ANNOTATION.md).
ALIAS_MIN_RATIO = 90
#: How far before a person the country of an office may sit: "le président de la République du
#: Kazakhstan" is about 40 characters. Unit: characters.
TITLE_WINDOW = 60
#: Sentences per ``nlp.pipe`` batch.
NLP_BATCH_SIZE = 64
#: Which candidate wins an overlap: higher first, then the longer span.
PRIORITY = {"alias": 4, "agency": 4, "gazetteer": 3, "demonym": 3, "title": 2, "model": 1}


@dataclass
class Candidate:
    start: int  # offsets into the sentence text until placed
    end: int
    entry: Entry
    source: str  # a PRIORITY key


def find_entities(article: Article) -> Article:
    """Entities of the candidate sentences (``Article.candidate_sentences``), sorted by start."""
    selected = list(article.candidate_sentences())
    by_language: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in selected:
        by_language[sentence.language].append(sentence)
    found: list[Entity] = []
    for language, sentences in by_language.items():
        found.extend(_language_entities(article, language, sentences))
    found = _alias_short_forms(article, selected, found)
    found = _link_short_forms(found)
    found.sort(key=lambda e: (e.start, e.end))
    return replace(article, entities=tuple(found))


# --------------------------------------------------------------------------------------------
# per language


@dataclass(frozen=True)
class LanguageRules:
    data: dict
    titles: re.Pattern | None  # one office or honorific, anchored nowhere
    leading_title: re.Pattern | None  # determiner + office at the start of a span
    title_at_end: re.Pattern | None  # office (+ connector) ending a text
    gap: re.Pattern  # what may stand between an office's country and the person
    transliteration: re.Pattern | None  # office + transliterated name (Chinese)


@lru_cache(maxsize=None)
def _rules(language: str) -> LanguageRules:
    data = langdata.load("entities", language)
    titles = sorted(data.get("titles", []), key=len, reverse=True)
    dets = sorted(data.get("title_determiners", []), key=len, reverse=True)
    connectors = sorted(data.get("connectors", []), key=len, reverse=True)
    latin = language != "zh" and not any(is_han(t) for t in titles)
    flags = re.IGNORECASE if latin else 0
    word_end = r"(?![\w'])" if latin else ""
    title_alt = "|".join(re.escape(t) + (word_end if t[-1].isalnum() else "") for t in titles)
    det_alt = "|".join(re.escape(d) + (r"\s*" if d.endswith("'") else r"\s+") for d in dets)
    conn_alt = "|".join(re.escape(c) + (r"\s*" if c.endswith("'") else r"\s*") for c in connectors)
    if not titles:
        return LanguageRules(data, None, None, None, re.compile(r"[\s,，、]*"), None)
    title_re = re.compile(rf"(?:{title_alt})", flags)
    # no "^": the pattern is matched at a span's start with pattern.match(text, pos)
    leading = re.compile(rf"(?:(?:{det_alt}))?(?:{title_alt})[\s,]*", flags) if det_alt else \
        re.compile(rf"(?:{title_alt})[\s,]*", flags)
    at_end = re.compile(rf"(?:{title_alt})\s*(?:(?:{conn_alt}))?$" if conn_alt else rf"(?:{title_alt})\s*$", flags)
    gap_parts = [r"\s", r"[,，、]", title_alt] + ([conn_alt] if conn_alt else []) + ([det_alt] if det_alt else [])
    gap = re.compile(rf"(?:{'|'.join(gap_parts)})*", flags)
    chars = data.get("transliteration_chars", "")
    translit = None
    if chars:
        min_chars = int(data.get("transliteration_min_chars", 2))
        translit = re.compile(rf"(?:{title_alt})(?P<name>[{re.escape(chars)}]{{{min_chars},}})")
    return LanguageRules(data, title_re, leading, at_end, gap, translit)


def _gazetteer_for(language: str) -> Gazetteer | None:
    """None for a language Babel does not know ("und"): nothing to match its text against."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None
    return gazetteer(language)


def _language_entities(article: Article, language: str, sentences: list[Sentence]) -> list[Entity]:
    rules = _rules(language)
    places = _gazetteer_for(language)
    table = aliases()
    texts = [article.text[s.start:s.end] for s in sentences]
    spans_per_sentence = _model_spans(language, texts, rules.data)
    out: list[Entity] = []
    for sentence, text, model_spans in zip(sentences, texts, spans_per_sentence):
        words = models.chinese_words(text) if language == "zh" else []
        boundaries = ({0, len(text)} | {w[0] for w in words} | {w[1] for w in words}) if words else None
        candidates = [Candidate(h.start, h.end, h.entry, h.entry.kind if h.entry.kind == "agency" else "alias")
                      for h in table.names.find(text, boundaries)]
        if places is not None:
            candidates += [Candidate(h.start, h.end, h.entry, h.entry.kind) for h in places.find(text, boundaries)]
        candidates += _model_candidates(model_spans, text, rules, places, table)
        candidates += _pattern_persons(text, rules, table, words)
        chosen = _resolve_overlaps(candidates)
        entities = [_to_entity(c, article, sentence) for c in chosen]
        out.extend(_countries_from_titles(entities, article, sentence, rules))
    return out


def _model_spans(language: str, texts: list[str], data: dict) -> list[list[tuple[int, int, str]]]:
    """(start, end, pipeline label) of each sentence's NER spans; empty lists without NER."""
    nlp = models.nlp_for(language)
    if nlp is None or "ner" not in nlp.pipe_names or not texts:
        return [[] for _ in texts]
    labels = data.get("model_labels", {})
    out = []
    for doc in nlp.pipe(texts, batch_size=NLP_BATCH_SIZE):
        out.append([(e.start_char, e.end_char, labels[e.label_]) for e in doc.ents if e.label_ in labels])
    return out


def _model_candidates(spans, text: str, rules: LanguageRules, places: Gazetteer | None,
                      table: AliasTable) -> list[Candidate]:
    stop = set(rules.data.get("person_stoplist", []))
    out = []
    for start, end, label in spans:
        if label == "PERSON":
            start = _strip_titles(text, start, end, rules, places)
            name = text[start:end].strip(" ,")
            end = start + len(name)
            if len(name) < 2 or name in stop or not any(ch.isupper() or is_han(ch) for ch in name):
                continue
            entry = table.resolve(name, "PERSON", ALIAS_MIN_RATIO)
            out.append(Candidate(start, end, entry, "alias") if entry else
                       Candidate(start, end, Entry(label="PERSON", canonical=name, kind="model"), "model"))
        elif label == "ORG":
            name = text[start:end]
            # "ministère des Affaires étrangères", "Président": offices and ministries, not bodies
            if not name[:1].isupper() and not is_han(name[:1]) or (rules.titles and rules.titles.fullmatch(name)):
                continue
            entry = table.resolve(name, "ORG", ALIAS_MIN_RATIO)
            out.append(Candidate(start, end, entry, "alias") if entry else
                       Candidate(start, end, Entry(label="ORG", canonical=name, kind="model"), "model"))
        else:  # LOC: a place the gazetteer knows under this exact name keeps the gazetteer's reading
            name = text[start:end]
            entry = places.lookup(name) if places is not None else None
            out.append(Candidate(start, end, entry, entry.kind) if entry else
                       Candidate(start, end, Entry(label="LOC", canonical=name, kind="model"), "model"))
    return out


def _strip_titles(text: str, start: int, end: int, rules: LanguageRules, places: Gazetteer | None) -> int:
    """The new start of a person span after its leading offices and their countries
    ("le président kazakh Kassym-Jomart Tokaïev" → "Kassym-Jomart Tokaïev")."""
    if rules.leading_title is None:
        return start
    while True:
        m = rules.leading_title.match(text, start, end)
        if not m or m.end() == start:
            return start
        start = m.end()
        if places is not None:  # a demonym or country right after the office
            hits = places.find(text[start:end])
            if hits and hits[0].start == 0 and hits[0].entry.label == "COUNTRY" and hits[0].end < end - start:
                start += hits[0].end
                while start < end and text[start] in " ,":
                    start += 1


def _pattern_persons(text: str, rules: LanguageRules, table: AliasTable, words) -> list[Candidate]:
    """Persons a model may miss: an office followed by a transliterated name (Chinese), jieba's
    person tags (Chinese), an honorific followed by an alias surname ("M. Xi")."""
    out = []
    if rules.transliteration is not None:
        for m in rules.transliteration.finditer(text):
            name = m.group("name")
            entry = table.resolve(name, "PERSON", 100) or Entry(label="PERSON", canonical=name, kind="model")
            out.append(Candidate(m.start("name"), m.end("name"), entry, "title"))
    tags = set(rules.data.get("pos_person_tags", []))
    stop = set(rules.data.get("person_stoplist", []))
    surnames = rules.data.get("common_surnames", "")
    dictionary = _segmenter_dictionary() if words else {}
    for start, end, word, tag in words:
        # jieba's dictionary tags many words as names (卫星, 友谊): trust the tag for a surname +
        # given name of 3 characters, or for 2 characters the dictionary does not hold
        looks_like_name = word[:1] in surnames and (len(word) == 3 or (len(word) == 2 and word not in dictionary))
        if tag in tags and looks_like_name and word not in stop:
            entry = table.resolve(word, "PERSON", 100) or Entry(label="PERSON", canonical=word, kind="model")
            out.append(Candidate(start, end, entry, "model"))
    if rules.titles is not None and not words:
        for m in rules.titles.finditer(text):
            after = re.match(r"\s+([A-ZÀ-Ý][\w'’-]+)", text[m.end():])
            if not after:
                continue
            entry = table.by_folded.get(fold(after.group(1)))
            if entry is not None and entry.label == "PERSON":
                start = m.end() + after.start(1)
                out.append(Candidate(start, start + len(after.group(1)), entry, "alias"))
    return out


def _segmenter_dictionary() -> dict[str, str]:
    from .gazetteer import _jieba_tags

    return _jieba_tags()


def _resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Highest priority, then longest, wins; a gazetteer city strictly inside a model person
    ("Tokaïev" would lose to nothing, but a surname that is also a town must) is dropped first."""
    persons = [(c.start, c.end) for c in candidates if c.source == "model" and c.entry.label == "PERSON"]
    kept = [c for c in candidates
            if not (c.entry.label == "CITY" and c.source == "gazetteer"
                    and any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in persons))]
    kept.sort(key=lambda c: (-PRIORITY.get(c.source, 0), -(c.end - c.start), c.start))
    chosen: list[Candidate] = []
    for c in kept:
        if c.end > c.start and not any(o.start < c.end and c.start < o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _to_entity(c: Candidate, article: Article, sentence: Sentence) -> Entity:
    start, end = sentence.start + c.start, sentence.start + c.end
    e = c.entry
    return Entity(start=start, end=end, text=article.raw[start:end], label=e.label, canonical=e.canonical,
                  language=sentence.language, kind=e.kind, entity_id=e.entity_id, country=e.country,
                  members=e.members)


def _countries_from_titles(entities: list[Entity], article: Article, sentence: Sentence,
                           rules: LanguageRules) -> list[Entity]:
    """A person without a known country takes the country of an office next to the name:
    "le président kazakh X", "le président du Kazakhstan, X", "哈萨克斯坦总统X"."""
    if rules.titles is None:
        return entities
    out = []
    for e in entities:
        if e.label != "PERSON" or e.country:
            out.append(e)
            continue
        country = ""
        before = [c for c in entities if c.label == "COUNTRY" and c.entity_id and c.end <= e.start
                  and e.start - c.end <= TITLE_WINDOW]
        if before:
            c = max(before, key=lambda x: x.end)
            gap = article.text[c.end:e.start]
            if rules.gap.fullmatch(gap):
                office_in_gap = bool(rules.titles.search(gap))
                office_before = bool(rules.title_at_end.search(
                    article.text[max(sentence.start, c.start - TITLE_WINDOW):c.start].rstrip()
                    + " ")) if not office_in_gap else False
                if office_in_gap or office_before:
                    country = c.entity_id
        out.append(replace(e, country=country) if country else e)
    return out


# --------------------------------------------------------------------------------------------
# within the document


def _alias_short_forms(article: Article, sentences: list[Sentence], found: list[Entity]) -> list[Entity]:
    """Surnames of alias persons the document already names in full ("Mike Pompeo" … "Pompeo"):
    searched only then, since a bare surname elsewhere may be anyone (or a town)."""
    table = aliases()
    by_canonical = {e.canonical: e for e in found if e.label == "PERSON" and e.kind == "alias"}
    entries = [entry for entry in table.short_forms if entry.canonical in by_canonical]
    if not entries:
        return found
    out = list(found)
    for entry in entries:
        for surname in table.short_forms[entry]:
            pattern = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])")
            for sentence in sentences:
                for m in pattern.finditer(article.text, sentence.start, sentence.end):
                    overlapping = [e for e in out if e.start < m.end() and m.start() < e.end]
                    # a place reading of exactly the surname ("Pompeo" is a Brazilian town) yields
                    if any((e.start, e.end) != m.span() or e.label not in ("CITY", "LOC") for e in overlapping):
                        continue
                    out = [e for e in out if e not in overlapping]
                    out.append(Entity(start=m.start(), end=m.end(), text=article.raw[m.start():m.end()],
                                      label="PERSON", canonical=entry.canonical, language=sentence.language,
                                      kind="coreference", entity_id=entry.entity_id, country=entry.country))
    return out


def _link_short_forms(entities: list[Entity]) -> list[Entity]:
    """A one-word person ("Tokaïev", "Pompeo") not in the alias table takes the identity of a
    full name of the same document ending in that word, the nearest before it if any."""
    full = [e for e in entities if e.label == "PERSON" and " " in e.text.strip()]
    if not full:
        return entities
    out = []
    for e in entities:
        # a surname the gazetteer or the model took for a place ("Pompeo" is also a Brazilian
        # town) is the person when the document names that person in full
        place_like = e.label in ("CITY", "LOC") and e.kind in ("gazetteer", "model")
        if not (e.label == "PERSON" and e.kind == "model" or place_like) \
                or " " in e.text.strip() or is_han(e.text[:1]):
            out.append(e)
            continue
        key = fold(e.text)
        matches = [f for f in full if fold(f.text.split()[-1]) == key or fold(f.canonical.split()[-1]) == key]
        if not matches:
            out.append(e)
            continue
        preceding = [f for f in matches if f.start < e.start]
        target = max(preceding, key=lambda f: f.start) if preceding else min(matches, key=lambda f: f.start)
        out.append(replace(e, label="PERSON", canonical=target.canonical, entity_id=target.entity_id,
                           country=target.country or (e.country if e.label == "PERSON" else ""),
                           members=(), kind="coreference"))
    return out
