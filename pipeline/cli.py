"""Command line: ``python -m pipeline [run] CORPUS``, ``add``, ``status``, ``evaluate``,
``draft-gold``. The only module that prints. Exit codes: 0 done, 1 some documents failed (or a
score floor was broken), 2 usage, configuration or gold error, an environment error (a full disk,
a read-only folder: one line naming the path), or nothing could be processed. Output piped into a
command that stops reading early (``| head``) ends quietly with the status 141 of a broken pipe."""
from __future__ import annotations

import argparse
import dataclasses
import difflib
import errno
import json
import logging
import os
import shutil
import sys
from dataclasses import fields
from pathlib import Path

from . import __version__
from .settings import Settings, SettingsError

COMMANDS = ("run", "add", "status", "evaluate", "draft-gold", "bench", "watch")
BENCH_CORPUS = Path("../shared/corpus-bench/articles")
DEFAULT_CORPUS = Path("corpus")
DEFAULT_OUT = Path("outputs")
#: exit status of a command whose reader went away (128 + SIGPIPE, what the shell shows for a
#: program killed by the signal)
BROKEN_PIPE_STATUS = 141
#: how alike an unknown first word must be to a command to be reported as its typo (difflib ratio)
TYPO_SIMILARITY = 0.75
FOLLOW_SYMLINKS_HELP = ("read articles and sidecars that are symlinks leading out of the corpus folder "
                        "(refused by default, with a note; `add` never writes through a symlink either way)")


def _settings(args) -> Settings:
    """The defaults, overridden by the --config file, overridden by the command line's options."""
    settings = Settings.from_file(args.config) if getattr(args, "config", None) else Settings()
    source = str(args.config) if getattr(args, "config", None) else "settings"
    values = {f.name: getattr(settings, f.name) for f in fields(settings)}
    if getattr(args, "languages", None):
        settings = Settings.from_mapping({**values, "languages": args.languages}, source="--languages")
        source = "--languages"
    if getattr(args, "follow_symlinks", False):
        settings = dataclasses.replace(settings, follow_symlinks=True)
    unknown = [code for code in settings.languages if code not in _known_languages()]
    if unknown:
        raise SettingsError(f"{source}: {unknown[0]!r} is not a language language identification knows "
                            f"(ISO 639-1 codes such as fr, zh, en, ru)")
    return settings


def _known_languages() -> frozenset[str]:
    """ISO 639-1 codes of the languages lingua (language identification) knows."""
    from lingua import Language

    return frozenset(language.iso_code_639_1.name.lower() for language in Language.all())


def _add_verbose(p: argparse.ArgumentParser) -> None:
    # also after the command (`run -v`); SUPPRESS keeps a -v given before the command
    p.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS,
                   help="more log output (-vv: debug)")


def shown(path) -> str:
    """A path as text that can always be printed: bytes that are not UTF-8 in a file name (kept as
    surrogates by Python) are shown escaped, \\xe9."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", errors="backslashreplace")


def program_name() -> str:
    """How the user called us: the console script ``press-events`` or ``python -m pipeline``."""
    return "press-events" if os.path.basename(sys.argv[0] or "").startswith("press-events") \
        else "python -m pipeline"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=program_name(),
        description="Extract diplomatic events (summits, forums, meetings, visits) from French and "
                    "Chinese news articles into outputs/events.csv and companion tables.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv: debug)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="process a corpus folder into the output tables (default command)",
                         description="Process every .txt/.html article of CORPUS (new or changed files "
                                     "only; the rest comes from the cache) and write documents, "
                                     "mentions, events and entities tables (CSV and Parquet).")
    run.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                     help="folder of articles (default: corpus)")
    _common_run_options(run)

    add = sub.add_parser("add", help="copy article files into the corpus, then run",
                         description="Copy FILEs into the corpus folder and run. A file whose content "
                                     "is already in the corpus is skipped; a different file with a "
                                     "taken name is refused unless --rename.")
    add.add_argument("files", nargs="+", type=Path, help="article files to add")
    add.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus folder (default: corpus)")
    add.add_argument("--rename", action="store_true",
                     help="give a file whose name is taken a free name (NAME-2.txt) instead of refusing")
    add.add_argument("--force", action="store_true",
                     help="replace a sidecar NAME.meta.json already in the corpus (refused otherwise)")
    _common_run_options(add)

    status = sub.add_parser("status", help="what is new, changed or removed since the last run",
                            description="Compare the corpus with the last run's records, without running.")
    status.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    status.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: outputs)")
    status.add_argument("--config", type=Path, default=None, help="JSON settings file (as for run)")
    status.add_argument("--follow-symlinks", action="store_true",
                        help="as for run: do not list symlinks out of the corpus as left unread")

    ev = sub.add_parser("evaluate", help="score the output tables against gold",
                        description="Score outputs against hand-labelled gold by the annotation guide's "
                                    "rules; print a table and write OUTPUTS/eval/report.json and report.md.")
    ev.add_argument("--gold", type=Path, default=DEFAULT_CORPUS / "gold",
                    help="gold folder with mentions.jsonl and documents.jsonl (default: corpus/gold)")
    ev.add_argument("--outputs", type=Path, default=DEFAULT_OUT, help="outputs folder (default: outputs)")
    ev.add_argument("--corpus", type=Path, default=None,
                    help="corpus folder whose documents the gold may name (default: the gold's parent)")
    ev.add_argument("--floors", type=Path, default=None,
                    help="JSON file of minimum F1 per field; exit 1 when a score falls below")
    ev.add_argument("--split", type=Path, default=None,
                    help="JSON file naming parts of the gold's documents ({\"tune\": [...], \"test\": "
                         "[...]}): each part is also scored on its own (default: split.json beside the "
                         "gold folder, when there is one)")

    _bench_parser(sub)
    _watch_parser(sub)
    draft = sub.add_parser("draft-gold", help="write the pipeline's mentions in gold format, to correct by hand",
                           description="Run the pipeline on the given documents and write their mentions "
                                       "as gold JSON lines for a person to correct.")
    draft.add_argument("docs", nargs="+", type=Path, help="article files")
    draft.add_argument("--out", type=Path, default=None, help="write here instead of standard output")
    draft.add_argument("--outputs", type=Path, default=DEFAULT_OUT,
                       help="output folder of an earlier run whose cache holds these documents: taken "
                            "from there without loading a model (default: outputs)")
    draft.add_argument("--languages", default=None)
    draft.add_argument("--follow-symlinks", action="store_true", help=FOLLOW_SYMLINKS_HELP)
    for command in sub.choices.values():
        _add_verbose(command)
    return parser


def _bench_parser(sub) -> None:
    bench = sub.add_parser("bench", help="measure speed and memory against bare spaCy",
                           description="Run bare spaCy NER and the full pipeline on the same articles; "
                                       "print docs/s, the full/bare ratio, model load, cold start, "
                                       "no-change re-run, peak memory and the cost curve; write "
                                       "OUT/bench.json.")
    bench.add_argument("corpus", nargs="?", type=Path, default=BENCH_CORPUS,
                       help="folder of articles (default: ../shared/corpus-bench/articles)")
    bench.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    bench.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where bench.json goes (default: outputs)")
    bench.add_argument("--workers", type=int, default=1,
                       help="also measure the full pipeline with N worker processes (0 = one per core)")


def _watch_parser(sub) -> None:
    watch = sub.add_parser("watch", help="keep the models loaded and update the tables whenever the corpus changes",
                           description="Run on CORPUS, then again after every burst of files landing, changing "
                                       "or disappearing in it (inotify through watchdog when installed, else "
                                       "polling); tables are written atomically and equal those of a fresh "
                                       "run. Ctrl-C or SIGTERM stops after the update in progress.")
    watch.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                       help="folder of articles (default: corpus)")
    watch.add_argument("--backend", choices=("auto", "inotify", "polling"), default="auto",
                       help="how changes are noticed (default auto: inotify when watchdog is installed)")
    watch.add_argument("--poll-seconds", type=float, default=None,
                       help="polling interval in seconds (default 0.25)")
    watch.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: outputs)")
    watch.add_argument("--languages", default=None, help="as for run")
    watch.add_argument("--config", type=Path, default=None, help="JSON settings file")
    watch.add_argument("--workers", type=int, default=1, help="as for run")
    watch.add_argument("--follow-symlinks", action="store_true", help=FOLLOW_SYMLINKS_HELP)


def _common_run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: outputs)")
    p.add_argument("--languages", default=None,
                   help="comma-separated ISO 639-1 codes language identification may choose from "
                        "(default: fr,zh,en,ru)")
    p.add_argument("--config", type=Path, default=None, help="JSON settings file")
    p.add_argument("--follow-symlinks", action="store_true", help=FOLLOW_SYMLINKS_HELP)
    p.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")
    p.add_argument("--workers", type=int, default=1,
                   help="worker processes for new or changed files (default 1; 0 = one per core); "
                        "at most one per 50 files to process, since each worker loads its own models "
                        "(under 100 files: this process alone)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes, or a Dask cluster (needs pip install '.[dask]')")
    p.add_argument("--scheduler", default=None,
                   help="Dask scheduler address (tcp://host:8786); default: a local cluster")


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # the reader (head, less) stopped reading: end quietly; point stdout at /dev/null so the
        # interpreter's last flush does not fail again
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return BROKEN_PIPE_STATUS


def _main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `python -m pipeline corpus/` is `python -m pipeline run corpus/`
    first = next((a for a in argv if not a.startswith("-")), None)
    if first is None and not any(a in ("-h", "--help", "--version") for a in argv):
        argv = ["run"] + argv
    elif first is not None and first not in COMMANDS:
        typo = difflib.get_close_matches(first, COMMANDS, n=1, cutoff=TYPO_SIMILARITY)
        if typo and not os.path.exists(first):
            print(f"error: unknown command {first!r}: did you mean {typo[0]!r}? "
                  f"(commands: {', '.join(COMMANDS)}; a corpus folder name runs it)", file=sys.stderr)
            return 2
        argv = ["run"] + argv
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "run":
            return cmd_run(args, args.corpus)
        if args.command == "add":
            return cmd_add(args)
        if args.command == "status":
            return cmd_status(args)
        if args.command == "evaluate":
            return cmd_evaluate(args)
        if args.command == "draft-gold":
            return cmd_draft_gold(args)
        if args.command == "bench":
            return cmd_bench(args)
        if args.command == "watch":
            return cmd_watch(args)
    except SettingsError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        raise
    except OSError as err:  # a full disk, a read-only folder, a folder where a file is expected
        where = f"{shown(err.filename)}: " if err.filename else ""
        print(f"error: {where}{err.strerror or err}", file=sys.stderr)
        return 2
    parser.print_help()
    return 2


def cmd_run(args, corpus: Path) -> int:
    from .lock import LockHeld, OutputLock
    from .parallel import EngineError, default_workers
    from .runner import run_corpus

    settings = _settings(args)
    workers = args.workers if args.workers > 0 else default_workers()
    if not corpus.exists():
        print(f"error: {corpus}: no such corpus folder", file=sys.stderr)
        return 2
    from .runner import corpus_files

    if not corpus_files(corpus):
        # an empty or unmounted folder: leave the tables and the cache of the last run untouched
        print(f"error: {shown(corpus)}: no .txt or .html article found; tables in {shown(args.out)}/ "
              f"left as they were", file=sys.stderr)
        return 2
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        probe = args.out / ".write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as err:
        print(f"error: {args.out}: cannot write the output folder ({err.strerror}); "
              f"choose another with --out", file=sys.stderr)
        return 2
    try:
        with OutputLock(args.out):
            summary = run_corpus(corpus, args.out, settings, progress=not args.no_progress,
                                 workers=workers, engine=args.engine, scheduler=args.scheduler)
    except LockHeld as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except EngineError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    _print_summary(summary, args.out)
    if summary.documents == 0:
        print(f"error: {corpus}: no .txt or .html article found", file=sys.stderr)
        return 2
    if summary.skipped and len(summary.skipped) >= summary.documents:
        return 2
    return 1 if summary.skipped else 0


def _print_summary(summary, out: Path) -> None:
    if summary.unchanged:
        print(f"{summary.documents} documents, nothing changed since the last run; tables in {out}/ "
              f"are up to date ({summary.seconds:.2f} s)")
        return
    print(f"{summary.documents} documents read: {summary.processed} processed, "
          f"{summary.from_cache} unchanged (cache), {len(summary.skipped)} skipped; "
          f"{summary.mentions} event mentions, {len(summary.events)} events "
          f"({summary.seconds:.1f} s) -> {out}/events.csv")
    for path, reason in summary.skipped:
        print(f"  skipped {shown(path)}: {shown(reason)}")
    if summary.events:
        print("top events:")
        for e in summary.events[:5]:
            when = e.start or "date unknown"
            where = e.city or e.country or "place unknown"
            print(f"  {e.type:8} {shown(e.name or ', '.join(e.persons[:2]) or '-')} | {when} | {where} | "
                  f"{len(e.docs)} doc(s)")


def cmd_add(args) -> int:
    """Copy files into the corpus, never writing outside it: a name already taken in the corpus by
    a symlink (dangling or not) is refused, files are created with O_EXCL (which never follows a
    symlink), and a sidecar already there is replaced only with --force, by a rename that replaces
    the directory entry, never the file a symlink points to."""
    from .cache import file_sha256
    from .runner import ARTICLE_SUFFIXES

    corpus: Path = args.corpus
    corpus.mkdir(parents=True, exist_ok=True)
    existing = {}
    for p in corpus.iterdir():
        if p.is_file() and not p.is_symlink():
            try:
                existing[file_sha256(p)] = p
            except OSError:
                continue
    refused = 0
    for src in args.files:
        if not src.is_file():
            what = "not a regular file (a fifo, device or folder)" if os.path.exists(src) else "no such file"
            print(f"error: {shown(src)}: {what}", file=sys.stderr)
            refused += 1
            continue
        if src.suffix.lower() not in ARTICLE_SUFFIXES:
            print(f"error: {shown(src)}: not a .txt or .html article", file=sys.stderr)
            refused += 1
            continue
        digest = file_sha256(src)
        if digest in existing:
            print(f"already in the corpus: {shown(src)} (same content as {shown(existing[digest])}), skipped")
            continue
        target = corpus / src.name
        if os.path.lexists(target):
            if not args.rename:
                what = ("is a symlink in the corpus (not written through)" if os.path.islink(target)
                        else "exists with different content")
                print(f"error: {shown(target)} {what}; rename the file or use --rename", file=sys.stderr)
                refused += 1
                continue
            n = 2
            while os.path.lexists(corpus / f"{src.stem}-{n}{src.suffix}") \
                    or os.path.lexists(corpus / f"{src.stem}-{n}.meta.json"):
                n += 1
            target = corpus / f"{src.stem}-{n}{src.suffix}"
        sidecar = src.with_name(src.stem + ".meta.json")
        target_sidecar = target.with_name(target.stem + ".meta.json")
        has_sidecar = sidecar.is_file()
        if has_sidecar:
            problem = _sidecar_problem(sidecar, target_sidecar, args.force)
            if problem:
                print(f"error: {shown(src)} not added: {problem}", file=sys.stderr)
                refused += 1
                continue
        try:
            _copy_new(src, target)
        except FileExistsError:
            print(f"error: {shown(target)} appeared meanwhile; not overwritten", file=sys.stderr)
            refused += 1
            continue
        if has_sidecar:
            _copy_sidecar(sidecar, target_sidecar)
        existing[digest] = target
        print(f"added {shown(src)} as {shown(target)}")
    code = cmd_run(args, corpus)
    return max(code, 1 if refused else 0)


def _sidecar_problem(sidecar: Path, target: Path, force: bool) -> str | None:
    """Why the sidecar cannot be copied to ``target``, or None."""
    if os.path.islink(target):
        return f"{shown(target)} is a symlink; not written through it (remove it first)"
    if os.path.lexists(target):
        if not target.is_file():
            return f"{shown(target)} exists and is not a file"
        if target.read_bytes() == sidecar.read_bytes() or force:
            return None
        return f"{shown(target)} exists with other metadata; use --force to replace it"
    return None


def _copy_new(src: Path, target: Path) -> None:
    """Copy ``src`` to a new file ``target``: O_EXCL fails on anything already there (a dangling
    symlink included) instead of following it."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(target, flags, 0o666)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as fh:
            shutil.copyfileobj(fh, out)
    except BaseException:
        os.unlink(target)
        raise
    shutil.copystat(src, target, follow_symlinks=False)


def _copy_sidecar(sidecar: Path, target: Path) -> None:
    """A new sidecar, or one replacing the old by a rename (never writing through a link)."""
    if not os.path.lexists(target):
        try:
            _copy_new(sidecar, target)
            return
        except FileExistsError:
            pass
    if os.path.islink(target):
        raise FileExistsError(errno.EEXIST, "sidecar became a symlink; not replaced", str(target))
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    _copy_new(sidecar, tmp)
    os.replace(tmp, target)


def cmd_status(args) -> int:
    """What the next run will do: new, changed, removed and unchanged files, and, unless
    following them, the symlinks that lead out of the corpus (the run will not read them)."""
    from .cache import DocumentCache, file_sha256
    from .reading import symlink_outside
    from .runner import corpus_files

    follow = args.follow_symlinks or (args.config is not None and _settings(args).follow_symlinks)
    if not args.corpus.exists():
        print(f"error: {args.corpus}: no such corpus folder", file=sys.stderr)
        return 2
    files = corpus_files(args.corpus)
    manifest = DocumentCache(args.out / ".cache", key="")._manifest.get("files", {})
    new, changed, same = [], [], 0
    for p in files:
        rec = manifest.get(str(p))
        if rec is None:
            new.append(p)
            continue
        st = p.stat()
        if rec[:2] == [st.st_size, st.st_mtime_ns] or rec[2] == _sha256_or_none(file_sha256, p):
            same += 1
        else:
            changed.append(p)
    removed = sorted(set(manifest) - {str(p) for p in files})
    # the run reads each file with its own folder as the corpus folder (runner, reading stage)
    outside = [] if follow else [(p, target) for p in files if (target := symlink_outside(p))]
    unread = (f"; {len(outside)} symlink{'s' if len(outside) > 1 else ''} out of the corpus, not read "
              f"(--follow-symlinks reads {'them' if len(outside) > 1 else 'it'})") if outside else ""
    print(f"{args.corpus}: {len(files)} articles; since the last run: {len(new)} new, "
          f"{len(changed)} changed, {len(removed)} removed, {same} unchanged{unread}")
    for label, items in (("new", new), ("changed", changed), ("removed", removed)):
        for item in items:
            print(f"  {label:8} {shown(item)}")
    for link, target in outside:
        print(f"  {'outside':8} {shown(link)} -> {shown(target)}: not read")
    return 0


def _sha256_or_none(file_sha256, path: Path) -> str | None:
    try:
        return file_sha256(path)
    except OSError:  # a symlink to a file this user cannot read: changed, for all we know
        return None


def cmd_evaluate(args) -> int:
    from .evaluate import check_floors, evaluate, format_table, write_reports
    from .gold import GoldError

    floors = read_floors(args.floors) if args.floors else None  # a bad file stops before scoring
    corpus = args.corpus or args.gold.parent
    corpus_docs = None
    if corpus.exists():
        from .runner import corpus_files

        corpus_docs = {p.stem for p in corpus_files(corpus)}
    if not (args.outputs / "mentions.csv").exists():
        print(f"error: {args.outputs}/mentions.csv not found: run `{program_name()} run` first",
              file=sys.stderr)
        return 2
    try:
        report = evaluate(args.gold, args.outputs, corpus_docs=corpus_docs)
    except GoldError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as err:  # the gold's own files are checked by gold.py: a table
        print(f"error: {shown(args.outputs)}: a table is not UTF-8 ({err.reason} at byte {err.start}); "
              f"run `{program_name()} run` again", file=sys.stderr)
        return 2
    except RecursionError:
        print(f"error: {shown(args.gold)}: JSON nested too deeply in the gold or in {shown(args.outputs)}",
              file=sys.stderr)
        return 2
    split_file = args.split or (args.gold.parent / "split.json")
    parts = {}
    if split_file.exists():
        try:
            split = json.loads(split_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            print(f"error: {split_file}: cannot read the split: {err}", file=sys.stderr)
            return 2
        parts = {part: docs for part, docs in split.items()
                 if not part.startswith("_") and isinstance(docs, list)}
    for part, docs in parts.items():
        part_report = evaluate(args.gold, args.outputs, corpus_docs=corpus_docs, only_docs=set(docs))
        write_reports(part_report, args.outputs / "eval" / part)
        report.setdefault("splits", {})[part] = {k: v for k, v in part_report.items() if k != "errors"}
    write_reports(report, args.outputs / "eval")
    print(format_table(report))
    for part in parts:
        print(f"\n{part} ({split_file.name}):")
        print(format_table(report["splits"][part]))
    print(f"report: {args.outputs / 'eval' / 'report.md'}")
    if floors is not None:
        broken = check_floors(report, floors)
        for line in broken:
            print(f"below floor: {line}")
        return 1 if broken else 0
    return 0


def read_floors(path: Path) -> dict:
    """The --floors file: a JSON object of numbers (keys starting with "_" are comments). Anything
    else raises SettingsError naming the file (exit 2: a configuration error, not a broken floor)."""
    try:
        floors = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise SettingsError(f"{shown(path)}: cannot read the floors ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise SettingsError(f"{shown(path)}: floors are not UTF-8 text") from None
    except (ValueError, RecursionError) as err:
        raise SettingsError(f"{shown(path)}: floors are not JSON "
                            f"({err if isinstance(err, ValueError) else 'nested too deeply'})") from None
    if not isinstance(floors, dict):
        raise SettingsError(f"{shown(path)}: floors must be a JSON object of field: minimum F1")
    for key, floor in floors.items():
        if key.startswith("_"):
            continue
        if isinstance(floor, bool) or not isinstance(floor, (int, float)) or not 0 <= floor <= 1:
            raise SettingsError(f"{shown(path)}: floor {key!r} is {floor!r}, not a number from 0 to 1")
    return floors


def cmd_draft_gold(args) -> int:
    from .gold import draft_gold
    from .merging import merge_events
    from .runner import cached_or_processed

    settings = _settings(args)
    lines = []
    failed = 0
    for path in args.docs:
        if not path.is_file():  # a fifo would block the first read (hashing it) for ever
            what = "not a regular file (a fifo, device or folder)" if os.path.exists(path) else "no such file"
            print(f"error: {shown(path)}: {what}", file=sys.stderr)
            failed += 1
            continue
        result = cached_or_processed(path, settings, args.outputs)
        if result.error:
            print(f"error: {path}: {result.error['reason']}", file=sys.stderr)
            failed += 1
            continue
        mentions, _ = merge_events(result.mentions)
        lines.extend(draft_gold(mentions))
    text = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in lines)
    if args.out:
        from .tables import atomic_write_text

        atomic_write_text(args.out, text)
        print(f"{len(lines)} draft gold mentions written to {args.out}")
    else:
        sys.stdout.write(text)
    return 1 if failed else 0


def cmd_bench(args) -> int:
    from .bench import format_report, run_bench
    from .parallel import default_workers

    if not args.corpus.exists():
        print(f"error: {args.corpus}: no such corpus folder", file=sys.stderr)
        return 2
    workers = args.workers if args.workers > 0 else default_workers()
    report = run_bench(args.corpus, args.out, limit=args.limit, workers=workers)
    print(format_report(report))
    print(f"figures written to {args.out / 'bench.json'}")
    return 0


def cmd_watch(args) -> int:
    """``watch``: models stay loaded; SIGINT or SIGTERM stops after the update in progress (a
    second one stops at once: tables are written atomically either way)."""
    import signal
    import threading
    import time

    from .lock import LockHeld, OutputLock
    from .parallel import default_workers
    from .watch import POLL_SECONDS, WatchError, watch

    settings = _settings(args)
    if not args.corpus.is_dir():
        print(f"error: {args.corpus}: no such corpus folder", file=sys.stderr)
        return 2
    stop = threading.Event()

    def on_signal(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)

    def on_update(summary, note: str) -> None:
        stamp = time.strftime("%H:%M:%S")
        if summary is None:
            print(f"{stamp} {note}", file=sys.stderr, flush=True)
        elif summary.unchanged:
            print(f"{stamp} {summary.documents} documents, tables in {shown(args.out)}/ up to date", flush=True)
        else:
            print(f"{stamp} {summary.documents} documents: {summary.processed} processed, "
                  f"{len(summary.skipped)} skipped; {len(summary.events)} events ({summary.seconds:.2f} s) "
                  f"-> {shown(args.out)}/events.csv", flush=True)

    print(f"watching {shown(args.corpus)} (Ctrl-C to stop)", flush=True)
    try:
        watch(args.corpus, args.out, settings, stop=stop, backend=args.backend,
              poll_seconds=args.poll_seconds or POLL_SECONDS, on_update=on_update,
              workers=args.workers if args.workers > 0 else default_workers(), lock=OutputLock)
    except (LockHeld, WatchError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    print("stopped", flush=True)
    return 0
