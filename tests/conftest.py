"""Shared test helpers: whole documents through every per-document stage of the runner.

The stage list (and with it the models) is built once per test session."""
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

