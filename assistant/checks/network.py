"""Checks about the network the nodes sit on: L2 adjacency, BGP, encapsulation, hardware."""

from __future__ import annotations

from assistant.catalog import Option
from assistant.checks.base import Context, Finding, Tier, effective_overhead, finding, latency_points
from assistant.models import Status


def l2_adjacency(opt: Option, ctx: Context) -> Finding:
    props, p, say = opt.props, ctx.profile, ctx.say
    needs, bgp = props.needs_l2_adjacency, props.needs_bgp_fabric
    adjacent, assumed = ctx.assumed("l2_adjacent")
    env = ctx.environment
    drops = env.subnet_drops_pod_ips if env is not None else None
    # a subnet the user calls one switch is still the cloud's ("12 ECS in one vSwitch"), unless port security is off
    dropping = drops is not None and drops.value is True
    adjacent_dropped = adjacent is True and dropping and p.mac_filtering is not False and not p.pod_routes
    if not needs.value:
        # Inside one subnet a CrossSubnet mode routes pod traffic unencapsulated, which a cloud fabric that only
        # delivers the VMs' own addresses drops (Azure, OpenStack port security): in every subnet of the cluster
        # where the platform's subnets drop pod addresses, not only when there is one subnet. (On AWS turning off
        # the source/destination check is the documented fix, so CrossSubnet stays Calico's advice there.)
        fabric_drops = (adjacent is False and (p.cross_subnet is not True or dropping)) or adjacent_dropped
        if props.encap_scope.value == "cross-subnet" and not p.pod_routes and fabric_drops:
            # several subnets of a few nodes each still pair nodes inside a subnet: "18 nodes in two subnets"; a
            # cluster of unstated size is taken to have more nodes than subnets
            crowded = p.cross_subnet is True and (p.nodes or 3) > 2
            status: Status = "fail" if p.cross_subnet is False or crowded else "warn"
            return finding(status, say(f"Within one subnet {opt.name} sends pod traffic unencapsulated, which this network does not "
                                       f"deliver without routes for the pod CIDRs; always encapsulating avoids that.",
                                       f"在同一子网内 {opt.name} 不封装 Pod 流量，而该网络在没有 Pod 网段路由时不转发这些流量；"
                                       f"始终封装的模式没有这个问题。"), props.encap_scope,
                           assumed or (drops if dropping else None) or (env.assume_l2_adjacent if env else None), tier=Tier.REQUIRED)
        return finding("pass", say(f"{opt.name} works when nodes are in different L2 segments.",
                                   f"{opt.name} 不要求节点处于同一二层网络。"), needs, tier=Tier.REQUIRED)
    fabric, fabric_assumed = ctx.assumed("bgp_fabric")
    # Sites joined over the internet: one site's BGP routers carry no pod routes to the other
    fabric = fabric and not (p.platform == "hybrid" and p.untrusted_network)
    separated = adjacent is False or p.cross_subnet is True
    if adjacent and not p.cross_subnet:
        offered = p.managed and env is not None and env.offers(opt.plugin, opt.id)
        if adjacent_dropped and not offered:
            # a cloud subnet is no switch: it delivers only the VMs' own addresses
            return finding("fail", say(f"The nodes share one subnet, but this platform's network delivers only the machines' own addresses: "
                                       f"{opt.name}'s unencapsulated pod traffic is dropped without routes for the pod CIDRs.",
                                       f"节点虽在同一子网，但该平台网络只转发虚拟机自己的地址：没有 Pod 网段路由时，{opt.name} 不封装的 Pod 流量会被丢弃。"),
                           needs, drops, tier=Tier.REQUIRED)
        return finding("pass", say(f"{opt.name} routes pod traffic directly, which works because all nodes share one L2 segment.",
                                   f"所有节点在同一二层网络内，{opt.name} 可以直接路由 Pod 流量。"), needs, assumed, tier=Tier.REQUIRED)
    if separated and bgp.value == "across-l3" and fabric:
        return finding("pass", say(f"Nodes are in different L2 segments, but the routers peer over BGP and can carry {opt.name}'s pod routes.",
                                   f"节点不在同一二层，但路由器支持 BGP，可以承载 {opt.name} 的 Pod 路由。"), needs, bgp, tier=Tier.REQUIRED)
    if bgp.value == "across-l3" and fabric and p.l2_adjacent is None:
        # Whether or not the nodes share a segment, routers that peer with them carry the pod routes.
        return finding("pass", say(f"The routers peer over BGP with the nodes and carry {opt.name}'s pod routes, whether or not the "
                                   f"nodes share one L2 segment.",
                                   f"路由器与节点建立 BGP 对等，可以承载 {opt.name} 的 Pod 路由，无论节点是否在同一二层。"),
                       bgp, tier=Tier.REQUIRED)
    if separated and p.managed and env is not None and env.offers(opt.plugin, opt.id) and env.managed_plugins is not None:
        return finding("pass", say(f"The managed service runs {opt.name} as its own pod network and routes each node's pod CIDR itself.",
                                   f"托管服务把 {opt.name} 作为自己的 Pod 网络运行，并自行为每个节点的 Pod 网段配置路由。"),
                       env.managed_plugins, tier=Tier.REQUIRED)
    routes = props.cloud_routes
    if separated and p.pod_routes and routes is not None and routes.value:
        return finding("pass", say(f"Nodes are in different L2 segments, but the network routes each node's pod CIDR (the cloud's route "
                                   f"controller or static routes), which carries {opt.name}'s pod traffic.",
                                   f"节点不在同一二层，但网络为每个节点的 Pod 网段配置了路由(云的路由控制器或静态路由)，可以承载 {opt.name} 的 Pod 流量。"),
                       needs, routes, tier=Tier.REQUIRED)
    if separated:
        alt_en, alt_zh = (" (or BGP-capable routers)", "(或路由器支持 BGP)") if bgp.value == "across-l3" else ("", "")
        return finding("fail", say(f"{opt.name} needs all nodes in one L2 segment{alt_en}, which this environment does not give.",
                                   f"{opt.name} 要求所有节点在同一二层网络{alt_zh}，当前环境不满足。"),
                       needs, assumed, fabric_assumed if alt_en else None, tier=Tier.REQUIRED)
    # The platform may say it depends (bridged or NAT VMs, a vSphere distributed switch): cite why we ask.
    depends = env.assume_l2_adjacent if env is not None and p.l2_adjacent is None else None
    if drops is not None and drops.value is None:
        # the VMs' ports may filter by address, which drops unencapsulated pod traffic even on one segment
        return finding("unknown", say(f"{opt.name} only works if all nodes share one L2 segment and the VM platform lets pod addresses "
                                      f"through (no anti-spoofing filter on the VM ports), which is not known yet.",
                                      f"{opt.name} 要求所有节点在同一二层网络，且虚拟化平台不按地址过滤虚拟机端口(防欺骗)，目前还不清楚是否满足。"),
                       needs, depends, drops, tier=Tier.REQUIRED)
    if ctx.deployed:
        return finding("pass", say(f"{opt.name} already runs on these nodes, so their network gives it what it needs.",
                                   f"{opt.name} 已经在这些节点上运行，说明网络满足它的要求。"), needs, tier=Tier.REQUIRED)
    return finding("unknown", say(f"{opt.name} only works if all nodes share one L2 segment, which is not known yet.",
                                  f"{opt.name} 要求所有节点在同一二层网络，目前还不清楚是否满足。"), needs, depends, tier=Tier.REQUIRED)


def encapsulation_allowed(opt: Option, ctx: Context) -> Finding | None:
    """The network or the kernel drops some encapsulations (Azure's fabric and cloud firewalls passing
    only TCP, UDP and ICMP stop IP-in-IP; a kernel without the vxlan module stops VXLAN). Cross-subnet
    modes are not exempt: they still encapsulate between subnets."""
    props, env, say = opt.props, ctx.environment, ctx.say
    env_blocked = env.blocked_encapsulation if env else None
    risky = env.risky_encapsulation if env else None
    blocked = set(ctx.profile.encap_blocked or []) | set(env_blocked.value if env_blocked else [])
    if not blocked and not (risky and risky.value):
        return None
    encap = props.encapsulation
    blocked_by = env_blocked if env_blocked and encap.value in env_blocked.value else None
    if props.encap_scope.value == "never" or encap.value == "none":
        vxlan = props.needs_vxlan_between_nodes
        if vxlan and vxlan.value and "vxlan" in blocked:
            return finding("warn", say(f"{opt.name} sends pods' traffic unencapsulated but still forwards NodePort traffic between nodes "
                                       "over VXLAN, which this network or kernel drops.",
                                       f"{opt.name} 的 Pod 流量不封装，但节点之间转发 NodePort 流量仍使用 VXLAN，而当前网络或内核会丢弃它。"),
                           vxlan, tier=Tier.REQUIRED)
        return None
    scope = say(" between subnets", "(跨网段时)") if props.encap_scope.value == "cross-subnet" else ""
    if encap.value in blocked:
        alt = [e for e in (props.alternate_encapsulation.value if props.alternate_encapsulation else []) if e not in blocked]
        if alt:
            return finding("warn", say(f"{opt.name} wraps pod traffic in {encap.value}{scope} by default, which this network drops; "
                                       f"configure it to use {', '.join(alt)} instead.",
                                       f"{opt.name} 默认用 {encap.value} 封装 Pod 流量{scope}，而当前网络会丢弃它；需改用 {', '.join(alt)}。"),
                           encap, props.alternate_encapsulation, blocked_by, tier=Tier.REQUIRED)
        return finding("fail", say(f"{opt.name} wraps pod traffic in {encap.value}{scope}, which this network or kernel cannot carry.",
                                   f"{opt.name} 用 {encap.value} 封装 Pod 流量{scope}，而当前网络或内核无法承载它。"),
                       encap, blocked_by, tier=Tier.REQUIRED)
    if risky and encap.value in risky.value:
        return finding("warn", say(f"{opt.name} wraps pod traffic in {encap.value}{scope}, which networks of this kind often drop; "
                                   "check the firewall rules or prefer VXLAN.",
                                   f"{opt.name} 用 {encap.value} 封装 Pod 流量{scope}，这类网络常会丢弃它；请核对防火墙规则或优先用 VXLAN。"),
                       encap, risky, tier=Tier.REQUIRED)
    return finding("pass", say(f"{opt.name} uses {encap.value}, which this network carries.",
                               f"{opt.name} 使用 {encap.value}，当前网络可以承载。"), encap, tier=Tier.REQUIRED)


def routable_pod_ips(opt: Option, ctx: Context) -> Finding | None:
    """Machines outside the cluster reaching pods at their own IPs: the network must know routes to
    them, which BGP-advertised, VPC-native and physical-segment addressing give and overlays do not."""
    if not ctx.profile.routable_pod_ips:
        return None
    props, say = opt.props, ctx.say
    facts = (props.encapsulation, props.encap_scope, props.needs_bgp_fabric, props.cloud)
    if props.encap_scope.value == "never" or props.encapsulation.value == "none":
        routes = props.cloud_routes
        if props.cloud.value and not props.vpc_pod_ips.value and not (routes is not None and routes.value):
            # Azure CNI Overlay: a pod CIDR apart from the VNet, SNATed to the node as it leaves the cluster
            return finding("fail", say(f"{opt.name} gives pods a private CIDR apart from the cloud network, translated to the node's "
                                       "address on the way out, so machines outside the cluster cannot reach pod IPs.",
                                       f"{opt.name} 的 Pod 使用与云网络分开的私有网段，出集群时转换为节点地址，集群外的机器无法直接访问 Pod IP。"),
                           props.vpc_pod_ips, props.cloud, tier=Tier.REQUIRED)
        segment = props.network_pod_ips
        if props.cloud.value or props.dataplane.value in ("sriov", "l2-bridge") or (segment is not None and segment.value):
            return finding("pass", say(f"{opt.name} gives pods addresses the network itself routes (the VPC or the physical "
                                       "segment), so machines outside the cluster can reach them.",
                                       f"{opt.name} 的 Pod 地址由网络本身路由(VPC 或物理网段)，集群外的机器可以直接访问。"),
                           *facts, *([segment] if segment else []), tier=Tier.REQUIRED)
        if props.needs_bgp_fabric.value != "no":
            # Routed pod CIDRs reach outside machines only through routers that learn them over BGP.
            fabric = ctx.profile.bgp_fabric
            status: Status = "pass" if fabric else "unknown" if fabric is None else "warn"
            return finding(status, say(f"{opt.name} advertises pod routes over BGP: machines outside the cluster reach pod IPs when "
                                       "the routers peer with the nodes, otherwise only through static routes to each node's pod CIDR.",
                                       f"{opt.name} 通过 BGP 通告 Pod 路由：路由器与节点建立 BGP 对等时，集群外的机器可以直接访问 Pod IP，"
                                       f"否则需要为每个节点的 Pod 网段配置静态路由。"), *facts, tier=Tier.REQUIRED)
        return finding("warn", say(f"{opt.name} does not encapsulate, but only the nodes know the pod routes: machines outside "
                                   "the cluster need a static route to each node's pod CIDR.",
                                   f"{opt.name} 不封包，但只有节点知道 Pod 路由：集群外的机器需要为每个节点的 Pod 网段配置静态路由。"),
                       *facts, tier=Tier.REQUIRED)
    env = ctx.environment
    if props.encap_scope.value == "cross-subnet" and env is not None and env.kind == "cloud" and not ctx.profile.pod_routes:
        # a cloud network learns no pod routes by itself: beyond the node's own subnet the pods are behind the overlay
        return finding("fail", say(f"{opt.name} encapsulates traffic between subnets and this cloud's network carries no routes to pod "
                                   "CIDRs, so machines outside the cluster cannot reach pod IPs.",
                                   f"{opt.name} 跨网段时封包，而该云网络没有 Pod 网段的路由，集群外的机器无法直接访问 Pod IP。"),
                       *facts, tier=Tier.REQUIRED)
    if props.encap_scope.value == "cross-subnet":
        return finding("warn", say(f"{opt.name} encapsulates traffic between subnets, so pod IPs are routable only inside a subnet "
                                   "and only with routes to the nodes.",
                                   f"{opt.name} 跨网段时封包，Pod IP 只在网段内、且配置了到节点的路由时才可达。"), *facts, tier=Tier.REQUIRED)
    return finding("fail", say(f"{opt.name} wraps pod traffic in {props.encapsulation.value}: pod IPs exist only inside the "
                               "overlay, so machines outside the cluster cannot reach them directly.",
                               f"{opt.name} 用 {props.encapsulation.value} 封装 Pod 流量：Pod IP 只存在于 overlay 内，集群外的机器无法直接访问。"),
                   *facts, tier=Tier.REQUIRED)


def bgp_fabric(opt: Option, ctx: Context) -> Finding | None:
    bgp, p, say = opt.props.needs_bgp_fabric, ctx.profile, ctx.say
    if bgp.value == "no":
        return None
    fabric, assumed = ctx.assumed("bgp_fabric")
    adjacent, _ = ctx.assumed("l2_adjacent")
    if fabric:
        return finding("pass", say(f"The routers support BGP, so {opt.name} can peer with them.",
                                   f"路由器支持 BGP，{opt.name} 可以与其建立对等。"), bgp, tier=Tier.DECISIVE)
    routes = opt.props.cloud_routes
    if bgp.value == "across-l3" and p.pod_routes and routes is not None and routes.value:
        return finding("pass", say(f"The network already routes each node's pod CIDR, so {opt.name} needs no BGP-capable routers.",
                                   f"网络已为每个节点的 Pod 网段配置路由，{opt.name} 不需要路由器支持 BGP。"), bgp, routes, tier=Tier.DECISIVE)
    if bgp.value == "across-l3" and adjacent and not p.cross_subnet:
        return finding("pass", say(f"On one L2 segment {opt.name} needs no BGP-capable routers: the nodes exchange routes among themselves.",
                                   f"同一二层网络内 {opt.name} 不需要路由器支持 BGP，节点之间自行交换路由。"), bgp, tier=Tier.DECISIVE)
    if fabric is False:
        status: Status = "fail" if bgp.value == "always" else "warn"
        return finding(status, say(f"{opt.name} relies on BGP-capable routers once nodes span L3 segments, and yours do not speak BGP.",
                                   f"节点跨三层时 {opt.name} 依赖支持 BGP 的路由器，而当前路由器不支持。"), bgp, assumed, tier=Tier.DECISIVE)
    if ctx.deployed:
        return finding("pass", say(f"{opt.name} already runs on these nodes, so it has the routes it needs between them.",
                                   f"{opt.name} 已经在这些节点上运行，说明节点间已有它需要的路由。"), bgp, tier=Tier.DECISIVE)
    return finding("unknown", say(f"Whether the routers speak BGP is unknown; {opt.name} needs that when nodes span L3 segments.",
                                  f"尚不清楚路由器是否支持 BGP；节点跨三层时 {opt.name} 需要它。"), bgp, tier=Tier.DECISIVE)


def latency(opt: Option, ctx: Context) -> Finding:
    props, p, say = opt.props, ctx.profile, ctx.say
    cost = effective_overhead(opt, p)
    facts = (props.encapsulation, props.overhead_bytes, props.encap_scope)
    mtu = say(f" (pod MTU {p.mtu - props.overhead_bytes.value})", f"(Pod MTU {p.mtu - props.overhead_bytes.value})") \
        if p.mtu and cost else ""
    if cost == 0:
        detail = say(f"{opt.name} sends pod traffic without encapsulation here, so it adds no per-packet overhead.",
                     f"{opt.name} 在此环境下不封包，没有额外的逐包开销。")
        status: Status = "pass"
    else:
        where = say(" between subnets", "(仅跨网段时)") if props.encap_scope.value == "cross-subnet" else ""
        detail = say(f"{opt.name} wraps packets in {props.encapsulation.value}{where}, {props.overhead_bytes.value} bytes each{mtu}, "
                     "which costs node CPU and adds latency.",
                     f"{opt.name} 使用 {props.encapsulation.value} 封包{where}，每包 {props.overhead_bytes.value} 字节{mtu}，"
                     "封包/拆包消耗节点 CPU 并增加延迟。")
        status = "warn" if p.latency_sensitive else "pass"
    tier = Tier.REQUIRED if p.latency_sensitive else Tier.GENERAL
    return finding(status, detail, *facts, tier=tier, value=latency_points(cost, p.latency_sensitive, p.simplicity))
