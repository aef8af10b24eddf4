"""One chat turn of the web app, independent of Gradio widgets so it can be tested as is.

A turn yields successive `View`s: first the sources and checks as soon as retrieval and the
checks are done, then the answer as it streams, then the final answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape

from assistant.errors import AdvisorError, StoreUnavailable
from assistant.models import AskResult, Conversation, Profile
from ui.web import render
from ui.web.i18n import t


@dataclass
class Turn:
    """What a thumbs up / down on one answer records."""

    question: str
    answer: str
    chunk_ids: list[str]


@dataclass
class Panels:
    """What the side panels show, kept so a language switch can redraw them."""

    result: AskResult
    overrides: dict

    def render(self, lang: str) -> tuple[str, str, str]:
        """(sources, checks, profile) HTML in the page's language."""
        return (
            render.sources_html(self.result.citations, lang),
            render.checks_html(self.result.recommendations, lang),
            render.profile_html(self.result.reading, self.result.profile, self.overrides, lang),
        )


@dataclass
class ChatState:
    conversation: Conversation | None = None
    turns: dict[int, Turn] = field(default_factory=dict)  # assistant message index -> turn
    panels: Panels | None = None  # the last answer's panels


@dataclass
class View:
    history: list[dict]
    sources: str
    checks: str
    profile: str
    state: ChatState


def overrides_from_panel(values: dict) -> dict:
    """Environment-panel values that are set ("auto" and blanks mean: read it from the question)."""
    out = {}
    for key, value in values.items():
        if value in (None, "", "auto"):
            continue
        out[key] = {"yes": True, "no": False}.get(value, value)
    return out


def _events(advisor, question: str, profile: Profile | None, conversation: Conversation | None, evidence: str):
    """("result", AskResult) for the start and final events, ("delta", str) for answer text."""
    for ev in advisor.ask_stream(question, profile, conversation=conversation,
                                 evidence=[evidence] if evidence.strip() else None):
        if ev.kind == "delta":
            yield "delta", ev.text
        else:
            yield "result", ev.result


def with_ingest_hint(message: str, lang: str) -> str:
    return message if "ingest" in message else f"{message}: {t('ingest_hint', lang)}"


def run_turn(advisor, question: str, panel: dict, history: list[dict], state: ChatState,
             lang: str = "en", evidence: str = "") -> Iterator[View]:
    """One question and answer; `lang` is the page's language, for the panels around the answer;
    `evidence` is what the user pasted from their nodes (data, never run)."""
    question = (question or "").strip()
    if not question:  # an empty submit is a slip, not a turn: leave the chat as it is
        return
    overrides = overrides_from_panel(panel)
    history = list(history or []) + [
        {"role": "user", "content": escape(question)},
        {"role": "assistant", "content": "…"},
    ]
    idx = len(history) - 1
    sources = checks = profile_view = ""
    before = state.conversation
    try:
        answer, result = "", None
        for kind, payload in _events(advisor, question, Profile(**overrides) if overrides else None, before,
                                     evidence or ""):
            if kind == "result":
                result = payload
                answer = result.answer or answer
                sources, checks, profile_view = Panels(result, overrides).render(lang)
            else:
                answer += payload
            shown = result.model_copy(update={"answer": answer}) if result else None
            history[idx] = {"role": "assistant", "content": render.answer_markdown(shown) if shown else escape(answer)}
            yield View(list(history), sources, checks, profile_view, state)
    except AdvisorError as exc:
        msg = with_ingest_hint(str(exc), lang) if isinstance(exc, StoreUnavailable) else str(exc)
        history[idx] = {"role": "assistant", "content": f"⚠️ {escape(msg)}"}
        yield View(history, render.notice_html(msg, "error"), checks, profile_view, state)
        return
    if result is None:
        return
    result = result.model_copy(update={"answer": answer})
    new_state = ChatState(
        conversation=Conversation.after(result, before),
        turns={**state.turns, idx: Turn(question, result.answer, [c.chunk_id for c in result.citations])},
        panels=Panels(result, overrides),
    )
    yield View(history, sources, checks, profile_view, new_state)


def feedback(settings, state: ChatState, index: int, liked: bool) -> dict | None:
    """Record a vote on the assistant message at `index`; None when that message has no answer."""
    from ui.feedback import record_feedback

    turn = state.turns.get(index)
    if turn is None:
        return None
    return record_feedback(
        settings,
        question=turn.question,
        answer=turn.answer,
        chunk_ids=turn.chunk_ids,
        vote="up" if liked else "down",
        channel="web",
    )
