"""Needs a plugin meets only where its documentation shows it: KubeVirt live migration on the pod network
(OVN-Kubernetes and Kube-OVN; Calico only with BGP and no overlay) and a fixed egress source IP (Cilium,
Antrea, OVN-Kubernetes, Kube-OVN; Calico only in its commercial editions), and cloud security groups on individual
pods (the AWS VPC CNI's branch ENIs, Terway's trunk ENIs). Silence is "unknown"."""

from __future__ import annotations

from assistant.catalog import Fact, Option
from assistant.checks.base import Context, Finding, Tier, finding
from assistant.checks.interfaces import attaches_extra
from assistant.text import Text


def _by_document(fact: Fact | None, ctx: Context, unknown: Text, yes: Text, no: Text) -> Finding:
    """Documented true passes, documented false fails, anything else is unknown."""
    if fact is None or fact.value is None:
        return finding("unknown", unknown.of(ctx.lang), fact, tier=Tier.REQUIRED)
    return finding("pass" if fact.value else "fail", (yes if fact.value else no).of(ctx.lang), fact, tier=Tier.REQUIRED)


def live_migration(opt: Option, ctx: Context) -> Finding | None:
    if not ctx.profile.live_migration or attaches_extra(opt):
        return None
    return _by_document(
        opt.props.live_migration, ctx,
        Text(f"Our sources do not say that {opt.name} live-migrates KubeVirt VMs keeping their IP and connections.",
             f"现有资料没有说明 {opt.name} 支持 KubeVirt 虚拟机热迁移时保持 IP 和连接。"),
        Text(f"{opt.name} live-migrates KubeVirt VMs on the pod network, keeping their IP and open connections.",
             f"{opt.name} 支持 KubeVirt 虚拟机在 Pod 网络上热迁移，并保持 IP 和已有连接。"),
        Text(f"{opt.name} does not support KubeVirt live migration on the pod network (see the cited section).",
             f"{opt.name} 不支持 KubeVirt 虚拟机在 Pod 网络上热迁移(见引用部分)。"))


def pod_security_groups(opt: Option, ctx: Context) -> Finding | None:
    """A cloud security group can single out only pods that carry addresses of the cloud network."""
    if not ctx.profile.pod_security_groups or attaches_extra(opt):
        return None
    if not opt.props.vpc_pod_ips.value:
        return finding("fail", ctx.say(f"{opt.name} gives pods addresses the cloud network does not know, so a cloud security group cannot "
                                       "single them out.",
                                       f"{opt.name} 的 Pod 地址不属于云网络，云安全组无法单独管控这些 Pod。"),
                       opt.props.vpc_pod_ips, tier=Tier.REQUIRED)
    trunk, groups = opt.props.static_ips_managed_only, opt.props.pod_security_groups  # Terway's trunk ENIs: ACK only, like its fixed IPs
    if trunk is not None and trunk.value and ctx.profile.managed is False and groups is not None and groups.value:
        return finding("fail", ctx.say(f"{opt.name} puts security groups on pods only in a mode the managed service alone offers; this "
                                       "cluster is self-managed.", f"{opt.name} 只有托管服务才提供的模式能给 Pod 绑定安全组；这个集群是自建的。"),
                       trunk, tier=Tier.REQUIRED)
    return _by_document(
        opt.props.pod_security_groups, ctx,
        Text(f"Our sources do not say that {opt.name} puts cloud security groups on individual pods.",
             f"现有资料没有说明 {opt.name} 能给单个 Pod 绑定云安全组。"),
        Text(f"{opt.name} can put a cloud security group on individual pods (see the cited section).",
             f"{opt.name} 可以给单个 Pod 绑定云安全组(见引用部分)。"),
        Text(f"{opt.name} applies security groups per node, not per pod (see the cited section).",
             f"{opt.name} 的安全组按节点而不是按 Pod 生效(见引用部分)。"))


def egress_ip(opt: Option, ctx: Context) -> Finding | None:
    if not ctx.profile.egress_ip or attaches_extra(opt):
        return None
    return _by_document(
        opt.props.egress_ip, ctx,
        Text(f"Our sources do not say that {opt.name} can give chosen pods a fixed egress IP; a NAT gateway in "
             "front of the nodes is the usual workaround.",
             f"现有资料没有说明 {opt.name} 能给指定 Pod 固定出口 IP；常见的替代做法是在节点前加 NAT 网关。"),
        Text(f"{opt.name} can send chosen pods' traffic out of the cluster from a fixed source IP (see the cited section).",
             f"{opt.name} 可以让指定 Pod 的出集群流量使用固定的源 IP(见引用部分)。"),
        Text(f"{opt.name} has no fixed egress IP in its open-source edition (see the cited section).",
             f"{opt.name} 开源版没有固定出口 IP 功能(见引用部分)。"))
