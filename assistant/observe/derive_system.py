"""Kernel, distribution, architecture, Windows nodes and node count, from `uname`, os-release, hostnamectl and kubectl."""

from __future__ import annotations

from assistant.observe.findings import Findings
from assistant.observe.members import Member
from assistant.observe.records import Parsed
from assistant.observe.values import kernel_arch, normal_arch, normal_kernel, os_from_image

Claim = tuple[str, list[str], str]  # value, proving lines, source

NAMES = {"kernel": ("kernel", "内核"), "os": ("distribution", "发行版"), "arch": ("architecture", "架构")}


def _version(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.replace("-", ".").split(".") if x.isdigit())


def node_is_windows(node) -> bool:
    return (node.os_family or "").lower() == "windows" or os_from_image(node.os_image or "") == "windows"


def claims(parsed: Parsed, member: Member, key: str) -> list[Claim]:
    found: list[Claim] = []
    for f in parsed.host_facts:
        if f.host == member.host and f.key == key and f.value:
            found.append((f.value, [f.line, *f.extra], f.source))
    for node in member.nodes:
        value = None
        if node_is_windows(node) and key != "arch":
            continue  # a Windows build number is no Linux kernel, and Windows is no distribution
        if key == "kernel" and node.kernel:
            value, line = normal_kernel(node.kernel), node.lines.get("kernel")
        elif key == "os" and node.os_image:
            os = os_from_image(node.os_image)
            value, line = (os if os != "windows" else None), node.lines.get("os_image")
        elif key == "arch":
            value = normal_arch(node.arch) if node.arch else kernel_arch(node.kernel) if node.kernel else None
            line = node.lines.get("arch") or node.lines.get("kernel")
        if value:
            found.append((value, [line] if line else [], node.fmt))
    return found


def settle(findings: Findings, members: list[Member], parsed: Parsed, key: str) -> dict[str, Claim] | None:
    """One value per member; None (and a conflict stated) when a member's outputs disagree."""
    settled: dict[str, Claim] = {}
    clean = True
    en, zh = NAMES[key]
    for member in members:
        found = claims(parsed, member, key)
        values = list(dict.fromkeys(v for v, _, _ in found))
        if len(values) > 1:
            a = next(c for c in found if c[0] == values[0])
            b = next(c for c in found if c[0] == values[1])
            findings.conflict(f"{member.label}: {en} {a[0]} ({a[2]}) and {b[0]} ({b[2]}) disagree, so no {en} is taken",
                              f"{member.label}：{zh} {a[0]}（{a[2]}）与 {b[0]}（{b[2]}）相互矛盾，不采用{zh}")
            clean = False
        elif values:
            lines = [line for v, ls, _ in found for line in ls]
            settled[member.label] = (values[0], lines, found[0][2])
    return settled if clean else None


def derive(parsed: Parsed, members: list[Member], findings: Findings) -> None:
    _kernel(findings, settle(findings, members, parsed, "kernel"))
    for key in ("os", "arch"):
        _same(findings, key, settle(findings, members, parsed, key))
    _windows(parsed, findings)
    _count(parsed, findings)


def _kernel(findings: Findings, settled: dict[str, Claim] | None) -> None:
    if not settled:
        return
    label, (value, lines, _) = min(settled.items(), key=lambda kv: _version(kv[1][0]))
    if len({v for v, _, _ in settled.values()}) == 1:
        where_en = f"on {len(settled)} nodes" if len(settled) > 1 else f"on {label}"
        where_zh = f"{len(settled)} 个节点" if len(settled) > 1 else f"{label} "
        lines = [line for _, ls, _ in settled.values() for line in ls]
        findings.fact("kernel", value, lines, f"Observed: Linux kernel {value} {where_en}.", f"观察到：{where_zh}的 Linux 内核为 {value}。")
    else:
        findings.fact("kernel", value, lines,
                      f"Observed: kernel {value} on {label}, the oldest of {len(settled)} nodes' kernels.",
                      f"观察到：{label} 的内核为 {value}，是 {len(settled)} 个节点中最旧的。")


def _same(findings: Findings, key: str, settled: dict[str, Claim] | None) -> None:
    if not settled:
        return
    values = {v for v, _, _ in settled.values()}
    en, zh = NAMES[key]
    if len(values) > 1:
        listing = ", ".join(f"{v} on {label}" for label, (v, _, _) in settled.items())
        findings.notice(f"The nodes differ in {en} ({listing}): no single {en} is taken.",
                        f"各节点的{zh}不同（{listing}），不采用单一的{zh}。")
        return
    value = values.pop()
    lines = [line for _, ls, _ in settled.values() for line in ls]
    where = f"{len(settled)} nodes" if len(settled) > 1 else next(iter(settled))
    findings.fact(key, value, lines, f"Observed: {en} {value} on {where}.",
                  f"观察到：{where + ' ' if len(settled) == 1 else f'{len(settled)} 个节点'}的{zh}为 {value}。")


def _windows(parsed: Parsed, findings: Findings) -> None:
    """Windows nodes seen is a fact; none seen says nothing about nodes the user plans to add."""
    windows = [n for n in parsed.nodes if node_is_windows(n)]
    if windows:
        names = ", ".join(n.name or "?" for n in windows)
        findings.fact("windows_nodes", True, [n.lines.get("os_image") or n.lines.get("os_family", "") for n in windows],
                      f"Observed: Windows nodes in the cluster ({names}).", f"观察到：集群中有 Windows 节点（{names}）。")


def _count(parsed: Parsed, findings: Findings) -> None:
    """The cluster size only from a whole listing: half a table undercounts."""
    listings: dict[int, list] = {}
    for node in parsed.nodes:
        if node.listing is not None and node.listing not in parsed.partial_listings:
            listings.setdefault(node.listing, []).append(node)
    if not listings:
        return
    rows = max(listings.values(), key=len)
    names = {n.name for n in rows}
    findings.fact("nodes", len(names), [n.lines["name"] for n in rows],
                  f"Observed: kubectl lists {len(names)} node{'s' if len(names) != 1 else ''}.",
                  f"观察到：kubectl 列出 {len(names)} 个节点。")
