"""What every check returns, and the scoring vocabulary the checks share.

Each check reads catalog facts, so its evidence is the evidence of those facts. It returns
None when it has nothing to say (e.g. Windows when nobody asked for Windows). `weight` says
how much the check counts in the option's score: 3 for a stated requirement, 1 for general
fitness, a quarter for features nobody asked for (they keep doors open, nothing more).
`value` is the check's contribution in 0..1: pass 1, warn 0.5, unknown 0.5, fail 0, except
the latency check, which grades by bytes of overhead when latency matters.
"""

from __future__ import annotations


from pydantic import BaseModel, Field

from assistant.catalog import Fact, Option
from assistant.models import EvidenceRef, Profile, Status

VALUES = {"pass": 1.0, "warn": 0.5, "unknown": 0.5, "fail": 0.0}
CLOUDS = ("aws", "aliyun", "azure", "gcp")
CLOUD_NAMES = {"aws": ("AWS", "AWS"), "aliyun": ("Alibaba Cloud", "阿里云"), "azure": ("Azure", "Azure"),
               "gcp": ("Google Cloud", "谷歌云")}
REQUIRED, GENERAL, HEADROOM = 3.0, 1.0, 0.25


class CheckResult(BaseModel):
    name: str
    status: Status
    detail: str  # one sentence in the plan's language
    evidence: list[EvidenceRef] = Field(default_factory=list)
    weight: float = GENERAL
    value: float | None = None  # None: the status value from VALUES

    @property
    def points(self) -> float:
        return VALUES[self.status] if self.value is None else self.value


def say(lang: str, en: str, zh: str) -> str:
    return zh if lang == "zh" else en


def result(name: str, status: Status, detail: str, *facts: Fact, weight: float = GENERAL,
            value: float | None = None) -> CheckResult:
    return CheckResult(name=name, status=status, detail=detail, weight=weight, value=value,
                       evidence=unique_refs([f.evidence for f in facts]))


def unique_refs(refs: list[EvidenceRef]) -> list[EvidenceRef]:
    """The refs in order, each (note, heading) once."""
    seen: set[tuple[str, str]] = set()
    return [r for r in refs if (r.note, r.heading) not in seen and not seen.add((r.note, r.heading))]


def version_tuple(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split(".") if x.isdigit())


def effective_overhead(opt: Option, p: Profile) -> float:
    """Bytes per packet the option costs here; cross-subnet modes only pay when leaving the subnet,
    and count half when we do not know how much traffic does."""
    props = opt.props
    scope, overhead = props.encap_scope.value, props.overhead_bytes.value
    if scope == "never" or props.encapsulation.value == "none":
        return 0.0
    if scope == "cross-subnet":
        if p.l2_adjacent or p.cross_subnet is False:
            return 0.0
        return float(overhead) if p.cross_subnet else overhead / 2
    return float(overhead)
