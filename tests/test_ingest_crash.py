"""SIGKILL a real `cni-advisor ingest` mid-run; the next ingest leaves dense == lexical == records."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from assistant.settings import load_settings
from assistant.store import open_store
from ingest import run_ingest
from ingest.chunks import file_documents
from ingest.records import SQLiteRecordManager

pytestmark = pytest.mark.slow
CLI = str(Path(sys.executable).parent / "cni-advisor")


FILES = 120  # enough groups of chunks that the kill lands mid-run even on an idle machine


def _corpus(root: Path, files: int = FILES, sections: int = 6) -> None:
    root.mkdir()
    for f in range(files):
        parts = [f"# Doc {f}\n"]
        for s in range(sections):
            parts.append(f"## Part {s}\n\nDocument {f} section {s} talks about pod network {f * 7 + s}.\n")
        (root / f"doc{f:02d}.md").write_text("\n".join(parts))


def _lexical_count(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM chunks").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_sigkill_mid_ingest_then_reingest_agrees(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    _corpus(docs)
    # Small batches make several index() groups, so the kill lands between or inside writes.
    monkeypatch.setenv("CNI_ADVISOR_EMBEDDING_BATCH_SIZE", "4")
    settings = load_settings()
    proc = subprocess.Popen([CLI, "ingest", str(docs), "--json"], env=os.environ.copy(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 240
        while _lexical_count(settings.lexical_path) == 0 and proc.poll() is None:
            assert time.monotonic() < deadline, "ingest wrote nothing within 240 s"
            time.sleep(0.1)
        assert proc.poll() is None, "ingest finished before it could be killed: make the corpus bigger"
        time.sleep(0.2)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    report = run_ingest(settings, [docs])
    assert report.files_failed == [] and report.files_unchanged < FILES

    expected = sum(len(file_documents(p, docs, p.read_bytes(), settings, {})) for p in docs.glob("*.md"))
    store = open_store(settings)
    try:
        dense, lexical = store.dense_ids(), store.lexical.ids()
        records = SQLiteRecordManager(store.lexical.conn, f"chroma/{settings.collection}").all_keys()
        assert dense == lexical == set(records)
        assert len(dense) == store.count() == expected == report.chunks_total
        passages = store.lexical.get(sorted(lexical))
        rows = store.lexical.conn.execute("SELECT path, chunk_index FROM chunks").fetchall()
        assert max(Counter(map(tuple, rows)).values()) == 1  # no chunk twice
        assert len({p.source for p in passages}) == FILES
    finally:
        store.close()
    assert run_ingest(settings, [docs]).files_unchanged == FILES
