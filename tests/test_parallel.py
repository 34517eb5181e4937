"""Engines: worker processes and a Dask cluster give the same tables as one process."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.runner import run_corpus

ARTICLES = {
    "fr_sommet.txt": "Un sommet à Douchanbé\n\nPublié le 12/09/2024\n\n"
                     "Le sommet Chine-Asie centrale s'est tenu les 10 et 11 septembre 2024 à Douchanbé. "
                     "Le président tadjik Emomali Rahmon a reçu le président chinois Xi Jinping.\n",
    "fr_forum.txt": "Forum à Almaty\n\n2024-03-02\n\n"
                    "Le troisième Forum économique Kazakhstan-Chine a eu lieu le 1er mars 2024 à Almaty. "
                    "Plus de 30 accords y ont été signés.\n",
    "zh_huijian.txt": "习近平会见托卡耶夫\n\n2024年7月3日 10:21\n\n"
                      "国家主席习近平7月2日在阿斯塔纳会见哈萨克斯坦总统托卡耶夫。双方签署了12份合作文件。\n",
    "fr_rien.txt": "La météo\n\n2024-05-01\n\nIl fera beau demain sur toute la région, avec des températures "
                   "douces et un vent faible.\n",
}


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _tables(out: Path) -> dict[str, str]:
    return {name: (out / name).read_text(encoding="utf-8")
            for name in ("documents.csv", "mentions.csv", "events.csv", "entities.csv")}


@pytest.fixture(scope="module")
def one_process_tables(small_corpus, tmp_path_factory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("out1")
    run_corpus(small_corpus, out)
    return _tables(out)


def test_one_process_run_finds_the_events(one_process_tables):
    events = one_process_tables["events.csv"]
    assert "SUMMIT" in events and "FORUM" in events and "MEETING" in events


@pytest.mark.slow
def test_two_worker_processes_write_the_same_tables(small_corpus, one_process_tables, tmp_path, monkeypatch):
    from pipeline import parallel

    monkeypatch.setattr(parallel, "MIN_FILES_PER_WORKER", 1)  # a real pool even for a few files
    run_corpus(small_corpus, tmp_path, workers=2)
    assert _tables(tmp_path) == one_process_tables


@pytest.mark.parametrize("requested, files, expected", [
    (2, 10, 1),  # a few files: the models' load in a second process never pays
    (2, 500, 2), (8, 120, 2), (1, 10_000, 1), (3, 0, 1)])
def test_workers_are_never_more_than_the_files_repay(requested, files, expected):
    from pipeline.parallel import workers_for

    assert workers_for(requested, files) == expected


@pytest.mark.slow
def test_dask_local_cluster_writes_the_same_tables(small_corpus, one_process_tables, tmp_path):
    pytest.importorskip("distributed")
    run_corpus(small_corpus, tmp_path, workers=2, engine="dask")
    assert _tables(tmp_path) == one_process_tables
