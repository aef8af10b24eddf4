"""`cni-advisor ask` as a user runs it: JSON for programs, a readable rendering, one-line errors."""

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from ui.cli import cli


def test_bad_profile_key_exits_2_naming_it():
    result = CliRunner().invoke(cli, ["ask", "Which CNI?", "--profile", "colour=blue"])
    assert result.exit_code == 2 and "colour=blue" in result.output
    assert "Traceback" not in result.output


def test_bad_profile_value_exits_2_naming_it():
    result = CliRunner().invoke(cli, ["ask", "Which CNI?", "--profile", "nodes=many"])
    assert result.exit_code == 2 and "nodes='many'" in result.output


def test_missing_index_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["ask", "How does flannel vxlan work?", "--index", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "cni-advisor ingest" in result.output and "Traceback" not in result.output


def test_empty_question_is_bad_input():
    result = CliRunner().invoke(cli, ["ask", "  "])
    assert result.exit_code == 2 and "empty question" in result.output


@pytest.mark.slow
def test_json_and_rendering_on_the_kb_index(kb_index_dir):
    runner = CliRunner()
    args = ["ask", "Which CNI plugin for VMware NAT?", "--index", str(kb_index_dir),
            "--profile", "latency_sensitive=true", "--top-k", "4"]
    out = runner.invoke(cli, args + ["--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["answerable"] and data["profile"]["latency_sensitive"] is True
    assert data["recommendations"][0]["verdict"] == "recommended"
    assert {c["n"] for c in data["citations"]} == set(range(1, len(data["citations"]) + 1))
    text = runner.invoke(cli, args)
    assert text.exit_code == 0
    assert "Sources:" in text.output and "[1] kb/notes/" in text.output
    assert "FAIL" in text.output and "Latency / encapsulation overhead" in text.output


@pytest.mark.slow
def test_real_process_declines_off_topic_fast_path(kb_index_dir):
    env = {**os.environ, "CNI_ADVISOR_INDEX_DIR": str(kb_index_dir)}
    proc = subprocess.run([sys.executable, "-m", "ui.cli", "ask", "--json", "What is the capital of France?"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["answerable"] is False
