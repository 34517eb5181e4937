"""Incremental runs, atomic outputs and the output lock, with a counting stand-in for the stages
(the real stages are tested in their own modules and end to end in test_end_to_end.py)."""
import csv
import functools
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipeline.lock import LockHeld, OutputLock
from pipeline.records import Mention
from pipeline.runner import DocResult, run_corpus
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]


class CountingProcessor:
    """Stands in for process_document: one MEETING mention per file, and a record of calls."""

    def __init__(self):
        self.calls = []

    def __call__(self, path: Path, settings: Settings) -> DocResult:
        from pipeline.cache import file_sha256

        self.calls.append(path.name)
        text = path.read_text(encoding="utf-8")
        m = Mention(doc=path.stem, type="MEETING", language="fr", evidence=text[:40], char_start=0,
                    char_end=min(40, len(text)), persons=("A", path.stem), status="past")
        return DocResult(doc=path.stem, path=str(path), sha256=file_sha256(path),
                         document={"doc": path.stem, "path": str(path), "events": 1, "note": ""},
                         mentions=(m,))


def make_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"doc{i}.txt").write_text(f"Article {i}\n2020-01-0{i % 9 + 1}\n\nTexte {i}.\n",
                                            encoding="utf-8")
    return folder


def docs_in(out: Path, table: str = "documents") -> list[str]:
    with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
        return sorted(r["doc"] for r in csv.DictReader(fh))


def test_second_run_processes_only_new_changed_and_forgets_removed(tmp_path):
    corpus, out = make_corpus(tmp_path / "corpus", 4), tmp_path / "out"
    proc = CountingProcessor()
    run_corpus(corpus, out, processor=proc)
    assert sorted(proc.calls) == ["doc0.txt", "doc1.txt", "doc2.txt", "doc3.txt"]

    proc.calls.clear()
    (corpus / "new.txt").write_text("Un nouvel article.\n", encoding="utf-8")
    (corpus / "doc1.txt").write_text("Article changé.\n", encoding="utf-8")
    (corpus / "doc2.txt").unlink()
    summary = run_corpus(corpus, out, processor=proc)
    assert sorted(proc.calls) == ["doc1.txt", "new.txt"]
    assert summary.from_cache == 2
    assert docs_in(out) == ["doc0", "doc1", "doc3", "new"]
    assert docs_in(out, "mentions") == ["doc0", "doc1", "doc3", "new"]


def test_nothing_changed_processes_nothing(tmp_path):
    corpus, out = make_corpus(tmp_path / "corpus", 3), tmp_path / "out"
    proc = CountingProcessor()
    run_corpus(corpus, out, processor=proc)
    proc.calls.clear()
    summary = run_corpus(corpus, out, processor=proc)
    assert proc.calls == []
    assert summary.unchanged


def test_new_pipeline_version_invalidates_the_cache(tmp_path, monkeypatch):
    corpus, out = make_corpus(tmp_path / "corpus", 2), tmp_path / "out"
    proc = CountingProcessor()
    run_corpus(corpus, out, processor=proc)
    proc.calls.clear()
    monkeypatch.setattr("pipeline.runner.__version__", "999.0")
    run_corpus(corpus, out, processor=proc)
    assert sorted(proc.calls) == ["doc0.txt", "doc1.txt"]


def test_second_run_on_a_locked_output_folder_says_who_holds_it(tmp_path):
    with OutputLock(tmp_path, wait_seconds=0):
        with pytest.raises(LockHeld, match="another run"):
            with OutputLock(tmp_path, wait_seconds=0.3):
                pass
    with OutputLock(tmp_path, wait_seconds=0):  # released: free again
        pass


KILLABLE = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from test_runner import CountingProcessor
    from pipeline.lock import OutputLock
    from pipeline.runner import run_corpus

    class Slow(CountingProcessor):
        def __call__(self, path, settings):
            print("processing", path.name, flush=True)
            time.sleep(0.3)
            return super().__call__(path, settings)

    with OutputLock(Path({out!r})):
        run_corpus(Path({corpus!r}), Path({out!r}), processor=Slow())
""")


def test_run_killed_midway_leaves_old_tables_whole_and_next_run_finishes(tmp_path):
    corpus, out = make_corpus(tmp_path / "corpus", 2), tmp_path / "out"
    run_corpus(corpus, out, processor=CountingProcessor())
    before = (out / "documents.csv").read_text(encoding="utf-8")
    for i in range(2, 12):
        (corpus / f"late{i}.txt").write_text(f"Article tardif {i}.\n", encoding="utf-8")
    script = KILLABLE.format(tests=str(Path(__file__).parent), out=str(out), corpus=str(corpus))
    child = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
    cached = out / ".cache" / "docs"
    done_before = len(list(cached.rglob("*"))) if cached.exists() else 0
    seen = 0
    for line in child.stdout:  # let it process a few documents, then kill it hard
        seen += line.startswith("processing")
        if seen == 4:
            break
    # the kill comes once some of the new documents are in the cache (on a loaded machine the
    # results reach it later than the lines above)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and len(list(cached.rglob("*"))) < done_before + 3:
        time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert (out / "documents.csv").read_text(encoding="utf-8") == before  # old tables untouched
    assert not list(out.glob(".*.tmp"))

    proc = CountingProcessor()
    with OutputLock(out, wait_seconds=2):  # the killed run's lock is not held any more
        run_corpus(corpus, out, processor=proc)
    assert len(docs_in(out)) == 12
    assert len(proc.calls) < 10  # documents finished before the kill came from the cache


def test_two_concurrent_runs_do_not_interleave(tmp_path):
    corpus, out = make_corpus(tmp_path / "corpus", 6), tmp_path / "out"
    script = KILLABLE.format(tests=str(Path(__file__).parent), out=str(out), corpus=str(corpus))
    first = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert first.stdout.readline().startswith("processing")  # the first run holds the lock now
    with pytest.raises(LockHeld):
        with OutputLock(out, wait_seconds=0.2):
            pass
    first.communicate(timeout=60)
    assert first.returncode == 0
    assert len(docs_in(out)) == 6


def _add(tmp_path, *args):
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    return subprocess.run([sys.executable, "-m", "pipeline", "add", *args, "--corpus", str(tmp_path / "corpus"),
                           "--out", str(tmp_path / "out"), "--no-progress"],
                          capture_output=True, text=True, cwd=root)


def test_add_copies_new_files_skips_duplicates_and_refuses_name_clashes(tmp_path):
    (tmp_path / "corpus").mkdir()
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "a.txt").write_text("Météo\n\n2024-05-01\n\nIl fera beau demain sur la région.\n", encoding="utf-8")
    first = _add(tmp_path, str(incoming / "a.txt"))
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "corpus" / "a.txt").exists() and (tmp_path / "out" / "documents.csv").exists()
    # the same content again, under another name: reported and skipped
    (incoming / "copy.txt").write_bytes((incoming / "a.txt").read_bytes())
    again = _add(tmp_path, str(incoming / "copy.txt"))
    assert "already in the corpus" in again.stdout and not (tmp_path / "corpus" / "copy.txt").exists()
    # a different file under a taken name: refused, the corpus file untouched; --rename keeps both
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Autre\n\n2024-05-02\n\nUn autre texte sans événement.\n", encoding="utf-8")
    clash = _add(tmp_path, str(other / "a.txt"))
    assert clash.returncode != 0 and "exists with different content" in clash.stderr
    assert "Il fera beau" in (tmp_path / "corpus" / "a.txt").read_text(encoding="utf-8")
    renamed = _add(tmp_path, str(other / "a.txt"), "--rename")
    assert renamed.returncode == 0 and (tmp_path / "corpus" / "a-2.txt").exists()


# --------------------------------------------------------------------------------------------
# the stage list


def test_stage_list_holds_the_whole_flow_in_order():
    from pipeline.runner import STAGES, check_stages

    check_stages(STAGES)
    assert [s.name for s in STAGES] == ["reading", "cleaning", "languages", "candidates", "syntax", "entities",
                                        "dates", "events", "merging", "tables", "report"]
    assert [s.per for s in STAGES].index("corpus") == 8


@pytest.mark.parametrize("first, second, missing", [
    ("candidates", "entities", "candidates"),  # entities before candidate selection
    ("cleaning", "languages", "text"),  # sentences before the furniture is blanked
    ("events", "merging", "mentions"),  # merging before any mention exists
])
def test_a_stage_before_what_it_requires_fails_with_one_line(first, second, missing):
    from dataclasses import replace as copy

    from pipeline.runner import STAGES, PipelineError, check_stages

    stages = list(STAGES)
    i, j = [s.name for s in stages].index(first), [s.name for s in stages].index(second)
    stages[i], stages[j] = stages[j], stages[i]
    if stages[i].per != stages[j].per:  # keep per-corpus stages after per-document ones
        stages[i], stages[j] = copy(stages[i], per=stages[j].per), copy(stages[j], per=stages[i].per)
    with pytest.raises(PipelineError) as err:
        check_stages(stages)
    message = str(err.value)
    assert "\n" not in message and second in message and missing in message


def test_a_per_document_stage_after_the_corpus_stages_is_refused():
    from pipeline.runner import STAGES, PipelineError, Stage, check_stages

    from pipeline.candidates import select_candidates

    late = Stage("late", select_candidates, ("sentences",), ("late",))
    with pytest.raises(PipelineError, match="late works per document"):
        check_stages([*STAGES, late])


def test_readme_stage_table_is_the_stage_list():
    from pipeline.runner import STAGES

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    rows = [line.split("|")[1:3] for line in readme.splitlines()
            if line.startswith("| ") and "`pipeline." in line and ":" in line.split("|")[2]]
    listed = [(name.strip(), verb.strip().strip("`")) for name, verb in rows]
    assert listed == [(s.name, f"{s.verb.__module__}:{s.verb.__name__}") for s in STAGES]


def test_every_stage_returns_a_new_record_and_leaves_its_input_alone(tmp_path):
    """Each per-document stage is Article -> Article (reading: path -> Article), never mutating."""
    from pipeline.records import Article
    from pipeline.runner import build_pipeline
    from pipeline.settings import Settings

    article_path = tmp_path / "visit.txt"
    article_path.write_text("Visite d'État\n\nLe président kazakh Kassym-Jomart Tokaïev a reçu lundi "
                            "à Astana le Premier ministre japonais pour des entretiens.\n", encoding="utf-8")
    subject = article_path
    for name, run_stage in build_pipeline(Settings(), parts=("document",)).document:
        before = subject
        subject = run_stage(subject)
        assert isinstance(subject, Article), name
        assert subject is not before, name
    assert subject.mentions and subject.entities and subject.candidates is not None


@pytest.mark.slow
def test_draft_gold_takes_a_document_from_the_runs_cache_without_processing_it(tmp_path, monkeypatch):
    import shutil

    from pipeline import runner
    from pipeline.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = sorted((Path(__file__).parent.parent / "corpus").glob("00[34]_*.txt"))[0]
    shutil.copy(seed, corpus / seed.name)
    out = tmp_path / "out"
    run_corpus(corpus, out)
    processed = runner.cached_or_processed(corpus / seed.name, Settings(), out)

    def refuse(*args, **kwargs):
        raise AssertionError("processed again")

    monkeypatch.setattr(runner, "process_document", refuse)
    again = runner.cached_or_processed(corpus / seed.name, Settings(), out)
    assert again.mentions == processed.mentions and again.mentions
    (corpus / seed.name).write_text("Texte changé : rien à voir.\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="processed again"):
        runner.cached_or_processed(corpus / seed.name, Settings(), out)


def test_a_document_past_its_time_budget_is_skipped_and_the_run_goes_on(tmp_path, monkeypatch):
    from pipeline import runner
    from pipeline.settings import Settings

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "slow.txt").write_text("Un texte ordinaire.\n", encoding="utf-8")
    (corpus / "quick.txt").write_text("Un autre texte ordinaire.\n", encoding="utf-8")

    def stalls(article):
        if article.doc_id == "slow":
            time.sleep(30)
        return article

    stages = tuple(runner.Stage(s.name, stalls if s.name == "candidates" else s.verb, s.requires, s.provides,
                                s.per, s.options) for s in runner.STAGES)
    monkeypatch.setattr(runner, "STAGES", stages)
    monkeypatch.setattr(runner, "build_pipeline", functools.partial(runner.build_pipeline, stages=stages))
    runner._document_pipeline.cache_clear()
    began = time.monotonic()
    summary = run_corpus(corpus, tmp_path / "out", Settings(document_seconds=1))
    runner._document_pipeline.cache_clear()
    assert time.monotonic() - began < 20
    assert [p for p, _ in summary.skipped] == [str(corpus / "slow.txt")]
    assert "took over 1 s" in summary.skipped[0][1]


def test_the_time_budget_setting_is_validated():
    from pipeline.settings import Settings, SettingsError

    with pytest.raises(SettingsError, match="document_seconds"):
        Settings.from_mapping({"document_seconds": "fast"})
