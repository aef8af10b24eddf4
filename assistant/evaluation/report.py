"""The JSON and Markdown reports of one evaluation run."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from assistant.evaluation.scoring import Outcome
from assistant.evaluation.summary import Summary, Thresholds


class Report(BaseModel):
    files: list[str]
    retriever: str
    summary: Summary
    thresholds: Thresholds
    breaches: list[str] = Field(default_factory=list)
    questions: list[Outcome] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.breaches


def fmt_value(field: str, value) -> str:
    """Ratios as percentages, counts and milliseconds as they are."""
    if value is None:
        return "n/a"
    return str(value) if field.endswith(("_ms", "violations")) else f"{value:.1%}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


SUMMARY_ROWS = [  # (label, Summary field); also the rows of the baseline table
    ("pass rate", "pass_rate"),
    ("top-1 accuracy", "top1_accuracy"),
    ("exclusion violations", "exclusion_violations"),
    ("refusal precision", "refusal_precision"),
    ("refusal recall", "refusal_recall"),
    ("citation validity", "citation_validity"),
    ("sources_any recall", "source_recall"),
    ("answer-text hit rate", "answer_text_rate"),
    ("latency p50 (ms)", "latency_p50_ms"),
    ("latency p95 (ms)", "latency_p95_ms"),
]


def render_markdown(report: Report) -> str:
    s = report.summary
    lines = [
        f"# Evaluation: {', '.join(report.files)}",
        "",
        f"Retriever `{report.retriever}`; {s.passed}/{s.questions} questions passed. "
        + ("All thresholds met." if report.ok else "Below thresholds: " + "; ".join(report.breaches)),
        "",
        "| figure | value |",
        "|---|---|",
        *(f"| {label} | {fmt_value(field, getattr(s, field))} |" for label, field in SUMMARY_ROWS),
        *(f"| pass rate, set {k} | {fmt_value(k, v)} |" for k, v in s.by_set.items()),
        *(f"| pass rate, lang {k} | {fmt_value(k, v)} |" for k, v in s.by_lang.items()),
        "",
    ]
    failed = [o for o in report.questions if not o.passed]
    if failed:
        lines += ["## Failing questions", "", "| set | id | question | failed expectations | top |",
                  "|---|---|---|---|---|"]
        for o in failed:
            recs = o.result.get("recommendations") or []
            top = recs[0]["id"] if recs else ""
            why = "; ".join(f"{f.key}: {f.detail}" for f in o.failures)
            lines.append(f"| {o.set} | {o.id} | {_cell(o.question)} | {_cell(why)} | {top} |")
        lines.append("")
    return "\n".join(lines)


def write_reports(report: Report, json_path: Path | None, markdown_path: Path | None) -> None:
    for path, text in ((json_path, lambda: report.model_dump_json(indent=2)),
                       (markdown_path, lambda: render_markdown(report))):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text() + "\n", encoding="utf-8")
