"""Topology read from addresses rather than words: node IPs or CIDRs in different subnets, and a control
plane in a cloud with workers at home or at the edge."""

from __future__ import annotations

import ipaddress
import re

from assistant.reading.roles import role
from assistant.reading.spans import Hit, rx

_IP_WILD = re.compile(r"(?<![\d.])((?:\d{1,3}\.){3})[x*](?![\w*])", re.I)
_IP = re.compile(r"(?<![\d.])((?:\d{1,3}\.){3}\d{1,3})(?![\d]|\.\d|/\d)")
_NODE_WORD = rx(r"\b(nodes?\d*|masters?\d*|workers?\d*|hosts?\d*|edge\d*|agents?\d*|control[\s-]plane|ready|vm\d*|server\d*)\b",
                r"节点|主机|服务器")
_CLOUD = rx(r"\b(public cloud|cloud|aws|ec2|azure|gcp|aliyun|vps|public ip)\b", r"云|公网")
_AWAY = rx(r"\b(home|office|on[\s-]prem\w*|local|edge|behind (a |the )?nat|private network|intranet|lab)\b", r"本地|家里|公司|机房|边缘|内网|局域网")


_CIDR = re.compile(r"(?<![\d.])((?:\d{1,3}\.){3}\d{1,3}/(?:1[6-9]|2[0-9]))(?![\d]|\.\d)")
# Words that make a CIDR the pods' or the services', not the nodes'.
_NOT_NODE_CIDR = rx(r"\b(pods?|cluster|service|svc|cni|flannel|calico|network[\s_-]?cidr|pod[\s_-]?cidr|ippool|pool|range|office|"
                    r"home|client|vpn|external|outside|corporate|management|storage|lan)\b",
                    # config keys: "cluster_cidr: 10.244.0.0/16", "service_cidr =", "podSubnet:"
                    r"\b(cluster|service|pod|svc)[_-]?(cidr|subnet|ip[_-]?range|network)s?\W{0,4}$",
                    r"(pod|容器|服务|集群|svc|service|办公|管理|存储|外部)\s*(网段|网络|cidr|CIDR)?\s*[:：为是]?\s*$")


_NODES_BEFORE = rx(r"\b(nodes?|servers?|workers?|machines?|hosts?|vms?)\b", r"节点|服务器|主机|虚拟机")
_PODS_BEFORE = rx(r"\b(pods?|services?|svc|cni|flannel|calico|cidr|ippool|pool|range|vpn|clients?)\b", r"pod|容器|服务|svc")


# named after it: "10.244.0.0/16网段的podSubnet", "10.42.0.0/16 for the pods", "172.17.0.0/16网段的容器"
_POD_CIDR_AFTER = rx(r"\s*(网段|网络)?\s*的?\s*(pod|podSubnet|pod[-_]?cidr|cluster[-_]?cidr|容器|service|服务)",
                     r"\s*(is |as )?(for|as) (the )?(pods?|pod network|pod cidr|services?|cluster cidr)\b")


# One machine's several interfaces, each on its network: "当主机有两个网络接口时（10.30.0.0/16，192.168.1.0/24）"
_ONE_HOST_NICS = rx(r"\b(two|2|multiple|several|both) (network )?(interfaces|nics|network cards|ports)\b", r"\b(dual|multi)[\s-]?(nic|homed)\b",
                    r"(两|2|多)\s*(个|块|张)\s*(网络接口|网卡|网口)", r"(双|多)(网卡|网口)")
# Several subnets on one machine are pod address ranges: "two different subnets on the same host".
ONE_HOST_SUBNETS = r"\bsubnets?\b[^.;!?,]{0,12}\b(on|in|within|inside) (the same|one|a single|each) (host|node|machine|server)\b"
# Subnets that pods are put into are the pods' own ranges: "two subnets so I can deploy pods into these two subnets".
_POD_SUBNETS = rx(r"\b(deploy|run|put|place|schedul)\w*\b[^.;!?]{0,30}\b(pods?|containers?)\b[^.;!?]{0,10}\b(in|into|on)\b[^.;!?]{0,15}"
                  r"\bsubnets?\b", ONE_HOST_SUBNETS,
                  # several clusters' pod ranges listed: "三个集群的 Pod 网段已经规划成不重叠的（10.100.0.0/16、10.101.0.0/16）"
                  r"(pod|容器)\s*(网段|cidrs)[^。；！？]{0,30}[（(]\s*(\d{1,3}\.){3}\d{1,3}/\d{1,2}\s*[、,，]")


def node_cidrs(text: str) -> list[Hit]:
    """Two or more different private CIDRs named for the nodes' networks ("two port groups: 10.8.1.0/24 and
    10.8.2.0/24"): the nodes are in different subnets. A CIDR near a pod or service word is not the nodes'."""
    if _POD_SUBNETS.search(text) or _ONE_HOST_NICS.search(text):
        return []
    nets = []
    for m in _CIDR.finditer(text):
        try:
            net = ipaddress.ip_network(m.group(1), strict=False)
        except ValueError:
            continue
        # the words before it in its own clause: "Nodes live in 10.43.0.0/16; Pod CIDR as defined in kubeadm: 10.1.0.0/16"
        before = re.split(r"[;；,，\n]", text[max(0, m.start() - 40):m.start()])[-1][-40:]
        # (nodes named in it win over a place's word: "5 nodes in the office building on 192.168.10.0/24")
        nodes_there = _NODES_BEFORE.search(before) and not _PODS_BEFORE.search(before)
        if net.is_private and (nodes_there or not _NOT_NODE_CIDR.search(before)) \
                and not _POD_CIDR_AFTER.match(text, m.end()):
            nets.append((net, m))
    if len({n for n, _ in nets}) >= 2 and not any(a.overlaps(b) for i, (a, _) in enumerate(nets) for b, _ in nets[i + 1:] if a != b):
        first, last = nets[0][1], nets[-1][1]
        return [Hit("cross_subnet", True, first.start(), last.end(), text[first.start():last.end()], rank=-1)]
    return []


# An address given as a pod's ("Pod (192.168.235.171) on worker1") or as one interface of a host with several
# ("bond0: 10.220.210.106 bond1: 10.230.154.160") says nothing about where the other nodes are.
_NOT_NODE_IP = rx(r"\b(pods?|pod ip|container|svc|service|cluster ?ip)\W{0,4}$",
                  r"\b(eth|ens|eno|enp|bond|br|em|wlan|vlan)[\w.-]*\s*[:=]?\s*$",
                  r"(网卡|容器|pod)\s*(ip)?\s*[:：(（]?\s*$", r"\b(nic|interface|adapter)\s*[:(]?\s*$")


_LABELLED = rx(r"\b(node|master|worker|host|server|vm|k8s)[\w-]*\s*(ip|address|addr|ip address)?\s*[:=]\s*$",
               r"(节点|主机|服务器|虚拟机)[\w-]*\s*(ip|IP|地址)?\s*[:：=]\s*$")


def node_subnets(text: str) -> list[Hit]:
    """Private node addresses in different /24s: the nodes are in different subnets."""
    found = []
    for m in _IP.finditer(text):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        near = text[max(0, m.start() - 60):m.end() + 25]  # a `get nodes -o wide` row puts STATUS ~45 characters before the IP
        if _NOT_NODE_IP.search(text[max(0, m.start() - 14):m.start()]):
            continue
        if ip.is_private and not str(ip).endswith((".0", ".1", ".255")) and _NODE_WORD.search(near):
            found.append((ipaddress.ip_network(f"{ip}/24", strict=False), m))
    # "一半在 192.168.10.x 一半在 192.168.20.x": a /24 written with a wildcard last octet
    for m in _IP_WILD.finditer(text):
        try:
            net = ipaddress.ip_network(f"{m.group(1)}0/24", strict=False)
        except ValueError:
            continue
        if net.is_private and _NODE_WORD.search(text[max(0, m.start() - 60):m.end() + 25]) \
                and not _NOT_NODE_IP.search(text[max(0, m.start() - 14):m.start()]):
            found.append((net, m))
    found.sort(key=lambda f: f[1].start())
    # addresses labelled as the nodes' ("node1 ip: 172.17.114.24") outrank any others near a node word (a pod's, a route's)
    labelled = [(net, m) for net, m in found if _LABELLED.search(text[max(0, m.start() - 24):m.start()])]
    found = labelled if len(labelled) >= 2 else found
    nets = {net for net, _ in found}
    if len(nets) >= 2:
        first, last = found[0][1], found[-1][1]
        return [Hit("cross_subnet", True, first.start(), last.end(), text[first.start():last.end()])]
    return []


def split_sites(text: str) -> list[Hit]:
    """A control plane in a cloud and workers at home, in an office or at the edge are apart."""
    control = [m for m in _CLOUD.finditer(text) if role(text, m.start(), m.end()) == "control"]
    away = [m for m in _AWAY.finditer(text) if role(text, m.start(), m.end()) == "worker"]
    if control and away:
        first, last = sorted((control[0], away[0]), key=lambda m: m.start())
        return [Hit("cross_subnet", True, first.start(), last.end(), text[first.start():last.end()], rank=-1)]
    return []


# Pod ranges of both families listed side by side are a dual-stack cluster: "default-ipv4-ippool 10.244.0.0/16 …
# default-ipv6-ippool 2001:db8:42::/56", "--cluster-cidr=10.42.0.0/16,2001:cafe:42::/56"
_V4_RANGE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}/\d{1,2}\b")
_V6_RANGE = re.compile(r"(?<![\w:])[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}/\d{1,3}\b", re.I)
_POD_RANGES = rx(r"\b(ip[\s_-]?pools?|ippools?|cluster[\s_-]?cidrs?|pod[\s_-]?(cidrs?|subnets?|networks?))\b", r"(pod|容器)\s*网段|地址池")


def both_families(text: str) -> list[Hit]:
    v4, v6 = _V4_RANGE.search(text), _V6_RANGE.search(text)
    if v4 is None or v6 is None or _POD_RANGES.search(text) is None:
        return []
    first, last = sorted((v4, v6), key=lambda m: m.start())
    return [Hit("dual_stack", True, first.start(), last.end(), text[first.start():last.end()], rank=-1)]
