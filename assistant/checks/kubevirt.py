"""KubeVirt live migration on the pod network: the VM keeps its IP and open connections on the target
node. OVN-Kubernetes and Kube-OVN document it; Calico only with BGP and no overlay; the rest say nothing."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks.base import Context, Finding, Tier, finding
from assistant.checks.network import attaches_extra


def live_migration(opt: Option, ctx: Context) -> Finding | None:
    if not ctx.profile.live_migration or attaches_extra(opt):
        return None
    fact, say = opt.props.live_migration, ctx.say
    if fact is None or fact.value is None:
        return finding("unknown", say(f"Our sources do not say that {opt.name} live-migrates KubeVirt VMs keeping their IP and connections.",
                                      f"现有资料没有说明 {opt.name} 支持 KubeVirt 虚拟机热迁移时保持 IP 和连接。"),
                       fact, tier=Tier.REQUIRED)
    if fact.value:
        return finding("pass", say(f"{opt.name} live-migrates KubeVirt VMs on the pod network, keeping their IP and open connections.",
                                   f"{opt.name} 支持 KubeVirt 虚拟机在 Pod 网络上热迁移，并保持 IP 和已有连接。"), fact, tier=Tier.REQUIRED)
    return finding("fail", say(f"{opt.name} does not support KubeVirt live migration on the pod network (see the cited section).",
                               f"{opt.name} 不支持 KubeVirt 虚拟机在 Pod 网络上热迁移(见引用部分)。"), fact, tier=Tier.REQUIRED)
