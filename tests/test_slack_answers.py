"""Real answers through Slack: the real Advisor on the KB index, Bolt on /slack/events, Slack faked at the wire."""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.ask import Advisor
from assistant.settings import load_settings
from fakes.slack_api import BOT_ID, BOT_USER_ID, FakeSlackApi, action_body, event_body, mention, signed_headers, slash_body
from ui.slack import blocks, maybe_mount

pytestmark = pytest.mark.slow

SECRET = "answers-secret"
CHOICE = "We run bare metal with a BGP fabric and need network policy, which CNI should we pick?"
WAIT = 120  # the first question loads the embedding model


@pytest.fixture
def slack():
    with FakeSlackApi() as api:
        yield api


@pytest.fixture
def client(slack, monkeypatch, kb_index_dir):
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_API_URL", slack.api_url)
    app = FastAPI()
    # The advisor reads the shared KB index; the bot's own settings (feedback.jsonl) use the temp index.
    assert maybe_mount(app, Advisor(load_settings(index_dir=kb_index_dir)), load_settings())
    return TestClient(app)


def post(client, body: bytes, content_type: str = "application/json"):
    resp = client.post("/slack/events", content=body,
                       headers=signed_headers(SECRET, body, content_type=content_type))
    assert resp.status_code == 200, resp.text
    return resp


def all_text(message: list[dict]) -> str:
    return json.dumps(message, ensure_ascii=False)


def answer_id(message: list[dict]) -> str:
    return next(b for b in message if b["type"] == "actions")["elements"][0]["value"]


def test_mention_gets_a_threaded_answer_with_recommendations_and_sources(client, slack):
    post(client, event_body(mention(CHOICE, ts="1700000000.000100"), event_id="EvAns1"))
    (call,) = slack.wait_for("chat.postMessage", timeout=WAIT)
    assert call.data["channel"] == "C1" and call.data["thread_ts"] == "1700000000.000100"
    message = call.data["blocks"]
    sections = [b["text"]["text"] for b in message if b["type"] == "section"]
    assert sections[0].startswith("*Recommended: Calico"), sections[0]
    assert "**" not in all_text(message)
    recs = next(s for s in sections if s.startswith(":star: *Calico"))
    assert "recommended" in recs and ":white_check_mark:" in recs
    contexts = [e["text"] for b in message if b["type"] == "context" for e in b["elements"]]
    assert contexts[0].startswith("Read from your message:") and "`bgp_fabric=True` (you said)" in contexts[0]
    links = contexts[1:]
    assert links[0].startswith("[1] <https://") and "|Calico" in links[0]
    assert [e["action_id"] for e in message[-1]["elements"]] == [blocks.FEEDBACK_UP, blocks.FEEDBACK_DOWN]
    assert call.data["text"]  # notification fallback


def test_thread_reply_continues_the_conversation(client, slack):
    root = "1700000100.000100"
    post(client, event_body(mention("We are on AWS with 200 nodes.", ts=root), event_id="EvThr1"))
    slack.wait_for("chat.postMessage", timeout=WAIT)
    slack.replies[("C1", root)] = [
        {"type": "message", "user": "U1", "text": f"<@{BOT_USER_ID}> We are on AWS with 200 nodes.", "ts": root},
        {"type": "message", "user": BOT_USER_ID, "bot_id": BOT_ID, "text": "I can only answer...",
         "ts": "1700000101.000100", "thread_ts": root},
    ]
    # A plain reply in the bot's thread, no mention: it continues the chat.
    reply = {"type": "message", "channel_type": "channel", "channel": "C1", "user": "U1",
             "text": "which CNI should we pick?", "ts": "1700000102.000100", "thread_ts": root}
    post(client, event_body(reply, event_id="EvThr2"))
    calls = slack.wait_for("chat.postMessage", count=2, timeout=WAIT)
    (history,) = slack.of("conversations.replies")
    assert history.data["ts"] == root
    second = calls[1]
    assert second.data["thread_ts"] == root
    recs = [b["text"]["text"] for b in second.data["blocks"] if b["type"] == "section" and "score" in b["text"]["text"]]
    assert "Amazon VPC CNI" in recs[0], "the thread said AWS, so the AWS-native plugin should lead"


def test_slash_command_answers_ephemerally_and_can_post_to_channel(client, slack):
    resp = post(client, slash_body(CHOICE, slack.response_url("cmd")), "application/x-www-form-urlencoded")
    assert "Looking into it" in resp.text
    (reply,) = slack.wait_for("response_url", timeout=WAIT)
    assert reply.data["response_type"] == "ephemeral"
    assert slack.of("chat.postMessage") == [], "a slash answer is private until the asker shares it"
    buttons = reply.data["blocks"][-1]["elements"]
    assert [b["action_id"] for b in buttons][-1] == blocks.POST_TO_CHANNEL

    share = action_body(blocks.POST_TO_CHANNEL, buttons[-1]["value"], slack.response_url("share"))
    post(client, share, "application/x-www-form-urlencoded")
    (posted,) = slack.wait_for("chat.postMessage", timeout=30)
    assert posted.data["channel"] == "C1" and "thread_ts" not in posted.data
    assert "<@U1> asked:" in all_text(posted.data["blocks"]) and "Calico" in all_text(posted.data["blocks"])
    assert blocks.POST_TO_CHANNEL not in all_text(posted.data["blocks"])
    deleted = slack.wait_for("response_url", count=2, timeout=30)[1]
    assert deleted.path == "/response/share" and deleted.data.get("delete_original") is True


def test_feedback_button_is_recorded(client, slack, isolated_env):
    post(client, event_body(mention(CHOICE, ts="1700000200.000100"), event_id="EvFb1"))
    (call,) = slack.wait_for("chat.postMessage", timeout=WAIT)
    vote = action_body(blocks.FEEDBACK_DOWN, answer_id(call.data["blocks"]), slack.response_url("fb"), user="U9")
    post(client, vote, "application/x-www-form-urlencoded")
    (thanks,) = slack.wait_for("response_url", timeout=30)
    assert "feedback" in thanks.data["text"].lower() and thanks.data["response_type"] == "ephemeral"
    lines = (isolated_env / "index" / "feedback.jsonl").read_text().splitlines()
    record = json.loads(lines[-1])
    assert record["vote"] == "down" and record["channel"] == "slack" and record["user"] == "U9"
    assert record["question"] == CHOICE and record["answer"].startswith("**Recommended")
    assert record["chunk_ids"]
