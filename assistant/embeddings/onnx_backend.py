"""Sentence embeddings on ONNX Runtime + tokenizers, computed as sentence-transformers computes them.

Same steps as `SentenceTransformer.encode(normalize_embeddings=True)` behind LangChain's
HuggingFaceEmbeddings: newlines become spaces, the tokenizer truncates at the model's
max_seq_length, texts are batched by length, token embeddings are pooled over the attention mask
and the result is L2-normalized. No torch: this is what `ask`, `serve` and `slack` load.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import numpy as np
from langchain_core.embeddings import Embeddings
from pydantic import BaseModel

MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
CONFIG_FILE = "embedder.json"


class EmbedderConfig(BaseModel):
    """How to turn the graph's token embeddings into a sentence embedding (from the model's modules)."""

    pooling: Literal["mean", "cls", "max", "mean_sqrt_len_tokens"]
    max_seq_length: int
    do_lower_case: bool = False
    pad_id: int = 0
    dimension: int


def providers() -> list[str]:
    """CUDA when onnxruntime-gpu is installed and sees a GPU, always the CPU as the fallback."""
    import onnxruntime as ort

    available = ort.get_available_providers()
    return [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in available]


class OnnxEmbeddings(Embeddings):
    """A LangChain `Embeddings` over one exported model directory."""

    def __init__(self, directory: Path, batch_size: int = 32):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.directory = directory
        self.config = EmbedderConfig.model_validate_json((directory / CONFIG_FILE).read_text(encoding="utf-8"))
        self.batch_size = batch_size
        # Truncation (max_seq_length, side) was saved with the tokenizer; padding is done per batch below.
        self.tokenizer = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
        options = ort.SessionOptions()
        options.log_severity_level = 3  # warnings such as "CUDA provider unavailable" are not the user's business
        self.session = ort.InferenceSession(str(directory / MODEL_FILE), options, providers=providers())
        self.inputs = {i.name for i in self.session.get_inputs()}

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode([text])[0].tolist()

    def encode(self, texts: list[str]) -> np.ndarray:
        """Normalized float32 vectors, one row per text, in the order given."""
        out = np.zeros((len(texts), self.config.dimension), dtype=np.float32)
        if not texts:
            return out
        texts = [t.replace("\n", " ") for t in texts]
        if self.config.do_lower_case:
            texts = [t.lower() for t in texts]
        encodings = self.tokenizer.encode_batch(texts)
        # Longest first, as sentence-transformers does: batches of similar length carry little padding.
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            out[rows] = self._batch([encodings[i] for i in rows])
        return out

    def _batch(self, encodings) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.full((len(encodings), width), self.config.pad_id, dtype=np.int64)
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for row, e in enumerate(encodings):
            n = len(e.ids)
            ids[row, :n], mask[row, :n], types[row, :n] = e.ids, e.attention_mask, e.type_ids
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
        tokens = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
        vectors = pool(tokens, mask, self.config.pooling)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


def pool(tokens: np.ndarray, mask: np.ndarray, mode: str) -> np.ndarray:
    """sentence-transformers' Pooling for one mode, over the tokens the attention mask keeps."""
    if mode == "cls":
        return tokens[np.arange(len(tokens)), mask.argmax(axis=1)]
    keep = mask[..., None].astype(tokens.dtype)
    if mode == "max":
        return np.where(keep > 0, tokens, -np.inf).max(axis=1)
    total = (tokens * keep).sum(axis=1)
    count = np.maximum(keep.sum(axis=1), 1e-9)
    return total / (count if mode == "mean" else np.sqrt(count))
