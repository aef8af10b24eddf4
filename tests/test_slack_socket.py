"""Socket Mode end to end: Bolt's built-in client on a loopback websocket that plays Slack."""

from __future__ import annotations

import json
import time

from assistant.ask import Advisor
from assistant.settings import load_settings
from fakes.slack_api import FakeSlackApi, FakeSocketMode, event_body, mention
from ui.slack.config import SlackConfig
from ui.slack.socket_mode import socket_handler


def wait_until(predicate, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def test_socket_mode_acks_the_envelope_then_answers_in_thread():
    with FakeSlackApi() as api, FakeSocketMode() as sock:
        api.ws_url = sock.url
        config = SlackConfig.from_env({"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1",
                                       "SLACK_API_URL": api.api_url})
        settings = load_settings()
        handler = socket_handler(Advisor(settings), settings, config)
        handler.connect()
        try:
            payload = json.loads(event_body(mention("tell me a joke", ts="1700000300.000100"), "EvSock1"))
            sock.push({"envelope_id": "env-1", "type": "events_api", "accepts_response_payload": False,
                       "retry_attempt": 0, "retry_reason": "", "payload": payload})
            wait_until(lambda: any(a.get("envelope_id") == "env-1" for a in sock.acks))
            (call,) = api.wait_for("chat.postMessage")
        finally:
            handler.close()
    (opened,) = api.of("apps.connections.open")
    assert call.data["thread_ts"] == "1700000300.000100"
    assert "Kubernetes pod networking" in json.dumps(call.data["blocks"]), "the advisor's off-topic reply"
