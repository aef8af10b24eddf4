"""Server mode: ingest into and search a real `chroma run` on a free loopback port."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.settings import load_settings
from assistant.store import dense_search, open_store
from ingest import run_ingest

pytestmark = pytest.mark.slow
FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "docs"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    port = free_port()
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "chroma"), "run", "--path", str(tmp_path / "chroma-server"),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, "chroma run exited"
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "chroma run did not start within 60 s"
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_ingest_and_search_against_a_chroma_server(chroma_server, tmp_path, monkeypatch):
    monkeypatch.setenv("CNI_ADVISOR_CHROMA_URL", chroma_server)
    settings = load_settings()
    docs = shutil.copytree(FIXTURE, tmp_path / "docs")
    report = run_ingest(settings, [docs])
    assert report.files_indexed == 6 and report.files_failed == []
    assert not settings.chroma_dir.exists()  # vectors live in the server, not under the index dir

    store = open_store(settings)
    try:
        assert store.count() == report.chunks_total == store.lexical.count()
        assert store.dense_ids() == store.lexical.ids()
        hit = dense_search(store, "which UDP port does flannel VXLAN need open", 1, plugins=["flannel"])[0]
        assert hit.source == "docs/flannel-io__flannel/troubleshooting.rst"
    finally:
        store.close()
    assert run_ingest(settings, [docs]).files_unchanged == 6
