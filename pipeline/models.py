"""Model cache for the entities stage: one spaCy pipeline per language, loaded lazily, once.

Place in the flow: ``entities.find_entities`` calls ``nlp_for(sentence.language)`` for the sentences
it sends through a model, the syntax stage ``parser_for(language)`` (jieba's words and tags come
from ``text.chinese_words``). Nothing here downloads anything: a model that is not installed means
the language falls back to a blank pipeline (Chinese) or to the gazetteer alone (None).

The French model is loaded without importing ``spacy.lang.fr`` (``load_french``): that package
imports ``spacy.lang.fr.tokenizer_exceptions``, which compiles a 1.4 MB regular expression of
hyphenated words at import time (2-5 s, more than the rest of a one-article run). The model's own
serialized tokenizer already holds everything the tokenizer needs (special cases, prefixes,
suffixes, infixes, that same ``token_match`` expression), so a blank ``Language`` subclass with
French lexical attributes and stop words but no exceptions is built from the model's config and
its tokenizer read from the model's ``tokenizer`` file; the one costly field, ``token_match``, is
compiled in an equivalent, factored form (``factored_token_match``): 0.1 s instead of 1.6 s.
Tokens and entities are those of ``spacy.load`` (``tests/test_models.py`` compares them).
"""
from __future__ import annotations

import importlib
import importlib.util
import logging
import re
import sys
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

FRENCH_MODEL = "fr_core_news_md"
CHINESE_MODEL = "zh_core_web_sm"
#: Components of the French model the entities stage does not use: dropping them makes loading
#: and ``nlp.pipe`` several times faster (NER needs only its own tok2vec).
FRENCH_UNUSED = ["morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]
#: A character class of the token_match expression longer than this (characters of pattern text)
#: is one of spaCy's alphabet classes (ALPHA, ALPHA_LOWER: 2,000+ characters each); the costly part
#: of compiling is optimising such classes, so alternatives sharing the same tail from the first
#: one on are merged. Small classes (hyphens, apostrophes: under 20 characters) stay in the heads.
BIG_CLASS_CHARS = 200


#: Components of the French model the syntax stage runs (part of speech and morphology come from
#: the morphologizer and the attribute ruler, dependencies from the parser; all listen to tok2vec).
FRENCH_PARSE = ["tok2vec", "morphologizer", "parser", "attribute_ruler"]


@lru_cache(maxsize=None)
def nlp_for(language: str):
    """The spaCy pipeline of a language for named entities, or None when it has no model
    (gazetteer only). French: the NER of the one loaded French pipeline (``PipelineView``)."""
    import spacy

    if language == "fr":
        return PipelineView(_french_pipeline(parse=False), ["ner"])
    if language == "zh":
        if spacy.util.is_package(CHINESE_MODEL):
            log.info("loading %s", CHINESE_MODEL)
            return spacy.load(CHINESE_MODEL, exclude=["parser", "tagger", "attribute_ruler", "senter"])
        # no Chinese NER model installed: a segmenting pipeline; persons come from jieba's tags
        log.info("no %s installed: blank Chinese pipeline with the jieba segmenter", CHINESE_MODEL)
        import jieba

        jieba.setLogLevel(logging.WARNING)  # its dictionary-loading lines are not ours to print
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    return None


@lru_cache(maxsize=None)
def parser_for(language: str):
    """The spaCy pipeline of a language for parsing (``FRENCH_PARSE``), or None when the language
    has no parsing model: only French has one here."""
    if language == "fr":
        return PipelineView(_french_pipeline(parse=True), FRENCH_PARSE)
    return None


#: The French pipelines loaded so far: "ner" (tok2vec + ner) and "parse" (every component but the
#: lemmatizer and senter). A process that only needs entities never loads the parser (0.3 s).
_FRENCH_LOADED: dict[str, object] = {}


def _french_pipeline(parse: bool):
    """The French model, loaded once: with the parse components when ``parse`` (its NER then also
    serves the NER view), else tok2vec + ner only (unless the parse pipeline is already loaded)."""
    if "parse" in _FRENCH_LOADED:
        return _FRENCH_LOADED["parse"]
    if not parse and "ner" in _FRENCH_LOADED:
        return _FRENCH_LOADED["ner"]
    log.info("loading %s%s", FRENCH_MODEL, " with its parser" if parse else "")
    kept = FRENCH_PARSE + ["ner"] if parse else ["tok2vec", "ner"]
    nlp = load_french([name for name in FRENCH_UNUSED if name not in kept])
    _FRENCH_LOADED["parse" if parse else "ner"] = nlp
    return nlp


class PipelineView:
    """Some components of a loaded pipeline, run on their own: the NER view and the parse view of
    the French model share one vocabulary, tokenizer and set of weights (one load, not two).
    ``pipe`` and calling run only the view's components (``select_pipes``) and return whole
    results, so two views never interleave; everything else is the underlying ``Language``'s."""

    def __init__(self, nlp, names: list[str]) -> None:
        self.nlp = nlp
        self.pipe_names = [name for name in nlp.pipe_names if name in names]

    def pipe(self, texts, batch_size: int = 64):
        with self.nlp.select_pipes(enable=self.pipe_names):
            return iter(list(self.nlp.pipe(texts, batch_size=batch_size)))

    def __call__(self, text: str):
        with self.nlp.select_pipes(enable=self.pipe_names):
            return self.nlp(text)

    def __getattr__(self, name: str):
        return getattr(self.nlp, name)


# --------------------------------------------------------------------------------------------
# the French model without spacy.lang.fr


def load_french(exclude: list[str] | tuple[str, ...] = tuple(FRENCH_UNUSED)):
    """``spacy.load(FRENCH_MODEL, exclude=exclude)`` without importing ``spacy.lang.fr``.

    Falls back to ``spacy.load`` when the lemmatizer is wanted (its French factory lives in
    ``spacy.lang.fr``) or when the model's files are not laid out as this spaCy version writes them."""
    import spacy

    if "lemmatizer" not in exclude or "spacy.lang.fr" in sys.modules:
        return spacy.load(FRENCH_MODEL, exclude=list(exclude))
    try:
        return _load_french_fast(list(exclude))
    except Exception as err:  # an unexpected model layout: the ordinary, slower load still works
        log.warning("fast French model load failed (%s: %s); using spacy.load", type(err).__name__, err)
        return spacy.load(FRENCH_MODEL, exclude=list(exclude))


def french_data_dir() -> Path:
    """The folder holding the French model's config.cfg and serialized components (the layout
    ``spacy.util.load_model_from_init_py`` reads)."""
    from spacy.util import get_model_meta

    package_dir = Path(importlib.import_module(FRENCH_MODEL).__file__).parent
    meta = get_model_meta(package_dir)
    return package_dir / f"{meta['lang']}_{meta['name']}-{meta['version']}"


def _load_french_fast(exclude: list[str]):
    import srsly
    from spacy.util import get_model_meta, load_config

    data_dir = french_data_dir()
    meta = get_model_meta(data_dir.parent)
    config = load_config(data_dir / "config.cfg")
    if config["nlp"]["lang"] != "fr":
        raise ValueError(f"{data_dir}: language {config['nlp']['lang']!r}, not French")
    nlp = _french_class().from_config(config, vocab=True, exclude=exclude, meta=meta)
    nlp.from_disk(data_dir, exclude=[*exclude, "tokenizer"])
    tokenizer_bytes = (data_dir / "tokenizer").read_bytes()
    nlp.tokenizer.from_bytes(tokenizer_bytes, exclude=["vocab", "token_match"])
    pattern = srsly.msgpack_loads(tokenizer_bytes).get("token_match")
    if isinstance(pattern, str):
        # set last: the setter reloads the special cases with the final token_match, as
        # Tokenizer.from_bytes does by loading the rules after it
        nlp.tokenizer.token_match = factored_token_match(pattern)
    return nlp


@lru_cache(maxsize=1)
def _french_class():
    """A blank French ``Language``: spaCy's French lexical attributes (like_num), stop words and
    noun-chunk iterator, no tokenizer exceptions (the model's tokenizer file brings its own)."""
    from spacy.language import BaseDefaults, Language

    french_lex_attrs = _spacy_french_module("lex_attrs").LEX_ATTRS
    french_stop_words = _spacy_french_module("stop_words").STOP_WORDS
    french_syntax_iterators = _spacy_french_module("syntax_iterators").SYNTAX_ITERATORS

    class FrenchDefaults(BaseDefaults):
        lex_attr_getters = french_lex_attrs
        syntax_iterators = french_syntax_iterators
        stop_words = french_stop_words

    class French(Language):
        lang = "fr"
        Defaults = FrenchDefaults

    return French


def _spacy_french_module(name: str):
    """A module of ``spacy/lang/fr`` executed on its own, without the package's ``__init__`` (which
    imports the tokenizer exceptions). Not registered in ``sys.modules``: a later real import of
    ``spacy.lang.fr`` is unaffected."""
    import spacy.lang

    path = Path(spacy.lang.__file__).parent / "fr" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"spacy.lang.fr.{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def factored_token_match(pattern: str):
    """The ``match`` of a regular expression accepting exactly the strings ``pattern`` accepts,
    quick to compile. ``pattern`` is spaCy's French ``token_match``: global flags, then alternatives
    ``(?:^HEAD TAIL)`` where TAIL starts at the first alphabet class. Alternatives with one TAIL
    become ``(?:^(?:HEAD1|HEAD2|…)TAIL)``: the same language (alternation distributes over
    concatenation, and Python's backtracking matcher finds a match whenever one exists), with each
    alphabet class compiled once per tail instead of once per alternative. The tokenizer only
    tests the result for truth. A pattern of another shape is compiled as it is."""
    flags = re.match(r"\(\?[a-zA-Z]+\)", pattern)
    prefix = flags.group(0) if flags else ""
    alternatives = _top_level_split(pattern[len(prefix):], "|")
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not (alternative.startswith("(?:^") and alternative.endswith(")")):
            return re.compile(pattern).match
        body = alternative[4:-1]
        cut = _first_big_class(body)
        head, tail = body[:cut], body[cut:]
        if len(_top_level_split(body, "|")) != 1 or not _balanced(head):
            return re.compile(pattern).match
        groups.setdefault(tail, []).append(head)
    factored = prefix + "|".join(f"(?:^(?:{'|'.join(heads)}){tail})" for tail, heads in groups.items())
    return re.compile(factored).match


#: One lexical unit of a regular expression for the splitting below: an escape, a whole character
#: class (a "]" first in it, or after "^", is a literal), or one other character.
_PATTERN_UNIT = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|.", re.DOTALL)


def _scan(pattern: str):
    """(index, unit, depth) of the units of a pattern (``_PATTERN_UNIT``), with the depth of
    parentheses after each: escapes and classes never count as parentheses or separators."""
    depth = 0
    for m in _PATTERN_UNIT.finditer(pattern):
        unit = m.group(0)
        if unit == "(":
            depth += 1
        elif unit == ")":
            depth -= 1
        yield m.start(), unit, depth


def _top_level_split(pattern: str, separator: str) -> list[str]:
    parts, start = [], 0
    for i, ch, depth in _scan(pattern):
        if ch == separator and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _first_big_class(pattern: str) -> int:
    """Index of the first alphabet-sized character class of a pattern (its length if none)."""
    for m in _PATTERN_UNIT.finditer(pattern):
        if m.group(0)[0] == "[" and len(m.group(0)) > BIG_CLASS_CHARS:
            return m.start()
    return len(pattern)


def _balanced(pattern: str) -> bool:
    depth = 0
    for _, ch, depth in _scan(pattern):
        if depth < 0:
            return False
    return depth == 0
