"""Typed results that cross module borders. `AskResult.model_dump()` is the JSON of `ask --json`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Status = Literal["pass", "warn", "fail", "unknown"]
Verdict = Literal["recommended", "possible", "rejected"]
Lang = Literal["en", "zh"]


class Profile(BaseModel):
    """The user's environment. None means unknown."""

    platform: str | None = None  # vmware, openstack, bare-metal, aws, aliyun, azure, gcp, edge
    l2_adjacent: bool | None = None
    cross_subnet: bool | None = None
    bgp_fabric: bool | None = None
    latency_sensitive: bool | None = None
    network_policy: bool | None = None
    encryption: bool | None = None
    windows_nodes: bool | None = None
    ipv6: bool | None = None
    sriov_nics: bool | None = None
    multi_nic: bool | None = None
    kernel: str | None = None  # "3.10", "5.15"
    nodes: int | None = None
    simplicity: bool | None = None
    kube_proxy_replacement: bool | None = None
    ebpf_dataplane: bool | None = None  # asked for an eBPF data plane (not only a kube-proxy replacement)
    mtu: int | None = None

    def known(self) -> dict:
        return self.model_dump(exclude_none=True)

    def merged(self, override: "Profile | dict | None") -> "Profile":
        """This profile with every known value of `override` on top."""
        if override is None:
            return self
        extra = override.known() if isinstance(override, Profile) else {
            k: v for k, v in override.items() if v is not None
        }
        return Profile.model_validate({**self.known(), **extra})


class Passage(BaseModel):
    """One indexed chunk as retrieval returns it."""

    chunk_id: str
    source: str  # path as stored: "kb/notes/x.md" for the KB, "corpus/<repo>/..." for corpus files
    title: str = ""
    heading: str = ""  # heading path, "Top > Sub"
    url: str = ""
    lang: str = "en"
    note_id: str = ""
    plugins: list[str] = Field(default_factory=list)
    text: str = ""
    score: float = 0.0


class EvidenceRef(BaseModel):
    """Where the catalog says a fact is written: a KB note id and one of its headings."""

    note: str
    heading: str


class Citation(BaseModel):
    n: int
    chunk_id: str
    source: str
    title: str
    heading: str
    url: str
    text: str
    score: float


class Check(BaseModel):
    name: str
    status: Status
    detail: str
    citations: list[int] = Field(default_factory=list)


class Recommendation(BaseModel):
    id: str  # "plugin" or "plugin:mode"
    name: str
    verdict: Verdict
    score: float
    checks: list[Check] = Field(default_factory=list)


class AskResult(BaseModel):
    question: str
    lang: Lang
    answerable: bool
    answer: str
    profile: dict = Field(default_factory=dict)
    follow_up: list[str] = Field(default_factory=list)
    recommendations: list[Recommendation] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    notice: str | None = None  # e.g. "LLM unreachable, grounded answer shown"


class Conversation(BaseModel):
    """What a chat carries from one turn to the next (web history, Slack thread)."""

    profile: dict = Field(default_factory=dict)
    wants_choice: bool = False

    @classmethod
    def after(cls, result: AskResult, before: "Conversation | None" = None) -> "Conversation":
        return cls(
            profile=result.profile,
            wants_choice=bool(result.recommendations) or bool(before and before.wants_choice),
        )
