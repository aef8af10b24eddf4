"""Optional LLM wording of the answer: it may only rephrase the numbered passages and checks.

The grounded answer is always computed first; the LLM's text replaces it only when it cites
real passages. Any failure of the remote model falls back to the grounded answer with a notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.models import Citation, Recommendation
from assistant.settings import Settings

_CITE = re.compile(r"\[(\d{1,3})\]")
MAX_PASSAGE_CHARS = 900


class LLMFailed(Exception):
    """The model could not be reached or did not answer in time; `notice` says so to the user."""

    def __init__(self, notice: str):
        super().__init__(notice)
        self.notice = notice


def chat_model(settings: Settings):
    """The LangChain chat model of settings.llm_provider, or None for "none"."""
    if settings.llm_provider == "none":
        return None
    if settings.llm_provider == "openai":
        from langchain_openai import ChatOpenAI

        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "not-needed"
        return ChatOpenAI(
            base_url=settings.llm_base_url or None, model=settings.llm_model or "gpt-4o-mini", api_key=key,
            timeout=settings.llm_timeout, max_retries=0, temperature=0,
        )
    from langchain_ollama import ChatOllama

    return ChatOllama(
        base_url=settings.llm_base_url or None, model=settings.llm_model or "llama3.1",
        temperature=0, client_kwargs={"timeout": settings.llm_timeout},
    )


def build_messages(question: str, lang: str, citations: list[Citation], recs: list[Recommendation]) -> list:
    from langchain_core.messages import HumanMessage, SystemMessage

    language = "Simplified Chinese" if lang == "zh" else "English"
    system = (
        "You are cni-advisor, an assistant for Kubernetes pod networking (CNI plugins). Answer ONLY from "
        "the numbered passages and the checks given. After every sentence put the passage numbers that "
        "support it, like [2] or [1][3]; never cite a number that is not listed. If the passages do not "
        f"answer the question, say so. Answer in {language}, in at most 200 words of Markdown."
    )
    parts = [f"Question: {question}"]
    if recs:
        parts.append("Checks (verdict per option; citations in brackets):")
        for r in recs[:6]:
            checks = "; ".join(
                f"{c.name} {c.status}: {c.detail} {''.join(f'[{n}]' for n in c.citations)}" for c in r.checks
            )
            parts.append(f"- {r.name} ({r.id}) {r.verdict}: {checks}")
    parts.append("Passages:")
    for c in citations:
        parts.append(f"[{c.n}] {c.source} > {c.heading}\n{c.text[:MAX_PASSAGE_CHARS]}")
    return [SystemMessage(content=system), HumanMessage(content="\n\n".join(parts))]


def clean_citations(text: str, valid: int) -> str | None:
    """`text` without citation numbers outside 1..valid; None when no valid citation remains."""
    kept = _CITE.sub(lambda m: m.group(0) if 1 <= int(m.group(1)) <= valid else "", text)
    kept = re.sub(r"[ \t]+([.,;:。，；])", r"\1", kept).strip()
    return kept if _CITE.search(kept) else None


class CitationFilter:
    """Drops invented [n] from a token stream; holds back an unfinished "[12" until it closes."""

    def __init__(self, valid: int):
        self.valid = valid
        self._held = ""

    def feed(self, delta: str) -> str:
        text = self._held + delta
        cut = text.rfind("[")
        if cut >= 0 and "]" not in text[cut:] and len(text) - cut <= 5:
            text, self._held = text[:cut], text[cut:]
        else:
            self._held = ""
        return _CITE.sub(lambda m: m.group(0) if 1 <= int(m.group(1)) <= self.valid else "", text)

    def close(self) -> str:
        held, self._held = self._held, ""
        return held


def remote_errors() -> tuple[type[BaseException], ...]:
    import httpx
    import openai

    errors: list[type[BaseException]] = [openai.APIError, httpx.HTTPError, OSError, TimeoutError]
    try:
        import ollama

        errors.append(ollama.ResponseError)
    except ImportError:  # only needed for the ollama provider
        pass
    return tuple(errors)


def _notice(exc: BaseException) -> str:
    kind = "timed out" if "timeout" in type(exc).__name__.lower() else "unreachable"
    return f"LLM {kind} ({type(exc).__name__}); grounded answer shown"


def stream(model, messages) -> Iterator[str]:
    """Text deltas; LLMFailed if the model fails before or while streaming."""
    try:
        for chunk in model.stream(messages):
            if chunk.content:
                yield str(chunk.content)
    except remote_errors() as exc:
        raise LLMFailed(_notice(exc)) from exc
