"""TIMEX3 values compared: not a stage, a helper of the events and merging stages.

Values look like ``2017-05-14``, ``2017-05``, ``2019`` or ``XXXX-10-17`` (an unknown year). A value
stands for the whole span it names: ``2017-05`` is every day of May 2017.
"""
from __future__ import annotations

import calendar
from datetime import date

#: Score of a value's precision by its length: a day beats a month beats a year.
SPECIFICITY = {10: 4, 7: 3, 4: 2}


def precision(value: str | None) -> int:
    """How precise a TIMEX3 value is: 4 a day, 3 a month, 2 a year, 0 nothing."""
    return SPECIFICITY.get(len(value or ""), 0)


def timex_overlap(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    """Do two TIMEX3 ranges (values like 2017-05-14, 2017-05, 2019, XXXX-10-17) overlap?"""
    def lo(v):
        return v.replace("X", "0")

    def hi(v):
        return v.replace("X", "9") + "~"  # "~" sorts after digits: "2017-05" covers "2017-05-31"

    if "X" in (a_start + b_start)[:4]:
        # unknown years: compare month-day only
        return a_start[5:] == b_start[5:] or not a_start[5:] or not b_start[5:]
    return lo(a_start) <= hi(b_end or b_start) and lo(b_start) <= hi(a_end or a_start)


def known_year(value: str | None) -> int | None:
    """The year of a TIMEX3 value, or None when it is missing or left open (``XXXX-10-17``)."""
    if value and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


def bounds(start: str | None, end: str | None = None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 range covers (``2017-05`` → 1 May … 31 May 2017), or None
    when its year is unknown or a value does not parse."""
    if known_year(start) is None:
        return None
    last = end if known_year(end) is not None else start
    try:
        return _first_day(start), _last_day(last)
    except ValueError:  # a month 13 or a day 32 is no date
        return None


def _first_day(value: str) -> date:
    parts = [int(p) if p.isdigit() else 1 for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def _last_day(value: str) -> date:
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1 or not parts[1].isdigit():
        return date(year, 12, 31)
    month = int(parts[1])
    if len(parts) == 2 or not parts[2].isdigit():
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, int(parts[2]))


def gap_days(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two spans: 0 or less when they overlap (then minus the shared days, plus one)."""
    return (max(a[0], b[0]) - min(a[1], b[1])).days


def days_between(earlier: str, later: str) -> int:
    """Days from one full date to another ("2020-02-27" → "2020-06-18": 112)."""
    return (date.fromisoformat(later[:10]) - date.fromisoformat(earlier[:10])).days
