"""Citation numbering: every passage we show gets one number, in order of first use.

The answer text, the checks and the conditional advice all cite through one `CitationBook`,
so a number used anywhere is guaranteed to be an entry of `citations`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from assistant.models import Check, Citation, EvidenceRef, Passage, Reading, Recommendation
from assistant.text import Lang

if TYPE_CHECKING:
    from assistant.plan import Plan

Finder = Callable[[str, str], list[Passage]]  # (note id, heading) -> chunks under that heading


class CitationBook:
    def __init__(self, find: Finder, lang: Lang):
        self._find = find
        self.lang = lang
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
