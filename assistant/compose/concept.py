"""Concept answers are extractive: the retrieved passages' own sentences most related to the question."""

from __future__ import annotations

from assistant.compose.texts import NONE_FOUND, cites
from assistant.evidence import CitationBook
from assistant.models import Passage, Reading
from assistant.sentences import body, sentences, unbracket
from assistant.text import terms

MAX_SENTENCES = 3


def concept(reading: Reading, passages: list[Passage], book: CitationBook, max_sentences: int = MAX_SENTENCES) -> str:
    """The sentences that share the most terms with the question, each cited, in reading order."""
    wanted, lang = terms(reading.query or reading.question), reading.lang
    # Prefer passages in the question's language: the answer should read in it.
    ranked = sorted(enumerate(passages), key=lambda ip: (ip[1].lang != lang, ip[0]))
    scored = []
    for rank, (_, p) in enumerate(ranked[:4]):
        on_heading = bool(wanted & terms(p.heading.split(" > ")[-1]))
        for pos, s in enumerate(sentences(body(p))):
            overlap = len(wanted & terms(s))
            if overlap:
                # Earlier sentences of a section usually state its point; later ones qualify it.
                scored.append((overlap + 0.5 * on_heading - 0.3 * rank - 0.05 * pos, rank, pos, s, p))
    best = sorted(scored, key=lambda x: -x[0])[:max_sentences]
    if not best and ranked:
        p = ranked[0][1]
        best = [(0, 0, i, s, p) for i, s in enumerate(sentences(body(p))[:2])]
    if not best:
        return NONE_FOUND.of(lang)
    best.sort(key=lambda x: (x[1], x[2]))  # read in the passages' own order
    return " ".join(f"{unbracket(s)}{cites([book.cite(p)])}" for _, _, _, s, p in best)
