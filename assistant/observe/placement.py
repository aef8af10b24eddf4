"""Where one node sees another: on-link or through a router, from its routes, its addresses and its neighbour table."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from assistant.observe.members import Member
from assistant.observe.oui import is_underlay
from assistant.observe.records import Neighbour, Parsed, Route
from assistant.observe.segment import short_name


@dataclass
class Seen:
    """`a` sees `b` on-link (same L2 segment) or not; `by_prefix`: decided from routes or address prefixes."""

    a: str
    b: str
    onlink: bool
    by_prefix: bool
    lines: list[str]
    en: str
    zh: str


def _lpm(routes: list[Route], ip: str) -> Route | None:
    addr = ipaddress.ip_address(ip)
    matching = [r for r in routes if r.dst.version == addr.version and addr in r.dst]
    return max(matching, key=lambda r: r.dst.prefixlen, default=None)


def _ordered(ips: set[str]) -> list[str]:
    return sorted(ips, key=lambda ip: (ipaddress.ip_address(ip).version, ip))


def from_routes(parsed: Parsed, h: Member, n: Member) -> Seen | None:
    routes = [r for r in parsed.routes if r.host == h.host and r.kind == "unicast" and (r.dev is None or is_underlay(r.dev))]
    for ip in _ordered(n.ips):
        r = _lpm(routes, ip)
        if r is None:
            continue
        if r.via is None:
            return Seen(h.label, n.label, True, True, [r.line, n.ip_lines.get(ip, "")], f"{n.shown(ip)} is on-link from {h.label} ({r.dst} dev {r.dev})",
                        f"{n.shown(ip)} 与 {h.label} 直连（{r.dst} dev {r.dev}）")
        return Seen(h.label, n.label, False, True, [r.line, n.ip_lines.get(ip, "")], f"{n.shown(ip)} is reached via {r.via} from {h.label}, not on-link",
                    f"{h.label} 经网关 {r.via} 访问 {n.shown(ip)}，不是直连")
    return None


def from_prefixes(parsed: Parsed, h: Member, n: Member) -> Seen | None:
    """Without routes, the host's own address prefixes are its connected subnets."""
    nets = [(a.network, i, i.addr_lines[str(a)]) for i in parsed.ifaces if i.host == h.host and is_underlay(i.name)
            for a in i.addrs if not a.ip.is_link_local and not a.ip.is_loopback]
    if not nets:
        return None
    for ip in _ordered(n.ips):
        addr = ipaddress.ip_address(ip)
        same_family = [(net, i, line) for net, i, line in nets if net.version == addr.version]
        if not same_family:
            continue
        inside = next(((net, i, line) for net, i, line in same_family if addr in net), None)
        if inside:
            net, i, line = inside
            return Seen(h.label, n.label, True, True, [line, n.ip_lines.get(ip, "")], f"{n.shown(ip)} is in {h.label}'s subnet {net} on {i.name}, so on-link",
                        f"{n.shown(ip)} 在 {h.label} 的 {i.name} 网段 {net} 内，属于直连")
        shown = ", ".join(str(net) for net, _, _ in same_family)
        return Seen(h.label, n.label, False, True, [line for _, _, line in same_family] + [n.ip_lines.get(ip, "")],
                    f"{n.shown(ip)} is outside {h.label}'s subnets ({shown}), so it is reached through a router, not on-link",
                    f"{n.shown(ip)} 不在 {h.label} 的网段（{shown}）内，需经路由器访问，不是直连")
    return None


@dataclass
class Table:
    """A host's underlay neighbour entries that have a MAC, looked up by address, name and MAC."""

    by_ip: dict[str, Neighbour] = field(default_factory=dict)
    by_name: dict[str, Neighbour] = field(default_factory=dict)
    by_mac: dict[str, Neighbour] = field(default_factory=dict)


def tables(parsed: Parsed) -> dict[str, Table]:
    found: dict[str, Table] = {}
    for e in parsed.neighbours:
        if not e.mac or not is_underlay(e.iface):
            continue
        t = found.setdefault(e.host, Table())
        if e.ip:
            t.by_ip.setdefault(e.ip, e)
        if e.name:
            t.by_name.setdefault(short_name(e.name), e)
        t.by_mac.setdefault(e.mac, e)
    return found


def from_neighbours(table: Table | None, h: Member, n: Member) -> Seen | None:
    if table is None:
        return None
    e = next((table.by_ip[ip] for ip in _ordered(n.ips) if ip in table.by_ip), None) \
        or next((table.by_name[x] for x in sorted(n.names) if x in table.by_name), None) \
        or next((table.by_mac[m] for m in sorted(n.macs) if m in table.by_mac), None)
    if e is None:
        return None
    who = n.shown(e.ip)
    return Seen(h.label, n.label, True, False, [e.line], f"{who} is in {h.label}'s neighbour table on {e.iface} ({e.mac}), so on-link",
                f"{who} 出现在 {h.label} 的邻居表中（{e.iface}，{e.mac}），属于直连")
