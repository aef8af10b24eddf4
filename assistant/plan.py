"""The typed result of the recommendation engine: every option with its verdict and checks, best first."""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.checks import CheckResult
from assistant.models import EvidenceRef, Profile, Verdict


class OptionResult(BaseModel):
    id: str
    name: str
    plugin: str
    verdict: Verdict
    score: float
    checks: list[CheckResult]

    def check(self, check_id: str) -> CheckResult | None:
        return next((c for c in self.checks if c.check == check_id), None)


class Conditional(BaseModel):
    condition: str
    advice: str
    evidence: list[EvidenceRef] = Field(default_factory=list)


class Plan(BaseModel):
    options: list[OptionResult]  # best first
    follow_up: list[str] = Field(default_factory=list)
    conditional: list[Conditional] = Field(default_factory=list)
    assumptions: list[str] = Field(default_factory=list)
    profile: Profile  # the profile the checks ran on, assumptions included

    @property
    def recommended(self) -> list[OptionResult]:
        return [o for o in self.options if o.verdict == "recommended"]


__all__ = ["Conditional", "OptionResult", "Plan"]
