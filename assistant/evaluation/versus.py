"""Hybrid retrieval against the single retrievers, on the same questions in one run.

Fusion is only worth its cost when it beats each side alone; a gate that looked at hybrid by
itself would pass a fusion that is worse than plain keyword search.
"""

from __future__ import annotations

from pydantic import BaseModel

from assistant.evaluation.questions import EvalQuestion
from assistant.evaluation.runner import Asker, run_questions
from assistant.evaluation.scoring import Outcome
from assistant.evaluation.summary import Summary, summarize

RETRIEVERS = ("hybrid", "dense", "lexical")


class Versus(BaseModel):
    """Each retriever's summary and failing question ids; `main` is the one held to the lead."""

    main: str = "hybrid"
    summaries: dict[str, Summary]
    failing: dict[str, list[str]]

    def rate(self, retriever: str) -> float:
        return self.summaries[retriever].pass_rate or 0.0

    def breaches(self, min_pass_rate: float, min_lead: float) -> list[str]:
        """One line per unmet condition: the main retriever's pass rate, and its lead over each other one."""
        out = []
        main = self.rate(self.main)
        if main < min_pass_rate:
            out.append(f"{self.main} pass rate {main:.1%} < {min_pass_rate:.1%}")
        for other in self.summaries:
            if other != self.main and main - self.rate(other) < min_lead - 1e-9:
                out.append(f"{self.main} {main:.1%} leads {other} {self.rate(other):.1%} by"
                           f" {100 * (main - self.rate(other)):.1f} points < {100 * min_lead:.1f}")
        return out


def versus(advisor: Asker, questions: list[EvalQuestion], retrievers=RETRIEVERS) -> Versus:
    """Every question through every retriever, one after the other on the same open index."""
    summaries: dict[str, Summary] = {}
    failing: dict[str, list[str]] = {}
    for retriever in retrievers:
        outcomes: list[Outcome] = run_questions(advisor, questions, retriever=retriever)
        summaries[retriever] = summarize(outcomes)
        failing[retriever] = [o.id for o in outcomes if not o.passed]
    return Versus(main=retrievers[0], summaries=summaries, failing=failing)
