"""`cni-advisor serve` itself: starts without an index, refuses a taken port in one line."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner

from ui.cli import cli

BIN = Path(sys.executable).parent / "cni-advisor"


def test_taken_port_is_a_one_line_error(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port), "--index", str(tmp_path / "i")])
    assert result.exit_code == 2
    assert f"127.0.0.1:{port} is in use: pass another --port" in result.output
    assert "Traceback" not in result.output


def test_serve_without_index_starts_and_reports_503(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [BIN, "serve", "--port", str(port), "--index", str(tmp_path / "none")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ},
    )
    try:
        deadline, health = time.monotonic() + 90, None
        while health is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
            except httpx.TransportError:
                time.sleep(0.3)
        assert health is not None, "server never answered"
        assert health.status_code == 503 and "cni-advisor ingest" in health.json()["reason"]
    finally:
        proc.terminate()
        out = proc.communicate(timeout=30)[0]
    assert "run `cni-advisor ingest`" in out and "serving anyway" in out
