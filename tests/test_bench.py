"""The bench's start-up measurements run and report what they measured (figures are not asserted
beyond generous sanity bounds: they are measured, not tested)."""
from pathlib import Path

import pytest

from pipeline import bench

pytestmark = pytest.mark.slow

ARTICLE = Path(__file__).resolve().parents[1] / "corpus" / "002_ef20cc9cd7675bf4.txt"


def test_watch_latency_sees_one_new_article_in_events():
    measured = bench.watch_latency(ARTICLE)
    assert measured["in_events"] is True
    assert 0 < measured["seconds"] < bench.WATCH_TIMEOUT_SECONDS


def test_cold_start_runs_report_every_run_and_the_median():
    measured = bench.cold_start_runs(ARTICLE, runs=1)
    assert measured["exit"] == 0
    assert measured["runs_seconds"] == [measured["seconds"]] and measured["seconds"] > 0
