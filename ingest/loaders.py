"""Read one file into sections, or raise LoadError with a one-line reason."""

from __future__ import annotations

from pathlib import Path

from ingest.document import Loaded, LoadError

MARKDOWN = {".md", ".markdown", ".mdx"}
SUPPORTED = MARKDOWN | {".rst", ".txt", ".html", ".htm"}


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


def decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise LoadError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}): re-save it as UTF-8"
        ) from None
    if not text.strip():
        raise LoadError("empty file")
    return text


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
    if not any(s.text.strip() for s in loaded.sections):
        raise LoadError("no text to index (empty apart from front matter or markup)")
    return loaded
