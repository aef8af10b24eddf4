"""The typed result of reading a question once: what every later step reads instead of the text."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.models import Profile
from assistant.reading.kinds import Kind
from assistant.text import Lang

# Where a fact came from, strongest first: what the user set, what their machines printed, what
# the question says, what an LLM read, what earlier turns of the conversation said.
Source = Literal["explicit", "observed", "stated", "llm", "conversation"]
SOURCE_ORDER: tuple[Source, ...] = ("explicit", "observed", "stated", "llm", "conversation")


class ReadFact(BaseModel):
    key: str  # a Profile field
    value: Any
    source: Source
    text: str = ""  # the words it was read from, or the pasted lines joined
    start: int | None = None  # its span in the question, for stated facts
    end: int | None = None
    lines: list[str] = Field(default_factory=list)  # observed: the pasted lines that prove it
    detail: str = ""  # observed: one sentence saying what was seen


class Reading(BaseModel):
    question: str
    lang: Lang
    kind: Kind
    decline: Literal["off_topic", "unknown_name"] | None = None
    facts: list[ReadFact] = Field(default_factory=list)  # the fact that counts, one per key
    plugins: list[str] = Field(default_factory=list)  # catalog plugin ids named, in order
    options: list[str] = Field(default_factory=list)  # catalog option ids whose mode is named
    features: list[str] = Field(default_factory=list)  # Profile keys of capabilities asked about
    unknown: list[str] = Field(default_factory=list)  # names that look like CNI things nobody knows
    closest: list[str] = Field(default_factory=list)  # known names like the unknown ones
    conflicts: list[str] = Field(default_factory=list)  # pasted output that contradicts itself
    query: str = Field(default="", exclude=True)  # the retrieval query (question + glossary English)

    @property
    def profile(self) -> Profile:
        return Profile.model_validate({f.key: f.value for f in self.facts})

    def fact(self, key: str) -> ReadFact | None:
        return next((f for f in self.facts if f.key == key), None)

    @property
    def focus(self) -> list[str]:
        """The plugins the question is about: named ones, and the one in use."""
        current = (self.profile.current_plugin or "").split(":")[0]
        return list(dict.fromkeys([*self.plugins, *([current] if current else [])]))
