"""The fusion gate: hybrid is held to a pass rate and to a lead over each single retriever."""

from __future__ import annotations

import subprocess
import sys

from assistant.evaluation.summary import Summary
from assistant.evaluation.versus import Versus
from assistant.settings import REPO_ROOT


def _summary(passed: int, n: int = 100) -> Summary:
    return Summary(questions=n, passed=passed, pass_rate=passed / n, top1_accuracy=None, top1_scored=0,
                   exclusion_violations=0, refusal_precision=None, refusal_recall=None, citation_validity=1.0,
                   source_recall=None, source_scored=0, latency_p50_ms=None, latency_p95_ms=None)


def _versus(hybrid: int, dense: int, lexical: int) -> Versus:
    return Versus(summaries={"hybrid": _summary(hybrid), "dense": _summary(dense), "lexical": _summary(lexical)},
                  failing={})


def test_a_clear_lead_above_the_floor_passes():
    assert _versus(90, 80, 84).breaches(0.85, 0.05) == []


def test_a_fusion_no_better_than_keyword_search_fails_even_with_a_high_pass_rate():
    problems = _versus(92, 70, 90).breaches(0.85, 0.05)
    assert len(problems) == 1 and "lexical" in problems[0] and "2.0 points" in problems[0]


def test_a_lead_without_the_pass_rate_fails():
    problems = _versus(60, 40, 40).breaches(0.85, 0.05)
    assert problems == ["hybrid pass rate 60.0% < 85.0%"]


def test_the_lead_is_met_at_exactly_the_bar():
    assert _versus(90, 85, 85).breaches(0.85, 0.05) == []


def test_script_exits_2_with_a_one_line_error_for_a_missing_index(tmp_path):
    questions = tmp_path / "q.yaml"
    questions.write_text("- id: a\n  question: What is flannel?\n  expect:\n    answerable: true\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "hybrid_lead.py"), str(questions),
                          "--index", str(tmp_path / "none")], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2, run.stderr
    assert run.stderr.strip().startswith("error:") and "Traceback" not in run.stderr
