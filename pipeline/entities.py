"""Entities stage: an Article with sentences in, the same Article with ``entities`` out.

Place in the flow: after the candidates stage (``Article.candidates``: sentences with an event cue
word and their neighbours), before dates and events. Only the candidate sentences are read, so the
spaCy model runs on a fraction of each document.

In each selected sentence, candidates come from:
1. the alias table (``resources/aliases.json``): leaders, international organisations, agencies;
2. the gazetteer of the sentence's language (``gazetteer.py``): countries, regions, cities,
   demonyms;
3. the language's spaCy model (``models.nlp_for``): PERSON, ORG, LOC spans; for Chinese without a
   model, jieba's person tags (Chinese names) and an office followed by a name (``_office_names``:
   "总统托卡耶夫", "主席迪亚斯-卡内尔", "国王费利佩六世", "总理范明政"), the transliteration characters
   learnt from the data libraries (``gazetteer.transliteration_chars``).
Chinese places that are words of an office or a name ("外长沙赫…" is no 长沙, "文莱苏丹" no Sudan) are
dropped by position; "在京", "来华" give Beijing and China; a country glued to a news outlet
("英国路透社", "德国电视一台", "la télévision allemande") is part of an agency span; persons of a byline
("（记者张三）", "envoyé spécial") get kind "reporter" and are never participants.
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
from .candidates import has_cue
from .gazetteer import (AliasTable, Entry, Gazetteer, aliases, capitals, gazetteer, short_place_forms,
                        transliteration_chars, venue)
from .records import Article, Entity, Sentence
from .text import HAN_CLASS, chinese_words, fold, is_han

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
PRIORITY = {"alias": 4, "agency": 4, "gazetteer": 3, "demonym": 3, "abbreviation": 3, "title": 2, "model": 1}
#: Characters that join the parts of a foreign name written in Chinese ("迪亚斯-卡内尔", "本·萨勒曼").
NAME_JOINERS = "·•・‧-－—"
#: Segmenter tags (first letter) of words that are never a name after an office: verbs, adverbs,
#: adjectives, pronouns, conjunctions, prepositions, idioms and set phrases ("总统连任", "总理再次").
NOT_NAME_TAGS = frozenset("vdarcpil")
#: A regnal number ends a monarch's name ("费利佩六世", "查尔斯三世").
REGNAL_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}世")
#: Shortest foreign name after an office (unit: characters): "普京", "卢拉".
MIN_FOREIGN_NAME_CHARS = 2
#: Longest name after an office (unit: characters, joiners included): "穆罕默德·本·萨勒曼·阿勒沙特" is 14.
MAX_FOREIGN_NAME_CHARS = 30
#: A name written with Chinese readings (范明政, 李在明, 石破茂) after an office: 2 to 4 characters.
MAX_HAN_NAME_CHARS = 4
#: How far after a city read as a name a cue word must stand for the city to be compounded with
#: it ("喀山会晤") rather than a name before its verb ("赫拉特举行会谈"). Unit: characters.
CUE_RIGHT_AFTER = 3

#: Segmenter tags of person names (jieba: nr person, nrfg given name, nrt transliterated name).
NAME_TAGS = {"nr", "nrfg", "nrt"}
#: The heads of the segmenter's tags of proper nouns (person, place, organisation, other: nr, nrt,
#: nrfg, ns, nt, nz): a run after an office that is a dictionary word with any other tag is a
#: common word ("密集", tagged n), never a name.
PROPER_TAG_HEADS = ("nr", "ns", "nt", "nz")
#: How far after a reporter word the names of a byline may run (unit: characters).
BYLINE_WINDOW = 40


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
    if selected:
        found.extend(_known_people_elsewhere(article, selected))
    found = _sides_named_in_full(found)
    found = _names_found_once(article, selected, found)
    found = _namesakes_of_another_state(found)
    found = _alias_short_forms(article, selected, found)
    found = _link_short_forms(found, article.text)
    found = _one_country_per_person(found)
    found = _cities_of_named_countries(found)
    found.sort(key=lambda e: (e.start, e.end))
    return replace(article, entities=tuple(found))


@lru_cache(maxsize=None)
def _region_prefixes(language: str) -> tuple[str, ...]:
    """The home regions of the events data (``home_regions``), longest first, less those that are
    cities themselves ("北京人民大会堂" stays whole: the landmark reads it)."""
    pattern = langdata.load("events", language).get("home_regions", "")
    places = _gazetteer_for(language)
    regions = sorted(pattern.split("|"), key=len, reverse=True) if pattern else []
    return tuple(r for r in regions if places is None or not any(
        h.start == 0 and h.end == len(r) and h.entry.label == "CITY" for h in places.find(r, {0, len(r)})))


def _region_prefix_ends(words, language: str) -> set[int]:
    """Where a region's name ends inside a longer word that starts with it ("广西南宁" → after 广西)."""
    out = set()
    for w in words:
        start, end, word = w[0], w[1], w[2]
        if end - start >= 4:
            region = next((r for r in _region_prefixes(language) if word.startswith(r) and len(word) - len(r) >= 2),
                          None)
            if region:
                out.add(start + len(region))
    return out


def _known_people_elsewhere(article: Article, selected: list[Sentence]) -> list[Entity]:
    """People of the alias table named in the sentences the model does not read, in a document
    that speaks of an event: "Emmanuel Macron gravit les marches…" in a lead with no event word
    lets "le président français" of a later sentence stand for him (offices and pronouns read
    the document's people). A table look-up only, no model: these sentences cost next to nothing."""
    chosen = {(s.start, s.end) for s in selected}
    table = aliases()
    out = []
    for sentence in article.sentences:
        if (sentence.start, sentence.end) in chosen or sentence.language not in ("fr", "zh"):
            continue
        text = article.text[sentence.start:sentence.end]
        words = chinese_words(text) if sentence.language == "zh" else []
        boundaries = ({0, len(text)} | {w[0] for w in words} | {w[1] for w in words}) if words else None
        for h in table.names.find(text, boundaries):
            if h.entry.label == "PERSON":
                out.append(_to_entity(Candidate(h.start, h.end, h.entry, "alias"), article, sentence))
    return out


def _one_country_per_person(found: list[Entity]) -> list[Entity]:
    """A person's country given at one mention ("美国财政部长耶伦") holds at the others ("耶伦于4日
    至9日访华"): the country the document gives that person, when it gives only one."""
    countries: dict[str, set[str]] = defaultdict(set)
    for e in found:
        if e.label == "PERSON" and e.country:
            countries[e.canonical].add(e.country)
    return [replace(e, country=next(iter(countries[e.canonical])))
            if e.label == "PERSON" and not e.country and len(countries.get(e.canonical, ())) == 1 else e
            for e in found]


def _cities_of_named_countries(found: list[Entity]) -> list[Entity]:
    """A city name several countries share is the one of a country the document names, when it
    names not the country of the most populous bearer ("维多利亚" in a text on the Seychelles;
    ``NameIndex.homonym_in`` says when a big city or a capital keeps its name)."""
    named = {e.entity_id for e in found if e.label == "COUNTRY"}
    out = []
    for e in found:
        places = _gazetteer_for(e.language) if e.label == "CITY" and e.kind == "gazetteer" else None
        other = places.names.homonym_in(e.text, named, _capital_ids(e.language)) if places else None
        out.append(replace(e, canonical=other.canonical, entity_id=other.entity_id, country=other.country)
                   if other else e)
    return out


@lru_cache(maxsize=None)
def _capital_ids(language: str) -> frozenset[str]:
    return frozenset(e.entity_id for e in capitals(language).values())


# --------------------------------------------------------------------------------------------
# per language


@dataclass(frozen=True)
class LanguageRules:
    data: dict
    titles: re.Pattern | None  # one office or honorific, anchored nowhere
    leading_title: re.Pattern | None  # determiner + office at the start of a span
    title_at_end: re.Pattern | None  # office (+ connector) ending a text
    gap: re.Pattern  # what may stand between an office's country and the person
    reporter: re.Pattern | None  # a word introducing a byline ("记者", "envoyé spécial")
    media: re.Pattern | None  # a kind of outlet after a country ("电视台") or before a demonym ("la chaîne")
    venue_before: re.Pattern | None = None  # a place preposition ending a text ("à ")
    dateline: re.Pattern | None = None  # an all-caps place opening a sentence ("MOSCOU, 3 juin")


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
    reporter_words = sorted(data.get("reporter_words", []), key=len, reverse=True)
    reporter = re.compile("|".join(re.escape(w) + word_end for w in reporter_words), flags) \
        if reporter_words else None
    media_words = sorted(data.get("media_words", []), key=len, reverse=True)
    media = re.compile("|".join(re.escape(w) + word_end for w in media_words), flags) if media_words else None
    prepositions = sorted(data.get("venue_prepositions", []), key=len, reverse=True)
    venue_words = [r"(?<![\w'’])(?:" + "|".join(re.escape(p) for p in prepositions) + r")\s+$"] if prepositions else []
    if data.get("venue_after_event"):  # "le sommet de Pau", "le forum de Boao": the event's place
        venue_words.append(data["venue_after_event"])
    venue_before = re.compile("|".join(venue_words), re.IGNORECASE) if venue_words else None
    dateline = re.compile(data["dateline_place"]) if data.get("dateline_place") else None
    if not titles:
        return LanguageRules(data, None, None, None, re.compile(r"[\s,，、]*"), reporter, media, venue_before,
                             dateline)
    title_re = re.compile(rf"(?:{title_alt})", flags)
    # no "^": the pattern is matched at a span's start with pattern.match(text, pos)
    leading = re.compile(rf"(?:(?:{det_alt}))?(?:{title_alt})[\s,]*", flags) if det_alt else \
        re.compile(rf"(?:{title_alt})[\s,]*", flags)
    at_end = re.compile(rf"(?:{title_alt})\s*(?:(?:{conn_alt}))?$" if conn_alt else rf"(?:{title_alt})\s*$", flags)
    gap_parts = [r"\s", r"[,，、]", title_alt] + ([conn_alt] if conn_alt else []) + ([det_alt] if det_alt else [])
    # an office's portfolio may stand between its country and the person: "美国财政部长耶伦",
    # "la secrétaire américaine au Trésor X" (office_portfolio of the language file)
    gap_parts += [data["office_portfolio"]] if data.get("office_portfolio") else []
    # the body the office is of: "澳大利亚联邦议会参议长X"
    gap_parts += [data["office_institution"]] if data.get("office_institution") else []
    gap = re.compile(rf"(?:{'|'.join(gap_parts)})*", flags)
    return LanguageRules(data, title_re, leading, at_end, gap, reporter, media, venue_before, dateline)


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
        words = chinese_words(text) if language == "zh" else []
        boundaries = ({0, len(text)} | {w[0] for w in words} | {w[1] for w in words}) if words else None
        if boundaries is not None and rules.data.get("name_followers"):
            # "国家副主席韩正在北京": the segmenter reads 正在 (now), but a particle or verb that
            # follows names (name_followers) may also end one
            boundaries |= {i for i, ch in enumerate(text) if ch in rules.data["name_followers"]}
        if boundaries is not None:
            # "广西南宁", "云南昆明": the segmenter reads a province and its city as one word; the
            # province's name (``home_regions`` of the events data) ends a word of its own
            boundaries |= _region_prefix_ends(words, language)
        if boundaries is not None and rules.data.get("name_preceders"):
            # "和普京", "向普京": the segmenter glues a preposition or conjunction to the name after it
            boundaries |= {w[0] + 1 for w in words if len(w[2]) >= 3 and w[2][0] in rules.data["name_preceders"]}
        candidates = [Candidate(h.start, h.end, h.entry, h.entry.kind if h.entry.kind == "agency" else "alias")
                      for h in table.names.find(text, boundaries)]
        if places is not None:
            candidates += [Candidate(h.start, h.end, h.entry, h.entry.kind) for h in places.find(text, boundaries)]
            candidates += _short_place_forms(text, language, rules, words)
        candidates += _model_candidates(model_spans, text, rules, places, table, language)
        candidates += _dateline_places(text, rules, places, language)
        office_names = _office_names(text, language, rules, table, places, words)
        office_names += _names_before_office(text, language, rules, table, places, words)
        candidates = _places_read_as_names(candidates, office_names, text, rules)
        candidates += office_names
        candidates += _pattern_persons(text, language, rules, table, words)
        candidates += _surname_with_office(text, rules, table, words)
        candidates += _partner_names(text, language, rules, table, places, words)
        candidates = _media_outlets(candidates, text, rules)
        candidates = _capitals_described(candidates, text, rules, language)
        candidates = _not_in_building_names(candidates, text, rules)
        candidates = _namesakes(candidates, text)
        candidates = _not_in_adjectives(candidates, text, rules)
        chosen = _resolve_overlaps(candidates)
        chosen = _reporters(chosen, text, rules, boundaries)
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
                      table: AliasTable, language: str) -> list[Candidate]:
    stop = set(rules.data.get("person_stoplist", []))
    out = []
    for start, end, label in spans:
        if label == "PERSON":
            start = _strip_titles(text, start, end, rules, places)
            name = text[start:end].strip(" ,")
            end = start + len(name)
            if len(name) < 2 or name in stop or not any(ch.isupper() or is_han(ch) for ch in name):
                continue
            things = rules.data.get("thing_nouns")  # "le prix Nobel", "la loi Veil"
            if things and ((" " not in name and re.search(rf"\b(?:{things})\s+$", text[max(0, start - 20):start]))
                           or re.match(rf"(?:{things})\s", name)):
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
            if entry is None and rules.venue_before is not None and rules.venue_before.search(text, 0, start):
                # "à Davos", "à Washington": the model's place after a place preposition is a city
                # of any size GeoNames knows (gazetteer.venue: no population floor, no surname list)
                entry = venue(name, language)
            out.append(Candidate(start, end, entry, entry.kind) if entry else
                       Candidate(start, end, Entry(label="LOC", canonical=name, kind="model"), "model"))
    return out


def _dateline_places(text: str, rules: LanguageRules, places: Gazetteer | None, language: str) -> list[Candidate]:
    """The all-caps city of a dateline ("MOSCOU, 3 juin (Xinhua) --", "HANOÏ (AFP) -"), which the model
    reads as an organisation or a person: case-folded against the gazetteer's cities, else any
    GeoNames city of that name (``gazetteer.venue``: a dateline names a place)."""
    m = rules.dateline.match(text) if rules.dateline is not None and places is not None else None
    if m is None or not m.group("place").isupper():
        return []
    name = m.group("place")
    entry = places.lookup_folded(name)
    if entry is None:
        entry = venue(name, language)
    elif entry.label != "CITY":
        return []  # a country or region heading a paragraph is no dateline city
    return [Candidate(m.start("place"), m.end("place"), entry, "gazetteer")] if entry is not None else []


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


def _pattern_persons(text: str, language: str, rules: LanguageRules, table: AliasTable, words) -> list[Candidate]:
    """Persons a model may miss: jieba's person tags (Chinese), an honorific followed by an alias
    surname ("M. Xi"). Offices followed by a name are ``_office_names``."""
    out = []
    tags = set(rules.data.get("pos_person_tags", []))
    stop = set(rules.data.get("person_stoplist", []))
    surnames = rules.data.get("common_surnames", "")
    dictionary = _segmenter_dictionary() if words else {}
    foreign = transliteration_chars(language) if words else {}
    group = rules.data.get("group_after_name")
    season = rules.data.get("time_after_name")
    for start, end, word, tag in words:
        # jieba's dictionary tags many words as names (卫星, 友谊): trust the tag for a surname +
        # given name of 3 characters, or for 2 characters the dictionary does not hold
        looks_like_name = word[:1] in surnames and (len(word) == 3 or (len(word) == 2 and word not in dictionary))
        if tag not in tags or not looks_like_name or word in stop:
            continue
        # the tail of a foreign name ("拉里贾尼" gives 拉里 + 贾尼) is no Chinese person
        if start >= 2 and all(ch in foreign for ch in text[start - 2:start]):
            continue
        # "向普京介绍": a surname that is also a preposition before a known name ("普京") is the
        # preposition (a Chinese name is matched exactly: the alias table has no fuzzy Han forms)
        known = table.by_folded.get(fold(word[1:])) if len(word) == 3 else None
        if known is not None and known.label == "PERSON":
            continue
        if group and re.match(group, text[end:end + 3]):
            continue  # "胡塞武装": a name of a group, not of a person
        if season and re.match(season, text[end:end + 3]):
            continue  # "今年孟夏时节": a season or a time, not a person
        entry = table.resolve(word, "PERSON", 100) or Entry(label="PERSON", canonical=word, kind="model")
        out.append(Candidate(start, end, entry, "model"))
    if rules.titles is not None and not words:
        for m in rules.titles.finditer(text):
            after = re.match(r"\s+([A-ZÀ-Ý][\w'’-]+)(?!\s+[A-ZÀ-Ý])", text[m.end():])
            if not after:
                continue  # no capitalised word, or the first of a longer name ("M. Wang Wentao")
            entry = table.by_folded.get(fold(after.group(1)))
            if entry is not None and entry.label == "PERSON":
                start = m.end() + after.start(1)
                out.append(Candidate(start, start + len(after.group(1)), entry, "alias"))
    return out


# --------------------------------------------------------------------------------------------
# Chinese: names after an office, places that are part of names, short place forms


def _office_names(text: str, language: str, rules: LanguageRules, table: AliasTable,
                  places: Gazetteer | None, words) -> list[Candidate]:
    """The person after an office word (``titles``): "总统托卡耶夫", "议长拉里贾尼", "主席迪亚斯-卡内尔",
    "国王费利佩六世", "总理范明政". A foreign name is a run of transliteration characters
    (``gazetteer.transliteration_chars``) and joiners; a name in Chinese readings is the segmenter's
    person words right after the office. Only for segmented (Chinese) text."""
    if rules.titles is None or not words:
        return []
    chars, starts, dictionary, stop = _name_reading(language, rules, words)
    followers = rules.data.get("name_followers", "")
    out = []
    for m in rules.titles.finditer(text):
        start = m.end()
        if rules.titles.match(text, start):
            continue  # an office chain ("总统特别代表"): the last office introduces the name
        end = _foreign_name_end(text, start, chars, words, starts, dictionary, followers)
        # "参议长莱恩斯和众议长迪克": a particle followed by another office ends the name there
        end = next((i for i in range(start + MIN_FOREIGN_NAME_CHARS, end)
                    if text[i] in followers and rules.titles.match(text, i + 1)), end)
        if end - start < MIN_FOREIGN_NAME_CHARS:
            end = _han_name_end(text, start, starts)
        if end - start < MIN_FOREIGN_NAME_CHARS:
            end = _surname_name_end(text, start, starts, rules)
        name = text[start:end]
        if end - start < MIN_FOREIGN_NAME_CHARS or name in stop:
            continue
        if text[:start].count("《") > text[:start].count("》"):
            continue  # "《阿布扎比部长宣言》": an office word in the title of a text names no one
        whole = starts.get(start)
        if whole is not None and whole[1] >= end and whole[3][:1] in NOT_NAME_TAGS \
                and table.resolve(name, "PERSON", 100) is None and not _sounds_foreign(name, end, chars, starts):
            # "祝贺普京总统连任", "总统坚强有力的领导": a word of the segmenter after the office,
            # a verb, adverb, adjective or idiom, holds the run
            continue
        if dictionary.get(name, "nr")[:2] not in PROPER_TAG_HEADS and table.resolve(name, "PERSON", 100) is None \
                and not _sounds_foreign(name, end, chars, starts):
            continue  # "副总理密集会见": a word of the segmenter's dictionary, no name, after the office
        place = places.lookup(name) if places is not None else None
        if place is not None and (place.label == "COUNTRY" or places.lookup(m.group(0)) is not None):
            continue  # "苏丹喀土穆", "总统府…": a place after the word, not a person ("总统哈桑" is one)
        if place is not None and place.label == "CITY" and has_cue(text[end:end + CUE_RIGHT_AFTER], language):
            # "两国元首喀山会晤": a city compounded with the event word, not a person (but
            # "外长赫拉特举行会谈": a name a city shares, before the verb of the talks)
            continue
        entry = table.resolve(name, "PERSON", 100)
        if entry is None:
            last = re.split(f"[{re.escape(NAME_JOINERS)}]", name)[-1]
            entry = table.resolve(last, "PERSON", 100) if last != name and len(last) >= 2 else None
        out.append(Candidate(start, end, entry, "alias") if entry is not None else
                   Candidate(start, end, Entry(label="PERSON", canonical=name, kind="model"), "title"))
    return out


def _names_before_office(text: str, language: str, rules: LanguageRules, table: AliasTable,
                         places: Gazetteer | None, words) -> list[Candidate]:
    """The person before an office word, the polite Chinese order: "同马克龙总统会谈",
    "会见拉尔歇参议长", "李强总理". A foreign name is the run of transliteration characters that
    ends at the office (not a place: "俄罗斯总统" is an office of Russia); a Chinese name is the
    segmenter's person word that ends there. Only for segmented (Chinese) text."""
    if rules.titles is None or not words:
        return []
    chars = transliteration_chars(language)
    ends = {w[1]: w for w in words}
    stop = set(rules.data.get("person_stoplist", []))
    out = []
    for m in rules.titles.finditer(text):
        end = m.start()
        start = end
        while start > 0 and end - start < MAX_FOREIGN_NAME_CHARS and (
                text[start - 1] in chars
                # "威廉-亚历山大国王": a joiner between two runs of the name's characters
                or (text[start - 1] in NAME_JOINERS and start - 1 > 0 and text[start - 2] in chars and start < end)):
            start -= 1
        word = ends.get(end)
        if end - start < MIN_FOREIGN_NAME_CHARS and word is not None and word[3] in NAME_TAGS:
            start = word[0]
        name = text[start:end]
        if end - start < MIN_FOREIGN_NAME_CHARS or name in stop:
            continue
        if places is not None and any((place := places.lookup(text[i:end])) is not None
                                      and (place.label != "CITY" or i - start <= 1)
                                      for i in range(start, end - 1)):
            # "俄罗斯总统", "的哈萨克斯坦总统": a place, or a name ending in one, before the office
            # — but a city's two characters ending a longer name are the name's ("利奥波德国王")
            continue
        if word is not None and word[0] < start:
            continue  # the run begins inside a longer word of the segmenter: not a name's start
        entry = table.resolve(name, "PERSON", 100)
        out.append(Candidate(start, end, entry, "alias") if entry is not None else
                   Candidate(start, end, Entry(label="PERSON", canonical=name, kind="model"), "title"))
    return out


#: The least share a character must have among the characters of foreign names written in Chinese
#: (``gazetteer.transliteration_chars``) for a segmenter's word of two such characters before a
#: verb to be read as a name ("多数党领袖舒默率领", where the segmenter tags 舒默 an adjective; not
#: "总统亲切会见", "普京总统连任"). Unit: share, 0 to 1.
FOREIGN_CHAR_SHARE = 0.0004


def _sounds_foreign(name: str, end: int, chars: dict, starts: dict) -> bool:
    """Is a word the segmenter tags no name made only of common transliteration characters, with
    a verb or punctuation right after it?"""
    after = starts.get(end)
    return all(chars.get(ch, 0) >= FOREIGN_CHAR_SHARE for ch in name) and (
        after is None or after[3][:1] in ("v", "x", "u"))


def _name_reading(language: str, rules: LanguageRules, words):
    """What reading a name in segmented text needs: the transliteration characters, the
    segmenter's words by start, its dictionary, and the words that are never a person."""
    return (transliteration_chars(language), {w[0]: w for w in words}, _segmenter_dictionary(),
            set(rules.data.get("person_stoplist", [])))


#: the shortest foreign name read between a comitative word and a verb of talks, with no office
#: ("同米切尔举行会谈"): two characters are too often a word or an abbreviation
MIN_PARTNER_NAME_CHARS = 3


def _partner_names(text: str, language: str, rules: LanguageRules, table: AliasTable,
                   places: Gazetteer | None, words) -> list[Candidate]:
    """"李强同米切尔举行会谈": a foreign name with no office, between a comitative word and a verb
    of talks (``partner_before_name``, ``partner_after_name``), once the office was given in the
    title or an earlier sentence. A run of transliteration characters, at least
    ``MIN_PARTNER_NAME_CHARS`` long, that is no place and no ordinary word of the segmenter."""
    before, after = rules.data.get("partner_before_name"), rules.data.get("partner_after_name")
    if not before or not after or not words:
        return []
    chars, starts, dictionary, stop = _name_reading(language, rules, words)
    out = []
    for m in re.finditer(before, text):
        start = m.end()
        end = _foreign_name_end(text, start, chars, words, starts, dictionary, rules.data.get("name_followers", ""))
        name = text[start:end]
        if end - start < MIN_PARTNER_NAME_CHARS or name in stop or not re.match(after, text[end:end + 4]):
            continue
        if dictionary.get(name, "n") not in NAME_TAGS | {"n"}:
            continue  # a word of the segmenter's dictionary of another kind than a name
        if places is not None and any(places.lookup(text[i:j]) is not None
                                      for i in range(start, end) for j in range(i + 2, end + 1)):
            continue  # "同俄罗斯举行…": a place, or a name holding one
        entry = table.resolve(name, "PERSON", 100)
        out.append(Candidate(start, end, entry, "alias") if entry is not None else
                   Candidate(start, end, Entry(label="PERSON", canonical=name, kind="model"), "title"))
    return out


def _surname_with_office(text: str, rules: LanguageRules, table: AliasTable, words) -> list[Candidate]:
    """"习主席", "同习主席会谈": a surname alone before an office word (``surname_offices``) is
    the person of the alias table of that country (``surname_offices_country``) whose name in
    Chinese is the only one to start with it; a shared surname ("李总理": Li Qiang, Li Keqiang)
    names no one. The surname stands alone, or right after a word of the segmenter's dictionary
    that it was glued to ("落实习主席": 落实, not 实习); not inside a word ("学习主席讲话")."""
    offices, country = rules.data.get("surname_offices"), rules.data.get("surname_offices_country")
    if not offices or not words:
        return []
    by_surname = _persons_by_surname(country)
    starts = {w[0]: w for w in words}
    dictionary = _segmenter_dictionary()
    out = []
    for m in re.finditer(rf"(?=([\u4e00-\u9fff])(?:{offices}))", text):
        at = m.start()
        entry = by_surname.get(text[at])
        alone = at in starts and starts[at][1] == at + 1
        if entry is None or not (alone or (at >= 2 and text[at - 2:at] in dictionary)):
            continue
        out.append(Candidate(at, at + 1, entry, "alias"))
    return out


@lru_cache(maxsize=None)
def _persons_by_surname(country: str) -> dict[str, Entry]:
    """First character → the one person of that country in the alias table whose Chinese name
    starts with it (characters shared by several people are left out)."""
    seen: dict[str, set[Entry]] = {}
    for spec in langdata.resource("aliases.json")["entries"]:
        if spec.get("label") != "PERSON" or spec.get("country") != country:
            continue
        entry = aliases().by_folded.get(fold(spec["canonical"]))
        for name in spec.get("names", []):
            if is_han(name) and 2 <= len(name) <= 4 and entry is not None:
                seen.setdefault(name[0], set()).add(entry)
    return {ch: next(iter(entries)) for ch, entries in seen.items() if len(entries) == 1}


def _foreign_name_end(text: str, start: int, chars: dict[str, float], words, starts, dictionary,
                      followers: str) -> int:
    """End of the run of transliteration characters and joiners from start, cut before a word of
    the segmenter that begins inside the run and reaches past it ("普京特别强调": 特别强调;
    "马克龙夫人": 夫人), unless the run already ends before a particle or verb (``name_followers``):
    jieba's "特和" in "斯凯里特和夫人" is no reason to cut a name at a character that could start a word."""
    i, n = start, min(len(text), start + MAX_FOREIGN_NAME_CHARS)
    while i < n:
        ch = text[i]
        if ch in chars:
            i += 1
            continue
        if ch in NAME_JOINERS and i > start and i + 1 < n and is_han(text[i + 1]):
            nxt = starts.get(i + 1)
            if text[i + 1] in chars:
                i += 1
                continue
            # the part after a joiner is a name part even in ordinary characters ("马哈马特·代比"),
            # unless it is a known word of another kind
            if nxt is not None and (nxt[3] in NAME_TAGS or nxt[2] not in dictionary):
                i = nxt[1]
                continue
            break
        # a segmenter person word begun inside the run carries it over one ordinary character ("布赛义迪")
        inside = next((w for w in words if start <= w[0] < i < w[1] and w[3] in NAME_TAGS), None)
        if inside is not None and i - start >= 1:
            i = inside[1]
            continue
        break
    for w_start, w_end, word, tag in words:
        if start < w_start < i < w_end and tag not in NAME_TAGS and text[i] not in followers:
            i = w_start
            break
    regnal = REGNAL_NUMBER.match(text, i)
    if regnal and i - start >= MIN_FOREIGN_NAME_CHARS:
        i = regnal.end()
    return i


def _han_name_end(text: str, start: int, starts) -> int:
    """End of the segmenter's person words right after an office ("范" + "明政", "李在明"), at most
    ``MAX_HAN_NAME_CHARS`` characters; start when there are none. A Japanese family name is often
    a place word of two characters before the given name ("西村" + "康稔"): a place word followed by
    a person word counts as the name's start."""
    i = start
    first, second = starts.get(start), None
    if first is not None and first[3] == "ns" and first[1] - start == 2:
        second = starts.get(first[1])
        if second is not None and second[3] in NAME_TAGS and second[1] - start <= MAX_HAN_NAME_CHARS:
            i = second[1]
    while i in starts and starts[i][3] in NAME_TAGS and starts[i][1] - start <= MAX_HAN_NAME_CHARS:
        i = starts[i][1]
    # "党首斋藤铁夫": a two-character family name, then a two-character given name the segmenter
    # tags as a common word, closing the name (punctuation, the text's end or a person's follower)
    if first is not None and first[3] in NAME_TAGS and first[1] - start == 2 and i == first[1]:
        given = starts.get(i)
        after = given[1] if given is not None else -1
        if given is not None and after - i == 2 and given[3][:1] not in NOT_NAME_TAGS \
                and (after >= len(text) or not is_han(text[after])):
            i = after
    return i


def _surname_name_end(text: str, start: int, starts, rules: LanguageRules) -> int:
    """End of a name in Chinese readings that the segmenter cut after its surname ("总理陈" +
    "流光", "副总理陈" + "红河", a Vietnamese or Chinese name whose given name is also a word):
    a common surname standing alone as a word, then one or two characters up to a word boundary
    or punctuation, none of them a particle or verb that follows names (``name_followers``);
    start when there is none."""
    word = starts.get(start)
    if word is None or word[1] - start != 1 or text[start] not in rules.data.get("common_surnames", ""):
        return start
    followers = rules.data.get("name_followers", "")
    for length in (3, 2):
        end = start + length
        given = text[start + 1:end]
        if len(given) == length - 1 and all(is_han(ch) and ch not in followers for ch in given) \
                and (end >= len(text) or not is_han(text[end]) or end in starts):
            return end
    return start


def _places_read_as_names(candidates: list[Candidate], office_names: list[Candidate], text: str,
                          rules: LanguageRules) -> list[Candidate]:
    """Places that are words of an office or of a name, decided by position, not by a list:
    - a place that starts inside an office word and ends after it ("外长沙赫…" is no 长沙), or
      starts before one and ends inside it ("…波德国王" is no 德国);
    - a place inside a name found after an office ("外长沙特·布赛义迪", "总统乍得…");
    - a word both office and place ("苏丹") after a country ("文莱苏丹") or before a name ("苏丹哈桑纳尔")
      is the office."""
    if rules.titles is None or not any(c.entry.label in ("COUNTRY", "CITY", "LOC") for c in candidates):
        return candidates
    offices = [m.span() for m in rules.titles.finditer(text)]
    names = [(c.start, c.end) for c in office_names]
    countries_end = {c.end for c in candidates if c.entry.label == "COUNTRY"}
    kept = []
    for c in candidates:
        if c.source in ("gazetteer", "demonym") and c.entry.label in ("COUNTRY", "CITY", "LOC"):
            if any(s < c.start < e < c.end for s, e in offices):
                continue
            if c.end - c.start <= 2 and any(c.start < s < c.end < e for s, e in offices):
                continue  # "利奥波德国王": a short place ending inside an office word ("德国") is none
            if any(s <= c.start and c.end <= e for s, e in names):
                continue
            if rules.titles.fullmatch(text[c.start:c.end]) and (
                    c.start in countries_end or any(s == c.end for s, _ in names)):
                continue
        kept.append(c)
    return kept


def _short_place_forms(text: str, language: str, rules: LanguageRules, words) -> list[Candidate]:
    """"在京" Beijing, "来华" China, "访美" the United States: a one-character short form right after a
    verb of being or going (``short_place_verbs``), when the segmenter ends a word after it or reads
    verb and short form as the start of one word ("来华访问"); "在美国" is 在 + 美国."""
    verbs = rules.data.get("short_place_verbs", "")
    if not verbs or not words:
        return []
    forms = short_place_forms(language)
    ends = {w[1] for w in words}
    long_starts = {w[0] for w in words if w[1] - w[0] >= 2}
    out = []
    for i in range(1, len(text)):
        if text[i] in forms and text[i - 1] in verbs and (i + 1 in ends or i - 1 in long_starts):
            out.append(Candidate(i, i + 1, forms[text[i]], "abbreviation"))
    return out


def _capitals_described(candidates: list[Candidate], text: str, rules: LanguageRules,
                        language: str) -> list[Candidate]:
    """"dans la capitale malienne", "à la capitale russe": a capital named by its country's demonym
    (``capital_before_demonym``) is that country's capital city (``gazetteer.capitals``)."""
    pattern = rules.data.get("capital_before_demonym")
    if not pattern:
        return candidates
    table = capitals(language)
    out = []
    for c in candidates:
        m = re.search(pattern, text[max(0, c.start - 24):c.start], re.IGNORECASE) \
            if c.source == "demonym" and c.entry.label == "COUNTRY" else None
        city = table.get(c.entry.country) if m else None
        if city is not None:
            c = Candidate(c.start - (min(24, c.start) - m.start()), c.end, city, "gazetteer")
        out.append(c)
    return out


def _not_in_building_names(candidates: list[Candidate], text: str, rules: LanguageRules) -> list[Candidate]:
    """"le palais Coburg", "l'hôtel Lotte", "la rue de Rivoli": a place name after a building or
    street noun (``building_before_place``) names that building, not the city or country; so does
    a city that ends a longer proper name ("le centre de congrès Bharat Mandapam":
    ``name_word_before_place``, a capitalised word inside the sentence right before it; a country
    in a name stays one: "le Sommet Chine-Asie centrale")."""
    pattern = rules.data.get("building_before_place")
    if not pattern:
        return candidates
    name_word = rules.data.get("name_word_before_place")  # "le centre de congrès Bharat Mandapam"

    def in_a_name(c: Candidate) -> bool:
        before = text[max(0, c.start - 24):c.start]
        if c.entry.label not in ("CITY", "COUNTRY"):
            return False
        return bool(re.search(pattern, before, re.IGNORECASE)) or bool(
            name_word and c.source == "gazetteer" and c.entry.label == "CITY" and re.search(name_word, before))

    return [c for c in candidates if not in_a_name(c)]


def _media_outlets(candidates: list[Candidate], text: str, rules: LanguageRules) -> list[Candidate]:
    """A news outlet named with its country is an agency, and its country no party to the event:
    "英国路透社" (country + agency), "德国电视一台" (country + kind of outlet), "美国《纽约时报》",
    "la télévision allemande" (kind of outlet + demonym)."""
    countries = [c for c in candidates if c.entry.label == "COUNTRY" and c.source in ("gazetteer", "demonym")]
    if not countries:
        return candidates
    agencies = {c.start: c for c in candidates if c.source == "agency"}
    replaced: dict[int, Candidate] = {}
    added = []
    for c in countries:
        span = None
        entry = None
        if c.end in agencies:  # "英国路透社"
            span, entry = (c.start, agencies[c.end].end), agencies[c.end].entry
        elif rules.media is not None and is_han(text[c.start:c.start + 1]):
            m = re.match(rf"[{HAN_CLASS}]{{0,6}}?(?:{rules.media.pattern})|《[^》]{{1,20}}》", text[c.end:])
            if m:
                span = (c.start, c.end + m.end())
        elif rules.media is not None:
            m = re.search(rf"(?:{rules.media.pattern})\s+$", text[max(0, c.start - 40):c.start], rules.media.flags)
            if m:
                span = (c.start - len(text[max(0, c.start - 40):c.start]) + m.start(), c.end)
        if span is None:
            continue
        name = text[span[0]:span[1]]
        entry = entry or Entry(label="ORG", canonical=name, kind="agency")
        replaced[id(c)] = c
        added.append(Candidate(span[0], span[1], entry, "agency"))
    if not added:
        return candidates
    covered = [(a.start, a.end) for a in added]
    return [c for c in candidates if id(c) not in replaced
            and not (c.source == "agency" and any(s <= c.start and c.end <= e for s, e in covered))] + added


def _reporters(chosen: list[Candidate], text: str, rules: LanguageRules, boundaries) -> list[Candidate]:
    """Persons of a byline are reporters (kind "reporter"), never participants: "（记者张晓明、李华）",
    "记者 王某", "de notre envoyé spécial Jean Dupont". Inside parentheses after a reporter word every
    name of 2 to 4 Han characters counts, found by the model or not."""
    if rules.reporter is None:
        return chosen
    out = list(chosen)
    for m in rules.reporter.finditer(text):
        if boundaries is not None and (m.start() not in boundaries or m.end() not in boundaries):
            continue  # "记者会" (a press conference)
        in_parentheses = text[:m.start()].rstrip().endswith(("（", "("))
        i, limit = m.end(), min(len(text), m.end() + BYLINE_WINDOW)
        while i < limit:
            sep = re.match(r"(?:[\s:：、，,]|和|及|et\b|à\s+[\w'’-]+|en\s+[\w'’-]+)+", text[i:])
            if sep:
                i += sep.end()
            person = next((c for c in out if c.start == i and c.entry.label == "PERSON"), None)
            if person is not None:
                out[out.index(person)] = replace(person, entry=replace(person.entry, kind="reporter"))
                i = person.end
                continue
            chunk = re.match(rf"[{HAN_CLASS}]{{2,4}}(?=[\s、，,）)])", text[i:]) if in_parentheses else None
            if chunk and not any(c.start < i + chunk.end() and i < c.end for c in out):
                name = chunk.group(0)
                out.append(Candidate(i, i + len(name), Entry(label="PERSON", canonical=name, kind="reporter"),
                                     "model"))
                i += len(name)
                continue
            break
    return sorted(out, key=lambda c: c.start)


def _segmenter_dictionary() -> dict[str, str]:
    from .gazetteer import _jieba_tags

    return _jieba_tags()


def _not_in_adjectives(candidates: list[Candidate], text: str, rules: LanguageRules) -> list[Candidate]:
    """"ses responsables pro-Macron", "une manifestation anti-Trump": a name glued to a prefix
    (``adjective_prefixes``) makes an adjective of a stance, not a mention of the person."""
    prefixes = rules.data.get("adjective_prefixes")
    if not prefixes:
        return candidates
    alternatives = "|".join(map(re.escape, prefixes))
    glued = re.compile(r"(?:^|[\s(«\"'’])(?:%s)[-‑]$" % alternatives, re.IGNORECASE)
    opening = re.compile(r"(?:%s)[-‑]" % alternatives, re.IGNORECASE)
    return [c for c in candidates if not (c.entry.label == "PERSON" and (
        glued.search(text[max(0, c.start - 8):c.start]) or opening.match(text, c.start)))]


def _namesakes(candidates: list[Candidate], text: str) -> list[Candidate]:
    """A one-word name of the alias table ending a longer name the model reads as another person
    ("Brigitte Macron", "Jill Biden", "Cherie Blair"): a relative who shares the family name, not
    the alias person; the alias reading is dropped so the model's whole name stands."""
    persons = [c for c in candidates if c.source in ("model", "title") and c.entry.label == "PERSON"]
    kept = []
    for c in candidates:
        if c.source == "alias" and c.entry.label == "PERSON" and " " not in text[c.start:c.end].strip() and any(
                m.start < c.start and c.end <= m.end and m.entry.canonical != c.entry.canonical
                and text[m.start:m.start + 1].isupper() for m in persons):
            continue
        kept.append(c)
    return kept


def _resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Highest priority, then longest, wins; a gazetteer city strictly inside a model person
    ("Tokaïev" would lose to nothing, but a surname that is also a town must) is dropped first."""
    persons = [(c.start, c.end) for c in candidates if c.source in ("model", "title") and c.entry.label == "PERSON"]
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
    "le président kazakh X", "le président du Kazakhstan, X", "哈萨克斯坦总统X". A name of the
    alias table whose person is of another state than the office's is someone else of that name
    ("古巴…主席拉索" is not Ecuador's Lasso): the office's country, under the name as written. An
    office held in the country named ("中国驻美国大使X": ``posted_before_country``) is the sending
    state's."""
    if rules.titles is None:
        return entities
    out = []
    for e in entities:
        office = _office_country_before(e, entities, article, sentence, rules) if e.label == "PERSON" else None
        if office is None:
            out.append(e)
        elif not e.country:
            out.append(replace(e, country=office.entity_id))
        elif e.kind == "alias" and office.entity_id != e.country:
            out.append(replace(e, canonical=e.text, entity_id="", kind="model", country=office.entity_id))
        else:
            out.append(e)
    return _office_list_country(out, article, rules) if rules.data.get("list_joiner_before_office") else out


def _office_list_country(entities: list[Entity], article: Article, rules: LanguageRules) -> list[Entity]:
    """"巴西总统卢拉、副总统阿尔克明和外长维埃拉": the country of the first office of a list holds
    for the offices after it that name none (``list_joiner_before_office``: what joins them)."""
    joiner = rules.data["list_joiner_before_office"]
    out: list[Entity] = []
    for e in entities:
        previous = next((p for p in reversed(out) if p.label in ("PERSON", "COUNTRY", "CITY")), None)
        if e.label == "PERSON" and not e.country and previous is not None and previous.label == "PERSON" \
                and previous.country:
            gap = article.text[previous.end:e.start]
            m = re.match(rf"(?:{joiner})", gap)
            if m and rules.titles.fullmatch(gap[m.end():]):
                e = replace(e, country=previous.country)
        out.append(e)
    return out


def _office_country_before(e: Entity, entities: list[Entity], article: Article, sentence: Sentence,
                           rules: LanguageRules) -> Entity | None:
    """The country of an office right before a person, with the office between them ("哈萨克斯坦
    总统X", "le président du Kazakhstan, X") or before the country ("le président kazakh X")."""
    before = [c for c in entities if c.label == "COUNTRY" and c.entity_id and c.end <= e.start
              and e.start - c.end <= TITLE_WINDOW]
    if not before:
        return None
    c = max(before, key=lambda x: x.end)
    gap = article.text[c.end:e.start]
    if not rules.gap.fullmatch(gap):
        return None
    if not (rules.titles.search(gap) or rules.title_at_end.search(
            article.text[max(sentence.start, c.start - TITLE_WINDOW):c.start].rstrip() + " ")):
        return None
    if rules.titles.search(gap) and _after_place_word(c, article.text):
        # "Lors de sa visite en France, le roi X": a place the sentence opens with, not the
        # office's country (that is "le roi de France, X", "法国总统X")
        return None
    posted = rules.data.get("posted_before_country")
    marker = re.search(rf"(?:{posted})\s*$", article.text[max(0, c.start - 4):c.start]) if posted else None
    if marker:
        # "中国驻美国大使X": the office is the sending state's, named right before the marker
        at = c.start - len(marker.group(0))
        return next((s for s in entities if s.label == "COUNTRY" and s.entity_id and s.end == at), None)
    return c


# --------------------------------------------------------------------------------------------
# within the document


def _sides_named_in_full(found: list[Entity]) -> list[Entity]:
    """A one-character side ("乌方", "中乌关系") stands for the country the document names in full
    that starts with it: "乌" is Uganda in a story naming "乌干达", Ukraine in one naming "乌克兰"
    (the table's reading, Uzbekistan, holds only when the document names none of them)."""
    full: dict[str, set[str]] = {}
    for e in found:
        if e.label == "COUNTRY" and e.kind == "gazetteer" and len(e.text) >= 2 and is_han(e.text):
            full.setdefault(e.text[0], set()).add(e.entity_id)
    out = []
    for e in found:
        named = full.get(e.text[:1], set())
        if e.label == "COUNTRY" and e.kind == "demonym" and is_han(e.text[:1]) and len(named) == 1 \
                and e.entity_id not in named and len(e.text.rstrip("方")) == 1:
            e = replace(e, entity_id=next(iter(named)), country=next(iter(named)),
                        canonical=next(x.canonical for x in found if x.entity_id in named and x.kind == "gazetteer"))
        out.append(e)
    return out


def _names_found_once(article: Article, sentences: list[Sentence], found: list[Entity]) -> list[Entity]:
    """A person's name found once in the document is a name wherever else it is written there:
    "韩正同乌干达副总统会谈" in the headline, then "国家副主席韩正在…" where the segmenter reads
    "韩 | 正在" ("currently"). Names of at least two characters (three in a Latin script), written
    exactly as found, where no other entity covers that text but a place or a name strictly inside
    it (the second "尚达曼" holds the city 达曼, a second "谢尔盖延科" the cut "谢尔盖": the name
    already read wins); the copy takes the first one's identity (kind "coreference")."""
    persons: dict[str, Entity] = {}
    for e in found:
        if e.label == "PERSON" and e.kind not in ("reporter", "agency", "coreference") \
                and len(e.text) >= (2 if is_han(e.text) else 3):
            persons.setdefault(e.text, e)
    if not persons:
        return found
    out = list(found)
    pattern = re.compile("|".join(re.escape(t) for t in sorted(persons, key=len, reverse=True)))
    for sentence in sentences:
        for m in pattern.finditer(article.text, sentence.start, sentence.end):
            overlapping = [e for e in out if e.start < m.end() and m.start() < e.end]
            # (a shorter name strictly inside gives way too: "谢尔盖" cut from "谢尔盖延科")
            if any(e.label not in ("CITY", "LOC", "PERSON") or e.kind not in ("gazetteer", "model")
                   or not (m.start() <= e.start and e.end <= m.end()) or (e.start, e.end) == m.span()
                   for e in overlapping):
                continue
            latin = not is_han(m.group(0))
            if latin and (article.text[m.start() - 1:m.start()].isalnum()
                          or article.text[m.end():m.end() + 1].isalnum()
                          or re.match(r"\s+[A-ZÀ-Ý]", article.text[m.end():])):
                continue  # inside a longer word, or the first word of a longer name ("Wang Wentao")
            first = persons[m.group(0)]
            out = [e for e in out if e not in overlapping]
            out.append(replace(first, start=m.start(), end=m.end(), text=article.raw[m.start():m.end()],
                               language=sentence.language, kind="coreference"))
    return out


def _namesakes_of_another_state(found: list[Entity]) -> list[Entity]:
    """A name the document gives to someone of another state than the alias table's person of
    that name ("古巴…主席拉索", then "拉索说"): read so by an office once, it is that person
    wherever else the document writes it."""
    namesakes = {e.text: e for e in found if e.label == "PERSON" and e.kind == "model" and e.country}
    if not namesakes:
        return found
    return [replace(namesakes[e.text], start=e.start, end=e.end, text=e.text, language=e.language,
                    kind="coreference")
            if e.label == "PERSON" and e.kind == "alias" and e.text in namesakes
            and namesakes[e.text].country != e.country else e for e in found]


def _alias_short_forms(article: Article, sentences: list[Sentence], found: list[Entity]) -> list[Entity]:
    """Surnames of alias persons the document already names in full ("Mike Pompeo" … "Pompeo"):
    searched only then, since a bare surname elsewhere may be anyone (or a town)."""
    table = aliases()
    # named in full: an alias person found under one of its names, not under a surname alone
    by_canonical = {e.canonical: e for e in found if e.label == "PERSON" and e.kind == "alias"
                    and fold(e.text) not in {fold(s) for s in table.short_forms.get(_entry_of(table, e), ())}}
    entries = [entry for entry in table.short_forms if entry.canonical in by_canonical]
    if not entries:
        return found
    out = list(found)
    for entry in entries:
        for surname in table.short_forms[entry]:
            # not the first word of a longer name ("Wang" of "Wang Wentao")
            pattern = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])(?!\s+[A-ZÀ-Ý])")
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


def _entry_of(table: AliasTable, person: Entity) -> Entry | None:
    """The alias entry a person entity was read from (by its canonical name)."""
    return next((entry for entry in table.short_forms if entry.canonical == person.canonical), None)


def _after_place_word(e: Entity, text: str) -> bool:
    """Does a word that introduces places (``place_before`` of the language's entities data: "à",
    "pour", "au sud de") stand right before the entity?"""
    pattern = langdata.load("entities", e.language).get("place_before")
    return bool(pattern and re.search(pattern, text[max(0, e.start - 20):e.start], re.IGNORECASE))


def _link_short_forms(entities: list[Entity], text: str) -> list[Entity]:
    """A one-word person ("Tokaïev", "M. Wang") takes the identity of a full name of the same
    document whose family name it is (``_family_names``), the nearest before it if any: a name the
    model found, or a surname the alias table read on its own ("Wang" is first Wang Yi there, but
    Wang Wentao in a story naming him in full)."""
    full = [e for e in entities if e.label == "PERSON" and " " in e.text.strip()]
    if not full:
        return entities
    families = {id(f): _family_names(f) for f in full}
    out = []
    for e in entities:
        # a surname the gazetteer or the model took for a place ("Pompeo" is also a Brazilian
        # town) is the person when the document names that person in full
        place_like = e.label in ("CITY", "LOC") and e.kind in ("gazetteer", "model") \
            and not _after_place_word(e, text)  # "s'envolera pour Washington" is the city
        short_alias = e.label == "PERSON" and e.kind in ("alias", "coreference")
        if not (e.label == "PERSON" and e.kind == "model" or place_like or short_alias) \
                or " " in e.text.strip() or is_han(e.text[:1]):
            out.append(e)
            continue
        key = fold(e.text)
        matches = [f for f in full if key in families[id(f)]]
        if not matches:
            out.append(e)
            continue
        own_name = e.kind == "alias" and (e.canonical, key) in _own_alias_names()
        if own_name or (short_alias and any((f.canonical, f.entity_id) == (e.canonical, e.entity_id)
                                            for f in matches)):
            # a name the alias table lists as one of the person's own ("Merkel", "Macron"), or
            # the person named in full here, even beside another of the family ("Emmanuel
            # Macron", "Brigitte Macron"): the bare name stays the person the table knows by it
            # (it has no genders to tell "Mme Macron" from "M. Macron"); a surname only
            # (``short``: "Wang") goes to the nearest full name
            out.append(e)
            continue
        preceding = [f for f in matches if f.start < e.start]
        target = max(preceding, key=lambda f: f.start) if preceding else min(matches, key=lambda f: f.start)
        out.append(replace(e, label="PERSON", canonical=target.canonical, entity_id=target.entity_id,
                           country=target.country or (e.country if e.label == "PERSON" and not short_alias else ""),
                           members=(), kind="coreference"))
    return out


@lru_cache(maxsize=1)
def _own_alias_names() -> frozenset[tuple[str, str]]:
    """(canonical, folded name) for every name the alias table lists as a person's own ("Merkel"
    for Angela Merkel), not a surname kept only to resolve a titled mention (``short``: "Wang")."""
    return frozenset((entry["canonical"], fold(name)) for entry in langdata.resource("aliases.json")["entries"]
                     if entry.get("label") == "PERSON" for name in entry.get("names", ()))


def _family_names(person: Entity) -> set[str]:
    """The folded family names of a full name: its last word ("Tokaïev"), and its first word for a
    person of a country whose names the press writes family name first (``surname_first_countries``
    of the text's language: "Wang Yi" is "M. Wang")."""
    first_countries = set(_rules(person.language).data.get("surname_first_countries", ()))
    out = set()
    for name in (person.text, person.canonical):
        words = name.split()
        if len(words) >= 2:
            out.add(fold(words[-1]))
            # a person of no known country comes first too when the first word is the family name
            # of an alias person of such a country ("Wang Wentao, ministre…")
            if person.country in first_countries or fold(words[0]) in _family_first_surnames(person.language):
                out.add(fold(words[0]))
    return out


@lru_cache(maxsize=None)
def _family_first_surnames(language: str) -> frozenset[str]:
    """Folded short forms of the alias persons of the ``surname_first_countries``: family names."""
    first_countries = set(_rules(language).data.get("surname_first_countries", ()))
    table = aliases()
    return frozenset(fold(s) for entry, forms in table.short_forms.items() if entry.country in first_countries
                     for s in forms)
