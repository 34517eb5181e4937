"""The whole flow from the command line, on a small corpus of articles written here plus bad files."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = {
    "sommet_fr.txt": ("Le sommet Chine-Asie centrale s'achève à Astana\n\nFrench.news.cn | 2025-06-18 à 10:02\n\n"
                      "Le deuxième Sommet Chine-Asie centrale s'est tenu les 16 et 17 juin 2025 à Astana, au "
                      "Kazakhstan. Le président chinois Xi Jinping et le président kazakh Kassym-Jomart Tokaïev "
                      "y ont signé plus de 20 accords de coopération.\n", "utf-8"),
    "huitan_zh.txt": ("习近平同哈萨克斯坦总统托卡耶夫会谈\n《新闻联播》 (20250617)\n\n"
                      "6月16日，国家主席习近平在阿斯塔纳同哈萨克斯坦总统托卡耶夫举行会谈。双方签署了12份合作文件。\n",
                      "gb18030"),
    "rencontre_cp1252.txt": ("Rencontre à Paris\n\nPublié le 12/03/2024\n\nLe président français Emmanuel Macron a "
                             "rencontré lundi à Paris le président ouzbek Chavkat Mirziyoïev, à l’Élysée.\n", "cp1252"),
    "meteo.txt": ("La météo\n\n2024-05-01\n\nIl fera beau demain sur toute la région, avec des températures douces.\n",
                  "utf-8"),
    "english.txt": ("Leaders meet\n\n2024-05-01\n\nThe Chinese president met his Kazakh counterpart in Astana on "
                    "Monday and both sides signed several agreements on trade.\n", "utf-8"),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for name, (text, encoding) in ARTICLES.items():
        (corpus / name).write_bytes(text.encode(encoding))
    (corpus / "rapport.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>")
    (corpus / "vide.txt").write_bytes(b"")
    (corpus / "page.html").write_text(
        "<html><head><title>Xi reçoit Poutine</title><script>var x = 'sommet';</script></head><body>"
        "<nav>Accueil | Monde</nav><p>2023-10-19</p><p>Le président chinois Xi Jinping a rencontré le président "
        "russe Vladimir Poutine le 18 octobre 2023 à Pékin.</p></body></html>", encoding="utf-8")
    (corpus / "meteo.meta.json").write_text("{not json", encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--no-progress"],
                          capture_output=True, text=True, cwd=ROOT)
    return corpus, out, proc


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_bad_files_are_skipped_with_a_reason_and_the_run_goes_on(run):
    _, out, proc = run
    assert proc.returncode == 1, proc.stderr
    assert "skipped" in proc.stdout and "rapport.txt" in proc.stdout and "PDF" in proc.stdout
    notes = {r["doc"]: r["note"] for r in rows(out / "documents.csv")}
    assert "PDF" in notes["rapport"] and "empty" in notes["vide"]
    assert "meteo.meta.json" in notes["meteo"] and "no event cue" in notes["meteo"]
    assert notes["english"]  # no event rules for English: said, not silent


def test_tables_follow_the_contract(run):
    _, out, _ = run
    mention_columns = ["doc", "event_id", "type", "name", "edition", "start", "end", "status", "city", "country",
                       "countries", "persons", "orgs", "agreements", "language", "evidence", "char_start", "char_end"]
    assert set(mention_columns) <= set(rows(out / "mentions.csv")[0])
    assert {"event_id", "names", "docs", "languages"} <= set(rows(out / "events.csv")[0])
    assert {"doc", "path", "sha256", "published", "languages", "title", "chars"} <= set(rows(out / "documents.csv")[0])
    assert {"kind", "canonical", "id"} <= set(rows(out / "entities.csv")[0])
    for name in ("mentions", "events", "documents", "entities"):
        assert (out / f"{name}.parquet").exists()


def test_events_across_encodings_and_languages(run):
    corpus, out, _ = run
    mentions = rows(out / "mentions.csv")
    by_doc = {}
    for m in mentions:
        by_doc.setdefault(m["doc"], []).append(m)
    summit = next(m for m in by_doc["sommet_fr"] if m["type"] == "SUMMIT")
    assert (summit["start"], summit["end"], summit["city"], summit["edition"]) == ("2025-06-16", "2025-06-17", "Astana", "2")
    assert summit["countries"] == "CN; KG; KZ; TJ; TM; UZ" and summit["agreements"] == "20"
    talks = next(m for m in by_doc["huitan_zh"] if m["type"] == "MEETING")
    assert talks["start"] == "2025-06-16" and talks["city"] == "Astana" and talks["agreements"] == "12"
    assert set(talks["persons"].split("; ")) == {"Xi Jinping", "Kassym-Jomart Tokayev"}
    paris = next(m for m in by_doc["rencontre_cp1252"] if m["type"] == "MEETING")
    assert paris["start"] == "2024-03-11" and paris["city"] == "Paris"
    html = next(m for m in by_doc["page"] if m["type"] == "MEETING")
    assert html["start"] == "2023-10-18" and "Vladimir Putin" in html["persons"]
    raw = (corpus / "page.html").read_text(encoding="utf-8")
    assert raw[int(html["char_start"]):int(html["char_end"])].startswith("Le président chinois")
    docs = {r["doc"]: r for r in rows(out / "documents.csv")}
    assert docs["huitan_zh"]["published"] == "2025-06-17" and docs["huitan_zh"]["encoding"] == "gb18030"
    assert docs["english"]["languages"] == "en"


def test_a_french_and_a_chinese_report_of_the_same_talks_are_one_event(run):
    _, out, _ = run
    # the summit article and the Chinese talks are different events; the talks are one row
    events = rows(out / "events.csv")
    talks = [e for e in events if e["type"] == "MEETING" and "Kassym-Jomart Tokayev" in e["persons"]]
    assert len(talks) == 1


def test_a_missing_corpus_folder_is_one_clear_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(tmp_path / "nope"), "--out", str(tmp_path / "o")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "no such corpus folder" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_an_output_folder_that_cannot_be_written(tmp_path, run):
    corpus, _, _ = run
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(blocker / "out")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "cannot write the output folder" in proc.stderr


def test_evaluate_refuses_bad_gold_with_file_and_line(tmp_path, run):
    _, out, _ = run
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "mentions.jsonl").write_text('{"doc": "sommet_fr", "event": "x", "type": "PARTY"}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "evaluate", "--gold", str(gold), "--outputs", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "mentions.jsonl:1" in proc.stderr and "micro" not in proc.stdout


def test_an_empty_corpus_folder_is_one_clear_line(tmp_path):
    (tmp_path / "corpus").mkdir()
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(tmp_path / "corpus"), "--out",
                           str(tmp_path / "o"), "--no-progress"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "no .txt or .html article found" in proc.stderr


def test_draft_gold_writes_lines_that_validate_as_gold(run, tmp_path):
    corpus, _, _ = run
    draft = tmp_path / "gold" / "mentions.jsonl"
    draft.parent.mkdir()
    proc = subprocess.run([sys.executable, "-m", "pipeline", "draft-gold", str(corpus / "sommet_fr.txt"),
                           "--out", str(draft)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    from pipeline.gold import load_gold

    mentions, _ = load_gold(draft.parent)
    summit = next(m for m in mentions if m["type"] == "SUMMIT")
    assert summit["doc"] == "sommet_fr" and summit["start"] == "2025-06-16" and summit["city"] == ["Astana"]
