"""Stage 3, languages: blocks, sentences and the document's languages.

In: a cleaned ``Article`` (``text`` with furniture blanked). Out: the same with ``blocks`` (runs of
paragraphs in one language, identified by lingua restricted to the configured languages; text whose
letters are mostly Han characters is Chinese without asking the model; a paragraph too short to
identify, or a short one that lingua also finds plausible in the language of the story around it,
takes its neighbours' language), ``sentences`` (offsets into the raw text, each with its block's
language) and ``languages`` (ISO 639-1 codes, in order of appearance, of every language with at
least one full sentence). Abbreviation lists, Chinese terminal punctuation and the size of a "full
sentence" are data: ``lang/<language>/sentences.json``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .langdata import load
from .records import Article, Block, Sentence
from .text import HAN

#: share of Han characters among letters above which a paragraph is Chinese (fast path)
HAN_SHARE_FOR_CHINESE = 0.3
#: paragraphs with fewer letters than this are too short to identify: they take a neighbour's language
MIN_LETTERS_TO_IDENTIFY = 20
#: lingua confidence below which a paragraph's language is not trusted
MIN_CONFIDENCE = 0.5
#: paragraphs with at least this many letters keep the language lingua gives them; shorter ones
#: (headlines, captions: a French headline full of English names reads as English) may follow
#: the nearest long paragraph
MIN_LETTERS_OWN_LANGUAGE = 120
#: lingua confidence for the surrounding language above which a short paragraph follows it;
#: a real English sentence gets under 0.05 for French, a French headline of names 0.28 to 0.46
MIN_CONTEXT_CONFIDENCE = 0.15
#: lingua reads at most this many characters of a paragraph (enough to decide, bounded cost)
MAX_CHARS_TO_IDENTIFY = 2000

LETTER = re.compile(r"[^\W\d_]")
PARAGRAPH = re.compile(r"[^\n]+")
CLOSERS = "\"'»”’）)】」』》"


@lru_cache(maxsize=8)
def _detector(languages: tuple[str, ...]):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    chosen = []
    for code in languages:
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            chosen.append(Language.from_iso_code_639_1(iso))
    if len(chosen) < 2:
        return None, chosen
    return LanguageDetectorBuilder.from_languages(*chosen).build(), chosen


def identify(text: str, languages: tuple[str, ...]) -> str:
    """ISO 639-1 code of a paragraph, among the configured languages, or "und"."""
    return _identify(text, tuple(languages))[0]


def _identify(text: str, languages: tuple[str, ...]) -> tuple[str, dict[str, float]]:
    """A paragraph's language ("und" when unsure) and lingua's confidence for each configured
    language (empty when lingua was not asked)."""
    letters = LETTER.findall(text)
    if not letters:
        return "und", {}
    han = len(HAN.findall(text))
    if "zh" in languages and han / len(letters) >= HAN_SHARE_FOR_CHINESE:
        return "zh", {}
    if len(letters) < MIN_LETTERS_TO_IDENTIFY:
        return "und", {}
    detector, chosen = _detector(languages)
    if detector is None:
        return (chosen[0].iso_code_639_1.name.lower() if chosen else "und"), {}
    values = detector.compute_language_confidence_values(text[:MAX_CHARS_TO_IDENTIFY])
    confidences = {v.language.iso_code_639_1.name.lower(): v.value for v in values}
    if not values or values[0].value < MIN_CONFIDENCE:
        return "und", confidences
    return values[0].language.iso_code_639_1.name.lower(), confidences


def detect_languages(article: Article, languages: tuple[str, ...] = ("fr", "zh", "en", "ru")) -> Article:
    """Blocks, sentences and languages of a cleaned article (furniture already blanked)."""
    languages = tuple(languages)
    text = article.text or article.raw
    paragraphs = []  # [start, end, language, lingua confidences, letters]
    for m in PARAGRAPH.finditer(text):
        if m.group(0).strip():
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            end = m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))
            language, confidences = _identify(text[start:end], languages)
            paragraphs.append([start, end, language, confidences, len(LETTER.findall(text[start:end]))])
    _follow_context(paragraphs)
    _fill_unknown(paragraphs)
    blocks: list[Block] = []
    for start, end, lang, _, _ in paragraphs:
        if blocks and blocks[-1].language == lang:
            blocks[-1] = Block(blocks[-1].start, end, lang)
        else:
            blocks.append(Block(start, end, lang))
    sentences = []
    for start, end, lang, _, _ in paragraphs:
        sentences.extend(split_sentences(text, start, end, lang))
    found: list[str] = []
    for s in sentences:
        if s.language not in found and s.language != "und" and is_full_sentence(text[s.start:s.end], s.language):
            found.append(s.language)
    return replace(article, blocks=tuple(blocks), sentences=tuple(sentences), languages=tuple(found))


def _follow_context(paragraphs: list[list]) -> None:
    """A short paragraph (a headline, a caption) that lingua finds closer to another language than
    the nearest long paragraph takes that paragraph's language when lingua still gives it some
    confidence: "Marine Le Pen en visite à la Trump Tower" reads as English on its own (0.71) but
    keeps 0.29 for French, the language of the story around it."""
    anchors = [i for i, p in enumerate(paragraphs) if p[2] != "und" and p[4] >= MIN_LETTERS_OWN_LANGUAGE]
    if not anchors:
        return
    # languages decided before any paragraph changes (an anchor never changes: it is long)
    next_anchor = 0  # index into anchors of the first anchor at or after i: one pass, not one per paragraph
    for i, p in enumerate(paragraphs):
        while next_anchor < len(anchors) and anchors[next_anchor] < i:
            next_anchor += 1
        if p[4] >= MIN_LETTERS_OWN_LANGUAGE or not p[3]:
            continue
        # the nearest anchor; on a tie the earlier one
        candidates = [anchors[k] for k in (next_anchor - 1, next_anchor) if 0 <= k < len(anchors)]
        nearest = min(candidates, key=lambda k: (abs(k - i), k > i))
        context = paragraphs[nearest][2]
        if context != p[2] and p[3].get(context, 0.0) >= MIN_CONTEXT_CONFIDENCE:
            p[2] = context


def _fill_unknown(paragraphs: list[list]) -> None:
    """A paragraph too short to identify takes the language of the nearest identified one
    (the previous, else the next): headings and captions belong to the text around them."""
    known = [i for i, p in enumerate(paragraphs) if p[2] != "und"]
    if not known:
        return
    languages = [p[2] for p in paragraphs]  # as identified, before any filling
    previous = None
    for i, p in enumerate(paragraphs):
        if languages[i] != "und":
            previous = i
        else:
            p[2] = languages[previous if previous is not None else known[0]]


def split_sentences(text: str, start: int, end: int, language: str) -> list[Sentence]:
    """Sentences of one paragraph, offsets into ``text``, trimmed of white space."""
    if language == "zh" or (language == "und" and HAN.search(text[start:end])):
        cuts = _chinese_cuts(text, start, end)
    else:
        cuts = _latin_cuts(text, start, end, language)
    sentences = []
    previous = start
    for cut in cuts + [end]:
        piece = text[previous:cut]
        if piece.strip():
            left = previous + len(piece) - len(piece.lstrip())
            right = cut - (len(piece) - len(piece.rstrip()))
            sentences.append(Sentence(left, right, language))
        previous = cut
    return sentences


@lru_cache(maxsize=None)
def _chinese_terminal() -> re.Pattern:
    terminals = load("sentences", "zh").get("terminals", "。！？")
    return re.compile("[" + re.escape(terminals) + "][" + re.escape(CLOSERS) + "]*")


def _chinese_cuts(text: str, start: int, end: int) -> list[int]:
    """After every terminal punctuation mark and the closing quotes or brackets right after it."""
    return [m.end() for m in _chinese_terminal().finditer(text, start, end)]


@lru_cache(maxsize=None)
def _abbreviations(language: str) -> frozenset[str]:
    return frozenset(load("sentences", language).get("abbreviations", ()))


#: terminal punctuation, with French closing quotes that follow after a (non-breaking) space
TERMINAL = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?[»”])?[" + re.escape(CLOSERS) + r"]*")


#: a capitalised word (an upper-case letter, then a lower-case one) glued to the previous sentence
GLUED_NEXT_WORD = re.compile(r"[«\"“]?(?:[^\W\d_](?<=[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_](?<=[a-zß-öø-ÿа-яё])"
                             r"|[AÀÀ](?=\s[a-zß-öø-ÿ])"  # "…arrêtés".A l'ouverture": a one-letter word too
                             r"|[A-ZÀ-Þ](?=['’][^\W\d_]))")  # "…sceptique.L'accord": an elided article

#: a closing straight quote glued to the next sentence with no full stop: an intertitle or a quote
#: run into the paragraph after it ('…de retard"Il propose', '"Une crise internationale""Les feux')
GLUED_AFTER_QUOTE = re.compile(r'(?<=[^\W\d_])(?<![A-ZÀ-ÞА-ЯЁ])["”](?=["“]?[A-ZÀ-Þ](?:[a-zß-ÿ]|[\'’][^\W\d_]))')


#: the first character that is not white space (searched from a position: no slice of the rest)
NON_SPACE = re.compile(r"\S")
#: an abbreviation is a short word: the word before a full stop is looked for in this many
#: characters before it (unit: characters; the longest listed abbreviation has 5), so a paragraph
#: of one unbroken "word" is not rescanned at every full stop
MAX_ABBREVIATION_CHARS = 32
WORD_BEFORE = re.compile(r"[\w.-]+$")


#: an acronym of two or more capitals, no full stop inside ("l'ONU.Avant", "l'AFP.Les": a sentence
#: ends there; "U.S.A", "M.Macron" stay whole)
ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-ZÀ-Þ]{2,}$")


def _acronym_before(text: str, start: int, at: int) -> bool:
    return ACRONYM_BEFORE.search(text, max(start, at - MAX_ABBREVIATION_CHARS), at) is not None


def _latin_cuts(text: str, start: int, end: int, language: str) -> list[int]:
    """Offsets where sentences end; linear in the paragraph's length (every look-ahead and
    look-behind is bounded or searched from a position, never a slice of the rest)."""
    abbreviations = _abbreviations(language)
    cuts = []
    for m in TERMINAL.finditer(text, start, end):
        after = m.end()
        nxt = text[after:after + 1]
        next_char = NON_SPACE.search(text, after, end)
        if next_char is None:
            continue
        following = next_char.group(0)
        if nxt and not nxt.isspace():
            # "Hong Kong.Le", "en 2017.Donald", "faim"."Nous": a missing space before a
            # capitalised word still ends a sentence; "1.5", "J.-C.", "U.S.A", "french.news.cn" do not
            before = text[m.start() - 1:m.start()]
            if m.group(0).endswith('"') and GLUED_NEXT_WORD.match(text, after - 1):
                after -= 1  # a straight quote glued after the full stop opens the next sentence
            if not (GLUED_NEXT_WORD.match(text, after) and m.group(0)[0] in ".!?"
                    and (before.islower() or before.isdigit() or (before and before in CLOSERS)
                         or _acronym_before(text, start, m.start()))):
                continue
        elif not (following.isupper() or following.isdigit() or following in "«\"“—-–(["):
            continue
        if m.group(0) == ".":
            window = max(start, m.start() - MAX_ABBREVIATION_CHARS)
            word = WORD_BEFORE.search(text, window, m.start())
            token = word.group(0) if word else ""
            if token in abbreviations or (len(token) == 1 and token.isupper()):
                continue
        cuts.append(after)
    glued = [m.end() for m in GLUED_AFTER_QUOTE.finditer(text, start, end)]
    return sorted(set(cuts + glued)) if glued else cuts


def is_full_sentence(sentence: str, language: str) -> bool:
    data = load("sentences", language)
    if language == "zh":
        return len(HAN.findall(sentence)) >= data.get("min_han", 8)
    words = [w for w in sentence.split() if LETTER.search(w)]
    ends = bool(re.search(r"[.!?…][" + re.escape(CLOSERS) + r"]*$", sentence))
    return (len(words) >= data.get("min_words", 4) and ends) or len(words) >= data.get("long_words", 8)
