"""Per-document cache, so that a run costs what changed, not what exists.

A document's result is stored under the sha256 of its bytes together with a key made of the
pipeline's version and a fingerprint of its code and resources (language data, alias table):
a changed file, a changed rule or a new version is processed again. A manifest of (size, mtime,
sha256) per file lets a run see that nothing changed without reading any article.

Every read is checked: an entry or a manifest that is not JSON, or not of the expected shape (an
entry without ``mentions``, a mention with an unknown key, a manifest whose ``files`` is a list), is
treated as missing, with a warning, and the document is processed again; a cache that cannot be
written (full disk, read-only folder) only costs speed. A document is cached only when the file did
not change while it was processed: the entry's key is the sha256 of the bytes the stages read.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import MISSING, fields
from functools import lru_cache
from pathlib import Path

from .tables import atomic_write_text

log = logging.getLogger(__name__)

#: what a cached result must hold, key by key (``DocResult.to_json``)
RESULT_TYPES = {"doc": str, "path": str, "sha256": str, "document": dict, "mentions": list,
                "entities": list}

PACKAGE_DIR = Path(__file__).parent


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def resources_fingerprint() -> str:
    """A hash of the package's code and data files: any change to rules or data invalidates."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json", ".tsv", ".txt") \
                and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _stat_key(path: Path) -> list:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


@lru_cache(maxsize=1)
def _mention_keys() -> tuple[frozenset[str], frozenset[str]]:
    """(every field of a Mention, the fields without a default)."""
    from .records import Mention

    every = frozenset(f.name for f in fields(Mention))
    required = frozenset(f.name for f in fields(Mention)
                         if f.default is MISSING and f.default_factory is MISSING)
    return every, required


def result_problem(result) -> str | None:
    """Why a cached result cannot be a ``DocResult``, or None when its shape is right."""
    if not isinstance(result, dict):
        return "the result is not an object"
    for key, kind in RESULT_TYPES.items():
        if not isinstance(result.get(key), kind):
            return f"{key!r} is missing or not a {kind.__name__}"
    if result.get("error") is not None and not isinstance(result["error"], dict):
        return "'error' is neither null nor an object"
    every, required = _mention_keys()
    for mention in result["mentions"]:
        if not isinstance(mention, dict):
            return "a mention is not an object"
        unknown = set(mention) - every
        if unknown:
            return f"a mention has unknown keys {sorted(unknown)}"
        if required - set(mention):
            return f"a mention lacks {sorted(required - set(mention))}"
    if not all(isinstance(e, dict) for e in result["entities"]):
        return "an entity row is not an object"
    return None


def _valid_record(record) -> bool:
    """A manifest's record of one file: [size, mtime_ns, sha256]."""
    return (isinstance(record, list) and len(record) == 3 and all(isinstance(v, int) for v in record[:2])
            and isinstance(record[2], str))


class DocumentCache:
    def __init__(self, folder: Path, key: str):
        self.folder = folder
        self.key = key
        self.docs = folder / "docs"
        self.manifest_path = folder / "manifest.json"
        self._manifest = self._load_manifest()
        self._seen: dict[str, list] = {}
        self._before: dict[str, list] = {}  # [size, mtime_ns, sha256] of each file before processing

    def _load_manifest(self) -> dict:
        empty = {"key": None, "files": {}}
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return empty
        except (OSError, ValueError, RecursionError) as err:  # ValueError: bad UTF-8 or JSON
            log.warning("%s: unreadable cache manifest (%s); ignored, rebuilt at the end of the run",
                        self.manifest_path, err)
            return empty
        if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
            log.warning("%s: cache manifest of the wrong shape; ignored, rebuilt at the end of the run",
                        self.manifest_path)
            return empty
        files = {path: record for path, record in data["files"].items() if _valid_record(record)}
        if len(files) < len(data["files"]):
            log.warning("%s: %d malformed file records ignored", self.manifest_path,
                        len(data["files"]) - len(files))
        return {"key": data.get("key") if isinstance(data.get("key"), str) else None, "files": files}

    def unchanged(self, files: list[Path]) -> bool:
        """True when the manifest lists exactly these files with the same size and mtime, under
        the same pipeline key: the previous outputs are still right."""
        if self._manifest.get("key") != self.key:
            return False
        recorded = self._manifest["files"]
        if set(recorded) != {str(p) for p in files}:
            return False
        try:
            return all(recorded[str(p)][:2] == _stat_key(p) for p in files)
        except OSError:
            return False

    def sha256(self, path: Path) -> str:
        recorded = self._manifest["files"].get(str(path))
        stat = _stat_key(path)
        if recorded and recorded[:2] == stat:
            sha = recorded[2]
        else:
            sha = file_sha256(path)
        self._seen[str(path)] = self._before[str(path)] = stat + [sha]
        return sha

    def _entry(self, sha: str) -> Path:
        return self.docs / sha[:2] / f"{sha}.json"

    def get(self, path: Path) -> dict | None:
        """The cached result of this file as it is now, or None (never cached, changed, or an entry
        that cannot be read or has the wrong shape: then it is recomputed)."""
        try:
            sha = self.sha256(path)
        except OSError:
            return None
        entry = self._entry(sha)
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, RecursionError) as err:
            log.warning("%s: unreadable cache entry (%s); %s processed again", entry, err, path)
            return None
        if not isinstance(data, dict) or not isinstance(data.get("result"), dict):
            log.warning("%s: cache entry of the wrong shape; %s processed again", entry, path)
            return None
        if data.get("key") != self.key or data["result"].get("path") != str(path):
            return None
        problem = result_problem(data["result"])
        if problem:
            log.warning("%s: cache entry of the wrong shape (%s); %s processed again", entry, problem, path)
            return None
        return data["result"]

    def put(self, path: Path, sha: str, result: dict) -> None:
        """Cache a result under ``sha``, the sha256 of the bytes the stages read. Nothing is cached,
        and the file stays unrecorded (so the next run reads it again), when the file changed while
        it was processed: its size, time or content differ from what ``get`` saw before."""
        if not sha:
            return
        try:
            now = _stat_key(path)
        except OSError:
            return
        before = self._before.get(str(path))
        if before is not None and (before[:2] != now or before[2] != sha):
            log.warning("%s changed while it was processed: not cached, read again next run", path)
            self._seen.pop(str(path), None)
            return
        self._seen[str(path)] = now + [sha]
        try:
            # ASCII JSON: a file name that is not UTF-8 (surrogates in Python) survives the round trip
            atomic_write_text(self._entry(sha), json.dumps({"key": self.key, "result": result}))
        except OSError as err:
            log.warning("%s: cannot write the cache (%s); %s will be processed again next run",
                        self.folder, err.strerror or err, path)

    def commit(self, files: list[Path]) -> None:
        """Record the files of a finished run; drop cache entries no file refers to any more."""
        current = {str(p): self._seen[str(p)] for p in files if str(p) in self._seen}
        try:
            atomic_write_text(self.manifest_path, json.dumps({"key": self.key, "files": current}))
        except OSError as err:
            log.warning("%s: cannot write the cache manifest (%s); the next run reads every file",
                        self.manifest_path, err.strerror or err)
            return
        keep = {v[2] for v in current.values()}
        if self.docs.exists():
            for entry in self.docs.glob("*/*.json"):
                if entry.stem not in keep:
                    try:
                        os.unlink(entry)
                    except OSError:
                        pass
