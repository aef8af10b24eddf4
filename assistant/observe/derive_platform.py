"""Where the nodes run (platform, managed service, distribution) and the pods' IP families."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter

from assistant.observe.findings import Findings
from assistant.observe.members import Member
from assistant.observe.oui import hypervisor, is_underlay
from assistant.observe.records import Parsed

NAMES = {"aws": ("AWS", "AWS"), "azure": ("Azure", "Azure"), "gcp": ("Google Cloud", "谷歌云"), "aliyun": ("Alibaba Cloud", "阿里云"),
         "vmware": ("VMware", "VMware"), "openstack": ("OpenStack", "OpenStack"), "vm": ("a hypervisor", "虚拟化平台"),
         "bare-metal": ("bare metal", "物理机"), "cloud": ("a public cloud", "公有云")}
SCHEMES = {"aws": "aws", "azure": "azure", "gce": "gcp", "alicloud": "aliyun", "vsphere": "vmware", "openstack": "openstack",
           "tencentcloud": "cloud", "huaweicloud": "cloud", "ibm": "cloud", "oci": "cloud", "digitalocean": "cloud",
           "linode": "cloud", "hcloud": "cloud", "exoscale": "cloud", "ovh": "cloud"}
VIRT = {"vmware": "vmware", "kvm": "vm", "qemu": "vm", "bochs": "vm", "oracle": "vm", "microsoft": "vm", "xen": "vm",
        "parallels": "vm", "bhyve": "vm", "amazon": "aws", "google": "gcp", "none": "bare-metal"}
MANAGED_LABELS = {"eks.amazonaws.com/nodegroup": ("aws", "EKS"), "kubernetes.azure.com/cluster": ("azure", "AKS"),
                  "cloud.google.com/gke-nodepool": ("gcp", "GKE"), "alibabacloud.com/nodepool-id": ("aliyun", "ACK")}
VERSIONS = [(r"-eks-", "aws", "EKS", None), (r"-gke\.", "gcp", "GKE", None), (r"\+k3s", None, None, "k3s"), (r"\+rke2", None, None, "rke2")]

Claim = tuple[int, str, list[str], str, str]  # strength, platform, lines, English, Chinese


def derive(parsed: Parsed, members: list[Member], findings: Findings) -> None:
    _platform(parsed, members, findings)
    _managed(parsed, findings)
    _families(parsed, findings)


def _platform(parsed: Parsed, members: list[Member], findings: Findings) -> None:
    per_member = {m.label: _claims(parsed, m) for m in members}
    best: list[Claim] = []
    for label, found in per_member.items():
        if not found:
            continue
        top = max(c[0] for c in found)
        values = {c[1] for c in found if c[0] == top}
        if len(values) > 1:
            a, b = sorted(values)[:2]
            findings.conflict(f"{label}: the outputs say both {NAMES[a][0]} and {NAMES[b][0]}, so no platform is taken",
                              f"{label}：输出同时指向 {NAMES[a][1]} 和 {NAMES[b][1]}，不采用平台")
            return
        best.append(next(c for c in found if c[0] == top))
    if best:
        top = max(c[0] for c in best)
        chosen = [c for c in best if c[0] == top]
        platforms = Counter(c[1] for c in chosen)
        if len(platforms) > 1:
            listing = ", ".join(NAMES[v][0] for v in platforms)
            findings.notice(f"The nodes run on different platforms ({listing}): no single platform is taken.",
                            f"各节点运行在不同平台上（{'、'.join(NAMES[v][1] for v in platforms)}），不采用单一平台。")
        else:
            c = chosen[0]
            findings.fact("platform", c[1], [line for x in chosen for line in x[2]], c[3], c[4])


def _claims(parsed: Parsed, member: Member) -> list[Claim]:
    found: list[Claim] = []
    for node in member.nodes:
        pid = node.provider_id or ""
        scheme = pid.split("://")[0] if "://" in pid else None
        value = SCHEMES.get(scheme or "") or ("aliyun" if re.match(r"^[a-z]{2}-[a-z]+(?:-\d+)?\.i-[0-9a-z]+$", pid) else None)
        if value:
            found.append((4, value, [node.lines["provider_id"]],
                          f"Observed: {('node ' + node.name) if node.name else 'a node'} has providerID {pid}: the nodes run on {NAMES[value][0]}.",
                          f"观察到：{('节点 ' + node.name) if node.name else '某节点'} 的 providerID 为 {pid}：节点运行在{NAMES[value][1]}上。"))
        for rx, cloud, service, _ in VERSIONS:
            if cloud and node.version and re.search(rx, node.version):
                found.append((3, cloud, [node.lines["version"]], f"Observed: kubelet {node.version} is {service}'s build: the nodes run on {NAMES[cloud][0]}.",
                              f"观察到：kubelet 版本 {node.version} 是 {service} 的构建：节点运行在{NAMES[cloud][1]}上。"))
        if node.managed_label in MANAGED_LABELS:
            cloud, service = MANAGED_LABELS[node.managed_label]
            found.append((3, cloud, [node.lines["managed_label"]],
                          f"Observed: the node label {node.managed_label} is {service}'s: the nodes run on {NAMES[cloud][0]}.",
                          f"观察到：节点标签 {node.managed_label} 属于 {service}：节点运行在{NAMES[cloud][1]}上。"))
    if member.host is None:
        return found
    for f in parsed.host_facts:
        if f.host == member.host and f.key == "virt" and f.value in VIRT:
            value = VIRT[f.value]
            found.append((3, value, [f.line], f"Observed: {f.source} on {member.label} reports {f.value}: the nodes run on {NAMES[value][0]}.",
                          f"观察到：{member.label} 上 {f.source} 报告 {f.value}：节点运行在{NAMES[value][1]}上。"))
    for iface in parsed.ifaces:
        if iface.host == member.host and is_underlay(iface.name) and (hv := hypervisor(iface.mac)):
            found.append((2, hv[1], iface.lines[:1],
                          f"Observed: {iface.name} on {member.label} has a {hv[0]} MAC address ({iface.mac}): the node is a {hv[0]} VM.",
                          f"观察到：{member.label} 的 {iface.name} 网卡是 {hv[0]} 的 MAC 地址（{iface.mac}）：该节点是 {hv[0]} 虚拟机。"))
    found += _neighbour_claim(parsed, member)
    return found


def _neighbour_claim(parsed: Parsed, member: Member) -> list[Claim]:
    """Most of a host's neighbours carrying one hypervisor's MACs: the host sits among that hypervisor's VMs."""
    entries = [n for n in parsed.neighbours if n.host == member.host and n.mac and is_underlay(n.iface)]
    vms = [(n, kind) for n in entries if (kind := hypervisor(n.mac))]
    kinds = Counter(kind for _, kind in vms)
    if not kinds:
        return []
    hv, count = kinds.most_common(1)[0]
    if count < 2 or count * 2 <= len(entries):
        return []
    lines = [n.line for n, h in vms if h == hv]
    prefixes = ", ".join(sorted({n.mac[:8] for n, h in vms if h == hv and n.mac}))
    return [(1, hv[1], lines, f"Observed: {count} of {member.label}'s {len(entries)} neighbours have {hv[0]} MAC addresses ({prefixes}): "
                              f"the nodes are assumed to be {hv[0]} VMs.",
             f"观察到：{member.label} 的 {len(entries)} 个邻居中有 {count} 个是 {hv[0]} 的 MAC 地址（{prefixes}）：据此认为节点是 {hv[0]} 虚拟机。")]


def _managed(parsed: Parsed, findings: Findings) -> None:
    for node in parsed.nodes:
        for rx, _, service, distribution in VERSIONS:
            if node.version and re.search(rx, node.version):
                if service:
                    findings.fact("managed", True, [node.lines["version"]], f"Observed: kubelet {node.version} is a {service} build: a managed service.",
                                  f"观察到：kubelet 版本 {node.version} 是 {service} 的构建：托管服务。")
                if distribution:
                    findings.fact("distribution", distribution, [node.lines["version"]], f"Observed: kubelet {node.version} is a {distribution} build.",
                                  f"观察到：kubelet 版本 {node.version} 是 {distribution} 的构建。")
        if node.managed_label in MANAGED_LABELS:
            service = MANAGED_LABELS[node.managed_label][1]
            findings.fact("managed", True, [node.lines["managed_label"]], f"Observed: the node label {node.managed_label} is {service}'s: a managed service.",
                          f"观察到：节点标签 {node.managed_label} 属于 {service}：托管服务。")
        pid = node.provider_id or ""
        for scheme in ("kind", "k3s"):
            if pid.startswith(scheme + "://"):
                findings.fact("distribution", scheme, [node.lines["provider_id"]], f"Observed: providerID {pid}: a {scheme} cluster.",
                              f"观察到：providerID 为 {pid}：{scheme} 集群。")


def _families(parsed: Parsed, findings: Findings) -> None:
    """Only IPv6 in use is a fact; IPv4-only pod ranges say nothing about what the user wants next."""
    nodes = [n for n in parsed.nodes if n.pod_cidrs]
    six = [n for n in nodes if any(ipaddress.ip_network(c, strict=False).version == 6 for c in n.pod_cidrs)]
    if not six:
        return
    both = [n for n in six if any(ipaddress.ip_network(c, strict=False).version == 4 for c in n.pod_cidrs)]
    lines = [n.lines["pod_cidrs"] for n in six]
    example = ", ".join(six[0].pod_cidrs)
    findings.fact("ipv6", True, lines, f"Observed: pod CIDRs include IPv6 ({example}).", f"观察到：Pod 网段包含 IPv6（{example}）。")
    if both:
        findings.fact("dual_stack", True, [n.lines["pod_cidrs"] for n in both], f"Observed: nodes have IPv4 and IPv6 pod CIDRs ({example}): dual-stack.",
                      f"观察到：节点同时有 IPv4 和 IPv6 Pod 网段（{example}）：双栈。")
