"""`cni-advisor serve`: the web app and HTTP API in one process."""

import click

from ui.commands._common import index_option, make_settings, user_errors


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7860, show_default=True, type=click.IntRange(0, 65535), help="Port.")
@index_option
def command(host, port, index_dir):
    """Serve the chat at / , POST /api/ask, GET /healthz and the API docs at /docs."""
    settings = make_settings(index_dir)
    with user_errors():
        from ui.web.server import serve

        serve(settings, host, port)
