"""Stage 5, dates: temporal expressions resolved to TIMEX3 values.

In: an ``Article`` with sentences (and ``published`` when known). Out: the same with ``dates``, one
``DateValue`` per expression: absolute dates, ranges ("les 14 et 15 mai 2017", "du 3 au 5 juin",
"2017年5月14日至15日"), month-year, year, a month or a day of a year left unsaid ("en septembre",
"20日晚"), weekdays and relative words ("vendredi", "lundi prochain", "cette année", "上周五",
"今年", "10年前") resolved against the publication date with the tense of their clause. Values are
``2017-05-14``, ``2017-05``, ``2019``, ``XXXX-10-17``; ``source`` says "explicit" (written out) or
"relative" (needed the publication date).

Every language is data: ``lang/<language>/dates.json`` holds its words (months, weekdays, relative
words, number words), regex fragments and an ordered list of patterns, each of a ``kind`` whose named
groups this module reads the same way for every language (the file's ``_doc`` lists them). The code
below knows no word of any language. A language without such a file is read with dateparser when it
is installed, span by span (``_parse_with_dateparser``): dateparser over whole texts reads "sept
documents" as September and "18 et 19 mai" as the year 2019, so its spans are guarded.
"""
from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from .langdata import load
from .records import Article, DateValue
from .text import chinese_number, fold_accents

log = logging.getLogger(__name__)

#: how far (days) a month-day may fall after publication in a past-tense sentence, or before it in
#: a future-tense one, before it is read as belonging to the previous or next year: news reports
#: often say "le 17 octobre" a few days off either way
YEAR_FLIP_MARGIN_DAYS = 7
#: plausible years for a bare year ("en 2019", "2019年") when a language file gives no year_range
DEFAULT_YEAR_RANGE = (1950, 2099)
#: a two-digit year ("le 10 novembre 93") is read in the century that puts it at most this many
#: years after publication (or after 2000 + this, without one): "93" in 2019 is 1993, "21" is 2021
TWO_DIGIT_YEAR_AHEAD = 10
#: "3年前" / "il y a 3 ans": counts above this (years) are ages or durations, not dates
MAX_YEARS_AGO = 200
#: characters around a relative date that make its own clause, for the tense that resolves it
LOCAL_BEFORE, LOCAL_AFTER = 50, 12
#: characters after a fronted date in which the next clause's verb gives its tense
FRONTED_AFTER = 60

#: keys every ``lang/*/dates.json`` must have, with their types (tests/test_dates_schema.py checks)
SCHEMA: dict[str, type] = {
    "_doc": str, "ignore_case": bool, "year_range": list, "months": dict, "ambiguous_months": list,
    "weekdays": dict, "numbers": dict, "next_words": list, "last_words": list, "this_words": list,
    "relative_days": dict, "relative_months": dict, "relative_years": dict, "week_offsets": dict,
    "word_lists": dict, "fragments": dict, "patterns": list, "tense": dict, "tense_before": dict,
    "clause_breaks": str,
}
#: keys a ``lang/*/dates.json`` may have: words for "the same day" as the last date given
#: ("同日", "le même jour"), the pattern of a range's second date that gives the year, and the
#: tense of a clause with no tense mark ("past" in Chinese, which marks its future: "将")
OPTIONAL: dict[str, type] = {"same_day_words": list, "year_ahead": str, "unmarked_tense": str,
                              "days_from_last_date": dict, "not_after_last_date_word": str,
                              "count_words": dict, "duration_units": dict}
#: word tables that are also placeholders in patterns; the dict ones map a word to a number
WORD_TABLES = ("months", "ambiguous_months", "weekdays", "numbers", "next_words", "last_words",
               "this_words", "relative_days", "relative_months", "relative_years", "week_offsets",
               "count_words", "duration_units")
#: how a pattern's named groups are read
KINDS = ("date", "year", "years_ago", "elapsed", "relative_day", "relative_month", "relative_year", "weekday",
         "week")
#: how far back or ahead an elapsed time may place a date, per unit ("il y a 3 jours", "三个月前"):
#: beyond it a count is a duration or an age, not a date
MAX_ELAPSED = {"day": 60, "week": 26, "month": 36, "year": MAX_YEARS_AGO}
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: str
    end_value: str
    source: str


# --------------------------------------------------------------------------------------------
# a language's grammar, compiled once from its data file


def _key(word: str) -> str:
    """The form words are looked up by: no case, no accents, one apostrophe, single spaces."""
    return " ".join(fold_accents(word).split())


def _alternation(words) -> str:
    """A regex alternation of words, longest first ("et le" before "et", "sept." before "sept"),
    each also without accents and with either apostrophe, spaces matching any run of spaces."""
    variants = set()
    for word in words:
        for form in (word, fold_accents(word)):
            variants |= {form, form.replace("'", "’"), form.replace("’", "'")}
    escaped = [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(variants, key=lambda w: (-len(w), w))]
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!)"


@dataclass(frozen=True)
class Grammar:
    language: str
    data: dict
    patterns: tuple[tuple[str, re.Pattern], ...]
    tables: dict  # table name -> {looked-up form: value}
    year_ahead: re.Pattern | None
    tense: tuple[tuple[str, re.Pattern], ...]
    tense_before: tuple[tuple[str, re.Pattern], ...]
    clause_breaks: re.Pattern
    year_range: tuple[int, int]

    def lookup(self, table: str, word: str | None):
        return self.tables[table].get(_key(word)) if word else None


def expand(data: dict, regex: str) -> str:
    """A pattern with its ``{placeholders}`` replaced: word tables and word lists by alternations of
    their words, fragments by their (themselves expanded) regex. An unknown name raises KeyError."""
    def one(match: re.Match) -> str:
        name = match.group(1)
        if name in data.get("fragments", {}):
            return "(?:" + expand(data, data["fragments"][name]) + ")"
        if name in data.get("word_lists", {}):
            return _alternation(data["word_lists"][name])
        if name in WORD_TABLES:
            return _alternation(data.get(name, ()))
        raise KeyError(f"unknown placeholder {{{name}}}")

    return PLACEHOLDER.sub(one, regex)


@lru_cache(maxsize=None)
def grammar(language: str) -> Grammar | None:
    """The compiled date grammar of a language, or None when it has no ``dates.json``."""
    data = load("dates", language)
    if not data:
        return None
    flags = re.IGNORECASE if data.get("ignore_case") else 0
    tables = {}
    for name in WORD_TABLES:
        words = data.get(name, {})
        tables[name] = ({_key(w): v for w, v in words.items()} if isinstance(words, dict)
                        else {_key(w): True for w in words})
    patterns = tuple((p["kind"], re.compile(expand(data, p["regex"]), flags)) for p in data.get("patterns", ()))
    year_ahead = re.compile(expand(data, data["year_ahead"]), flags) if data.get("year_ahead") else None
    order = ("future", "ongoing", "past")  # future wins over past: "a déclaré que le sommet se tiendra"
    tense = tuple((name, re.compile(data["tense"][name], flags)) for name in order if name in data.get("tense", {}))
    before = tuple((name, re.compile(rx, flags)) for name, rx in data.get("tense_before", {}).items())
    low, high = data.get("year_range") or DEFAULT_YEAR_RANGE
    return Grammar(language, data, patterns, tables, year_ahead, tense, before,
                   re.compile(data.get("clause_breaks") or "[,;:]", flags), (low, high))


def calendar_words(language: str) -> frozenset[str]:
    """The month and weekday words of a language, lower-case, with the words that place them
    ("prochain", "dernier"), from its ``dates.json``; empty for a language without one."""
    data = load("dates", language)
    names = ("months", "weekdays", "next_words", "last_words")
    return frozenset(word.lower() for name in names for word in data.get(name, ()))


# --------------------------------------------------------------------------------------------
# tense


def infer_tense(text: str, language: str) -> str | None:
    """"past", "ongoing" or "future" from the verb forms of a clause, or None when it says nothing.
    Future wins over past ("a déclaré que le sommet se tiendra"), ongoing over past."""
    rules = grammar(language)
    for name, pattern in (rules.tense if rules else ()):
        if pattern.search(text):
            return name
    return None


# --------------------------------------------------------------------------------------------
# calendar helpers


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """TIMEX3 value; None when the parts are not a real date. A day without a month is ``XXXX-XX-DD``."""
    if year is not None and not (0 < year < 10000):
        return None
    y = f"{year:04d}" if year is not None else "XXXX"
    if month is None:
        if day is None:
            return y if year is not None else None
        return f"{y}-XX-{day:02d}" if year is None and 1 <= day <= 31 else None
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


def _year_for(month: int, day: int | None, pub: dt.date | None, tense: str | None,
              direction: int = 0) -> int | None:
    """The year of a month(-day) written without one: the publication year, moved back or forward
    when "dernier"/"prochain" (direction -1/+1) or the tense says the date lies before or after
    publication. None without a publication date."""
    if pub is None:
        return None
    year = pub.year
    here = (month, day or 0)
    now = (pub.month, pub.day if day else 0)
    if direction < 0:
        return year if here < now else year - 1
    if direction > 0:
        return year if here > now else year + 1
    if day is None:  # a month: compare months, the publication month itself is this year's
        if tense == "past" and month > pub.month:
            return year - 1
        if tense == "future" and month < pub.month:
            return year + 1
        if tense is None:  # no tense: the nearest such month ("en décembre" in January is last year's)
            return min((year - 1, year, year + 1), key=lambda y: abs((y - pub.year) * 12 + month - pub.month))
        return year
    try:
        when = dt.date(year, month, day)
    except ValueError:  # 29 February of a common year: the nearest leap year the tense allows
        leap = [y for y in (year - 1, year + 1) if calendar.isleap(y)
                and not (tense == "past" and y > year) and not (tense == "future" and y < year)]
        return leap[0] if leap and month == 2 and day == 29 else year
    margin = dt.timedelta(days=YEAR_FLIP_MARGIN_DAYS)
    if tense == "past" and when > pub + margin:
        year -= 1
    elif tense == "future" and when < pub - margin:
        year += 1
    elif tense is None:  # no tense: the nearest such day (29 February only in a leap year)
        def distance(candidate: int) -> int:
            try:
                return abs((when.replace(year=candidate) - pub).days)
            except ValueError:
                return 10 ** 6
        return min((year - 1, year, year + 1), key=distance)
    return year


def _month_for(day: int, pub: dt.date, tense: str | None) -> tuple[int, int]:
    """(year, month) of a day written without its month ("20日晚"): the publication month, or the
    one before or after when the tense puts the day well after or before publication."""
    if tense == "past" and day > pub.day + YEAR_FLIP_MARGIN_DAYS:
        return _add_months(pub, -1)
    if tense == "future" and day < pub.day - YEAR_FLIP_MARGIN_DAYS:
        return _add_months(pub, 1)
    if tense is None:  # no tense: the nearest month holding that day ("28日" early in July is June's)
        def distance(year_month):
            try:
                return abs((dt.date(*year_month, day) - pub).days)
            except ValueError:  # the 31st of a 30-day month
                return 10 ** 6
        return min((_add_months(pub, -1), (pub.year, pub.month), _add_months(pub, 1)), key=distance)
    return pub.year, pub.month


def _weekday_date(weekday: int, pub: dt.date, direction: int) -> dt.date:
    """The weekday nearest publication: on or before it (direction -1: "lundi" in a report is the
    last Monday, publication day included), strictly before it (-2: "vendredi dernier"), on or after
    it (+1: a weekday in a future-tense clause), strictly after it (+2: "lundi prochain"); the
    nearer of the two (0: a present tense or none, "Xi et Biden se retrouvent mercredi", "qui s'ouvre
    mercredi": what is told in the present is at most three days away, before or after)."""
    if direction == 0:
        ahead = (weekday - pub.weekday()) % 7
        return pub + dt.timedelta(days=ahead) if ahead <= 3 else pub - dt.timedelta(days=7 - ahead)
    if direction > 0:
        delta = (weekday - pub.weekday()) % 7
        if direction > 1 and delta == 0:
            delta = 7
        return pub + dt.timedelta(days=delta)
    back = (pub.weekday() - weekday) % 7
    if direction < -1 and back == 0:
        back = 7
    return pub - dt.timedelta(days=back)


def _add_months(d: dt.date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def _two_digit_year(yy: int, pub: dt.date | None) -> int:
    reference = pub.year if pub else 2000 + TWO_DIGIT_YEAR_AHEAD
    year = reference // 100 * 100 + yy
    return year - 100 if year > reference + TWO_DIGIT_YEAR_AHEAD else year


# --------------------------------------------------------------------------------------------
# reading a match


def _number(rules: Grammar, token: str | None) -> int | None:
    if not token:
        return None
    word = rules.lookup("numbers", token)
    return word if word is not None else chinese_number(token)


def _month(rules: Grammar, token: str | None) -> int | None:
    if not token:
        return None
    word = rules.lookup("months", token)
    return word if word is not None else chinese_number(token)


def _direction(rules: Grammar, word: str | None) -> int:
    if rules.lookup("next_words", word):
        return 1
    if rules.lookup("last_words", word):
        return -1
    return 0


def _read_date(rules: Grammar, g: dict, text: str, end: int, pub: dt.date | None,
               tense_of: Callable[[], str | None]) -> tuple[str | None, str | None, str]:
    """(value, end value, source) of a ``date`` match: start d m y (yy), end d2 m2 y2; a part
    missing on one side of a range is the other side's; rm / ry: a relative month or year word
    standing for the month or the year ("本月14日", "去年9月")."""
    for word in (g.get("m"), g.get("m2")):
        if word and rules.lookup("ambiguous_months", word) and not (g.get("y") or g.get("y2") or g.get("wd")):
            return None, None, ""  # "le 7 sept accords": a month only next to a year
    d1, d2 = _number(rules, g.get("d")), _number(rules, g.get("d2"))
    m1, m2 = _month(rules, g.get("m")), _month(rules, g.get("m2"))
    y1, y2 = _number(rules, g.get("y")), _number(rules, g.get("y2"))
    if g.get("yy"):
        y1 = _two_digit_year(int(g["yy"]), pub)
    if m1 is None and m2 is not None and d1 and d2 and d1 > d2:
        m1 = m2 - 1 or 12  # "du 29 au 2 juillet", "29日至7月2日": the start is in the month before
    m1, m2 = m1 or m2, m2 or m1
    d2 = d2 or d1
    backwards = (m2 or 0, d2 or 0) < (m1 or 0, d1 or 0)  # "du 31 décembre au 2 janvier"
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if backwards else y2
    elif y2 is None and y1 is not None:
        y2 = y1 + 1 if backwards else y1
    source = "explicit"
    if pub is not None and y1 is None and (g.get("rm") or g.get("ry")):
        # "本月14日", "去年9月": the month or the year named relative to publication
        if g.get("rm"):
            y1, m1 = _add_months(pub, rules.lookup("relative_months", g["rm"]))
            m2 = m2 if g.get("m2") else m1
        else:
            y1 = pub.year + rules.lookup("relative_years", g["ry"])
        y2 = y1 + (1 if backwards else 0)
        source = "relative"
    if y1 is None:
        ahead = rules.year_ahead.match(text, end) if rules.year_ahead else None
        if ahead:
            y1 = int(ahead.group("y"))
        elif m1 is None and d1 is not None:  # a day alone: the publication month
            if pub is None:
                return _iso(None, None, d1), _iso(None, None, d2), "explicit"
            y1, m1 = _month_for(d1, pub, tense_of())
            m2, source = m1, "relative"
        else:
            y1 = _year_for(m1, d1, pub, tense_of() if pub else None, _direction(rules, g.get("dir")))
            source = "relative" if y1 is not None else "explicit"
        y2 = None if y1 is None else y1 + (1 if backwards else 0)
    start, end_value = _iso(y1, m1, d1), _iso(y2, m2, d2)
    if start and end_value and "X" not in start and end_value < start:
        return None, None, ""  # "les 15 et 14 mai" is no range
    return start, end_value, source


def _read(rules: Grammar, kind: str, m: re.Match, text: str, pub: dt.date | None,
          tense_of: Callable[[], str | None]) -> tuple[str | None, str | None, str]:
    """(value, end value, source) of one match, or Nones when it is no date after all. ``tense_of``
    gives the tense that places the date, asked only when the date needs it."""
    g = m.groupdict()
    if kind == "date":
        return _read_date(rules, g, text, m.end(), pub, tense_of)
    if kind == "year":
        year = _number(rules, g["y"])
        low, high = rules.year_range
        after = text[m.end():m.end() + 12].lstrip()
        units = rules.data.get("word_lists", {}).get("units_after_year", ())
        if year is None or not low <= year <= high or any(_key(after).startswith(_key(u)) for u in units):
            return None, None, ""
        return _iso(year), _iso(year), "explicit"
    if pub is None:
        return None, None, ""  # everything below needs the publication date
    if kind == "years_ago":
        n = _number(rules, g["n"])
        if n is None or n > MAX_YEARS_AGO:
            return None, None, ""
        return _iso(pub.year - n), _iso(pub.year - n), "relative"
    if kind == "elapsed":
        return _elapsed(rules, g, pub)
    if kind == "relative_year":
        value = _iso(pub.year + rules.lookup("relative_years", g["rel"]))
        return value, value, "relative"
    if kind == "relative_month":
        value = _iso(*_add_months(pub, rules.lookup("relative_months", g["rel"])))
        return value, value, "relative"
    if kind == "relative_day":
        value = (pub + dt.timedelta(days=rules.lookup("relative_days", g["rel"]))).isoformat()
        return value, value, "relative"
    monday = pub - dt.timedelta(days=pub.weekday())
    week = rules.lookup("week_offsets", g.get("week"))
    if kind == "week":
        first = monday + dt.timedelta(weeks=week)
        return first.isoformat(), (first + dt.timedelta(days=6)).isoformat(), "relative"
    # weekday
    weekday = rules.lookup("weekdays", g["wd"])
    if week is not None:  # "上周五", "本周五"
        value = (monday + dt.timedelta(weeks=week, days=weekday)).isoformat()
        return value, value, "relative"
    direction = _direction(rules, g.get("dir"))
    if direction:  # "lundi prochain" is never today, "vendredi dernier" never today
        when = _weekday_date(weekday, pub, 2 * direction)
    else:  # "lundi", "ce lundi": publication day itself when it is that weekday
        tense = tense_of()
        when = _weekday_date(weekday, pub, 1 if tense == "future" else -1 if tense == "past" else 0)
    return when.isoformat(), when.isoformat(), "relative"


def _elapsed(rules: Grammar, g: dict, pub: dt.date) -> tuple[str | None, str | None, str]:
    """A time elapsed from publication, back ("il y a un mois", "三天前") or ahead when the
    pattern's ``later`` group matched ("dans deux semaines"), at the precision of its unit
    (``duration_units``): a day, the week (Monday to Sunday), the month or the year that far
    from the publication date — "il y a un mois" in a text of 2020-06-20 is 2020-05."""
    n = rules.lookup("count_words", g.get("n"))
    n = n if n is not None else _number(rules, g.get("n"))
    unit = rules.lookup("duration_units", g.get("unit"))
    if n is None or unit not in MAX_ELAPSED or not 0 < n <= MAX_ELAPSED[unit]:
        return None, None, ""
    n = n if g.get("later") else -n
    if unit == "day":
        value = (pub + dt.timedelta(days=n)).isoformat()
        return value, value, "relative"
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=n)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "relative"
    if unit == "month":
        value = _iso(*_add_months(pub, n))
        return value, value, "relative"
    return _iso(pub.year + n), _iso(pub.year + n), "relative"


# --------------------------------------------------------------------------------------------
# the tense of one date


def _local_clause(rules: Grammar, text: str, start: int, end: int) -> str:
    left = text[max(0, start - LOCAL_BEFORE):start]
    right = text[end:end + LOCAL_AFTER]
    breaks = list(rules.clause_breaks.finditer(left))
    if breaks:
        left = left[breaks[-1].end():]
    cut = rules.clause_breaks.search(right)
    if cut:
        right = right[:cut.start()]
    return left + text[start:end] + right


def _tense_at(rules: Grammar, text: str, start: int, end: int, tense: str | None) -> str | None:
    """The tense that places a date: a mark right before it ("d'ici le 30 juin"), else its own
    clause's ("a affirmé lundi que la Chine est disposée à…": lundi is past), else for a fronted date
    ("Fin juin, Emmanuel Macron avait annoncé…") the next clause's, else the sentence's."""
    before = text[max(0, start - LOCAL_BEFORE):start]
    for name, pattern in rules.tense_before:
        if pattern.search(before):
            return name
    local = infer_tense(_local_clause(rules, text, start, end), rules.language)
    breaks = list(rules.clause_breaks.finditer(before))
    if local is None and breaks and before[:breaks[-1].start()].strip():
        # "X participera au G7, du 11 au 13 juin, a annoncé jeudi son ministère": a date set off
        # after a clause is that clause's
        earlier = before[:breaks[-1].start()]
        cut = list(rules.clause_breaks.finditer(earlier))
        local = infer_tense(earlier[cut[-1].end():] if cut else earlier, rules.language)
    if local is None:
        following = text[end:end + FRONTED_AFTER].lstrip(" ,")
        cut = rules.clause_breaks.search(following)
        local = infer_tense(following[:cut.start()] if cut else following, rules.language)
    # a language that marks its future and says what happened without a mark (Chinese "20日晚在
    # 北京会见") reads an unmarked clause in its ``unmarked_tense`` — before the sentence's: in
    # "7月初…会晤时称，将授权…" the "将" is of what was said, not of the talks
    return local or rules.data.get("unmarked_tense") or tense


# --------------------------------------------------------------------------------------------
# the grammar over a text


#: a date in brackets right after another ("今天（4月14日）", "demain (15 mai)") restates it
APPOSITION = re.compile(r"\s*[(（]\s*$")


def _parse_grammar(rules: Grammar, text: str, pub: dt.date | None, tense: str | None) -> list[Found]:
    found: list[Found] = []
    weekdays: set[int] = set()  # starts of bare weekdays ("mardi", not "mardi prochain", "上周五")
    for kind, pattern in rules.patterns:
        for m in pattern.finditer(text):
            s, e = m.span()
            if s == e or any(f.start < e and s < f.end for f in found):
                continue
            def tense_of(s=s, e=e):
                return _tense_at(rules, text, s, e, tense)

            value, end_value, source = _read(rules, kind, m, text, pub, tense_of)
            if value and end_value:
                found.append(Found(s, e, value, end_value, source))
                if kind == "weekday" and not m.groupdict().get("dir") and not m.groupdict().get("week"):
                    weekdays.add(s)
    found.sort(key=lambda f: f.start)
    return _merge_appositions(_weekday_after_weekday(found, weekdays, text), text)


#: the words between two weekdays of one phrase ("mardi et mercredi", "de mardi à jeudi")
WEEKDAY_JOINER = re.compile(r"\s*(?:,|et|à|au|ou|-|–|至|到|和|、)\s*$")


#: the words that make two weekdays the bounds of one span ("de mardi à jeudi", "周二至周四")
WEEKDAY_RANGE_JOINER = re.compile(r"\s*(?:à|au|-|–|至|到)\s*$")


def _weekday_after_weekday(found: list[Found], weekdays: set[int], text: str) -> list[Found]:
    """"mardi et mercredi", "de mardi à jeudi", "周二至周四": the second weekday of a phrase is the
    first one on or after the first, whatever the tense put each of them on alone; the two are one
    span of days when a range word joins them, or "et" two days in a row ("samedi et dimanche")."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a is None:
            continue
        if a.start in weekdays and b.start in weekdays and WEEKDAY_JOINER.search(text[a.end:b.start]) \
                and len(a.value) == len(b.value) == 10 and a.end_value in (None, a.value):
            first, second = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
            moved = first + dt.timedelta(days=(second.weekday() - first.weekday()) % 7)
            if moved != second:
                out[i] = Found(b.start, b.end, moved.isoformat(), moved.isoformat(), b.source)
            if WEEKDAY_RANGE_JOINER.search(text[a.end:b.start]) or (moved - first).days == 1:
                out[i - 1] = Found(a.start, b.end, a.value, moved.isoformat(), a.source)
                out[i] = None
    return [f for f in out if f is not None]


def _merge_appositions(found: list[Found], text: str) -> list[Found]:
    """"今天（4月14日）": one date, the bracketed one's value over the whole span."""
    merged: list[Found] = []
    for f in found:
        if merged and APPOSITION.fullmatch(text[merged[-1].end:f.start]) and re.match(r"\s*[)）]", text[f.end:]):
            previous = merged.pop()
            close = re.match(r"\s*[)）]", text[f.end:]).end()
            better = f if len(f.value.replace("X", "")) >= len(previous.value.replace("X", "")) else previous
            f = Found(previous.start, f.end + close, better.value, better.end_value, better.source)
        merged.append(f)
    return merged


# --------------------------------------------------------------------------------------------
# languages without a grammar: dateparser, span by span

#: two reference days far apart, of different weekdays and months: a span whose value moves with
#: the reference is relative ("vendredi", "yesterday"), one whose year alone moves lacks a year
_PROBES = (dt.datetime(2001, 3, 7), dt.datetime(2013, 10, 23))
#: a span dateparser finds that is a bare number or a single short word is too often not a date
#: ("sept", "may", "2 000"); a year of four digits alone is kept as a year
_BARE_NUMBER = re.compile(r"\W*\d[\d\s.,]*\W*")
_FOUR_DIGIT_YEAR = re.compile(r"\W*(?:in\s+|en\s+|в\s+)?(\d{4})\W*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dateparser():
    try:
        import dateparser.search  # noqa: F401
        from dateparser.date import DateDataParser
    except ImportError:
        return None
    return DateDataParser


@lru_cache(maxsize=None)
def _dateparser_knows(language: str) -> bool:
    parser_class = _dateparser()
    if parser_class is None or not language:
        return False
    try:
        parser_class(languages=[language])
    except Exception:  # dateparser raises ValueError on a language it has no data for
        return False
    return True


def _dateparser_value(span: str, language: str, pub: dt.date | None, tense: str | None):
    """(value, source) of one span read by dateparser alone, or None. The span is read against two
    probe days first: what does not move with them was written out."""
    parser_class = _dateparser()

    def read(base: dt.datetime, prefer: str):
        data = parser_class(languages=[language], settings={
            "RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True,
        }).get_date_data(span)
        if data is None or data.date_obj is None:
            return None
        keep = {"year": 1, "month": 2}.get(data.period or "", 3)  # a day, a week or a time: 3 parts
        return (data.date_obj.year, data.date_obj.month, data.date_obj.day)[:keep], tuple(data.parts or ())

    readings = [read(base, "current_period") for base in _PROBES]
    if None in readings:
        return None
    (first, parts), (second, _) = readings
    if first == second:  # written out in full
        return _iso(*first), "explicit"
    same_but_year = first[1:] == second[1:] and "year" not in parts
    if same_but_year and pub is None:
        return _iso(None, *first[1:]), "explicit"
    if pub is None:
        return None
    if same_but_year:
        year = _year_for(first[1], first[2] if len(first) > 2 else None, pub, tense)
        return _iso(year, *first[1:]), "relative"
    prefer = {"past": "past", "future": "future"}.get(tense or "", "current_period")
    reading = read(dt.datetime(pub.year, pub.month, pub.day), prefer)
    return (_iso(*reading[0]), "relative") if reading else None


def _parse_with_dateparser(text: str, language: str, pub: dt.date | None, tense: str | None) -> list[Found]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dt.datetime(*(pub or _PROBES[0]).timetuple()[:3]),
                "PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(tense or "", "current_period")}
    try:
        hits = search_dates(text, languages=[language], settings=settings) or []
    except Exception:  # dateparser fails on some inputs (odd scripts, huge numbers): no date then
        log.debug("dateparser failed on %r", text[:80], exc_info=True)
        return []
    found: list[Found] = []
    position = 0
    for span, _ in hits:
        start = text.find(span, position)
        if start < 0:
            continue
        position = start + len(span)
        hit = _dateparser_span(text[start:position], language, pub, tense)
        if hit is not None:
            s, e, value, source = hit
            found.append(Found(start + s, start + e, value, value, source))
    return found


def _dateparser_span(span: str, language: str, pub: dt.date | None, tense: str | None):
    """(start, end, value, source) of the date in one span dateparser found, trimmed to the words
    its value needs ("on 14 May 2017" → "14 May 2017"), or None for a false positive."""
    def value_of(piece):
        try:
            return _dateparser_value(piece, language, pub, tense)
        except Exception:  # one bad span must not lose the sentence's other dates
            log.debug("dateparser failed on span %r", piece, exc_info=True)
            return None

    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", span)]
    if not words:
        return None
    year_alone = _FOUR_DIGIT_YEAR.fullmatch(span.strip())
    if year_alone:
        year = int(year_alone.group(1))
        if not DEFAULT_YEAR_RANGE[0] <= year <= DEFAULT_YEAR_RANGE[1]:
            return None
        return span.index(year_alone.group(1)), span.index(year_alone.group(1)) + 4, str(year), "explicit"
    reading = value_of(span)
    if not reading or not reading[0]:
        return None
    written = re.search(r"(?<!\d)\d{4}(?!\d)", span)
    if written and not reading[0].startswith(written.group(0)):
        # "2030 after 300 days" read as a day of 2026: the year written wins, alone
        year = int(written.group(0))
        if not DEFAULT_YEAR_RANGE[0] <= year <= DEFAULT_YEAR_RANGE[1]:
            return None
        return written.start(), written.end(), written.group(0), "explicit"
    first, last = 0, len(words)
    for side in ("left", "right"):
        while last - first > 1:
            a, b = (first + 1, last) if side == "left" else (first, last - 1)
            if value_of(span[words[a][0]:words[b - 1][1]]) != reading:
                break
            first, last = a, b
    s, e = words[first][0], words[last - 1][1]
    core = span[s:e]
    value, source = reading
    if _BARE_NUMBER.fullmatch(core) and not (len(value) == 4 and core == value):
        return None  # "2 000", "14": a count, but "2019 года" is the year 2019
    if last - first == 1 and len(value) == 7 and not any(ch.isdigit() for ch in core):
        return None  # a month name alone ("may", "sept", "march") is too often a word
    return s, e, value, source


# --------------------------------------------------------------------------------------------
# public


def parse_dates(text: str, language: str, published: str | None, offset: int = 0,
                tense: str | None = None) -> list[DateValue]:
    """Every temporal expression of ``text``, offsets shifted by ``offset``, in text order."""
    pub = _published(published)
    if tense is None:
        tense = infer_tense(text, language)
    rules = grammar(language)
    if rules is not None:
        found = _parse_grammar(rules, text, pub, tense)
    elif _dateparser_knows(language):
        found = _parse_with_dateparser(text, language, pub, tense)
    else:
        found = []
    return [DateValue(offset + f.start, offset + f.end, text[f.start:f.end], f.value, f.end_value,
                      f.source, language) for f in found]


def find_dates(article: Article) -> Article:
    text = article.text or article.raw
    dates: list[DateValue] = []
    for sentence in article.sentences:
        if grammar(sentence.language) is None and not _dateparser_knows(sentence.language):
            continue
        piece = text[sentence.start:sentence.end]
        found = parse_dates(piece, sentence.language, article.published, offset=sentence.start,
                            tense=infer_tense(piece, sentence.language))
        dates.extend(sorted(found + _same_day(piece, sentence.start, sentence.language, found, dates),
                            key=lambda d: d.start))
    return replace(article, dates=tuple(dates))


@lru_cache(maxsize=None)
def _same_day_words(language: str) -> tuple[re.Pattern, dict[str, int]] | None:
    """The compiled words of "the same day" and of days from the last date given, with the shift
    of each (folded), or None for a language without them."""
    data = load("dates", language)
    shifts = {**dict.fromkeys(data.get("same_day_words", ()), 0), **data.get("days_from_last_date", {})}
    if not shifts:
        return None
    return (re.compile(_alternation(shifts), re.IGNORECASE if data.get("ignore_case") else 0),
            {w.casefold(): n for w, n in shifts.items()})


def _same_day(piece: str, offset: int, language: str, found: list[DateValue],
              earlier: list[DateValue]) -> list[DateValue]:
    """"同日下午", "当天", "le même jour": the day of the last single day the text gave before
    (``same_day_words`` of the language's dates data); "la veille", "le lendemain", "次日": the
    day before or after it (``days_from_last_date``: word → days), unless an event follows the
    word ("la veille du sommet": a day placed by an event, not by a date)."""
    words = _same_day_words(language)
    if words is None:
        return []
    pattern, by_key = words
    not_after = load("dates", language).get("not_after_last_date_word")
    out = []
    for m in pattern.finditer(piece):
        start, end = offset + m.start(), offset + m.end()
        if any(d.start < end and start < d.end for d in found):
            continue
        if not_after and re.match(not_after, piece[m.end():], re.IGNORECASE):
            continue
        before = [d for d in earlier + found if d.end <= start and len(d.value) == 10 and "X" not in d.value
                  and (d.end_value or d.value) == d.value]
        if before:
            day = (dt.date.fromisoformat(before[-1].value)
                   + dt.timedelta(days=by_key.get(m.group().casefold(), 0))).isoformat()
            out.append(DateValue(start, end, m.group(), day, day, "relative", language))
    return out


