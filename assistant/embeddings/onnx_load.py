"""Finding, checking and (once per model) building the ONNX export a process embeds with."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from assistant.embeddings import artefacts
from assistant.embeddings.locate import local_model_dir
from assistant.embeddings.onnx_backend import OnnxEmbeddings


class Fallback(Exception):
    """The ONNX backend cannot serve this model; the message says why, for the one-line notice."""


def load_onnx(model: str, quantize: str, cache_dir: Path, batch_size: int) -> OnnxEmbeddings:
    """Embeddings on ONNX Runtime for `model`, exporting it first if the cache has no valid export."""
    model_dir = local_model_dir(model)
    if model_dir is None:
        raise Fallback("it is not on this machine yet (the torch backend can download it)")
    root = cache_dir / "onnx"
    digest = artefacts.model_digest(model_dir, cache_dir)
    variant: artefacts.Variant = "int8" if quantize == "int8" else "fp32"
    for _ in range(2):
        directory = ensure(root, model_dir, digest, variant)
        embeddings = _open_checked(directory)
        if embeddings is not None:
            embeddings.batch_size = batch_size
            return embeddings
        artefacts.discard(directory)
    raise Fallback(f"its export in {directory} does not reproduce its own test vectors")


def ensure(root: Path, model_dir: Path, digest: str, variant: artefacts.Variant) -> Path:
    """The directory of a complete export of the model (built now if missing or broken)."""
    target = root / f"{digest[:24]}-{variant}"
    if artefacts.read_valid(target) is not None:
        return target
    source = ensure(root, model_dir, digest, "fp32") if variant == "int8" else None
    try:
        with artefacts.building(target) as tmp:
            if artefacts.read_valid(target) is not None:  # another process built it while we waited
                return target
            _progress(f"exporting embedding model {model_dir.name} to ONNX ({variant}) in {target}")
            vectors = _build(model_dir, source, tmp)
            from assistant.embeddings.export import versions

            artefacts.write_manifest(tmp, variant=variant, model_dir=model_dir, digest=digest, vectors=vectors,
                                     versions=versions())
            artefacts.publish(tmp, target)
    except OSError as exc:
        raise Fallback(f"its export cannot be written under {root} ({exc.strerror or exc}):"
                       " set CNI_ADVISOR_EMBEDDING_CACHE_DIR to a writable directory") from None
    return target


def _build(model_dir: Path, source: Path | None, tmp: Path) -> np.ndarray:
    """Fill `tmp` with an export (fp32 from the model, or int8 from `source`); its probe vectors."""
    from assistant.embeddings import export

    try:
        if source is not None:
            export.quantize_int8(source, tmp)
            return OnnxEmbeddings(tmp).encode(artefacts.PROBE_TEXTS)
        return _export_checked(model_dir, tmp)
    except export.Unsupported as exc:
        raise Fallback(str(exc)) from None
    except Exception as exc:  # the exporter's own failures: any of them means "use torch"
        raise Fallback(f"its ONNX export failed ({_first_line(exc)})") from None


def _export_checked(model_dir: Path, tmp: Path) -> np.ndarray:
    from assistant.embeddings import export

    reference = export.export_fp32(model_dir, tmp, artefacts.EXPORT_CHECK_TEXTS)
    vectors = OnnxEmbeddings(tmp).encode(artefacts.EXPORT_CHECK_TEXTS)
    worst = float(np.min(np.sum(reference * vectors, axis=1)))
    if worst < artefacts.MIN_COSINE:
        raise export.Unsupported(f"its ONNX export gives other vectors than torch (cosine {worst:.5f})")
    return vectors[: len(artefacts.PROBE_TEXTS)]


def _open_checked(directory: Path) -> OnnxEmbeddings | None:
    """The loaded export if it still gives the vectors recorded at export time; None if not."""
    manifest = artefacts.read_valid(directory)
    if manifest is None:
        return None
    try:
        embeddings = OnnxEmbeddings(directory)
        got = embeddings.encode(manifest.probe_texts)
    except Exception:  # onnxruntime's load errors (bad protobuf, bad config) all mean "broken"
        return None
    expected = np.asarray(manifest.probe_vectors, dtype=np.float32)
    if got.shape != expected.shape or float(np.min(np.sum(got * expected, axis=1))) < artefacts.MIN_COSINE:
        return None
    return embeddings


def _progress(message: str) -> None:
    # Only people at a terminal are told why the first run waits; logs and --json output stay clean.
    if sys.stderr.isatty():
        print(f"cni-advisor: {message} (once per model)", file=sys.stderr, flush=True)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
