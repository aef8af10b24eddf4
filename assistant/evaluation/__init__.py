"""Evaluation question sets: format, scoring, aggregates and reports; a pure library over `ask()`."""

from assistant.evaluation.questions import EvalQuestion, Expect, load_questions, load_sets
from assistant.evaluation.report import Report, render_markdown, write_reports
from assistant.evaluation.runner import run_questions
from assistant.evaluation.scoring import Failure, Outcome, score
from assistant.evaluation.summary import Summary, Thresholds, breaches, summarize

__all__ = [
    "EvalQuestion", "Expect", "Failure", "Outcome", "Report", "Summary", "Thresholds",
    "breaches", "load_questions", "load_sets", "render_markdown", "run_questions", "score",
    "summarize", "write_reports",
]
