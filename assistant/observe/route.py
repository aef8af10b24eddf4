"""Routing tables: `ip route` / `ip -6 route` and `route -n` / plain `route` / `netstat -rn`."""

from __future__ import annotations

import ipaddress
import re

from assistant.observe.records import Block, Parsed, Route

IP_ROUTE = re.compile(r"^(?:(?P<kind>unicast|local|broadcast|multicast|throw|unreachable|prohibit|blackhole|anycast)\s+)?"
                      r"(?P<dst>default|[0-9a-fA-F.:]+(?:/\d+)?)(?P<rest>(?:\s+\S+)*)\s*$")
ROUTE_HEADER = re.compile(r"^\s*Destination\s+Gateway\s+Genmask\s+Flags\s+")
ROUTE_ROW = re.compile(r"^(?P<dst>\S+)\s+(?P<gw>\S+)\s+(?P<mask>\d+\.\d+\.\d+\.\d+)\s+(?P<flags>[UGHRDMAC!]+)"
                       r"(?:\s+\S+){3}\s+(?P<iface>\S+)$")
NUD_OR_LLADDR = re.compile(r"\blladdr\b|\b(REACHABLE|STALE|DELAY|PROBE|FAILED|INCOMPLETE|PERMANENT|NOARP)\s*$")


def _net(dst: str, family6: bool = False) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    if dst == "default":
        return ipaddress.ip_network("::/0" if family6 else "0.0.0.0/0")
    try:
        return ipaddress.ip_network(dst, strict=False)
    except ValueError:
        return None


def _opt(rest: str, word: str) -> str | None:
    m = re.search(rf"\b{word}\s+(\S+)", rest)
    return m[1] if m else None


def parse(block: Block, host: str, out: Parsed) -> None:
    in_table = False
    six = bool(block.command and re.search(r"\bip\s+(-\S+\s+)*-6\b", block.command))
    for line in block.lines:
        s = line.strip()
        if ROUTE_HEADER.match(line):
            in_table = True
            out.saw("route -n")
            continue
        if in_table:
            if _table_row(s, host, line, out):
                continue
            if not s or s.startswith("Kernel"):
                in_table = bool(s)
                continue
            out.cut("route -n", line)
            continue
        if s.startswith("Kernel IP routing table"):
            continue
        m = IP_ROUTE.match(s)
        if not m or NUD_OR_LLADDR.search(s):
            continue
        rest = m["rest"]
        via, dev = _opt(rest, "via"), _opt(rest, "dev")
        kind = m["kind"] or "unicast"
        if not (via or dev or kind in ("blackhole", "unreachable", "prohibit")):
            continue
        dst = _net(m["dst"], six or ":" in (via or ""))
        if dst is None:
            continue
        out.routes.append(Route(host, dst, via, dev, kind, _opt(rest, "proto"), line))
        out.saw("ip route")


def _table_row(s: str, host: str, line: str, out: Parsed) -> bool:
    m = ROUTE_ROW.match(s)
    if not m:
        return False
    dst = "0.0.0.0" if m["dst"] == "default" else m["dst"]
    try:
        net = ipaddress.ip_network(f"{dst}/{m['mask']}", strict=False)
    except ValueError:
        return True  # a resolved network name (plain `route`): nothing to place
    via = m["gw"] if "G" in m["flags"] and m["gw"] not in ("0.0.0.0", "*") else None
    out.routes.append(Route(host, net, via, m["iface"], "unreachable" if "!" in m["flags"] else "unicast", None, line))
    return True
