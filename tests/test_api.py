"""POST /api/ask and GET /healthz through FastAPI's test client, with and without an index."""

import pytest
from fastapi.testclient import TestClient

from assistant.models import AskResult
from assistant.settings import load_settings
from ui.web.app import create_app

VMWARE = "Which CNI plugin for VMware NAT with latency needs?"


@pytest.fixture
def client():
    # The autouse fixture points the index at an empty temp dir: no index yet.
    with TestClient(create_app(load_settings())) as c:
        yield c


def test_healthz_is_503_with_the_fix_when_there_is_no_index(client):
    r = client.get("/healthz")
    assert r.status_code == 503
    body = r.json()
    assert body["status"] == "unavailable" and "cni-advisor ingest" in body["reason"]
    assert body["storage_mode"] == "embedded"


def test_ask_without_index_is_503_not_a_traceback(client):
    r = client.post("/api/ask", json={"question": VMWARE})
    assert r.status_code == 503 and "ingest" in r.json()["detail"]


@pytest.mark.parametrize(
    "body, where",
    [({}, "question"), ({"question": 3}, "question"), ({"question": "x", "profile": {"encryption": "maybe"}},
                                                        "profile.encryption"), ({"question": "x", "extra": 1}, "extra")],
)
def test_malformed_body_is_422_naming_the_field(client, body, where):
    r = client.post("/api/ask", json=body)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert f"'{where}'" in detail and '{"question":' in detail


def test_body_that_is_not_json_is_422(client):
    r = client.post("/api/ask", content=b'{"question": ', headers={"content-type": "application/json"})
    assert r.status_code == 422 and "JSON" in r.json()["detail"]


def test_question_over_the_limit_is_413(client):
    r = client.post("/api/ask", json={"question": "a" * 2001})
    assert r.status_code == 413 and "2000" in r.json()["detail"]


def test_empty_question_is_a_clear_422():
    # Needs no index: the question is refused before the store is opened.
    with TestClient(create_app(load_settings())) as c:
        r = c.post("/api/ask", json={"question": "   "})
    assert r.status_code == 422 and "empty question" in r.json()["detail"]


def test_openapi_docs_and_gradio_page_are_served(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    assert "/api/ask" in spec["paths"] and "/healthz" in spec["paths"]
    page = client.get("/")
    assert page.status_code == 200 and "gradio" in page.text.lower()


@pytest.mark.slow
def test_ask_returns_the_ask_json_with_citations_and_checks(kb_index_dir, monkeypatch):
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))
    with TestClient(create_app(load_settings())) as c:
        health = c.get("/healthz")
        r = c.post("/api/ask", json={"question": VMWARE, "profile": {"encryption": True}})
    assert health.status_code == 200 and health.json()["chunks"] > 0
    assert health.json()["embedding_model"] and health.json()["storage_mode"] == "embedded"
    assert r.status_code == 200
    res = AskResult.model_validate(r.json())
    assert res.answerable and res.citations and res.recommendations
    assert "[1]" in res.answer
    assert res.profile.get("platform") == "vmware" and res.profile.get("encryption") is True
