"""Shared test helpers: whole documents through every per-document stage of the runner (the stage
list, and with it the models, built once per test session); a small gold of two documents."""
import json
from functools import lru_cache
from pathlib import Path

from pipeline.runner import build_pipeline
from pipeline.settings import Settings


@lru_cache(maxsize=1)
def _document_stages():
    return build_pipeline(Settings(), parts=("document",)).document


def document_mentions(folder: Path, body: str, published: str, title: str = "Dépêche") -> tuple:
    """The mentions of a document with this title, publication date and body, written as a file in
    ``folder`` and read by every per-document stage (reading, cleaning, …, events)."""
    path = folder / "a.txt"
    path.write_text(f"{title}\n{published}\n\n{body}\n", encoding="utf-8")
    article = path
    for _name, stage in _document_stages():
        article = stage(article)
    return article.mentions



def two_document_gold(tmp_path: Path) -> Path:
    """A corpus folder ``dev`` with two one-line articles, a and b, and their gold: one MEETING
    each (CN, FR), no document records."""
    corpus = tmp_path / "dev"
    (corpus / "gold").mkdir(parents=True)
    (corpus / "articles").mkdir()
    for doc in ("a", "b"):
        (corpus / "articles" / f"{doc}.txt").write_text("texte\n", encoding="utf-8")
    gold = [{"doc": doc, "event": f"e-{doc}", "type": "MEETING", "name": None, "edition": None,
             "start": None, "end": None, "status": "past", "city": None, "country": None,
             "countries": ["CN", "FR"], "persons": [], "orgs": [], "agreements": None} for doc in ("a", "b")]
    (corpus / "gold" / "mentions.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    (corpus / "gold" / "documents.jsonl").write_text("", encoding="utf-8")
    return corpus
