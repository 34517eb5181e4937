"""Watch mode: the tables follow the corpus as files land, change and disappear, and equal a fresh run.

The loop runs in a thread with the polling backend and short intervals (no dependence on inotify
timing); every wait has a generous timeout, so a loaded machine makes the test slower, not flaky.
"""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pipeline.runner import run_corpus
from pipeline.watch import Snapshot, WatchError, watch

pytestmark = pytest.mark.slow

SEED = Path(__file__).resolve().parents[1] / "corpus"
TABLES = ("documents.csv", "mentions.csv", "events.csv", "entities.csv")
#: every wait of these tests ends after this long at most. Unit: seconds.
TIMEOUT = 180.0


def seed_articles() -> list[Path]:
    return sorted(SEED.glob("*.txt"))


def wait_for(condition, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.02)


class Watcher:
    """``watch`` in a thread; ``updates`` counts the updates it reported."""

    def __init__(self, corpus: Path, out: Path, **options):
        self.stop = threading.Event()
        self.updates = 0
        self.errors: list[BaseException] = []

        def on_update(summary, note):
            self.updates += 1

        def target():
            try:
                watch(corpus, out, stop=self.stop, backend="polling", poll_seconds=0.05,
                      debounce_seconds=0.05, on_update=on_update, warm=False, **options)
            except BaseException as err:  # reported by close()
                self.errors.append(err)

        self.thread = threading.Thread(target=target, daemon=True)
        self.thread.start()

    def wait_updates(self, count: int) -> None:
        wait_for(lambda: self.updates >= count or self.errors)
        assert not self.errors, self.errors

    def close(self) -> None:
        self.stop.set()
        self.thread.join(TIMEOUT)
        assert not self.thread.is_alive()
        assert not self.errors, self.errors


def in_table(out: Path, table: str, text: str) -> bool:
    path = out / table
    return path.exists() and text in path.read_text(encoding="utf-8")


def test_watch_follows_files_landing_changing_and_disappearing(tmp_path):
    corpus, out, fresh = tmp_path / "corpus", tmp_path / "out", tmp_path / "fresh"
    corpus.mkdir()
    articles = seed_articles()
    shutil.copy2(articles[0], corpus)
    watcher = Watcher(corpus, out)
    try:
        watcher.wait_updates(1)
        assert in_table(out, "documents.csv", articles[0].stem)
        for article in articles[1:3]:  # a burst: two files at once
            shutil.copy2(article, corpus)
        wait_for(lambda: all(in_table(out, "documents.csv", a.stem) for a in articles[:3]))
        # a file changes: the same name, another article's text
        changed = articles[3].read_bytes()
        (corpus / articles[1].name).write_bytes(changed)
        wait_for(lambda: in_table(out, "documents.csv", hashlib.sha256(changed).hexdigest()))
        (corpus / articles[2].name).unlink()
        wait_for(lambda: not in_table(out, "documents.csv", articles[2].stem))
        time.sleep(0.5)  # the update that swapped the tables reports itself just after the swap
        count = watcher.updates
        time.sleep(0.5)  # nothing changes: no update
        assert watcher.updates == count
    finally:
        watcher.close()
    run_corpus(corpus, fresh)
    for table in TABLES:
        assert (out / table).read_text(encoding="utf-8") == (fresh / table).read_text(encoding="utf-8"), table


def test_watch_ignores_its_own_tables_inside_the_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy2(seed_articles()[0], corpus)
    watcher = Watcher(corpus, corpus / "outputs")
    try:
        watcher.wait_updates(1)
        time.sleep(0.6)
        assert watcher.updates == 1
    finally:
        watcher.close()


def test_snapshot_sees_size_and_time_and_ignores_other_files(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    before = Snapshot.of(tmp_path)
    assert list(before.files) == [str(tmp_path / "a.txt")]
    (tmp_path / "notes.md").write_text("changed")
    assert Snapshot.of(tmp_path) == before
    (tmp_path / "a.txt").write_text("longer")
    assert Snapshot.of(tmp_path) != before
    assert Snapshot.of(tmp_path / "missing").files == {}


def test_watch_refuses_an_unknown_backend(tmp_path):
    with pytest.raises(WatchError):
        watch(tmp_path, tmp_path / "out", backend="carrier-pigeon", warm=False)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_watch_command_stops_cleanly_on_a_signal(tmp_path, signum):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    shutil.copy2(seed_articles()[0], corpus)
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "watch", str(corpus), "--out", str(out),
                             "--backend", "polling", "--poll-seconds", "0.05"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        wait_for(lambda: (out / "events.csv").exists() or proc.poll() is not None)
        shutil.copy2(seed_articles()[1], corpus)
        wait_for(lambda: in_table(out, "documents.csv", seed_articles()[1].stem) or proc.poll() is not None)
        proc.send_signal(signum)
        stdout, stderr = proc.communicate(timeout=TIMEOUT)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    assert "stopped" in stdout
    assert "Traceback" not in stderr
    assert in_table(out, "documents.csv", seed_articles()[1].stem)
