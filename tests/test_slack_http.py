"""The real Bolt app behind POST /slack/events: signatures, retries, bad input, self-messages, rate limit.

The real Advisor runs on the test's empty index: off-topic questions get its polite refusal and
on-topic ones its "run ingest first" error, which the bot must pass on without crashing.
"""

from __future__ import annotations

import json
import time

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.ask import Advisor
from assistant.settings import load_settings
from fakes.slack_api import BOT_ID, BOT_USER_ID, FakeSlackApi, action_body, event_body, mention, signed_headers
from ui.slack import maybe_mount

SECRET = "test-signing-secret"


@pytest.fixture
def slack():
    with FakeSlackApi() as api:
        yield api


def make_client(slack, monkeypatch, **env) -> TestClient:
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    app = FastAPI()
    assert maybe_mount(app, Advisor(load_settings()), load_settings())
    return TestClient(app)


def post(client, body: bytes, **kw):
    return client.post("/slack/events", content=body, headers=signed_headers(SECRET, body, **kw))


def test_not_mounted_without_both_variables(monkeypatch):
    app = FastAPI()
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    assert maybe_mount(app, Advisor(load_settings()), load_settings()) is False
    assert all(getattr(r, "path", "") != "/slack/events" for r in app.routes)


def test_url_verification_challenge(slack, monkeypatch):
    client = make_client(slack, monkeypatch)
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"}).encode()
    resp = post(client, body)
    assert resp.status_code == 200 and "abc123" in resp.text


def test_mention_is_answered_in_its_thread_even_when_the_store_is_down(slack, monkeypatch):
    client = make_client(slack, monkeypatch)
    started = time.monotonic()
    resp = post(client, event_body(mention("which CNI for bare metal?", ts="1700000000.000100")))
    assert resp.status_code == 200
    assert time.monotonic() - started < 3, "Slack needs the ack within 3 s"
    (call,) = slack.wait_for("chat.postMessage")
    assert call.data["thread_ts"] == "1700000000.000100"
    assert "cni-advisor ingest" in call.data["text"]


def test_forged_signature_gets_401_and_no_post(slack, monkeypatch):
    client = make_client(slack, monkeypatch)
    body = event_body(mention("hello"))
    headers = signed_headers("not-the-secret", body)
    assert client.post("/slack/events", content=body, headers=headers).status_code == 401
    unsigned = {"Content-Type": "application/json"}
    assert client.post("/slack/events", content=body, headers=unsigned).status_code == 401
    time.sleep(0.3)
    assert slack.of("chat.postMessage") == []


def test_stale_timestamp_gets_401_and_no_post(slack, monkeypatch):
    client = make_client(slack, monkeypatch)
    resp = post(client, event_body(mention("hello")), ts=int(time.time()) - 6 * 60)
    assert resp.status_code == 401
    time.sleep(0.3)
    assert slack.of("chat.postMessage") == []


def test_retried_event_is_not_answered_twice(slack, monkeypatch):
    client = make_client(slack, monkeypatch)
    body = event_body(mention("calico or cilium?"), event_id="EvRetry")
    assert post(client, body).status_code == 200
    slack.wait_for("chat.postMessage")
    assert post(client, body, retry=1).status_code == 200
    assert post(client, body, retry=2).status_code == 200
    time.sleep(0.5)
    assert len(slack.of("chat.postMessage")) == 1


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe\x00", b"{}", b"[1, 2]"])
def test_malformed_bodies_never_crash(slack, monkeypatch, body):
    client = make_client(slack, monkeypatch)
    resp = post(client, body)
    assert resp.status_code < 500
    assert slack.of("chat.postMessage") == []


def test_unknown_event_type_gets_a_quiet_ack(slack, monkeypatch):
    client = make_client(slack, monkeypatch)
    event = {"type": "reaction_added", "user": "U1", "reaction": "tada", "event_ts": "1.2"}
    resp = post(client, event_body(event, event_id="EvOther"))
    assert resp.status_code == 200
    time.sleep(0.3)
    assert [c.method for c in slack.calls if c.method != "auth.test"] == []


def test_the_bots_own_messages_are_ignored(slack, monkeypatch):
    client = make_client(slack, monkeypatch)
    own_mention = mention("answering myself", user=BOT_USER_ID)
    own_dm = {"type": "message", "channel_type": "im", "channel": "D1", "user": BOT_USER_ID,
              "bot_id": BOT_ID, "text": "an answer", "ts": "1700000000.000200"}
    assert post(client, event_body(own_mention, event_id="EvSelf1")).status_code == 200
    assert post(client, event_body(own_dm, event_id="EvSelf2")).status_code == 200
    time.sleep(0.5)
    assert slack.of("chat.postMessage") == []


def test_direct_message_is_answered_in_thread(slack, monkeypatch):
    client = make_client(slack, monkeypatch)
    dm = {"type": "message", "channel_type": "im", "channel": "D1", "user": "U7",
          "text": "does flannel do network policy?", "ts": "1700000000.000300"}
    assert post(client, event_body(dm, event_id="EvDm")).status_code == 200
    (call,) = slack.wait_for("chat.postMessage")
    assert call.data["channel"] == "D1" and call.data["thread_ts"] == "1700000000.000300"


def test_channel_chatter_without_mention_is_not_answered(slack, monkeypatch):
    client = make_client(slack, monkeypatch)
    msg = {"type": "message", "channel_type": "channel", "channel": "C1", "user": "U7",
           "text": "lunch?", "ts": "1700000000.000400", "thread_ts": "1600000000.000100"}
    assert post(client, event_body(msg, event_id="EvChatter")).status_code == 200
    time.sleep(0.5)
    assert slack.of("chat.postMessage") == []


def test_rate_limit_answers_politely(slack, monkeypatch):
    client = make_client(slack, monkeypatch, SLACK_RATE_LIMIT="2")
    for i in range(3):
        body = event_body(mention(f"question {i}", ts=f"170000000{i}.000100"), event_id=f"EvRate{i}")
        assert post(client, body).status_code == 200
    slack.wait_for("chat.postMessage", count=2)
    (limited,) = slack.wait_for("chat.postEphemeral")
    assert limited.data["user"] == "U1"
    assert "2 questions a minute" in limited.data["text"] and "wait" in limited.data["text"]
    time.sleep(0.3)
    assert len(slack.of("chat.postMessage")) == 2


def post_form(client, body: bytes):
    headers = signed_headers(SECRET, body, content_type="application/x-www-form-urlencoded")
    return client.post("/slack/events", content=body, headers=headers)


def test_vote_on_a_forgotten_answer_is_still_recorded(slack, monkeypatch, isolated_env):
    client = make_client(slack, monkeypatch)
    body = action_body("feedback_up", "gone-from-cache", slack.response_url("v"), user="U3",
                       message_text="Calico fits [1]")
    assert post_form(client, body).status_code == 200
    (thanks,) = slack.wait_for("response_url")
    assert thanks.data["response_type"] == "ephemeral"
    record = json.loads((isolated_env / "index" / "feedback.jsonl").read_text().splitlines()[-1])
    assert (record["vote"], record["user"], record["answer"], record["channel"]) == ("up", "U3", "Calico fits [1]", "slack")


def test_sharing_a_forgotten_answer_says_to_ask_again(slack, monkeypatch):
    client = make_client(slack, monkeypatch)
    body = action_body("post_to_channel", "gone-from-cache", slack.response_url("s"))
    assert post_form(client, body).status_code == 200
    (reply,) = slack.wait_for("response_url")
    assert "ask again" in reply.data["text"]
    assert slack.of("chat.postMessage") == []
