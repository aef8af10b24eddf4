"""`create_app(settings)`: one FastAPI app holding one Advisor, API routes, Slack, Gradio at `/`."""

from __future__ import annotations

from fastapi import FastAPI

from assistant import __version__
from assistant.settings import Settings


def create_app(settings: Settings, advisor=None) -> FastAPI:
    """The whole web process. One Advisor per process: the embedding model loads once, not per request."""
    import gradio as gr

    from ui.slack import maybe_mount
    from ui.web import api, render
    from ui.web.gradio_app import build_ui

    if advisor is None:
        from assistant.ask import Advisor

        advisor = Advisor(settings)
    app = FastAPI(
        title="cni-advisor",
        version=__version__,
        description="Answers about Kubernetes CNI plugins, with the checks and sources behind them.",
    )
    app.state.settings = settings
    app.state.advisor = advisor
    # Routes first: Gradio mounted at "/" would otherwise swallow every path.
    api.install(app)
    maybe_mount(app, advisor, settings)
    return gr.mount_gradio_app(
        app, build_ui(advisor, settings), path="/", css=render.css(), footer_links=["api"], ssr_mode=False
    )
