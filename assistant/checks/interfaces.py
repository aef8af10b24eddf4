"""Checks on the pods' interfaces: the primary network, extra interfaces beside it (Multus, SR-IOV, DPDK), and the
MACs a virtual switch lets through."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks.base import Context, Finding, Tier, finding
from assistant.models import Profile, Status


def sriov_hardware(opt: Option, ctx: Context) -> Finding | None:
    fact, say = opt.props.needs_sriov_nic, ctx.say
    if not fact.value:
        return None
    by_nics: dict[bool | None, Status] = {True: "pass", False: "fail", None: "unknown"}
    status = by_nics[ctx.profile.sriov_nics]
    detail = {
        "pass": say(f"The nodes have SR-IOV NICs, which {opt.name} needs.", f"节点有 SR-IOV 网卡，满足 {opt.name} 的要求。"),
        "fail": say(f"{opt.name} needs SR-IOV capable NICs, and these nodes have none.", f"{opt.name} 需要支持 SR-IOV 的网卡，而节点没有。"),
        "unknown": say(f"{opt.name} needs SR-IOV capable NICs; whether the nodes have them is unknown.",
                       f"{opt.name} 需要支持 SR-IOV 的网卡；目前不清楚节点是否具备。"),
    }[status]
    return finding(status, detail, fact, tier=Tier.REQUIRED)


def user_space_nic(opt: Option, ctx: Context) -> Finding | None:
    """DPDK drives the NIC from user space: a kernel interface (macvlan, ipvlan) gives it nothing to drive."""
    fact, say = opt.props.user_space_nic, ctx.say
    if not ctx.profile.dpdk or fact is None:
        return None
    if fact.value:
        return finding("pass", say(f"{opt.name} can hand the pod a device bound to vfio-pci, which a DPDK application drives itself.",
                                   f"{opt.name} 可以把绑定 vfio-pci 的设备交给 Pod，由 DPDK 应用自己驱动。"), fact, tier=Tier.REQUIRED)
    return finding("fail", say(f"{opt.name} gives pods a kernel network interface, which a DPDK application cannot drive.",
                               f"{opt.name} 给 Pod 的是内核网络接口，DPDK 应用无法直接驱动。"), fact, tier=Tier.REQUIRED)


def wants_extra_interfaces(p: Profile) -> bool:
    return bool(p.sriov_nics or p.multi_nic or p.dpdk)


def attaches_extra(opt: Option) -> bool:
    """Meta-plugins (not primary) and plugins usually attached through one give pods a second interface."""
    return bool(opt.props.secondary_via.value) or not opt.props.primary.value


def primary_network(opt: Option, ctx: Context) -> Finding:
    prim, via, say = opt.props.primary, opt.props.secondary_via, ctx.say
    if wants_extra_interfaces(ctx.profile) and attaches_extra(opt):
        # Asked for SR-IOV or extra NICs: these run beside the primary plugin, which is the point here.
        how_en, how_zh = (f"through {via.value}", f"通过 {via.value}") if via.value else ("as a meta-plugin", "作为元插件")
        return finding("pass", say(f"{opt.name} adds the extra pod interface {how_en}, next to a primary plugin that still carries the pod network.",
                                   f"{opt.name} {how_zh}为 Pod 增加额外网卡，与仍负责 Pod 主网络的主插件并存。"), prim, via)
    if not prim.value:
        return finding("fail", say(f"{opt.name} only delegates to other plugins, so it cannot be the cluster's pod network by itself.",
                                   f"{opt.name} 只负责调用其他插件，本身不能作为集群的 Pod 主网络。"), prim, tier=Tier.REQUIRED)
    if via.value:
        return finding("warn", say(f"{opt.name} is usually attached as an extra interface through {via.value}, next to a primary plugin.",
                                   f"{opt.name} 通常通过 {via.value} 作为附加网卡使用，同时保留一个主网络插件。"), prim, via)
    return finding("pass", say(f"{opt.name} can serve as the cluster's primary pod network.", f"{opt.name} 可以作为集群的 Pod 主网络。"), prim)


def mac_filtering(opt: Option, ctx: Context) -> Finding | None:
    """A switch that drops unknown MACs cuts off pods that bring their own; sharing the node's MAC (ipvlan) passes."""
    macs = opt.props.pod_macs
    # a public cloud's virtual network only delivers the MACs it assigned, unless the user says otherwise
    filtering, assumed = ctx.assumed("mac_filtering")
    if not filtering or macs is None:
        return None
    if macs.value:
        return finding("fail", ctx.say(f"{opt.name} gives each pod a MAC address of its own, which this network drops: it needs "
                                       "promiscuous mode, forged transmits and MAC changes allowed.",
                                       f"{opt.name} 给每个 Pod 独立的 MAC 地址，而该网络会丢弃这些帧：需要允许混杂模式、伪传输和 MAC 地址更改。"),
                       macs, assumed, tier=Tier.REQUIRED)
    return finding("pass", ctx.say(f"{opt.name} sends pod traffic with the node's own MAC address, which this network accepts.",
                                   f"{opt.name} 使用节点自己的 MAC 地址发送 Pod 流量，该网络可以接受。"), macs, assumed, tier=Tier.REQUIRED)


def extra_interfaces(opt: Option, ctx: Context) -> Finding | None:
    """A stated need for SR-IOV or extra NICs is met by what attaches interfaces, not by the primary plugin."""
    prim, via, say = opt.props.primary, opt.props.secondary_via, ctx.say
    if not wants_extra_interfaces(ctx.profile):
        return None
    if attaches_extra(opt):
        return finding("pass", say(f"{opt.name} gives pods the extra interface this needs.", f"{opt.name} 可以为 Pod 提供所需的额外网卡。"),
                       prim, via, tier=Tier.REQUIRED)
    # Not wrong (it can be the primary network), just not the answer to this need: no credit.
    return finding("warn", say(f"{opt.name} gives each pod one interface; the extra interface needs Multus next to it.",
                               f"{opt.name} 只给每个 Pod 一块网卡；额外网卡需要在它旁边配合 Multus。"), prim, tier=Tier.REQUIRED, value=0.0)
