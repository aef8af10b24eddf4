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


def split(loaded: Loaded, title: str, chunk_size: int, chunk_overlap: int) -> list[tuple[str, str]]:
    """(heading path, chunk text) pairs in document order."""
    out: list[tuple[str, str]] = []
    for section in loaded.sections:
        heading = " > ".join(h for h in section.headings if h)
        prefix = heading or title
        if not section.text.strip():
            if heading:  # a heading with no text under it: the heading is the whole chunk
                out.append((heading, heading))
            continue
        # The heading line is part of each chunk so the chunk embeds with its context.
        budget = max(chunk_size - len(prefix) - 2, chunk_size // 2)
        for piece in _splitter(budget, chunk_overlap).split_text(section.text):
            if piece.strip():
                out.append((heading, f"{prefix}\n\n{piece.strip()}" if prefix else piece.strip()))
    return out
