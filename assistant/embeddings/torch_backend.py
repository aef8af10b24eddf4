"""The sentence-transformers model on torch: the reference the ONNX backend is checked against."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=4)
def load_torch(model: str, batch_size: int):
    """A langchain `Embeddings` on sentence-transformers; `model` as `resolve_model` returns it."""
    from langchain_huggingface import HuggingFaceEmbeddings
    from transformers.utils import logging as hf_logging

    # transformers draws a "Loading weights" bar on every load: noise in `ask` and in --json runs.
    hf_logging.disable_progress_bar()
    try:
        return HuggingFaceEmbeddings(
            model_name=model,
            # No device: sentence-transformers takes CUDA when torch sees a GPU, else the CPU.
            model_kwargs={"device": None},
            encode_kwargs={"normalize_embeddings": True, "batch_size": batch_size},
        )
    except (OSError, ValueError) as exc:
        from assistant.errors import ConfigError

        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise ConfigError(
            f"cannot load embedding model {model!r} ({reason}): set CNI_ADVISOR_EMBEDDING_MODEL to a"
            " local sentence-transformers directory or bundled:all-MiniLM-L6-v2"
        ) from None
