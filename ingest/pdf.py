"""PDF: the text layer of each page (pypdf), sectioned by the outline, or else by larger fonts.

A PDF keeps no headings as such. Its outline (bookmarks) names each section and the page it
starts on, which is the best structure there is; without one, lines set in a clearly larger
font than the body text are taken as headings, bigger fonts as outer levels.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from ingest.document import Loaded, LoadError, Section

HEADING_RATIO = 1.15  # a line at least this much larger than the body font is a heading
MAX_HEADING_CHARS = 120


def load_pdf(data: bytes) -> Loaded:
    import logging

    from pypdf import PdfReader

    # pypdf logs every repair it makes on a damaged file; the one-line reason below says enough.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _opens_without_password(reader):
            raise LoadError("encrypted PDF (needs a password): save an unprotected copy and ingest that")
        pages = [_page(p) for p in reader.pages]
        outline = _outline(reader)
        title = _title(reader)
    except LoadError:
        raise
    except Exception as exc:  # pypdf reports damage with many exception types; all mean "broken file"
        raise LoadError(f"not a readable PDF ({_reason(exc)})") from None
    if not any(text.strip() for text, _ in pages):
        raise LoadError("PDF has no text layer (scanned images?): run OCR on it first")
    sections = _by_outline(pages, outline) if outline else _by_font(pages)
    return Loaded(sections=sections, title=title)


def _opens_without_password(reader) -> bool:
    # Many PDFs are "encrypted" with an empty user password only to restrict printing or copying.
    from pypdf.errors import DependencyError

    try:
        return bool(reader.decrypt(""))
    except DependencyError:
        raise LoadError("AES-encrypted PDF: install the `cryptography` package to read it") from None
    except Exception:
        return False


def _reason(exc: Exception) -> str:
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return first[:120]


def _title(reader) -> str:
    meta = reader.metadata
    return str(meta.title).strip() if meta is not None and meta.title else ""


def _page(page) -> tuple[str, list[tuple[str, float]]]:
    """The page's text and its runs of text with their font sizes."""
    runs: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((text, float(size or 0) * (abs(tm[3] * cm[3]) or 1.0)))

    text = page.extract_text(visitor_text=visit) or ""
    return text, runs


def _outline(reader) -> list[tuple[int, int, str]]:
    """(page index, level, title) of every bookmark that points at a page, in outline order."""
    out: list[tuple[int, int, str]] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
                continue
            page = reader.get_destination_page_number(item)
            title = " ".join(str(getattr(item, "title", "") or "").split())
            if page is not None and page >= 0 and title:
                out.append((page, level, title))

    walk(reader.outline, 0)
    return out


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def _by_outline(pages, outline) -> list[Section]:
    """Cut the text where each bookmark's title appears on its page (or at the page start)."""
    text = ""
    starts: list[int] = []  # offset of each page in `text`
    for page_text, _ in pages:
        starts.append(len(text))
        text += page_text.strip() + "\n\n"
    cuts: list[tuple[int, int, str, int]] = []  # (offset, level, title, end of the title line)
    last = 0
    for page, level, title in sorted(outline, key=lambda o: o[0]):
        begin = max(starts[min(page, len(starts) - 1)], last)
        hit = _find_line(text, title, begin)
        at, end = hit if hit else (begin, begin)
        cuts.append((at, level, title, end))
        last = at
    sections: list[Section] = []
    if cuts and text[: cuts[0][0]].strip():
        sections.append(Section([], text[: cuts[0][0]].strip()))
    stack: list[tuple[int, str]] = []
    for i, (_at, level, title, end) in enumerate(cuts):
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        body_end = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        sections.append(Section([t for _, t in stack], text[end:body_end].strip()))
    return sections


def _find_line(text: str, title: str, begin: int) -> tuple[int, int] | None:
    """Start and end of the first line at or after `begin` that reads as `title`."""
    want = _norm(title)
    pos = begin
    for line in text[begin:].split("\n"):
        if _norm(line) == want or (want and _norm(line).startswith(want) and len(line) <= len(title) + 8):
            return pos, pos + len(line)
        pos += len(line) + 1
    return None


def _by_font(pages) -> list[Section]:
    """Headings are short lines set in a font clearly larger than the body's most common size."""
    sizes: Counter = Counter()
    for _, runs in pages:
        for text, size in runs:
            sizes[round(size, 1)] += len(text)
    if not sizes:
        return [Section([], "\n\n".join(t.strip() for t, _ in pages))]
    body = sizes.most_common(1)[0][0]
    big: dict[str, float] = {}
    for _, runs in pages:
        for text, size in runs:
            line = _norm(text)
            if size >= body * HEADING_RATIO and 0 < len(line) <= MAX_HEADING_CHARS and re.search(r"\w", line):
                big[line] = max(size, big.get(line, 0.0))
    levels = {s: i for i, s in enumerate(sorted(set(big.values()), reverse=True))}
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    buf: list[str] = []

    def flush():
        if "".join(buf).strip():
            sections.append(Section([t for _, t in stack], "\n".join(buf).strip()))
        buf.clear()

    for page_text, _ in pages:
        for line in page_text.split("\n"):
            size = big.get(_norm(line))
            if size is None:
                buf.append(line)
                continue
            flush()
            level = levels[size]
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, " ".join(line.split())))
        buf.append("")
    flush()
    return sections
