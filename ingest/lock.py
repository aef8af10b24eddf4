"""One ingest per index at a time: a file lock with the holder's pid for the error message."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from assistant.errors import StoreUnavailable


@contextlib.contextmanager
def ingest_lock(index_dir: Path, *, wait: bool = False):
    from filelock import FileLock, Timeout

    index_dir.mkdir(parents=True, exist_ok=True)
    pid_file = index_dir / "ingest.pid"
    lock = FileLock(index_dir / "ingest.lock")
    try:
        lock.acquire(timeout=-1 if wait else 0.5)
    except Timeout:
        try:
            holder = pid_file.read_text().strip() or "?"
        except OSError:
            holder = "?"
        raise StoreUnavailable(
            f"another ingest is running on {index_dir} (pid {holder}): wait for it, or pass --wait"
        ) from None
    try:
        pid_file.write_text(str(os.getpid()))
        yield
    finally:
        with contextlib.suppress(OSError):
            pid_file.unlink()
        lock.release()
