"""Concept answers are extractive: the retrieved passages' own sentences most related to the question."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.compose.texts import NONE_FOUND, cites
from assistant.evidence import CitationBook
from assistant.models import Passage, Reading
from assistant.reading.identifiers import identifiers
from assistant.sentences import asked, body, holds_value, sentences, unbracket
from assistant.text import terms

MAX_SENTENCES = 3
MAX_PASSAGES = 6
# What makes a sentence the answer. A sentence that spells the question's identifier or states
# the kind of value asked for (the port, the version, the path) carries the answer; one in the
# question's language reads better, but an English sentence holding the asked-for value beats a
# Chinese one that only talks around it.
EXACT, VALUE, SAME_LANG, ON_HEADING, PER_RANK, PER_POSITION = 2.0, 1.5, 1.0, 0.5, 0.3, 0.05
# Upstream docs state a value in a short sentence after the one naming the setting ("Set
# CONN_LIMIT to ... Defaults to 200."): such a sentence borrows half its predecessor's terms, and
# is quoted together with it.
CONTEXT, SHORT = 0.5, 60
# Identifiers whose spelling is distinctive (ENV_VARS, camelCase, dotted keys, paths, flags,
# numbers); a plain hyphenated word ("pre-shared") or an acronym is matched as a term only.
_DISTINCT = re.compile(r"[_./]|^-|[a-z][A-Z]|\d")
_WEAK = re.compile(r"^ipv[46]$", re.I)


def _stems(words: set[str]) -> set[str]:
    """Plural and singular as one term: "defaults" answers "default", "ports" answers "port"."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words}


@dataclass
class _Candidate:
    score: float
    rank: int
    pos: int
    text: str
    passage: Passage
    holds_value: bool = False
    joined: bool = False  # quoted with the sentence before it


def _candidates(reading: Reading, p: Passage, rank: int, wanted: set[str], exact: list[str],
                kinds: list[str]) -> list[_Candidate]:
    heading = p.heading.split(" > ")
    heading_terms = _stems(terms(" ".join(heading)))
    on_heading = bool(wanted & _stems(terms(heading[-1])))
    found = sentences(body(p), rows=bool(kinds))
    out = []
    for pos, s in enumerate(found):
        own = wanted & _stems(terms(s))
        before = found[pos - 1] if pos and len(s) < SHORT else ""
        context = (_stems(terms(before)) | heading_terms) & wanted - own
        spelled = sum(1 for i in exact if i in s.casefold())
        spelled_around = sum(1 for i in exact if i in f"{before} {p.heading}".casefold()) if not spelled else 0
        if not (own or spelled or (before and (context or spelled_around))):
            continue
        related = len(own) + CONTEXT * len(context) + EXACT * spelled + CONTEXT * EXACT * spelled_around
        value = holds_value(s, kinds, reading.question) if related >= 1.5 else 0
        score = (related + VALUE * value + SAME_LANG * (p.lang == reading.lang)
                 + ON_HEADING * on_heading - PER_RANK * rank - PER_POSITION * pos)
        joined = bool(before and value)
        out.append(_Candidate(score, rank, pos, f"{before} {s}" if joined else s, p, value > 0, joined))
    return out


def _wants(reading: Reading) -> tuple[set[str], list[str], list[str]]:
    """The question's terms, its distinctive identifiers and the kinds of value it asks for."""
    wanted = _stems(terms(reading.query or reading.question))
    exact = [i.casefold() for i in identifiers(reading.question) if _DISTINCT.search(i) and not _WEAK.match(i)]
    return wanted, exact, asked(reading.question)


def concept(reading: Reading, passages: list[Passage], book: CitationBook, max_sentences: int = MAX_SENTENCES) -> str:
    """The sentences that best answer the question, each cited, in reading order."""
    lang = reading.lang
    wanted, exact, kinds = _wants(reading)
    scored = [c for rank, p in enumerate(passages[:MAX_PASSAGES])
              for c in _candidates(reading, p, rank, wanted, exact, kinds)]
    ranked = sorted(scored, key=lambda c: -c.score)
    best = ranked[:max_sentences]
    # A question after a value (a port, a default, a path) is answered only by a sentence that
    # states one: the best such sentence takes the last place if none made it on terms alone.
    if kinds and best and not any(c.holds_value for c in best):
        best[-1:] = [c for c in ranked if c.holds_value][:1] or best[-1:]
    # The best-ranked passage is the likeliest to hold the value, yet long sentences of lower ones
    # can outscore its terse "Default: `127.0.0.1:61679`": its best value sentence is quoted too.
    lead = min((c for c in ranked if c.holds_value), key=lambda c: c.rank, default=None) if kinds else None
    if lead is not None and all(c.rank != lead.rank for c in best):
        best.append(lead)
    if not best and passages:
        p = next((q for q in passages if q.lang == lang), passages[0])
        best = [_Candidate(0, 0, i, s, p) for i, s in enumerate(sentences(body(p))[:2])]
    if not best:
        return NONE_FOUND.of(lang)
    # A short value sentence is quoted with the one before it: that one is not quoted again on its own.
    best = [c for c in best if not any(o is not c and o.passage is c.passage and c.text in o.text and len(o.text) > len(c.text)
                                       for o in best)]
    best = _in_reader_language(best, book)
    # Read in the passages' own order, those in the question's language first.
    best.sort(key=lambda c: (c.passage.lang != lang, c.rank, c.pos))
    return " ".join(f"{unbracket(c.text)}{cites([book.cite(c.passage)])}" for c in best)


def _in_reader_language(best: list[_Candidate], book: CitationBook) -> list[_Candidate]:
    """Sentences whose note has a twin in the reader's language are quoted from the twin (once)."""
    out: list[_Candidate] = []
    for c in best:
        if not c.joined:
            passage, text = book.in_reader_language(c.passage, c.text)
            c = replace(c, passage=passage, text=text)
        # the twin's sentence may differ from a Chinese note's own copy only in spacing ("SLES 15 虚拟机")
        if all(_squeezed(o.text) != _squeezed(c.text) for o in out):
            out.append(c)
    return out


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)
