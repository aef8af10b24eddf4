"""Interfaces and addresses: `ip addr`, `ip link`, `ip -d link`, `ip -br addr` / `ip -br link` and both `ifconfig` styles."""

from __future__ import annotations

import ipaddress
import re

from assistant.observe.oui import normal_mac
from assistant.observe.records import Block, Iface, Parsed

IP_HEAD = re.compile(r"^(?P<idx>\d+):\s+(?P<name>[^:\s]+?)(?:@\S+?)?:\s+<(?P<flags>[^>]*)>(?P<rest>.*)$")
IP_LINK = re.compile(r"^\s+link/(?P<kind>\S+)(?:\s+(?P<mac>\S+))?")
IP_INET = re.compile(r"^\s+inet6?\s+(?P<cidr>[0-9a-fA-F.:]+/\d+)\b")
IP_VF = re.compile(r"^\s+vf\s+\d+\b")
BRIEF = re.compile(r"^(?P<name>[^\s@]+)(?:@\S+)?\s+(?P<state>UP|DOWN|UNKNOWN|DORMANT|LOWERLAYERDOWN|NOTPRESENT|TESTING)"
                   r"(?P<rest>(?:\s+\S+)*)\s*$")
IFC_HEAD = re.compile(r"^(?P<name>[^\s:]+):\s+flags=\d+<[^>]*>\s+mtu\s+(?P<mtu>\d+)")
IFC_INET = re.compile(r"^\s+inet\s+(?P<ip>[\d.]+)\s+netmask\s+(?P<mask>\S+)")
IFC_INET6 = re.compile(r"^\s+inet6\s+(?P<ip>[0-9a-fA-F:]+)(?:%\S+)?\s+prefixlen\s+(?P<len>\d+)")
IFC_ETHER = re.compile(r"^\s+ether\s+(?P<mac>\S+)")
OLD_HEAD = re.compile(r"^(?P<name>\S+)\s+Link encap:\S+(?:\s+\S+)*?(?:\s+HWaddr\s+(?P<mac>\S+))?\s*$")
OLD_INET = re.compile(r"^\s+inet addr:(?P<ip>[\d.]+)\s+(?:Bcast:\S+\s+)?Mask:(?P<mask>[\d.]+)")
OLD_INET6 = re.compile(r"^\s+inet6 addr:\s*(?P<cidr>[0-9a-fA-F:]+/\d+)")
OLD_MTU = re.compile(r"\bMTU:(?P<mtu>\d+)")


def _iface(cidr: str):
    try:
        return ipaddress.ip_interface(cidr)
    except ValueError:
        return None


def _mask_len(mask: str) -> int | None:
    try:
        value = int(mask, 16) if mask.startswith("0x") else int(ipaddress.IPv4Address(mask))
    except ValueError:
        return None
    return bin(value).count("1")


def parse(block: Block, host: str, out: Parsed) -> None:
    cur: Iface | None = None
    fmt = None
    for line in block.lines:
        m = IP_HEAD.match(line) or IFC_HEAD.match(line) or OLD_HEAD.match(line)
        if m:
            cur = Iface(host, m["name"], lines=[line])
            out.ifaces.append(cur)
            if m.re is IP_HEAD:
                mtu = re.search(r"\bmtu (\d+)", m["rest"])
                cur.mtu = int(mtu[1]) if mtu else None
                fmt = "ip addr" if " mode " not in m["rest"] else \
                    "ip -d link" if re.search(r"\s-d(etails)?\b", block.command or "") else "ip link"
            elif m.re is IFC_HEAD:
                cur.mtu, fmt = int(m["mtu"]), "ifconfig"
            else:
                cur.mac, fmt = normal_mac(m["mac"] or ""), "ifconfig"
            out.saw(fmt)
            continue
        if cur is not None and line[:1] in (" ", "\t"):
            _body(cur, line, out)
            continue
        cur = None
        b = BRIEF.match(line)
        if b:
            _brief(b, host, line, out)
        elif line.strip() and fmt in ("ip addr", "ip link") and re.match(r"^\d+:", line):
            out.cut(fmt, line)


def _body(cur: Iface, line: str, out: Parsed) -> None:
    if m := IP_LINK.match(line):
        cur.mac = cur.mac or normal_mac(m["mac"] or "")
    elif m := IP_INET.match(line):
        cur.add(_iface(m["cidr"]), line)
    elif m := IFC_INET.match(line) or OLD_INET.match(line):
        n = _mask_len(m["mask"])
        if n is not None:
            cur.add(_iface(f"{m['ip']}/{n}"), line)
    elif m := IFC_INET6.match(line):
        cur.add(_iface(f"{m['ip']}/{m['len']}"), line)
    elif m := OLD_INET6.match(line):
        cur.add(_iface(m["cidr"]), line)
    elif m := IFC_ETHER.match(line):
        cur.mac = cur.mac or normal_mac(m["mac"])
    elif m := OLD_MTU.search(line):
        cur.mtu = int(m["mtu"])
        cur.lines.append(line)
    elif IP_VF.match(line):
        cur.vf_lines.append(line)
        out.saw("ip -d link")
    elif re.match(r"^\s+(vxlan|geneve|ipip|bridge|veth|bond)\b", line):
        out.saw("ip -d link")


def _brief(m: re.Match, host: str, line: str, out: Parsed) -> None:
    tokens = m["rest"].split()
    cur = Iface(host, m["name"], lines=[line])
    if tokens and normal_mac(tokens[0]):
        cur.mac = normal_mac(tokens[0])
        out.saw("ip -br link")
    else:
        addrs = [_iface(t) for t in tokens if "/" in t]
        if len(addrs) != len(tokens) or None in addrs:
            return  # not `ip -br addr`: another table whose second column happens to read UP/DOWN
        for a in addrs:
            cur.add(a, line)
        out.saw("ip -br addr")
    out.ifaces.append(cur)


def merge(ifaces: list[Iface]) -> tuple[list[Iface], list[tuple[str, str, int, int]]]:
    """One record per (host, interface) from several outputs; (host, name, mtu, mtu) where two outputs disagree."""
    merged: dict[tuple[str, str], Iface] = {}
    clashes: list[tuple[str, str, int, int]] = []
    for i in ifaces:
        key = (i.host, i.name)
        if key not in merged:
            merged[key] = Iface(i.host, i.name, i.mtu, i.mac, list(i.addrs), list(i.vf_lines), list(i.lines), dict(i.addr_lines))
            continue
        m = merged[key]
        if i.mtu and m.mtu and i.mtu != m.mtu:
            clashes.append((i.host, i.name, m.mtu, i.mtu))
        m.mtu = m.mtu or i.mtu
        m.mac = m.mac or i.mac
        for a in i.addrs:
            m.add(a, i.addr_lines[str(a)])
        m.vf_lines += [v for v in i.vf_lines if v not in m.vf_lines]
        m.lines += [line for line in i.lines if line not in m.lines]
    return list(merged.values()), clashes
