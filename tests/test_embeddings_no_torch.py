"""On the default ONNX backend, `ask`, `serve` and `slack` answer real questions without importing torch.

Each runs as a real process against a real index of kb/notes, with Python's own import log
(PYTHONPROFILEIMPORTTIME) telling which modules it loaded.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from fakes.slack_api import FakeSlackApi, FakeSocketMode, event_body, mention

BIN = Path(sys.executable).parent / "cni-advisor"
TORCH = {"torch", "sentence_transformers", "transformers", "langchain_huggingface"}
QUESTION = "Which CNI plugin for VMware NAT with latency needs?"


def imported(import_log: str) -> set[str]:
    """Top-level packages named in a PYTHONPROFILEIMPORTTIME log."""
    names = set()
    for line in import_log.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


def env_for(index: Path) -> dict[str, str]:
    return {**os.environ, "CNI_ADVISOR_INDEX_DIR": str(index), "PYTHONPROFILEIMPORTTIME": "1"}


def check_imports(log: str) -> None:
    names = imported(log)
    assert "chromadb" in names and "onnxruntime" in names, "the question was not embedded at all"
    assert not names & TORCH, f"imported {sorted(names & TORCH)}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_ask_answers_without_torch(kb_index_dir):
    done = subprocess.run([BIN, "ask", "--json", QUESTION], capture_output=True, text=True,
                          env=env_for(kb_index_dir), timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    assert answer["citations"] and answer["answerable"]
    check_imports(done.stderr)


@pytest.mark.slow
def test_serve_answers_without_torch(kb_index_dir, tmp_path):
    port, log = free_port(), tmp_path / "serve.log"
    with log.open("w") as err:  # a file, not a pipe: the import log would fill a pipe and block the server
        proc = subprocess.Popen([BIN, "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=err,
                                env=env_for(kb_index_dir))
    try:
        deadline, reply = time.monotonic() + 240, None
        while reply is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                reply = httpx.post(f"http://127.0.0.1:{port}/api/ask", json={"question": QUESTION}, timeout=120)
            except httpx.TransportError:
                time.sleep(0.5)
        assert reply is not None and reply.status_code == 200, log.read_text()[-2000:]
        assert reply.json()["citations"]
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    check_imports(log.read_text())


@pytest.mark.slow
def test_slack_socket_mode_answers_without_torch(kb_index_dir, tmp_path):
    log = tmp_path / "slack.log"
    with FakeSlackApi() as api, FakeSocketMode() as sock:
        api.ws_url = sock.url
        env = {**env_for(kb_index_dir), "SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1",
               "SLACK_API_URL": api.api_url}
        with log.open("w") as err:
            proc = subprocess.Popen([BIN, "slack", "--socket"], stdout=subprocess.DEVNULL, stderr=err, env=env)
        try:
            api.wait_for("apps.connections.open", timeout=240)
            payload = json.loads(event_body(mention(QUESTION, ts="1700000400.000100"), "EvNoTorch"))
            sock.push({"envelope_id": "env-nt", "type": "events_api", "accepts_response_payload": False,
                       "retry_attempt": 0, "retry_reason": "", "payload": payload})
            (call,) = api.wait_for("chat.postMessage", timeout=120)
        finally:
            proc.terminate()
            proc.wait(timeout=60)
    assert call.data["thread_ts"] == "1700000400.000100"
    assert "calico" in json.dumps(call.data).lower() or "flannel" in json.dumps(call.data).lower()
    check_imports(log.read_text())


@pytest.mark.parametrize("args", [["--help"], ["ask", "--help"], ["ingest", "--help"]])
def test_help_loads_no_embedding_runtime(args):
    done = subprocess.run([BIN, *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPROFILEIMPORTTIME": "1"})
    assert done.returncode == 0
    assert not imported(done.stderr) & (TORCH | {"onnxruntime", "tokenizers", "onnx", "numpy"})
