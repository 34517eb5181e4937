"""One run at a time per output folder.

An exclusive ``flock`` on ``OUT/.lock``: the kernel releases it when the holding process ends in
any way (even killed with SIGKILL), so a lock left by a killed run is never mistaken for a live
one: its file remains, but the next run takes the lock and overwrites the holder's pid. A second
run waits up to ``wait_seconds`` for the first one, then says which process holds the folder.

Only the process that took the lock holds it: a flock belongs to the open file, which a forked
child (a worker process) shares, so every child closes its copy right after the fork. Otherwise
workers orphaned by a killed run would keep the folder locked for as long as they live.
"""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

#: How long a second run waits for the first to finish before giving up. Unit: seconds. Long
#: enough for a short run to end, short enough that nobody wonders whether the command hangs.
DEFAULT_WAIT_SECONDS = 30.0


class LockHeld(RuntimeError):
    pass


#: the files of the locks this process holds (closed in forked children, see the docstring)
_HELD: set = set()


def _forget_inherited_locks() -> None:
    """In a forked child: close its copy of every lock file (never unlock: that would release the
    parent's lock, which is the same open file)."""
    for fh in list(_HELD):
        try:
            fh.close()
        except OSError:
            pass
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_inherited_locks)


class OutputLock:
    def __init__(self, out_dir: Path, wait_seconds: float = DEFAULT_WAIT_SECONDS):
        self.path = Path(out_dir) / ".lock"
        self.wait_seconds = wait_seconds
        self._fh = None

    def __enter__(self) -> "OutputLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+")
        deadline = time.monotonic() + self.wait_seconds
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    holder = fh.read().strip() or "another process"
                    fh.close()
                    raise LockHeld(f"{self.path.parent}: another run (pid {holder}) is writing this "
                                   f"output folder; wait for it to finish or use another --out") from None
                time.sleep(0.2)
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        self._fh = fh
        _HELD.add(fh)
        return self

    def __exit__(self, *exc) -> None:
        if self._fh is not None:
            _HELD.discard(self._fh)
            if self._fh.closed:  # a forked child's copy, closed after the fork: nothing to release
                self._fh = None
                return
            self._fh.seek(0)
            self._fh.truncate()
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
