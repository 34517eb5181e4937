"""Settings: one validated object, defaults shipped here, overridable by a JSON file and the
command line. An unknown key or a bad value names itself in the error."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from pathlib import Path


class SettingsError(ValueError):
    """A bad setting: the message names the key (and the file when there is one)."""


@dataclass(frozen=True)
class Settings:
    #: languages lingua may choose from; blocks in other languages are labelled "und"
    languages: tuple[str, ...] = ("fr", "zh", "en", "ru")
    #: seconds one document may take through the per-document stages; past it the document is
    #: skipped with a note and the run goes on (a pathological file never blocks the corpus).
    #: 0 = no limit. The slowest real article of the 10,000-article bench takes well under 5 s.
    document_seconds: float = 60.0
    #: read an article or sidecar that is a symlink leading out of the corpus folder (refused by
    #: default: a planted link to /etc/passwd must not become an article)
    follow_symlinks: bool = False

    def __post_init__(self):
        if not self.languages:
            raise SettingsError("languages: at least one language is needed")
        if not isinstance(self.follow_symlinks, bool):
            raise SettingsError(f"follow_symlinks: {self.follow_symlinks!r} is not true or false")
        if isinstance(self.document_seconds, bool) or not isinstance(self.document_seconds, (int, float)) \
                or self.document_seconds < 0:
            raise SettingsError(f"document_seconds: {self.document_seconds!r} is not a number of seconds >= 0")
        for lang in self.languages:
            if not re.fullmatch(r"[a-z]{2}", lang):
                raise SettingsError(f"languages: {lang!r} is not an ISO 639-1 code such as fr or zh")

    @classmethod
    def from_mapping(cls, values: dict, source: str = "settings") -> "Settings":
        known = {f.name for f in fields(cls)}
        for key in values:
            if key not in known:
                raise SettingsError(f"{source}: unknown setting {key!r} (known: {', '.join(sorted(known))})")
        clean = dict(values)
        if "languages" in clean:
            langs = clean["languages"]
            if isinstance(langs, str):
                langs = [x.strip() for x in langs.split(",") if x.strip()]
            clean["languages"] = tuple(langs)
        try:
            return cls(**clean)
        except SettingsError as err:
            raise SettingsError(f"{source}: {err}") from None

    @classmethod
    def from_file(cls, path: Path) -> "Settings":
        try:
            values = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as err:  # missing, a folder, unreadable
            raise SettingsError(f"{path}: cannot read settings ({err.strerror or err})") from None
        except UnicodeDecodeError:
            raise SettingsError(f"{path}: cannot read settings (not UTF-8 text)") from None
        except (ValueError, RecursionError) as err:  # bad JSON, or nested past the parser's depth
            raise SettingsError(f"{path}: not JSON settings "
                                f"({err if isinstance(err, ValueError) else 'nested too deeply'})") from None
        if not isinstance(values, dict):
            raise SettingsError(f"{path}: settings must be a JSON object")
        return cls.from_mapping(values, source=str(path))
