"""Events stage, step 2 (continued): the extent of an event's name around its cue word.

In: a sentence's text and a noun cue in it. Out: the (start, end) of the name, or None for a bare
cue. French names start with the cue ("Sommet Chine-Asie centrale", "forum de Boao"); Chinese names
end with it ("第二届中国－中亚峰会"); each language's data says which (``name_side``). Also
``_name_key``: a name folded for comparison, without its edition.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import langdata
from ..dates import calendar_words
from ..text import HAN_CLASS, jieba_posseg
from .grammar import EventGrammar

_WORD = re.compile(r"(?:[lLdDnNsSjJmMtTcC]|[qQ]u)['’]|[\w\-]+|[^\w\s]")


@lru_cache(maxsize=None)
def _common_phrases(language: str) -> re.Pattern | None:
    """The language's ``name_common_phrases`` ("chefs d'État"), compiled once."""
    pattern = langdata.load("events", language).get("name_common_phrases")
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def _french_name(text: str, cue_start: int, cue_end: int, sentence_start: int, g: EventGrammar,
                 entity_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The extent of an event name that starts with a noun cue ("Sommet Chine-Asie centrale",
    "sommet du G7", "Forum des nouvelles Routes de la soie pour la coopération internationale").
    Offsets relative to ``text``. None when the cue carries no name."""
    cue_word = text[cue_start:cue_end]
    capital_cue = cue_word[:1].isupper() and cue_start > 0 and not _sentence_initial(text, cue_start)
    joiners = set(g.data.get("name_joiners", []))
    stops = set(g.data.get("name_stops", []))
    common = _common_phrases(g.language)
    pos = cue_end
    end = cue_end
    for m in _WORD.finditer(text, cue_end):
        if m.start() < pos:
            continue  # inside a quoted word passed over
        tok = m.group(0)
        low = tok.lower()
        gap = text[pos:m.start()]
        if "\n" in gap or len(gap) > 2:
            break
        in_entity = any(s <= m.start() < e for s, e in entity_spans)
        quoted = _QUOTED_WORD.match(text, m.start())
        if quoted and end > cue_end and _OF_PROPER_AFTER.match(text, quoted.end()):
            # 'le sommet européen "historique" de Bruxelles': a quoted epithet inside the name
            pos = quoted.end()
            continue
        if re.fullmatch(r"[^\w]", tok):
            if tok in "-–—" and not gap:
                pos = m.end()
                continue
            break
        if low.endswith(("'", "’")) and len(low) <= 3 and low[:-1] not in ("l", "d"):
            break  # "s'ouvrira", "qu'il": an elided pronoun or conjunction starts a clause
        if low in ("l'", "l’", "d'", "d’"):
            pos = m.end()
            continue
        if low in joiners and low not in ("en",):
            pos = m.end()
            continue
        if low in stops and not in_entity:
            break
        said = common.match(text, m.start()) if common else None
        if said:
            # "sommet des chefs d'État": a group of people, capitalised but no name; it names the
            # event only with what follows ("… de l'Union africaine")
            pos = said.end()
            continue
        adjectives = g.data.get("name_adjectives")
        if end == cue_end and not gap.strip() and adjectives and re.fullmatch(adjectives, low):
            # "sommet européen de Bruxelles", "sommet franco-italien": the adjective of a region or
            # of the sides right after the cue word names the event
            end = pos = m.end()
            continue
        is_proper = tok[:1].isupper() or tok.isupper() or any(ch.isdigit() for ch in tok) or in_entity
        if is_proper or (capital_cue and tok[:1].islower() and not _looks_like_date_word(low, g.language)):
            end = m.end()
            pos = m.end()
            continue
        right_after_cue = end == pos == cue_end and not gap.strip()
        epithet = g.data.get("name_epithet")
        if right_after_cue and epithet and re.fullmatch(epithet, low) and _PROPER_NEXT.match(text, m.end()):
            # "le 22e sommet annuel Inde-Russie", "sommet informel UE-Balkans": an adjective right
            # after the cue word, then the sides' names
            pos = m.end()
            continue
        if (right_after_cue or _OF_BEFORE.search(text, 0, m.start())) and _OF_PROPER_AFTER.match(text, m.end()) \
                and not _looks_like_date_word(low, g.language):
            # "du Conseil des chefs d'État de l'Organisation de coopération de Shanghai", "sommet sur
            # le climat de l'ONU": a common noun after "de" or "sur" that leads on to a capitalised
            # name is part of it; so is an adjective right after the cue word ("forum économique de
            # Davos", "sommet extraordinaire de la Cédéao")
            pos = m.end()
            continue
        break
    if end == cue_end:
        return None
    return cue_start, end


#: one space, then a capitalised word
_PROPER_NEXT = re.compile(r" (?-i:[A-ZÀ-Þ])")
#: one word in quotes ('"historique"', '« historique »')
_QUOTED_WORD = re.compile(r"[\"«“]\s*[^\W\d_][\w'’-]*\s*[\"»”]")
#: "de", "des", "du", "d'" right before a word of a name, and after it leading to a capital
_OF_BEFORE = re.compile(r"(?:\b(?:de|des|du)\s+|\bd['’]\s*|\b(?:de|sur)\s+(?:la|l['’])\s*|\bsur\s+(?:le|les)\s+)$",
                        re.IGNORECASE)
_OF = r"\s*(?:\b(?:de|des|du)\s+(?:la\s+|l['’]\s*|les\s+)?|d['’]\s*)"
_OF_PROPER_AFTER = re.compile(rf"(?:{_OF}(?-i:[a-zà-ÿ]+))?{_OF}(?-i:[A-ZÀ-Þ])", re.IGNORECASE)


def _sentence_initial(text: str, index: int) -> bool:
    before = text[:index].rstrip()
    return not before or before[-1] in ".!?»\"\n"




def _looks_like_date_word(low: str, language: str) -> bool:
    return low in calendar_words(language)


_HAN_NAME_CHARS = re.compile(f"[{HAN_CLASS}\\w－—\\-·“”\"《》〈〉‘’・]+$")


def _after_last_verb(text: str, start: int, cue_start: int, g: EventGrammar,
                     kept: list[tuple[int, int]] = ()) -> int:
    """A name never holds a verb, adverb or preposition: "全面落实中阿合作论坛" → "中阿合作论坛",
    "预祝第三届…论坛" → "第三届…论坛". Nominal verbs (合作, 发展: jieba's "vn") stay, and so does
    every word inside a known name (``kept``: "上海合作组织", whose "组织" jieba tags a verb) or
    right after an ordinal ("第六届创新经济论坛": the ordinal opens the name)."""
    cut_tags = tuple(g.data.get("name_cut_pos", ()))
    if not cut_tags or start >= cue_start:
        return start
    position, new_start = start, start
    tokens = jieba_posseg().lcut(text[start:cue_start])
    for i, token in enumerate(tokens):
        position += len(token.word)
        # "第六届创新经济论坛": the word right after an ordinal opens the name, whatever its tag
        after_ordinal = i > 0 and g.ordinal is not None and bool(g.ordinal.fullmatch(tokens[i - 1].word))
        if after_ordinal or any(a < position <= b for a, b in kept) or _joins_common_nouns(tokens, i, g):
            continue
        if token.flag.startswith(cut_tags) and token.flag not in ("vn", "nz") and not token.word.startswith(("“", "《")):
            new_start = position
    # adjectives or measure words left in front ("好峰会") do not start a name either
    while new_start < cue_start and text[new_start] in g.data.get("name_strip_leading", "") \
            and not any(a == new_start for a, _ in kept):
        new_start += 1
    return new_start


def _joins_common_nouns(tokens, i: int, g: EventGrammar) -> bool:
    """Is token ``i`` a conjunction (``name_inner_conjunctions``) between two common nouns, which
    belongs inside a name ("商务与投资峰会", "和平与发展论坛"; not "习近平与普京会晤", between names)?"""
    if tokens[i].word not in g.data.get("name_inner_conjunctions", ()) or not 0 < i < len(tokens) - 1:
        return False
    common = ("n", "vn", "nz")
    return all(t.flag in common or (t.flag.startswith("n") and t.flag[:2] not in ("nr", "ns", "nt"))
               for t in (tokens[i - 1], tokens[i + 1]))


def _chinese_name(text: str, cue_start: int, cue_end: int, g: EventGrammar,
                  kept: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The extent of a Chinese event name ending with the cue ("第二届中国－中亚峰会",
    "“一带一路”国际合作高峰论坛", "金砖国家领导人第十五次会晤"). None for a bare cue."""
    window_start = max(0, cue_start - 40)
    m = _HAN_NAME_CHARS.search(text[window_start:cue_start])
    if not m:
        return None
    prefix_start = window_start + m.start()
    prefix = text[prefix_start:cue_start]
    # a title in quotes right before the cue is the name whatever its words ("“…的世界机遇”对话会"),
    # and so is every word a boundary word is only part of ("共同体" and "同时" hold "同") — not a
    # verb's, nor a word the segmenter took for a person's name ("应邀出席" tagged nr)
    quoted = [(q.start(), q.end()) for q in re.finditer(r"[“《][^“”《》]*[”》]", prefix)]
    # the cue inside a title in quotes ("向“2023从都国际论坛”致贺信"): the quote opened before it
    opened = max(prefix.rfind("“"), prefix.rfind("《"))
    if opened > max(prefix.rfind("”"), prefix.rfind("》")) and text[cue_end:cue_end + 1] in "”》":
        quoted.append((opened + 1, len(prefix)))
    nouns, at = [], 0
    tokens = jieba_posseg().lcut(prefix)
    for i, token in enumerate(tokens):
        if (len(token.word) > 1 and not token.flag.startswith(("nr", "v"))) or _joins_common_nouns(tokens, i, g):
            nouns.append((at, at + len(token.word)))
        at += len(token.word)
    kept = list(kept) + [(prefix_start + a, prefix_start + b) for a, b in quoted]
    cut = 0
    for word in g.data.get("name_boundaries", []):
        for found in re.finditer(re.escape(word), prefix):
            idx, end = found.start(), found.end()
            if any(a < idx and end <= b for a, b in quoted) or any(
                    a <= idx and end <= b and (b - a > len(word) or word in g.data.get("name_inner_conjunctions", ()))
                    for a, b in nouns):
                continue
            cut = max(cut, end)
    # a date ("2017年5月14日至15日在北京举办的", "下月") never belongs to a name
    for dm in re.finditer(g.data.get("date_before_name", r"(?!)"), prefix):
        cut = max(cut, dm.end())
    start = prefix_start + cut
    start = _after_last_verb(text, start, cue_start, g, kept)
    # an opening quote left unbalanced belongs to the name ("“一带一路”国际合作高峰论坛")
    if start > 0 and text[start - 1] in "“\"《" and text[start:cue_start].count("”") > text[start:cue_start].count("“"):
        start -= 1
    # …and one whose closing quote stands after the cue does not ("“2023从都国际论坛”")
    if text[start:start + 1] in "“《" and not re.search("[”》]", text[start:cue_end]):
        start += 1
    if start >= cue_start:
        return None
    name = text[start:cue_end]
    if name in g.data.get("generic_names", []):
        return None
    return start, cue_end


def _name_key(name: str | None) -> str:
    if not name:
        return ""
    key = re.sub(r"第[一二三四五六七八九十百零〇两\d]+[届次]", "", name)
    key = re.sub(r"[\W_]+", " ", key.casefold()).strip()
    return key

