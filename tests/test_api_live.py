"""The API over a real uvicorn server on a free loopback port."""

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from assistant.settings import load_settings
from ui.web.app import create_app
from ui.web.server import BackgroundServer

QUESTIONS = [
    "Which CNI plugin for VMware NAT with latency needs?",
    "What is the difference between an overlay and an underlay network?",
    "我们在阿里云上，选 Terway 还是 flannel？",
    "Calico or Cilium on bare metal with BGP routers?",
]


def test_missing_index_over_http_is_503_and_the_page_still_loads():
    with BackgroundServer(create_app(load_settings())) as srv:
        health = httpx.get(f"{srv.url}/healthz", timeout=30)
        page = httpx.get(f"{srv.url}/", timeout=30)
        bad = httpx.post(f"{srv.url}/api/ask", content=b"not json", timeout=30,
                         headers={"content-type": "application/json"})
    assert health.status_code == 503 and "ingest" in health.json()["reason"]
    assert page.status_code == 200
    assert bad.status_code == 422 and "question" in bad.json()["detail"]


@pytest.mark.slow
def test_concurrent_asks_over_http_all_answer(kb_index_dir, monkeypatch):
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))
    with BackgroundServer(create_app(load_settings())) as srv, httpx.Client(base_url=srv.url, timeout=180) as c:
        assert c.get("/healthz").json()["chunks"] > 0
        with ThreadPoolExecutor(4) as pool:
            replies = list(pool.map(lambda q: c.post("/api/ask", json={"question": q}), QUESTIONS))
        too_long = c.post("/api/ask", json={"question": "x" * 5000})
    assert [r.status_code for r in replies] == [200] * 4
    assert [r.json()["question"] for r in replies] == QUESTIONS  # each answer belongs to its question
    assert replies[2].json()["lang"] == "zh"
    assert all(r.json()["citations"] for r in replies)
    assert too_long.status_code == 413


@pytest.mark.slow
def test_pasted_node_output_over_http_decides_a_check_and_cites_its_lines(kb_index_dir, monkeypatch):
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures" / "evidence"
    pasted = [(fixtures / name).read_text(encoding="utf-8") for name in ("two_hypervisors_a.txt", "two_hypervisors_b.txt")]
    monkeypatch.setenv("CNI_ADVISOR_INDEX_DIR", str(kb_index_dir))
    with BackgroundServer(create_app(load_settings())) as srv, httpx.Client(base_url=srv.url, timeout=180) as c:
        told = c.post("/api/ask", json={"question": "Which CNI plugin should we use?", "evidence": pasted}).json()
        one = c.post("/api/ask", json={"question": "Which CNI plugin should we use?", "evidence": "\n".join(pasted)})
    facts = {f["key"]: f for f in told["reading"]["facts"]}
    assert facts["l2_adjacent"]["source"] == "observed" and facts["l2_adjacent"]["value"] is False
    host_gw = next(r for r in told["recommendations"] if r["id"] == "flannel:host-gw")
    l2 = next(ch for ch in host_gw["checks"] if ch["id"] == "l2")
    assert host_gw["verdict"] == "rejected" and l2["observed"] and l2["observed"][0].startswith("Observed:")
    assert one.status_code == 200  # one string is accepted as well as a list
