"""Slack's Web API at the wire: a loopback HTTP server that records calls and answers like Slack.

Point slack_sdk at `api_url` (WebClient base_url or SLACK_API_URL); response_url payloads go to
`response_url(name)`. Only what the bot uses is answered; every call is recorded in `calls`.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlparse

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"


@dataclass
class Call:
    method: str  # "chat.postMessage", ... or "response_url"
    path: str
    data: dict


class FakeSlackApi:
    def __init__(self):
        self.calls: list[Call] = []
        self.replies: dict[tuple[str, str], list[dict]] = {}  # (channel, thread ts) -> messages
        self.fail: dict[str, str] = {}  # method -> Slack error code to answer with
        self.ws_url = ""  # what apps.connections.open hands out (Socket Mode)
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return f"{self.base}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.base}/response/{name}"

    def __enter__(self) -> FakeSlackApi:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def of(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30.0) -> list[Call]:
        """Bounded polling: the bot answers after the ack, on its own thread."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.of(method)
            if len(found) >= count:
                return found
            time.sleep(0.02)
        raise AssertionError(f"expected {count} {method} call(s) within {timeout}s, got {self.of(method)}")

    def _record(self, call: Call) -> dict:
        with self._lock:
            self.calls.append(call)
        if call.method in self.fail:
            return {"ok": False, "error": self.fail[call.method]}
        if call.method == "auth.test":
            return {"ok": True, "user_id": BOT_USER_ID, "bot_id": BOT_ID, "team_id": "T1", "user": "cni-advisor"}
        if call.method == "chat.postMessage":
            return {"ok": True, "channel": call.data.get("channel"), "ts": f"{2000000000 + next(self._ts)}.000100"}
        if call.method == "apps.connections.open":
            return {"ok": True, "url": self.ws_url}
        if call.method == "conversations.replies":
            key = (call.data.get("channel", ""), call.data.get("ts", ""))
            return {"ok": True, "messages": self.replies.get(key, []), "has_more": False}
        return {"ok": True}

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def _serve(self, raw: bytes):
                url = urlparse(self.path)
                data = dict(parse_qsl(url.query))
                ctype = self.headers.get("Content-Type", "")
                if raw and "json" in ctype:
                    data.update(json.loads(raw))
                elif raw:
                    data.update(parse_qsl(raw.decode()))
                if isinstance(data.get("blocks"), str):
                    data["blocks"] = json.loads(data["blocks"])
                if url.path.startswith("/api/"):
                    method = url.path[len("/api/"):]
                elif url.path.startswith("/response/"):
                    method = "response_url"
                else:
                    self.send_error(404)
                    return
                body = json.dumps(fake._record(Call(method, url.path, data))).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                self._serve(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

            def do_GET(self):
                self._serve(b"")

        return Handler


# -- what Slack's side sends ------------------------------------------------------------------


def signed_headers(secret: str, body: bytes, *, ts: int | None = None, content_type: str = "application/json",
                   retry: int | None = None) -> dict:
    """Slack's v0 signing scheme: HMAC-SHA256 of `v0:timestamp:body` with the signing secret."""
    import hashlib
    import hmac

    stamp = str(int(time.time()) if ts is None else ts)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256).hexdigest()
    headers = {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}",
               "Content-Type": content_type}
    if retry is not None:
        headers.update({"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"})
    return headers


def event_body(event: dict, event_id: str = "Ev001") -> bytes:
    return json.dumps({
        "token": "legacy", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
        "event_id": event_id, "event_time": int(time.time()), "event": event,
        "authorizations": [{"team_id": "T1", "user_id": BOT_USER_ID, "is_bot": True}],
    }).encode()


def mention(text: str, *, user: str = "U1", channel: str = "C1", ts: str = "1700000000.000100",
            thread_ts: str | None = None) -> dict:
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER_ID}> {text}", "ts": ts,
             "channel": channel, "event_ts": ts}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def slash_body(text: str, response_url: str, *, user: str = "U1", channel: str = "C1") -> bytes:
    from urllib.parse import urlencode

    return urlencode({"token": "legacy", "team_id": "T1", "channel_id": channel, "user_id": user,
                      "command": "/cni", "text": text, "response_url": response_url,
                      "trigger_id": "trig", "api_app_id": "A1"}).encode()


def action_body(action_id: str, value: str, response_url: str, *, user: str = "U1", channel: str = "C1",
                message_text: str = "") -> bytes:
    from urllib.parse import urlencode

    payload = {"type": "block_actions", "user": {"id": user}, "team": {"id": "T1"}, "api_app_id": "A1",
               "channel": {"id": channel}, "response_url": response_url, "trigger_id": "trig",
               "container": {"type": "message", "channel_id": channel},
               "message": {"type": "message", "text": message_text, "ts": "1700000001.000100"},
               "actions": [{"type": "button", "action_id": action_id, "value": value,
                            "block_id": f"answer:{value}", "action_ts": "1700000002.0"}]}
    return urlencode({"payload": json.dumps(payload)}).encode()


class FakeSocketMode:
    """Slack's Socket Mode end: says hello, pushes envelopes to the bot, records the bot's acks."""

    def __init__(self):
        from websockets.sync.server import serve

        self.acks: list[dict] = []
        self._outbox: list[dict] = []
        self._lock = threading.Lock()
        self._server = serve(self._session, "127.0.0.1", 0, compression=None)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.socket.getsockname()[:2]
        return f"ws://{host}:{port}/link"

    def push(self, envelope: dict) -> None:
        with self._lock:
            self._outbox.append(envelope)

    def __enter__(self) -> FakeSocketMode:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()

    def _session(self, ws) -> None:
        ws.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}}))
        deadline = time.monotonic() + 60  # bounded: a test never needs a longer session
        while time.monotonic() < deadline:
            with self._lock:
                outgoing, self._outbox = self._outbox, []
            for envelope in outgoing:
                ws.send(json.dumps(envelope))
            try:
                raw = ws.recv(timeout=0.05)
            except TimeoutError:
                continue
            except Exception:  # the bot hung up
                return
            with self._lock:
                self.acks.append(json.loads(raw))
