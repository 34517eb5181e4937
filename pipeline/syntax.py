"""Syntax stage: lemmas, morphology and dependencies of the sentences that may hold an event verb.

Place in the flow: after candidates (``Article.candidates``), before entities. In: an Article with
sentences. Out: the same Article with ``tokens``: one ``Token`` (offsets, word, part of speech,
morphology, dependency and head) per word of the sentences whose language has a parsing model and
whose text holds the stem of one of the language's event verbs (``lang/<language>/events.json`` →
``event_verb_stems``: a cheap test; the parse decides). The events stage reads them to trigger on
every tense, voice and mood of the event verbs ("s'apprêtait à rencontrer", "doit rencontrer",
"se rendra jeudi au Liban", "se réunissent à Paris"). Languages without a parser get no tokens and
keep their cue-word grammar.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace

from . import models
from .candidates import events_pattern
from .records import Article, Sentence, Token

#: Sentences parsed together. Unit: sentences.
PARSE_BATCH_SIZE = 64


def parse_sentences(article: Article) -> Article:
    """The Article with ``tokens`` for its candidate sentences that may hold an event verb."""
    chosen: dict[str, list[Sentence]] = {}
    for sentence in article.candidate_sentences():
        stems = events_pattern(sentence.language, "event_verb_stems", ignore_case=True)
        # (and words whose reading needs the parse: "Un sommet … n'est pas exclu", ``parsed_words``)
        words = events_pattern(sentence.language, "parsed_words", ignore_case=True)
        if any(p is not None and p.search(article.text, sentence.start, sentence.end) for p in (stems, words)):
            chosen.setdefault(sentence.language, []).append(sentence)
    tokens: list[Token] = []
    for language, sentences in chosen.items():
        nlp = models.parser_for(language)
        if nlp is None:
            continue
        # a dateline ("Ankara (AFP) - Réunis mardi…") is no part of the sentence's grammar: the
        # parser reads from after it (with it, the participle opening the lead is tagged a name)
        dateline = events_pattern(language, "dateline")
        starts = []
        for s in sentences:
            m = dateline.match(article.text, s.start, s.end) if dateline is not None else None
            starts.append(m.end() if m and m.end() < s.end else s.start)
        texts = [article.text[start:s.end] for start, s in zip(starts, sentences)]
        for start, doc in zip(starts, nlp.pipe(texts, batch_size=PARSE_BATCH_SIZE)):
            kept = [token for token in doc if not token.is_space]
            index = {token.i: len(tokens) + n for n, token in enumerate(kept)}
            for token in kept:
                tokens.append(Token(start=start + token.idx,
                                    end=start + token.idx + len(token.text),
                                    form=token.lower_, pos=token.pos_, dep=token.dep_,
                                    head=index.get(token.head.i, index[token.i]), morph=str(token.morph)))
    return replace(article, tokens=tuple(tokens))


def token_children(tokens: Sequence[Token], indexes: Sequence[int] | None = None) -> dict[int, list[int]]:
    """Index of each token's dependents (indexes into ``tokens``; heads index the same sequence),
    over ``indexes`` only when given (one sentence's tokens: a parse never crosses sentences)."""
    children: dict[int, list[int]] = {}
    for i in range(len(tokens)) if indexes is None else indexes:
        if tokens[i].head != i:
            children.setdefault(tokens[i].head, []).append(i)
    return children


def sentence_parse(tokens: Sequence[Token], sentence: Sentence) -> tuple[list[int], dict[int, list[int]]]:
    """The indexes of a sentence's tokens (``tokens`` are in text order) and each one's dependents."""
    lo = bisect_left([t.start for t in tokens], sentence.start) if tokens else 0
    in_sentence = []
    for i in range(lo, len(tokens)):
        if tokens[i].start >= sentence.end:
            break
        if tokens[i].end <= sentence.end:
            in_sentence.append(i)
    return in_sentence, token_children(tokens, in_sentence)


def descendants(head: int, children: dict[int, list[int]]) -> list[int]:
    """Every token below ``head`` in the parse, not ``head`` itself."""
    below, stack = [], list(children.get(head, []))
    while stack:
        j = stack.pop()
        below.append(j)
        stack.extend(children.get(j, []))
    return below


def introduced_by(j: int, tokens: Sequence[Token], children: dict[int, list[int]], words,
                  dep: str = "obl") -> bool:
    """Is token ``j`` an oblique (or, ``dep="nmod"``, a noun's modifier) introduced by one of
    ``words`` ("avec le Maroc", "une rencontre avec des éditorialistes")?"""
    return tokens[j].dep.startswith(dep) and any(
        tokens[k].dep == "case" and tokens[k].form in words for k in children.get(j, []))


#: Dependencies of a verb that tells a subordinate action ("le ministre, qui a rencontré…"): its
#: own time and place are within its subtree.
SUBORDINATE_DEPS = ("advcl", "acl", "acl:relcl")


def subordinate_span(tokens: Sequence[Token], start: int, sentence: Sentence,
                     place_relatives: Sequence[str] = ()) -> tuple[int, int] | None:
    """The text span of the verb starting at ``start`` in ``sentence`` and of its dependents when
    that verb is subordinate (``SUBORDINATE_DEPS``, or introduced by a subordinating word: "juste
    avant de recevoir son invité dans sa résidence, X avait publié…"), verbs coordinated with it
    left out; None for a main verb, whose time and place may stand anywhere in its sentence — and
    for a clause opened by a relative of place (``place_relatives``: "se rendra vendredi à
    Lisbonne, où il rencontrera…"), which happens where and when the clause it hangs on says."""
    in_sentence, children = sentence_parse(tokens, sentence)
    at = next((i for i in in_sentence if tokens[i].start == start), None)
    if at is None:
        return None
    # "…, qui doit rencontrer Y": the verb after a modal or an aspect verb shares its clause
    while tokens[at].dep == "xcomp" and tokens[at].head != at and tokens[at].head in in_sentence:
        at = tokens[at].head
    if tokens[at].dep not in SUBORDINATE_DEPS and not any(tokens[j].dep == "mark" for j in children.get(at, [])):
        return None
    if place_relatives and any(tokens[j].form.casefold() in place_relatives and "PronType=Rel" in tokens[j].morph
                               for j in children.get(at, [])):
        return None
    own = {j: kids for j, kids in children.items()}
    own[at] = [j for j in children.get(at, []) if not (tokens[j].dep == "conj" and tokens[j].pos == "VERB")]
    below = [i for i in [at] + descendants(at, own) if tokens[i].dep != "punct"]
    return min(tokens[i].start for i in below), max(tokens[i].end for i in below)


def token_at(tokens: Sequence[Token], start: int) -> int | None:
    """The index of the token starting at ``start`` (tokens are in text order), or None."""
    i = bisect_left(tokens, start, key=lambda t: t.start)
    return i if i < len(tokens) and tokens[i].start == start else None


def after_noun_participle(tokens: Sequence[Token], start: int, event: tuple[int, int] = (0, 0)) -> bool:
    """Does the word at ``start`` follow a preposition after a participle that describes a common
    noun ("deux Canadiens détenus en Chine", "des soldats déployés au Mali")? Such a place says
    where the thing named is, not where the sentence's event happens — unless the noun is the
    event's own word (``event``, its offsets: "un sommet réuni à Astana")."""
    at = token_at(tokens, start)
    if at is None or at < 3 or tokens[at - 1].pos != "ADP":
        return False
    participle, noun = tokens[at - 2], tokens[at - 3]
    return "VerbForm=Part" in participle.morph and "Tense=Past" in participle.morph and noun.pos == "NOUN" \
        and not event[0] <= noun.start < event[1]


def place_of_another_act(tokens: Sequence[Token], start: int, event: tuple[int, int],
                         is_act: Callable[[Token], bool]) -> bool:
    """Is the place word at ``start`` a complement, down a chain of nouns, of a noun of some other
    act than the event's ("à trois jours de l'investiture de Donald Trump à Washington", "les
    livraisons de vivres à Khartoum"): a common noun that names an act (``is_act``), with the
    event's own word (``event``, its offsets) nowhere up that chain? Such a place is where that
    act happens (but "au sommet de l'Organisation de coopération de Shanghai à Astana": the chain
    ends at the event's word)."""
    at = token_at(tokens, start)
    if at is None:
        return False
    if tokens[at].pos == "DET" and tokens[at].head != at:
        at = tokens[at].head  # "la capitale kazakhe": the noun the article goes with
    act, seen = False, {at}
    while tokens[at].dep == "nmod" and tokens[at].head not in seen:
        at = tokens[at].head
        seen.add(at)
        if event[0] <= tokens[at].start < event[1]:
            return False
        act = act or (tokens[at].pos == "NOUN" and is_act(tokens[at]))
    return act


def in_adverbial_clause(tokens: Sequence[Token], start: int, cue_start: int, cue_end: int) -> bool:
    """Does the word at ``start`` belong to an adverbial clause opened by a subordinating word
    ("avant de rentrer à Paris", "après avoir visité Tombouctou") whose verb is not the event's
    (the verb between ``cue_start`` and ``cue_end``)? Such a place is where that other act
    happens, not the event's venue."""
    at = token_at(tokens, start)
    seen = set()
    while at is not None and at not in seen:  # up the heads to the first verb
        seen.add(at)
        token = tokens[at]
        if token.pos in ("VERB", "AUX") and not token.dep.startswith("aux"):
            return not cue_start <= token.start < cue_end and token.dep == "advcl" \
                and any(t.dep == "mark" and t.head == at for t in tokens)
        at = token.head if token.head != at else None
    return False
