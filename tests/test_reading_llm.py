"""The LLM's reading of the profile, over the wire to a loopback OpenAI/Ollama-compatible server."""

import json

from assistant import llm
from assistant.catalog import load_catalog
from assistant.reading import understand
from assistant.reading.llm_reader import llm_profile
from assistant.settings import REPO_ROOT, load_settings
from fakes.openai_server import FakeOpenAI

CATALOG = load_catalog(REPO_ROOT / "kb")


def test_structured_profile_is_read_and_ranks_below_rules_and_explicit():
    question = "Our 40 nodes are VMs in one rack; pods must be encrypted."
    llm_json = json.dumps({"nodes": 400, "platform": "vmware", "bgp_fabric": True, "encryption": True})
    with FakeOpenAI(structured=llm_json) as server:
        model = llm.chat_model(load_settings(llm_provider="openai", llm_base_url=server.base_url, llm_model="m"))
        facts = llm_profile(model, question)
        sent = server.requests[-1]
    assert {f.key: f.value for f in facts} == {"nodes": 400, "platform": "vmware", "bgp_fabric": True, "encryption": True}
    assert all(f.source == "llm" for f in facts) and "response_format" in sent
    reading = understand(question, CATALOG, explicit={"encryption": False}, llm_facts=facts)
    by_key = {f.key: f for f in reading.facts}
    assert by_key["nodes"].value == 40 and by_key["nodes"].source == "stated"  # the rule read it, with its words
    assert by_key["encryption"].value is False and by_key["encryption"].source == "explicit"
    assert by_key["bgp_fabric"].source == "llm"  # only the model read this one


def test_ollama_structured_profile():
    with FakeOpenAI(structured=json.dumps({"platform": "aws", "managed": True})) as server:
        model = llm.chat_model(load_settings(llm_provider="ollama", llm_base_url=server.root_url, llm_model="m"))
        facts = llm_profile(model, "We use EKS.")
        assert isinstance(server.requests[-1].get("format"), dict)
    assert {f.key: f.value for f in facts} == {"platform": "aws", "managed": True}


def test_a_reply_out_of_schema_adds_nothing():
    for bad in ('{"nodes": "many", "arch": "sparc"}', "not json at all"):
        with FakeOpenAI(structured=bad) as server:
            model = llm.chat_model(load_settings(llm_provider="openai", llm_base_url=server.base_url, llm_model="m"))
            assert llm_profile(model, "Which CNI for 3 nodes?") == []


def test_an_unreachable_model_adds_nothing():
    model = llm.chat_model(load_settings(llm_provider="openai", llm_base_url="http://127.0.0.1:9/v1", llm_model="m",
                                         llm_timeout=2))
    assert llm_profile(model, "Which CNI?") == []
