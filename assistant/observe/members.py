"""Cluster members: pasted hosts and kubectl's nodes joined into one list, matched by name or address."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.observe.oui import is_underlay
from assistant.observe.records import Node, Parsed
from assistant.observe.segment import short_name


@dataclass
class Member:
    label: str
    host: str | None = None  # the pasted host's name, when its outputs were pasted
    nodes: list[Node] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # short, lower-case
    ips: set[str] = field(default_factory=set)
    macs: set[str] = field(default_factory=set)
    unnamed: bool = False
    ip_lines: dict[str, str] = field(default_factory=dict)  # address -> the pasted line that gives it

    def shown(self, ip: str | None = None) -> str:
        ip = ip or next(iter(sorted(self.ips)), None)
        return f"{self.label} ({ip})" if ip and ip != self.label else self.label

    def is_named(self, name: str | None) -> bool:
        if not name:
            return False
        return short_name(name) in self.names


def own_addresses(parsed: Parsed, host: str) -> tuple[dict[str, str], set[str]]:
    """A host's unicast addresses (with the line showing each) and MACs on its underlay NICs."""
    ips: dict[str, str] = {}
    macs: set[str] = set()
    for iface in parsed.ifaces:
        if iface.host != host or not is_underlay(iface.name):
            continue
        if iface.mac and iface.mac != "00:00:00:00:00:00":
            macs.add(iface.mac)
        for a in iface.addrs:
            if not (a.ip.is_link_local or a.ip.is_loopback or a.ip.is_multicast):
                ips[str(a.ip)] = iface.addr_lines[str(a)]
    return ips, macs


def build(parsed: Parsed, unnamed: str) -> list[Member]:
    members: list[Member] = []
    for host in parsed.host_names():
        ips, macs = own_addresses(parsed, host)
        names = {short_name(f.value) for f in parsed.host_facts if f.host == host and f.key == "hostname"}
        if host != unnamed:
            names.add(short_name(host))
        members.append(Member(host, host, names=names, ips=set(ips), macs=macs, unnamed=host == unnamed, ip_lines=ips))
    by_name = {n: m for m in members for n in m.names}
    by_ip = {ip: m for m in members for ip in m.ips}
    for node in parsed.nodes:
        match = (by_name.get(short_name(node.name)) if node.name else None) or by_ip.get(node.internal_ip or "")
        if match is None:
            if node.name is None and not node.internal_ip:  # keys pasted without the object they belong to
                anonymous = sum(1 for m in members if m.label.startswith("a node"))
                match = Member("a node" if not anonymous else f"a node ({anonymous + 1})", unnamed=True)
            else:
                match = Member(node.name or node.internal_ip or "a node")
            members.append(match)
        match.nodes.append(node)
        if node.name:
            match.names.add(short_name(node.name))
            by_name.setdefault(short_name(node.name), match)
        if node.internal_ip:
            match.ips.add(node.internal_ip)
            match.ip_lines.setdefault(node.internal_ip, node.lines.get("internal_ip", ""))
            by_ip.setdefault(node.internal_ip, match)
        if match.unnamed and node.name and match.host:
            match.label, match.unnamed = node.name, False
    return members
