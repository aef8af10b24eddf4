"""A web chat turn with the real Advisor: panels first, follow-ups keep the profile, feedback lands."""

import json
import shutil

import pytest

from assistant.ask import Advisor
from assistant.settings import load_settings
from fakes.openai_server import FakeOpenAI
from ui.web.chat import ChatState, feedback, run_turn

VMWARE = "Which CNI plugin for VMware NAT with latency needs?"


@pytest.fixture
def kb_settings(kb_index_dir, monkeypatch):
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))
    return load_settings()


def test_missing_index_tells_the_user_to_ingest():
    views = list(run_turn(Advisor(load_settings()), VMWARE, {}, [], ChatState()))
    reply = views[-1].history[-1]["content"]
    assert reply.startswith("⚠️") and "cni-advisor ingest" in reply
    assert views[-1].state.conversation is None  # a failed turn carries nothing over


def test_user_text_is_escaped_in_the_history():
    views = list(run_turn(Advisor(load_settings()), "<img src=x onerror=alert(1)>", {}, [], ChatState()))
    assert views[-1].history[0]["content"] == "&lt;img src=x onerror=alert(1)&gt;"


def test_an_empty_submit_is_not_a_turn():
    assert list(run_turn(Advisor(load_settings()), "   ", {}, [{"role": "user", "content": "hi"}], ChatState())) == []


@pytest.mark.slow
def test_checks_and_sources_come_before_the_answer_then_cited_answer(kb_settings):
    views = list(run_turn(Advisor(kb_settings), VMWARE, {}, [], ChatState()))
    first, last = views[0], views[-1]
    assert "cna-matrix" in first.checks and "<table" in first.checks and "cna-source" in first.sources
    assert first.history[-1]["content"] == "…"
    assert "[1]" in last.history[-1]["content"]
    assert "vmware" in last.profile


@pytest.mark.slow
def test_follow_up_keeps_the_profile_and_panel_overrides_it(kb_settings):
    advisor = Advisor(kb_settings)
    *_, one = run_turn(advisor, VMWARE, {}, [], ChatState())
    *_, two = run_turn(advisor, "and if we need encryption?", {"kernel": ""}, one.history, one.state)
    profile = two.state.conversation.profile
    assert profile["platform"] == "vmware" and profile["encryption"] is True
    assert len(two.history) == 4
    *_, three = run_turn(advisor, "and with Windows nodes?", {"platform": "aws", "ipv6": "no"},
                         two.history, two.state)
    profile = three.state.conversation.profile
    assert profile["platform"] == "aws" and profile["ipv6"] is False and profile["encryption"] is True
    assert "aws ✎" in three.profile


@pytest.mark.slow
def test_feedback_records_question_answer_and_cited_chunks(kb_index_dir, tmp_path, monkeypatch):
    # Feedback is written into the index directory: a copy, since the shared KB index is read-only.
    shutil.copytree(kb_index_dir, tmp_path / "kb-copy")
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(tmp_path / "kb-copy"))
    kb_settings = load_settings()
    *_, view = run_turn(Advisor(kb_settings), VMWARE, {}, [], ChatState())
    assert feedback(kb_settings, view.state, 0, True) is None  # a user message has no answer to rate
    feedback(kb_settings, view.state, 1, False)
    (line,) = kb_settings.feedback_path.read_text().splitlines()
    rec = json.loads(line)
    assert rec["vote"] == "down" and rec["channel"] == "web" and rec["question"] == VMWARE
    assert rec["chunk_ids"] == view.state.turns[1].chunk_ids and rec["chunk_ids"]
    assert "[1]" in rec["answer"]


@pytest.mark.slow
def test_with_an_llm_the_answer_streams_after_the_panels(kb_settings, monkeypatch):
    with FakeOpenAI(reply="Use flannel host-gw on a flat L2 [1], or Calico [2].") as llm:
        for key, value in {"PROVIDER": "openai", "BASE_URL": llm.base_url, "MODEL": "fake", "API_KEY": "x"}.items():
            monkeypatch.setenv(f"CNI_ADVISOR_LLM_{key}", value)
        views = list(run_turn(Advisor(load_settings()), VMWARE, {}, [], ChatState()))
    answers = [v.history[-1]["content"] for v in views]
    assert answers[0] == "…" and "<table" in views[0].checks
    assert len(answers) > 3  # several partial answers in between
    assert answers[-1].startswith("Use flannel host-gw on a flat L2 [1]")
