"""Run the web app under uvicorn, with the Advisor warmed up before the first request."""

from __future__ import annotations

import errno
import socket
import time

import click

from assistant.errors import ConfigError, StoreUnavailable
from assistant.settings import Settings

WARM_QUESTION = "Which CNI plugin for a small bare-metal cluster?"


def check_port(host: str, port: int) -> None:
    """Fail with a one-line fix instead of uvicorn's traceback-ish exit when the port is taken."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            why = "is in use" if exc.errno == errno.EADDRINUSE else f"cannot be bound ({exc.strerror})"
            raise ConfigError(f"{host}:{port} {why}: pass another --port or --host") from None


def warm_up(advisor) -> str:
    """Load the model and open the store now, so the first user does not wait; a missing index is not fatal."""
    start = time.perf_counter()
    try:
        advisor.health()
        advisor.ask(WARM_QUESTION)
    except StoreUnavailable as exc:
        return f"index unavailable ({exc}); serving anyway: run `cni-advisor ingest`, /healthz says 503 until then"
    return f"warmed up in {time.perf_counter() - start:.1f}s"


def serve(settings: Settings, host: str, port: int) -> None:
    import uvicorn

    from assistant.ask import Advisor
    from ui.web.app import create_app

    check_port(host, port)
    advisor = Advisor(settings)
    click.echo(f"cni-advisor: {warm_up(advisor)}", err=True)
    app = create_app(settings, advisor)
    click.echo(f"cni-advisor: serving on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


class BackgroundServer:
    """uvicorn in a thread on a socket bound up front (port 0: any free port), for tests and benchmarks."""

    def __init__(self, app, host: str = "127.0.0.1", port: int = 0, start_timeout: float = 60.0):
        self.app, self.host, self.port, self.start_timeout = app, host, port, start_timeout

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> BackgroundServer:
        import threading

        import uvicorn

        # Binding before starting means no window where another process grabs the port.
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((self.host, self.port))
        self.port = self.sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(self.app, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + self.start_timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.__exit__(None, None, None)
                raise RuntimeError(f"web server did not start on {self.url}")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.sock.close()
