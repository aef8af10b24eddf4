"""Read one file into sections, or raise LoadError with a one-line reason."""

from __future__ import annotations

import codecs
from pathlib import Path

from ingest.document import Loaded, LoadError

MARKDOWN = {".md", ".markdown", ".mdx"}
BINARY = {".pdf", ".docx"}  # parsed from bytes by their own libraries, not decoded as text
SUPPORTED = MARKDOWN | BINARY | {".rst", ".txt", ".html", ".htm"}


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise LoadError("file vanished while ingesting (no such file)") from None
    except IsADirectoryError:
        raise LoadError("is a directory, not a file") from None
    except OSError as exc:
        raise LoadError(f"cannot read: {exc.strerror or exc}") from None


# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
]


def decode(data: bytes) -> str:
    """UTF-8 (with or without a BOM), or UTF-16/UTF-32 with a BOM as Windows editors save it."""
    marked = next((b for b in _BOMS if data.startswith(b[0])), None)
    if marked:
        bom, codec, name = marked
        body = data[len(bom):]
    else:
        body, codec, name = data, "utf-8", "UTF-8"
        if b"\x00" in data[:8192]:
            raise LoadError(_nul_reason(data))
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        at = exc.start + len(data) - len(body)
        raise LoadError(
            f"not valid {name} (byte 0x{data[at]:02x} at offset {at}): re-save it as UTF-8"
        ) from None
    if "\x00" in text[:8192]:  # a BOM that happened to start a binary file
        raise LoadError("binary file (contains NUL characters), not text")
    if not text.strip():
        raise LoadError("empty file")
    return text


def _nul_reason(data: bytes) -> str:
    # UTF-16 saved without a BOM is all NULs in every other byte for ASCII text: say so, since
    # "binary" would be a puzzling reason for a text file.
    head = data[:8192]
    if len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
        return "looks like UTF-16 without a byte-order mark: re-save it as UTF-8 (or UTF-16 with a BOM)"
    return "binary file (contains NUL bytes), not text"


def load_file(path: Path, data: bytes) -> tuple[Loaded, str]:
    """A file's sections and its plain text (for language detection), whatever its type."""
    suffix = path.suffix.lower()
    if suffix in BINARY:
        if suffix == ".pdf":
            from ingest.pdf import load_pdf

            loaded = load_pdf(data)
        else:
            from ingest.docx import load_docx

            loaded = load_docx(data)
        if not any(s.text.strip() or s.headings for s in loaded.sections):
            raise LoadError("no text to index (the document is empty)")
        return loaded, "\n".join(" ".join(s.headings) + "\n" + s.text for s in loaded.sections)
    text = decode(data)
    return load_text(path, text), text


def load_text(path: Path, text: str) -> Loaded:
    """Parse already-decoded text by the file's type."""
    from ingest.document import Section

    suffix = path.suffix.lower()
    if suffix in MARKDOWN:
        from ingest.markdown import load_markdown

        loaded = load_markdown(text, mdx=suffix == ".mdx")
    elif suffix == ".rst":
        from ingest.rst import load_rst

        loaded = load_rst(text)
    elif suffix in {".html", ".htm"}:
        from ingest.html import load_html

        loaded = load_html(text)
    else:
        loaded = Loaded(sections=[Section([], text.strip())])
    if not any(s.text.strip() or s.headings for s in loaded.sections):
        raise LoadError("no text to index (empty apart from front matter or markup)")
    return loaded
