"""The report stage: outputs/report.html from a Corpus built by hand (French and Chinese records)."""
import html
import re
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from pipeline.records import Corpus, Event, Mention
from pipeline.report import (REPORT_NAME, event_label, event_span, participants, render_report,
                             write_report)

SUMMIT_FR = "Le Sommet Chine-Asie centrale s'est tenu les 18 et 19 mai à Xi’an."
SUMMIT_ZH = "中国－中亚峰会5月18日至19日在西安举行。"
FORUM_ZH = "第二届“一带一路”国际合作高峰论坛将于2019年4月举办。"
MEETING_FR = "M. Xi a rencontré le président kazakh Kassym-Jomart Tokaïev à Astana <script>alert(1)</script>."
VISIT_FR = "Le président Macron se rendra en Chine au printemps."


def documents():
    return (
        {"doc": "fr-001", "path": "corpus/fr-001.txt", "published": "2023-05-19", "languages": ["fr"],
         "title": "Sommet Chine-Asie centrale", "events": 1, "note": "",
         "url": "https://www.example.org/articles/fr-001"},
        {"doc": "zh-002", "path": "/data/corpus/zh-002.txt", "published": "2023-05-20",
         "languages": ["zh"], "title": "中国－中亚峰会", "events": 2, "note": ""},
        {"doc": "fr-003", "path": "corpus/fr-003.txt", "published": "2025-06-17", "languages": ["fr"],
         "title": "Xi à Astana", "events": 2, "note": "", "url": "javascript:alert(2)"},
        {"doc": "fr-004", "path": "corpus/fr-004.txt", "published": "2025-01-02", "languages": ["fr"],
         "title": "Météo", "events": 0, "note": "no event cue word in the text"},
    )


def mentions():
    return (
        Mention(doc="fr-001", type="SUMMIT", language="fr", evidence=SUMMIT_FR, char_start=0, char_end=60,
                name="Sommet Chine-Asie centrale", start="2023-05-18", end="2023-05-19", event_id="summit-2023"),
        Mention(doc="zh-002", type="SUMMIT", language="zh", evidence=SUMMIT_ZH, char_start=0, char_end=22,
                name="中国－中亚峰会", start="2023-05-18", end="2023-05-19", event_id="summit-2023"),
        Mention(doc="zh-002", type="FORUM", language="zh", evidence=FORUM_ZH, char_start=30, char_end=60,
                name="第二届“一带一路”国际合作高峰论坛", start="2019-04", end="2019-04", event_id="forum-2019-04"),
        Mention(doc="fr-003", type="MEETING", language="fr", evidence=MEETING_FR, char_start=0, char_end=90,
                start="2025-06-16", event_id="meeting-2025"),
        Mention(doc="fr-003", type="VISIT", language="fr", evidence=VISIT_FR, char_start=100, char_end=150,
                name="visite d'État en Chine", event_id="visit-undated"),
    )


def events():
    return (
        Event(event_id="summit-2023", type="SUMMIT", name="Sommet Chine-Asie centrale",
              names=("Sommet Chine-Asie centrale", "中国－中亚峰会"), start="2023-05-18", end="2023-05-19",
              status="past", city="Xi’an", country="CN", countries=("CN", "KG", "KZ", "TJ", "TM", "UZ"),
              persons=("Xi Jinping",), docs=("fr-001", "zh-002"), languages=("fr", "zh")),
        Event(event_id="forum-2019-04", type="FORUM", name="第二届“一带一路”国际合作高峰论坛", edition=2,
              start="2019-04", end="2019-04", status="future", city="Beijing", country="CN",
              countries=("CN",), docs=("zh-002",), languages=("zh",)),
        Event(event_id="meeting-2025", type="MEETING", name=None, start="2025-06-16", end="2025-06-16",
              status="past", city="Astana", country="KZ", countries=("CN", "KZ"),
              persons=("Xi Jinping", "Kassym-Jomart Tokayev"), docs=("fr-003",), languages=("fr",)),
        Event(event_id="visit-undated", type="VISIT", name="visite d'État en Chine", status="future",
              country="CN", countries=("CN", "FR"), persons=("Emmanuel Macron",), docs=("fr-003",),
              languages=("fr",)),
    )


def corpus(**changes):
    fields = {"documents": documents(), "mentions": mentions(), "events": events(),
              "errors": ({"doc": "bad", "path": "corpus/bad.txt", "stage": "reading", "reason": "empty file"},)}
    fields.update(changes)
    return Corpus(**fields)


class TagChecker(HTMLParser):
    """Records every tag and attribute, and whether start and end tags pair up."""

    VOID = frozenset({"meta", "br", "input", "link", "img", "hr", "circle", "rect", "line", "path"})

    def __init__(self):
        super().__init__()
        self.open, self.errors, self.attributes = [], [], []

    def handle_starttag(self, tag, attrs):
        self.attributes += [(tag, name, value or "") for name, value in attrs]
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.attributes += [(tag, name, value or "") for name, value in attrs]

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    returned = write_report(corpus(), out)
    assert returned == corpus()
    return (out / REPORT_NAME).read_text(encoding="utf-8")


def test_report_is_written_atomically_and_returns_the_corpus(tmp_path):
    record = corpus()
    assert write_report(record, tmp_path) is record
    assert (tmp_path / REPORT_NAME).exists()
    assert [p.name for p in tmp_path.iterdir()] == [REPORT_NAME]  # no temporary file left behind


def test_report_is_well_formed_html(page):
    assert page.startswith("<!DOCTYPE html>")
    checker = TagChecker()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.open == []
    for section in ("timeline", "map", "network", "events"):
        assert f'id="{section}"' in page


def test_report_loads_nothing_from_the_network(page):
    checker = TagChecker()
    checker.feed(page)
    assert not [a for a in checker.attributes if a[1] == "src"]
    assert "<link" not in page and "@import" not in page and "url(" not in page
    # the only http(s) address is the sidecar url of the source article, as a link to follow
    external = [(tag, value) for tag, name, value in checker.attributes if re.match(r"(?i)\s*https?:", value)]
    assert external == [("a", "https://www.example.org/articles/fr-001")]
    assert "https://" not in page.replace("https://www.example.org/articles/fr-001", "")
    assert "http://" not in page


def test_report_without_urls_has_no_http_at_all(tmp_path):
    plain = tuple({k: v for k, v in d.items() if k != "url"} for d in documents())
    text = render_report(corpus(documents=plain))
    assert "http://" not in text and "https://" not in text


@pytest.mark.parametrize("text", ["Sommet Chine-Asie centrale", "中国－中亚峰会",
                                  "第二届“一带一路”国际合作高峰论坛", "Kassym-Jomart Tokayev",
                                  "visite d&#x27;État en Chine"])
def test_report_names_every_event(page, text):
    assert text in page


@pytest.mark.parametrize("sentence", [SUMMIT_FR, SUMMIT_ZH, FORUM_ZH, VISIT_FR])
def test_report_shows_evidence_sentences_escaped(page, sentence):
    assert html.escape(sentence, quote=True) in page


def test_report_escapes_a_script_in_an_evidence_sentence(page):
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<script>") == 1  # the page's own filter script


def test_report_links_evidence_to_its_source(page):
    assert '<a href="https://www.example.org/articles/fr-001" rel="noopener noreferrer"' in page
    assert 'href="file:///data/corpus/zh-002.txt"' in page  # an absolute path: a local link
    assert "javascript:" not in page.split("<script>")[0]  # a bad sidecar url is never a link
    assert "corpus/fr-003.txt" in page


def test_report_header_counts_and_skipped_reasons(page):
    assert "<b>4</b>documents" in page and "<b>4</b>events" in page and "<b>5</b>mentions" in page
    assert "<b>1</b>skipped documents" in page
    assert "corpus/bad.txt</code>: reading: empty file" in page
    assert "2019-04-01 to 2025-06-16" in page


def test_month_precision_event_is_a_bar_spanning_the_month(page):
    assert event_span(events()[1]).kind == "month"
    forum = re.search(r'<a href="#ev-forum-2019-04[^"]*"[^>]*class="mark mark-(\w+)">(.*?)</a>', page, re.DOTALL)
    assert forum and forum.group(1) == "month"
    assert "<rect" in forum.group(2) and "<circle" not in forum.group(2)
    meeting = re.search(r'<a href="#ev-meeting-2025[^"]*"[^>]*class="mark mark-(\w+)">(.*?)</a>', page, re.DOTALL)
    assert meeting.group(1) == "day" and "<circle" in meeting.group(2)
    summit = re.search(r'<a href="#ev-summit-2023[^"]*"[^>]*class="mark mark-(\w+)">', page)
    assert summit.group(1) == "range"


def test_timeline_tooltips_give_name_participants_and_date(page):
    title = re.search(r'class="mark mark-day"><title>(.*?)</title>', page, re.DOTALL).group(1)
    assert "Xi Jinping, Kassym-Jomart Tokayev" in title and "2025-06-16" in title


def test_undated_events_are_listed_apart(page):
    timeline = page[page.index('id="timeline"'):page.index('id="map"')]
    undated = timeline[timeline.index('id="undated"'):]
    assert "visite d&#x27;État en Chine" in undated
    assert "Sommet Chine-Asie centrale" not in undated
    assert "ev-visit-undated" not in timeline[:timeline.index('id="undated"')]


def test_unknown_year_is_undated():
    event = Event(event_id="x", type="FORUM", name="Forum", start="XXXX-10-17", end="XXXX-10-17")
    assert event_span(event) is None


def test_map_places_cities_and_participating_countries(page):
    section = page[page.index('id="map"'):page.index('id="network"')]
    for label in ("Xi’an (1)", "Astana (1)", "Beijing (1)", "China (4)", "Kazakhstan (2)", "France (1)"):
        assert label in section


def test_network_joins_participants_of_meetings_not_forums(page):
    section = page[page.index('id="network"'):page.index('id="events"')]
    assert "Kassym-Jomart Tokayev – Xi Jinping: 1 event(s)" in section
    assert "Kyrgyzstan (KG)" in section
    assert "一带一路" not in section
    # a person stands for their country (alias table): Xi Jinping for China, Macron for France
    assert ("country", "CN") not in participants(events()[0])
    assert participants(events()[3]) == [("country", "CN"), ("person", "Emmanuel Macron")]


def test_report_is_deterministic(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    write_report(corpus(), first)
    write_report(Corpus(documents=documents()[::-1], mentions=mentions()[::-1], events=events()[::-1],
                        errors=corpus().errors), second)
    assert (first / REPORT_NAME).read_bytes() == (second / REPORT_NAME).read_bytes()
    write_report(corpus(), second)
    assert (first / REPORT_NAME).read_bytes() == (second / REPORT_NAME).read_bytes()


def test_empty_corpus_says_there_is_no_event(tmp_path):
    write_report(Corpus(), tmp_path)
    text = (tmp_path / REPORT_NAME).read_text(encoding="utf-8")
    assert "There is no event in this corpus." in text
    assert "<b>0</b>events" in text
    checker = TagChecker()
    checker.feed(text)
    assert checker.errors == [] and checker.open == []


def test_corpus_with_only_skipped_documents_names_them(tmp_path):
    record = Corpus(documents=({"doc": "bad", "path": "corpus/bad.txt", "events": 0,
                                "note": "skipped (reading): empty file"},),
                    errors=({"doc": "bad", "path": "corpus/bad.txt", "stage": "reading", "reason": "empty file"},))
    text = render_report(record)
    assert "There is no event in this corpus." in text and "empty file" in text


def _browser():
    import shutil

    return next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)


#: why the browser tests are skipped on a machine without Chromium
NO_BROWSER = ("no headless Chromium installed (.ci/run installs the Debian package chromium with "
              "apt-get when it is missing; here it could not)")
#: where a browser test keeps its screenshot: $TEST_ARTEFACTS (.ci/run sets it), else pytest's
#: tmp folder of the test (pytest keeps the last three runs' folders)
ARTEFACTS_VARIABLE = "TEST_ARTEFACTS"


class EventRows(HTMLParser):
    """The text of every row of the events table (``<tr id="ev-…">``) of a page as the browser
    shows it, and whether the filter script hid it."""

    def __init__(self):
        super().__init__()
        self.rows: dict[str, list[str]] = {}
        self.hidden: set[str] = set()
        self.current: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "tr" and (attributes.get("id") or "").startswith("ev-"):
            self.current = attributes["id"]
            self.rows[self.current] = []
            if "display: none" in (attributes.get("style") or "").replace("display:none", "display: none"):
                self.hidden.add(self.current)

    def handle_endtag(self, tag):
        if tag == "tr":
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.rows[self.current].append(data)

    def texts(self) -> dict[str, str]:
        return {row: " ".join("".join(parts).split()) for row, parts in self.rows.items()}


def _csv_cell(value: str) -> str:
    """A CSV cell as written before formula neutralising (a leading ' before = + - @ removed)."""
    return value[1:] if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@") else value


def _csv_events(path) -> list[Event]:
    """The events of an events.csv, read as a spreadsheet would: the file starts with a UTF-8
    byte-order mark, read with encoding="utf-8-sig"."""
    import csv

    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))

    def items(value):
        return tuple(x for x in _csv_cell(value).split("; ") if x)

    return [Event(event_id=row["event_id"], type=row["type"], name=_csv_cell(row["name"]) or None,
                  city=_csv_cell(row["city"]) or None, country=row["country"] or None,
                  countries=items(row["countries"]), persons=items(row["persons"]), orgs=items(row["orgs"]))
            for row in rows]


def _open_in_chromium(out, screenshot_name: str) -> str:
    """Open OUT/report.html in headless Chromium: no console message may be logged; the DOM after
    the page's script ran is returned, and a screenshot is kept as an artefact."""
    import os
    import subprocess
    from pathlib import Path

    url = (out / REPORT_NAME).as_uri()
    flags = [_browser(), "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={out / 'profile'}"]
    shown = subprocess.run(flags + ["--enable-logging=stderr", "--v=0", "--dump-dom", url],
                           capture_output=True, text=True, timeout=120, check=True)
    assert [line for line in shown.stderr.splitlines() if ":CONSOLE" in line] == []
    artefacts = Path(os.environ.get(ARTEFACTS_VARIABLE) or out)
    artefacts.mkdir(parents=True, exist_ok=True)
    screenshot = artefacts / screenshot_name
    subprocess.run(flags + [f"--screenshot={screenshot}", "--window-size=1400,2400", url],
                   capture_output=True, timeout=120, check=True)
    assert screenshot.stat().st_size > 10_000, screenshot
    return shown.stdout


def _assert_every_csv_event_is_shown(dom: str, out) -> None:
    """Every event of OUT/events.csv has its row in the page's events table, visible, with its
    type and label (the same number of rows as events; no row for an event not in the table)."""
    from collections import Counter

    events = _csv_events(out / "events.csv")
    parser = EventRows()
    parser.feed(dom)
    assert parser.hidden == set()
    texts = list(parser.texts().values())
    assert len(texts) == len(events)
    assert f"{len(events)} of {len(events)} events shown" in dom  # the filter script ran
    wanted = Counter((event.type, event_label(event)) for event in events)
    for (event_type, label), count in wanted.items():
        rows = [text for text in texts if event_type in text and label in text]
        assert len(rows) >= count, (event_type, label)


@pytest.mark.slow
@pytest.mark.skipif(_browser() is None, reason=NO_BROWSER)
def test_report_opens_in_headless_chromium_and_shows_every_event_of_events_csv(tmp_path):
    from pipeline.tables import write_tables

    record = corpus()
    write_tables(tmp_path, list(record.documents), record.mentions, record.events, [], list(record.errors))
    write_report(record, tmp_path)
    dom = _open_in_chromium(tmp_path, "report-hand-built.png")
    _assert_every_csv_event_is_shown(dom, tmp_path)
    for name in ("Sommet Chine-Asie centrale", "第二届“一带一路”国际合作高峰论坛", "Kassym-Jomart Tokayev"):
        assert name in dom


@pytest.mark.slow
@pytest.mark.skipif(_browser() is None, reason=NO_BROWSER)
def test_report_of_the_seed_corpus_shows_every_seed_event_in_headless_chromium(tmp_path):
    """The Quickstart's run on corpus/ (the seeds): report.html beside events.csv, every event of
    events.csv shown in the browser with no console error."""
    from pathlib import Path

    from pipeline.runner import run_corpus

    seeds = Path(__file__).resolve().parents[1] / "corpus"
    out = tmp_path / "outputs"
    run_corpus(seeds, out)
    assert (out / REPORT_NAME).exists()
    assert len(_csv_events(out / "events.csv")) >= 5  # the seeds speak of several events
    _assert_every_csv_event_is_shown(_open_in_chromium(out, "report.png"), out)


def test_report_stage_runs_after_merging_and_tables(tmp_path):
    """The stage entry the runner lists: checked, built and run on the corpus part."""
    from pipeline.runner import STAGES, build_pipeline
    from pipeline.settings import Settings

    assert STAGES[-1].name == "report" and STAGES[-1].verb is write_report
    pipeline = build_pipeline(Settings(), tmp_path, stages=STAGES, parts=("corpus",))
    assert [name for name, _ in pipeline.corpus][-1] == "report"
    record = Corpus(documents=documents(), mentions=tuple(replace(m, event_id="") for m in mentions()))
    for _name, run_stage in pipeline.corpus:
        record = run_stage(record)
    text = (tmp_path / REPORT_NAME).read_text(encoding="utf-8")
    assert (tmp_path / "events.csv").exists()
    for event in record.events:
        assert event.event_id and html.escape(event_label(event), quote=True) in text
