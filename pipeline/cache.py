"""Per-document cache, so that a run costs what changed, not what exists.

A document's result is stored under the sha256 of its bytes together with a key made of the
pipeline's version and a fingerprint of its code and resources (language data, alias table):
a changed file, a changed rule or a new version is processed again. A manifest of (size, mtime,
sha256) per file lets a run see that nothing changed without reading any article.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from .tables import atomic_write_text

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


class DocumentCache:
    def __init__(self, folder: Path, key: str):
        self.folder = folder
        self.key = key
        self.docs = folder / "docs"
        self.manifest_path = folder / "manifest.json"
        self._manifest = self._load_manifest()
        self._seen: dict[str, list] = {}

    def _load_manifest(self) -> dict:
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return {"key": None, "files": {}}
        return data if isinstance(data, dict) and "files" in data else {"key": None, "files": {}}

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
        self._seen[str(path)] = stat + [sha]
        return sha

    def _entry(self, sha: str) -> Path:
        return self.docs / sha[:2] / f"{sha}.json"

    def get(self, path: Path) -> dict | None:
        try:
            sha = self.sha256(path)
        except OSError:
            return None
        entry = self._entry(sha)
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None
        if data.get("key") != self.key or data.get("result", {}).get("path") != str(path):
            return None
        return data["result"]

    def put(self, path: Path, sha: str, result: dict) -> None:
        if not sha:
            return
        try:
            self._seen[str(path)] = _stat_key(path) + [sha]
        except OSError:
            return
        atomic_write_text(self._entry(sha), json.dumps({"key": self.key, "result": result},
                                                       ensure_ascii=False))

    def commit(self, files: list[Path]) -> None:
        """Record the files of a finished run; drop cache entries no file refers to any more."""
        current = {str(p): self._seen[str(p)] for p in files if str(p) in self._seen}
        atomic_write_text(self.manifest_path, json.dumps({"key": self.key, "files": current}))
        keep = {v[2] for v in current.values()}
        if self.docs.exists():
            for entry in self.docs.glob("*/*.json"):
                if entry.stem not in keep:
                    try:
                        os.unlink(entry)
                    except OSError:
                        pass
