"""The underlay MTU and SR-IOV hardware, from the hosts' interfaces, routes, `ethtool -i` and `lspci`."""

from __future__ import annotations

import re

from assistant.observe.findings import Findings
from assistant.observe.oui import is_underlay
from assistant.observe.records import Iface, Parsed


def derive(parsed: Parsed, findings: Findings, clashes: list[tuple[str, str, int, int]]) -> None:
    """`clashes`: (host, interface, mtu, mtu) where two outputs of one host disagree."""
    for host, name, a, b in clashes:
        findings.conflict(f"{host}: interface {name} shows MTU {a} in one output and {b} in another, so no MTU is taken",
                          f"{host}：网卡 {name} 在不同输出中的 MTU 分别为 {a} 和 {b}，不采用 MTU")
    if not clashes:
        _mtu(parsed, findings)
    _sriov(parsed, findings)


def _mtu_line(iface: Iface) -> str:
    return next((line for line in iface.lines if re.search(r"\bmtu\b", line, re.I)), iface.lines[0])


def _underlay_iface(parsed: Parsed, host: str) -> Iface | None:
    """The interface carrying the node's traffic: the default route's, else the only addressed NIC."""
    ifaces = [i for i in parsed.ifaces if i.host == host and is_underlay(i.name) and i.mtu]
    default = next((r.dev for r in parsed.routes if r.host == host and r.dst.prefixlen == 0 and r.dev), None)
    if default:
        return next((i for i in ifaces if i.name == default), None)
    addressed = [i for i in ifaces if any(not a.ip.is_link_local and not a.ip.is_loopback for a in i.addrs)]
    if not any(i.addrs for i in parsed.ifaces if i.host == host):
        addressed = ifaces  # only links pasted (`ip link`): a single NIC is the node's
    return addressed[0] if len({i.mtu for i in addressed}) == 1 else None


def _mtu(parsed: Parsed, findings: Findings) -> None:
    per_host: dict[str, tuple[Iface, int]] = {}
    for host in parsed.host_names():
        if (iface := _underlay_iface(parsed, host)) and iface.mtu:
            per_host[host] = (iface, iface.mtu)
    if not per_host:
        return
    host, (iface, mtu) = min(per_host.items(), key=lambda kv: kv[1][1])
    same = len({m for _, m in per_host.values()}) == 1
    lines = [_mtu_line(i) for i, _ in per_host.values()] if same else [_mtu_line(iface)]
    if len(per_host) > 1:
        en = f"Observed: the nodes' interface MTU is {mtu} (smallest on {host}, {iface.name}, of {len(per_host)} nodes)."
        zh = f"观察到：节点网卡 MTU 为 {mtu}（{len(per_host)} 个节点中最小的是 {host} 的 {iface.name}）。"
    else:
        en = f"Observed: {iface.name} on {host} has MTU {mtu}."
        zh = f"观察到：{host} 的 {iface.name} 网卡 MTU 为 {mtu}。"
    findings.fact("mtu", mtu, lines, en, zh)


def _sriov(parsed: Parsed, findings: Findings) -> None:
    vf_lines = [(i.host, line) for i in parsed.ifaces for line in i.vf_lines]
    vf_lines += [(f.host, f.line) for f in parsed.sriov if f.key in ("vf", "vf-driver", "capable")]
    if vf_lines:
        hosts = sorted({h for h, _ in vf_lines})
        findings.fact("sriov_nics", True, [line for _, line in vf_lines],
                      f"Observed: SR-IOV virtual functions or capability on {', '.join(hosts)}.",
                      f"观察到：{', '.join(hosts)} 上有 SR-IOV 虚拟功能（VF）或 SR-IOV 能力。")
        return
    drivers = [f for f in parsed.sriov if f.key in ("plain-driver", "driver")]
    if drivers and all(f.key == "plain-driver" for f in drivers):
        names = sorted({f.value.split(" ")[0] for f in drivers})
        findings.fact("sriov_nics", False, [f.line for f in drivers],
                      f"Observed: the NICs use {', '.join(names)}, which offer no SR-IOV to the node.",
                      f"观察到：网卡驱动为 {', '.join(names)}，不向节点提供 SR-IOV。")
