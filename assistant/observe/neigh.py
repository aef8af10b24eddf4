"""Neighbour tables: `arp` / `arp -n` (table), `arp -a` (BSD style) and `ip neigh`."""

from __future__ import annotations

import ipaddress
import re

from assistant.observe.oui import normal_mac
from assistant.observe.records import Block, Neighbour, Parsed

MAC = r"[0-9a-fA-F]{1,2}(?:[:-][0-9a-fA-F]{1,2}){5}"
ARP_HEADER = re.compile(r"^\s*Address\s+HWtype\s+HWaddress\s+Flags\s+Mask\s+Iface\s*$")
ARP_ROW = re.compile(rf"^(?P<addr>\S+)\s+(?P<hw>[a-z][a-z0-9]*)\s+(?P<mac>{MAC})\s+(?P<flags>[CMP]+)\s+(?:(?P<mask>\S+)\s+)?(?P<iface>\S+)$")
ARP_INCOMPLETE = re.compile(r"^(?P<addr>\S+)\s+\(incomplete\)\s+(?P<iface>\S+)$")
ARP_BSD = re.compile(rf"^(?P<name>\S+)\s+\((?P<ip>[0-9a-fA-F.:]+)\)\s+at\s+(?P<mac>{MAC}|<incomplete>|\(incomplete\))"
                     r"(?:\s+\[\w+\])?(?:\s+PERM)?\s+on\s+(?P<iface>[\w.@-]+)")
NUD = r"(?:PERMANENT|NOARP|REACHABLE|STALE|DELAY|PROBE|FAILED|INCOMPLETE|NONE)"
IP_NEIGH = re.compile(rf"^(?P<ip>[0-9a-fA-F.:]+)\s+dev\s+(?P<dev>\S+)(?:\s+lladdr\s+(?P<mac>{MAC}))?"
                      rf"(?P<flags>(?:\s+(?:router|proxy|extern_learn|managed|offload))*)(?:\s+proto\s+\S+)?(?:\s+(?P<state>{NUD}))?\s*$")


def _ip(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        return None


def parse(block: Block, host: str, out: Parsed) -> None:
    in_table = False
    for line in block.lines:
        s = line.strip()
        if ARP_HEADER.match(line):
            in_table = True
            out.saw("arp")
            continue
        m = ARP_ROW.match(s)
        if m:
            addr = m["addr"]
            ip = _ip(addr)
            out.neighbours.append(Neighbour(host, None if ip else addr, ip, normal_mac(m["mac"]), m["iface"], line, block.header))
            out.saw("arp")
            continue
        m = ARP_INCOMPLETE.match(s)
        if m:
            ip = _ip(m["addr"])
            out.neighbours.append(Neighbour(host, None if ip else m["addr"], ip, None, m["iface"], line, block.header))
            continue
        m = ARP_BSD.match(s)
        if m:
            name = None if m["name"] == "?" else m["name"]
            out.neighbours.append(Neighbour(host, name, _ip(m["ip"]), normal_mac(m["mac"]), m["iface"], line, block.header))
            out.saw("arp -a")
            continue
        m = IP_NEIGH.match(s)
        if m and (m["mac"] or m["state"]) and _ip(m["ip"]):
            mac = normal_mac(m["mac"]) if m["mac"] and m["state"] != "FAILED" else None
            out.neighbours.append(Neighbour(host, None, _ip(m["ip"]), mac, m["dev"], line, block.header))
            out.saw("ip neigh")
            continue
        if in_table:
            if not s:
                in_table = False
            elif s.split()[0] != "Address":
                out.cut("arp", line)
