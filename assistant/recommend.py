"""Rank every catalog option against a profile: the recommendation engine.

Scoring: an option's score is the weighted mean of its checks' points, weighted by each check's
`Tier` (assistant.checks.base: required, decisive, general, minor, headroom). Verdicts: any failed check rejects the option; among the rest, the best
score and everything within MARGIN of it are recommended (at most MAX_RECOMMENDED, plus
exact ties), the others possible. Ties keep catalog order.

When a decisive fact is unknown the plan says what it assumed, asks about it (follow_up),
and, for the hypervisor question, spells out both outcomes (conditional).
"""

from __future__ import annotations

from assistant.catalog import Catalog, Environment, Fact
from assistant.checks import VERDICT_ORDER, CheckResult, run_checks, unique_refs
from assistant.checks.base import one_subnet_l2
from assistant.checks.interfaces import attaches_extra, wants_extra_interfaces
from assistant.fits import awaits_managed, costly, fits, limited_support, module_caveats, old_kernel, primaries_weighed, primary_asked, service_addons
from assistant.follow_up import follow_up
from assistant.models import EvidenceRef, Profile
from assistant.plan import Conditional, OptionResult, Plan
from assistant.reading.blocked import ALL_ENCAPS
from assistant.secondary import secondary
from assistant.text import Lang, Text, say

MARGIN = 0.05
MAX_RECOMMENDED = 3
PRIMARY_DUTIES = ("policy", "l7", "fqdn", "encryption", "services", "kube_proxy", "windows")


def _score(checks: list[CheckResult]) -> float:
    total = sum(c.weight for c in checks)
    return round(sum(c.weight * c.points for c in checks) / total, 3) if total else 0.0


def _rank(catalog: Catalog, profile: Profile, lang: Lang, focus: list[str],
          prefer: tuple[str, ...] = (), stay: str | None = None, whether: bool = False, operating: str | None = None) -> list[OptionResult]:
    results = []
    envs, dists = catalog.environments_by_id, catalog.distributions_by_id
    for opt in catalog.options:
        # (asked about but not as a yes/no: a symptom or a how-to of the plugin in use, which runs here)
        # (asked whether the mode in use can do more: that it runs here already answers what it needs of the network)
        checks = run_checks(opt, profile, lang, envs, dists, operating=opt.plugin == operating, running=opt.plugin == operating and not whether,
                            deployed=whether and opt.plugin == operating and opt.id == profile.current_plugin)
        failed = any(c.status == "fail" for c in checks)
        results.append(OptionResult(id=opt.id, name=opt.name, plugin=opt.plugin, score=_score(checks),
                                    verdict="rejected" if failed else "possible", checks=checks))
    order = {o.id: i for i, o in enumerate(results)}
    # Asked for the least effort: of options that score the same, the one a note calls simple leads (a pass
    # cannot raise a perfect mean).
    simple = {r.id for r in results if profile.simplicity and any(c.check == "simplicity" and c.status == "pass" for c in r.checks)}
    results.sort(key=lambda r: (r.verdict == "rejected", -r.score, r.id not in simple, order[r.id]))
    # The modes a yes/no question asks about lead its plugin's options, when they are not rejected.
    # The mode in use (`stay`) leads while nothing rejects it: a symptom it passes every check for is its configuration.
    # A managed option built on a named plugin is that plugin too: "Cilium for network policy" on AKS weighs
    # Azure CNI Powered by Cilium.
    built_on = {o.id: o.built_on for o in catalog.options}
    # (only on its cloud: where Cilium fails an on-premises kernel, the AKS product built on it is no way out)
    on_cloud = {r.id for r in results if any(c.check == "cloud" and c.status == "pass" for c in r.checks)}
    focused = {r.id for r in results if r.plugin in focus or (built_on[r.id] in focus and r.id in on_cloud)}
    if profile.managed:
        # On a managed service a named plugin comes as the cloud's own flavour of it ("AKS, later Cilium's
        # observability": Azure CNI Powered by Cilium), ahead of installing the plugin over the cloud's network.
        prefer = (*prefer, *(r.id for r in results if r.id in focused and built_on[r.id] in focus
                              and any(c.check == "cloud" and c.status == "pass" for c in r.checks)))
    in_focus = sorted((r for r in results if r.id in focused),
                      key=lambda r: (r.verdict == "rejected", r.id != stay, r.id not in prefer))
    others = [r for r in results if r.id not in focused]
    # Named plugins come first; recommendations come from them when they meet every stated
    # requirement, else from the options that do, else from whatever is not rejected.
    live_focus = [r for r in in_focus if r.verdict != "rejected"]
    live_others = [r for r in others if r.verdict != "rejected"]
    old = old_kernel(profile)
    extras = frozenset(o.id for o in catalog.options if attaches_extra(o))
    beside: tuple[str, ...] = ("extra_interfaces",) if primaries_weighed(in_focus, profile, extras) else ()
    if in_focus and wants_extra_interfaces(profile) and all(attaches_extra(catalog.option(r.id)) for r in in_focus):
        # Only the extra interface is asked about: policy, encryption and Services stay the primary network's duty.
        beside += PRIMARY_DUTIES
    # Asked whether a named mode works ("will flannel's wireguard-native backend run on this 4.15 kernel?"), weighed in a
    # comparison ("Calico vs Cilium on our frozen 5.4 kernels?") or running in a troubleshooting answer, a yes once the
    # nodes get a kernel module is still the answer: it leads, the caveat shown. An add-on the plugin needs for the feature
    # ("does flannel do NetworkPolicy?") stays a no, and the options that fit lead. The plugin in use, asked whether it
    # can go on where its own setting must change ("kube-router across two sites where IPIP is dropped?": FoU instead),
    # leads too: a setting costs less than a switch; so does one whose feature combination only warns (the caveat is the answer).
    pool = ([r for r in live_focus if fits(r, old, beside) or ((r.id in prefer or r.id == stay) and fits(
                r, old, beside + module_caveats(r) + (limited_support(catalog.option(r.id)) if whether else ())))
             or (whether and r.plugin == operating and fits(r, old, (*beside, *module_caveats(r), "encap", "combos",
                                                                     *service_addons(catalog.option(r.id)))))]
            or [r for r in live_others if fits(r, old)] or live_focus or live_others)
    if not in_focus and not prefer and primary_asked(profile):
        # A new cluster whose pod network must carry VMs' live migration or fixed egress IPs, plus a second NIC for some:
        # the primary is the pick, Multus (or macvlan) goes beside it, not instead of it.
        primaries = [r for r in live_others if not attaches_extra(catalog.option(r.id))]
        pool = [r for r in primaries if fits(r, old, ("extra_interfaces",))] or pool
    current = (profile.current_plugin or "").split(":")[0]
    self_installed = bool(current) and not any(o.props.managed_only is not None and o.props.managed_only.value for o in catalog.options if o.plugin == current)
    pool = [r for r in pool if not awaits_managed(r, profile, self_installed)] or pool
    if simple and live_focus and not prefer and stay is None and not any(r.id in simple or r.plugin == current for r in live_focus):
        # Asked for the least effort about a plugin no note calls simple ("is Cilium overkill for my lab?"): the
        # simple options that fit lead, the named one stays in the list with its checks.
        pool = [r for r in live_others if r.id in simple and fits(r, old)] or pool
    attached = [r for r in in_focus if catalog.option(r.id).props.secondary_via.value]
    if attached and all(r.verdict == "rejected" for r in attached) and (wants_extra_interfaces(profile) or profile.routable_pod_ips):
        # macvlan asked about and rejected: its alternatives are the plugins attached the same way (ipvlan), not
        # Multus, which only carries what they make, nor the primary network; so where pods are to take addresses
        # of the LAN itself ("Pod 直接拿实验室网段的地址")
        pool = [r for r in live_others if catalog.option(r.id).props.secondary_via.value] or pool
    # The options a question names or moves to are the candidates: when one of them fits, siblings it did
    # not ask about ("host-gw or Calico BGP?" is not answered with Calico VXLAN) are not recommended.
    named = [r for r in pool if r.id in prefer or r.id == stay]
    lead: list[str] = []
    if named and profile.latency_sensitive and all(costly(r) for r in named):
        # "We want the lowest overhead: does flannel's VXLAN need to change?" A sibling mode without the cost leads,
        # else one that costs less (encapsulating only between subnets).
        ref = next((n.score for n in named if n.id == stay), max(n.score for n in named))  # the mode in use, when there is one
        better = sorted((r for r in pool if r.plugin in {n.plugin for n in named} and r.score > ref), key=lambda r: (costly(r), -r.score))
        lead = [r.id for r in better if not costly(r)] or [r.id for r in better[:1]]
    dist = dists.get(profile.distribution) if profile.distribution else None
    # only the plugins named: a managed flavour built on one (Azure CNI Powered by Cilium) is no distribution's to refuse
    refused = any(c.check == "distribution" and c.status == "fail" for r in in_focus if r.plugin in focus for c in r.checks)
    if not named and not lead and refused and dist is not None and dist.default_plugin:
        # "Can Kube-OVN run on OKD?" No, OKD refuses it: then the distribution's own network (OVN-Kubernetes) leads
        # the ones that work, as a cloud's own plugin does: it is what the distribution supports and tests.
        lead = [r.id for r in pool if r.plugin == dist.default_plugin]
    if not named and not lead and profile.sriov_nics:
        # The plugin built for the NICs the user names leads the meta-plugin that only carries it ("a VLAN on the VF of sriov?")
        lead = [r.id for r in pool if catalog.option(r.id).props.needs_sriov_nic.value]
    pool = [r for r in pool if r.id in lead] + named or pool
    if pool:
        by_score = sorted(pool, key=lambda r: -r.score)
        best, cutoff = by_score[0].score, by_score[min(len(pool), MAX_RECOMMENDED) - 1].score
        for r in pool:
            if r.score >= max(best - MARGIN, cutoff):  # equal scores get equal verdicts
                r.verdict = "recommended"
        if pool[0].id in prefer or pool[0].id == stay:
            pool[0].verdict = "recommended"  # what a yes/no question asks about leads when it works
    # Rejected options never lead, even a named one: the first entry is the advice.
    return sorted(in_focus + others, key=lambda r: (VERDICT_ORDER.index(r.verdict), r.id not in lead))


# Wishes about the data plane (profile key -> the check that grants it, and its name): when nothing
# here can grant them, the advice is what works without them.
WISHES = {"ebpf_dataplane": ("ebpf", Text("an eBPF data plane", "eBPF 数据面")),
          "kube_proxy_replacement": ("kube_proxy", Text("kube-proxy replacement", "替代 kube-proxy")),
          "pod_security_groups": ("pod_security_groups", Text("security groups per pod", "Pod 级安全组")),
          # "pods should take VPC IPs" on a cloud no catalog plugin integrates with (Tencent CVM): an overlay that runs is the advice
          "routable_pod_ips": ("routable", Text("pod IPs reachable from outside the cluster", "集群外可直接访问的 Pod IP"))}
_WISH_CHECKS = frozenset(check for check, _ in WISHES.values())
# Wishes that wait for any option failing nothing but other wishes, even one unconfirmed here (Terway on self-built ECS):
# only when none at all grants them does the advice go without them.
_WAIT_FOR_ANY = frozenset({"routable_pod_ips"})
# every encapsulation unwanted (the reader's list for "no encapsulation at all") is a wish too
NO_ENCAPSULATION = Text("pod traffic without encapsulation", "不封装的 Pod 流量")


def _without_unmet_wishes(options: list[OptionResult], catalog: Catalog, profile: Profile, lang: Lang, focus: list[str],
                          prefer: tuple[str, ...], stay: str | None, assumptions: list[str],
                          whether: bool = False, operating: str | None = None) -> tuple[list[OptionResult], Profile]:
    """"Can we run an eBPF data plane on CentOS 7? If not, what then?": when every option that grants the
    wish is rejected, or runs only on a platform nobody stated (a managed cloud's data plane), rank again
    without it, so the advice is a plugin that works here."""
    def grants(option: OptionResult, check: str) -> bool:
        return any(c.check == check and c.status == "pass" for c in option.checks)

    def runs_here(option: OptionResult) -> bool:
        # Below its documented kernel, or on an old kernel its documentation is silent on, the wish it grants on paper
        # is no plan for these nodes (Antrea's proxyAll on CentOS 7's 3.10).
        return option.verdict != "rejected" and not any((c.check in ("cloud", "managed") and c.status == "unknown") or (
            c.check == "kernel" and (c.status == "warn" or (old_kernel(profile) and c.status == "unknown"))) for c in option.checks)

    # Wanted of a named plugin that cannot run here, by a user who runs another: the wish waits for the blocker to
    # go rather than moving to a third plugin ("Cilium for kube-proxy replacement on CentOS 7? we run flannel").
    current = (profile.current_plugin or "").split(":")[0]
    # The plugin in use alone asked about keeps the wish waiting only where the wish is its own setting ("Calico on eBPF: will SCTP
    # work?"); one it never grants moves on ("can flannel drop kube-proxy, and if not, what would?").
    own_setting = any(o.plugin == current and grants(o, check) for k, (check, _) in WISHES.items() if getattr(profile, k) for o in options)
    kept = {current, *focus} if current and (set(focus) - {current} or own_setting) \
        and all(o.verdict == "rejected" for o in options if o.plugin in focus) else None
    def fails_only_wishes(option: OptionResult) -> bool:
        return not any(c.status == "fail" and c.check not in _WISH_CHECKS for c in option.checks)

    wished = [k for k, (check, _) in WISHES.items() if getattr(profile, k) and not any(
        grants(o, check) and (kept is None or o.plugin in kept) and (fails_only_wishes(o) if k in _WAIT_FOR_ANY else runs_here(o))
        for o in options)]
    # "Can we run Antrea without any encapsulation?" across routed subnets without BGP: a wish for no encapsulation at
    # all that no unencapsulated option can meet here leaves the encapsulating ones as the advice
    unencapsulated = {o.id for o in catalog.options if o.props.encap_scope.value == "never"}
    if set(profile.encap_blocked or ()) >= set(ALL_ENCAPS) and not any(o.id in unencapsulated and runs_here(o) for o in options):
        wished.append("encap_blocked")
    if not wished:
        return options, profile
    relaxed = profile.model_copy(update={k: None for k in wished})
    listed = (", " if lang == "en" else "、").join((WISHES[k][1] if k in WISHES else NO_ENCAPSULATION).of(lang) for k in wished)
    assumptions.append(say(lang, f"Nothing here gives {listed} (see the rejected options); ranked without it.",
                           f"当前环境下没有方案能提供{listed}(见被否决的选项)；以下排序不再要求它。"))
    ranked = _rank(catalog, relaxed, lang, focus, prefer, stay, whether, operating)
    if "encap_blocked" in wished and stay is None and any(o.id == profile.current_plugin and o.verdict != "rejected" for o in ranked):
        # "安全组只放行了 TCP": every overlay needs the network opened, the mode in use as much as any, and it needs no migration
        ranked = _rank(catalog, relaxed, lang, focus, prefer, profile.current_plugin, operating=operating)
    elif kept is not None and stay is None:  # staying put is the advice: the plugin in use leads while it works
        live = [o for o in ranked if o.plugin == current and o.verdict != "rejected"]
        mine = next((o.id for o in live if o.id == profile.current_plugin), live[0].id if live else None)  # its mode in use first
        ranked = _rank(catalog, relaxed, lang, [*focus, current], prefer, mine, operating=operating) if mine else ranked
    return ranked, relaxed


def _cite_environment(options: list[OptionResult], catalog: Catalog, env: Environment | None,
                      assumed: Fact | None) -> None:
    """Checks decided by the platform rather than the plugin also cite the platform's note."""
    for option in options:
        needs_l2 = catalog.option(option.id).props.needs_l2_adjacency.value
        for check in option.checks:
            extra = None
            if check.check == "l2" and assumed is not None and needs_l2:
                extra = assumed.evidence
            elif check.check == "cloud" and env and env.advice and env.advice.value == "vendor-plugin":
                extra = env.advice.evidence
            if extra is not None and extra not in check.evidence:
                check.evidence.append(extra)


def _conditional(catalog: Catalog, profile: Profile, lang: Lang, focus: list[str], top: OptionResult,
                 platform_refs: list[EvidenceRef], open_l2: bool = False) -> list[Conditional]:
    """Both outcomes of the hypervisor question, from re-running the ranking with nodes adjacent."""
    adjacent = _rank(catalog, profile.merged({"l2_adjacent": True}), lang, focus)
    alt = next((o for o in adjacent if o.verdict == "recommended"), None)
    if alt is None or alt.id == top.id:
        return []

    def evidence(option: OptionResult) -> list[EvidenceRef]:
        refs = [e for c in option.checks if c.check in ("l2", "latency") for e in c.evidence]
        return unique_refs(platform_refs + refs)
    one_l2 = (say(lang, "If all VMs share one L2 network (one hypervisor, or one port group/VLAN of a distributed switch)",
                  "如果所有虚拟机在同一个二层网络上(同一台 hypervisor，或分布式交换机的同一端口组/VLAN)") if open_l2 else
              say(lang, "If all nodes are VMs on one hypervisor (one L2 segment)", "如果所有节点都是同一台 hypervisor 上的虚拟机(同一二层网络)"))
    return [
        Conditional(condition=one_l2,
                    advice=say(lang, f"{alt.name} also works and avoids encapsulation overhead.",
                                f"也可以用 {alt.name}，没有封包开销。"), evidence=evidence(alt)),
        Conditional(condition=say(lang, "Otherwise (nodes spread over several hypervisors or behind NAT)",
                                   "否则(节点分布在多台 hypervisor 上或位于 NAT 之后)"),
                    advice=say(lang, f"use an overlay such as {top.name}: L2 traffic does not cross hypervisors.",
                                f"应使用 overlay，例如 {top.name}：二层流量无法跨 hypervisor。"), evidence=evidence(top)),
    ]


def recommend(profile: Profile, catalog: Catalog, lang: Lang = "en", focus: list[str] | None = None,
              prefer: tuple[str, ...] = (), stay: str | None = None, whether: bool = False, operating: str | None = None) -> Plan:
    """Every catalog option checked against the profile, best first, with follow-ups and conditional advice.

    `focus`: plugins the question is about (they come first); `prefer`: option ids it asks about;
    `stay`: the option in use, which leads a troubleshooting answer unless a check rejects it; `whether`: the question
    asks whether the preferred options work here (feasibility); `operating`: the plugin in use whose running is asked about
    (an unmaintained one keeps running: a warning, not a rejection)."""
    focus = [f for f in (focus or []) if any(p.id == f for p in catalog.plugins)]
    assumptions: list[str] = []
    effective, env = profile, catalog.environment(profile.platform)
    assumed = env.assume_l2_adjacent if env and profile.l2_adjacent is None else None
    split = assumed is not None and assumed.value is False
    # Both outcomes are spelled out for VMs only: whether they share a hypervisor is a fact the user
    # can check. A cloud's VPC simply does not forward pod addresses it does not know.
    assume_split = split and env is not None and env.kind == "hypervisor"
    open_l2 = assumed is not None and assumed.value is None  # the platform says it depends: ask, show both outcomes
    if assumed is not None and assumed.value is not None:
        # e.g. VMs on different hypervisors do not share L2 (the arp evidence), so routed modes cannot be trusted.
        effective = profile.merged({"l2_adjacent": assumed.value})
    if assume_split:
        assumptions.append(say(lang, "Assumed the nodes are not all on one L2 segment: VMs on different hypervisors cannot reach each other at L2.",
                                "假设节点不全在同一二层网络：不同 hypervisor 上的虚拟机之间二层不通。"))
    elif split:
        assumptions.append(say(lang, "Assumed the cloud network does not deliver pod addresses between nodes by itself: routed modes "
                                     "need routes in the VPC (or BGP with it), which this platform does not give by default.",
                                "假设云网络本身不会在节点之间转发 Pod 地址：路由模式需要在 VPC 中配置路由(或与其建立 BGP)，该平台默认不提供。"))
    elif one_subnet_l2(env, profile) is not None:
        assumptions.append(say(lang, "Assumed the servers of one subnet share one L2 segment (switches, not routers, join them).",
                                "假设同一网段的物理服务器处于同一个二层网络(由交换机而非路由器连接)。"))
    options = _rank(catalog, effective, lang, focus, prefer, stay, whether, operating)
    options, effective = _without_unmet_wishes(options, catalog, effective, lang, focus, prefer, stay, assumptions, whether, operating)
    _cite_environment(options, catalog, env, assumed)
    if any(c.check == "kernel" and c.status == "unknown" for o in options if o.verdict == "recommended" for c in o.checks):
        assumptions.append(say(lang, "The nodes' kernel is unknown; options that need a recent kernel are marked unknown.",
                                "节点内核版本未知；依赖新内核的方案标为未知。"))
    top = next((o for o in options if o.verdict == "recommended"), None)
    platform_refs = [f.evidence for f in (assumed, env.advice if env else None) if f is not None]
    both_ways = _conditional(catalog, profile, lang, focus, top, platform_refs, open_l2) \
        if (assume_split or open_l2) and top else []
    conditional = both_ways + secondary(options, catalog, effective, lang)
    # the hypervisor question only when its answer changes the advice (OpenStack's port security drops pod IPs either way)
    return Plan(options=options, follow_up=follow_up(options, effective, lang, assume_split and bool(both_ways), open_l2 and bool(both_ways)),
                conditional=conditional, assumptions=assumptions, profile=effective)
