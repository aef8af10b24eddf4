"""Two ingests on one index never interleave: the second refuses clearly, or waits with --wait."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.settings import load_settings
from ingest.lock import ingest_lock

CLI = str(Path(sys.executable).parent / "cni-advisor")


def _docs(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# A\n\nCalico uses BGP to announce pod routes.\n")
    return docs


def test_second_ingest_refuses_while_one_holds_the_lock(tmp_path):
    settings = load_settings()
    with ingest_lock(settings.index_dir):
        done = subprocess.run([CLI, "ingest", str(_docs(tmp_path))], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    err = done.stderr.strip()
    assert err == (f"Error: another ingest is running on {settings.index_dir} (pid {os.getpid()}):"
                   " wait for it, or pass --wait")
    assert not settings.lexical_path.exists()  # refused before touching the index


@pytest.mark.slow
def test_wait_flag_waits_for_the_lock_then_ingests(tmp_path):
    settings = load_settings()
    docs = _docs(tmp_path)
    with ingest_lock(settings.index_dir):
        proc = subprocess.Popen([CLI, "ingest", str(docs), "--wait", "--json"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(3)
        assert proc.poll() is None, proc.communicate()
        assert not settings.lexical_path.exists()
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert '"files_indexed": 1' in out
