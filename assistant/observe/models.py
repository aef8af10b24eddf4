"""What the evidence reader returns: observed profile facts, each with the pasted lines that prove it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, model_validator

from assistant.models import Profile


class ObservedFact(BaseModel):
    """One `Profile` field as the pasted outputs show it.

    `lines` are the pasted lines that prove the value, verbatim (ANSI codes and line endings
    removed). `nodes_seen` is set on facts that compare several nodes (L2 adjacency, subnets):
    how many distinct nodes the deciding observations covered.
    """

    key: str
    value: Any
    lines: list[str] = Field(default_factory=list)
    detail_en: str
    detail_zh: str
    nodes_seen: int | None = None

    @model_validator(mode="after")
    def _a_profile_value(self) -> ObservedFact:
        if self.key not in Profile.model_fields:
            raise ValueError(f"{self.key!r} is not a Profile field")
        Profile.model_validate({self.key: self.value})
        return self


class Observation(BaseModel):
    """Everything read from the pasted texts.

    `conflicts` name outputs that contradict each other (no fact is given for that key);
    `notices` say what was assumed or could not be read. Both are English; `conflicts_zh` and
    `notices_zh` hold the same sentences in Chinese, index for index.
    """

    facts: list[ObservedFact] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list)
    formats: list[str] = Field(default_factory=list)
    hosts: int = 0
    notices: list[str] = Field(default_factory=list)
    conflicts_zh: list[str] = Field(default_factory=list)
    notices_zh: list[str] = Field(default_factory=list)

    def fact(self, key: str) -> ObservedFact | None:
        return next((f for f in self.facts if f.key == key), None)

    def profile(self) -> Profile:
        """The observed facts as a Profile (unobserved keys stay None)."""
        return Profile.model_validate({f.key: f.value for f in self.facts})
