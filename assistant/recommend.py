"""Rank every catalog option against a profile: the recommendation engine.

Scoring: an option's score is the weighted mean of its checks' points (see assistant.checks.base:
pass 1, warn/unknown 0.5, fail 0; required things weigh 3, general fitness 1, unrequested
features a quarter). Verdicts: any failed check rejects the option; among the rest, the best
score and everything within MARGIN of it are recommended (at most MAX_RECOMMENDED, plus
exact ties), the others possible. Ties keep catalog order.

When a decisive fact is unknown the plan says what it assumed, asks about it (follow_up),
and, for the hypervisor question, spells out both outcomes (conditional).
"""

from __future__ import annotations

from typing import Callable, Literal

from pydantic import BaseModel, Field

from assistant.catalog import Catalog, Environment, Fact
from assistant.checks import CheckResult, run_checks, unique_refs
from assistant.checks.network import attaches_extra
from assistant.models import Check, EvidenceRef, Profile, Recommendation, Verdict

MARGIN = 0.05
MAX_RECOMMENDED = 3


class OptionResult(BaseModel):
    id: str
    name: str
    plugin: str
    verdict: Verdict
    score: float
    checks: list[CheckResult]

    def to_recommendation(self, cite: Callable[[list[EvidenceRef]], list[int]]) -> Recommendation:
        """The `models.Recommendation` of this option; `cite` turns evidence into citation numbers."""
        return Recommendation(id=self.id, name=self.name, verdict=self.verdict, score=self.score, checks=[
            Check(name=c.name, status=c.status, detail=c.detail, citations=cite(c.evidence)) for c in self.checks])


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


def _say(lang: str, en: str, zh: str) -> str:
    return zh if lang == "zh" else en


# Questions for unknown facts, most decisive first: (check name, profile key, en, zh).
QUESTIONS = [
    ("L2 adjacency", "l2_adjacent", "Are all nodes on one L2 segment (one switch or one broadcast domain)?",
     "所有节点是否在同一个二层网络(同一交换机或同一广播域)内?"),
    ("Cloud integration", "platform", "Where do the nodes run: which public cloud, which hypervisor, or bare metal?",
     "节点运行在哪里:哪家公有云、哪种虚拟化平台，还是物理机?"),
    ("Kernel / eBPF", "kernel", "Which Linux kernel do the nodes run (`uname -r`)?", "节点的 Linux 内核版本是多少(`uname -r`)?"),
    ("BGP fabric", "bgp_fabric", "Do your routers or ToR switches support BGP peering?", "你们的路由器或 ToR 交换机支持 BGP 对等吗?"),
    ("NetworkPolicy", "network_policy", "Do you need Kubernetes NetworkPolicy?", "是否需要 Kubernetes NetworkPolicy(网络策略)?"),
    ("SR-IOV hardware", "sriov_nics", "Do the nodes have SR-IOV capable NICs?", "节点是否有支持 SR-IOV 的网卡?"),
    ("Scale", "nodes", "How many nodes will the cluster have?", "集群会有多少个节点?"),
    ("Encryption", "encryption", "Must pod traffic between nodes be encrypted?", "节点之间的 Pod 流量是否必须加密?"),
]
HYPERVISOR_Q = ("Are all nodes VMs on one hypervisor?", "所有节点是否都是同一台 hypervisor 上的虚拟机?")


def _score(checks: list[CheckResult]) -> float:
    total = sum(c.weight for c in checks)
    return round(sum(c.weight * c.points for c in checks) / total, 3) if total else 0.0


def _rank(catalog: Catalog, profile: Profile, lang: str, focus: list[str]) -> list[OptionResult]:
    results = []
    for opt in catalog.options:
        checks = run_checks(opt, profile, lang)
        failed = any(c.status == "fail" for c in checks)
        results.append(OptionResult(id=opt.id, name=opt.name, plugin=opt.plugin, score=_score(checks),
                                    verdict="rejected" if failed else "possible", checks=checks))
    order = {o.id: i for i, o in enumerate(results)}
    results.sort(key=lambda r: (r.verdict == "rejected", -r.score, order[r.id]))
    in_focus = [r for r in results if r.plugin in focus]
    others = [r for r in results if r.plugin not in focus]
    # Named plugins come first; recommendations come from them unless all of them failed.
    pool = [r for r in in_focus if r.verdict != "rejected"] or [r for r in others if r.verdict != "rejected"]
    if pool:
        best, cutoff = pool[0].score, pool[min(len(pool), MAX_RECOMMENDED) - 1].score
        for r in pool:
            if r.score >= max(best - MARGIN, cutoff):  # equal scores get equal verdicts
                r.verdict = "recommended"
    # Rejected options never lead, even a named one: the first entry is the advice.
    verdict_order = {"recommended": 0, "possible": 1, "rejected": 2}
    return sorted(in_focus + others, key=lambda r: verdict_order[r.verdict])


def _cite_environment(options: list[OptionResult], catalog: Catalog, env: Environment | None,
                      assumed: Fact | None) -> None:
    """Checks decided by the platform rather than the plugin also cite the platform's note."""
    for option in options:
        needs_l2 = catalog.option(option.id).props.needs_l2_adjacency.value
        for check in option.checks:
            extra = None
            if check.name == "L2 adjacency" and assumed is not None and needs_l2:
                extra = assumed.evidence
            elif check.name == "Cloud integration" and env and env.advice and env.advice.value == "vendor-plugin":
                extra = env.advice.evidence
            if extra is not None and extra not in check.evidence:
                check.evidence.append(extra)


def _follow_up(options: list[OptionResult], profile: Profile, lang: str, asked_hypervisor: bool) -> list[str]:
    """Questions whose answer could change the ranking: an unknown on any live option, or leaders that differ."""
    live = [o for o in options if o.verdict != "rejected"]
    questions = [_say(lang, *HYPERVISOR_Q)] if asked_hypervisor else []
    for check_name, key, en, zh in QUESTIONS:
        if getattr(profile, key) is not None or (asked_hypervisor and key == "l2_adjacent"):
            continue
        unknown = any(c.name == check_name and c.status == "unknown" for o in live for c in o.checks)
        leaders = {c.status for o in live[:6] for c in o.checks if c.name == check_name}
        if unknown or len(leaders) > 1:
            questions.append(_say(lang, en, zh))
    return questions[:3]


def _conditional(catalog: Catalog, profile: Profile, lang: str, focus: list[str], top: OptionResult,
                 platform_refs: list[EvidenceRef]) -> list[Conditional]:
    """Both outcomes of the hypervisor question, from re-running the ranking with nodes adjacent."""
    adjacent = _rank(catalog, profile.merged({"l2_adjacent": True}), lang, focus)
    alt = next((o for o in adjacent if o.verdict == "recommended"), None)
    if alt is None or alt.id == top.id:
        return []

    def evidence(option: OptionResult) -> list[EvidenceRef]:
        refs = [e for c in option.checks if c.name in ("L2 adjacency", "Latency / encapsulation overhead")
                for e in c.evidence]
        return unique_refs(platform_refs + refs)
    return [
        Conditional(condition=_say(lang, "If all nodes are VMs on one hypervisor (one L2 segment)",
                                   "如果所有节点都是同一台 hypervisor 上的虚拟机(同一二层网络)"),
                    advice=_say(lang, f"{alt.name} also works and avoids encapsulation overhead.",
                                f"也可以用 {alt.name}，没有封包开销。"), evidence=evidence(alt)),
        Conditional(condition=_say(lang, "Otherwise (nodes spread over several hypervisors or behind NAT)",
                                   "否则(节点分布在多台 hypervisor 上或位于 NAT 之后)"),
                    advice=_say(lang, f"use an overlay such as {top.name}: L2 traffic does not cross hypervisors.",
                                f"应使用 overlay，例如 {top.name}：二层流量无法跨 hypervisor。"), evidence=evidence(top)),
    ]


def _secondary(options: list[OptionResult], catalog: Catalog, profile: Profile, lang: str) -> list[Conditional]:
    """Extra interfaces (SR-IOV, multiple NICs) ride next to the primary plugin through a meta-plugin."""
    if not (profile.sriov_nics or profile.multi_nic):
        return []
    # The extra interface rides beside a primary plugin, so name the best live one even when the
    # attaching options outrank it for this question.
    primary = next((o for o in options if o.verdict != "rejected" and not attaches_extra(catalog.option(o.id))), None)
    extras = [o for o in options if o.verdict != "rejected" and catalog.option(o.id).props.secondary_via.value]
    # Hardware the user has beats a better score: SR-IOV NICs call for the option that uses them.
    uses_hw = lambda o: any(c.name == "SR-IOV hardware" and c.status == "pass" for c in o.checks)  # noqa: E731
    extras.sort(key=lambda o: (not uses_hw(o), -o.score))
    if primary is None or not extras:
        return []
    extra = extras[0]
    via = catalog.option(extra.id).props.secondary_via
    via_name = next((p.name for p in catalog.plugins if p.id == via.value), via.value)
    return [Conditional(
        condition=_say(lang, "For the SR-IOV / extra NICs", "对于 SR-IOV/多网卡"),
        advice=_say(lang, f"keep {primary.name} as the primary network and attach {extra.name} as a second interface through {via_name}.",
                    f"保留 {primary.name} 作为主网络，通过 {via_name} 把 {extra.name} 作为第二块网卡挂给 Pod。"),
        evidence=[via.evidence, catalog.option(extra.id).props.primary.evidence])]


def recommend(profile: Profile, catalog: Catalog, lang: Literal["en", "zh"] | str = "en",
              focus: list[str] | None = None) -> Plan:
    """Every catalog option checked against the profile, best first, with follow-ups and conditional advice."""
    lang = "zh" if lang == "zh" else "en"
    focus = [f for f in (focus or []) if any(p.id == f for p in catalog.plugins)]
    assumptions: list[str] = []
    effective, env = profile, catalog.environment(profile.platform)
    assumed = env.assume_l2_adjacent if env and profile.l2_adjacent is None else None
    assume_split = assumed is not None and assumed.value is False
    if assumed is not None:
        # e.g. VMs on different hypervisors do not share L2 (the arp evidence), so routed modes cannot be trusted.
        effective = profile.merged({"l2_adjacent": assumed.value})
    if assume_split:
        assumptions.append(_say(lang, "Assumed the nodes are not all on one L2 segment: VMs on different hypervisors cannot reach each other at L2.",
                                "假设节点不全在同一二层网络：不同 hypervisor 上的虚拟机之间二层不通。"))
    options = _rank(catalog, effective, lang, focus)
    _cite_environment(options, catalog, env, assumed)
    if any(c.name == "Kernel / eBPF" and c.status == "unknown" for o in options if o.verdict == "recommended" for c in o.checks):
        assumptions.append(_say(lang, "The nodes' kernel is unknown; options that need a recent kernel are marked unknown.",
                                "节点内核版本未知；依赖新内核的方案标为未知。"))
    top = next((o for o in options if o.verdict == "recommended"), None)
    platform_refs = [f.evidence for f in (assumed, env.advice if env else None) if f is not None]
    conditional = _conditional(catalog, profile, lang, focus, top, platform_refs) if assume_split and top else []
    conditional += _secondary(options, catalog, effective, lang)
    return Plan(options=options, follow_up=_follow_up(options, effective, lang, assume_split),
                conditional=conditional, assumptions=assumptions, profile=effective)
