"""The ONNX backend against the torch reference: same vectors, same neighbours, interchangeable indexes."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.embeddings import get_embeddings
from assistant.errors import ConfigError
from assistant.settings import REPO_ROOT, load_settings

pytestmark = pytest.mark.slow

TEXTS = [
    "Which CNI plugin should we use on bare metal with a BGP fabric?",
    "How does flannel's VXLAN backend encapsulate pod traffic?\nAnd what MTU does it need?",
    "我们在阿里云上，选 Terway 还是 flannel？",
    "Calico 的 IPIP 模式和 VXLAN 模式有什么区别？",
    # Far past max_seq_length (256 tokens): both backends must truncate the same way.
    "Cilium attaches eBPF programs to each pod's interface and can replace kube-proxy. " * 40,
    "MTU",
    "",
]
NOTES = ["plugin-calico.md", "plugin-calico.zh.md", "plugin-flannel.md", "plugin-flannel.zh.md",
         "plugin-cilium.md", "topic-mtu-encapsulation.md", "overlay-vs-underlay.md", "env-aliyun.zh.md"]
QUERIES = ["Which encapsulation does flannel use between hosts?", "Calico BGP route reflectors",
           "Cilium 如何替代 kube-proxy？", "VXLAN 的 MTU 应该设置为多少？", "overlay or underlay on bare metal",
           "阿里云 Terway"]


def test_onnx_vectors_equal_torch_vectors_in_english_and_chinese():
    onnx = get_embeddings(load_settings())
    torch = get_embeddings(load_settings(embedding_backend="torch"))
    assert type(onnx).__name__ == "OnnxEmbeddings" and type(torch).__name__ == "HuggingFaceEmbeddings"
    a, b = np.array(onnx.embed_documents(TEXTS)), np.array(torch.embed_documents(TEXTS))
    assert a.shape == b.shape == (len(TEXTS), 384)
    cosines = (a * b).sum(axis=1)
    assert cosines.min() >= 0.9999, cosines
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    q = np.array(onnx.embed_query(TEXTS[2]))
    assert float(q @ np.array(torch.embed_query(TEXTS[2]))) >= 0.9999
    # Batch composition must not change a vector (padding is masked out of the pooling).
    assert float(q @ a[2]) >= 0.99999


@pytest.fixture(scope="module")
def two_indexes(tmp_path_factory):
    """The same notes ingested once per backend."""
    from ingest import run_ingest

    base = tmp_path_factory.mktemp("backends")
    notes = base / "notes"
    notes.mkdir()
    for name in NOTES:
        shutil.copy2(REPO_ROOT / "kb" / "notes" / name, notes / name)
    built = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        for backend in ("torch", "onnx"):
            settings = load_settings(index_dir=base / backend, embedding_backend=backend)
            report = run_ingest(settings, [notes])
            assert report.chunks_added > 40 and not report.files_failed
            built[backend] = base / backend
    return notes, built


def _neighbours(index_dir: Path, backend: str, k: int = 5) -> list[list[str]]:
    from assistant.store import dense_search, open_store

    store = open_store(load_settings(index_dir=index_dir, embedding_backend=backend))
    try:
        return [[p.chunk_id for p in dense_search(store, q, k)] for q in QUERIES]
    finally:
        store.close()


def test_top_k_neighbours_are_the_same_on_both_backends(two_indexes):
    _, built = two_indexes
    torch_hits = _neighbours(built["torch"], "torch")
    assert all(len(hits) == 5 for hits in torch_hits)
    assert _neighbours(built["onnx"], "onnx") == torch_hits
    # Either backend queries an index the other built, with the same results.
    assert _neighbours(built["torch"], "onnx") == torch_hits
    assert _neighbours(built["onnx"], "torch") == torch_hits


def test_index_records_its_backend_and_the_other_backend_may_update_it(two_indexes):
    from assistant.store import open_store
    from ingest import run_ingest

    notes, built = two_indexes
    for backend, index_dir in built.items():
        store = open_store(load_settings(index_dir=index_dir))
        assert (store.embedding_backend(), store.embedding_model()) == (backend, "bundled:all-MiniLM-L6-v2")
        store.close()
    other = load_settings(index_dir=built["torch"], embedding_backend="onnx")
    report = run_ingest(other, [notes])  # not refused: same model, same vectors
    assert report.files_unchanged == len(NOTES) and report.chunks_added == 0


def test_quantize_needs_the_onnx_backend():
    with pytest.raises(ConfigError, match="EMBEDDING_QUANTIZE=int8 needs CNI_ADVISOR_EMBEDDING_BACKEND=onnx"):
        get_embeddings(load_settings(embedding_backend="torch", embedding_quantize="int8"))
    with pytest.raises(ConfigError, match="CNI_ADVISOR_EMBEDDING_BACKEND"):
        load_settings(embedding_backend="tensorflow")


def _tiny_model(path: Path, *extra) -> Path:
    """A small random sentence-transformers model with the bundled tokenizer, saved to `path`."""
    import torch
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.models import Pooling, Transformer
    from transformers import BertConfig, BertModel

    from assistant.embeddings import resolve_model

    bert = path.parent / f"{path.name}-bert"
    torch.manual_seed(0)
    BertModel(BertConfig(hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                         intermediate_size=64)).save_pretrained(bert)
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        shutil.copy2(Path(resolve_model("bundled:all-MiniLM-L6-v2")) / name, bert / name)
    pooling = Pooling(32, pooling_mode="max")
    SentenceTransformer(modules=[Transformer(str(bert), max_seq_length=64), pooling, *extra]).save(str(path))
    return path


def test_another_model_is_exported_the_same_way(tmp_path, monkeypatch):
    model = _tiny_model(tmp_path / "tiny-max")
    monkeypatch.setenv("CNI_ADVISOR_EMBEDDING_CACHE_DIR", str(tmp_path / "cache"))
    onnx = get_embeddings(load_settings(embedding_model=str(model)))
    torch = get_embeddings(load_settings(embedding_model=str(model), embedding_backend="torch"))
    assert type(onnx).__name__ == "OnnxEmbeddings"
    assert onnx.config.pooling == "max" and onnx.config.max_seq_length == 64
    a, b = np.array(onnx.embed_documents(TEXTS)), np.array(torch.embed_documents(TEXTS))
    assert a.shape == (len(TEXTS), 32) and (a * b).sum(axis=1).min() >= 0.9999
    assert len(list((tmp_path / "cache" / "onnx").glob("*-fp32"))) == 1
    assert "Attention" in _op_types(onnx.directory / "model.onnx")  # a BERT of any size is fused


def test_a_model_the_export_does_not_cover_falls_back_to_torch_with_one_line(tmp_path, monkeypatch, capsys):
    from sentence_transformers.models import Dense

    model = _tiny_model(tmp_path / "tiny-dense", Dense(32, 16))
    monkeypatch.setenv("CNI_ADVISOR_EMBEDDING_CACHE_DIR", str(tmp_path / "cache"))
    capsys.readouterr()
    embeddings = get_embeddings(load_settings(embedding_model=str(model)))
    assert type(embeddings).__name__ == "HuggingFaceEmbeddings"
    assert len(embeddings.embed_query("hello")) == 16
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"cni-advisor: embedding model {model} cannot run on ONNX Runtime: its modules are")
    assert line.endswith("using the torch backend")
    assert not list((tmp_path / "cache" / "onnx").glob("*-fp32"))  # nothing half-made left behind


def test_an_unwritable_cache_falls_back_to_torch_naming_the_setting(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    monkeypatch.setenv("CNI_ADVISOR_EMBEDDING_CACHE_DIR", str(blocker / "cache"))
    capsys.readouterr()
    embeddings = get_embeddings(load_settings())
    assert type(embeddings).__name__ == "HuggingFaceEmbeddings"
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "set CNI_ADVISOR_EMBEDDING_CACHE_DIR to a writable directory" in line


def _op_types(graph: Path) -> set[str]:
    import onnx

    return {node.op_type for node in onnx.load(str(graph)).graph.node}


def _note_passages(limit: int) -> list[str]:
    """Paragraphs of our notes, English and Chinese, short to past max_seq_length: mixed-length batches."""
    passages = []
    for path in sorted((REPO_ROOT / "kb" / "notes").glob("*.md")):
        passages += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    step = max(1, len(passages) // limit)
    return passages[::step][:limit]


def test_the_fused_fp32_export_gives_torch_vectors_on_many_passages():
    onnx = get_embeddings(load_settings())
    torch = get_embeddings(load_settings(embedding_backend="torch"))
    # The optimizer's fused operators are in the graph actually loaded (not the plain fallback).
    assert {"Attention", "SkipLayerNormalization", "BiasGelu"} <= _op_types(onnx.directory / "model.onnx")
    texts = [*_note_passages(300), *TEXTS]  # TEXTS adds one past max_seq_length, and an empty one
    assert len(texts) >= 250 and any(len(t) > 1000 for t in texts) and any(len(t) < 40 for t in texts)
    a, b = np.array(onnx.embed_documents(texts)), np.array(torch.embed_documents(texts))
    cosines = (a * b).sum(axis=1)
    assert cosines.min() >= 0.9999, (cosines.min(), texts[int(cosines.argmin())][:80])


def test_int8_is_quantized_from_a_plain_export(tmp_path, monkeypatch):
    monkeypatch.setenv("CNI_ADVISOR_EMBEDDING_CACHE_DIR", str(tmp_path / "cache"))
    int8 = get_embeddings(load_settings(embedding_quantize="int8"))
    ops = _op_types(int8.directory / "model.onnx")
    assert "DynamicQuantizeLinear" in ops and "Attention" not in ops
    assert sorted(p.name for p in int8.directory.iterdir()) == [
        "embedder.json", "manifest.json", "model.onnx", "tokenizer.json"]  # no plain export left in it
    assert not list((tmp_path / "cache" / "onnx").glob("*-fp32"))  # int8 no longer needs the fp32 export
    torch = get_embeddings(load_settings(embedding_backend="torch"))
    a, b = np.array(int8.embed_documents(TEXTS[:4])), np.array(torch.embed_documents(TEXTS[:4]))
    assert (a * b).sum(axis=1).min() >= 0.95


def test_the_plain_graph_is_kept_when_the_optimizer_fails(tmp_path, monkeypatch):
    from assistant.embeddings import export

    def broken(*args):
        raise RuntimeError("fusion pattern not supported")

    model = _tiny_model(tmp_path / "tiny-plain")
    monkeypatch.setattr(export, "fuse", broken)
    monkeypatch.setenv("CNI_ADVISOR_EMBEDDING_CACHE_DIR", str(tmp_path / "cache"))
    onnx = get_embeddings(load_settings(embedding_model=str(model)))
    torch = get_embeddings(load_settings(embedding_model=str(model), embedding_backend="torch"))
    assert type(onnx).__name__ == "OnnxEmbeddings"
    assert "Attention" not in _op_types(onnx.directory / "model.onnx")
    a, b = np.array(onnx.embed_documents(TEXTS)), np.array(torch.embed_documents(TEXTS))
    assert (a * b).sum(axis=1).min() >= 0.9999
