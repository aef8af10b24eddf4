"""`cni-advisor serve` carries the bot: the web engineer's create_app mounts /slack/events when configured."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from assistant.settings import load_settings
from fakes.slack_api import FakeSlackApi, event_body, mention, signed_headers
from ui.web.app import create_app

SECRET = "serve-secret"


def test_create_app_serves_slack_events_when_configured(monkeypatch):
    with FakeSlackApi() as slack:
        monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_API_URL", slack.api_url)
        client = TestClient(create_app(load_settings()))
        body = event_body(mention("tell me a joke", ts="1700000400.000100"), "EvServe1")
        resp = client.post("/slack/events", content=body, headers=signed_headers(SECRET, body))
        assert resp.status_code == 200
        (call,) = slack.wait_for("chat.postMessage")
        assert call.data["thread_ts"] == "1700000400.000100"
        forged = client.post("/slack/events", content=body, headers=signed_headers("wrong", body))
        assert forged.status_code == 401


def test_create_app_has_no_slack_route_without_its_variables():
    app = create_app(load_settings())
    assert "/slack/events" not in [getattr(r, "path", None) for r in app.routes]
    body = json.dumps({"type": "url_verification", "challenge": "chal-1"}).encode()
    resp = TestClient(app).post("/slack/events", content=body, headers=signed_headers("x", body))
    assert resp.status_code >= 400 and "chal-1" not in resp.text
