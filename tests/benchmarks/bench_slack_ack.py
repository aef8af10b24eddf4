"""Slack ack latency and time to answer, through uvicorn on loopback with Slack faked at the wire.

Slack drops (and retries) any event not acked within 3 s, so the figure that matters is the ack
time while answers are being computed. Uses CNI_ADVISOR_INDEX_DIR when set (real answers), else an
empty temp index (the advisor's quick refusals). Run: .venv/bin/python tests/benchmarks/bench_slack_ack.py
"""

from __future__ import annotations

import os
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for fakes

N_EVENTS = 20
SECRET = "bench-secret"
QUESTIONS = ["Which CNI for bare metal with a BGP fabric and network policy?",
             "Does flannel support NetworkPolicy?", "Calico or Cilium on AWS with 200 nodes?",
             "What MTU does VXLAN need?"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    import httpx
    import uvicorn
    from fastapi import FastAPI

    from assistant.ask import Advisor
    from assistant.settings import load_settings
    from fakes.slack_api import FakeSlackApi, event_body, mention, signed_headers
    from ui.slack import maybe_mount

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    index = os.environ.get("CNI_ADVISOR_INDEX_DIR") or tempfile.mkdtemp()
    with FakeSlackApi() as slack:
        env = {"SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_API_URL": slack.api_url,
               "SLACK_RATE_LIMIT": "1000"}
        settings = load_settings(index_dir=index)
        app = FastAPI()
        maybe_mount(app, Advisor(settings), settings, env=env)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        acks, started = [], time.monotonic()
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as http:
            for i in range(N_EVENTS):
                body = event_body(mention(QUESTIONS[i % len(QUESTIONS)], user=f"U{i}",
                                          ts=f"17000{i:05d}.000100"), f"EvBench{i}")
                t = time.monotonic()
                resp = http.post("/slack/events", content=body, headers=signed_headers(SECRET, body))
                acks.append((time.monotonic() - t) * 1000)
                assert resp.status_code == 200, resp.text
        slack.wait_for("chat.postMessage", count=N_EVENTS, timeout=600)
        total = time.monotonic() - started
        server.should_exit = True
    acks.sort()
    print(f"index: {'real ' + index if os.environ.get('CNI_ADVISOR_INDEX_DIR') else 'empty (refusals and run-ingest errors only)'}")
    print(f"events: {N_EVENTS} mentions sent back to back over HTTP")
    print(f"ack ms: p50 {statistics.median(acks):.1f}  p95 {acks[int(0.95 * (len(acks) - 1))]:.1f}"
          f"  max {acks[-1]:.1f}  (Slack's limit: 3000)")
    print(f"all {N_EVENTS} answers posted after {total:.1f} s ({total / N_EVENTS:.2f} s per answer, incl. model load)")


if __name__ == "__main__":
    main()
