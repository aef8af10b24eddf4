"""Turning a sentence-transformers model into files ONNX Runtime runs: fp32 export and int8 quantization.

Only the transformer goes into the ONNX graph; tokenization (tokenizers) and pooling plus L2
normalization (numpy, in `onnx_backend`) stay outside it, as sentence-transformers does them.
The fp32 graph is then rewritten by ONNX Runtime's transformer optimizer (fused attention,
LayerNorm, GELU: about 1.3x the plain graph's throughput on our chunks) when the model is one it
knows; the caller keeps the fused graph only if it still gives torch's vectors.
This module imports torch and is only used when a model has no valid export in the cache yet.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import NamedTuple

import numpy as np

from assistant.embeddings.onnx_backend import CONFIG_FILE, MODEL_FILE, TOKENIZER_FILE, EmbedderConfig

POOLING_MODES = {"mean", "cls", "max", "mean_sqrt_len_tokens"}
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OPSET = 17
# config.model_type -> the optimizer's model_type, for the encoders its BERT fusions are made for.
FUSABLE = {"bert": "bert", "roberta": "bert", "xlm-roberta": "bert"}


class Fusion(NamedTuple):
    model_type: str
    num_heads: int
    hidden_size: int


class Unsupported(Exception):
    """The model cannot be run by the ONNX backend as sentence-transformers runs it."""


def export_fp32(model_dir: Path, out: Path, probe_texts: list[str], *,
                for_fusion: bool = False) -> tuple[np.ndarray, Fusion | None]:
    """Write model.onnx, tokenizer.json and embedder.json into `out`; returns torch's own vectors
    for `probe_texts` (normalized), which the caller compares with the exported model's, and how
    to `fuse` the graph (None: the optimizer does not know this kind of model).

    `for_fusion`: trace transformers' eager attention (MatMul, Softmax, MatMul), the pattern the
    optimizer fuses; the default SDPA attention traces to a form it leaves alone."""
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    model = SentenceTransformer(str(model_dir), device="cpu",
                                model_kwargs={"attn_implementation": "eager"} if for_fusion else None)
    config, inputs = _config(model)
    encoder = model[0].auto_model.eval()  # type: ignore[union-attr]  # torch's stubs type submodule access as Tensor | Module

    class Encoder(torch.nn.Module):
        # Positional tensors in, token embeddings out: the form the TorchScript exporter traces.
        def __init__(self):
            super().__init__()
            self.encoder = encoder

        def forward(self, *tensors):
            return self.encoder(**dict(zip(inputs, tensors, strict=True))).last_hidden_state

    sample = model.tokenizer(["an example sentence", "another, longer example sentence"], padding=True,
                             return_tensors="pt")
    axes = {name: {0: "batch", 1: "sequence"} for name in [*inputs, "token_embeddings"]}
    with warnings.catch_warnings(), torch.no_grad():
        # The tracer warns about shape-dependent Python branches in transformers; the export is
        # checked against torch's own vectors on texts of other lengths below, which is what counts.
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Encoder(), tuple(sample[name] for name in inputs), str(out / MODEL_FILE), dynamo=False,
            input_names=list(inputs), output_names=["token_embeddings"], dynamic_axes=axes,
            opset_version=OPSET, do_constant_folding=True,
        )
    texts = [t.replace("\n", " ") for t in probe_texts]
    reference = model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
    tokenizer = model.tokenizer.backend_tokenizer
    tokenizer.enable_truncation(config.max_seq_length, direction=model.tokenizer.truncation_side)
    tokenizer.no_padding()
    tokenizer.save(str(out / TOKENIZER_FILE))
    (out / CONFIG_FILE).write_text(config.model_dump_json(indent=1), encoding="utf-8")
    kind = FUSABLE.get(getattr(encoder.config, "model_type", ""))
    heads, hidden = (getattr(encoder.config, name, None) for name in ("num_attention_heads", "hidden_size"))
    fusion = Fusion(kind, int(heads), int(hidden)) if for_fusion and kind and heads and hidden else None
    return reference, fusion


def fuse(source: Path, target: Path, fusion: Fusion) -> bool:
    """Write the graph at `source` with attention, LayerNorm and GELU fused into `target`; False
    (nothing written) if the optimizer fused no attention, i.e. did not recognise the model."""
    import logging

    from onnxruntime.transformers import optimizer

    # The optimizer reports each fusion through its module loggers: not the user's business.
    logger = logging.getLogger("onnxruntime.transformers")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        # opt_level 0: only the optimizer's own (portable) fusions; ONNX Runtime's own graph
        # optimizations are still applied at each session load, for the provider in use.
        model = optimizer.optimize_model(str(source), model_type=fusion.model_type, num_heads=fusion.num_heads,
                                         hidden_size=fusion.hidden_size, opt_level=0, use_gpu=False)
        if not model.get_fused_operator_statistics().get("Attention"):
            return False
        model.save_model_to_file(str(target))
    finally:
        logger.setLevel(level)
    return True


def _config(model) -> tuple[EmbedderConfig, tuple[str, ...]]:
    """What the ONNX backend needs to reproduce `model.encode`; Unsupported for anything else."""
    kinds = [type(module).__name__ for module in model]
    if not kinds or kinds[0] != "Transformer" or not hasattr(model[0], "auto_model"):
        raise Unsupported(f"its first module is {kinds[:1]}, not a Hugging Face transformer")
    extra = [k for k in kinds[1:] if k not in ("Pooling", "Normalize")]
    if extra or "Pooling" not in kinds:
        raise Unsupported(f"its modules are {kinds}; only Transformer, Pooling and Normalize are exported")
    pooling = model[kinds.index("Pooling")]
    mode = pooling.pooling_mode
    if not isinstance(mode, str) or mode not in POOLING_MODES:
        raise Unsupported(f"its pooling mode {mode!r} is not one of {sorted(POOLING_MODES)}")
    if model.default_prompt_name and model.prompts.get(model.default_prompt_name):
        raise Unsupported("it adds a default prompt to every text")
    tokenizer = model.tokenizer
    if not getattr(tokenizer, "is_fast", False) or tokenizer.padding_side != "right":
        raise Unsupported("it has no fast (Rust) tokenizer padding on the right")
    inputs = tuple(name for name in INPUTS if name in tokenizer.model_input_names)
    if "input_ids" not in inputs or "attention_mask" not in inputs:
        raise Unsupported(f"its tokenizer gives {tokenizer.model_input_names}")
    config = EmbedderConfig(
        pooling=mode, max_seq_length=int(model.max_seq_length or tokenizer.model_max_length),
        do_lower_case=bool(getattr(model[0], "do_lower_case", False)), pad_id=int(tokenizer.pad_token_id or 0),
        dimension=int(pooling.embedding_dimension),
    )
    return config, inputs


def quantize_int8(fp32_dir: Path, out: Path) -> None:
    """Dynamic int8 quantization of a plain (unfused) fp32 export: weights int8 with one scale per output channel
    (a single scale per tensor cost 0.94 mean cosine to fp32 on our notes, per channel 0.99)."""
    import logging
    import shutil

    from onnxruntime.quantization import QuantType, quantize_dynamic

    # The quantizer logs advice through the root logger; a handler of our own keeps logging.warning()
    # from installing a default one for the whole process.
    root, quiet = logging.getLogger(), logging.NullHandler()
    level = root.level
    root.addHandler(quiet)
    root.setLevel(logging.ERROR)
    try:
        quantize_dynamic(str(fp32_dir / MODEL_FILE), str(out / MODEL_FILE), weight_type=QuantType.QInt8,
                         per_channel=True)
    finally:
        root.setLevel(level)
        root.removeHandler(quiet)
    for name in (TOKENIZER_FILE, CONFIG_FILE):
        shutil.copy2(fp32_dir / name, out / name)


def versions() -> dict[str, str]:
    """Library versions an export was made with, recorded in its manifest for people reading it."""
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for dist in ("torch", "onnx", "onnxruntime", "sentence-transformers", "transformers", "tokenizers"):
        try:
            found[dist] = version(dist)
        except PackageNotFoundError:
            continue
    return found
