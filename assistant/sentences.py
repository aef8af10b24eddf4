"""Sentences out of a chunk, and the terms that relate them to a question (English words, CJK bigrams)."""

from __future__ import annotations

import re

from assistant.models import Passage

WORD = re.compile(r"[a-z0-9][a-z0-9_.\-/]*[a-z0-9]|[a-z0-9]", re.I)
CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_WIDE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")  # CJK text and its punctuation: no spaces between
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9`*\"(])|(?<=[。！？；])")
_LIST_ITEM = re.compile(r"^([-*+]|\d+[.)])\s+")
_STOP = set(
    "the a an and or of to in on for with what which how does do is are was be can why when where who "
    "it its this that these those we i you our my your use used using there their about into than then "
    "vs not no yes if from by as at".split()
)


def terms(text: str) -> set[str]:
    words = {w.lower() for w in WORD.findall(text)} - _STOP
    bigrams = {run[i:i + 2] for run in CJK_RUN.findall(text) for i in range(max(1, len(run) - 1))}
    return words | bigrams


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
                glue = "" if _WIDE.match(joined[-1]) and _WIDE.match(nxt[0]) else " "
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
