"""Run question sets through the same `ask()` every user gets, and score each answer."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from assistant.errors import BadInput
from assistant.evaluation.questions import EvalQuestion
from assistant.evaluation.scoring import Outcome, score
from assistant.models import AskResult, Profile


class Asker(Protocol):
    def ask(self, question: str, profile: Profile | None = None, *, retriever: str | None = None,
            top_k: int | None = None) -> AskResult: ...


def run_questions(
    advisor: Asker,
    questions: list[EvalQuestion],
    *,
    retriever: str = "hybrid",
    top_k: int | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Every question asked in order; `on_outcome` lets the caller drive a progress bar."""
    outcomes = []
    for q in questions:
        start = time.perf_counter()
        try:
            result = advisor.ask(q.question, profile=q.profile_model(), retriever=retriever, top_k=top_k)
        except BadInput as exc:  # e.g. a question over the length limit: a mistake in the set
            raise BadInput(f"set {q.set!r}, id {q.id!r}: {exc}") from None
        outcome = score(q, result, latency_ms=(time.perf_counter() - start) * 1000)
        outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    return outcomes
