"""Issue 17, faults and hostile files: nothing written outside the corpus, a corrupted cache that
heals, tables replaced as one set, workers that die with their run, results never stale, safe
CSV. Every case writes its own files in tmp_path; the stages are stood in for by the real reading
stage plus one mention per file, so merging, the cache and the tables run for real without models."""
from __future__ import annotations

import csv
import errno
import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from pipeline import cli, tables
from pipeline.cache import DocumentCache
from pipeline.lock import OutputLock
from pipeline.reading import read_article
from pipeline.records import Mention
from pipeline.runner import DocResult, run_corpus

REPO = Path(__file__).resolve().parents[1]


class ReadingProcessor:
    """Stands in for process_document: the real reading stage, then one MEETING mention per file
    whose evidence is the file's first line; records the files it was called on."""

    def __init__(self, during=None):
        self.calls: list[str] = []
        self.during = during  # called with the path after reading: a file changing mid-run

    def __call__(self, path: Path, settings) -> DocResult:
        self.calls.append(path.name)
        article = read_article(path)
        if self.during:
            self.during(path)
        first = article.raw.splitlines()[0]
        mention = Mention(doc=article.doc_id, type="MEETING", language="fr", evidence=first, name=first,
                          char_start=0, char_end=len(first), persons=("A", article.doc_id), status="past")
        return DocResult(doc=article.doc_id, path=str(path), sha256=article.sha256,
                         document={"doc": article.doc_id, "path": str(path), "sha256": article.sha256,
                                   "title": first, "events": 1, "note": ""},
                         mentions=(mention,))


def make_corpus(folder: Path, n: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"doc{i}.txt").write_text(f"Réunion numéro {i}\n\nTexte {i}.\n", encoding="utf-8")
    return folder


def rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


# --------------------------------------------------------------------------------------------
# add never writes outside the corpus


@pytest.fixture
def adding(tmp_path, monkeypatch):
    """``add FILE… [options]`` in this process, without the run that follows the copy."""
    monkeypatch.setattr(cli, "cmd_run", lambda args, corpus: 0)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "a.txt").write_text("Un article.\n", encoding="utf-8")

    def add(*args: str) -> int:
        return cli.main(["add", *args, "--corpus", str(corpus), "--out", str(tmp_path / "out")])

    return add, corpus, incoming


def test_add_does_not_create_the_target_of_a_dangling_symlink(adding, tmp_path, capsys):
    add, corpus, incoming = adding
    outside = tmp_path / "elsewhere" / "planted.txt"
    outside.parent.mkdir()
    os.symlink(outside, corpus / "a.txt")
    assert add(str(incoming / "a.txt")) == 1
    assert not outside.exists()
    err = capsys.readouterr().err
    assert "symlink" in err and len(err.strip().splitlines()) == 1


def test_add_with_rename_next_to_a_dangling_symlink_writes_inside_the_corpus(adding, tmp_path):
    add, corpus, incoming = adding
    outside = tmp_path / "planted.txt"
    os.symlink(outside, corpus / "a.txt")
    assert add(str(incoming / "a.txt"), "--rename") == 0
    assert not outside.exists() and (corpus / "a-2.txt").read_text(encoding="utf-8") == "Un article.\n"


def test_add_does_not_write_through_a_sidecar_symlink(adding, tmp_path, capsys):
    add, corpus, incoming = adding
    victim = tmp_path / "victim.json"
    victim.write_text("precious", encoding="utf-8")
    (incoming / "a.meta.json").write_text('{"published": "2024-05-01"}', encoding="utf-8")
    os.symlink(victim, corpus / "a.meta.json")
    assert add(str(incoming / "a.txt")) == 1
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (corpus / "a.txt").exists()  # the article is not added without its sidecar
    assert "symlink" in capsys.readouterr().err


def test_add_does_not_overwrite_a_sidecar_without_force(adding):
    add, corpus, incoming = adding
    (incoming / "a.meta.json").write_text('{"published": "2024-05-01"}', encoding="utf-8")
    (corpus / "a.meta.json").write_text('{"published": "1999-01-01"}', encoding="utf-8")
    assert add(str(incoming / "a.txt")) == 1
    assert "1999" in (corpus / "a.meta.json").read_text(encoding="utf-8")
    assert add(str(incoming / "a.txt"), "--force") == 0
    assert "2024" in (corpus / "a.meta.json").read_text(encoding="utf-8")
    assert (corpus / "a.txt").exists()


# --------------------------------------------------------------------------------------------
# one file never stops the corpus


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(tmp_path, capsys):
    corpus, out = make_corpus(tmp_path / "corpus", 1), tmp_path / "out"
    with open(os.fsencode(corpus) + b"/caf\xe9.txt", "wb") as fh:
        fh.write("Sommet de Lyon\n\nTexte.\n".encode("utf-8"))
    proc = ReadingProcessor()
    summary = run_corpus(corpus, out, processor=proc)
    assert summary.documents == 2 and not summary.skipped
    docs = {r["doc"]: r for r in rows(out / "documents.csv")}
    assert "caf\\xe9" in docs and docs["caf\\xe9"]["path"].endswith("caf\\xe9.txt")
    assert pd.read_parquet(out / "mentions.parquet")["doc"].tolist() == ["caf\\xe9", "doc0"]
    # the next run takes it from the cache; status names it escaped
    proc.calls.clear()
    assert run_corpus(corpus, out, processor=proc).unchanged and proc.calls == []
    capsys.readouterr()
    assert cli.main(["status", str(corpus), "--out", str(out)]) == 0
    assert "0 new, 0 changed" in capsys.readouterr().out


# --------------------------------------------------------------------------------------------
# a corrupted cache never blocks a run


def _entry_path(out: Path, corpus: Path, name: str) -> Path:
    from pipeline.cache import file_sha256

    sha = file_sha256(corpus / name)
    return out / ".cache" / "docs" / sha[:2] / f"{sha}.json"


def _drop_mentions(entry: dict) -> dict:
    del entry["result"]["mentions"]
    return entry


def _unknown_mention_key(entry: dict) -> dict:
    entry["result"]["mentions"][0]["colour"] = "blue"
    return entry


def _document_a_list(entry: dict) -> dict:
    entry["result"]["document"] = ["doc0"]
    return entry


@pytest.mark.parametrize("corrupt", [
    lambda path: path.write_bytes(os.urandom(300)),
    lambda path: path.write_text("[1, 2", encoding="utf-8"),
    lambda path: path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8"),
    lambda path: path.write_text(json.dumps(_drop_mentions(json.loads(path.read_text("utf-8")))), "utf-8"),
    lambda path: path.write_text(json.dumps(_unknown_mention_key(json.loads(path.read_text("utf-8")))), "utf-8"),
    lambda path: path.write_text(json.dumps(_document_a_list(json.loads(path.read_text("utf-8")))), "utf-8"),
    lambda path: path.write_text('"just a string"', encoding="utf-8"),
], ids=["random-bytes", "truncated", "deeply-nested", "no-mentions", "unknown-mention-key",
        "document-a-list", "a-string"])
def test_a_corrupted_cache_entry_is_recomputed_with_a_warning(tmp_path, corrupt, caplog):
    corpus, out = make_corpus(tmp_path / "corpus"), tmp_path / "out"
    run_corpus(corpus, out, processor=ReadingProcessor())
    corrupt(_entry_path(out, corpus, "doc0.txt"))
    (corpus / "doc9.txt").write_text("Réunion neuf\n", encoding="utf-8")  # so the run is not a no-op
    proc = ReadingProcessor()
    with caplog.at_level(logging.WARNING, logger="pipeline.cache"):
        summary = run_corpus(corpus, out, processor=proc)
    assert sorted(proc.calls) == ["doc0.txt", "doc9.txt"] and summary.from_cache == 2
    assert any("doc0.txt" in r.getMessage() for r in caplog.records)
    assert sorted(r["doc"] for r in rows(out / "mentions.csv")) == ["doc0", "doc1", "doc2", "doc9"]
    # healed: the entry is whole again
    proc.calls.clear()
    (corpus / "doc9.txt").unlink()
    run_corpus(corpus, out, processor=proc)
    assert proc.calls == []


@pytest.mark.parametrize("manifest", [
    b"\xff\xfe garbage", b'{"key": "k", "files": ["a", "b"]}', b"[]",
    b'{"key": 3, "files": {"x": "not a record"}}',
], ids=["bytes", "files-a-list", "a-list", "bad-record"])
def test_a_corrupted_manifest_is_rebuilt_and_status_still_works(tmp_path, manifest, capsys):
    corpus, out = make_corpus(tmp_path / "corpus"), tmp_path / "out"
    run_corpus(corpus, out, processor=ReadingProcessor())
    (out / ".cache" / "manifest.json").write_bytes(manifest)
    assert cli.main(["status", str(corpus), "--out", str(out)]) == 0
    assert "3 articles" in capsys.readouterr().out
    proc = ReadingProcessor()
    run_corpus(corpus, out, processor=proc)
    assert proc.calls == []  # entries are still found by content
    assert run_corpus(corpus, out, processor=proc).unchanged  # manifest rebuilt


def test_an_unwritable_cache_only_costs_speed(tmp_path, monkeypatch, caplog):
    corpus, out = make_corpus(tmp_path / "corpus"), tmp_path / "out"

    def full_disk(path, text):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr("pipeline.cache.atomic_write_text", full_disk)
    with caplog.at_level(logging.WARNING, logger="pipeline.cache"):
        summary = run_corpus(corpus, out, processor=ReadingProcessor())
    assert summary.processed == 3 and len(rows(out / "documents.csv")) == 3
    assert any("cannot write the cache" in r.getMessage() for r in caplog.records)


# --------------------------------------------------------------------------------------------
# stale results


def test_a_file_changed_while_it_is_processed_is_read_again_next_run(tmp_path):
    corpus, out = make_corpus(tmp_path / "corpus", 2), tmp_path / "out"

    def rewrite(path):
        if path.name == "doc1.txt":
            path.write_text("Sommet changé pendant la lecture\n", encoding="utf-8")
            os.utime(path, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))

    run_corpus(corpus, out, processor=ReadingProcessor(during=rewrite))
    proc = ReadingProcessor()
    summary = run_corpus(corpus, out, processor=proc)
    assert not summary.unchanged and proc.calls == ["doc1.txt"]
    evidence = {r["doc"]: r["evidence"] for r in rows(out / "mentions.csv")}
    assert evidence["doc1"] == "Sommet changé pendant la lecture"
    cache = DocumentCache(out / ".cache", key="")
    assert cache._manifest["files"][str(corpus / "doc1.txt")][2] == read_article(corpus / "doc1.txt").sha256


# --------------------------------------------------------------------------------------------
# tables: one set, old or new, never mixed


def _consistent(out: Path) -> tuple[set, set]:
    documents = {r["doc"] for r in rows(out / "documents.csv")}
    mention_rows = rows(out / "mentions.csv")
    events = {r["event_id"] for r in rows(out / "events.csv")}
    assert {r["event_id"] for r in mention_rows} <= events  # no mention names a missing event
    assert {r["doc"] for r in mention_rows} <= documents
    return documents, events


FAILURE_POINTS = [("parquet", k) for k in range(4)] + [("switch", 0)]


@pytest.mark.parametrize("point, fail_at", FAILURE_POINTS, ids=[f"{p}-{k}" for p, k in FAILURE_POINTS])
@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()],
                         ids=["disk-full", "interrupted"])
def test_tables_failing_part_way_leave_the_old_set_whole(tmp_path, monkeypatch, point, fail_at, failure):
    """A full disk or an interruption while the tables are written, at each table (its Parquet
    file) or at the final switch: the previous tables stay, all of them, consistent."""
    corpus, out = make_corpus(tmp_path / "corpus", 2), tmp_path / "out"
    run_corpus(corpus, out, processor=ReadingProcessor())
    before = {name: (out / name).read_bytes() for name in ("documents.csv", "mentions.csv", "events.csv")}
    for i in range(2, 5):
        (corpus / f"late{i}.txt").write_text(f"Sommet tardif {i}\n", encoding="utf-8")
    calls = []
    real_parquet, real_symlink = pd.DataFrame.to_parquet, os.symlink

    def parquet(self, *args, **kwargs):
        calls.append("parquet")
        if point == "parquet" and calls.count("parquet") == fail_at + 1:
            raise failure
        return real_parquet(self, *args, **kwargs)

    def symlink(*args, **kwargs):
        if point == "switch":
            raise failure
        return real_symlink(*args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_parquet", parquet)
    monkeypatch.setattr(os, "symlink", symlink)
    with pytest.raises(type(failure)):
        run_corpus(corpus, out, processor=ReadingProcessor())
    assert {name: (out / name).read_bytes() for name in before} == before
    _consistent(out)
    monkeypatch.undo()
    leftovers = [p.name for p in (out / tables.GENERATIONS_DIR).iterdir() if p.name != tables.CURRENT]
    assert leftovers == [os.readlink(out / tables.GENERATIONS_DIR / tables.CURRENT)]  # no half generation
    run_corpus(corpus, out, processor=ReadingProcessor())
    assert len(_consistent(out)[0]) == 5


def test_old_plain_tables_are_replaced_by_the_new_set(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.csv").write_text("event_id\nold\n", encoding="utf-8")
    run_corpus(make_corpus(tmp_path / "corpus", 1), out, processor=ReadingProcessor())
    assert (out / "events.csv").is_symlink() and "old" not in (out / "events.csv").read_text(encoding="utf-8")
    _consistent(out)


def test_cli_reports_a_full_disk_in_one_line_with_status_2(tmp_path, monkeypatch, capsys):
    corpus = make_corpus(tmp_path / "corpus", 1)

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out" / ".tables"))

    monkeypatch.setattr("pipeline.runner.process_document", ReadingProcessor())
    monkeypatch.setattr(tables, "_write_generation", full_disk)
    assert cli.main([str(corpus), "--out", str(tmp_path / "out"), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "No space left" in err and "\n" not in err


# --------------------------------------------------------------------------------------------
# permissions and spreadsheet-safe CSV


def test_tables_are_readable_by_others_under_the_usual_umask(tmp_path):
    old = os.umask(0o022)
    try:
        run_corpus(make_corpus(tmp_path / "corpus", 1), tmp_path / "out", processor=ReadingProcessor())
    finally:
        os.umask(old)
    for name in ("documents.csv", "mentions.parquet", "events.csv", "errors.jsonl"):
        assert os.stat(tmp_path / "out" / name).st_mode & 0o777 == 0o644, name
    tables.atomic_write_text(tmp_path / "report.json", "{}")
    assert os.stat(tmp_path / "report.json").st_mode & 0o777 == 0o666 & ~old


@pytest.mark.parametrize("first_line", ['=HYPERLINK("http://x.example","clic")', "+33 1 23", "-2+3", "@SUM(A1)"])
def test_csv_cells_that_look_like_formulas_are_neutralised_parquet_keeps_them(tmp_path, first_line):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(first_line + "\n\nTexte.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_corpus(corpus, out, processor=ReadingProcessor())
    (mention,) = rows(out / "mentions.csv")
    assert mention["evidence"] == "'" + first_line and mention["name"] == "'" + first_line
    assert rows(out / "documents.csv")[0]["title"] == "'" + first_line
    assert pd.read_parquet(out / "mentions.parquet")["evidence"].tolist() == [first_line]


# --------------------------------------------------------------------------------------------
# kills: workers die with their run, the lock dies with the run


WORKERS_RUN = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from pipeline import parallel
    from pipeline.lock import OutputLock
    from pipeline.parallel import map_documents

    parallel.MIN_FILES_PER_WORKER = 1  # a real pool of two for four documents

    def slow(path, settings):
        Path(sys.argv[1], f"worker-{os.getpid()}").write_text("")
        time.sleep(120)
        return path

    with OutputLock(Path(sys.argv[1])):
        for _ in map_documents([Path(f"doc{i}") for i in range(4)], None, slow, workers=2):
            pass
""")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG and /proc are Linux's")
def test_after_kill_9_of_a_two_worker_run_the_workers_die_and_the_lock_is_free(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    run = subprocess.Popen([sys.executable, "-c", WORKERS_RUN, str(out)], cwd=REPO)
    try:
        deadline = time.monotonic() + 60
        while len(list(out.glob("worker-*"))) < 2:
            assert time.monotonic() < deadline and run.poll() is None, "workers did not start"
            time.sleep(0.1)
        workers = [int(p.name.split("-")[1]) for p in out.glob("worker-*")]
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        with OutputLock(out, wait_seconds=5):  # not held by the orphaned workers
            pass
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in workers)
    finally:
        for pid in [int(p.name.split("-")[1]) for p in out.glob("worker-*")]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if run.poll() is None:
            run.kill()
