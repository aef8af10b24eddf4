"""Citation numbering: every passage we show gets one number, in order of first use.

The answer text, the checks and the conditional advice all cite through one `CitationBook`,
so a number used anywhere is guaranteed to be an entry of `citations`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from assistant.models import Check, Citation, EvidenceRef, Passage, Reading, Recommendation
from assistant.text import Lang
from assistant.twins import Twin, twin_key

if TYPE_CHECKING:
    from assistant.plan import Plan

Finder = Callable[[str, str], list[Passage]]  # (note id, heading) -> chunks under that heading


class CitationBook:
    def __init__(self, find: Finder, lang: Lang, twins: Mapping[str, Twin] | None = None):
        self._find = find
        self.lang = lang
        self._twins = twins or {}
        self._numbers: dict[str, int] = {}
        self._citations: list[Citation] = []

    def cite(self, passage: Passage) -> int:
        if passage.chunk_id not in self._numbers:
            n = len(self._citations) + 1
            self._numbers[passage.chunk_id] = n
            self._citations.append(Citation(n=n, **passage.model_dump(
                include={"chunk_id", "source", "title", "heading", "url", "text", "score"})))
        return self._numbers[passage.chunk_id]

    def cite_refs(self, refs: Iterable[EvidenceRef]) -> list[int]:
        """Numbers for catalog evidence: the first chunk under each note heading.

        The catalog may name the same fact in an English and a Chinese note; when the question's
        language is among them only those are cited, so a Chinese answer cites Chinese text.
        """
        found = [hits[0] for ref in refs if (hits := self._find(ref.note, ref.heading))]
        same_lang = [p for p in found if p.lang == self.lang]
        return sorted({self.cite(p) for p in (same_lang or found)})

    def in_reader_language(self, passage: Passage, sentence: str) -> tuple[Passage, str]:
        """The sentence as the twin note in the reader's language says it, with that note's chunk.

        Unchanged when the passage is already in the reader's language or has no twin sentence.
        """
        if passage.lang == self.lang or self.lang != "zh":
            return passage, sentence
        twin = self._twins.get(twin_key(sentence))
        hits = self._find(twin.note, twin.heading) if twin else []
        if not twin or not hits:
            return passage, sentence
        squeezed = re.sub(r"\s+", "", twin.text)[:40]
        return next((h for h in hits if squeezed in re.sub(r"\s+", "", h.text)), hits[0]), twin.text

    @property
    def citations(self) -> list[Citation]:
        return list(self._citations)


MAX_LIVE = 4  # options that are not rejected, shown with every check


def observed_lines(check_id: str, reading: Reading | None) -> list[str]:
    """What the user's pasted output showed about the facts this check reads: the detail, then the lines."""
    from assistant.checks import SPECS

    if reading is None:
        return []
    out: list[str] = []
    for key in SPECS[check_id].reads:
        fact = reading.fact(key)
        if fact is not None and fact.source == "observed":
            out += [fact.detail, *fact.lines] if fact.detail else list(fact.lines)
    return out


def to_recommendations(plan: Plan, book: CitationBook, reading: Reading | None = None) -> list[Recommendation]:
    """The plan's options as the public shape, each check citing its catalog evidence.

    The catalog has ~30 options; all of them with all checks would cite most of the KB. The
    best live options keep every check; rejected options keep only what rejects them.
    """
    from assistant.checks import VERDICT_ORDER, label

    recs, live = [], 0
    # Best first whatever the engine put first (it lists plugins the question names first, even rejected ones).
    for option in sorted(plan.options, key=lambda o: VERDICT_ORDER.index(o.verdict)):
        if option.verdict == "rejected":
            checks = [c for c in option.checks if c.status == "fail"]
        else:
            live += 1
            if live > MAX_LIVE:
                continue
            checks = option.checks
        recs.append(Recommendation(
            id=option.id, name=option.name, verdict=option.verdict, score=round(float(option.score), 3),
            checks=[Check(id=c.check, name=label(c.check, book.lang), status=c.status, detail=c.detail,
                          citations=book.cite_refs(c.evidence), observed=observed_lines(c.check, reading))
                    for c in checks]))
    return recs
