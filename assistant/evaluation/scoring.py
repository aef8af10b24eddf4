"""Score one AskResult against one question's expectations, exactly as the format defines it."""

from __future__ import annotations

import re
from fnmatch import fnmatchcase

from pydantic import BaseModel, Field

from assistant.evaluation.questions import EvalQuestion
from assistant.models import AskResult

_CITE = re.compile(r"\[(\d+)\]")


class Failure(BaseModel):
    key: str  # the expectation that failed, e.g. "recommend_exclude"
    detail: str


class Outcome(BaseModel):
    """One question's score plus the figures the aggregates need."""

    id: str
    set: str
    question: str
    lang: str
    passed: bool
    expected_answerable: bool = True
    failures: list[Failure] = Field(default_factory=list)
    top1_hit: bool | None = None  # None: not scored for this question
    sources_hit: bool | None = None
    answer_text_hit: bool | None = None  # answer_contains_any met by the answer text alone
    exclusion_violations: list[str] = Field(default_factory=list)
    dangling_citations: list[int] = Field(default_factory=list)
    latency_ms: float = 0.0
    result: dict = Field(default_factory=dict)  # AskResult.model_dump(), the `ask --json` shape


def id_matches(option_id: str, pattern: str) -> bool:
    """Prefix match on whole id parts: `calico` matches `calico:ipip`, `calico:ipip` does not
    match `calico:ipip-crosssubnet` (a different option, and often the point of the question)."""
    return option_id == pattern or option_id.startswith(pattern + ":")


def dangling_citations(result: AskResult) -> list[int]:
    """Citation numbers used in the answer or in any check that have no entry in `citations`."""
    known = {c.n for c in result.citations}
    used = {int(n) for n in _CITE.findall(result.answer)}
    used.update(n for rec in result.recommendations for check in rec.checks for n in check.citations)
    return sorted(used - known)


def _haystack(result: AskResult) -> str:
    return "\n".join([result.answer, *(c.text for c in result.citations)]).casefold()


def score(q: EvalQuestion, result: AskResult, latency_ms: float = 0.0) -> Outcome:
    exp = q.expect
    fails: list[Failure] = []
    out = Outcome(id=q.id, set=q.set, question=q.question, lang=q.lang or result.lang,
                  passed=False, expected_answerable=exp.answerable, latency_ms=latency_ms, result=result.model_dump(),
                  dangling_citations=dangling_citations(result))

    if result.answerable != exp.answerable:
        fails.append(Failure(key="answerable",
                             detail=f"expected {exp.answerable}, got {result.answerable}"))

    if exp.recommend_top_any is not None:
        top = result.recommendations[0].id if result.recommendations else None
        out.top1_hit = top is not None and any(id_matches(top, p) for p in exp.recommend_top_any)
        if not out.top1_hit:
            fails.append(Failure(key="recommend_top_any",
                                 detail=f"top recommendation {top!r} is not one of {exp.recommend_top_any}"))

    if exp.recommend_exclude is not None:
        out.exclusion_violations = [
            f"{r.id}={r.verdict}" for r in result.recommendations
            if r.verdict != "rejected" and any(id_matches(r.id, p) for p in exp.recommend_exclude)
        ]
        if out.exclusion_violations:
            fails.append(Failure(key="recommend_exclude",
                                 detail="not rejected: " + ", ".join(out.exclusion_violations)))

    if exp.answer_contains_any is not None:
        text = result.answer.casefold()
        out.answer_text_hit = all(any(t.casefold() in text for t in group) for group in exp.answer_contains_any)
        hay = _haystack(result)
        for group in exp.answer_contains_any:
            if not any(term.casefold() in hay for term in group):
                fails.append(Failure(key="answer_contains_any",
                                     detail=f"none of {group} in the answer or cited passages"))

    if exp.sources_any is not None:
        cited = [c.source for c in result.citations]
        out.sources_hit = any(fnmatchcase(s, g) for s in cited for g in exp.sources_any)
        if not out.sources_hit:
            fails.append(Failure(key="sources_any",
                                 detail=f"no cited source matches {exp.sources_any} (cited: {cited[:6]})"))

    out.failures = fails
    out.passed = not fails
    return out
