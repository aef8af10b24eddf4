"""Pods and Services reaching across clusters: the plugins that mesh clusters themselves (Cilium
Cluster Mesh, Antrea Multi-cluster, Kube-OVN OVN-IC), Calico's routed pod IPs, and the rest, which
need a CNI-agnostic tool such as Submariner."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks.base import Context, Finding, Tier, finding


def multi_cluster(opt: Option, ctx: Context) -> Finding | None:
    fact, say = opt.props.multi_cluster, ctx.say
    if not ctx.profile.multi_cluster or fact is None:
        return None
    if fact.value is None:
        return finding("unknown", say(f"Our sources do not say whether {opt.name} connects clusters; check the vendor's multi-cluster docs.",
                                      f"现有资料没有说明 {opt.name} 是否支持多集群互联；请查阅厂商的多集群文档。"), fact, tier=Tier.REQUIRED)
    if fact.value == "limited":
        return finding("warn", say(f"{opt.name} has no multi-cluster datapath of its own: other clusters reach its pods only where the "
                                   "network routes pod IPs (BGP peering without an overlay), or through a tool such as Submariner.",
                                   f"{opt.name} 没有自带的多集群数据面：只有在网络能路由 Pod IP(无 overlay、与物理网络 BGP 对等)时，"
                                   "或借助 Submariner 之类的工具，其他集群才能访问其 Pod。"), fact, tier=Tier.REQUIRED)
    if fact.value:
        return finding("pass", say(f"{opt.name} connects clusters itself: pods and Services reach across them.",
                                   f"{opt.name} 自带多集群互联：Pod 和 Service 可以跨集群访问。"), fact, tier=Tier.REQUIRED)
    return finding("warn", say(f"{opt.name} does not connect clusters itself; a CNI-agnostic tool such as Submariner has to.",
                               f"{opt.name} 本身不支持多集群互联，需要借助 Submariner 之类与 CNI 无关的工具。"), fact, tier=Tier.REQUIRED)
