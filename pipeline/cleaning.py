"""Stage 2, cleaning: separate the article from page furniture, and find its title and date line.

In: an ``Article`` with ``raw``. Out: the same with ``text`` (raw with HTML markup, scripts, menus,
related-link trailers, photo credits, copyright and licence lines blanked by spaces: the same length
as raw, so every offset found later points at the same characters of the raw text), ``title``,
``title_start`` and ``published`` (from the date line, unless a sidecar already gave it). The
patterns are data: ``resources/cleaning.json``.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .langdata import resource
from .records import Article

BLOCK_TAGS = r"p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|title|blockquote"
HIDDEN_ELEMENTS = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>",
                             re.IGNORECASE | re.DOTALL)
DROPPED_ELEMENTS = re.compile(r"<(nav|footer|aside|form|button|select|iframe)\b.*?</\1\s*>",
                              re.IGNORECASE | re.DOTALL)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<![^<>]*>")
ENTITY = re.compile(r"&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});")
HTML_TITLE = re.compile(r"<(h1|title)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
SENTENCE_END = re.compile(r"[.!?。！？…]\s*$")


@dataclass(frozen=True)
class CleaningRules:
    furniture_lines: tuple[re.Pattern, ...]
    inline_furniture: tuple[re.Pattern, ...]
    trailer_markers: tuple[re.Pattern, ...]
    trailer_min_position: float
    menu_min_words: int
    menu_capitalised_share: float
    header_lines: int
    date_line_max_chars: int
    date_patterns: tuple[re.Pattern, ...]
    month_words: dict


@lru_cache(maxsize=1)
def rules() -> CleaningRules:
    data = resource("cleaning.json")

    def compiled(key):
        return tuple(re.compile(p, re.IGNORECASE) for p in data[key])

    return CleaningRules(
        furniture_lines=compiled("furniture_lines"), inline_furniture=compiled("inline_furniture"),
        trailer_markers=compiled("trailer_markers"), trailer_min_position=data["trailer_min_position"],
        menu_min_words=data["menu_min_words"], menu_capitalised_share=data["menu_capitalised_share"],
        header_lines=data["header_lines"], date_line_max_chars=data["date_line_max_chars"],
        date_patterns=compiled("date_patterns"), month_words=data["month_words"])


def clean(article: Article) -> Article:
    is_html = article.path.lower().endswith((".html", ".htm")) or _looks_like_html(article.raw)
    chars = list(article.raw)
    html_title = None
    if is_html:
        html_title = _blank_markup(article.raw, chars)
    text = "".join(chars)
    chars = list(text)
    r = rules()
    lines = _lines(text)
    date_line = _find_date_line(lines, r)
    published, published_source = article.published, article.published_source
    if date_line is not None and not published:
        published, published_source = date_line[1], "date line"
    trailer_from = _trailer_start(lines, len(text), r)
    for index, (start, end, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if (trailer_from is not None and start >= trailer_from) or _is_furniture(stripped, r) \
                or (date_line is not None and index == date_line[0]):
            _blank(chars, start, end)
            continue
        for pattern in r.inline_furniture:
            for m in pattern.finditer(line):
                _blank(chars, start + m.start(), start + m.end())
    cleaned = "".join(chars)
    title, title_start = _find_title(cleaned, html_title, article.raw)
    return replace(article, text=cleaned, title=title, title_start=title_start,
                   published=published, published_source=published_source)


def _looks_like_html(raw: str) -> bool:
    head = raw[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] not in "\n":
            chars[i] = " "


def _blank_markup(raw: str, chars: list[str]) -> str | None:
    """Blank tags, comments, scripts and styles; block tags become a line break so paragraphs
    stay apart. Entities are blanked too except their first character, which gets the decoded
    character when it is one character long. Returns the page title when there is one."""
    found = HTML_TITLE.search(raw)
    title = None
    if found:
        title = re.sub(r"\s+", " ", html.unescape(TAG.sub(" ", found.group(2)))).strip() or None
    for pattern in (HIDDEN_ELEMENTS, DROPPED_ELEMENTS, COMMENT):
        for m in pattern.finditer(raw):
            _blank(chars, m.start(), m.end())
    for m in TAG.finditer(raw):
        if chars[m.start()] == " ":
            continue
        _blank(chars, m.start(), m.end())
        if m.group(1) and re.fullmatch(BLOCK_TAGS, m.group(1), re.IGNORECASE):
            chars[m.start()] = "\n"
    for m in ENTITY.finditer(raw):
        if chars[m.start()] == " ":
            continue
        decoded = html.unescape(m.group(0))
        _blank(chars, m.start(), m.end())
        if len(decoded) == 1 and decoded != "\xa0":
            chars[m.start()] = decoded
    return title


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _is_furniture(line: str, r: CleaningRules) -> bool:
    if any(p.search(line) for p in r.furniture_lines):
        return True
    return _is_menu(line, r)


def _is_menu(line: str, r: CleaningRules) -> bool:
    """A run of capitalised link words with no sentence punctuation: a navigation bar."""
    if re.search(r"[.,;:!?«»\"“”()。，；：！？]", line) or re.search(r"[\u4e00-\u9fff]{6,}", line):
        return False
    words = [w for w in re.split(r"[\s|•·/>»]+", line) if w]
    if len(words) < r.menu_min_words:
        return False
    capitalised = sum(1 for w in words if not w[:1].islower())
    return capitalised / len(words) >= r.menu_capitalised_share


def _parse_date(m: re.Match, r: CleaningRules) -> str | None:
    month = m.group("m")
    month = int(month) if month.isdigit() else r.month_words.get(month.lower())
    try:
        return dt.date(int(m.group("y")), int(month), int(m.group("d"))).isoformat()
    except (TypeError, ValueError):
        return None


def _find_date_line(lines, r: CleaningRules) -> tuple[int, str] | None:
    """The publication date line: a short line near the top holding a full date. A date inside a
    story sentence is not a date line (the line must be short and not end like a sentence)."""
    seen = 0
    candidates = []
    for index, (_, _, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > r.header_lines:
            break
        if len(stripped) > r.date_line_max_chars or (SENTENCE_END.search(stripped)
                                                     and len(stripped.split()) > 8):
            continue
        for pattern in r.date_patterns:
            m = pattern.search(stripped)
            if m and (value := _parse_date(m, r)):
                candidates.append((seen, index, value))
                break
    if not candidates:
        return None
    # a short title may itself hold a date: prefer a later header line when there is one
    if len(candidates) > 1 and candidates[0][0] == 1:
        candidates = candidates[1:]
    return candidates[0][1], candidates[0][2]


def _trailer_start(lines, length: int, r: CleaningRules) -> int | None:
    for start, _, line in lines:
        if start < r.trailer_min_position * length:
            continue
        if any(p.search(line.strip()) for p in r.trailer_markers):
            return start
    return None


def _find_title(cleaned: str, html_title: str | None, raw: str) -> tuple[str, int]:
    if html_title:
        at = cleaned.find(html_title)
        return html_title, at
    for start, _, line in _lines(cleaned):
        stripped = line.strip()
        if len(stripped) < 4 or not re.search(r"\w", stripped):
            continue
        return stripped, start + line.index(stripped)
    return "", -1
