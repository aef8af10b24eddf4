"""The export cache: keyed by the model's files, checked before use, rebuilt when broken."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.embeddings import artefacts, get_embeddings
from assistant.embeddings.onnx_load import _open_checked
from assistant.settings import load_settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def good_export() -> Path:
    """A valid fp32 export of the bundled model (made in the user's cache on first use)."""
    embeddings = get_embeddings(load_settings())
    assert type(embeddings).__name__ == "OnnxEmbeddings"
    return embeddings.directory


def _copy_cache(export: Path, cache: Path) -> Path:
    """The export copied into a private cache, timestamps kept (as a valid export looks)."""
    target = cache / "onnx" / export.name
    shutil.copytree(export, target, copy_function=shutil.copy2)
    return target


def _flip_bytes(path: Path, at: int | None = None, keep_mtime: bool = False) -> None:
    st = path.stat()
    at = st.st_size // 2 if at is None else at
    with path.open("r+b") as fh:
        fh.seek(at)
        chunk = fh.read(4096)
        fh.seek(at)
        fh.write(bytes(b ^ 0x5A for b in chunk))
    if keep_mtime:
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def _feed_forward_offset(path: Path) -> int:
    import onnx

    weights = next(t for t in onnx.load(str(path)).graph.initializer if list(t.dims) == [384, 1536])
    offset = path.read_bytes().find(weights.raw_data[:256])
    assert offset > 0
    return offset


def test_the_bundled_export_is_complete_and_keyed_by_the_model_files(good_export):
    manifest = artefacts.read_valid(good_export)
    assert manifest is not None and manifest.variant == "fp32"
    assert set(manifest.files) == {"model.onnx", "tokenizer.json", "embedder.json"}
    for name, entry in manifest.files.items():
        assert artefacts.sha256_file(good_export / name) == entry.sha256
    assert good_export.name == f"{manifest.model_digest[:24]}-fp32"
    assert manifest.model_digest == artefacts.model_digest(Path(manifest.model_dir), good_export.parent.parent)


def test_a_changed_model_file_changes_the_key(tmp_path):
    from assistant.embeddings import resolve_model

    model = tmp_path / "model"
    shutil.copytree(resolve_model("bundled:all-MiniLM-L6-v2"), model)
    before = artefacts.model_digest(model, tmp_path / "cache")
    assert artefacts.model_digest(model, tmp_path / "cache") == before  # memoized, same answer
    config = model / "1_Pooling" / "config.json"
    config.write_text(config.read_text().replace('"pooling_mode_mean_tokens": true', '"pooling_mode_mean_tokens": false'))
    assert artefacts.model_digest(model, tmp_path / "cache") != before
    (model / "README.md").write_text("docs do not change the vectors")
    assert artefacts.model_digest(model, tmp_path / "cache") == artefacts.model_digest(model, tmp_path / "c2")


def test_partial_or_altered_exports_are_never_valid(good_export, tmp_path):
    missing_manifest = _copy_cache(good_export, tmp_path / "a")
    (missing_manifest / "manifest.json").unlink()  # a crash before the last write
    assert artefacts.read_valid(missing_manifest) is None

    truncated = _copy_cache(good_export, tmp_path / "b")
    with (truncated / "model.onnx").open("r+b") as fh:
        fh.truncate(1 << 20)
    assert artefacts.read_valid(truncated) is None

    rewritten = _copy_cache(good_export, tmp_path / "c")
    _flip_bytes(rewritten / "model.onnx")
    assert artefacts.read_valid(rewritten) is None

    # Same size and timestamp (a damaged disk, a restored backup): the vectors recorded at export
    # time catch damage to the weights every text goes through, here a feed-forward layer's.
    disguised = _copy_cache(good_export, tmp_path / "d")
    _flip_bytes(disguised / "model.onnx", at=_feed_forward_offset(disguised / "model.onnx"), keep_mtime=True)
    assert artefacts.read_valid(disguised) is not None
    assert _open_checked(disguised) is None
    assert _open_checked(_copy_cache(good_export, tmp_path / "e")) is not None


def test_a_corrupted_cached_model_is_exported_again(good_export, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    copy = _copy_cache(good_export, cache)
    _flip_bytes(copy / "model.onnx")
    corrupted = artefacts.sha256_file(copy / "model.onnx")
    leftover = copy.with_name(copy.name + ".tmp-crashed")  # an export killed half way, earlier
    leftover.mkdir()
    (leftover / "model.onnx").write_bytes(b"partial")
    monkeypatch.setenv("CNI_ADVISOR_EMBEDDING_CACHE_DIR", str(cache))

    embeddings = get_embeddings(load_settings())
    assert embeddings.directory == copy
    manifest = artefacts.read_valid(copy)
    assert manifest is not None
    assert artefacts.sha256_file(copy / "model.onnx") == manifest.files["model.onnx"].sha256 != corrupted
    assert not leftover.exists()
    reference = get_embeddings(load_settings(embedding_cache_dir=good_export.parent.parent))
    a, b = np.array(embeddings.embed_query("pod MTU")), np.array(reference.embed_query("pod MTU"))
    assert float(a @ b) >= 0.9999


def test_an_export_in_an_older_format_is_made_again(good_export, tmp_path, monkeypatch):
    manifest = artefacts.read_valid(good_export)
    assert manifest is not None and manifest.format == artefacts.EXPORT_FORMAT
    model_dir, cache_root = Path(manifest.model_dir), tmp_path / "cache"
    # The format is part of the key: a new export format never even looks at the old directories.
    with monkeypatch.context() as mp:
        mp.setattr(artefacts, "EXPORT_FORMAT", artefacts.EXPORT_FORMAT - 1)
        older_key = artefacts.model_digest(model_dir, cache_root)
    assert older_key != artefacts.model_digest(model_dir, cache_root) == manifest.model_digest
    # And an older manifest found under the current key (same files) is not trusted either.
    copy = _copy_cache(good_export, cache_root)
    stale = manifest.model_copy(update={"format": artefacts.EXPORT_FORMAT - 1})
    (copy / "manifest.json").write_text(stale.model_dump_json(), encoding="utf-8")
    assert artefacts.read_valid(copy) is None
    monkeypatch.setenv("CNI_ADVISOR_EMBEDDING_CACHE_DIR", str(cache_root))
    embeddings = get_embeddings(load_settings())
    assert embeddings.directory == copy
    remade = artefacts.read_valid(copy)
    assert remade is not None and remade.format == artefacts.EXPORT_FORMAT
