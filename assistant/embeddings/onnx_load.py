"""Finding, checking and (once per model) building the ONNX export a process embeds with."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.embeddings import artefacts
from assistant.embeddings.locate import local_model_dir
from assistant.embeddings.onnx_backend import MODEL_FILE, OnnxEmbeddings

if TYPE_CHECKING:
    from assistant.embeddings.export import Fusion


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
    try:
        with artefacts.building(target) as tmp:
            if artefacts.read_valid(target) is not None:  # another process built it while we waited
                return target
            _progress(f"exporting embedding model {model_dir.name} to ONNX ({variant}) in {target}")
            vectors = _build(model_dir, variant, tmp)
            from assistant.embeddings.export import versions

            artefacts.write_manifest(tmp, variant=variant, model_dir=model_dir, digest=digest, vectors=vectors,
                                     versions=versions())
            artefacts.publish(tmp, target)
    except OSError as exc:
        raise Fallback(f"its export cannot be written under {root} ({exc.strerror or exc}):"
                       " set CNI_ADVISOR_EMBEDDING_CACHE_DIR to a writable directory") from None
    return target


def _build(model_dir: Path, variant: artefacts.Variant, tmp: Path) -> np.ndarray:
    """Fill `tmp` with an export (fp32 fused where possible, or int8); its probe vectors."""
    from assistant.embeddings import export

    try:
        if variant == "int8":
            # Quantized from a plain (unfused) export of its own: the quantizer cannot read the
            # optimizer's fused operators, and this is the graph int8 was evaluated on.
            plain = tmp / "plain"
            plain.mkdir()
            _export_checked(model_dir, plain, fuse=False)
            export.quantize_int8(plain, tmp)
            shutil.rmtree(plain)
            return OnnxEmbeddings(tmp).encode(artefacts.PROBE_TEXTS)
        return _export_checked(model_dir, tmp, fuse=True)[: len(artefacts.PROBE_TEXTS)]
    except export.Unsupported as exc:
        raise Fallback(str(exc)) from None
    except Exception as exc:  # the exporter's own failures: any of them means "use torch"
        raise Fallback(f"its ONNX export failed ({_first_line(exc)})") from None


def _export_checked(model_dir: Path, tmp: Path, *, fuse: bool) -> np.ndarray:
    """Export into `tmp`, fused if the optimizer knows the model and the fused graph still gives
    torch's vectors (else the plain graph); the export's vectors for EXPORT_CHECK_TEXTS."""
    from assistant.embeddings import export

    texts = artefacts.EXPORT_CHECK_TEXTS
    reference, fusion = export.export_fp32(model_dir, tmp, texts, for_fusion=fuse)
    plain = tmp / MODEL_FILE
    if fusion is not None and _fuse(plain, fusion):
        vectors = OnnxEmbeddings(tmp).encode(texts)
        if _worst(reference, vectors) >= artefacts.MIN_COSINE:
            return vectors
        # Fused, but not torch's vectors: export again, plain (and in the default attention form).
        return _export_checked(model_dir, tmp, fuse=False)
    vectors = OnnxEmbeddings(tmp).encode(texts)
    worst = _worst(reference, vectors)
    if worst < artefacts.MIN_COSINE:
        raise export.Unsupported(f"its ONNX export gives other vectors than torch (cosine {worst:.5f})")
    return vectors


def _fuse(graph: Path, fusion: Fusion) -> bool:
    """Replace `graph` by its fused form; False (graph unchanged) if the optimizer fails or fuses nothing."""
    from assistant.embeddings import export

    fused = graph.with_name("fused.onnx")
    try:
        if not export.fuse(graph, fused, fusion):
            return False
        fused.replace(graph)
        return True
    except Exception:  # the optimizer's own failures: the plain graph is still there and correct
        return False
    finally:
        fused.unlink(missing_ok=True)


def _worst(reference: np.ndarray, vectors: np.ndarray) -> float:
    return float(np.min(np.sum(reference * vectors, axis=1)))


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
