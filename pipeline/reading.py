"""Stage 1, reading: a file path in, an ``Article`` with its decoded raw text out.

The bytes are decoded by ``decoding.decode`` (UTF-8, the Chinese and Western legacy encodings,
Japanese, Korean and Cyrillic ones, mixed files; a note whenever U+FFFD had to stand in). Binary files, empty or blank
files and files over ``MAX_BYTES`` raise a ``StageError`` with a one-line reason saying what to
do. An optional sidecar ``NAME.meta.json`` (``published``, ``url``, ``source``, ``language``)
overrides what later stages find in the text; a bad sidecar, or a bad value in it (a
``published`` that is no date, or one outside the dates a press article can have), is reported in
``Article.notes`` and otherwise ignored. HTML files are read as they are: the cleaning stage
blanks their markup.

A symlink is followed only when its target lies inside the corpus folder (``corpus``, by default
the folder the file is in): one leading elsewhere (``/etc/passwd``) is refused, and so is a sidecar
that does, unless ``follow_symlinks`` (the setting of the same name, ``--follow-symlinks``). Only
regular files are opened: a fifo or a device is refused from its status, before any open (a fifo
would block the read for ever). The file is read once: its sha256 is that of the very bytes
decoded, so a file that changes while it is read is seen as changed next time.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import stat
from dataclasses import replace
from pathlib import Path

from .decoding import REPLACED, decode  # noqa: F401  (REPLACED: the note's start, for callers)
from .records import Article, StageError

log = logging.getLogger(__name__)

#: larger files are refused before being read: a news article is a few tens of kilobytes, and the
#: whole text is held in memory through the stages (20 MB ≈ 10,000 pages of text)
MAX_BYTES = 20 * 1024 * 1024

#: file signatures of formats that are not text (first bytes → what to call them)
BINARY_SIGNATURES = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"), (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"), (b"\xd0\xcf\x11\xe0", "old Office document"),
    (b"RIFF", "RIFF media file"), (b"\x7fELF", "executable"),
)
META_KEYS = ("published", "url", "source", "language")
ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: the earliest publication date a sidecar may give: older is a placeholder (0001-01-01, a null
#: date written as a date) or a typo, not an article of the modern press
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)
#: how many days past today a sidecar's publication date may lie: an embargoed article is dated a
#: few days ahead; 9999-12-31 ("no date") or 2200-01-01 is a placeholder or a typo
MAX_DAYS_AHEAD = 366
#: a sidecar larger than this (bytes) is not read: its four values take a few hundred bytes
MAX_SIDECAR_BYTES = 1 << 20
def read_article(path: Path, corpus: Path | None = None, follow_symlinks: bool = False) -> Article:
    """Read one article file: its decoded text, sha256 and sidecar metadata.

    ``corpus`` is the folder symlinks may lead into (default: the file's own folder);
    ``follow_symlinks`` reads a symlink (and a sidecar symlink) wherever it leads. Raises
    ``StageError("read", doc_id, reason)`` for a file that is not an article (binary, empty,
    blank, too large, unreadable, not a regular file, a symlink out of the corpus); the reason says
    what to do about it.
    """
    path = Path(path)
    doc_id = printable(path.stem)  # a file name that is not UTF-8 gives an escaped id: caf\xe9
    outside = None if follow_symlinks else symlink_outside(path, corpus)
    if outside:
        raise StageError("read", doc_id, f"symlink to {printable(outside)}, outside the corpus folder: not "
                                         f"read; copy the file into the corpus, or run with --follow-symlinks")
    data = _read_regular_file(path, doc_id)
    if len(data) > MAX_BYTES:
        raise StageError("read", doc_id, f"file is over the {MAX_BYTES / 2**20:g} MB limit for one article; "
                                         f"split it into articles or remove it")
    if not data:
        raise StageError("read", doc_id, "empty file: nothing to read; remove it or fill it")
    kind = binary_kind(data)
    if kind:
        raise StageError("read", doc_id, f"binary file ({kind}) renamed {path.suffix or 'without extension'}: "
                                         f"not an article; remove it or convert it to text")
    raw, encoding, notes = decode(data)
    if not raw.strip():
        raise StageError("read", doc_id, "only whitespace: nothing to read; remove it or fill it")
    meta, meta_notes = read_sidecar(path, corpus, follow_symlinks=follow_symlinks)
    article = Article(doc_id=doc_id, path=str(path), sha256=hashlib.sha256(data).hexdigest(), raw=raw,
                      encoding=encoding, text=raw, meta=tuple(sorted(meta.items())),
                      notes=tuple(notes + meta_notes))
    if meta.get("published"):
        article = replace(article, published=meta["published"], published_source="meta")
    return article


def _read_regular_file(path: Path, doc_id: str) -> bytes:
    """The bytes of a regular file, at most ``MAX_BYTES + 1`` of them. Its status is checked
    before it is opened (a fifo or a device is never opened), and again on the open file (it may
    have been replaced meanwhile: the open does not wait, O_NONBLOCK)."""
    try:
        info = os.stat(path)
    except OSError as err:
        raise StageError("read", doc_id, f"cannot open the file ({err.strerror}); check the path and "
                                         f"its permissions") from None
    _check_regular(info, doc_id)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise StageError("read", doc_id, f"cannot open the file ({err.strerror}); check the path and "
                                         f"its permissions") from None
    try:
        _check_regular(os.fstat(fd), doc_id)
        with os.fdopen(fd, "rb") as fh:
            fd = None  # closed with fh from here on
            # bounded read: the file may have grown since it was measured
            return fh.read(MAX_BYTES + 1)
    except OSError as err:
        raise StageError("read", doc_id, f"cannot read the file ({err.strerror}); check its "
                                         f"permissions or that it is a regular file") from None
    finally:
        if fd is not None:
            os.close(fd)


def _check_regular(info: os.stat_result, doc_id: str) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise StageError("read", doc_id, "cannot read it: not a regular file (a fifo, device or "
                                         "folder); remove it from the corpus")
    if info.st_size > MAX_BYTES:
        raise StageError("read", doc_id, f"file of {info.st_size / 2**20:.1f} MB is over the "
                                         f"{MAX_BYTES / 2**20:g} MB limit for one article; split it "
                                         f"into articles or remove it")


def printable(text):
    """Text that can be written as UTF-8: the bytes of a file name that is not UTF-8 (which Python
    keeps as lone surrogates) escaped, ``caf\\xe9.txt``; anything else unchanged."""
    if not isinstance(text, str):
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return text.encode("utf-8", "backslashreplace").decode("utf-8")


def symlink_outside(path: Path, corpus: Path | None = None) -> str | None:
    """Where ``path`` really leads when that is outside ``corpus`` (default: the file's folder),
    else None. Only a symlink can lead out."""
    if not os.path.islink(path):
        return None
    root = os.path.realpath(corpus if corpus is not None else path.parent)
    target = os.path.realpath(path)
    if target == root or target.startswith(root.rstrip(os.sep) + os.sep):
        return None
    return target


def binary_kind(data: bytes) -> str | None:
    """What binary format the bytes are, or None for text."""
    for signature, name in BINARY_SIGNATURES:
        if data.startswith(signature):
            return name
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has NUL bytes
        return "NUL bytes, not text"
    return None


def read_sidecar(path: Path, corpus: Path | None = None,
                 follow_symlinks: bool = False) -> tuple[dict[str, str], list[str]]:
    """``NAME.meta.json`` next to the article: its known keys, and one note for each thing wrong
    (naming the sidecar): a sidecar that cannot be read is ignored, a bad value in it is ignored
    and the others are kept."""
    sidecar = path.with_name(path.stem + ".meta.json")
    name = printable(sidecar.name)
    if not sidecar.exists():
        return {}, []
    outside = None if follow_symlinks else symlink_outside(sidecar, corpus if corpus is not None else path.parent)
    if outside:
        note = (f"{name}: symlink to {printable(outside)}, outside the corpus folder; sidecar ignored "
                f"(--follow-symlinks to read it)")
        return {}, [note]
    try:
        info = os.stat(sidecar)
    except OSError as err:
        return {}, [f"{name}: cannot read it ({err.strerror}); sidecar ignored"]
    if not stat.S_ISREG(info.st_mode):  # a fifo is never opened: it would block the read
        return {}, [f"{name}: not a regular file; sidecar ignored"]
    if info.st_size > MAX_SIDECAR_BYTES:
        note = (f"{name}: {info.st_size / 2**20:.1f} MB, over the {MAX_SIDECAR_BYTES // 1024} KB a sidecar "
                f"may take; sidecar ignored")
        return {}, [note]
    try:
        fd = os.open(sidecar, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return {}, [f"{name}: not a regular file; sidecar ignored"]
            values = json.loads(fh.read(MAX_SIDECAR_BYTES + 1).decode("utf-8"))
    except (OSError, ValueError, RecursionError) as err:  # ValueError: bad UTF-8 or JSON
        return {}, [f"{name}: not readable JSON ({type(err).__name__}); sidecar ignored"]
    if not isinstance(values, dict):
        return {}, [f"{name}: not a JSON object; sidecar ignored"]
    meta, notes = {}, []
    for key in META_KEYS:
        value = values.get(key)
        if value is None:
            continue
        if key == "published":
            problem = published_problem(value)
            if problem:
                notes.append(f"{name}: published {printable(repr(value))[:80]} {problem}; ignored")
                continue
        meta[key] = printable(str(value))
    return meta, notes


def published_problem(value, today: dt.date | None = None) -> str | None:
    """Why ``value`` cannot be a sidecar's publication date, or None: it must be a YYYY-MM-DD day
    from ``EARLIEST_PUBLISHED`` to ``MAX_DAYS_AHEAD`` days after today."""
    if not isinstance(value, str) or not ISO_DAY.fullmatch(value):
        return "is not a YYYY-MM-DD date"
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return "is not a YYYY-MM-DD date"
    latest = (today or dt.date.today()) + dt.timedelta(days=MAX_DAYS_AHEAD)
    if not EARLIEST_PUBLISHED <= day <= latest:
        return (f"is outside the dates an article can have ({EARLIEST_PUBLISHED.isoformat()} to "
                f"{latest.isoformat()})")
    return None
