"""Text encodings editors really save (UTF-16 and UTF-8 with a BOM) and Markdown files that are one heading."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from assistant.settings import Settings, load_settings
from ingest import run_ingest
from ingest.chunks import file_documents
from ingest.document import LoadError
from ingest.loaders import decode

NOTE = "# Pod MTU\n\nVXLAN adds 50 bytes, so the pod MTU is 1450 on a 1500 underlay.\n\n## 中文\n\n封装会占用 MTU。\n"
ENCODINGS = {
    "utf-16-le": codecs.BOM_UTF16_LE + NOTE.encode("utf-16-le"),
    "utf-16-be": codecs.BOM_UTF16_BE + NOTE.encode("utf-16-be"),
    "utf-8-sig": codecs.BOM_UTF8 + NOTE.encode("utf-8"),
    "utf-32": NOTE.encode("utf-32"),
    "utf-8": NOTE.encode("utf-8"),
}


def _docs(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return file_documents(path, tmp_path, path.read_bytes(), Settings(_env_file=None), {})


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_bom_encodings_decode_to_the_same_text(encoding):
    assert decode(ENCODINGS[encoding]) == NOTE


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_a_utf16_note_gives_the_same_chunks_as_utf8(tmp_path, encoding):
    docs = _docs(tmp_path, "note.md", ENCODINGS[encoding])
    plain = _docs(tmp_path, "plain.md", NOTE.encode("utf-8"))
    assert [d.page_content for d in docs] == [d.page_content for d in plain]
    assert docs[0].metadata["title"] == "Pod MTU" and not docs[0].page_content.startswith("\ufeff")
    assert [d.metadata["heading"] for d in docs] == ["Pod MTU", "Pod MTU > 中文"]


@pytest.mark.parametrize("data, reason", [
    (codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00", "not valid UTF-16 (byte 0x00 at offset 8)"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "not valid UTF-16"),  # a lone surrogate
    (codecs.BOM_UTF8 + b"caf\xe9", "not valid UTF-8 (byte 0xe9 at offset 6)"),
    ("plain text".encode("utf-16-le"), "looks like UTF-16 without a byte-order mark"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (codecs.BOM_UTF16_LE + b"a\x00\x00\x00b\x00", "binary file"),  # a BOM, then a NUL character
    (codecs.BOM_UTF16_BE + " \n".encode("utf-16-be"), "empty file"),
])
def test_undecodable_bytes_are_a_one_line_reason(data, reason):
    with pytest.raises(LoadError) as err:
        decode(data)
    assert reason in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize("text", ["# Roadmap\n", "Roadmap\n=======\n", "---\ntitle: R\n---\n# Roadmap\n"])
def test_a_markdown_file_of_one_heading_is_indexed_under_it(tmp_path, text):
    (doc,) = _docs(tmp_path, "roadmap.md", text.encode())
    assert doc.page_content == "Roadmap"
    assert doc.metadata["heading"] == "Roadmap"


def test_a_markdown_file_with_no_heading_and_no_text_is_still_refused(tmp_path):
    with pytest.raises(LoadError, match="no text to index"):
        _docs(tmp_path, "empty.md", b"---\ntitle: only front matter\n---\n\n")


@pytest.mark.slow
def test_ingest_indexes_utf16_bom_and_heading_only_files(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "windows.md").write_bytes(ENCODINGS["utf-16-le"])
    (docs / "bom.txt").write_bytes(codecs.BOM_UTF8 + b"Calico IP pools and IPAM blocks.\n")
    (docs / "stub.md").write_text("# Multus meta-plugin roadmap\n", encoding="utf-8")
    (docs / "latin1.md").write_bytes("# Café\n\nrésumé\n".encode("latin-1"))
    settings = load_settings()
    report = run_ingest(settings, [docs])
    assert [(Path(f["path"]).name, f["error"].split(" (")[0]) for f in report.files_failed] == [
        ("latin1.md", "not valid UTF-8")]
    assert report.files_indexed == 3
    from assistant.store import open_store

    store = open_store(settings)
    try:
        (hit,) = store.lexical.search("roadmap", 1)
        assert hit.source == "docs/stub.md" and hit.heading == hit.text == "Multus meta-plugin roadmap"
        assert store.lexical.search("封装", 1)[0].source == "docs/windows.md"
    finally:
        store.close()
