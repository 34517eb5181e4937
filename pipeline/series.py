"""Recurring event series across names and scripts: not a stage, a helper of the events and
merging stages.

``resources/event_series.json`` lists recurring events (G7, FOCAC, 中国—中亚峰会, the Belt and
Road Forum…) with their names in English, French and Chinese. ``split_name`` takes years and
ordinals out of a name ("第二届中国—中亚峰会" → "中国中亚峰会", edition 2); ``find_series`` says
which series a name is of, and with which qualifier (a ministers' meeting of the series is not its
summit). The events stage uses it to see that "Forum des nouvelles Routes de la soie" and
"“一带一路”国际合作高峰论坛" in one document are one event; merging, across documents.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .gazetteer import gazetteer
from .langdata import load, resource
from .text import chinese_number, fold, is_han

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\-]")
_QUOTES = re.compile(r"[\"'“”„‟«»‘’‚‛「」『』《》〈〉]")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)\s*年?")
_ZH_ORDINAL = re.compile(r"第([一二三四五六七八九十百零〇两\d]+)[届次]")
_EN_ORDINAL = re.compile(r"\b(\d{1,3})\s?(?:st|nd|rd|th)\b")
_COP_NUMBER = re.compile(r"\bcop\s?(\d{1,2})\b")


def normalise_name(name: str) -> str:
    """A name with one dash, quotes as spaces, NFKC width: "中国—中亚峰会" and "中国－中亚峰会" are one form."""
    text = unicodedata.normalize("NFKC", name)
    text = _DASHES.sub("-", text)
    return " ".join(_QUOTES.sub(" ", text).split())


@lru_cache(maxsize=1)
def _ordinal_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for language in ("fr", "zh", "en"):
        for word, number in (load("events", language).get("ordinals") or {}).items():
            words[fold(word)] = int(number)
    words.setdefault("首届", 1)
    words.setdefault("首次", 1)
    return words


def split_name(name: str | None) -> tuple[str, int | None, int | None]:
    """(the name without its years and ordinals, folded; the edition; the year) of a name:
    "第二届中国—中亚峰会" → ("中国中亚峰会", 2, None); "COP27" → ("cop", 27, None);
    "sommet du G20 2019" → ("sommet du g20", None, 2019)."""
    if not name:
        return "", None, None
    text = normalise_name(name)
    edition = year = None
    for m in _YEAR.finditer(text):
        year = int(m.group(1))
    text = _YEAR.sub(" ", text)
    m = _ZH_ORDINAL.search(text)
    if m:
        edition = chinese_number(m.group(1))
        text = text[:m.start()] + " " + text[m.end():]
    for first in ("首届", "首次"):
        if first in text:
            edition = edition or 1
            text = text.replace(first, " ")
    folded = fold(text)
    m = _COP_NUMBER.search(folded)
    if m:
        edition = edition or int(m.group(1))
        folded = folded[:m.start()] + "cop" + folded[m.end():]
    m = re.search(r"\b(\d{1,3})\s?(?:e|è|eme|ème|er|re)\b", folded) or _EN_ORDINAL.search(folded)
    if m:
        edition = edition or int(m.group(1))
        folded = folded[:m.start()] + folded[m.end():]
    words = folded.split()
    kept = []
    for word in words:
        if word in _ordinal_words() and not is_han(word):
            edition = edition or _ordinal_words()[word]
            continue
        kept.append(word)
    # a Latin word glued to Han characters is a word of its own: "G7峰会" → "g7 峰会"
    joined = re.sub(r"(?<=[a-z0-9])(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])(?=[a-z0-9])", " ", " ".join(kept))
    return compact(joined), edition, year


def compact(folded: str) -> str:
    """Spaces between Han characters dropped: "中国 中亚峰会" → "中国中亚峰会"."""
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", folded)


@dataclass(frozen=True)
class _SeriesForm:
    form: str  # folded, compact
    han: bool
    series: str


@lru_cache(maxsize=1)
def series_table() -> dict:
    """The series table: ``forms`` (longest first), ``series`` by id, ``qualifiers``."""
    data = resource("event_series.json")
    forms, by_id = [], {}
    for entry in data["series"]:
        by_id[entry["id"]] = entry
        for names in entry["names"].values():
            for name in names:
                folded = compact(split_name(name)[0])
                if folded:
                    forms.append(_SeriesForm(folded, bool(re.search(r"[^\x00-\x7f]", folded)
                                                          and is_han(folded.replace(" ", "")[:1])),
                                             entry["id"]))
    forms.sort(key=lambda f: (-len(f.form), f.form, f.series))
    qualifiers = {kind: [compact(fold(w)) for w in words]
                  for kind, words in data.get("qualifiers", {}).items()}
    return {"forms": forms, "series": by_id, "qualifiers": qualifiers}


@lru_cache(maxsize=4096)
def find_series(folded_name: str) -> tuple[str, str]:
    """(series id, qualifier) of a name without its years and ordinals, or ("", ""). A Chinese
    name may hold its venue's city inside the series' words ("联合国气候变化迪拜大会",
    "二十国集团领导人里约热内卢峰会"): when the name as written is of no series, it is read again
    without the city."""
    found = _find_series(folded_name)
    compacted = compact(folded_name)
    if found[0] or not is_han(compacted[:1]):
        return found
    cities = [h for h in gazetteer("zh").find(compacted) if h.entry.label == "CITY"]
    if not cities:
        return found
    for hit in reversed(cities):
        compacted = compacted[:hit.start] + compacted[hit.end:]
    return _find_series(compacted)


def _find_series(folded_name: str) -> tuple[str, str]:
    compacted = compact(folded_name)
    padded = f" {compacted} "
    table = series_table()
    for form in table["forms"]:
        if form.han:
            at = compacted.find(form.form)
            hit = at >= 0
            rest = (compacted[:at] + " " + compacted[at + len(form.form):]) if hit else ""
        else:
            at = padded.find(f" {form.form} ")
            hit = at >= 0
            rest = (padded[:at] + " " + padded[at + len(form.form) + 2:]) if hit else ""
        if not hit:
            continue
        rest_padded = f" {rest} "
        qualifier = ""
        for kind, words in table["qualifiers"].items():  # in the file's order
            for word in words:
                if (word in rest) if re.search(r"[^\x00-\x7f]", word) else (f" {word} " in rest_padded):
                    qualifier = kind
                    break
            if qualifier:
                break
        return form.series, qualifier
    return "", ""
