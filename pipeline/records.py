"""Plain records passed between the stages of the pipeline.

Every stage takes one record and returns a new one (``dataclasses.replace``); none mutates its
input. All ``start``/``end`` offsets are character offsets into ``Article.raw`` (the decoded text of
the file). ``Article.text`` always has the same length as ``Article.raw``: the cleaning stage blanks
page furniture and markup with spaces instead of deleting it, so an offset found in ``text`` points
at the same characters in ``raw``.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StageError(Exception):
    """A document that one stage could not handle: recorded by the runner, never a crash."""

    stage: str
    doc: str
    reason: str

    def __str__(self) -> str:
        return f"{self.doc}: {self.stage}: {self.reason}"


@dataclass(frozen=True)
class Block:
    """A run of text in one language (a paragraph or several), offsets into the raw text."""

    start: int
    end: int
    language: str  # ISO 639-1 code, or "und" when no configured language fits


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    language: str


@dataclass(frozen=True)
class Entity:
    """One normalised entity mention.

    label: PERSON, ORG, COUNTRY, CITY, REGION, LOC.
    kind: where it came from: "model", "gazetteer", "alias", "demonym", "coreference".
    canonical: the one name used in output tables (English / GeoNames / alias-table form).
    entity_id: ISO 3166-1 alpha-2 for countries, GeoNames id for cities, Wikidata id for aliases.
    country: ISO alpha-2 of the country the entity belongs to (a city's country, a leader's
    country, the country of a demonym), or "" when unknown.
    members: for a REGION that expands (Central Asia), the ISO codes it stands for.
    """

    start: int
    end: int
    text: str
    label: str
    canonical: str
    language: str
    kind: str = "model"
    entity_id: str = ""
    country: str = ""
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class DateValue:
    """One temporal expression, resolved to TIMEX3 values (``2017-05-14``, ``2017-05``, ``2019``,
    ``XXXX-10-17``). ``end_value`` equals ``value`` for a single date. ``source`` says how the value
    was obtained: "explicit", "relative" (resolved against the publication date) or "merged"."""

    start: int
    end: int
    text: str
    value: str
    end_value: str
    source: str = "explicit"
    language: str = ""


@dataclass(frozen=True)
class Token:
    """One word of a parsed sentence (syntax stage): offsets into the raw text, the word in lower
    case, universal part of speech, morphology ("Mood=Ind|Tense=Fut|Reflex=Yes…"), dependency label
    and the index of its head in ``Article.tokens`` (its own index for the root)."""

    start: int
    end: int
    form: str
    pos: str
    dep: str
    head: int
    morph: str = ""


@dataclass(frozen=True)
class Article:
    doc_id: str
    path: str
    sha256: str
    raw: str
    encoding: str = "utf-8"
    text: str = ""  # raw with furniture blanked out; same length as raw
    meta: tuple[tuple[str, str], ...] = ()  # sidecar NAME.meta.json, as sorted (key, value) pairs
    title: str = ""
    title_start: int = -1
    published: str | None = None  # YYYY-MM-DD
    published_source: str = ""  # "meta", "date line", ""
    blocks: tuple[Block, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    languages: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateValue, ...] = ()
    #: indexes into ``sentences`` of the sentences worth the language model (set by the candidates
    #: stage); None until that stage has run, which means every sentence
    candidates: tuple[int, ...] | None = None
    tokens: tuple[Token, ...] = ()  # words of the sentences the syntax stage parsed, in order
    mentions: tuple["Mention", ...] = ()  # the events stage's output: one per event in this document
    notes: tuple[str, ...] = ()

    def meta_value(self, key: str) -> str | None:
        return dict(self.meta).get(key)

    def candidate_sentences(self) -> tuple[Sentence, ...]:
        """The sentences the candidates stage chose for the model (all when it has not run)."""
        if self.candidates is None:
            return self.sentences
        return tuple(self.sentences[i] for i in self.candidates)


@dataclass(frozen=True)
class Mention:
    """One document's mention of one event: a row of mentions.csv."""

    doc: str
    type: str
    language: str
    evidence: str
    char_start: int
    char_end: int
    name: str | None = None
    edition: int | None = None
    start: str | None = None
    end: str | None = None
    status: str | None = None
    city: str | None = None
    country: str | None = None
    countries: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    agreements: int | None = None
    event_id: str = ""
    date_source: str = ""  # how start/end were found: explicit, relative, merged
    name_key: str = ""  # language-independent key of the name (entity ids inside it), for merging
    published: str | None = None  # the document's publication date, for merging undated mentions
    #: where each field's value was read: JSON {"start": [char_start, char_end], "city": [...],
    #: "persons": [[...], ...], ...}, offsets of the sentence in the raw text ("" when none)
    evidence_fields: str = ""


@dataclass(frozen=True)
class Event:
    """One real-world event merged across documents and languages: a row of events.csv."""

    event_id: str
    type: str
    name: str | None
    names: tuple[str, ...] = ()
    edition: int | None = None
    start: str | None = None
    end: str | None = None
    status: str | None = None
    city: str | None = None
    country: str | None = None
    countries: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    agreements: int | None = None
    docs: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    evidence: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Corpus:
    """Every document's results together, for the per-corpus stages (merging, tables).

    ``documents``, ``entities`` and ``errors`` are table rows (plain dicts, one per document, entity
    or skipped file); ``mentions`` are the events stage's records; ``events`` is set by merging."""

    documents: tuple[dict, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[dict, ...] = ()
    errors: tuple[dict, ...] = ()
    events: tuple[Event, ...] = ()
