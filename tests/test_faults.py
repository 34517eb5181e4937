"""Issue 17, faults: a corrupted cache that heals, results never stale, tables replaced as one
set whatever fails while they are written (a full disk, an interruption), workers that die with
their run, and environment errors (a read-only folder, a lock that is a folder, bad settings or
floors files, a table that is not UTF-8, an empty corpus folder) reported in one line with status
2. Every case writes its own files in tmp_path; the stages are stood in for by the real reading
stage plus one mention per file, so merging, the cache and the tables run for real without models.
Hostile files are in test_hostile_inputs.py."""
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
from pipeline.records import Mention, StageError
from pipeline.runner import DocResult, _document_pipeline, _failed, run_corpus
from conftest import two_document_gold

REPO = Path(__file__).resolve().parents[1]


class ReadingProcessor:
    """Stands in for process_document: the real reading stage (bound to the run's settings as the
    runner binds it), then one MEETING mention per file whose evidence is the file's first line; a
    file the reading stage refuses becomes a skipped row. Records the files it was called on."""

    def __init__(self, during=None):
        self.calls: list[str] = []
        self.during = during  # called with the path after reading: a file changing mid-run

    def __call__(self, path: Path, settings) -> DocResult:
        self.calls.append(path.name)
        reading = dict(_document_pipeline(settings).document)["reading"]  # bound as the runner binds it
        try:
            article = reading(path)
        except StageError as err:
            return _failed(path, err.stage, str(err.reason))
        if self.during:
            self.during(path)
        first = article.raw.splitlines()[0]
        mention = Mention(doc=article.doc_id, type="MEETING", language="fr", evidence=first, name=first,
                          char_start=0, char_end=len(first), persons=("A", article.doc_id), status="past")
        return DocResult(doc=article.doc_id, path=str(path), sha256=article.sha256,
                         document={"doc": article.doc_id, "path": str(path), "sha256": article.sha256,
                                   "title": first, "events": 1, "note": "; ".join(article.notes)},
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


# --------------------------------------------------------------------------------------------
# locks and environment errors: one line naming the path, status 2


def test_a_lock_that_is_a_folder_is_one_line_and_status_2(tmp_path, capsys):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Texte.\n", encoding="utf-8")
    (tmp_path / "out" / ".lock").mkdir(parents=True)
    assert cli.main(["run", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and ".lock" in err and "\n" not in err


def test_an_empty_corpus_folder_leaves_the_tables_and_cache_untouched(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.csv").write_text("event_id\nkept\n", encoding="utf-8")
    (out / ".cache").mkdir()
    (out / ".cache" / "manifest.json").write_text('{"key": "k", "files": {}}', encoding="utf-8")
    (tmp_path / "empty").mkdir()
    assert cli.main(["run", str(tmp_path / "empty"), "--out", str(out), "--no-progress"]) == 2
    assert "kept" in (out / "events.csv").read_text(encoding="utf-8")
    assert (out / ".cache" / "manifest.json").exists()
    assert "no .txt or .html article" in capsys.readouterr().err


def test_a_read_only_output_folder_is_one_line_and_status_2(tmp_path, monkeypatch, capsys):
    corpus, out = make_corpus(tmp_path / "corpus", 1), tmp_path / "out"
    out.mkdir()
    real_write_text = Path.write_text

    def read_only(self, *args, **kwargs):  # what a read-only mount does, to root as well
        if self.parent == out:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_write_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", read_only)
    monkeypatch.setattr("pipeline.runner.process_document", ReadingProcessor())
    assert cli.main(["run", str(corpus), "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {out}") and "Read-only file system" in err and "\n" not in err
    assert not (out / "events.csv").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="permissions do not stop root")
@pytest.mark.parametrize("folder", ["out", "cache"])
def test_read_only_folders_by_their_permissions(tmp_path, monkeypatch, capsys, folder):
    """A read-only output folder: one line, status 2, nothing written. A read-only cache folder
    only costs speed: the tables are written, with a warning."""
    corpus, out = make_corpus(tmp_path / "corpus", 1), tmp_path / "out"
    monkeypatch.setattr("pipeline.runner.process_document", ReadingProcessor())
    locked = out if folder == "out" else out / ".cache"
    locked.mkdir(parents=True)
    locked.chmod(0o555)
    try:
        code = cli.main(["run", str(corpus), "--out", str(out), "--no-progress"])
    finally:
        locked.chmod(0o755)
    if folder == "out":
        err = capsys.readouterr().err.strip()
        assert code == 2 and err.startswith(f"error: {out}") and "\n" not in err
    else:
        assert code == 0 and len(rows(out / "documents.csv")) == 1


@pytest.mark.parametrize("content, expected", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    (b"\xff\xfe{}", "not UTF-8"),
    ("{languages: fr}", "not JSON"),
    ('["fr"]', "must be a JSON object"),
    ('{"colour": "blue"}', "unknown setting 'colour'"),
    ('{"document_seconds": -1}', "document_seconds"),
    ('{"follow_symlinks": "yes"}', "follow_symlinks"),
    (None, "cannot read settings"),
], ids=["deeply-nested", "not-utf8", "not-json", "a-list", "unknown-key", "negative-budget",
        "follow-symlinks-not-a-boolean", "a-folder"])
def test_a_bad_settings_file_is_one_line_naming_it_and_status_2(tmp_path, capsys, content, expected):
    config = tmp_path / "settings.json"
    if content is None:
        config.mkdir()
    elif isinstance(content, bytes):
        config.write_bytes(content)
    else:
        config.write_text(content, encoding="utf-8")
    corpus, out = make_corpus(tmp_path / "corpus", 1), tmp_path / "out"
    assert cli.main(["run", str(corpus), "--config", str(config), "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {config}") and expected in err and "\n" not in err
    assert not out.exists()


def _scored(tmp_path: Path) -> list[str]:
    """A gold of two documents and outputs that find the event of one: events F1 2/3. Returns the
    evaluate command line, without --floors."""
    corpus = two_document_gold(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / "mentions.csv").write_text(
        "doc,event_id,type,name,edition,start,end,status,city,country,countries,persons,orgs,agreements\n"
        "a,x,MEETING,,,,,past,,,CN; FR,,,\n", encoding="utf-8")
    return ["evaluate", "--gold", str(corpus / "gold"), "--outputs", str(out), "--corpus", str(corpus / "articles")]


@pytest.mark.parametrize("content, expected", [
    ("{not json", "not JSON"),
    ("[0.9]", "a JSON object"),
    ('{"micro": "high"}', "floor 'micro' is 'high'"),
    ('{"micro": 5}', "not a number from 0 to 1"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    (b"\xff{}", "not UTF-8"),
    (None, "cannot read the floors"),
], ids=["not-json", "a-list", "a-word", "out-of-range", "deeply-nested", "not-utf8", "a-folder"])
def test_a_bad_floors_file_is_one_line_and_status_2_before_any_scoring(tmp_path, capsys, content, expected):
    command = _scored(tmp_path)
    floors = tmp_path / "floors.json"
    if content is None:
        floors.mkdir()
    elif isinstance(content, bytes):
        floors.write_bytes(content)
    else:
        floors.write_text(content, encoding="utf-8")
    assert cli.main([*command, "--floors", str(floors)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {floors}") and expected in err and "\n" not in err
    assert not (tmp_path / "out" / "eval").exists()  # stopped before scoring


@pytest.mark.parametrize("floors, code", [({"_doc": "a comment", "events": 0.5}, 0), ({"events": 0.9}, 1)])
def test_good_floors_still_pass_or_break(tmp_path, capsys, floors, code):
    command = _scored(tmp_path)
    (tmp_path / "floors.json").write_text(json.dumps(floors), encoding="utf-8")
    assert cli.main([*command, "--floors", str(tmp_path / "floors.json")]) == code
    assert ("below floor: events" in capsys.readouterr().out) == bool(code)


def test_evaluate_on_a_table_that_is_not_utf8_is_one_line_and_status_2(tmp_path, capsys):
    command = _scored(tmp_path)
    (tmp_path / "out" / "mentions.csv").write_bytes(
        b"doc,event_id,type,name,edition,start,end,status,city,country,countries,persons,orgs,agreements\n"
        b"a,x,MEETING,Sommet de P\xe9kin,,,,past,,,CN; FR,,,\n")
    assert cli.main(command) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {tmp_path / 'out'}") and "not UTF-8" in err and "\n" not in err


def test_evaluate_on_gold_nested_too_deeply_is_one_line_and_status_2(tmp_path, capsys):
    command = _scored(tmp_path)
    (tmp_path / "dev" / "gold" / "mentions.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    assert cli.main(command) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "nested too deeply" in err and "\n" not in err
