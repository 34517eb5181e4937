"""Coverage-guided fuzzing of the reading and cleaning stages (not part of CI).

    python scripts/fuzz_reading.py [SECONDS]

Feeds random bytes, as a .txt and as an .html file, through ``read_article`` and ``clean``; the only
acceptable failure is a ``StageError`` (a bad file reported as such), and the cleaned text must keep
every offset. Uses atheris when installed (``pip install atheris``), else random bytes shaped like
articles, for a bounded time.
"""
from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.cleaning import clean  # noqa: E402
from pipeline.reading import read_article  # noqa: E402
from pipeline.records import StageError  # noqa: E402

FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-"))
SEEDS = [b"Titre\n2023-05-19\n\nLe sommet s'est tenu.", "峰会\n《新闻联播》 (20230519)\n会谈。".encode("gb18030"),
         b"<html><title>x</title><p>Le forum &amp; la visite</p></html>", b"\xef\xbb\xbfMise \xc3\xa0 jour:2018-11-30"]


def check(data: bytes) -> None:
    for suffix in (".txt", ".html"):
        path = FOLDER / f"f{suffix}"
        path.write_bytes(data)
        try:
            article = clean(read_article(path))
        except StageError:
            continue
        assert len(article.text) == len(article.raw)
        assert all(c == article.raw[i] or c in " \n" or article.raw[i] == "&" for i, c in enumerate(article.text))


def mutate(rng: random.Random) -> bytes:
    data = bytearray(rng.choice(SEEDS))
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        at = rng.randrange(len(data) + 1)
        if op < 0.4:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op < 0.7 and data:
            del data[at:at + rng.randint(1, 8)]
        else:
            data[at:at] = rng.choice(SEEDS)
    return bytes(data)


def main() -> int:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    try:
        import atheris  # type: ignore

        def target(data: bytes) -> None:
            check(data)

        atheris.Setup([sys.argv[0], f"-max_total_time={int(seconds)}"], target)
        atheris.Fuzz()
        return 0
    except ImportError:
        pass
    rng = random.Random(int(os.environ.get("FUZZ_SEED", "0")))
    deadline, runs = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        check(mutate(rng))
        runs += 1
    print(f"{runs} inputs, no failure other than StageError")
    return 0


if __name__ == "__main__":
    sys.exit(main())
