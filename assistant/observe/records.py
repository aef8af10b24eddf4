"""What the parsers pull out of the pasted outputs, before any conclusion is drawn."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any, Protocol

IPNet = ipaddress.IPv4Network | ipaddress.IPv6Network
IPIface = ipaddress.IPv4Interface | ipaddress.IPv6Interface


class OnHost(Protocol):
    """Anything read from one host's output."""

    @property
    def host(self) -> str: ...


@dataclass
class Block:
    """Consecutive lines printed by one command on one host (host None: not told)."""

    host: str | None
    command: str | None
    header: str | None  # the prompt or `# host:` line that opened the block, verbatim
    lines: list[str] = field(default_factory=list)
    text_no: int = 1


@dataclass
class Neighbour:
    host: str
    name: str | None  # a resolved host name (arp without -n), else None
    ip: str | None
    mac: str | None  # lower-case, two digits per byte; None for incomplete / failed entries
    iface: str | None
    line: str
    header: str | None = None  # the prompt that ran the listing, shown with the proof


@dataclass
class Iface:
    host: str
    name: str
    mtu: int | None = None
    mac: str | None = None
    addrs: list[IPIface] = field(default_factory=list)
    vf_lines: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # header and address lines
    addr_lines: dict[str, str] = field(default_factory=dict)  # address -> the line that shows it

    def add(self, addr: IPIface | None, line: str) -> None:
        if addr is not None and addr not in self.addrs:
            self.addrs.append(addr)
            self.addr_lines[str(addr)] = line
            if line not in self.lines:
                self.lines.append(line)


@dataclass
class Route:
    host: str
    dst: IPNet
    via: str | None  # gateway address (or name, from plain `route`)
    dev: str | None
    kind: str  # unicast, blackhole, unreachable, ...
    proto: str | None
    line: str


@dataclass
class Node:
    """One Kubernetes node as kubectl printed it."""

    name: str | None
    fmt: str
    internal_ip: str | None = None
    os_image: str | None = None
    kernel: str | None = None
    version: str | None = None
    provider_id: str | None = None
    arch: str | None = None
    os_family: str | None = None  # linux / windows
    pod_cidrs: list[str] = field(default_factory=list)
    managed_label: str | None = None
    lines: dict[str, str] = field(default_factory=dict)  # field -> the line it came from
    listing: int | None = None  # which `kubectl get nodes` table it belongs to


@dataclass
class HostFact:
    """A host-side fact: kernel, os, arch, hostname, virt (what the hypervisor reports)."""

    host: str
    key: str
    value: Any
    line: str
    source: str
    extra: tuple[str, ...] = ()  # further lines that belong to the proof (os-release's VERSION_ID beside its ID)


@dataclass
class Sign:
    """A hint that a CNI plugin is installed: a pod, an interface, a route, a config."""

    plugin: str
    mode: str | None
    strong: bool
    line: str
    what: str  # e.g. "interface flannel.1", "pod calico-node-x7k2p"


@dataclass
class Parsed:
    neighbours: list[Neighbour] = field(default_factory=list)
    ifaces: list[Iface] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    host_facts: list[HostFact] = field(default_factory=list)
    sriov: list[HostFact] = field(default_factory=list)  # key: vf, vf-driver, plain-driver, driver, nic, capable
    signs: list[Sign] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    unreadable: dict[str, list[str]] = field(default_factory=dict)  # format -> lines that looked cut off
    listings: int = 0
    partial_listings: set[int] = field(default_factory=set)  # `kubectl get nodes` tables without header or with cut rows

    def saw(self, fmt: str) -> None:
        if fmt not in self.formats:
            self.formats.append(fmt)

    def cut(self, fmt: str, line: str) -> None:
        self.unreadable.setdefault(fmt, []).append(line)

    def host_names(self) -> list[str]:
        names: list[str] = []
        items: list[OnHost] = [*self.neighbours, *self.ifaces, *self.routes, *self.host_facts, *self.sriov]
        for item in items:
            if item.host not in names:
                names.append(item.host)
        return names
