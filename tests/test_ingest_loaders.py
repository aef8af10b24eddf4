"""Loaders, splitting and per-file metadata on the small fixture tree (no embedding model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.settings import REPO_ROOT, Settings
from ingest.chunks import file_documents
from ingest.document import LoadError
from ingest.loaders import decode, load_text
from ingest.markdown import load_markdown
from ingest.metadata import infer_plugins, plugin_names, repo_plugins

DOCS = Path(__file__).parent / "fixtures" / "ingest" / "docs"


def _docs(rel: str, **kw):
    path = DOCS / rel
    return file_documents(path, DOCS, path.read_bytes(), Settings(_env_file=None, **kw), repo_plugins(REPO_ROOT / "kb"))


def test_kb_note_metadata_from_front_matter():
    docs = _docs("notes/overlay.md")
    m = docs[0].metadata
    assert m["note_id"] == "overlay-vs-underlay" and m["title"] == "Overlay versus underlay networking"
    assert m["plugins"] == "calico,flannel" and m["plugin_flannel"] is True and m["plugin_calico"] is True
    assert m["url"] == "https://example.org/overlay"  # first openable source, not the "seed:" one
    assert m["source"] == "tests/fixtures/ingest/docs/notes/overlay.md" and m["path"] == str(DOCS / "notes/overlay.md")
    assert [d.metadata["heading"] for d in docs] == [
        "Overlay versus underlay", "Overlay versus underlay > MTU", "Overlay versus underlay > When to choose underlay"]
    assert [d.metadata["chunk_index"] for d in docs] == [0, 1, 2]
    assert docs[1].page_content.startswith("Overlay versus underlay > MTU\n\nEncapsulation costs")


def test_chinese_note_language_and_corpus_plugin_inference():
    assert _docs("notes/overlay.zh.md")[0].metadata["lang"] == "zh"
    assert _docs("notes/plain.txt")[0].metadata["lang"] == "en"
    m = _docs("flannel-io__flannel/troubleshooting.rst")[0].metadata
    assert m["plugins"] == "flannel" and m["note_id"] == "" and m["url"] == ""


def test_mdx_drops_imports_and_jsx_but_keeps_code_and_manifest_url():
    docs = _docs("flannel-io__flannel/backends.mdx")
    text = "\n".join(d.page_content for d in docs)
    assert "@theme/Tabs" not in text and "<TabItem" not in text
    assert "a code block keeps its import" in text
    assert docs[0].metadata["url"] == "https://example.org/flannel/backends"
    assert "Backends > host-gw" in [d.metadata["heading"] for d in docs]


def test_rst_headings_by_adornment():
    docs = _docs("flannel-io__flannel/troubleshooting.rst")
    assert [d.metadata["heading"] for d in docs] == ["Troubleshooting > Firewalls", "Troubleshooting > Firewalls > Logs"]
    assert ".. _troubleshooting" not in docs[0].page_content


def test_html_text_only_with_headings():
    docs = _docs("flannel-io__flannel/page.html")
    text = "\n".join(d.page_content for d in docs)
    assert "secretScriptText" not in text and "color:red" not in text
    assert docs[0].metadata["title"] == "Flannel page"
    assert docs[-1].metadata["heading"] == "Flannel on the web > Subnet lease"


def test_long_sections_are_bounded_and_overlap():
    body = " ".join(f"word{i}" for i in range(600))
    loaded = load_markdown(f"# Big\n\n{body}\n")
    from ingest.split import split

    chunks = split(loaded, "Big", 300, 50)
    assert len(chunks) > 5 and all(len(c) <= 300 for _, c in chunks)
    assert all(c.startswith("Big\n\n") for _, c in chunks)
    first, second = chunks[0][1].split()[-1], chunks[1][1]
    assert first in second  # the overlap carries the end of one chunk into the next


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    (b"caf\xe9 au lait", "not valid UTF-8 (byte 0xe9 at offset 3)"),
    (b"  \n\n", "empty file"),
])
def test_decode_rejects_with_one_line_reason(data, reason):
    with pytest.raises(LoadError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(data)


def test_broken_front_matter_and_front_matter_only():
    with pytest.raises(LoadError, match="broken front matter"):
        load_text(Path("x.md"), "---\ntitle: [oops\n---\nbody\n")
    with pytest.raises(LoadError, match="no text to index"):
        load_text(Path("x.md"), "---\ntitle: only\n---\n\n")


def test_a_users_document_is_tagged_with_the_plugins_its_file_name_or_title_names(tmp_path):
    kb = REPO_ROOT / "kb"
    runbook = tmp_path / "ops" / "calico_bgp-runbook.md"
    runbook.parent.mkdir()
    runbook.write_text("# Peering with the ToR switches\n\nEvery node peers with two switches.\n")
    guide = tmp_path / "ops" / "secondary.md"
    guide.write_text("# The ipvlan plugin in L3 mode\n\nThe master interface must be up.\n")
    other = tmp_path / "ops" / "dns.md"
    other.write_text("# CoreDNS tuning\n\nThe cache plugin keeps answers for 30 seconds.\n")
    tagged = {p.name: file_documents(p, p.parent, p.read_bytes(), Settings(_env_file=None), repo_plugins(kb),
                                     plugin_names(kb))[0].metadata["plugins"] for p in (runbook, guide, other)}
    assert tagged == {"calico_bgp-runbook.md": "calico", "secondary.md": "ipvlan", "dns.md": ""}


def test_front_matter_and_repositories_decide_before_names():
    kb = REPO_ROOT / "kb"
    flannel_repo = DOCS / "flannel-io__flannel" / "troubleshooting.rst"
    assert infer_plugins(flannel_repo, DOCS, {}, repo_plugins(kb), plugin_names(kb), "Calico notes") == ["flannel"]
    assert infer_plugins(DOCS / "notes" / "x.md", DOCS, {"plugins": []}, {}, plugin_names(kb), "Calico vs Cilium") == []
