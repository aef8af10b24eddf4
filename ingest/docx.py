"""DOCX: paragraphs and tables in document order (python-docx), sectioned by heading styles.

A heading is a paragraph in a "Heading N" or "Title" style, or in any style whose outline
level is set (custom heading styles), which is how Word itself builds its navigation pane.
"""

from __future__ import annotations

import io
import re
import zipfile

from ingest.document import Loaded, LoadError, Section

# An encrypted Office file is not a ZIP package but an OLE compound file with the package inside.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.I)


def load_docx(data: bytes) -> Loaded:
    if data.startswith(_OLE_MAGIC):
        raise LoadError("encrypted or legacy Word file (not a DOCX package): save it as .docx without a password")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile):
        raise LoadError("not a valid DOCX file (not a Word ZIP package)") from None
    except Exception as exc:  # damaged XML parts surface as lxml, KeyError or ValueError
        raise LoadError(f"not a readable DOCX file ({_first_line(exc)})") from None
    sections, title = _walk(document)
    core_title = (document.core_properties.title or "").strip()
    return Loaded(sections=sections, title=core_title or title)


def _first_line(exc: Exception) -> str:
    return ((str(exc).strip().splitlines() or [type(exc).__name__])[0])[:120]


def _level(paragraph) -> int | None:
    """0 for a title, N for "Heading N", the style's outline level + 1 for custom heading styles."""
    style = paragraph.style
    while style is not None:
        name = (style.name or "").strip()
        if name.lower() == "title":
            return 0
        if m := _HEADING_STYLE.match(name):
            return int(m.group(1))
        ppr = style.element.pPr
        lvl = ppr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}outlineLvl") if ppr is not None else None
        if lvl is not None:
            value = lvl.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
            if value is not None and value.isdigit() and int(value) < 9:
                return int(value) + 1
        style = style.base_style
    return None


def _walk(document) -> tuple[list[Section], str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    buf: list[str] = []
    title = ""

    def flush():
        if "".join(buf).strip():
            sections.append(Section([h for _, h in stack], "\n".join(buf).strip()))
        buf.clear()

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            buf.append("")
            buf += [" | ".join(" ".join(c.text.split()) for c in row.cells) for row in block.rows]
            buf.append("")
            continue
        if not isinstance(block, Paragraph):
            continue
        text = block.text.strip()
        level = _level(block) if text else None
        if level is None:
            buf.append(text)  # an empty paragraph keeps the blank line between paragraphs
            continue
        flush()
        heading = " ".join(text.split())
        if level == 0 and not title:
            title = heading
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, heading))
    flush()
    if not sections and stack:  # headings only: each is findable by itself
        sections = [Section([h for _, h in stack], "")]
    return sections, title
