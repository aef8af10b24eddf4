"""Checks about where pod addresses come from: the cloud network's or the nodes' own segment (pods per node, a network
whose addresses may not go to pods), and the cloud API that hands them out."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks.base import Context, Finding, Tier, finding


def pod_density(opt: Option, ctx: Context) -> Finding | None:
    """Many pods per node, or addresses running out: plugins that give pods cloud-network addresses are bounded by them."""
    if not (ctx.profile.pod_density or ctx.profile.network_ips_reserved):
        return None
    fact, say = opt.props.vpc_pod_ips, ctx.say
    if fact.value and ctx.profile.network_ips_reserved:
        return finding("fail", say(f"{opt.name} takes an address of the cloud network for every pod, which this network cannot give them.",
                                   f"{opt.name} 每个 Pod 都占用一个云网络地址，而该网络的地址不能分给 Pod。"), fact, tier=Tier.DECISIVE)
    underlay = opt.props.network_pod_ips
    if underlay is not None and underlay.value and ctx.profile.network_ips_reserved:
        return finding("fail", say(f"{opt.name} gives pods addresses of the nodes' own network, which this network cannot give them.",
                                   f"{opt.name} 让 Pod 使用节点所在网络的地址，而该网络的地址不能分给 Pod。"), underlay, tier=Tier.DECISIVE)
    whole = opt.props.interface_per_pod
    if whole is not None and whole.value:
        return finding("fail", say(f"{opt.name} gives each pod a whole interface, so a node runs only as many pods as it can attach "
                                   "interfaces, which is few.",
                                   f"{opt.name} 给每个 Pod 一整块网卡，一个节点能运行的 Pod 数等于它能挂载的网卡数，数量很少。"),
                       whole, tier=Tier.DECISIVE)
    hungry = opt.props.large_address_space
    if fact.value and hungry is not None and hungry.value:
        return finding("fail", say(f"{opt.name} takes a cloud-network address for every pod and needs a large, unfragmented "
                                   "address space, which addresses running short rule out.",
                                   f"{opt.name} 每个 Pod 占用一个云网络地址，需要大而连续的地址空间，地址紧张时不可行。"),
                       hungry, tier=Tier.DECISIVE)
    if fact.value:
        return finding("warn", say(f"{opt.name} gives every pod an address of the cloud network, so pods per node and subnet "
                                   "size bound the density: plan larger or separate pod subnets, or prefix delegation where the cloud offers it.",
                                   f"{opt.name} 给每个 Pod 分配云网络地址，节点可运行的 Pod 数和子网大小限制了密度："
                                   "需要规划更大的或独立的 Pod 子网，或在云厂商支持时使用前缀委派。"), fact, tier=Tier.DECISIVE)
    return finding("pass", say(f"{opt.name} allocates pod addresses from its own pod CIDR, independent of the cloud network's subnets.",
                               f"{opt.name} 从自己的 Pod 网段分配地址，不占用云网络子网的地址。"), fact, tier=Tier.DECISIVE)


def cloud_api(opt: Option, ctx: Context) -> Finding | None:
    """Plugins that give pods cloud-network addresses allocate them through the cloud's API."""
    if ctx.profile.cloud_api is not False or not opt.props.vpc_pod_ips.value:
        return None
    return finding("fail", ctx.say(f"{opt.name} creates and attaches interfaces or secondary IPs through the cloud's API for "
                                   "every node, which this cluster is not allowed to call.",
                                   f"{opt.name} 需要调用云厂商 API 为节点创建、绑定网卡或辅助 IP，而该集群不允许调用云 API。"),
                   opt.props.vpc_pod_ips, tier=Tier.REQUIRED)
