"""run_ingest end to end on real Chroma + FTS5 with the real embedding model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.settings import load_settings
from assistant.store import dense_search, open_store
from ingest import run_ingest
from ui.cli import cli

pytestmark = pytest.mark.slow
FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "docs"


@pytest.fixture
def docs(tmp_path) -> Path:
    # A copy outside the repo, so display paths follow the "relative to the root's parent" rule.
    return Path(shutil.copytree(FIXTURE, tmp_path / "docs"))


def _sides(settings):
    store = open_store(settings)
    try:
        return store.dense_ids(), store.lexical.ids()
    finally:
        store.close()


def test_ingest_indexes_both_sides_and_skips_unsupported(docs):
    settings = load_settings()
    report = run_ingest(settings, [docs])
    assert (report.files_seen, report.files_indexed, report.files_skipped) == (8, 6, 2)
    assert report.files_failed == [] and report.exit_code == 0
    dense, lexical = _sides(settings)
    assert dense == lexical and len(dense) == report.chunks_added == report.chunks_total > 5

    store = open_store(settings)
    hits = dense_search(store, "VXLAN adds bytes so lower the pod MTU", 3)
    assert hits[0].source == "docs/notes/overlay.md" and hits[0].heading.endswith("MTU")
    assert hits[0].url == "https://example.org/overlay" and 0 < hits[0].score <= 1
    only_calico = dense_search(store, "VXLAN backend", 10, plugins=["calico"])
    assert only_calico and all("calico" in p.plugins for p in only_calico)
    assert store.lexical.search("调低MTU", 1)[0].note_id == "overlay-vs-underlay-zh"
    assert store.lexical.find("overlay-vs-underlay", "mtu")[0].text.startswith("Overlay versus underlay > MTU")
    store.close()


def test_reingest_incremental_change_removal_and_other_roots(docs, tmp_path):
    settings = load_settings()
    other = tmp_path / "other"
    other.mkdir()
    (other / "runbook.md").write_text("# Runbook\n\nRestart calico-node after changing the IP pool.\n")
    run_ingest(settings, [docs])
    run_ingest(settings, [other])

    again = run_ingest(settings, [docs])
    assert (again.files_unchanged, again.files_indexed, again.chunks_added, again.chunks_removed) == (6, 0, 0, 0)

    note = docs / "notes" / "overlay.md"
    note.write_text(note.read_text().replace("VXLAN adds 50 bytes", "Geneve adds 58 bytes"))
    (docs / "notes" / "plain.txt").unlink()
    changed = run_ingest(settings, [docs])
    assert (changed.files_indexed, changed.files_removed, changed.files_unchanged) == (1, 1, 4)
    assert changed.chunks_added > 0 and changed.chunks_removed > changed.chunks_added

    store = open_store(settings)
    texts = {p.text for p in store.lexical.get(sorted(store.lexical.ids()))}
    assert any("Geneve adds 58 bytes" in t for t in texts)
    assert not any("VXLAN adds 50 bytes" in t or "no headings at all" in t for t in texts)
    assert any("Restart calico-node" in t for t in texts)  # ingested from another root: untouched
    assert store.dense_ids() == store.lexical.ids()
    store.close()

    rebuilt = run_ingest(settings, [other], rebuild=True)
    assert rebuilt.chunks_total == 1 and _sides(settings)[0] == _sides(settings)[1]


def test_bad_files_are_reported_and_the_rest_ingested(docs):
    bad = docs / "bad"
    bad.mkdir()
    (bad / "binary.md").write_bytes(b"# x\n\x00\x01\x02")
    (bad / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (bad / "front.md").write_text("---\ntitle: [unclosed\n---\n# Body\n\ntext\n")
    (bad / "empty.rst").write_text("")
    (bad / "vanished.md").symlink_to(bad / "deleted-before-read.md")  # listed, gone when read

    result = CliRunner().invoke(cli, ["ingest", str(docs), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) == {"files_seen", "files_indexed", "files_unchanged", "files_removed", "files_failed",
                        "chunks_added", "chunks_removed", "chunks_total", "seconds"}
    reasons = {Path(f["path"]).name: f["error"] for f in out["files_failed"]}
    assert reasons.keys() == {"binary.md", "latin1.txt", "front.md", "empty.rst", "vanished.md"}
    assert reasons["binary.md"].startswith("binary file")
    assert reasons["latin1.txt"].startswith("not valid UTF-8")
    assert reasons["front.md"].startswith("broken front matter")
    assert reasons["empty.rst"] == "empty file"
    assert reasons["vanished.md"].startswith("file vanished")
    assert all("\n" not in r for r in reasons.values())
    assert out["files_indexed"] == 6


def test_nothing_indexable_exits_1(tmp_path):
    only_bad = tmp_path / "bad"
    only_bad.mkdir()
    # Not b"\xff\xfe...": that is a UTF-16 byte-order mark, and such a file is read as UTF-16 text.
    (only_bad / "a.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00bin")
    result = CliRunner().invoke(cli, ["ingest", str(only_bad)])
    assert result.exit_code == 1
    assert "failed: " in result.output and "binary file" in result.output


def test_model_switch_needs_rebuild_and_bad_model_is_a_config_error(docs, tmp_path):
    from assistant.errors import ConfigError

    run_ingest(load_settings(), [docs / "notes" / "plain.txt"])
    with pytest.raises(ConfigError, match=r"built with embedding model bundled:all-MiniLM-L6-v2: run `cni-advisor ingest --rebuild`"):
        run_ingest(load_settings(embedding_model="some/other-model"), [docs])
    fresh = load_settings(index_dir=tmp_path / "fresh", embedding_model=str(tmp_path / "no-such-model"))
    with pytest.raises(ConfigError, match="cannot load embedding model"):
        run_ingest(fresh, [docs / "notes" / "plain.txt"])
