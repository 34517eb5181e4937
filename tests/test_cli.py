"""Command-line papercuts (issue 17): bad language codes, -v after the command, typos of a command,
output piped into head, --version, --follow-symlinks on every command that reads articles, a
settings file merged with the options. Environment errors in one line are in test_faults.py."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import __version__, cli
from conftest import two_document_gold

REPO = Path(__file__).resolve().parents[1]


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=120, check=False, **kwargs)


@pytest.mark.parametrize("languages, bad", [("fr,xx", "xx"), ("qq", "qq")])
def test_an_unknown_language_code_is_refused_in_one_line(tmp_path, capsys, languages, bad):
    (tmp_path / "corpus").mkdir()
    code = cli.main(["run", str(tmp_path / "corpus"), "--languages", languages, "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and "\n" not in err and repr(bad) in err and "--languages" in err
    assert not (tmp_path / "out" / "events.csv").exists()


def test_an_unknown_language_in_a_config_file_is_refused_naming_the_file(tmp_path, capsys):
    config = tmp_path / "settings.json"
    config.write_text('{"languages": ["fr", "zz"]}', encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    assert cli.main(["run", str(tmp_path / "corpus"), "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and "'zz'" in err


def test_verbose_is_accepted_after_the_command(tmp_path, capsys):
    (tmp_path / "corpus").mkdir()
    assert cli.main(["status", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "-v"]) == 0
    assert cli.main(["-v", "status", str(tmp_path / "corpus"), "--out", str(tmp_path / "out")]) == 0
    assert "0 articles" in capsys.readouterr().out


@pytest.mark.parametrize("typo, meant", [("evalute", "evaluate"), ("stauts", "status"), ("draft-gol", "draft-gold")])
def test_a_typo_of_a_command_is_reported_as_such(tmp_path, capsys, monkeypatch, typo, meant):
    monkeypatch.chdir(tmp_path)
    assert cli.main([typo]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and f"unknown command {typo!r}" in err and f"did you mean {meant!r}" in err


def test_a_folder_named_like_a_command_typo_is_still_a_corpus(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "statu").mkdir()
    monkeypatch.setattr(cli, "cmd_run", lambda args, corpus: 0 if corpus == Path("statu") else 3)
    assert cli.main(["statu"]) == 0


def test_version():
    done = run_cli("--version")
    assert done.returncode == 0 and __version__ in done.stdout


@pytest.mark.parametrize("argv0, name", [("/usr/local/bin/press-events", "press-events"),
                                         ("/repo/pipeline/__main__.py", "python -m pipeline")])
def test_help_names_the_command_as_it_was_called(monkeypatch, argv0, name):
    monkeypatch.setattr(sys, "argv", [argv0, "--help"])
    assert cli.build_parser().format_usage().startswith(f"usage: {name} ")


def test_output_piped_into_head_ends_without_a_traceback(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3000):  # status lists each one: far more than a pipe holds
        (corpus / f"article-with-a-rather-long-name-{i:05d}.txt").write_text("x\n", encoding="utf-8")
    status = subprocess.Popen([sys.executable, "-m", "pipeline", "status", str(corpus), "--out", str(tmp_path / "out")],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    status.stdout.readline()
    status.stdout.close()  # what head does after its lines
    err = status.stderr.read().decode()
    status.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert status.returncode == cli.BROKEN_PIPE_STATUS


def test_evaluate_scores_each_part_of_the_split_beside_the_gold(tmp_path, capsys):
    import json

    corpus = two_document_gold(tmp_path)
    (corpus / "split.json").write_text(json.dumps({"_doc": "x", "tune": ["a"], "test": ["b"]}), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "mentions.csv").write_text(
        "doc,event_id,type,name,edition,start,end,status,city,country,countries,persons,orgs,agreements\n"
        "a,x,MEETING,,,,,past,,,CN; FR,,,\n", encoding="utf-8")
    code = cli.main(["evaluate", "--gold", str(corpus / "gold"), "--outputs", str(out),
                     "--corpus", str(corpus / "articles")])
    printed = capsys.readouterr().out
    assert code == 0 and "tune (split.json)" in printed and "test (split.json)" in printed
    report = json.loads((out / "eval" / "report.json").read_text(encoding="utf-8"))
    assert report["splits"]["tune"]["events"]["f1"] == 1.0
    assert report["splits"]["test"]["events"]["f1"] == 0.0
    assert (out / "eval" / "tune" / "report.md").exists()


@pytest.mark.parametrize("command", [["run", "corpus"], ["add", "a.txt"], ["watch", "corpus"], ["status", "corpus"],
                                     ["draft-gold", "a.txt"]])
def test_follow_symlinks_is_an_option_of_every_command_that_reads_articles(command):
    assert cli.build_parser().parse_args(command).follow_symlinks is False
    args = cli.build_parser().parse_args([*command, "--follow-symlinks"])
    assert args.follow_symlinks is True
    if command[0] != "status":  # status reads no article: it only lists the links it would not read
        assert cli._settings(args).follow_symlinks is True


def test_a_settings_file_keeps_its_values_under_command_line_options(tmp_path):
    """--languages used to replace the whole settings file: its time budget was lost."""
    config = tmp_path / "settings.json"
    config.write_text('{"document_seconds": 5, "follow_symlinks": true, "languages": "fr,zh"}', encoding="utf-8")
    args = cli.build_parser().parse_args(["run", "corpus", "--config", str(config), "--languages", "fr"])
    settings = cli._settings(args)
    assert (settings.languages, settings.document_seconds, settings.follow_symlinks) == (("fr",), 5, True)
    args = cli.build_parser().parse_args(["run", "corpus", "--config", str(config)])
    assert cli._settings(args).languages == ("fr", "zh")
