"""Stage 1, reading: a file path in, an ``Article`` with its decoded raw text out.

Decoding tries UTF-8 (with or without BOM), then the Chinese legacy encodings (GB18030, which
covers GBK and GB2312, then Big5) and Windows-1252 for Western text, choosing by which decodes
cleanly and reads most like text; when none does (a Russian Windows-1251 file, say),
charset-normalizer guesses among every encoding it knows, and a note says so. Binary files, empty or
blank files and files over ``MAX_BYTES`` raise a ``StageError`` with a one-line reason saying what
to do. An optional sidecar ``NAME.meta.json`` (``published``, ``url``, ``source``, ``language``)
overrides what later stages find in the text; a bad sidecar is reported in ``Article.notes`` and
otherwise ignored. HTML files are read as they are: the cleaning stage blanks their markup.

A symlink is followed only when its target lies inside the corpus folder (``corpus``, by default
the folder the file is in): one leading elsewhere (``/etc/passwd``) is refused, and so is a sidecar
that does. Only regular files are opened (a fifo would block the read for ever). The file is read
once: its sha256 is that of the very bytes decoded, so a file that changes while it is read is
seen as changed next time.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import stat
from dataclasses import replace
from pathlib import Path

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
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: legacy encodings tried in order when the bytes are not UTF-8
LEGACY_ENCODINGS = ("gb18030", "big5", "cp1252")
#: share of replacement characters above which "UTF-8 with a few bad bytes" is not the right reading
MAX_REPLACED_SHARE = 0.01
#: text-likeness (share of the telling characters that are common Han characters or Latin
#: letters, less penalties) below which no expected legacy encoding is trusted: real text scores
#: 0.8 to 1, Cyrillic or Japanese bytes read as one of them 0 or less
MIN_TEXT_LIKENESS = 0.5
#: share of accented letters among letters above which Windows-1252 is not the encoding: French
#: has about 4 %, a short French title of accented words may reach 50 %; Cyrillic read so is 100 %
MAX_ACCENTED_LETTER_SHARE = 0.6


def read_article(path: Path, corpus: Path | None = None) -> Article:
    """Read one article file: its decoded text, sha256 and sidecar metadata.

    ``corpus`` is the folder symlinks may lead into (default: the file's own folder). Raises
    ``StageError("read", doc_id, reason)`` for a file that is not an article (binary, empty,
    blank, too large, unreadable, not a regular file, a symlink out of the corpus); the reason says
    what to do about it.
    """
    path = Path(path)
    doc_id = printable(path.stem)  # a file name that is not UTF-8 gives an escaped id: caf\xe9
    outside = _outside(path, corpus)
    if outside:
        raise StageError("read", doc_id, f"symlink to {outside}, outside the corpus folder: not read; "
                                         f"copy the file into the corpus instead")
    try:
        # O_NONBLOCK: opening a fifo for reading must not wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise StageError("read", doc_id, f"cannot open the file ({err.strerror}); check the path and "
                                         f"its permissions") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise StageError("read", doc_id, "cannot read it: not a regular file (a fifo, device or "
                                             "folder); remove it from the corpus")
        if info.st_size > MAX_BYTES:
            raise StageError("read", doc_id, f"file of {info.st_size / 2**20:.1f} MB is over the "
                                             f"{MAX_BYTES / 2**20:g} MB limit for one article; split it "
                                             f"into articles or remove it")
        with os.fdopen(fd, "rb") as fh:
            fd = None  # closed with fh from here on
            # bounded read: the file may have grown since it was measured
            data = fh.read(MAX_BYTES + 1)
    except OSError as err:
        raise StageError("read", doc_id, f"cannot read the file ({err.strerror}); check its "
                                         f"permissions or that it is a regular file") from None
    finally:
        if fd is not None:
            os.close(fd)
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
    meta, meta_notes = read_sidecar(path, corpus)
    article = Article(doc_id=doc_id, path=str(path), sha256=hashlib.sha256(data).hexdigest(), raw=raw,
                      encoding=encoding, text=raw, meta=tuple(sorted(meta.items())),
                      notes=tuple(notes + meta_notes))
    if meta.get("published"):
        article = replace(article, published=meta["published"], published_source="meta")
    return article


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


def _outside(path: Path, corpus: Path | None) -> str | None:
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


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decoded text, the encoding used, and notes on anything repaired or guessed.

    Order of preference: UTF-8 (BOM stripped); UTF-8 with a few bad bytes replaced (noted); the
    expected legacy encodings (GB18030, Big5, Windows-1252) that decode cleanly, chosen by how much
    the result reads like Chinese or Latin text; when none reads like text (a Russian Windows-1251
    file, Shift-JIS...), charset-normalizer chooses among all the encodings it knows (noted).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict_or_replaced(data[3:], "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", []
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    # UTF-8 with a few stray bytes only when valid multi-byte sequences show it is UTF-8: a
    # Windows-1252 text with one accented letter is also "ASCII plus one bad byte"
    valid_multibyte = sum(1 for ch in replaced if not ch.isascii()) - bad
    if bad <= MAX_REPLACED_SHARE * len(replaced) and valid_multibyte > 0:
        return replaced, "utf-8", ["invalid UTF-8 bytes replaced by \ufffd"]
    best = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _text_likeness(text, encoding)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is not None and best[0] >= MIN_TEXT_LIKENESS:
        return best[1], best[2], []
    guessed = _charset_normalizer_guess(data)
    if guessed is not None:
        text, encoding = guessed
        return text, encoding, [f"encoding guessed as {encoding} by charset-normalizer (not UTF-8, GB18030, "
                                f"Big5 or Windows-1252); check the text"]
    if best is not None:
        return best[1], best[2], [f"encoding {best[2]} chosen with low confidence; check the text"]
    if bad <= MAX_REPLACED_SHARE * len(replaced):
        return replaced, "utf-8", ["invalid UTF-8 bytes replaced by \ufffd"]
    return replaced, "utf-8", ["undecodable bytes replaced by \ufffd (no encoding fits)"]


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best reading of bytes that none of the expected encodings reads well.
    Measured on 1,000 titles and texts of corpus-bench re-encoded: on the expected encodings it is
    wrong on short texts (it reads GB18030 titles as Big5), so it only decides what they cannot."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # not a declared dependency of every install: the guess is optional
        log.warning("charset-normalizer is not installed: cannot guess an unexpected encoding")
        return None
    match = from_bytes(data).best()
    if match is None or match.encoding in ("utf_8", "ascii"):
        return None
    return str(match), match.encoding


def _strict_or_replaced(data: bytes, encoding: str) -> tuple[str, str, list[str]]:
    try:
        return data.decode("utf-8"), encoding, []
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), encoding, ["invalid UTF-8 bytes replaced by \ufffd"]


def _text_likeness(text: str, encoding: str) -> float:
    """How much a decoding reads like text, about 0 to 1: the share of common CJK ideographs (for
    the Chinese encodings) or Latin letters (for cp1252) among the characters that are not white
    space, digits or ASCII punctuation; rare symbols and control characters count against."""
    telling = sum(1 for ch in text if not ch.isspace() and not (ch.isascii() and not ch.isalpha()))
    if not telling:
        return 0.0
    common_han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fa5")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha() or ch in "éèêàâçîôûùëïœÉÀ’")
    odd = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t") or "\ue000" <= ch <= "\uf8ff"
              or "\u3400" <= ch <= "\u4dbf")
    if encoding == "cp1252":
        # Latin-script text is mostly ASCII letters; a Cyrillic or Greek legacy encoding read as
        # Windows-1252 is mostly accented letters, and UTF-8 read as it gives runs like "Ã©"
        letters = sum(1 for ch in text if ch.isalpha())
        non_ascii_letters = sum(1 for ch in text if ch.isalpha() and not ch.isascii())
        if letters and non_ascii_letters > MAX_ACCENTED_LETTER_SHARE * letters:
            return 0.0
        accented_runs = len(re.findall(r"[ÃÂÅæ¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]{2,}", text))
        return (latin - 5 * accented_runs - 10 * odd) / telling
    # in GB18030, Big5 text is valid but becomes rarely used characters: the common range decides
    return (common_han + latin * 0.5 - 10 * odd) / telling + (0.01 if encoding == "gb18030" else 0)


def read_sidecar(path: Path, corpus: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """``NAME.meta.json`` next to the article: its known keys, and notes on what was wrong."""
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.exists():
        return {}, []
    outside = _outside(sidecar, corpus if corpus is not None else path.parent)
    if outside:
        return {}, [f"{sidecar.name}: symlink to {outside}, outside the corpus folder; sidecar ignored"]
    if not sidecar.is_file():
        return {}, [f"{sidecar.name}: not a regular file; sidecar ignored"]
    try:
        values = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as err:  # ValueError: bad UTF-8 or JSON
        return {}, [f"{sidecar.name}: not readable JSON ({type(err).__name__}); sidecar ignored"]
    if not isinstance(values, dict):
        return {}, [f"{sidecar.name}: not a JSON object; sidecar ignored"]
    meta, notes = {}, []
    for key in META_KEYS:
        value = values.get(key)
        if value is None:
            continue
        if key == "published" and not _valid_day(str(value)):
            notes.append(f"{sidecar.name}: published {value!r} is not a YYYY-MM-DD date; ignored")
            continue
        meta[key] = str(value)
    return meta, notes


def _valid_day(value: str) -> bool:
    import datetime as dt

    if not ISO_DAY.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True
