"""Stage 2, cleaning: separate the article from page furniture, and find its title and date line.

In: an ``Article`` from reading (``raw``). Out: the same with ``text``: raw with HTML markup,
scripts and styles, entities, menus, related-link trailers, photo credits, copyright and licence
lines and the date line blanked by spaces. ``text`` has the length of ``raw`` and keeps its line
breaks, and every character of ``text`` that is not white space is the character of ``raw`` at the
same offset, so any offset found later points into the raw text. Also ``title`` and ``title_start``
(offset into raw) and, unless a sidecar already gave it, ``published`` from the date line
(``published_source="date line"``).

The patterns are data: ``resources/cleaning.json`` (language-independent) and
``lang/<language>/cleaning.json`` for every language that has one (all are applied: the language of
the article is not known yet).
"""
from __future__ import annotations

import datetime as dt
import html
import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .langdata import languages_with, load, resource
from .records import Article
from .text import HAN, HAN_CLASS

log = logging.getLogger(__name__)

#: tags that start a new paragraph: their first character becomes a line break in ``text``
BLOCK_TAGS = re.compile(r"p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|nav|title"
                        r"|blockquote|figure|figcaption|dd|dt|dl|hr", re.IGNORECASE)
#: elements whose content is never article text (unclosed, they run to the end, as in a browser)
HIDDEN_ELEMENTS = ("script", "style", "noscript", "template", "svg", "head")
#: page-structure elements that hold menus, forms and footers (unclosed, only the tag goes)
DROPPED_ELEMENTS = ("nav", "footer", "aside", "form", "button", "select", "iframe")
ELEMENT_OPENING = re.compile(r"<(" + "|".join(HIDDEN_ELEMENTS + DROPPED_ELEMENTS) + r")\b", re.IGNORECASE)
COMMENT = re.compile(r"<!--.*?(-->|$)", re.DOTALL)
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<![^<>]*>|<\?[^<>]*>")
ENTITY = re.compile(r"&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
#: opening and closing tags of the elements that give a page its title: searched apart, not as one
#: "<h1>(.*?)</h1>" pattern, which rescans the rest of the page from every unclosed <h1> (quadratic)
HEADING_OPENING = {name: re.compile(rf"<{name}\b[^<>]*>", re.IGNORECASE) for name in ("h1", "title")}
HEADING_CLOSING = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("h1", "title")}
#: a line that ends like a sentence (a date in it is part of the story, unless the line is short)
SENTENCE_END = re.compile(r"[.!?。！？…]\s*$")
SENTENCE_PUNCTUATION = re.compile(r"[.,;:!?«»\"“”()。，；：！？、]")
MENU_SEPARATORS = re.compile(r"\s*(?:\||•|·|»|>>|>)\s*|\s+/\s+")
HAN_RUN = re.compile(f"[{HAN_CLASS}]{{6,}}")
YEAR = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True)
class CleaningRules:
    """The cleaning data of ``resources/cleaning.json`` and every ``lang/*/cleaning.json``, compiled."""

    furniture_line: re.Pattern  # every furniture_lines pattern in one alternation: one search a line
    inline_furniture: tuple[re.Pattern, ...]
    trailer_marker: re.Pattern
    date_patterns: tuple[tuple[re.Pattern, dict], ...]  # (pattern, its language's month words)
    time_of_day: re.Pattern
    title_site_suffix: re.Pattern
    function_words: frozenset[str]
    trailer_min_position: float
    menu_min_words: int
    menu_capitalised_share: float
    menu_min_items: int
    menu_max_item_words: int
    header_lines: int
    date_line_max_chars: int
    masthead_max_words: int


@lru_cache(maxsize=1)
def rules() -> CleaningRules:
    common = resource("cleaning.json")
    sources = [(common, {})]
    for language in languages_with("cleaning"):
        data = load("cleaning", language)
        months = data.get("months") or load("dates", language).get("months", {})
        sources.append((data, {word.lower(): number for word, number in months.items()}))

    def compiled(key):
        return tuple(re.compile(p, re.IGNORECASE) for data, _ in sources for p in data.get(key, ()))

    def one_pattern(key):
        patterns = [f"(?:{p})" for data, _ in sources for p in data.get(key, ())]
        return re.compile("|".join(patterns) or "(?!)", re.IGNORECASE)

    date_patterns = []
    for data, months in sources:
        # longest month words first, so "sept." is not read as "sept"
        alternation = "|".join(re.escape(w) for w in sorted(months, key=len, reverse=True)) or "(?!)"
        for pattern in data.get("date_patterns", ()):
            date_patterns.append((re.compile(pattern.replace("{months}", alternation), re.IGNORECASE),
                                  months))
    return CleaningRules(
        furniture_line=one_pattern("furniture_lines"), inline_furniture=compiled("inline_furniture"),
        trailer_marker=one_pattern("trailer_markers"), date_patterns=tuple(date_patterns),
        time_of_day=re.compile(common["time_of_day"], re.IGNORECASE),
        title_site_suffix=re.compile(common["title_site_suffix"], re.IGNORECASE),
        function_words=frozenset(w.lower() for data, _ in sources for w in data.get("function_words", ())),
        trailer_min_position=common["trailer_min_position"], menu_min_words=common["menu_min_words"],
        menu_capitalised_share=common["menu_capitalised_share"], menu_min_items=common["menu_min_items"],
        menu_max_item_words=common["menu_max_item_words"], header_lines=common["header_lines"],
        date_line_max_chars=common["date_line_max_chars"], masthead_max_words=common["masthead_max_words"])


def clean(article: Article) -> Article:
    """Blank the furniture of an article; find its title and publication date line."""
    r = rules()
    is_html = article.path.lower().endswith((".html", ".htm")) or _looks_like_html(article.raw)
    chars = list(article.raw)
    html_title = _blank_markup(article.raw, chars) if is_html else None
    text = "".join(chars)
    lines = _lines(text)
    furniture, trailer_from = _furniture_lines(lines, len(text), r)
    date_line = _find_date_line(lines[:trailer_from], lines, r)
    published, published_source = article.published, article.published_source
    if date_line is not None:
        furniture.add(date_line[0])
        # the line just above the date line is the headline, even when it looks like a menu
        # (a headline of names, "Bernard Dupont Interpelle Emmanuel Macron")
        above = next((i for i in range(date_line[0] - 1, -1, -1) if lines[i][2].strip()), None)
        if date_line[2] and above is not None and above in furniture and above < trailer_from \
                and not r.furniture_line.search(lines[above][2].strip()):
            furniture.discard(above)
        if not published:
            published, published_source = date_line[1], "date line"
    title, title_start = html_title or _find_title(lines, furniture, r)
    for index, (start, end, line) in enumerate(lines):
        if index in furniture:
            _blank(chars, start, end)
            continue
        for pattern in r.inline_furniture:
            for m in pattern.finditer(line):
                _blank(chars, start + m.start(), start + m.end())
    return replace(article, text="".join(chars), title=title, title_start=title_start,
                   published=published, published_source=published_source)


def _looks_like_html(raw: str) -> bool:
    head = raw[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


def _blank(chars: list[str], start: int, end: int) -> None:
    """Spaces over chars[start:end], line breaks kept so the line structure survives."""
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _blank_markup(raw: str, chars: list[str]) -> tuple[str, int] | None:
    """Blank tags, comments, scripts, styles and entities in ``chars``; a block tag leaves a line
    break so paragraphs stay apart. An entity is blanked whole (not decoded): a character of text
    is always the raw character at its offset. Returns the page's title (its ``<h1>``, else its
    ``<title>``) and the offset of the title in raw, when there is one."""
    title = None
    for name in ("h1", "title"):
        inner_span = _first_element(raw, name)
        if inner_span:
            inner = raw[inner_span[0]:inner_span[1]]
            words = re.sub(r"\s+", " ", html.unescape(TAG.sub(" ", inner))).strip()
            if words:
                first_text = re.search(r"(?:<[^<>]*>|\s)*", inner).end()
                title = (_strip_site_suffix(words, rules()), inner_span[0] + first_text)
                break
    _blank_elements(raw, chars)
    for m in COMMENT.finditer(raw):
        _blank(chars, m.start(), m.end())
    for m in TAG.finditer(raw):
        if chars[m.start()] == " ":  # inside a blanked element already
            continue
        _blank(chars, m.start(), m.end())
        if m.group(1) and BLOCK_TAGS.fullmatch(m.group(1)):
            chars[m.start()] = "\n"
    for m in ENTITY.finditer(raw):
        _blank(chars, m.start(), m.end())
    return title


def _first_element(raw: str, name: str) -> tuple[int, int] | None:
    """(start, end) of the content of the first ``name`` element that is closed, in raw; None when
    there is none. The first opening tag decides: when no closing tag follows it, none follows a
    later one either, so one search for each tag, linear in the page."""
    opening = HEADING_OPENING[name].search(raw)
    if opening is None:
        return None
    closing = HEADING_CLOSING[name].search(raw, opening.end())
    if closing is None:
        return None
    return opening.end(), closing.start()


def _blank_elements(raw: str, chars: list[str]) -> None:
    """Blank hidden and dropped elements with their content, in one pass over the page (a regular
    expression per element would rescan the rest of the page for each unclosed tag)."""
    position = 0
    unclosed: set[str] = set()  # no closing tag after some point means none after any later point
    while found := ELEMENT_OPENING.search(raw, position):
        name = found.group(1).lower()
        closing = None
        if name not in unclosed:
            closing = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(raw, found.end())
            if closing is None:
                unclosed.add(name)
        if closing:
            end = closing.end()
        elif name in HIDDEN_ELEMENTS:
            end = len(raw)
        else:
            position = found.end()
            continue
        _blank(chars, found.start(), end)
        position = end


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of every line of ``text``, without its line break."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def _furniture_lines(lines, length: int, r: CleaningRules) -> tuple[set[int], int]:
    """Indexes of the lines that are furniture (matched by a pattern, a menu, or in the trailer),
    and the index of the line that opens the trailer (``len(lines)`` when there is none)."""
    furniture = set()
    trailer_from = len(lines)
    verdicts: dict[str, bool] = {}  # pages repeat lines (menus, credits): judge each text once
    for index, (start, _, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if trailer_from == len(lines) and start >= r.trailer_min_position * length \
                and r.trailer_marker.search(stripped):
            trailer_from = index
        if stripped not in verdicts:
            verdicts[stripped] = _is_furniture(stripped, r)
        if index >= trailer_from or verdicts[stripped]:
            furniture.add(index)
    return furniture, trailer_from


def _is_furniture(line: str, r: CleaningRules) -> bool:
    return bool(r.furniture_line.search(line)) or _is_menu(line, r)


def _is_menu(line: str, r: CleaningRules) -> bool:
    """A navigation bar: link words without sentence punctuation, either separated by bars or
    bullets ("Chine | Monde | Culture") or a run of capitalised words with no function word
    ("Accueil Chine Monde Economie") — a Title Case headline has "and", "de", "in" among them."""
    if SENTENCE_PUNCTUATION.search(line.replace("»", "").replace("·", "")) or HAN_RUN.search(line):
        return False
    items = [item for item in MENU_SEPARATORS.split(line) if item]
    if len(items) >= r.menu_min_items and MENU_SEPARATORS.search(line) \
            and all(len(item.split()) <= r.menu_max_item_words and re.search(r"[^\W\d_]", item)
                    for item in items):
        return True
    words = [w for w in re.split(r"[\s|•·/>»]+", line) if w]
    if len(words) < r.menu_min_words or any(w.lower() in r.function_words for w in words):
        return False
    capitalised = sum(1 for w in words if not w[:1].islower())
    return capitalised / len(words) >= r.menu_capitalised_share


def _parse_date(m: re.Match, month_words: dict) -> str | None:
    month = m.group("m")
    month = int(month) if month.isdigit() else month_words.get(month.lower())
    try:
        return dt.date(int(m.group("y")), int(month), int(m.group("d"))).isoformat()
    except (TypeError, ValueError):
        return None


def _date_in(line: str, r: CleaningRules) -> tuple[str, re.Match] | None:
    if not YEAR.search(line):  # every full date has a four-digit year: most lines go no further
        return None
    for pattern, month_words in r.date_patterns:
        for m in pattern.finditer(line):
            value = _parse_date(m, month_words)
            if value:
                return value, m
    return None


def _is_only_a_date(line: str, found: re.Match, r: CleaningRules) -> bool:
    """A line holding a date, perhaps a time of day, and separators: nothing else."""
    rest = line[:found.start()] + " " + line[found.end():]
    return not re.search(r"\w", r.time_of_day.sub(" ", rest))


def _is_story_sentence(line: str) -> bool:
    """A line that reads like a sentence of the story: it ends like one (or runs on with a Chinese
    comma) and is long (over 8 words, or over 15 Han characters: a date line is shorter)."""
    if not (SENTENCE_END.search(line) or "，" in line):
        return False
    return len(line.split()) > 8 or len(HAN.findall(line)) > 15


def _find_date_line(story_lines, lines, r: CleaningRules) -> tuple[int, str, bool] | None:
    """The publication date line: a short line among the first ``header_lines`` non-empty lines
    of the story (the lines before a related-links trailer) holding a full date, else anywhere a
    line that is only a date. A date inside a story sentence
    is not a date line (the line must be short and not end like a long sentence).
    Returns (line index, YYYY-MM-DD, whether the line is in the header)."""
    seen = 0
    candidates = []
    for index, (_, _, line) in enumerate(story_lines):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if seen > r.header_lines:
            break
        if len(stripped) > r.date_line_max_chars or _is_story_sentence(stripped):
            continue
        found = _date_in(stripped, r)
        if found:
            candidates.append((seen, index, found[0]))
    if candidates:
        # a short title may itself hold a date: prefer a later header line when there is one
        if len(candidates) > 1 and candidates[0][0] == 1:
            candidates = candidates[1:]
        return candidates[0][1], candidates[0][2], True
    for index, (_, _, line) in enumerate(lines):
        stripped = line.strip()
        if stripped and len(stripped) <= r.date_line_max_chars:
            found = _date_in(stripped, r)
            if found and _is_only_a_date(stripped, found[1], r):
                return index, found[0], False
    return None


def _find_title(lines, furniture: set[int], r: CleaningRules) -> tuple[str, int]:
    """The first substantive line: not furniture, not the date line, with some words. A site's
    masthead (a few words straight above a furniture line such as "Sujets : ...") is skipped, and
    added to ``furniture``."""
    substantive = [(i, start, line) for i, (start, _, line) in enumerate(lines)
                   if line.strip() and i not in furniture]
    for index, start, line in substantive:
        stripped = line.strip()
        if len(re.findall(r"\w", stripped)) < 2:
            continue
        if _is_masthead(index, stripped, lines, furniture, r):
            furniture.add(index)
            continue
        return _strip_site_suffix(stripped, r), start + line.index(stripped)
    return "", -1


def _is_masthead(index: int, line: str, lines, furniture: set[int], r: CleaningRules) -> bool:
    if len(line.split()) > r.masthead_max_words or SENTENCE_PUNCTUATION.search(line):
        return False
    following = next((i for i in range(index + 1, len(lines)) if lines[i][2].strip()), None)
    return following is not None and following in furniture and _is_furniture(lines[following][2].strip(), r)


def _strip_site_suffix(title: str, r: CleaningRules) -> str:
    """A page title without its " - Agency - site.com" tail."""
    stripped = r.title_site_suffix.sub("", title).strip()
    return stripped or title
