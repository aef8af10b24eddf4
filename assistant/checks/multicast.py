"""IP multicast between pods: the plugins that implement it (Antrea, OVN-Kubernetes), Cilium's beta in
VXLAN mode, routed plugins without a broadcast domain (Calico), and the secondary L2 interfaces
(Multus with macvlan or ipvlan) that put a pod on the node's LAN, where multicast works as for any host."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks.base import Context, Finding, Tier, finding


def multicast(opt: Option, ctx: Context) -> Finding | None:
    fact, say = opt.props.multicast, ctx.say
    if not ctx.profile.multicast or fact is None:
        return None
    if fact.value is None:
        return finding("unknown", say(f"Our sources do not say that {opt.name} carries multicast between pods; test it, or give the "
                                      "multicast pods a secondary interface (Multus with macvlan).",
                                      f"现有资料没有说明 {opt.name} 支持 Pod 间组播；请实测，或用 Multus + macvlan 给需要组播的 Pod 加辅助网卡。"),
                       fact, tier=Tier.REQUIRED)
    if fact.value == "limited":
        return finding("warn", say(f"{opt.name} carries multicast only as a beta feature with explicit group configuration (see the cited section).",
                                   f"{opt.name} 的组播只是 beta 功能，且需要显式配置组(见引用部分)。"), fact, tier=Tier.REQUIRED)
    if fact.value:
        return finding("pass", say(f"{opt.name} carries IP multicast between pods.", f"{opt.name} 支持 Pod 间的 IP 组播。"),
                       fact, tier=Tier.REQUIRED)
    return finding("fail", say(f"{opt.name} does not carry multicast between pods.", f"{opt.name} 不支持 Pod 间组播。"),
                   fact, tier=Tier.REQUIRED)
