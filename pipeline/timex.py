"""TIMEX3 values compared: not a stage, a helper of the events and merging stages.

Values look like ``2017-05-14``, ``2017-05``, ``2019`` or ``XXXX-10-17`` (an unknown year). A value
stands for the whole span it names: ``2017-05`` is every day of May 2017.
"""
from __future__ import annotations

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
