"""The LLM path of `Advisor` against our OpenAI-compatible server on loopback: wording, post-check, fallback."""

import re
import socket

import pytest

from assistant.ask import Advisor
from assistant.settings import load_settings
from fakes.openai_server import FakeOpenAI

pytestmark = pytest.mark.slow
VMWARE = "Which CNI plugin for VMware NAT with latency needs?"


def advisor_for(kb_index_dir, base_url: str, timeout: float = 10.0) -> Advisor:
    return Advisor(load_settings(index_dir=kb_index_dir, llm_provider="openai", llm_base_url=base_url,
                                 llm_model="fake-model", llm_timeout=timeout))


def grounded(kb_index_dir) -> str:
    return Advisor(load_settings(index_dir=kb_index_dir)).ask(VMWARE).answer


def test_llm_wording_is_used_and_streamed(kb_index_dir):
    reply = "Use Calico with VXLAN CrossSubnet: it crosses hypervisors [1]. It adds 50 bytes per packet [2]."
    with FakeOpenAI(reply=reply) as server:
        events = list(advisor_for(kb_index_dir, server.base_url).ask_stream(VMWARE))
        sent = server.requests[-1]
    final = events[-1].result
    assert final.answer == reply and final.notice is None
    deltas = [e.text for e in events if e.kind == "delta"]
    assert len(deltas) > 5 and "".join(deltas) == reply
    assert events[0].kind == "start" and events[0].result.recommendations
    prompt = sent["messages"][1]["content"]
    assert sent["stream"] is True and sent["model"] == "fake-model"
    assert "[1] " in prompt and "Latency / encapsulation overhead" in prompt
    assert "llm" in final.timings_ms


def test_invented_citation_numbers_are_removed(kb_index_dir):
    with FakeOpenAI(reply="An overlay is needed [1][999]. Host-gw fails here [2]. Made up [777].") as server:
        result = advisor_for(kb_index_dir, server.base_url).ask(VMWARE)
    assert result.answer == "An overlay is needed [1]. Host-gw fails here [2]. Made up."
    assert {int(n) for n in re.findall(r"\[(\d+)\]", result.answer)} <= {c.n for c in result.citations}


def test_answer_without_any_valid_citation_falls_back(kb_index_dir):
    with FakeOpenAI(reply="Just use whatever you like [500].") as server:
        result = advisor_for(kb_index_dir, server.base_url).ask(VMWARE)
    assert result.answer == grounded(kb_index_dir)
    assert "no valid source" in result.notice


def test_timeout_falls_back_to_grounded_answer_with_notice(kb_index_dir):
    with FakeOpenAI(reply="Too late [1].", delay=3.0) as server:
        result = advisor_for(kb_index_dir, server.base_url, timeout=0.5).ask(VMWARE)
    assert result.answer == grounded(kb_index_dir)
    assert "timed out" in result.notice
    assert result.recommendations and result.citations


def test_connection_refused_falls_back(kb_index_dir):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = advisor_for(kb_index_dir, f"http://127.0.0.1:{port}/v1").ask(VMWARE)
    assert "unreachable" in result.notice
    assert result.answer == grounded(kb_index_dir)


def test_out_of_scope_never_calls_the_llm(kb_index_dir):
    with FakeOpenAI(reply="Paris [1].") as server:
        result = advisor_for(kb_index_dir, server.base_url).ask("What is the capital of France?")
        assert server.requests == []
    assert result.answerable is False and "Paris" not in result.answer
