"""Two hosts whose neighbour tables never meet: the first talks to cluster VMs on its segment, the second
sees none of them and is not seen by them. An ARP cache only holds hosts reached without a router, so the
two are in different L2 segments (the cross-hypervisor case of VMs behind two NATs)."""

from __future__ import annotations

from assistant.observe.members import Member
from assistant.observe.oui import hypervisor, is_underlay
from assistant.observe.placement import Seen
from assistant.observe.records import Neighbour, Parsed
from assistant.observe.segment import short_name


def _entries(parsed: Parsed, m: Member) -> list[Neighbour]:
    return [n for n in parsed.neighbours if n.host == m.host and n.mac and is_underlay(n.iface)]


def _matches(e: Neighbour, m: Member) -> bool:
    return bool((e.ip and e.ip in m.ips) or m.is_named(e.name) or e.mac in m.macs)


def _same(a: Neighbour, b: Neighbour) -> bool:
    return a.mac == b.mac or bool(a.ip and a.ip == b.ip) or bool(a.name and b.name and a.name.lower() == b.name.lower())


def known_keys(members: list[Member]) -> dict[str, set[str]]:
    """Every member's addresses, short names and MACs -> the labels of the members they identify."""
    keys: dict[str, set[str]] = {}
    for m in members:
        for k in (*m.ips, *m.names, *m.macs):
            keys.setdefault(k, set()).add(m.label)
    return keys


def _gateway_like(parsed: Parsed, m: Member, e: Neighbour) -> bool:
    """The router or NAT device of the segment: a route's next hop, named so, or at .1, .2 or .254."""
    return (any(r.host == m.host and r.via == e.ip for r in parsed.routes if e.ip)
            or (e.name or "").lower() in ("gateway", "_gateway")
            or bool(e.ip and e.ip.rsplit(".", 1)[-1] in ("1", "2", "254")))


def _peers(parsed: Parsed, m: Member, keys: dict[str, set[str]]) -> list[Neighbour]:
    """Neighbours that are cluster nodes or VMs, not the gateway or the NAT device."""
    peers = []
    for e in _entries(parsed, m):
        ids = (e.ip, short_name(e.name) if e.name else None, e.mac)
        known = any(keys.get(k, set()) - {m.label} for k in ids if k)
        if known or (hypervisor(e.mac) and not _gateway_like(parsed, m, e)):
            peers.append(e)
    return peers


def _who(entries: list[Neighbour], zh: bool = False, limit: int = 4) -> str:
    shown = [f"{e.name} ({e.ip})" if e.name and e.ip else e.name or e.ip or e.mac for e in entries]
    names = list(dict.fromkeys(n for n in shown if n))
    if len(names) <= limit:
        return ("、" if zh else ", ").join(names)
    rest = len(names) - limit
    return "、".join(names[:limit]) + f" 等 {len(names)} 个" if zh else ", ".join(names[:limit]) + f" and {rest} more"


def separated(parsed: Parsed, a: Member, b: Member, keys: dict[str, set[str]]) -> Seen | None:
    if not (b.names or b.ips or b.macs) or not (a.names or a.ips or a.macs):
        return None
    ea, eb = _entries(parsed, a), _entries(parsed, b)
    if not ea or not eb or any(_matches(e, b) for e in ea) or any(_matches(e, a) for e in eb):
        return None
    pa, pb = _peers(parsed, a, keys), _peers(parsed, b, keys)
    if len(pa) < len(pb):
        a, b, ea, eb, pa, pb = b, a, eb, ea, pb, pa
    if len(pa) < 2 or any(_same(p, e) for p in pa for e in eb) or any(_same(p, e) for p in pb for e in ea):
        return None
    if any(x.mac == y.mac and (_gateway_like(parsed, a, x) or _gateway_like(parsed, b, y)) for x in ea for y in eb):
        return None  # one router answers both: they share its segment, whatever else their caches hold
    kinds = sorted({kind[0] for p in pa if (kind := hypervisor(p.mac))})
    vms_en = f" ({'/'.join(kinds)} MACs)" if kinds else ""
    vms_zh = f"（{'/'.join(kinds)} MAC）" if kinds else ""
    iface = pa[0].iface
    lines = [x for x in [pa[0].header] if x] + [p.line for p in pa] + [x for x in [eb[0].header] if x] + [e.line for e in eb]
    return Seen(a.label, b.label, False, False, lines,
                f"{a.label}'s neighbour table lists {len(pa)} cluster VMs on {iface}{vms_en}: {_who(pa)}, but not {b.label}; "
                f"{b.label}'s lists only {_who(eb)}, none of them. The two hosts are not in one L2 segment "
                "(assuming both are cluster nodes: nodes on one segment resolve each other's MACs)",
                f"{a.label} 的邻居表在 {iface} 上列出 {len(pa)} 台集群虚拟机{vms_zh}：{_who(pa, True)}，但没有 {b.label}；"
                f"{b.label} 的邻居表只有 {_who(eb, True)}，没有其中任何一台。两台主机不在同一二层网络"
                "（假设两者都是集群节点：同一二层的节点会互相解析 MAC）")
