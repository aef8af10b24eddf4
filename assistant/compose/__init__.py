"""The grounded answer, without an LLM: every sentence comes from a check or a retrieved passage,
composed by the kind of question (see assistant/reading/kinds.py)."""

from __future__ import annotations

from assistant.compose.choice import choice
from assistant.compose.concept import concept
from assistant.compose.decline import absent, decline
from assistant.compose.texts import OUT_OF_SCOPE
from assistant.compose.troubleshoot import troubleshoot
from assistant.compose.verdicts import compare, feasibility
from assistant.evidence import CitationBook
from assistant.models import Passage, Reading
from assistant.plan import Plan


def compose(reading: Reading, plan: Plan | None, passages: list[Passage], book: CitationBook) -> str:
    """The answer text for an answerable question; `plan` is None for a purely conceptual one."""
    if plan is None or not plan.options or reading.kind == "concept":
        return concept(reading, passages, book)
    writer = {"feasibility": feasibility, "compare": compare, "troubleshoot": troubleshoot}.get(reading.kind, choice)
    return writer(reading, plan, passages, book)


def out_of_scope(lang: str) -> str:
    return OUT_OF_SCOPE.of(lang)


__all__ = ["absent", "compose", "decline", "out_of_scope"]
