"""Sentences out of a chunk, as the extractive answers quote them."""

from __future__ import annotations

import re

from assistant.models import Passage
from assistant.text import CJK_RUN, WIDE

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9`*\"(])|(?<=[。！？；])")
_LIST_ITEM = re.compile(r"^([-*+]|\d+[.)])\s+")


def sentences(text: str) -> list[str]:
    """Prose sentences of a chunk; code blocks, tables and headings are not sentences.

    Notes wrap lines inside paragraphs, so lines are joined back before splitting.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    in_code = False

    def flush():
        if current:
            joined = current[0]
            for nxt in current[1:]:
                glue = "" if WIDE.match(joined[-1]) and WIDE.match(nxt[0]) else " "
                joined += glue + nxt
            paragraphs.append(joined)
            current.clear()

    for line in text.splitlines():
        s = line.strip()
        if s.startswith("```"):
            in_code = not in_code
            flush()
            continue
        if in_code or not s or s.startswith(("#", "|", "<", "---", ">")):
            flush()
            continue
        if _LIST_ITEM.match(s):
            flush()
            s = _LIST_ITEM.sub("", s)
        current.append(s)
    flush()
    out = [s.strip() for para in paragraphs for s in _SENTENCE_END.split(para) if s.strip()]
    return [s for s in out if 12 <= len(s) <= 500 or (CJK_RUN.search(s) and 6 <= len(s) <= 300)]


def body(p: Passage) -> str:
    # Chunks start with their heading path as a plain line (for retrieval); it is not a sentence.
    return p.text[len(p.heading):] if p.heading and p.text.startswith(p.heading) else p.text


def unbracket(sentence: str) -> str:
    # A quoted "[2024]" would read as citation 2024; only our own numbers may look like that.
    return re.sub(r"\[(\d+)\]", r"(\1)", sentence)
