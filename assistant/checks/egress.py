"""A fixed source IP for traffic leaving the cluster (an egress gateway or EgressIP): Cilium, Antrea,
OVN-Kubernetes and Kube-OVN document one; Calico keeps it to its commercial editions; the rest say nothing."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks.base import Context, Finding, Tier, finding
from assistant.checks.network import attaches_extra


def egress_ip(opt: Option, ctx: Context) -> Finding | None:
    if not ctx.profile.egress_ip or attaches_extra(opt):
        return None
    fact, say = opt.props.egress_ip, ctx.say
    if fact is None or fact.value is None:
        return finding("unknown", say(f"Our sources do not say that {opt.name} can give chosen pods a fixed egress IP; a NAT gateway in "
                                      "front of the nodes is the usual workaround.",
                                      f"现有资料没有说明 {opt.name} 能给指定 Pod 固定出口 IP；常见的替代做法是在节点前加 NAT 网关。"),
                       fact, tier=Tier.REQUIRED)
    if fact.value:
        return finding("pass", say(f"{opt.name} can send chosen pods' traffic out of the cluster from a fixed source IP (see the cited section).",
                                   f"{opt.name} 可以让指定 Pod 的出集群流量使用固定的源 IP(见引用部分)。"), fact, tier=Tier.REQUIRED)
    return finding("fail", say(f"{opt.name} has no fixed egress IP in its open-source edition (see the cited section).",
                               f"{opt.name} 开源版没有固定出口 IP 功能(见引用部分)。"), fact, tier=Tier.REQUIRED)
