"""Stage 5, dates: French and Chinese temporal expressions resolved to TIMEX3 values.

In: an ``Article`` with sentences (and ``published`` when known). Out: the same with ``dates``, one
``DateValue`` per expression: absolute dates, ranges ("les 14 et 15 mai 2017", "du 3 au 5 juin",
"2017年5月14日至15日"), month-year, year, month-day without a year, weekdays and relative words
("vendredi", "lundi prochain", "cette année", "上周五", "今年", "10年前") resolved against the
publication date with the tense of the sentence. Values are ``2017-05-14``, ``2017-05``, ``2019``,
``XXXX-10-17``; ``source`` says "explicit" (written out) or "relative" (needed the publication date).

The grammar is hand-written: dateparser's ``search_dates`` over whole texts reads "sept documents"
as September and "18 et 19 mai" as the year 2019. Words are data: ``lang/<language>/dates.json``.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .langdata import load
from .records import Article, DateValue

log = logging.getLogger(__name__)

#: how far (days) a month-day may fall after publication in a past-tense sentence, or before it in
#: a future-tense one, before it is read as belonging to the previous or next year: news reports
#: often say "le 17 octobre" a few days off either way
YEAR_FLIP_MARGIN_DAYS = 7
#: plausible years for a bare four-digit number ("en 2019", "2019年"): anything else written alone
#: is a count or an amount. A year inside a written date ("14 juillet 1789") may be older.
YEAR_RANGE = (1950, 2099)
#: the same for a Chinese "NNNN年", whose 年 already says "year": older years are named too ("1945年")
ZH_YEAR_RANGE = (1900, 2099)

CN_DIGITS = "〇零一二三四五六七八九十两"


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: str
    end_value: str
    source: str


# --------------------------------------------------------------------------------------------
# tense


@lru_cache(maxsize=None)
def _tense_patterns(language: str) -> list[tuple[str, re.Pattern]]:
    tense = load("dates", language).get("tense", {})
    flags = re.IGNORECASE if language != "zh" else 0
    return [(name, re.compile(tense[name], flags)) for name in ("future", "ongoing", "past") if name in tense]


def infer_tense(text: str, language: str) -> str | None:
    """"past", "ongoing" or "future" from the verb forms of a clause, or None when it says nothing.
    Future wins over past ("a déclaré que le sommet se tiendra"), ongoing over past."""
    for name, pattern in _tense_patterns(language):
        if pattern.search(text):
            return name
    return None


# --------------------------------------------------------------------------------------------
# helpers


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """TIMEX3 value; None when the parts are not a real date."""
    if year is not None and not (0 < year < 10000):
        return None
    y = f"{year:04d}" if year is not None else "XXXX"
    if month is None:
        return y
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{y}-{month:02d}"
    try:
        dt.date(year if year is not None else 2000, month, day)  # 2000: a leap year, 29 Feb is fine
    except ValueError:
        return None
    return f"{y}-{month:02d}-{day:02d}"


def _published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _year_for(month: int, day: int | None, pub: dt.date | None, tense: str | None) -> tuple[int | None, str]:
    """The year of a month(-day) written without one: the publication year, moved back or forward a
    year when the tense says the date must lie before or after publication."""
    if pub is None:
        return None, "explicit"
    year = pub.year
    try:
        when = dt.date(year, month, min(day or 1, 28) if day is None else day)
    except ValueError:
        return year, "relative"
    margin = dt.timedelta(days=YEAR_FLIP_MARGIN_DAYS if day else 31)
    if tense == "past" and when > pub + margin:
        year -= 1
    elif tense == "future" and when < pub - margin:
        year += 1
    return year, "relative"


def _weekday_date(weekday: int, pub: dt.date, direction: int) -> dt.date:
    """The weekday nearest publication: on or before it (direction -1: "lundi" in a report is the
    last Monday, publication day included), strictly before it (-2: "vendredi dernier"), strictly
    after it (+1: "lundi prochain", or a plain weekday in a future-tense clause)."""
    if direction > 0:
        delta = (weekday - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta)
    back = (pub.weekday() - weekday) % 7
    if direction < -1 and back == 0:
        back = 7
    return pub - dt.timedelta(days=back)


def _add_months(d: dt.date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def _cn_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    if all(ch in "〇零一二三四五六七八九" for ch in token) and len(token) >= 2:
        return int("".join(str("〇一二三四五六七八九".index(ch)) if ch != "零" else "0" for ch in token))
    try:
        import cn2an

        return int(cn2an.cn2an(token.replace("两", "二"), "smart"))
    except (ValueError, KeyError, ImportError):
        return None


# --------------------------------------------------------------------------------------------
# French


@lru_cache(maxsize=None)
def _latin_grammar(language: str) -> dict | None:
    data = load("dates", language)
    if not data or language == "zh":
        return None
    months = data["months"]
    month_alt = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    weekday_alt = "|".join(sorted(data["weekdays"], key=len, reverse=True))
    day = r"(?:1er|[12]\d|3[01]|0?[1-9])"
    year = r"(?:1[0-9]|20)\d{2}"  # a year within a written date; a bare year is checked against YEAR_RANGE
    joiners = "|".join(re.escape(j).replace(r"\ ", r"\s+") for j in _longest_first(data["range_joiners"]))
    openers = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _longest_first(data.get("range_openers", [])))
    cross_joiners = "|".join(re.escape(j) for j in _longest_first(data["cross_range_joiners"]))
    this_words = "|".join(re.escape(w) for w in _longest_first(data.get("this_words", [])))
    m = rf"(?P<m>{month_alt})(?![\w])"
    patterns = {
        "cross_range": rf"\b(?:(?:{openers})\s+)?(?P<d1>{day})\s+(?P<m1>{month_alt})(?:\s+(?P<y1>{year}))?\s*(?:{cross_joiners})\s*"
                       rf"(?P<d2>{day})\s+(?P<m2>{month_alt})(?![\w])(?:\s+(?P<y2>{year}))?",
        # "les 14 et 15 mai", "du 3 au 5 juin", "entre le 3 et le 5 juin", "les 14, 15 et 16 mai"
        "day_range": rf"\b(?:(?:{openers})\s+)?(?P<d1>{day})(?:\s*,\s*{day})*\s*(?:{joiners})\s*(?P<d2>{day})\s+{m}"
                     rf"(?:\s+(?P<y>{year}))?",
        "day": rf"\b(?:(?P<wd>{weekday_alt})\s+)?(?P<d>{day})\s+{m}(?:\s+(?P<y>{year}))?",
        "numeric_dmy": rf"(?<![\d/.])(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>{year})(?![\d/])",
        "numeric_ymd": rf"(?<![\d-])(?P<y>{year})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)",
        "month_year": rf"\b{m}\s+(?P<y>{year})(?!\d)",
        "month_part": r"\b(?:" + "|".join(re.escape(p) for p in sorted(data["month_parts"], key=len, reverse=True))
                      + rf")\s*{m}",
        "relative_year": "(?:" + "|".join(re.escape(w) for w in sorted(data["relative_years"], key=len, reverse=True)) + r")(?!\w)",
        "relative_month": "(?:" + "|".join(re.escape(w) for w in data["relative_months"]) + r")(?!\w)",
        "relative_day": r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(data["relative_days"], key=len, reverse=True)) + r")(?!\w)",
        "weekday": rf"\b(?:(?P<this>{this_words})\s+)?(?P<wd>{weekday_alt})(?:\s+(?P<dir>{'|'.join(data['next_words'] + data['last_words'])}))?\b(?!\s+\d)",
        "year": rf"(?<![\d\w.,/-])(?<!\d\s)(?P<y>{year})(?![\d\w]|\s\d{{3}}|[.,]\d)",
    }
    # "le 30 mai et le 2 juin 2019": the year written once, after the last of a list of dates
    year_ahead = re.compile(rf"\s*(?:,|{joiners})\s*(?:{day})\s+(?:{month_alt})(?![\w])\s+(?P<y>{year})(?!\d)",
                            re.IGNORECASE)
    return {"data": data, "year_ahead": year_ahead,
            "compiled": [(k, re.compile(v, re.IGNORECASE)) for k, v in patterns.items()]}


def _longest_first(words) -> list[str]:
    """Alternatives longest first, so "et le" wins over "et" and "sept." over "sept"."""
    return sorted(words, key=len, reverse=True)


def _month(data: dict, word: str) -> int | None:
    return data["months"].get(word.lower())


def _parse_latin(text: str, language: str, pub: dt.date | None, tense: str | None) -> list[Found]:
    grammar = _latin_grammar(language)
    if grammar is None:
        return []
    data = grammar["data"]
    ambiguous = set(data.get("ambiguous_months", ()))
    units = tuple(data.get("year_units_after", ()))
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return not any(a < e and s < b for a, b in taken)

    def add(s, e, value, end_value, source):
        if value and end_value:
            found.append(Found(s, e, value, end_value, source))
            taken.append((s, e))

    def day_of(token):
        return 1 if token.lower() == "1er" else int(token)

    for kind, pattern in grammar["compiled"]:
        for m in pattern.finditer(text):
            s, e = m.span()
            if not free(s, e):
                continue
            groups = m.groupdict()
            if kind == "cross_range":
                m1, m2 = _month(data, groups["m1"]), _month(data, groups["m2"])
                y2 = int(groups["y2"]) if groups["y2"] else None
                y1 = int(groups["y1"]) if groups["y1"] else y2
                if not groups["y1"] and y2 is not None and m2 < m1:
                    y1 = y2 - 1  # "du 31 décembre au 2 janvier 2020": the range starts the year before
                source = "explicit"
                if y1 is None:
                    y1, source = _year_for(m1, day_of(groups["d1"]), pub, tense)
                    y2 = y1 + (1 if y1 is not None and m2 < m1 else 0) if y1 is not None else None
                add(s, e, _iso(y1, m1, day_of(groups["d1"])), _iso(y2 if y2 is not None else y1, m2, day_of(groups["d2"])), source)
            elif kind in ("day_range", "day"):
                word = groups["m"]
                if word.lower() in ambiguous and not groups.get("y") and not groups.get("wd"):
                    continue  # "le 7 sept" alone may be "7 sept accords": a month only before a year
                month = _month(data, word)
                year = int(groups["y"]) if groups.get("y") else None
                source = "explicit"
                d1 = day_of(groups["d1"] if kind == "day_range" else groups["d"])
                d2 = day_of(groups["d2"]) if kind == "day_range" else d1
                if kind == "day_range" and d2 <= d1:
                    continue
                if year is None:
                    ahead = grammar["year_ahead"].match(text, e)
                    if ahead:
                        year = int(ahead.group("y"))
                    else:
                        year, source = _year_for(month, d1, pub, tense)
                add(s, e, _iso(year, month, d1), _iso(year, month, d2), source)
            elif kind in ("numeric_dmy", "numeric_ymd"):
                value = _iso(int(groups["y"]), int(groups["m"]), int(groups["d"]))
                add(s, e, value, value, "explicit")
            elif kind == "month_year":
                if groups["m"].lower() in ambiguous:
                    continue
                value = _iso(int(groups["y"]), _month(data, groups["m"]))
                add(s, e, value, value, "explicit")
            elif kind == "month_part":
                if groups["m"].lower() in ambiguous:
                    continue
                month = _month(data, groups["m"])
                year, source = _year_for(month, None, pub, tense)
                value = _iso(year, month)
                add(s, e, value, value, source)
            elif kind == "relative_year" and pub:
                offset = _lookup(data["relative_years"], m.group(0))
                value = _iso(pub.year + offset)
                add(s, e, value, value, "relative")
            elif kind == "relative_month" and pub:
                y, mo = _add_months(pub, _lookup(data["relative_months"], m.group(0)))
                value = _iso(y, mo)
                add(s, e, value, value, "relative")
            elif kind == "relative_day" and pub:
                value = (pub + dt.timedelta(days=_lookup(data["relative_days"], m.group(0)))).isoformat()
                add(s, e, value, value, "relative")
            elif kind == "weekday" and pub:
                direction_word = (groups.get("dir") or "").lower()
                if direction_word in data["next_words"] or (not direction_word and tense == "future"):
                    direction = 1
                elif direction_word in data["last_words"]:
                    direction = -2
                else:
                    direction = -1
                value = _weekday_date(data["weekdays"][groups["wd"].lower()], pub, direction).isoformat()
                add(s, e, value, value, "relative")
            elif kind == "year":
                year = int(groups["y"])
                after = text[e:e + 12].lstrip().lower()
                if not (YEAR_RANGE[0] <= year <= YEAR_RANGE[1]) or after.startswith(units):
                    continue
                value = _iso(year)
                add(s, e, value, value, "explicit")
    return found


def _lookup(table: dict, surface: str) -> int:
    key = surface.lower()
    for word, value in table.items():
        if word.lower() == key:
            return value
    return 0


# --------------------------------------------------------------------------------------------
# Chinese

N = f"[0-9０-９{CN_DIGITS}]"
ZH_PATTERNS = [
    ("full", re.compile(rf"(?P<y>{N}{{4}})年(?P<m>{N}{{1,2}})月(?P<d>{N}{{1,3}})[日号]"
                        rf"(?:\s*(?:至|到|-|—|－|～|~)\s*(?:(?P<y2>{N}{{4}})年)?(?:(?P<m2>{N}{{1,2}})月)?(?P<d2>{N}{{1,3}})[日号])?")),
    ("month_day", re.compile(rf"(?<![0-9{CN_DIGITS}年])(?P<m>{N}{{1,2}})月(?P<d>{N}{{1,3}})[日号]"
                             rf"(?:\s*(?:至|到|-|—|－|～|~)\s*(?:(?P<m2>{N}{{1,2}})月)?(?P<d2>{N}{{1,3}})[日号])?")),
    ("year_month", re.compile(rf"(?P<y>{N}{{4}})年(?P<m>{N}{{1,2}})月(?![0-9{CN_DIGITS}])")),
    ("year", re.compile(rf"(?<![0-9{CN_DIGITS}第])(?P<y>{N}{{4}})年(?!代|前|以前|之前|以来|历史|的历史)")),
    ("years_ago", re.compile(rf"(?<![0-9０-９{CN_DIGITS}])(?P<n>{N}{{1,3}})(?:年(?:前|以前)|周年(?=之际|纪念日?之际))")),
    ("relative_year", re.compile("今年|明年|去年|前年|后年")),
    ("relative_month", re.compile("本月|下个月|下月|上个月|上月")),
    ("relative_day", re.compile("今天|今日|昨天|昨日|前天|明天|明日|后天")),
    ("weekday", re.compile("(?P<p>上|本|这|下)?(?:个)?(?:周|星期|礼拜)(?P<w>[一二三四五六日天])")),
    ("week", re.compile("(?P<p>上|本|下)周(?![一二三四五六日天末])")),
]


def _parse_chinese(text: str, pub: dt.date | None, tense: str | None) -> list[Found]:
    data = load("dates", "zh")
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def add(s, e, value, end_value, source):
        if value and end_value and not any(a < e and s < b for a, b in taken):
            found.append(Found(s, e, value, end_value, source))
            taken.append((s, e))

    def num(token):
        return _cn_number(token) if token else None

    for kind, pattern in ZH_PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            g = m.groupdict()
            if kind == "full":
                y, mo, d = num(g["y"]), num(g["m"]), num(g["d"])
                y2 = num(g["y2"]) or y
                mo2 = num(g["m2"]) or mo
                d2 = num(g["d2"]) or d
                add(s, e, _iso(y, mo, d), _iso(y2, mo2, d2), "explicit")
            elif kind == "month_day":
                mo, d = num(g["m"]), num(g["d"])
                mo2, d2 = num(g["m2"]) or mo, num(g["d2"]) or d
                if mo is None or d is None or not 1 <= mo <= 12:
                    continue
                y, source = _year_for(mo, d, pub, tense)
                y2 = y + 1 if y is not None and mo2 < mo else y
                add(s, e, _iso(y, mo, d), _iso(y2, mo2, d2), source)
            elif kind == "year_month":
                value = _iso(num(g["y"]), num(g["m"]))
                add(s, e, value, value, "explicit")
            elif kind == "year":
                y = num(g["y"])
                if y is None or not ZH_YEAR_RANGE[0] <= y <= ZH_YEAR_RANGE[1]:
                    continue
                add(s, e, _iso(y), _iso(y), "explicit")
            elif kind == "years_ago" and pub:
                n = num(g["n"])
                if n is None or n > 200:
                    continue
                add(s, e, _iso(pub.year - n), _iso(pub.year - n), "relative")
            elif kind == "relative_year" and pub:
                value = _iso(pub.year + data["relative_years"][m.group(0)])
                add(s, e, value, value, "relative")
            elif kind == "relative_month" and pub:
                y, mo = _add_months(pub, data["relative_months"][m.group(0)])
                add(s, e, _iso(y, mo), _iso(y, mo), "relative")
            elif kind == "relative_day" and pub:
                value = (pub + dt.timedelta(days=data["relative_days"][m.group(0)])).isoformat()
                add(s, e, value, value, "relative")
            elif kind == "weekday" and pub:
                weekday = data["weekdays"][g["w"]]
                week = data["week_prefixes"].get(g["p"] or "", None)
                if week is None:
                    direction = 1 if tense == "future" else -1
                    value = _weekday_date(weekday, pub, direction).isoformat()
                else:
                    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=week)
                    value = (monday + dt.timedelta(days=weekday)).isoformat()
                add(s, e, value, value, "relative")
            elif kind == "week" and pub:
                monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=data["week_prefixes"][g["p"]])
                add(s, e, monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "relative")
    return found


# --------------------------------------------------------------------------------------------
# public

#: characters around a relative date that make its own clause, for the tense that resolves it
LOCAL_BEFORE, LOCAL_AFTER = 50, 12
CLAUSE_BREAK = re.compile(r"[,;:，；：。]|\bque\b|\bqu'")


def _local_clause(text: str, start: int, end: int) -> str:
    left = text[max(0, start - LOCAL_BEFORE):start]
    right = text[end:end + LOCAL_AFTER]
    breaks = list(CLAUSE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end():]
    cut = CLAUSE_BREAK.search(right)
    if cut:
        right = right[:cut.start()]
    return left + text[start:end] + right


def _with_local_tense(found: Found, text: str, language: str, pub: dt.date, tense: str | None) -> Found:
    """Resolve a relative date again with the tense of its own clause when that differs from the
    sentence's ("a affirmé lundi que la Chine est disposée à…": lundi is past)."""
    if found.source != "relative":
        return found
    local = infer_tense(_local_clause(text, found.start, found.end), language)
    if local is None:
        # a fronted date ("Fin juin, Emmanuel Macron avait annoncé…") takes the next clause's verb
        following = text[found.end:found.end + 60].lstrip(" ,")
        cut = CLAUSE_BREAK.search(following)
        local = infer_tense(following[:cut.start()] if cut else following, language)
    if local is None or local == tense:
        return found
    piece = text[found.start:found.end]
    again = (_parse_chinese(piece, pub, local) if language == "zh"
             else _parse_latin(piece, language, pub, local))
    if len(again) != 1:
        return found
    return Found(found.start, found.end, again[0].value, again[0].end_value, again[0].source)


def parse_dates(text: str, language: str, published: str | None, offset: int = 0,
                tense: str | None = None) -> list[DateValue]:
    """Every temporal expression of ``text``, offsets shifted by ``offset``, in text order."""
    pub = _published(published)
    if tense is None:
        tense = infer_tense(text, language)
    if language == "zh":
        found = _parse_chinese(text, pub, tense)
    else:
        found = _parse_latin(text, language, pub, tense)
    if pub is not None:
        found = [_with_local_tense(f, text, language, pub, tense) for f in found]
    found.sort(key=lambda f: f.start)
    return [DateValue(offset + f.start, offset + f.end, text[f.start:f.end], f.value, f.end_value,
                      f.source, language) for f in found]


def find_dates(article: Article) -> Article:
    text = article.text or article.raw
    dates: list[DateValue] = []
    for sentence in article.sentences:
        if not load("dates", sentence.language):
            continue
        piece = text[sentence.start:sentence.end]
        dates.extend(parse_dates(piece, sentence.language, article.published, offset=sentence.start,
                                 tense=infer_tense(piece, sentence.language)))
    return replace(article, dates=tuple(dates))
