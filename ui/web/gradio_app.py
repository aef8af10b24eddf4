"""The Gradio page: chat, environment panel, checks matrix, sources, feedback.

Widgets only; what a turn does lives in `ui.web.chat`.
"""

# No `from __future__ import annotations`: Gradio reads the gr.LikeData hint at runtime.
from assistant.errors import StoreUnavailable
from ui.web import render
from ui.web.chat import INGEST_HINT, ChatState, feedback, run_turn

EXAMPLES = [
    "Which CNI plugin for VMware NAT with latency needs?",
    "We run on AWS and need NetworkPolicy and encryption between nodes. What should we use?",
    "Bare-metal cluster with BGP routers: Calico or Cilium?",
    "我们的节点在 OpenStack 上，跨子网，需要网络策略，选哪个 CNI？",
    "阿里云上对延迟敏感的业务，应该用 Terway 还是 flannel？",
    "Do we need SR-IOV for a 5G user-plane workload with Multus?",
]
PLATFORMS = ["auto", "vmware", "openstack", "bare-metal", "aws", "aliyun", "azure", "gcp", "edge"]
TRISTATE = ["auto", "yes", "no"]


def _status_banner(advisor) -> str:
    try:
        h = advisor.health()
    except StoreUnavailable as exc:
        msg = str(exc) if "ingest" in str(exc) else f"{exc}: {INGEST_HINT}"
        return render.notice_html(f"Index unavailable — {msg}", "error")
    return render.notice_html(
        f"Index ready: {h.get('chunks', '?')} passages, {h.get('storage_mode', '')} store,"
        f" embedding model {h.get('embedding_model', '')}, LLM {h.get('llm', 'none')}",
        "ok",
    )


def _env_input(gr, key: str):
    label = render.ENV_FIELDS[key]
    if key == "platform":
        return gr.Dropdown(PLATFORMS, value="auto", label=label, min_width=120)
    if key == "kernel":
        return gr.Textbox(label=label, placeholder="auto, e.g. 5.15", min_width=120)
    return gr.Dropdown(TRISTATE, value="auto", label=label, min_width=120)


def build_ui(advisor, settings):
    import gradio as gr

    keys = list(render.ENV_FIELDS)

    # No telemetry: the server must not phone home, and tests allow loopback only.
    with gr.Blocks(title="cni-advisor", analytics_enabled=False) as demo:
        gr.Markdown("## cni-advisor — which CNI plugin for your cluster?")
        banner = gr.HTML(elem_id="cna-banner")
        state = gr.State(ChatState())
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(elem_id="cna-chat", label="Chat", height=460, buttons=["copy"])
                question = gr.Textbox(
                    elem_id="cna-question", label="Your question", lines=2,
                    placeholder="Describe your cluster: platform, network, what matters…",
                )
                with gr.Row():
                    ask_btn = gr.Button("Ask", variant="primary", elem_id="cna-ask")
                    clear_btn = gr.Button("New conversation", elem_id="cna-clear")
                gr.Examples(EXAMPLES, inputs=[question], label="Examples / 示例")
            with gr.Column(scale=2):
                with gr.Accordion("Your environment (overrides the question)", open=True):
                    panel = []
                    for i in range(0, len(keys), 2):  # two per row keeps the panel beside the chat
                        with gr.Row():
                            panel += [_env_input(gr, k) for k in keys[i : i + 2]]
                profile_view = gr.HTML(elem_id="cna-profile", label="Read from the chat")
        gr.Markdown("### Checks")
        checks = gr.HTML(elem_id="cna-checks")
        gr.Markdown("### Sources")
        sources = gr.HTML(elem_id="cna-sources")
        vote_note = gr.HTML(elem_id="cna-vote")

        def on_ask(q, history, st, *values):
            views = run_turn(advisor, q, dict(zip(keys, values)), history, st)
            v = None
            for v in views:
                yield v.history, v.sources, v.checks, v.profile, v.state, ""
            if v is None:  # an empty submit: a generator that yields nothing would blank the page
                yield (gr.skip(),) * 6

        def on_like(st, data: gr.LikeData):
            liked = {"Like": True, "Dislike": False}.get(data.liked, data.liked)
            if not isinstance(liked, bool):
                return ""
            rec = feedback(settings, st, data.index if isinstance(data.index, int) else data.index[0], liked)
            return render.notice_html("Thanks, feedback recorded.", "ok") if rec else ""

        outs = [chatbot, sources, checks, profile_view, state, question]
        ins = [question, chatbot, state, *panel]
        # Gradio's default runs one ask at a time for all browsers; the Advisor takes concurrent asks.
        limit = dict(concurrency_id="ask", concurrency_limit=4)
        question.submit(on_ask, ins, outs, **limit)
        ask_btn.click(on_ask, ins, outs, **limit)
        fresh = lambda: ([], "", "", "", ChatState(), "")  # noqa: E731
        clear_btn.click(fresh, None, outs)
        chatbot.clear(fresh, None, outs)  # the chat's own trash button must forget the profile too
        chatbot.like(on_like, [state], [vote_note])
        demo.load(lambda: _status_banner(advisor), None, banner)
    return demo
