"""Which files a list of PATH arguments means."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import BadInput


@dataclass(frozen=True)
class Found:
    path: Path  # absolute, symlinks not resolved (a dangling one still shows up, then fails to read)
    root: Path  # the directory it was found under (for a file argument: its parent)


def discover(paths: list[Path]) -> tuple[list[Found], list[Path]]:
    """Files under `paths` (hidden ones skipped) and the directory roots they were listed from."""
    found: dict[Path, Found] = {}
    roots: list[Path] = []
    for given in paths:
        p = Path(os.path.abspath(given))
        if p.is_dir():
            roots.append(p)
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith("."):
                        f = Path(dirpath) / name
                        found.setdefault(f, Found(f, p))
        elif p.exists() or p.is_symlink():
            found.setdefault(p, Found(p, p.parent))
        else:
            raise BadInput(f"no such file or directory: {given} (give paths to documents or folders)")
    return list(found.values()), roots
