"""The LLM layer against a real OpenAI-compatible HTTP server on loopback (tests/fakes)."""

import socket

import pytest

from assistant import llm
from assistant.models import Citation
from assistant.settings import load_settings
from fakes.openai_server import FakeOpenAI


def _settings(base_url: str, timeout: float = 5.0):
    return load_settings(llm_provider="openai", llm_base_url=base_url, llm_model="fake", llm_timeout=timeout)


def _messages():
    cites = [Citation(n=1, chunk_id="a", source="kb/notes/x.md", title="X", heading="H", url="", text="VXLAN adds 50 bytes.", score=0.5)]
    return llm.build_messages("What does VXLAN cost?", "en", cites, [])


def test_clean_citations_drops_invented_numbers():
    assert llm.clean_citations("Overlay adds overhead [1][7]. Host-gw needs L2 [2].", 2) == \
        "Overlay adds overhead [1]. Host-gw needs L2 [2]."
    assert llm.clean_citations("Made up [9].", 2) is None
    assert llm.clean_citations("No citations at all.", 2) is None


def test_citation_filter_handles_numbers_split_across_deltas():
    f = llm.CitationFilter(3)
    out = "".join(f.feed(d) for d in ["Use VX", "LAN [", "1", "] not [1", "2] ok [3", "]."]) + f.close()
    assert out == "Use VXLAN [1] not  ok [3]."


def test_prompt_carries_numbered_passages_and_language():
    system, human = _messages()
    assert "[1] kb/notes/x.md > H" in human.content and "VXLAN adds 50 bytes." in human.content
    assert "English" in system.content
    zh = llm.build_messages("VXLAN 开销?", "zh", [], [])[0]
    assert "Chinese" in zh.content


def test_stream_against_loopback_server():
    with FakeOpenAI(reply="VXLAN adds 50 bytes per packet [1].") as server:
        model = llm.chat_model(_settings(server.base_url))
        deltas = list(llm.stream(model, _messages()))
        assert len(deltas) > 3 and "".join(deltas) == "VXLAN adds 50 bytes per packet [1]."
        assert server.requests[-1]["stream"] is True and server.requests[0]["model"] == "fake"
        assert "VXLAN adds 50 bytes." in server.requests[0]["messages"][1]["content"]


def test_ollama_provider_against_loopback_server():
    with FakeOpenAI(reply="Host-gw needs one L2 segment [1].") as server:
        settings = load_settings(llm_provider="ollama", llm_base_url=server.root_url, llm_model="llama-fake")
        model = llm.chat_model(settings)
        assert "".join(llm.stream(model, _messages())) == "Host-gw needs one L2 segment [1]."
        assert server.requests[0]["model"] == "llama-fake"


def test_ollama_timeout_becomes_llm_failed():
    with FakeOpenAI(delay=3.0) as server:
        model = llm.chat_model(load_settings(llm_provider="ollama", llm_base_url=server.root_url,
                                             llm_model="m", llm_timeout=0.5))
        with pytest.raises(llm.LLMFailed, match="timed out"):
            list(llm.stream(model, _messages()))


def test_timeout_becomes_llm_failed_with_notice():
    with FakeOpenAI(delay=3.0) as server:
        model = llm.chat_model(_settings(server.base_url, timeout=0.5))
        with pytest.raises(llm.LLMFailed, match="timed out"):
            list(llm.stream(model, _messages()))


def test_connection_refused_becomes_llm_failed():
    with socket.socket() as s:  # a port that was free a moment ago and has no listener now
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    model = llm.chat_model(_settings(f"http://127.0.0.1:{port}/v1"))
    with pytest.raises(llm.LLMFailed, match="unreachable"):
        list(llm.stream(model, _messages()))


def test_no_provider_means_no_model():
    assert llm.chat_model(load_settings()) is None
