"""The cache of exported models: one directory per (model files' hash, variant), checked before use.

An export is built in a temporary directory and renamed into place only once complete, under a
file lock so concurrent processes export once. Its manifest records each file's size and SHA-256
and the export's own vectors for a few test texts; a directory whose files or vectors do not match
is discarded and built again, never used.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ValidationError

from assistant.embeddings.locate import model_files

# Bump when the export itself changes (graph, tokenizer settings, config): old exports are then rebuilt.
# It is part of the cache key (model_digest) and checked in each manifest.
# 2: fp32 graph fused by ONNX Runtime's transformer optimizer; int8 quantized from its own plain export.
EXPORT_FORMAT = 2
MANIFEST = "manifest.json"
MIN_COSINE = 0.9999
# Checked at every load: short, so the check costs milliseconds, and in both languages we serve.
PROBE_TEXTS = [
    "How does Calico route pod traffic between nodes without an overlay?",
    "阿里云上应该选哪个 CNI 插件？Terway 还是 Flannel？",
]
# Checked against torch once, at export: adds a text past max_seq_length (truncation) and a tiny one.
EXPORT_CHECK_TEXTS = [
    *PROBE_TEXTS,
    "Cilium replaces kube-proxy with eBPF programs attached to the network interfaces. " * 30,
    "MTU",
]

Variant = Literal["fp32", "int8"]


class FileEntry(BaseModel):
    size: int
    sha256: str
    mtime_ns: int


class Manifest(BaseModel):
    format: int
    variant: Variant
    model_dir: str
    model_digest: str
    files: dict[str, FileEntry]
    probe_texts: list[str]
    probe_vectors: list[list[float]]
    versions: dict[str, str] = {}


def sha256_file(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def model_digest(model_dir: Path, cache_root: Path) -> str:
    """SHA-256 over the model's files (names and contents). Each file's hash is remembered with its
    size and mtime, so a cold start does not re-read 90 MB of weights that have not changed."""
    memo_path = cache_root / "file-hashes.json"
    try:
        memo = json.loads(memo_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        memo = {}
    changed = False
    outer = hashlib.sha256(f"export-format {EXPORT_FORMAT}\n".encode())
    for path in model_files(model_dir):
        st = path.stat()
        key = str(path)
        known = memo.get(key)
        if not (isinstance(known, list) and known[:2] == [st.st_size, st.st_mtime_ns]):
            memo[key] = known = [st.st_size, st.st_mtime_ns, sha256_file(path)]
            changed = True
        outer.update(f"{path.relative_to(model_dir).as_posix()} {known[2]}\n".encode())
    if changed:
        with contextlib.suppress(OSError):  # only a speed-up: a read-only cache still works
            _write_atomic(memo_path, json.dumps(memo, indent=0))
    return outer.hexdigest()


def read_valid(directory: Path) -> Manifest | None:
    """The manifest of a complete, unaltered export, else None. A file whose mtime changed since
    the export is hashed again; one whose size differs is rejected at once."""
    try:
        manifest = Manifest.model_validate_json((directory / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, ValidationError):
        return None
    if manifest.format != EXPORT_FORMAT:
        return None
    for name, entry in manifest.files.items():
        try:
            st = (directory / name).stat()
        except OSError:
            return None
        if st.st_size != entry.size:
            return None
        if st.st_mtime_ns != entry.mtime_ns and sha256_file(directory / name) != entry.sha256:
            return None
    return manifest


def write_manifest(directory: Path, *, variant: Variant, model_dir: Path, digest: str, vectors,
                   versions: dict[str, str]) -> Manifest:
    files = {}
    for path in sorted(p for p in directory.iterdir() if p.is_file()):
        with path.open("rb") as fh:
            os.fsync(fh.fileno())  # on disk before the rename makes the export visible
        st = path.stat()
        files[path.name] = FileEntry(size=st.st_size, sha256=sha256_file(path), mtime_ns=st.st_mtime_ns)
    manifest = Manifest(
        format=EXPORT_FORMAT, variant=variant, model_dir=str(model_dir), model_digest=digest, files=files,
        probe_texts=PROBE_TEXTS, probe_vectors=[[float(x) for x in row] for row in vectors],
        versions=versions,
    )
    _write_atomic(directory / MANIFEST, manifest.model_dump_json(indent=1))
    return manifest


@contextlib.contextmanager
def building(target: Path):
    """A fresh temporary directory beside `target`, held under the export lock; the caller fills
    it and calls `publish`. Leftovers of earlier crashed builds are removed first."""
    from filelock import FileLock

    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock"):
        for stale in target.parent.glob(f"{target.name}.*-*"):
            shutil.rmtree(stale, ignore_errors=True)
        tmp = Path(tempfile.mkdtemp(prefix=f"{target.name}.tmp-", dir=target.parent))
        tmp.chmod(0o755)  # mkdtemp makes it private; an export is no secret, and may be shared
        try:
            yield tmp
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def publish(tmp: Path, target: Path) -> None:
    """Make a complete export visible in one rename, replacing a broken one."""
    discard(target)
    os.rename(tmp, target)


def discard(directory: Path) -> None:
    """Take a directory out of use in one rename, then delete it (readers never see it half gone)."""
    if directory.exists():
        aside = directory.with_name(f"{directory.name}.broken-{os.getpid()}")
        os.rename(directory, aside)
        shutil.rmtree(aside, ignore_errors=True)


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
