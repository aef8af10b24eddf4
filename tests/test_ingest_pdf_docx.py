"""PDF and DOCX ingest on small files written in the test: headings from the document's own
structure, tables kept as rows, broken and encrypted files refused with a one-line reason."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.settings import REPO_ROOT, Settings, load_settings
from ingest.chunks import file_documents
from ingest.document import LoadError
from ingest.loaders import load_file, supported
from ingest.metadata import repo_plugins


def _pdf(outline: bool = True, title: str = "Vendor CNI guide") -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.add_page()
    for size, level, heading, text in [
        (20, 0, "Installation", "The agent listens on port 9099 by default. Install it on every node first."),
        (15, 1, "Firewall ports", "Open UDP 4789 between all nodes for VXLAN traffic."),
        (20, 0, "Upgrades", "Upgrade one node at a time; the version skew may be one minor release."),
    ]:
        pdf.set_font("helvetica", size=size)
        if outline:
            pdf.start_section(heading, level=level)
        pdf.cell(text=heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=11)
        pdf.multi_cell(0, 6, text)
        if heading == "Firewall ports":
            pdf.add_page()
    return bytes(pdf.output())


def _docx() -> bytes:
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    doc = docx.Document()
    doc.core_properties.title = "Cluster runbook"
    doc.add_heading("Networking", level=1)
    doc.add_paragraph("The CNI agent listens on port 9099.")
    doc.add_heading("Firewall", level=2)
    doc.add_paragraph("Open UDP 4789 between nodes.")
    table = doc.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "port", (0, 1): "use", (1, 0): "179", (1, 1): "BGP peering"}.items():
        table.cell(r, c).text = text
    # A house style that is a heading only by its outline level, as Word's navigation pane reads it.
    custom = doc.styles.add_style("Runbook Step", WD_STYLE_TYPE.PARAGRAPH)
    ppr = custom.element.get_or_add_pPr()
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    lvl = OxmlElement("w:outlineLvl")
    lvl.set(qn("w:val"), "0")
    ppr.append(lvl)
    doc.add_paragraph("Upgrades", style="Runbook Step")
    doc.add_paragraph("Drain one node at a time.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _sections(loaded):
    return [(s.headings, s.text) for s in loaded.sections]


def test_pdf_and_docx_are_supported_types():
    assert supported(Path("a.PDF")) and supported(Path("b.docx")) and not supported(Path("c.doc"))


def test_pdf_sections_follow_its_outline():
    loaded, text = load_file(Path("guide.pdf"), _pdf())
    assert loaded.title == "Vendor CNI guide"
    got = _sections(loaded)
    assert [h for h, _ in got] == [["Installation"], ["Installation", "Firewall ports"], ["Upgrades"]]
    assert "port 9099 by default" in got[0][1] and "Firewall ports" not in got[0][1]
    assert got[1][1].startswith("Open UDP 4789") and "Upgrades" in text


def test_pdf_without_outline_takes_larger_fonts_as_headings():
    loaded, _ = load_file(Path("guide.pdf"), _pdf(outline=False))
    assert [h for h, _ in _sections(loaded)] == [["Installation"], ["Installation", "Firewall ports"], ["Upgrades"]]


def test_docx_sections_follow_heading_styles_and_keep_tables():
    loaded, _ = load_file(Path("runbook.docx"), _docx())
    assert loaded.title == "Cluster runbook"
    got = _sections(loaded)
    assert [h for h, _ in got] == [["Networking"], ["Networking", "Firewall"], ["Upgrades"]]
    assert got[1][1].splitlines()[0] == "Open UDP 4789 between nodes."
    assert "179 | BGP peering" in got[1][1]


def test_chunks_of_a_docx_carry_title_and_heading_path(tmp_path):
    path = tmp_path / "runbook.docx"
    path.write_bytes(_docx())
    docs = file_documents(path, tmp_path, path.read_bytes(), Settings(_env_file=None), repo_plugins(REPO_ROOT / "kb"))
    assert [d.metadata["heading"] for d in docs] == ["Networking", "Networking > Firewall", "Upgrades"]
    assert docs[0].metadata["title"] == "Cluster runbook" and docs[0].metadata["lang"] == "en"
    assert docs[1].page_content.startswith("Cluster runbook > Networking > Firewall\n\nOpen UDP 4789")


def _encrypted_pdf(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf())))
    writer.encrypt(user_password=user_password, owner_password="owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("name, data, reason", [
    ("cut.pdf", _pdf()[:600], "not a readable PDF"),
    ("fake.pdf", b"%PDF-1.7 nothing else", "not a readable PDF"),
    ("locked.pdf", _encrypted_pdf("secret"), "encrypted PDF (needs a password)"),
    ("cut.docx", _docx()[:900], "not a valid DOCX file"),
    ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "encrypted or legacy Word file"),
])
def test_broken_and_encrypted_files_fail_with_a_one_line_reason(name, data, reason):
    with pytest.raises(LoadError) as err:
        load_file(Path(name), data)
    assert str(err.value).startswith(reason) and "\n" not in str(err.value)


def test_a_pdf_locked_only_against_editing_is_read():
    loaded, _ = load_file(Path("print-locked.pdf"), _encrypted_pdf(""))
    assert [h for h, _ in _sections(loaded)][0] == ["Installation"]


@pytest.mark.slow
def test_ingest_indexes_pdf_and_docx_and_lists_the_broken_ones(tmp_path):
    from assistant.store import open_store
    from ingest import run_ingest

    docs = tmp_path / "vendor"
    docs.mkdir()
    (docs / "guide.pdf").write_bytes(_pdf())
    (docs / "runbook.docx").write_bytes(_docx())
    (docs / "locked.pdf").write_bytes(_encrypted_pdf("secret"))
    (docs / "cut.docx").write_bytes(_docx()[:900])
    settings = load_settings()
    report = run_ingest(settings, [docs])
    assert (report.files_indexed, report.exit_code) == (2, 0)
    failed = {Path(f["path"]).name: f["error"] for f in report.files_failed}
    assert failed.keys() == {"locked.pdf", "cut.docx"}
    assert failed["locked.pdf"].startswith("encrypted PDF")
    store = open_store(settings)
    try:
        hits = store.lexical.search_phrases(["4789"], k=5)
        assert {h.source for h in hits} == {"vendor/guide.pdf", "vendor/runbook.docx"}
        assert {h.heading for h in hits} == {"Installation > Firewall ports", "Networking > Firewall"}
    finally:
        store.close()
