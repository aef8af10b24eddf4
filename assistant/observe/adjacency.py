"""L2 adjacency and subnets across the nodes, from every placement the outputs allow."""

from __future__ import annotations

import ipaddress
from itertools import combinations

from assistant.observe.findings import Findings
from assistant.observe.members import Member
from assistant.observe.placement import Seen, from_neighbours, from_prefixes, from_routes, tables
from assistant.observe.records import Parsed
from assistant.observe.separation import known_keys, separated


def _observe(parsed: Parsed, members: list[Member]) -> dict[frozenset, list[Seen]]:
    seen: dict[frozenset, list[Seen]] = {}
    by_host = tables(parsed)
    for h in members:
        if not h.host:
            continue
        for n in members:
            if n is h or not (n.ips or n.names or n.macs):
                continue
            routed = from_routes(parsed, h, n) or from_prefixes(parsed, h, n)
            for s in (routed, from_neighbours(by_host.get(h.host), h, n)):
                if s:
                    seen.setdefault(frozenset((h.label, n.label)), []).append(s)
    hosts = [m for m in members if m.host]
    keys = known_keys(members)
    for a, b in combinations(hosts, 2):
        if frozenset((a.label, b.label)) not in seen and (s := separated(parsed, a, b, keys)):
            seen[frozenset((a.label, b.label))] = [s]
    return seen


def _sentence(items: list[Seen], lang: str) -> str:
    first = items[0].en if lang == "en" else items[0].zh
    more = len(items) - 1
    if more:
        first += f" (and {more} more)" if lang == "en" else f"（另有 {more} 处）"
    return first


def derive(parsed: Parsed, members: list[Member], findings: Findings) -> None:
    seen = _observe(parsed, members)
    usable: list[Seen] = []
    for items in seen.values():
        kinds = {s.onlink for s in items}
        if len(kinds) > 1:
            on = next(s for s in items if s.onlink)
            off = next(s for s in items if not s.onlink)
            findings.conflict(f"{on.en}; yet {off.en}: no L2 adjacency is taken",
                              f"{on.zh}；但{off.zh}：不采用二层相邻的结论")
            return
        usable += items
    apart = [s for s in usable if not s.onlink]
    together = [s for s in usable if s.onlink]
    involved = {x for s in usable for x in (s.a, s.b)}
    if apart:
        findings.fact("l2_adjacent", False, [line for s in apart for line in s.lines],
                      f"Observed: {_sentence(apart, 'en')}.", f"观察到：{_sentence(apart, 'zh')}。", nodes_seen=len(involved))
        routed = [s for s in apart if s.by_prefix]
        if routed:
            findings.fact("cross_subnet", True, [line for s in routed for line in s.lines],
                          f"Observed: {_sentence(routed, 'en')}: the nodes are in different subnets.",
                          f"观察到：{_sentence(routed, 'zh')}：节点位于不同网段。", nodes_seen=len(involved))
        return
    universe = [m for m in members if m.ips or m.names or m.macs]
    if together and _connected(universe, together):
        findings.fact("l2_adjacent", True, [line for s in together for line in s.lines],
                      f"Observed: all {len(universe)} nodes are on-link to each other: {_sentence(together, 'en')}.",
                      f"观察到：{len(universe)} 个节点彼此直连：{_sentence(together, 'zh')}。", nodes_seen=len(universe))
        findings.fact("cross_subnet", False, [line for s in together for line in s.lines],
                      f"Observed: all {len(universe)} nodes share one segment, reached without a router.",
                      f"观察到：{len(universe)} 个节点位于同一网段，互访无需经过路由器。", nodes_seen=len(universe))
        return
    if together:
        findings.notice(f"{len(involved)} of {len(universe)} nodes were seen on-link; the rest were not placed, so L2 adjacency "
                        "is left open: paste `ip route` from one node and `kubectl get nodes -o wide`.",
                        f"{len(universe)} 个节点中有 {len(involved)} 个被观察到直连，其余无法判断，二层相邻暂不确定："
                        "请贴出一个节点的 `ip route` 和 `kubectl get nodes -o wide`。")
    elif len([m for m in members if m.host]) == 1 and parsed.neighbours:
        findings.notice("L2 adjacency needs two nodes' neighbour tables, or one node's `ip route` with `kubectl get nodes -o wide`.",
                        "判断二层相邻需要两个节点的邻居表，或一个节点的 `ip route` 加上 `kubectl get nodes -o wide`。")
    if not any(s.by_prefix for s in usable) and not any(i.addrs for i in parsed.ifaces) and not parsed.routes:
        _subnets_from_listing(parsed, findings)


def _connected(universe: list[Member], edges: list[Seen]) -> bool:
    parent = {m.label: m.label for m in universe}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for s in edges:
        parent[root(s.a)] = root(s.b)
    return len(universe) > 1 and len({root(m.label) for m in universe}) == 1


def _subnets_from_listing(parsed: Parsed, findings: Findings) -> None:
    """Only kubectl's InternalIPs, no prefix anywhere: say what the addresses allow, and what was assumed."""
    listed = [(n, ipaddress.ip_address(n.internal_ip)) for n in parsed.nodes if n.internal_ip]
    nodes = [n for n, ip in listed if ip.version == 4]
    if len(nodes) < 2:
        return
    ips = [ip for _, ip in listed if ip.version == 4]
    lines = [n.lines["internal_ip"] for n in nodes]
    by16 = {ipaddress.ip_network(f"{ip}/16", strict=False) for ip in ips}
    by24 = {ipaddress.ip_network(f"{ip}/24", strict=False) for ip in ips}
    shown = ", ".join(str(n) for n in sorted(by24))
    if len(by16) > 1:
        findings.fact("cross_subnet", True, lines,
                      f"Observed: the nodes' InternalIPs fall in {shown}, which no /16 holds; assuming no node subnet is "
                      "larger than /16, the nodes are in different subnets.",
                      f"观察到：节点 InternalIP 分布在 {shown}，不在同一个 /16 内；假设节点网段不大于 /16，节点位于不同网段。",
                      nodes_seen=len(nodes))
    elif len(by24) == 1:
        findings.fact("cross_subnet", False, lines,
                      f"Observed: all {len(nodes)} InternalIPs are in {shown}; assuming the node subnet is at least a /24, "
                      "they share one subnet (paste `ip -br addr` from a node to confirm the prefix).",
                      f"观察到：{len(nodes)} 个节点的 InternalIP 都在 {shown} 内；假设节点网段不小于 /24，它们位于同一网段"
                      "（可贴出一个节点的 `ip -br addr` 确认前缀）。", nodes_seen=len(nodes))
    else:
        findings.notice(f"The nodes' InternalIPs span {shown}; whether that is one subnet depends on the prefix: "
                        "paste `ip -br addr` and `ip route` from one node.",
                        f"节点 InternalIP 分布在 {shown}；是否属于同一网段取决于前缀长度：请贴出一个节点的 `ip -br addr` 和 `ip route`。")
