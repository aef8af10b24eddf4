"""A tiny OpenAI-compatible chat server on loopback: the wire-level stand-in for a real LLM.

Only /v1/chat/completions, streaming (SSE) and not, plus Ollama's /api/chat (NDJSON stream). The reply, a delay before answering and
the requests received are plain attributes, so a test can set them between calls.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeOpenAI:
    def __init__(self, reply: str = "Use an overlay [1].", delay: float = 0.0, structured: str = "{}"):
        self.reply = reply
        # The reply to requests that ask for JSON in a schema (LangChain structured output).
        self.structured = structured
        self.delay = delay
        self.requests: list[dict] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/v1"

    @property
    def root_url(self) -> str:
        """Ollama's base URL has no /v1."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                path = self.path.rstrip("/")
                if path not in ("/v1/chat/completions", "/api/chat"):
                    self.send_error(404)
                    return
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                fake.requests.append(body)
                time.sleep(fake.delay)
                wants_json = "response_format" in body or isinstance(body.get("format"), dict)
                try:
                    if wants_json:
                        self._ollama(body, fake.structured) if path == "/api/chat" else self._json(body, fake.structured)
                    elif path == "/api/chat":
                        self._ollama(body)
                    elif body.get("stream"):
                        self._stream(body)
                    else:
                        self._json(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                    pass

            def _json(self, body, reply=None):
                data = json.dumps({
                    "id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
                    "model": body.get("model", "fake"),
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": reply or fake.reply}}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _ollama(self, body, reply=None):
                text = reply or fake.reply
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.end_headers()
                base = {"model": body.get("model", "fake"), "created_at": "2026-01-01T00:00:00Z"}
                for i in range(0, len(text), 3):
                    line = {**base, "message": {"role": "assistant", "content": text[i:i + 3]}, "done": False}
                    self.wfile.write((json.dumps(line) + "\n").encode())
                    self.wfile.flush()
                done = {**base, "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
                        "total_duration": 1, "load_duration": 1, "prompt_eval_count": 1, "prompt_eval_duration": 1,
                        "eval_count": 1, "eval_duration": 1}
                self.wfile.write((json.dumps(done) + "\n").encode())
                self.wfile.flush()

            def _stream(self, body):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                # Small pieces, so a citation like "[12]" is split across chunks as real models do.
                pieces = [fake.reply[i:i + 3] for i in range(0, len(fake.reply), 3)]
                for i, piece in enumerate(pieces + [None]):
                    delta = {"content": piece} if piece is not None else {}
                    if i == 0:
                        delta["role"] = "assistant"
                    chunk = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0,
                             "model": body.get("model", "fake"),
                             "choices": [{"index": 0, "delta": delta,
                                          "finish_reason": None if piece is not None else "stop"}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

        return Handler
