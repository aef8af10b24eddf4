"""`Advisor`: the one entry point every interface (CLI, web, Slack, eval) asks through.

A question flows one way: read once into a `Reading`, retrieve for it, decide with the checks
(a `Plan`), compose a grounded answer. The Advisor keeps the store, catalog and chat model open
between questions, so only the first call pays for opening Chroma and loading the model.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from assistant import compose, llm, planning
from assistant.errors import BadInput
from assistant.evidence import CitationBook, to_recommendations
from assistant.models import AskResult, Conversation, Lang, Passage, Profile, ReadFact, Reading
from assistant.pinned import Pinned
from assistant.retrieve import retrieve
from assistant.settings import Settings
from assistant.twins import twins

if TYPE_CHECKING:
    from assistant.catalog import Catalog
    from assistant.store import Store

# Below this cosine similarity the best passage is not about the question. Calibrated on kb/eval
# (hybrid, kb/notes): answerable questions score 0.46-0.8; declines that pass the vocabulary test
# ("Which StorageClass ... on bare metal?") 0.25. Chinese off-topic questions can reach 0.44 because
# the model only knows English; the reading's topic test is what stops those.
MIN_RELEVANCE = 0.35


class AskEvent(BaseModel):
    """"start": result with checks and citations but no answer yet; "delta": answer text; "final"."""

    kind: Literal["start", "delta", "final"]
    result: AskResult | None = None
    text: str = ""


class Advisor:
    def __init__(self, settings: Settings):
        self.settings = settings
        self._store: Store | None = None
        self._catalog: Catalog | None = None
        self._llm: Any = None
        # Catalog evidence is the same few hundred headings for every question: look each up once.
        self._find = functools.lru_cache(maxsize=512)(self._find_uncached)
        self._knows = functools.lru_cache(maxsize=2048)(self._knows_uncached)
        self._pinned: Pinned | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from assistant.store import open_store

            self._store = open_store(self.settings)
        return self._store

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            from assistant.catalog import load_catalog

            self._catalog = load_catalog(self.settings.kb_dir)
        return self._catalog

    @property
    def chat_model(self) -> Any:
        if self._llm is None and self.settings.llm_provider != "none":
            self._llm = llm.chat_model(self.settings)
        return self._llm

    def _find_uncached(self, note: str, heading: str) -> tuple[Passage, ...]:
        return tuple(self.store.lexical.find(note, heading))

    def _knows_uncached(self, phrase: str) -> bool:
        return self.store.lexical.has_phrase(phrase)

    def health(self) -> dict[str, Any]:
        return {
            "chunks": self.store.count(),
            "embedding_model": self.settings.embedding_model,
            "storage_mode": self.settings.storage_mode,
            "llm": self.settings.llm_provider,
        }

    def read(self, question: str, profile: Profile | dict[str, Any] | None = None, *,
             conversation: Conversation | None = None, evidence: list[str] | None = None) -> Reading:
        """The question read once: its kind, its facts with their sources, the names it uses."""
        from assistant.reading import understand

        explicit = _explicit(profile)
        observed, conflicts = _observe(evidence, question)
        earlier = conversation.profile if conversation else None
        reading = understand(question, self.catalog, conversation=earlier, explicit=explicit, observed=observed,
                             vocabulary=self._knows)
        if self.chat_model is not None and reading.kind != "decline":  # an off-topic question never reaches the LLM
            reading = understand(question, self.catalog, conversation=earlier, explicit=explicit, observed=observed,
                                 llm_facts=self._llm_facts(question), vocabulary=self._knows)
        reading.conflicts = conflicts
        if conversation and conversation.wants_choice and reading.kind == "concept" and not reading.plugins:
            reading.kind = "choice"  # "and if we need encryption?" continues a choice
        return reading

    def _llm_facts(self, question: str) -> list[ReadFact]:
        from assistant.reading.llm_reader import llm_profile

        return llm_profile(self.chat_model, question)

    def conversation_from(self, questions: list[str]) -> Conversation:
        """What earlier messages of a thread established (profile, wanting a choice); no retrieval."""
        conv = Conversation()
        for q in questions:
            reading = self.read(q, conversation=conv)
            conv = Conversation(profile=reading.profile.known(),
                                wants_choice=conv.wants_choice or reading.kind in ("choice", "compare", "feasibility"))
        return conv

    def ask(
        self, question: str, profile: Profile | dict[str, Any] | None = None, *,
        conversation: Conversation | None = None, retriever: str | None = None, top_k: int | None = None,
        evidence: list[str] | None = None,
    ) -> AskResult:
        result = None
        events = self.ask_stream(question, profile, conversation=conversation, retriever=retriever, top_k=top_k, evidence=evidence)
        for event in events:
            if event.kind == "final":
                result = event.result
        assert result is not None  # ask_stream always ends with a final event
        return result

    def ask_stream(
        self, question: str, profile: Profile | dict[str, Any] | None = None, *,
        conversation: Conversation | None = None, retriever: str | None = None, top_k: int | None = None,
        evidence: list[str] | None = None,
    ) -> Iterator[AskEvent]:
        t0 = time.perf_counter()
        question = self._validate(question)
        reading = self.read(question, profile, conversation=conversation, evidence=evidence)
        result = AskResult(question=question, lang=reading.lang, answerable=False, answer="",
                           profile=reading.profile.known(), kind=reading.kind, reading=reading)
        timings = result.timings_ms  # the model copies what it is given, so time into its own dict
        timings["read"] = _ms(t0)
        if reading.kind == "decline" and reading.decline == "absent_feature":  # documented absence: cited
            book = self._book(reading.lang)
            answer = compose.absent(reading, self.catalog, book)
            result.citations = book.citations
            yield from self._finish(result, answer, t0)
            return
        if reading.kind == "decline":
            yield from self._finish(result, compose.decline(reading, self.catalog), t0)
            return

        t = time.perf_counter()
        found = retrieve(self.store, reading.query, reading.lang, kind=retriever or self.settings.retriever,
                         k=top_k or self.settings.top_k, plugins=reading.focus)
        if self._pinned is None:
            self._pinned = Pinned(self.store)
        found.passages[:0] = self._pinned.for_reading(reading, retriever or self.settings.retriever, {p.chunk_id for p in found.passages})
        timings["retrieve"] = _ms(t)
        # A question the reading found on topic, describing a cluster and asking for a plugin, is ours however weakly the
        # English-only embedding matches its words ("5 台树莓派 3B ... 该用哪个 CNI？").
        described = reading.kind in ("choice", "feasibility", "compare", "troubleshoot") and bool(reading.facts)
        if found.relevance < MIN_RELEVANCE and not described:
            reading.kind, reading.decline = "decline", "off_topic"
            result.kind = "decline"
            yield from self._finish(result, compose.out_of_scope(reading.lang), t0)
            return

        t = time.perf_counter()
        plan = planning.plan(reading, self.catalog)
        timings["recommend"] = _ms(t)
        if planning.attachment_asked(reading):
            # "Calico is our primary; will its policies cover a VF, what do we install?" is a pick of the attachment
            reading.kind = result.kind = "choice"

        t = time.perf_counter()
        book = self._book(reading.lang)
        answer = compose.compose(reading, plan, found.passages, book)
        if plan is not None and plan.options:
            result.recommendations = to_recommendations(plan, book, reading)
            result.follow_up = list(plan.follow_up)
            result.profile = plan.profile.known()
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

    def _book(self, lang: Lang) -> CitationBook:
        return CitationBook(lambda note, heading: list(self._find(note, heading)), lang, twins(self.settings.kb_dir / "notes"))

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

    def _validate(self, question: object) -> str:
        text = question.strip() if isinstance(question, str) else ""
        if not text:
            raise BadInput("empty question: ask something about Kubernetes pod networking")
        if len(text) > self.settings.max_question_chars:
            raise BadInput(
                f"question is {len(text)} characters, over the limit of {self.settings.max_question_chars}:"
                " shorten it or raise CNI_ADVISOR_MAX_QUESTION_CHARS"
            )
        return text


def _explicit(explicit: Profile | dict[str, Any] | None) -> Profile | None:
    """Explicit values as a Profile; a wrong key or value from a caller is their mistake, not a crash."""
    from pydantic import ValidationError

    if explicit is None or isinstance(explicit, Profile):
        return explicit
    if unknown := set(explicit) - set(Profile.model_fields):
        raise BadInput(f"unknown profile key(s) {', '.join(sorted(unknown))}: use {', '.join(Profile.model_fields)}")
    try:
        return Profile.model_validate({k: v for k, v in explicit.items() if v is not None})
    except ValidationError as exc:
        err = exc.errors()[0]
        raise BadInput(f"profile {err['loc'][0]}={err.get('input')!r}: {err['msg']}") from None


def _observe(evidence: list[str] | None, question: str) -> tuple[list[ReadFact], list[str]]:
    """Facts seen in pasted command output, each with the lines that prove it."""
    if not evidence:
        return [], []
    from assistant.observe import read_evidence
    from assistant.text import detect_lang

    zh = detect_lang(question) == "zh"
    seen = read_evidence(list(evidence))
    facts = [ReadFact(key=f.key, value=f.value, source="observed", text="\n".join(f.lines), lines=f.lines,
                      detail=f.detail_zh if zh else f.detail_en) for f in seen.facts]
    return facts, seen.conflicts_zh if zh else seen.conflicts


def _ms(t: float) -> float:
    return round((time.perf_counter() - t) * 1000, 2)
