"""The Gradio page: chat, environment panel, checks matrix, sources, feedback, language switch.

Widgets only; what a turn does lives in `ui.web.chat`, the words in `ui.web.i18n`. The page starts
in the language the browser asks for (Accept-Language) and the switch at the top changes it.
"""

# No `from __future__ import annotations`: Gradio reads the gr.LikeData / gr.Request hints at runtime.
from assistant.errors import StoreUnavailable
from ui.web import render
from ui.web.chat import ChatState, feedback, run_turn, with_ingest_hint
from ui.web.i18n import ENV_FIELDS, LANG_NAMES, LANGS, field_label, from_accept_language, t

EXAMPLES = [
    "Which CNI plugin for VMware NAT with latency needs?",
    "We run on AWS and need NetworkPolicy and encryption between nodes. What should we use?",
    "Bare-metal cluster with BGP routers: Calico or Cilium?",
    "我们的节点在 OpenStack 上，跨子网，需要网络策略，选哪个 CNI？",
    "阿里云上对延迟敏感的业务，应该用 Terway 还是 flannel？",
    "Do we need SR-IOV for a 5G user-plane workload with Multus?",
]


def status_banner(advisor, lang: str) -> str:
    try:
        h = advisor.health()
    except StoreUnavailable as exc:
        return render.notice_html(t("index_unavailable", lang, reason=with_ingest_hint(str(exc), lang)), "error")
    return render.notice_html(
        t("index_ready", lang, chunks=h.get("chunks", "?"), mode=h.get("storage_mode", ""),
          model=h.get("embedding_model", ""), llm=h.get("llm", "none")),
        "ok",
    )


def _choices(key: str, lang: str, platforms: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    # (label, value): the labels follow the page's language, the values are what the engine reads.
    auto = (t("auto", lang), "auto")
    if key == "platform":  # the catalog's environments: a new cloud in _environments.yaml shows up here
        return [auto, *((zh if lang == "zh" else en, env_id) for env_id, en, zh in platforms)]
    return [auto, (t("yes", lang), "yes"), (t("no", lang), "no")]


def _env_input(gr, key: str, platforms: list[tuple[str, str, str]]):
    if key == "kernel":
        return gr.Textbox(label=field_label(key, "en"), placeholder=t("kernel_placeholder", "en"), min_width=120)
    return gr.Dropdown(_choices(key, "en", platforms), value="auto", label=field_label(key, "en"), min_width=120)


def _env_update(gr, key: str, lang: str, platforms: list[tuple[str, str, str]]):
    if key == "kernel":
        return gr.update(label=field_label(key, lang), placeholder=t("kernel_placeholder", lang))
    return gr.update(label=field_label(key, lang), choices=_choices(key, lang, platforms))


def build_ui(advisor, settings):
    import gradio as gr

    keys = list(ENV_FIELDS)
    platforms = [(e.id, e.name, e.name_zh) for e in advisor.catalog.environments]

    # No telemetry: the server must not phone home, and tests allow loopback only.
    with gr.Blocks(title="cni-advisor", analytics_enabled=False) as demo:
        with gr.Row(equal_height=True):
            title = gr.Markdown(t("title", "en"))
            lang = gr.Radio([(LANG_NAMES[code], code) for code in LANGS], value="en", show_label=False,
                            container=False, elem_id="cna-lang", scale=0, min_width=180)
        banner = gr.HTML(elem_id="cna-banner")
        state = gr.State(ChatState())
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(elem_id="cna-chat", label=t("chat", "en"), height=460, buttons=["copy"])
                question = gr.Textbox(elem_id="cna-question", label=t("question", "en"), lines=2,
                                      placeholder=t("placeholder", "en"))
                with gr.Row():
                    ask_btn = gr.Button(t("ask", "en"), variant="primary", elem_id="cna-ask")
                    clear_btn = gr.Button(t("clear", "en"), elem_id="cna-clear")
                examples = gr.Examples(EXAMPLES, inputs=[question], label=t("examples", "en"))
            with gr.Column(scale=2):
                with gr.Accordion(t("environment", "en"), open=True, elem_id="cna-env") as env_box:
                    panel = []
                    for i in range(0, len(keys), 2):  # two per row keeps the panel beside the chat
                        with gr.Row():
                            panel += [_env_input(gr, k, platforms) for k in keys[i : i + 2]]
                evidence = gr.Textbox(elem_id="cna-evidence", label=t("evidence", "en"), lines=4, max_lines=12,
                                      placeholder=t("evidence_placeholder", "en"))
                profile_view = gr.HTML(elem_id="cna-profile")
        checks_head = gr.Markdown(t("checks", "en"), elem_id="cna-checks-head")
        checks = gr.HTML(elem_id="cna-checks")
        sources_head = gr.Markdown(t("sources", "en"), elem_id="cna-sources-head")
        sources = gr.HTML(elem_id="cna-sources")
        vote_note = gr.HTML(elem_id="cna-vote")

        chrome_outs = [title, chatbot, question, ask_btn, clear_btn, examples.dataset, env_box,
                       checks_head, sources_head, evidence, *panel]

        def chrome(lg: str) -> list:
            return [
                gr.update(value=t("title", lg)), gr.update(label=t("chat", lg)),
                gr.update(label=t("question", lg), placeholder=t("placeholder", lg)),
                gr.update(value=t("ask", lg)), gr.update(value=t("clear", lg)),
                gr.update(label=t("examples", lg)), gr.update(label=t("environment", lg)),
                gr.update(value=t("checks", lg)), gr.update(value=t("sources", lg)),
                gr.update(label=t("evidence", lg), placeholder=t("evidence_placeholder", lg)),
                *(_env_update(gr, k, lg, platforms) for k in keys),
            ]

        def on_load(request: gr.Request):
            # gr.Request raises AttributeError for headers when it was built without them.
            headers = getattr(request, "headers", None) or {}
            lg = from_accept_language(headers.get("accept-language"))
            return [lg, status_banner(advisor, lg), *chrome(lg)]

        def on_lang(lg, st):
            panels = st.panels.render(lg) if st.panels else (gr.skip(),) * 3
            return [status_banner(advisor, lg), *chrome(lg), *panels]

        def on_ask(q, history, st, lg, pasted, *values):
            views = run_turn(advisor, q, dict(zip(keys, values, strict=True)), history, st, lg, pasted or "")
            v = None
            for v in views:
                yield v.history, v.sources, v.checks, v.profile, v.state, ""
            if v is None:  # an empty submit: a generator that yields nothing would blank the page
                yield (gr.skip(),) * 6

        def on_like(st, lg, data: gr.LikeData):
            # A string is one of Gradio's other feedback options; only Like/Dislike are votes.
            liked = {"Like": True, "Dislike": False}.get(data.liked) if isinstance(data.liked, str) else data.liked
            if not isinstance(liked, bool):
                return ""
            rec = feedback(settings, st, data.index if isinstance(data.index, int) else data.index[0], liked)
            return render.notice_html(t("thanks", lg), "ok") if rec else ""

        outs = [chatbot, sources, checks, profile_view, state, question]
        ins = [question, chatbot, state, lang, evidence, *panel]
        # Gradio's default runs one ask at a time for all browsers; the Advisor takes concurrent asks.
        question.submit(on_ask, ins, outs, concurrency_id="ask", concurrency_limit=4)
        ask_btn.click(on_ask, ins, outs, concurrency_id="ask", concurrency_limit=4)

        def fresh():
            return [], "", "", "", ChatState(), ""

        clear_btn.click(fresh, None, outs)
        chatbot.clear(fresh, None, outs)  # the chat's own trash button must forget the profile too
        chatbot.like(on_like, [state, lang], [vote_note])
        # `input`, not `change`: only the user's switch redraws; the load sets the language itself.
        lang.input(on_lang, [lang, state], [banner, *chrome_outs, sources, checks, profile_view])
        demo.load(on_load, None, [lang, banner, *chrome_outs])
    return demo
