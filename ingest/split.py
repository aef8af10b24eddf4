"""Sections into chunks that each start with their heading path, sized for the embedding model."""

from __future__ import annotations

import functools

from ingest.document import Loaded

SEPARATORS = ["\n\n", "\n", "。", ". ", "；", "; ", "，", ", ", " ", ""]


@functools.lru_cache(maxsize=8)
def _splitter(size: int, overlap: int):
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    return RecursiveCharacterTextSplitter(
        chunk_size=size, chunk_overlap=min(overlap, size // 2), separators=SEPARATORS, keep_separator="end"
    )


def heading_line(title: str, headings: list[str], rooted: bool = False) -> str:
    """The line every chunk starts with: the document's title, then the section's heading path.

    Upstream pages often keep their title in front matter and start their text at `##`, so a
    chunk headed "Configuration" would not say which page it configures; the title says it.
    A document whose sections all sit under one top heading (`rooted`, a note's `# flannel`)
    already names itself, as does a path that starts with the title.
    """
    path = [h for h in headings if h]
    t = title.strip()
    named = rooted or (path and (t.casefold() in path[0].casefold() or path[0].casefold() in t.casefold()))
    return " > ".join(path if named or not t else [t, *path])


def split(loaded: Loaded, title: str, chunk_size: int, chunk_overlap: int) -> list[tuple[str, str]]:
    """(heading path, chunk text) pairs in document order."""
    out: list[tuple[str, str]] = []
    roots = {s.headings[0] if s.headings else "" for s in loaded.sections}
    rooted = len(roots) == 1 and "" not in roots
    for section in loaded.sections:
        heading = " > ".join(h for h in section.headings if h)
        prefix = heading_line(title, section.headings, rooted)
        if not section.text.strip():
            if heading:  # a heading with no text under it: the heading is the whole chunk
                out.append((heading, prefix))
            continue
        # The heading line is part of each chunk so the chunk embeds and matches with its context.
        budget = max(chunk_size - len(prefix) - 2, chunk_size // 2)
        for piece in _splitter(budget, chunk_overlap).split_text(section.text):
            if piece.strip():
                out.append((heading, f"{prefix}\n\n{piece.strip()}" if prefix else piece.strip()))
    return out
