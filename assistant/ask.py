"""`Advisor`: the one entry point every interface (CLI, web, Slack, eval) asks through.

It keeps the store, catalog and chat model open between questions, so only the first call pays
for opening Chroma and loading the embedding model.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel

from assistant import compose, intent, llm
from assistant.errors import BadInput
from assistant.evidence import CitationBook, to_recommendations
from assistant.models import AskResult, Conversation, Passage, Profile
from assistant.retrieve import retrieve
from assistant.settings import Settings

# Below this cosine similarity the best passage is not about the question. Calibrated on kb/eval
# (hybrid, kb/notes): answerable questions score 0.46-0.8; declines that pass the vocabulary test
# ("Which StorageClass ... on bare metal?") 0.25. Chinese off-topic questions can reach 0.44 because
# the model only knows English; `intent.on_topic` is what stops those.
MIN_RELEVANCE = 0.35


class AskEvent(BaseModel):
    """"start": result with checks and citations but no answer yet; "delta": answer text; "final"."""

    kind: Literal["start", "delta", "final"]
    result: AskResult | None = None
    text: str = ""


class Advisor:
    def __init__(self, settings: Settings):
        self.settings = settings
        self._store = None
        self._catalog = None
        self._llm = None

    @property
    def store(self):
        if self._store is None:
            from assistant.store import open_store

            self._store = open_store(self.settings)
        return self._store

    @property
    def catalog(self):
        if self._catalog is None:
            from assistant.catalog import load_catalog

            self._catalog = load_catalog(self.settings.kb_dir)
        return self._catalog

    @property
    def chat_model(self):
        if self._llm is None and self.settings.llm_provider != "none":
            self._llm = llm.chat_model(self.settings)
        return self._llm

    @functools.lru_cache(maxsize=512)
    def _find(self, note: str, heading: str) -> tuple[Passage, ...]:
        # Catalog evidence is the same few hundred headings for every question: look each up once.
        return tuple(self.store.lexical.find(note, heading))

    def health(self) -> dict:
        return {
            "chunks": self.store.count(),
            "embedding_model": self.settings.embedding_model,
            "storage_mode": self.settings.storage_mode,
            "llm": self.settings.llm_provider,
        }

    def conversation_from(self, questions: list[str]) -> Conversation:
        """What earlier messages of a thread established (profile, wanting a choice); no retrieval."""
        from assistant.profile import extract_profile

        conv = Conversation()
        for q in questions:
            profile = Profile.model_validate(conv.profile).merged(extract_profile(q))
            conv = Conversation(profile=profile.known(), wants_choice=conv.wants_choice or intent.wants_choice(q))
        return conv

    def ask(self, question: str, profile: Profile | dict | None = None, **kwargs) -> AskResult:
        result = None
        for event in self.ask_stream(question, profile, **kwargs):
            if event.kind == "final":
                result = event.result
        return result

    def ask_stream(
        self, question: str, profile: Profile | dict | None = None, *,
        conversation: Conversation | None = None, retriever: str | None = None, top_k: int | None = None,
    ) -> Iterator[AskEvent]:
        from assistant.profile import extract_profile

        t0 = time.perf_counter()
        question = self._validate(question)
        lang = intent.detect_lang(question)
        base = Profile.model_validate(conversation.profile if conversation else {})
        final_profile = _merge_explicit(base.merged(extract_profile(question)), profile)
        result = AskResult(question=question, lang=lang, answerable=False, answer="",
                           profile=final_profile.known())
        timings = result.timings_ms  # the model copies what it is given, so time into its own dict
        if not intent.on_topic(question):
            yield from self._finish(result, compose.out_of_scope(lang), t0)
            return

        t = time.perf_counter()
        plugins = self.catalog.plugins_named_in(question)
        found = retrieve(self.store, question, lang, kind=retriever or self.settings.retriever,
                         k=top_k or self.settings.top_k, plugins=plugins)
        timings["retrieve"] = _ms(t)
        if found.relevance < MIN_RELEVANCE:
            yield from self._finish(result, compose.out_of_scope(lang), t0)
            return

        book = CitationBook(lambda note, heading: list(self._find(note, heading)), lang)
        choice = intent.wants_choice(question, len(plugins)) or bool(conversation and conversation.wants_choice)
        t = time.perf_counter()
        plan = None
        if choice:
            from assistant.recommend import recommend

            plan = recommend(final_profile, self.catalog, lang, plugins)
        timings["recommend"] = _ms(t)

        t = time.perf_counter()
        if plan is not None and plan.options:
            answer = compose.compose_choice(plan, book, lang, question, found.passages, plugins)
            result.recommendations = to_recommendations(plan, book)
            result.follow_up = list(plan.follow_up or [])
        else:
            answer = compose.compose_concept(question, found.passages, book, lang)
        for p in found.passages:  # the rest of what retrieval found, as further sources
            book.cite(p)
        result.citations = book.citations
        result.answerable = True
        timings["compose"] = _ms(t)

        yield AskEvent(kind="start", result=result.model_copy(deep=True))
        if self.chat_model is None:
            yield from self._finish(result, answer, t0)
            return
        yield from self._llm_answer(result, answer, t0)

    def _llm_answer(self, result: AskResult, grounded: str, t0: float) -> Iterator[AskEvent]:
        """Stream the model's wording; keep it only if it cites real passages, else the grounded answer."""
        t = time.perf_counter()
        messages = llm.build_messages(result.question, result.lang, result.citations, result.recommendations)
        filt = llm.CitationFilter(len(result.citations))
        pieces: list[str] = []
        try:
            for delta in llm.stream(self.chat_model, messages):
                pieces.append(delta)
                if text := filt.feed(delta):
                    yield AskEvent(kind="delta", text=text)
        except llm.LLMFailed as exc:
            result.notice = exc.notice
            result.answer = grounded
            yield AskEvent(kind="final", result=self._timed(result, t0))
            return
        if text := filt.close():
            yield AskEvent(kind="delta", text=text)
        cleaned = llm.clean_citations("".join(pieces), len(result.citations))
        if cleaned is None:
            result.notice = "LLM answer cited no valid source; grounded answer shown"
        result.answer = cleaned or grounded
        result.timings_ms["llm"] = _ms(t)
        yield AskEvent(kind="final", result=self._timed(result, t0))

    def _finish(self, result: AskResult, answer: str, t0: float) -> Iterator[AskEvent]:
        if not result.answerable:
            yield AskEvent(kind="start", result=result.model_copy(deep=True))
        result.answer = answer
        yield AskEvent(kind="delta", text=answer)
        yield AskEvent(kind="final", result=self._timed(result, t0))

    @staticmethod
    def _timed(result: AskResult, t0: float) -> AskResult:
        for key in ("retrieve", "recommend", "compose"):
            result.timings_ms.setdefault(key, 0.0)
        result.timings_ms["total"] = _ms(t0)
        return result

    def _validate(self, question) -> str:
        question = (question or "").strip() if isinstance(question, str) else ""
        if not question:
            raise BadInput("empty question: ask something about Kubernetes pod networking")
        if len(question) > self.settings.max_question_chars:
            raise BadInput(
                f"question is {len(question)} characters, over the limit of {self.settings.max_question_chars}:"
                " shorten it or raise CNI_ADVISOR_MAX_QUESTION_CHARS"
            )
        return question


def _merge_explicit(profile: Profile, explicit: Profile | dict | None) -> Profile:
    """Explicit values on top; a wrong key or value from a caller is their mistake, not a crash."""
    from pydantic import ValidationError

    if isinstance(explicit, dict) and (unknown := set(explicit) - set(Profile.model_fields)):
        raise BadInput(f"unknown profile key(s) {', '.join(sorted(unknown))}: use {', '.join(Profile.model_fields)}")
    try:
        return profile.merged(explicit)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise BadInput(f"profile {err['loc'][0]}={err.get('input')!r}: {err['msg']}") from None


def _ms(t: float) -> float:
    return round((time.perf_counter() - t) * 1000, 2)
