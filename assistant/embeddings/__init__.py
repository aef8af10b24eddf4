"""Sentence embeddings for the index and for questions, loaded once per process.

Two backends give the same vectors: ONNX Runtime + tokenizers (default; no torch import, so a
cold `ask` is fast) and sentence-transformers on torch (the reference, and the fallback for
models the ONNX export does not cover).
"""

from __future__ import annotations

import functools
import sys
import threading
from pathlib import Path

from assistant.embeddings.locate import resolve_model
from assistant.errors import ConfigError
from assistant.settings import Settings

__all__ = ["get_embeddings", "resolve_model"]

_loading = threading.Lock()


def get_embeddings(settings: Settings):
    """A langchain `Embeddings` for settings.embedding_model (normalized, so cosine == dot)."""
    if settings.embedding_backend == "torch" and settings.embedding_quantize != "none":
        raise ConfigError(
            "CNI_ADVISOR_EMBEDDING_QUANTIZE=int8 needs CNI_ADVISOR_EMBEDDING_BACKEND=onnx:"
            " unset one of them"
        )
    with _loading:  # threads of one server share one load (and one export)
        return _load(settings.embedding_model, settings.embedding_backend, settings.embedding_quantize,
                     settings.embedding_cache_dir, settings.embedding_batch_size)


@functools.lru_cache(maxsize=4)
def _load(model: str, backend: str, quantize: str, cache_dir: Path, batch_size: int):
    if backend == "onnx":
        from assistant.embeddings.onnx_load import Fallback, load_onnx

        try:
            return load_onnx(model, quantize, cache_dir, batch_size)
        except Fallback as exc:
            print(f"cni-advisor: embedding model {model} cannot run on ONNX Runtime: {exc};"
                  " using the torch backend", file=sys.stderr, flush=True)
    from assistant.embeddings.torch_backend import load_torch

    return load_torch(resolve_model(model), batch_size)
