"""What every check returns, and the scoring vocabulary the checks share.

Each check reads catalog facts, so its evidence is the evidence of those facts. A check function
returns a `Finding` (or None when it has nothing to say, e.g. Windows when nobody asked); the
registry stamps it with the check's id. How much a finding counts in the option's score is its
`Tier`, named here and nowhere else. `points` is the finding's contribution in 0..1: pass 1,
warn and unknown 0.5, fail 0, unless the check grades finer (latency, by bytes of overhead).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from pydantic import BaseModel, Field

from assistant.catalog import Distribution, Environment, Fact, Option
from assistant.models import EvidenceRef, Profile, Status
from assistant.text import Lang

POINTS = {"pass": 1.0, "warn": 0.5, "unknown": 0.5, "fail": 0.0}
# Worst first: the order verdicts and statuses are shown and compared in, everywhere.
STATUS_ORDER = ("fail", "warn", "unknown", "pass")
VERDICT_ORDER = ("recommended", "possible", "rejected")


class Tier(float, Enum):
    """How much a check counts in an option's score (a weighted mean of points)."""

    REQUIRED = 3.0  # a stated requirement, or a hard constraint of the environment
    DECISIVE = 2.0  # not asked for, but it decides whether the option works out here
    GENERAL = 1.0  # general fitness
    MINOR = 0.5  # a feature most clusters end up needing (NetworkPolicy) though nobody asked yet
    HEADROOM = 0.25  # a feature nobody asked for: it keeps doors open, nothing more


class Finding(BaseModel):
    """What one check says about one option, before the registry names the check."""

    status: Status
    detail: str  # one sentence in the plan's language
    evidence: list[EvidenceRef] = Field(default_factory=list)
    tier: Tier = Tier.GENERAL
    value: float | None = None  # None: the status's POINTS


class CheckResult(Finding):
    check: str  # the CheckSpec id: stable, never a display label

    @property
    def weight(self) -> float:
        return float(self.tier)

    @property
    def points(self) -> float:
        return POINTS[self.status] if self.value is None else self.value


def one_subnet_l2(env: Environment | None, profile: Profile) -> Fact[bool] | None:
    """The platform's fact that nodes the user puts in one subnet share an L2 segment, when it applies (bare metal,
    one subnet stated, L2 adjacency not): an assumption the plan shows."""
    if env is not None and env.one_subnet_is_l2 and profile.l2_adjacent is None and profile.cross_subnet is False:
        return env.one_subnet_is_l2
    return None


@dataclass(frozen=True)
class Context:
    """What every check reads besides the option: the profile, the answer's language, the platforms
    and the distributions."""

    profile: Profile
    lang: Lang
    environments: Mapping[str, Environment]
    distributions: Mapping[str, Distribution] = field(default_factory=dict)
    operating: bool = False  # the question asks whether the plugin in use can do something (not whether to pick it)
    running: bool = False  # the plugin in use, asked about as running (a symptom, a how-to), not whether it could run here
    deployed: bool = False  # this very mode runs on these nodes now: what it needs of the network is there

    def say(self, en: str, zh: str) -> str:
        return zh if self.lang == "zh" else en

    @property
    def environment(self) -> Environment | None:
        return self.environments.get(self.profile.platform or "")

    @property
    def distribution(self) -> Distribution | None:
        return self.distributions.get(self.profile.distribution or "")

    def assumed(self, key: str) -> tuple[bool | None, Fact | None]:
        """A network fact (l2_adjacent, bgp_fabric): the profile's value, else the platform's
        assumption with the fact that states it (None when the profile decided)."""
        value = getattr(self.profile, key)
        env = self.environment
        fact = getattr(env, f"assume_{key}", None) if env is not None and value is None else None
        if key == "l2_adjacent" and (one_subnet := one_subnet_l2(env, self.profile)) is not None:
            fact = one_subnet  # "one rack, one /24" of physical servers
        return (fact.value, fact) if fact is not None else (value, None)

    def platform_name(self, env_id: str) -> str:
        env = self.environments.get(env_id)
        return (env.name_zh if self.lang == "zh" else env.name) if env else env_id


def finding(status: Status, detail: str, *facts: Fact | None, tier: Tier = Tier.GENERAL,
            value: float | None = None, refs: tuple[EvidenceRef, ...] = ()) -> Finding:
    """`refs`: evidence that is not a catalog fact of the option (a distribution's heading, a topic note)."""
    return Finding(status=status, detail=detail, tier=tier, value=value,
                   evidence=unique_refs([*refs, *(f.evidence for f in facts if f is not None)]))


def unique_refs(refs: list[EvidenceRef]) -> list[EvidenceRef]:
    """The refs in order, each (note, heading) once."""
    first: dict[tuple[str, str], EvidenceRef] = {}
    for r in refs:
        first.setdefault((r.note, r.heading), r)
    return list(first.values())


def version_tuple(v: str) -> tuple[int, ...]:
    """"4.18.0-305.el8" -> (4, 18, 0, 305, 8): numeric parts in order, so builds compare too."""
    return tuple(int(x) for x in re.findall(r"\d+", v))


def kernel_build(v: str) -> int | None:
    """The build after major.minor.patch-: "4.18.0-553.el8_10.x86_64" -> 553; None without one."""
    hit = re.match(r"\s*\d+\.\d+\.\d+-(\d+)", v)
    return int(hit.group(1)) if hit else None


def kernel_series(v: str) -> str | None:
    """"4.18.0-553" -> "4.18"."""
    hit = re.match(r"\s*(\d+)\.(\d+)", v)
    return f"{hit.group(1)}.{hit.group(2)}" if hit else None


def effective_overhead(opt: Option, p: Profile) -> float:
    """Bytes per packet the option costs here; cross-subnet modes only pay when leaving the subnet,
    and count half when we do not know how much traffic does: nodes in several subnets still share
    one with their neighbours (a rack, a site), and that traffic goes unencapsulated."""
    props = opt.props
    scope, overhead = props.encap_scope.value, props.overhead_bytes.value
    if scope == "never" or props.encapsulation.value == "none":
        return 0.0
    if scope == "cross-subnet":
        if p.l2_adjacent or p.cross_subnet is False:
            return 0.0
        return overhead / 2
    return float(overhead)


# A 100-byte header per packet is about as bad as encapsulation gets (VXLAN over IPv6 is 70).
WORST_OVERHEAD = 100.0
UNASKED_ENCAP_POINTS = 0.8


def latency_points(overhead_bytes: float, latency_sensitive: bool | None, simplicity: bool | None = None) -> float:
    """Points for per-packet overhead: graded by bytes when latency matters, else a small discount, and none
    when the least effort is asked for instead: a simple overlay then ties an unencapsulated mode and leads it."""
    if latency_sensitive:
        return max(0.0, 1 - overhead_bytes / WORST_OVERHEAD)
    return 1.0 if overhead_bytes == 0 or simplicity else UNASKED_ENCAP_POINTS
