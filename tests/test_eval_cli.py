"""`cni-advisor eval` end to end against the real KB index (real Chroma, real embedding model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from ui.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "eval"


@pytest.fixture
def kb_env(kb_index_dir, monkeypatch):
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))


@pytest.mark.slow
def test_reports_and_exit_code_follow_the_figures(kb_env, tmp_path):
    out_json, out_md = tmp_path / "r" / "eval.json", tmp_path / "r" / "eval.md"
    result = CliRunner().invoke(cli, [
        "eval", str(FIXTURES / "small.yaml"), "--json", str(out_json), "--markdown", str(out_md),
        "--min-refusal-recall", "1", "--min-citation-validity", "1",
    ])
    report = json.loads(out_json.read_text())
    assert result.exit_code == (0 if not report["breaches"] else 1), result.output
    assert [q["id"] for q in report["questions"]] == ["aliyun-zh", "what-is-cni", "cooking"]
    for q in report["questions"]:
        assert set(q["result"]) >= {"question", "lang", "answerable", "answer", "recommendations",
                                    "citations", "timings_ms"}  # the `ask --json` shape
        assert q["passed"] == (q["failures"] == [])
        assert q["latency_ms"] > 0
    cooking = report["questions"][2]
    assert cooking["result"]["answerable"] is False and cooking["passed"]  # off-topic is declined
    assert report["summary"]["questions"] == 3 and report["summary"]["refusal_recall"] == 1.0
    assert f"{report['summary']['passed']}/3 passed" in result.output
    assert out_md.read_text().startswith("# Evaluation:")


@pytest.mark.slow
def test_below_threshold_exits_1_and_names_the_failure(kb_env):
    result = CliRunner().invoke(cli, ["eval", str(FIXTURES / "impossible.jsonl"), "--json", "-",
                                      "--min-pass-rate", "0.5", "--retriever", "lexical"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)  # stdout holds only the JSON; the summary went to stderr
    (only,) = report["questions"]
    assert report["retriever"] == "lexical"
    assert [f["key"] for f in only["failures"]] == ["recommend_top_any"]
    assert report["breaches"] == ["pass_rate 0.0 < min-pass-rate 0.5"]
    assert "FAIL impossible/wrong-on-purpose: recommend_top_any" in result.stderr


def test_missing_index_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["eval", str(FIXTURES / "small.yaml"),
                                      "--index", str(tmp_path / "no-index")])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.output.count("\n") <= 2
