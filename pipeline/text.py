"""Small text helpers every stage shares: one of each.

Not a stage. Every module that needs to fold a name for comparison, tell a Han character, read a
Chinese or written-out numeral, or segment Chinese with jieba imports it from here, so that each
idea is written once:

- ``fold``: case, accents and punctuation removed ("Xi’an" and "xi an" both give "xi an");
- ``HAN`` / ``is_han`` / ``han_share``: the one definition of a Han (CJK ideograph) character;
- ``chinese_number``: Chinese numerals, positional ("二〇一七") or not ("十五", "两"), and digits;
- ``jieba_posseg`` / ``chinese_words``: jieba, initialised once and quietly, with offsets.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

#: One Han character: CJK unified ideographs, extension A, and the compatibility block.
HAN_CLASS = "\u3400-\u9fff\uf900-\ufaff"
HAN = re.compile(f"[{HAN_CLASS}]")
_ALL_HAN = re.compile(f"[{HAN_CLASS}]+")

#: Chinese digits read one by one in positional numerals ("二〇一七" = 2017).
_POSITIONAL_DIGITS = "〇一二三四五六七八九"


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A name without case, accents or punctuation: "Xi’an" and "xi an" both give "xi an"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    without_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", without_accents).split())


def fold_accents(text: str) -> str:
    """Case and accents removed, punctuation kept ("Pékin" → "pekin", "l’Élysée" → "l'elysee")."""
    text = text.replace("’", "'").casefold()
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def is_han(text: str) -> bool:
    """Is every character of a non-empty text a Han character?"""
    return bool(text) and bool(_ALL_HAN.fullmatch(text))


def han_share(text: str) -> float:
    """The share of Han characters among the non-space characters of a text (0 for an empty one)."""
    letters = [ch for ch in text if not ch.isspace()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if HAN.match(ch)) / len(letters)


def chinese_number(token: str) -> int | None:
    """An integer from digits (also full-width), a positional Chinese numeral ("二〇一七") or a
    Chinese numeral with units ("十五", "两百", "第三" without the 第); None when it is none."""
    token = unicodedata.normalize("NFKC", token).strip().replace(" ", "")
    if not token:
        return None
    if token.isdigit():
        return int(token)
    if len(token) >= 2 and all(ch in _POSITIONAL_DIGITS or ch == "零" for ch in token):
        return int("".join("0" if ch == "零" else str(_POSITIONAL_DIGITS.index(ch)) for ch in token))
    try:
        import cn2an

        return int(cn2an.cn2an(token.replace("两", "二"), "smart"))
    except Exception:  # cn2an raises its own ValueError subclasses on anything not a numeral
        return None


@lru_cache(maxsize=1)
def jieba_posseg():
    """jieba's part-of-speech segmenter, initialised once per process, without its log lines."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.posseg.dt.initialize()
    return jieba.posseg


def chinese_words(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, word, part-of-speech tag) of jieba's segmentation, offsets into text.
    Tags: nr person name, ns place, nt organisation (jieba's ICTCLAS-style tag set)."""
    out = []
    position = 0
    for pair in jieba_posseg().cut(text, HMM=True):
        start = text.find(pair.word, position)
        if start < 0:  # the segmenter normalised something: keep offsets honest, skip the word
            continue
        out.append((start, start + len(pair.word), pair.word, pair.flag))
        position = start + len(pair.word)
    return out
