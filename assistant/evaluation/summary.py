"""Aggregates over scored questions, and the thresholds a gate holds them to."""

from __future__ import annotations

import math

from pydantic import BaseModel, Field

from assistant.evaluation.scoring import Outcome


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def percentile(values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile: with few questions an interpolated p95 would be invented."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return round(ordered[rank - 1], 1)


class Summary(BaseModel):
    questions: int
    passed: int
    pass_rate: float | None
    top1_accuracy: float | None  # over questions with recommend_top_any
    top1_scored: int
    exclusion_violations: int  # options that should have been rejected and were not
    refusal_precision: float | None  # "declined" is the positive class
    refusal_recall: float | None
    citation_validity: float | None  # share of answers whose every [n] resolves
    source_recall: float | None  # over questions with sources_any
    source_scored: int
    # Over answerable questions with answer_contains_any: the terms are in the answer itself, not
    # only in the passages cited below it (a reader should not have to open the sources).
    answer_text_rate: float | None = None
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    by_set: dict[str, float | None] = Field(default_factory=dict)  # pass rate per set
    by_lang: dict[str, float | None] = Field(default_factory=dict)


def summarize(outcomes: list[Outcome]) -> Summary:
    n = len(outcomes)
    top = [o.top1_hit for o in outcomes if o.top1_hit is not None]
    src = [o.sources_hit for o in outcomes if o.sources_hit is not None]
    text = [o.answer_text_hit for o in outcomes if o.answer_text_hit is not None and o.expected_answerable]
    declined = [not o.result.get("answerable", True) for o in outcomes]
    should_decline = [not o.expected_answerable for o in outcomes]
    tp = sum(1 for d, s in zip(declined, should_decline, strict=True) if d and s)
    lat = [o.latency_ms for o in outcomes]

    def rate(group) -> float | None:
        return _ratio(sum(o.passed for o in group), len(group))

    return Summary(
        questions=n,
        passed=sum(o.passed for o in outcomes),
        pass_rate=rate(outcomes),
        top1_accuracy=_ratio(sum(top), len(top)),
        top1_scored=len(top),
        exclusion_violations=sum(len(o.exclusion_violations) for o in outcomes),
        refusal_precision=_ratio(tp, sum(declined)),
        refusal_recall=_ratio(tp, sum(should_decline)),
        citation_validity=_ratio(sum(not o.dangling_citations for o in outcomes), n),
        source_recall=_ratio(sum(src), len(src)),
        source_scored=len(src),
        answer_text_rate=_ratio(sum(text), len(text)),
        latency_p50_ms=percentile(lat, 50),
        latency_p95_ms=percentile(lat, 95),
        by_set={s: rate([o for o in outcomes if o.set == s]) for s in sorted({o.set for o in outcomes})},
        by_lang={g: rate([o for o in outcomes if o.lang == g]) for g in sorted({o.lang for o in outcomes})},
    )


class Thresholds(BaseModel):
    """None means not gated. Ratios are 0..1."""

    min_pass_rate: float | None = None
    min_top1: float | None = None
    min_source_recall: float | None = None
    min_refusal_precision: float | None = None
    min_refusal_recall: float | None = None
    min_citation_validity: float | None = None
    max_exclusion_violations: int | None = None


_CHECKS = [  # (threshold, summary field, at least?)
    ("min_pass_rate", "pass_rate", True),
    ("min_top1", "top1_accuracy", True),
    ("min_source_recall", "source_recall", True),
    ("min_refusal_precision", "refusal_precision", True),
    ("min_refusal_recall", "refusal_recall", True),
    ("min_citation_validity", "citation_validity", True),
    ("max_exclusion_violations", "exclusion_violations", False),
]


def breaches(summary: Summary, thresholds: Thresholds) -> list[str]:
    """One line per threshold not met. A figure with nothing to measure (None) counts as 0, so a
    gate on refusal precision fails when the assistant declines nothing, instead of passing."""
    out = []
    for name, field, at_least in _CHECKS:
        limit = getattr(thresholds, name)
        if limit is None:
            continue
        value = getattr(summary, field)
        measured = 0 if value is None else value
        if (measured < limit) if at_least else (measured > limit):
            out.append(f"{field} {value} {'<' if at_least else '>'} {name.replace('_', '-')} {limit}")
    return out
